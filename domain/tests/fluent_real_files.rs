//! Real Fluent files of another project (mozilla.org, from mozilla-l10n/www-l10n: English,
//! Spanish of Spain and of Argentina, Brazilian Portuguese; see fixtures/fluent/SOURCES): the
//! project check parses them and resolves their brand terms across files as the runtime
//! does, the runtime serves them with the terms resolved, and the translator workspace saves
//! their messages (selectors, attributes, terms) byte-preservingly, refusing a reference to a
//! term the locale does not define. SQLite and PostgreSQL.
mod common;
use common::TestDb;
use domain::{
    accounts::{people, CurrentUser, EmailAddress, Role},
    i18n::{Locale, Translations},
    translation::{audit, ftl::FtlFile, strings},
    AppState,
};
use std::path::{Path, PathBuf};

fn fixture() -> PathBuf {
    common::workspace_root().join("domain/tests/fixtures/fluent/mozilla-org")
}

/// Message ids of a file counted with a plain line scan (not the code under test).
fn count_messages(text: &str) -> usize {
    text.lines()
        .filter(|l| {
            let Some((id, _)) = l.split_once(" =") else {
                return false;
            };
            !id.is_empty()
                && id.starts_with(|c: char| c.is_ascii_alphabetic())
                && id
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        })
        .count()
}

#[test]
fn the_check_parses_every_real_file_and_resolves_terms_across_files() {
    let dir = fixture();
    let report = audit::audit(&dir, Path::new("/nonexistent"));
    let errors: Vec<String> = report.errors.iter().map(|f| f.to_string()).collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let english: usize = audit::ftl_files(&dir.join("en"))
        .iter()
        .map(|f| count_messages(&std::fs::read_to_string(dir.join("en").join(f)).unwrap()))
        .sum();
    assert!(english > 100);
    for locale in ["es", "es-AR", "pt"] {
        assert_eq!(report.counts[locale].messages, english, "{locale}");
    }
    // Without brands.ftl, every brand term is reported where it is used, with file and line.
    let tmp = tempfile::tempdir().unwrap();
    for locale in ["en", "es"] {
        std::fs::create_dir_all(tmp.path().join(locale)).unwrap();
        for f in audit::ftl_files(&dir.join(locale)) {
            if locale == "es" && f == "brands.ftl" {
                continue;
            }
            std::fs::copy(dir.join(locale).join(&f), tmp.path().join(locale).join(&f)).unwrap();
        }
    }
    let report = audit::audit(tmp.path(), Path::new("/nonexistent"));
    let lines: Vec<String> = report.errors.iter().map(|f| f.to_string()).collect();
    assert!(
        lines
            .iter()
            .any(|l| l.contains("es/products-vpn-pricing-2023.ftl:")
                && l.contains("[vpn-pricing-page-title]")
                && l.contains("term defined nowhere in this locale: -brand-name-mozilla-vpn")),
        "{lines:#?}"
    );
    assert!(
        !lines.iter().any(|l| l.contains("/en/")),
        "English keeps its brands: {lines:#?}"
    );

    // A file only Spanish has is loaded by the server, so the check reads it too.
    std::fs::write(
        tmp.path().join("es").join("solo-es.ftl"),
        "hola = Hola\nroto = { $\n",
    )
    .unwrap();
    let report = audit::audit(tmp.path(), Path::new("/nonexistent"));
    let lines: Vec<String> = report.errors.iter().map(|f| f.to_string()).collect();
    assert!(
        lines.iter().any(|l| l.contains("es/solo-es.ftl:2")),
        "{lines:#?}"
    );
}

