//! Served over https (as in production, behind a TLS-terminating proxy): browsers are told to
//! keep to https, and the CSRF cookie is host-only and https-only by its `__Host-` name.
use domain::config::Config;
use tower::ServiceExt;

#[tokio::test]
async fn https_deployments_send_hsts_and_a_host_only_csrf_cookie() {
    let dir = tempfile::tempdir().unwrap();
    let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf();
    let data = dir.path().display().to_string();
    let locales = root.join("locales").display().to_string();
    let content = root.join("content").display().to_string();
    let url = format!("sqlite://{}?mode=rwc", dir.path().join("t.db").display());
    let config = Config::from_pairs(&[
        ("ACADEMY_DATA_DIR", &data),
        ("ACADEMY_LOCALES_DIR", &locales),
        ("ACADEMY_CONTENT_DIR", &content),
        (
            "ACADEMY_SECRET_KEY",
            "https-test-secret-key-0123456789abcdef",
        ),
        ("ACADEMY_BASE_URL", "https://academy.example.org"),
        ("DATABASE_URL", &url),
    ])
    .unwrap();
    let app = academy::startup::build(config).await.unwrap();
    let res = app
        .router
        .oneshot(
            http::Request::get("/login")
                .body(axum::body::Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(
        res.headers()["strict-transport-security"],
        "max-age=31536000; includeSubDomains"
    );
    let cookies: Vec<&str> = res
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap())
        .collect();
    let csrf = cookies
        .iter()
        .find(|c| c.starts_with("__Host-academy_csrf="))
        .unwrap_or_else(|| panic!("a __Host- CSRF cookie: {cookies:?}"));
    assert!(csrf.contains("; Secure") && csrf.contains("Path=/") && !csrf.contains("Domain"));
}
