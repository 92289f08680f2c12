//! The translator workspace on SQLite and PostgreSQL, over a copy of the project's locale
//! and content folders: who may edit which locale, paths only from the allow-list, a saved
//! plural message that changes only its bytes and shows at once, refused saves that change
//! nothing (wrong variable, stale edit), outdated detection with the English it was made
//! against, review by another translator, and a lesson saved with its source hash.
mod common;
use common::TestDb;
use domain::{
    accounts::{people, CurrentUser, EmailAddress, Role},
    courses::front_matter,
    i18n::Locale,
    translation::{access, ftl::FtlFile, lessons, strings},
    AppState, ServiceError,
};
use std::path::Path;

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.path().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), target).unwrap();
        }
    }
}

async fn person(state: &AppState, email: &str, role: Role) -> CurrentUser {
    let id = people::create(
        &state.db,
        people::NewPerson {
            email: &EmailAddress::parse(email).unwrap(),
            name: email.split('@').next().unwrap(),
            locale: Locale::Pt,
            password: "a-long-password-1",
            institution_id: None,
            roles: &[role],
        },
    )
    .await
    .unwrap();
    people::current_user(&state.db, id).await.unwrap().unwrap()
}

fn form(body: &str, base: &str) -> strings::SaveForm {
    strings::SaveForm {
        body: body.into(),
        base: base.into(),
        needs_review: false,
    }
}

const ID: &str = "translate-strings-done";

