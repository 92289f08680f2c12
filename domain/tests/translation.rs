//! The translator workspace's file handling on real-world-shaped Fluent files: a message
//! saved unchanged leaves the file byte for byte as it was, an edited message is the only
//! change, and the project check finds each broken translation with its file, line and id
//! while the project's own locales pass.
mod common;
use domain::translation::{audit, ftl::FtlFile};
use std::path::PathBuf;

/// The fixtures plus every locale file of the project.
fn files() -> Vec<PathBuf> {
    let root = common::workspace_root();
    let mut out: Vec<PathBuf> = ["app.ftl", "es-app.ftl"]
        .iter()
        .map(|f| root.join("domain/tests/fixtures/ftl").join(f))
        .collect();
    for locale in ["en", "es", "pt"] {
        let dir = root.join("locales").join(locale);
        for f in audit::ftl_files(&dir) {
            out.push(dir.join(f));
        }
    }
    out
}

#[test]
fn saving_every_message_unchanged_leaves_every_file_as_it_was() {
    for path in files() {
        let text = std::fs::read_to_string(&path).unwrap();
        let file = FtlFile::parse(text.clone());
        assert!(
            file.errors.is_empty(),
            "{}: {:?}",
            path.display(),
            file.errors
        );
        assert!(!file.message_ids().is_empty());
        for id in file.message_ids() {
            let body = file.editable_body(id).unwrap();
            let saved = file
                .replace_message(id, &body, None)
                .unwrap_or_else(|e| panic!("{}: {id}: {e:?}", path.display()));
            assert!(
                saved == text,
                "{}: saving {id} unchanged changed the file",
                path.display()
            );
        }
    }
}

#[test]
fn an_edit_changes_only_that_message() {
    for path in files() {
        let text = std::fs::read_to_string(&path).unwrap();
        let file = FtlFile::parse(text.clone());
        let ids = file.message_ids();
        // The middle message of each file, given a plural selector over a new variable-free body.
        let id = ids[ids.len() / 2];
        let old = file.message_source(id).unwrap().to_owned();
        let span = file.span(id).unwrap().range.clone();
        let saved = file
            .replace_message(id, "Texto { \"novo\" }\n.extra = x", None)
            .unwrap();
        assert_eq!(
            &saved[..span.start],
            &text[..span.start],
            "{}: before {id}",
            path.display()
        );
        let after_old = &text[span.end..];
        assert!(saved.ends_with(after_old), "{}: after {id}", path.display());
        let again = FtlFile::parse(saved.clone());
        assert_eq!(
            again.message_ids(),
            ids,
            "{}: ids and order",
            path.display()
        );
        assert_ne!(again.message_source(id).unwrap(), old);
        for other in ids.iter().filter(|o| **o != id) {
            assert_eq!(
                again.message_source(other),
                file.message_source(other),
                "{}: {other}",
                path.display()
            );
        }
    }
}

#[test]
fn the_check_finds_broken_translations_with_file_line_and_id() {
    let root = common::workspace_root();
    let fixtures = root.join("end2end/fixtures/i18n/broken");
    let report = audit::audit(&fixtures.join("locales"), &fixtures.join("content"));
    let lines: Vec<String> = report.errors.iter().map(|f| f.to_string()).collect();
    let has = |needle: &str| lines.iter().any(|l| l.contains(needle));
    assert!(
        has("pt/main.ftl:4 [greeting]: variable missing: $name"),
        "{lines:#?}"
    );
    assert!(
        has("pt/main.ftl:4 [greeting]: variable not in the English message: $nome"),
        "{lines:#?}"
    );
    assert!(
        lines.iter().any(|l| l.contains("pt/main.ftl:")
            && l.contains("[items]")
            && l.to_lowercase().contains("default variant")),
        "{lines:#?}"
    );
    assert!(
        has("[link]: HTML not in the English message: <script>"),
        "{lines:#?}"
    );
    assert!(has("[title]: attribute missing: aria-label"), "{lines:#?}");
    let pt = &report.counts["pt"];
    // items (unparseable) and missing-here are missing; obsolete is not in English.
    assert_eq!(
        (pt.messages, pt.missing_messages, pt.obsolete_messages),
        (5, 2, 1)
    );
}

#[test]
fn the_project_locales_pass_the_check() {
    let root = common::workspace_root();
    let report = audit::audit(&root.join("locales"), &root.join("content"));
    let lines: Vec<String> = report.errors.iter().map(|f| f.to_string()).collect();
    assert!(lines.is_empty(), "{lines:#?}");
    assert!(report.counts.contains_key("es") && report.counts.contains_key("pt"));
}