#[test]
fn the_runtime_serves_real_files_with_their_terms() {
    let tr = Translations::load(&fixture()).unwrap();
    assert!(tr.problems().is_empty(), "{:?}", tr.problems());
    for (locale, id) in [
        (Locale::En, "vpn-pricing-page-title"),
        (Locale::Es, "vpn-pricing-page-title"),
        (Locale::Pt, "vpn-pricing-vpn-not-available"),
    ] {
        let text = tr.t(locale, id, &[]);
        assert!(text.contains("Mozilla VPN"), "{locale:?} {id}: {text}");
        assert!(!text.contains('{'), "{locale:?} {id}: {text}");
    }
    let plural = tr.t(
        Locale::Pt,
        "vpn-pricing-connect-up-to",
        &[("devices", 1i64.into())],
    );
    assert!(plural.contains('1') && !plural.contains("{"), "{plural}");
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        if e.path().is_dir() {
            copy_dir(&e.path(), &to.join(e.file_name()));
        } else {
            std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
        }
    }
}

async fn translator(state: &AppState) -> CurrentUser {
    let id = people::create(
        &state.db,
        people::NewPerson {
            email: &EmailAddress::parse("t@example.org").unwrap(),
            name: "T",
            locale: Locale::Es,
            password: "a-long-password-1",
            institution_id: None,
            roles: &[Role::Translator],
        },
    )
    .await
    .unwrap();
    people::current_user(&state.db, id).await.unwrap().unwrap()
}

storage_test!(
    the_workspace_saves_real_messages_byte_for_byte,
    |t: TestDb| async move {
        let dir = tempfile::tempdir().unwrap();
        let locales = dir.path().join("locales");
        copy_dir(&fixture(), &locales);
        std::fs::remove_dir_all(locales.join("es-AR")).unwrap();
        let locales_s = locales.display().to_string();
        let state = common::state(&t, dir.path(), &[("ACADEMY_LOCALES_DIR", &locales_s)]);
        let me = translator(&state).await;
        let form = |body: &str, base: &str| strings::SaveForm {
            body: body.into(),
            base: base.into(),
            needs_review: false,
        };
        let mut saved = 0;
        for file in audit::ftl_files(&locales.join("es")) {
            let path = locales.join("es").join(&file);
            let before = std::fs::read_to_string(&path).unwrap();
            let english =
                FtlFile::parse(std::fs::read_to_string(locales.join("en").join(&file)).unwrap());
            for id in english.message_ids() {
                let e = strings::editor(&state, &me, "es", &file, id).await.unwrap();
                let Some(body) = e.translation else { continue };
                strings::save(&state, &me, "es", &file, id, &form(&body, &e.base))
                    .await
                    .unwrap_or_else(|err| panic!("{file} {id}: {err:?}"));
                saved += 1;
            }
            assert_eq!(
                std::fs::read_to_string(&path).unwrap(),
                before,
                "{file}: saving every message unchanged keeps the file byte for byte"
            );
        }
        assert!(saved > 100, "{saved} messages saved");

        // A selector edited: only that message's bytes change.
        let file = "products-vpn-pricing-2023.ftl";
        let path = locales.join("es").join(file);
        let before = std::fs::read_to_string(&path).unwrap();
        let id = "vpn-pricing-connect-up-to";
        let e = strings::editor(&state, &me, "es", file, id).await.unwrap();
        let body = "{ $devices ->\n    [one] Conecta hasta { $devices } dispositivo\n   *[other] Conecta hasta { $devices } dispositivos\n}";
        strings::save(&state, &me, "es", file, id, &form(body, &e.base))
            .await
            .unwrap();
        let after = std::fs::read_to_string(&path).unwrap();
        let old = FtlFile::parse(before.clone());
        let span = old.span(id).unwrap().range.clone();
        assert_eq!(&after[..span.start], &before[..span.start]);
        assert!(after.ends_with(&before[span.end..]));
        assert!(after.contains("Conecta hasta { $devices } dispositivos"));

        // A brand term the Spanish files do not define is refused, and nothing changes.
        let e = strings::editor(&state, &me, "es", file, "vpn-pricing-annual")
            .await
            .unwrap();
        let err = strings::save(
            &state,
            &me,
            "es",
            file,
            "vpn-pricing-annual",
            &form("Anual con { -brand-name-no-such-thing }", &e.base),
        )
        .await
        .unwrap_err();
        assert_eq!(err.message_key(), "i18n-error-term-undefined");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), after);
    }
);
