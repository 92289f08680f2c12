//! The real application on a random port with one account per role, a browser-like client
//! (cookies, no redirects followed), and `both_backends!` to run a test on SQLite and on
//! PostgreSQL.
#![allow(dead_code)]
use domain::{
    accounts::{people, EmailAddress, Role},
    config::Config,
    i18n::Locale,
};
use sea_orm::{ConnectionTrait, Database};
use std::sync::Arc;

pub struct TestApp {
    pub base: String,
    pub state: domain::AppState,
    _dir: tempfile::TempDir,
}

async fn database_url(dir: &std::path::Path, postgres: bool) -> Option<String> {
    if !postgres {
        return Some(format!("sqlite://{}?mode=rwc", dir.join("t.db").display()));
    }
    let Ok(admin_url) = std::env::var("TEST_DATABASE_URL") else {
        assert!(
            std::env::var("CI").is_err(),
            "TEST_DATABASE_URL must be set under CI"
        );
        return None;
    };
    let name = format!(
        "h_{}",
        domain::security::random_token()
            .to_lowercase()
            .replace(['-', '_'], "")[..20]
            .to_owned()
    );
    let admin = Database::connect(&admin_url).await.unwrap();
    admin
        .execute_unprepared(&format!("CREATE DATABASE {name}"))
        .await
        .unwrap();
    Some(format!("{}/{name}", admin_url.rsplit_once('/').unwrap().0))
}

pub async fn spawn(postgres: bool) -> Option<TestApp> {
    let dir = tempfile::tempdir().unwrap();
    let url = database_url(dir.path(), postgres).await?;
    let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf();
    let data = dir.path().display().to_string();
    let locales = root.join("locales").display().to_string();
    let content = root.join("content").display().to_string();
    let mut config = Config::from_pairs(&[
        ("ACADEMY_DATA_DIR", &data),
        ("ACADEMY_LOCALES_DIR", &locales),
        (
            "ACADEMY_SECRET_KEY",
            "http-test-secret-key-0123456789abcdef",
        ),
        ("DATABASE_URL", &url),
        ("ACADEMY_CONTENT_DIR", &content),
        // Test hubs listen on 127.0.0.1.
        ("ACADEMY_HUB_NETWORK", "loopback"),
    ])
    .unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    config.base_url = format!("http://{addr}").parse().unwrap();
    let app = academy::startup::build(config).await.unwrap();
    let state = app.state.clone();
    let router = app.router;
    tokio::spawn(async move {
        axum::serve(
            listener,
            router.into_make_service_with_connect_info::<std::net::SocketAddr>(),
        )
        .await
        .unwrap();
    });
    for (i, role) in Role::ALL.iter().enumerate() {
        let email = EmailAddress::parse(&format!("{}@example.org", role.as_str())).unwrap();
        let locale = [Locale::En, Locale::Es, Locale::Pt][i % 3];
        people::create(
            &state.db,
            people::NewPerson {
                email: &email,
                name: role.as_str(),
                locale,
                password: "test-password-1",
                institution_id: None,
                roles: &[*role],
            },
        )
        .await
        .unwrap();
    }
    Some(TestApp {
        base: format!("http://{addr}"),
        state,
        _dir: dir,
    })
}

pub fn browser() -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_provider(Arc::new(reqwest::cookie::Jar::default()))
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

impl TestApp {
    pub async fn get(&self, c: &reqwest::Client, path: &str) -> (u16, String) {
        let r = c
            .get(format!("{}{path}", self.base))
            .header("accept", "text/html")
            .send()
            .await
            .unwrap();
        (r.status().as_u16(), r.text().await.unwrap())
    }

    /// Reads the CSRF token from a page, as a browser's form would carry it.
    pub async fn csrf(&self, c: &reqwest::Client, path: &str) -> String {
        let (_, html) = self.get(c, path).await;
        let re = regex::Regex::new(r#"name="csrf" value="([^"]+)""#).unwrap();
        re.captures(&html).expect("a form with a CSRF token")[1].to_owned()
    }

    pub async fn post(
        &self,
        c: &reqwest::Client,
        path: &str,
        form: &[(&str, &str)],
    ) -> reqwest::Response {
        c.post(format!("{}{path}", self.base))
            .header("accept", "text/html")
            .header("referer", format!("{}/", self.base))
            .form(form)
            .send()
            .await
            .unwrap()
    }

    pub async fn sign_in(&self, c: &reqwest::Client, role: &str) {
        let csrf = self.csrf(c, "/login").await;
        let email = format!("{role}@example.org");
        let r = self
            .post(
                c,
                "/api/sign_in",
                &[
                    ("csrf", &csrf),
                    ("email", &email),
                    ("password", "test-password-1"),
                ],
            )
            .await;
        assert_eq!(r.status().as_u16(), 302);
        assert!(
            r.headers()
                .get_all("set-cookie")
                .iter()
                .any(|v| v.to_str().unwrap().starts_with("academy_session=")),
            "session cookie set"
        );
    }
}

#[macro_export]
macro_rules! both_backends {
    ($name:ident, $body:expr) => {
        mod $name {
            use super::*;
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                ($body)(spawn(false).await.unwrap()).await;
            }
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                if let Some(app) = spawn(true).await {
                    ($body)(app).await;
                }
            }
        }
    };
}
