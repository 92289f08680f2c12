//! A broken locale file never stops the server: it starts, serves the messages that parse
//! (English for the rest), and lists the problem with file and line for translators.
use domain::config::Config;
use tower::ServiceExt;

#[tokio::test]
async fn a_broken_locale_file_does_not_stop_the_server() {
    let dir = tempfile::tempdir().unwrap();
    let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf();
    let locales = dir.path().join("locales");
    for locale in ["en", "es", "pt"] {
        std::fs::create_dir_all(locales.join(locale)).unwrap();
        for f in std::fs::read_dir(root.join("locales").join(locale)).unwrap() {
            let f = f.unwrap();
            std::fs::copy(f.path(), locales.join(locale).join(f.file_name())).unwrap();
        }
    }
    let main = locales.join("es").join("main.ftl");
    let text = std::fs::read_to_string(&main).unwrap();
    std::fs::write(&main, format!("{text}\nroto = {{ $\n")).unwrap();
    std::fs::write(locales.join("es").join("solo-es.ftl"), "otro = { \n").unwrap();
    let data = dir.path().display().to_string();
    let locales_s = locales.display().to_string();
    let content = root.join("content").display().to_string();
    let url = format!("sqlite://{}?mode=rwc", dir.path().join("t.db").display());
    let config = Config::from_pairs(&[
        ("ACADEMY_DATA_DIR", &data),
        ("ACADEMY_LOCALES_DIR", &locales_s),
        ("ACADEMY_CONTENT_DIR", &content),
        (
            "ACADEMY_SECRET_KEY",
            "resilience-test-secret-key-0123456789",
        ),
        ("DATABASE_URL", &url),
    ])
    .unwrap();
    let app = academy::startup::build(config)
        .await
        .expect("the server starts");
    let problems = app.state.i18n.problems();
    assert_eq!(problems.len(), 2, "{problems:?}");
    let lines = text.lines().count();
    assert!(
        problems
            .iter()
            .any(|p| p.file.ends_with("es/main.ftl") && p.line > lines),
        "{problems:?}"
    );
    let res = app
        .router
        .oneshot(
            http::Request::get("/login")
                .header("accept-language", "es")
                .body(axum::body::Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let body = axum::body::to_bytes(res.into_body(), 1 << 20)
        .await
        .unwrap();
    let html = String::from_utf8_lossy(&body);
    assert!(html.contains("Iniciar sesión"), "Spanish still served");
}
