//! Provisioning across real server processes and a real JupyterHub: a server killed
//! mid-batch (SIGKILL) and started again finishes the batch with every learner provisioned
//! exactly once, and two server instances on one PostgreSQL database share a batch without
//! running any job twice.
#[path = "../../domain/tests/common/hub_world.rs"]
mod hub_world;
#[path = "../../domain/tests/common/jupyterhub.rs"]
mod jupyterhub;

use domain::{config::Config, hubs::provisioning, jobs::queue, AppState};
use hub_world::*;
use jupyterhub::{free_port, TestHub, TOKEN};
use sea_orm::{ConnectionTrait, Database};
use std::{
    collections::HashSet,
    path::{Path, PathBuf},
    process::{Child, Command, Stdio},
    sync::Arc,
};

const SECRET: &str = "process-test-secret-key-0123456789abcdef";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

async fn state(url: &str, dir: &Path) -> AppState {
    let data = dir.display().to_string();
    let locales = root().join("locales").display().to_string();
    let config = Config::from_pairs(&[
        ("ACADEMY_DATA_DIR", &data),
        ("ACADEMY_LOCALES_DIR", &locales),
        ("ACADEMY_SECRET_KEY", SECRET),
        ("DATABASE_URL", url),
        ("ACADEMY_HUB_NETWORK", "loopback"),
    ])
    .unwrap();
    let db = domain::db::connect_and_migrate(url).await.unwrap();
    AppState {
        db,
        i18n: Arc::new(domain::i18n::Translations::load(&config.locales_dir).unwrap()),
        library: Arc::new(domain::courses::Library::load(&config.content_dir)),
        config: Arc::new(config),
    }
}

/// `academy serve` as a separate process, with quick polls, short leases and fast retries.
fn server(url: &str, dir: &Path, name: &str) -> Child {
    let log = std::fs::File::create(dir.join(format!("{name}.log"))).unwrap();
    Command::new(env!("CARGO_BIN_EXE_academy"))
        .arg("serve")
        .current_dir(root())
        .env("DATABASE_URL", url)
        .env("ACADEMY_BIND", format!("127.0.0.1:{}", free_port()))
        .env("ACADEMY_DATA_DIR", dir)
        .env("ACADEMY_SECRET_KEY", SECRET)
        .env("ACADEMY_HUB_NETWORK", "loopback")
        .env("ACADEMY_JOB_WORKERS", "2")
        .env("ACADEMY_JOB_POLL_MS", "100")
        .env("ACADEMY_JOB_LEASE_SECONDS", "3")
        .env("ACADEMY_JOB_RETRY_BASE_MS", "200")
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(log)
        .spawn()
        .expect("start academy serve")
}

fn stop(mut c: Child) {
    let _ = c.kill();
    let _ = c.wait();
}

fn expected(prefix: &str, n: usize) -> Vec<String> {
    let mut v: Vec<String> = (1..=n).map(|i| format!("{prefix}-{i:03}")).collect();
    v.sort();
    v
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_killed_server_finishes_its_batch_after_a_restart() {
    let hub = TestHub::start().await;
    let dir = tempfile::tempdir().unwrap();
    let url = format!(
        "sqlite://{}?mode=rwc",
        dir.path().join("academy.db").display()
    );
    let state = state(&url, dir.path()).await;
    let mut w = world(&state, &hub.url(), TOKEN, "platform", "catalyst", false).await;
    add_learners(&state, &mut w, &numbered("Aprendiz", 150)).await;
    provisioning::sync_institution(&state.db, &w.hub, false, None)
        .await
        .unwrap();

    let first = server(&url, dir.path(), "first");
    for _ in 0..600 {
        if count_status(&state, &w, provisioning::status::READY).await >= 10 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    stop(first); // SIGKILL: no graceful shutdown, claimed jobs keep their lease
    let ready_at_kill = count_status(&state, &w, provisioning::status::READY).await;
    assert!(
        (10..150).contains(&ready_at_kill),
        "killed mid-batch ({ready_at_kill} ready)"
    );

    let second = server(&url, dir.path(), "second");
    wait_all_ready(&state, &w, 120).await;
    stop(second);
    assert_eq!(
        hub.users().await,
        expected("aprendiz", 150),
        "every learner exactly once"
    );
    assert_eq!(hub.groups().await["catalyst"], expected("aprendiz", 150));
    let jobs = hub_jobs(&state, &w).await;
    assert_eq!(jobs.len(), 150);
    assert!(
        jobs.iter().all(|j| j.status == queue::DONE),
        "every job done"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_servers_on_one_postgres_share_a_batch_without_duplicates() {
    let Ok(admin_url) = std::env::var("TEST_DATABASE_URL") else {
        assert!(
            std::env::var("CI").is_err(),
            "TEST_DATABASE_URL must be set under CI"
        );
        eprintln!("TEST_DATABASE_URL not set: skipping");
        return;
    };
    let name = format!(
        "p_{}",
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
    let url = format!("{}/{name}", admin_url.rsplit_once('/').unwrap().0);

    let hub = TestHub::start().await;
    let dir = tempfile::tempdir().unwrap();
    let state = state(&url, dir.path()).await;
    let mut w = world(&state, &hub.url(), TOKEN, "platform", "catalyst", false).await;
    add_learners(&state, &mut w, &numbered("Estudante", 200)).await;

    let a = server(&url, dir.path(), "a");
    let b = server(&url, dir.path(), "b");
    // Both instances are polling before the batch arrives.
    tokio::time::sleep(std::time::Duration::from_secs(2)).await;
    provisioning::sync_institution(&state.db, &w.hub, false, None)
        .await
        .unwrap();
    wait_all_ready(&state, &w, 120).await;
    stop(a);
    stop(b);

    assert_eq!(hub.users().await, expected("estudante", 200));
    let jobs = hub_jobs(&state, &w).await;
    assert_eq!(jobs.len(), 200);
    assert!(
        jobs.iter()
            .all(|j| j.status == queue::DONE && j.attempts == 1),
        "no job was claimed twice"
    );
    let instances: HashSet<&str> = jobs
        .iter()
        .filter_map(|j| j.locked_by.as_deref())
        .filter_map(|w| w.split('-').next())
        .collect();
    assert_eq!(
        instances.len(),
        2,
        "both instances did part of the work: {instances:?}"
    );
}
