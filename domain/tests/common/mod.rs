//! Test support: a fresh database per test, on SQLite and on PostgreSQL, and an AppState
//! around it. `storage_test!` writes each test twice, once per backend.
#![allow(dead_code)]
use domain::{config::Config, db, i18n::Translations, AppState};
pub mod cohort_world;
pub mod fake_hub;
pub mod hub_world;
pub mod jupyterhub;
pub mod partner_world;
pub mod smtp_sink;
use sea_orm::{ConnectionTrait, Database, DatabaseConnection};
use std::{path::PathBuf, sync::Arc};

pub struct TestDb {
    pub db: DatabaseConnection,
    pub url: String,
    /// Keeps a SQLite file's folder alive for as long as a clone of it is held.
    pub guard: Option<Arc<tempfile::TempDir>>,
}

pub fn workspace_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

pub async fn sqlite() -> TestDb {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}?mode=rwc", dir.path().join("test.db").display());
    let db = db::connect_and_migrate(&url).await.unwrap();
    TestDb {
        db,
        url,
        guard: Some(Arc::new(dir)),
    }
}

/// A new database on the PostgreSQL server named by TEST_DATABASE_URL. Without it the test
/// is skipped locally, but fails under CI so a missing server cannot pass unnoticed.
pub async fn postgres() -> Option<TestDb> {
    let Ok(admin_url) = std::env::var("TEST_DATABASE_URL") else {
        if std::env::var("CI").is_ok() {
            panic!("TEST_DATABASE_URL must be set under CI (scripts/test.sh starts PostgreSQL)");
        }
        eprintln!("TEST_DATABASE_URL not set: skipping the PostgreSQL variant");
        return None;
    };
    let name = format!(
        "t_{}",
        domain::security::random_token()
            .to_lowercase()
            .replace(['-', '_'], "")[..20]
            .to_owned()
    );
    let admin = Database::connect(&admin_url)
        .await
        .expect("connect to TEST_DATABASE_URL");
    admin
        .execute_unprepared(&format!("CREATE DATABASE {name}"))
        .await
        .unwrap();
    admin.close().await.ok();
    let (base, _) = admin_url
        .rsplit_once('/')
        .expect("TEST_DATABASE_URL ends with /dbname");
    let url = format!("{base}/{name}");
    let db = db::connect_and_migrate(&url).await.unwrap();
    Some(TestDb {
        db,
        url,
        guard: None,
    })
}

pub fn config(data_dir: &std::path::Path, extra: &[(&str, &str)]) -> Config {
    let data = data_dir.display().to_string();
    let locales = workspace_root().join("locales").display().to_string();
    let mut pairs: Vec<(&str, &str)> = vec![
        ("ACADEMY_DATA_DIR", &data),
        ("ACADEMY_LOCALES_DIR", &locales),
        (
            "ACADEMY_SECRET_KEY",
            "test-secret-key-test-secret-key-0123456789",
        ),
        ("ACADEMY_BASE_URL", "http://academy.test"),
        // The test hubs run on 127.0.0.1; a test that checks the default passes "public".
        ("ACADEMY_HUB_NETWORK", "loopback"),
    ];
    pairs.extend_from_slice(extra);
    Config::from_pairs(&pairs).unwrap()
}

pub fn state(db: &TestDb, data_dir: &std::path::Path, extra: &[(&str, &str)]) -> AppState {
    let mut cfg = config(data_dir, extra);
    cfg.database_url = db.url.clone();
    AppState {
        db: db.db.clone(),
        i18n: Arc::new(Translations::load(&cfg.locales_dir).unwrap()),
        library: Arc::new(domain::courses::Library::load(&cfg.content_dir)),
        config: Arc::new(cfg),
    }
}

/// `storage_test!(name, |t: TestDb| async move { ... })` runs the body on SQLite and on
/// PostgreSQL, each with a database of its own.
#[macro_export]
macro_rules! storage_test {
    ($name:ident, $body:expr) => {
        mod $name {
            use super::*;
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                let t = common::sqlite().await;
                // The body may capture only `t.db`: keep the database file's folder alive.
                let _keep = t.guard.clone();
                ($body)(t).await;
            }
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                if let Some(t) = common::postgres().await {
                    ($body)(t).await;
                }
            }
        }
    };
}