storage_test!(
    translators_save_checked_messages_into_the_files,
    |t: TestDb| async move {
        let dir = tempfile::tempdir().unwrap();
        let root = common::workspace_root();
        let (locales, content) = (dir.path().join("locales"), dir.path().join("content"));
        copy_dir(&root.join("locales"), &locales);
        copy_dir(&root.join("content"), &content);
        // A Portuguese string the translator has not done yet.
        let pt_file = locales.join("pt/translation.ftl");
        let original = std::fs::read_to_string(&pt_file).unwrap();
        let without = FtlFile::parse(original.clone());
        let span = without.span(ID).unwrap().range.clone();
        let missing = format!("{}{}", &original[..span.start], &original[span.end..]);
        std::fs::write(&pt_file, &missing).unwrap();
        let (l, c) = (locales.display().to_string(), content.display().to_string());
        let state = common::state(
            &t,
            dir.path(),
            &[("ACADEMY_LOCALES_DIR", &l), ("ACADEMY_CONTENT_DIR", &c)],
        );
        let tiago = person(&state, "tiago@md.example", Role::Translator).await;
        let rosa = person(&state, "rosa@md.example", Role::Translator).await;
        let learner = person(&state, "lina@x.example", Role::Learner).await;
        let admin = person(&state, "ada@x.example", Role::Admin).await;

        // Who reaches what.
        assert!(matches!(
            access::locales(&state, &learner).await,
            Err(ServiceError::Forbidden)
        ));
        assert_eq!(access::locales(&state, &tiago).await.unwrap(), ["es", "pt"]);
        assert!(matches!(
            access::limit(&state, &tiago, rosa.id, &["es".into()]).await,
            Err(ServiceError::Forbidden)
        ));
        access::limit(&state, &admin, rosa.id, &["es".into()])
            .await
            .unwrap();
        assert!(matches!(
            strings::editor(&state, &rosa, "pt", "translation.ftl", ID).await,
            Err(ServiceError::Forbidden)
        ));
        // Paths come from the allow-list only.
        for (locale, file, id) in [
            ("../en", "translation.ftl", ID),
            ("pt", "../../Cargo.toml", ID),
            ("pt", "translation.ftl/../main.ftl", ID),
            ("pt", "nothing.ftl", ID),
            ("pt", "translation.ftl", "no-such-message"),
        ] {
            let e = strings::save(&state, &tiago, locale, file, id, &form("x", "")).await;
            assert!(
                matches!(e, Err(ServiceError::NotFound)),
                "{locale} {file} {id}: {e:?}"
            );
        }

        // The missing message is listed, then saved with a plural selector.
        let missing_rows =
            strings::messages(&state, &tiago, "pt", "translation.ftl", "missing", "")
                .await
                .unwrap();
        assert_eq!(
            missing_rows
                .iter()
                .map(|m| m.id.as_str())
                .collect::<Vec<_>>(),
            [ID]
        );
        let ed = strings::editor(&state, &tiago, "pt", "translation.ftl", ID)
            .await
            .unwrap();
        assert_eq!(ed.base, "");
        assert_eq!(ed.plural_categories, ["one", "many", "other"]);
        assert!(ed.uses.variables.contains("done") && ed.uses.variables.contains("total"));

        // A wrong variable is refused, and the file is untouched.
        let e = strings::save(
            &state,
            &tiago,
            "pt",
            "translation.ftl",
            ID,
            &form("{ $feitos } de { $total }", ""),
        )
        .await
        .unwrap_err();
        assert_eq!(e.message_key(), "i18n-error-variable-missing");
        assert_eq!(e.args(), vec![("names", "$done".to_owned())]);
        assert_eq!(std::fs::read_to_string(&pt_file).unwrap(), missing);
        let e = strings::save(
            &state,
            &tiago,
            "pt",
            "translation.ftl",
            ID,
            &form("{ $done ->\n    [one] um\n}", ""),
        )
        .await
        .unwrap_err();
        assert_eq!(e.message_key(), "error-translation-syntax");

        let body = "{ $done ->\n    [one] { $done } de { $total } texto traduzido\n   *[other] { $done } de { $total } textos traduzidos\n}";
        strings::save(&state, &tiago, "pt", "translation.ftl", ID, &form(body, ""))
            .await
            .unwrap();
        let saved = std::fs::read_to_string(&pt_file).unwrap();
        let entry = domain::translation::ftl::build_entry(ID, body).unwrap();
        // Byte for byte: the file differs from before only by the new message, where English has it.
        assert_eq!(
            saved,
            format!(
                "{}{}{}",
                &missing[..span.start],
                entry,
                &missing[span.start..]
            )
        );
        // Shown at once.
        let tr = |n: i64| {
            state.i18n.t(
                Locale::Pt,
                ID,
                &[("done", n.into()), ("total", 9i64.into())],
            )
        };
        assert_eq!(tr(1), "1 de 9 texto traduzido");
        assert_eq!(tr(4), "4 de 9 textos traduzidos");

        // A second translator on the version opened before the save: refused, nothing lost.
        let e = strings::save(
            &state,
            &admin,
            "pt",
            "translation.ftl",
            ID,
            &form("{ $done } / { $total }", ""),
        )
        .await
        .unwrap_err();
        assert_eq!(e.message_key(), "error-translation-stale");
        assert_eq!(std::fs::read_to_string(&pt_file).unwrap(), saved);

        // Review: not by its author; by another translator.
        let ed = strings::editor(&state, &tiago, "pt", "translation.ftl", ID)
            .await
            .unwrap();
        let change = ed.history[0].change.id;
        assert_eq!(ed.history[0].change.before, "");
        assert_eq!(
            strings::approve(&state, &tiago, change)
                .await
                .unwrap_err()
                .message_key(),
            "error-translation-own-review"
        );
        assert!(
            matches!(
                strings::approve(&state, &rosa, change).await,
                Err(ServiceError::Forbidden)
            ),
            "rosa only does es"
        );
        assert_eq!(
            strings::approve(&state, &admin, change)
                .await
                .unwrap()
                .review,
            strings::APPROVED
        );

        // English changes: the translation is flagged outdated, with the English it was made against.
        let en_file = locales.join("en/translation.ftl");
        let en = std::fs::read_to_string(&en_file).unwrap();
        std::fs::write(
            &en_file,
            en.replace(
                "interface strings translated and up to date",
                "strings translated",
            ),
        )
        .unwrap();
        let outdated = strings::messages(&state, &tiago, "pt", "translation.ftl", "outdated", "")
            .await
            .unwrap();
        assert_eq!(
            outdated.iter().map(|m| m.id.as_str()).collect::<Vec<_>>(),
            [ID]
        );
        let ed = strings::editor(&state, &tiago, "pt", "translation.ftl", ID)
            .await
            .unwrap();
        assert!(ed
            .old_source
            .unwrap()
            .contains("interface strings translated"));
        // Search finds it by its Portuguese text too.
        let found = strings::messages(
            &state,
            &tiago,
            "pt",
            "translation.ftl",
            "all",
            "TEXTOS TRADUZIDOS",
        )
        .await
        .unwrap();
        assert_eq!(found.len(), 1);

        // Lessons: saved with the English lesson's hash, atomically; a stale edit is refused.
        let ed = lessons::editor(&state, &tiago, "pt", "first-steps", "02-signing-in")
            .await
            .unwrap();
        let text = ed
            .translation
            .clone()
            .unwrap()
            .replace("source_hash:", "# old\nsource_hash:");
        assert!(matches!(
            lessons::editor(&state, &tiago, "pt", "first-steps", "../../../etc/passwd").await,
            Err(ServiceError::NotFound)
        ));
        lessons::save(
            &state,
            &tiago,
            "pt",
            "first-steps",
            "02-signing-in",
            &text,
            &ed.base,
        )
        .await
        .unwrap();
        let path = content.join("courses/first-steps/pt/02-signing-in.md");
        let written = std::fs::read_to_string(&path).unwrap();
        let english =
            std::fs::read_to_string(content.join("courses/first-steps/en/02-signing-in.md"))
                .unwrap();
        assert_eq!(
            front_matter::parse(&written).unwrap().front.source_hash,
            Some(front_matter::source_hash(&english))
        );
        // The overview's latest changes name the lesson and who saved it.
        let recent = strings::recent(&state, &tiago, 5).await.unwrap();
        assert_eq!(recent[0].change.file, "courses/first-steps");
        assert_eq!(recent[0].change.message_id, "02-signing-in");
        assert_eq!(recent[0].author.as_deref(), Some("tiago"));
        let e = lessons::save(
            &state,
            &tiago,
            "pt",
            "first-steps",
            "02-signing-in",
            &text,
            &ed.base,
        )
        .await
        .unwrap_err();
        assert_eq!(e.message_key(), "error-translation-stale");
        let e = lessons::save(
            &state,
            &tiago,
            "pt",
            "first-steps",
            "02-signing-in",
            "no front matter",
            &strings::stamp(&written),
        )
        .await
        .unwrap_err();
        assert_eq!(e.message_key(), "error-lesson-front-matter");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), written);
    }
);
