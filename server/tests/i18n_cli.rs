//! `academy i18n check` as the test command and CI run it: it fails on broken translations,
//! naming file, line and message id, and passes on the project's own locales.
use std::{path::PathBuf, process::Command};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

fn check(locales: PathBuf, content: PathBuf) -> (bool, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_academy"))
        .args(["i18n", "check", "--locales"])
        .arg(locales)
        .arg("--content")
        .arg(content)
        .output()
        .unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr),
    )
}

#[test]
fn broken_translations_fail_with_file_line_and_id() {
    let fixtures = root().join("end2end/fixtures/i18n/broken");
    let (ok, out) = check(fixtures.join("locales"), fixtures.join("content"));
    assert!(!ok, "{out}");
    assert!(
        out.contains("pt/main.ftl:4 [greeting]: variable missing: $name"),
        "{out}"
    );
    assert!(
        out.contains("[link]: HTML not in the English message: <script>"),
        "{out}"
    );
    assert!(
        out.contains("pt: 2 of 5 strings missing, 1 no longer in English"),
        "{out}"
    );
}

#[test]
fn the_project_passes() {
    let (ok, out) = check(root().join("locales"), root().join("content"));
    assert!(ok, "{out}");
    assert!(out.contains("i18n check: 0 errors"), "{out}");
}
