//! Provisioning N learners (500 by default, BENCH_LEARNERS to change) onto a real local
//! JupyterHub through Catalyst Academy's job queue, compared in the same run with the hub's
//! raw rate: the same N creations as a plain sequential HTTP loop over one keep-alive
//! connection. Each side gets a fresh hub with its state on /dev/shm. Prints both times and
//! the ratio. Run: `cargo bench -p domain --bench hub_provisioning`.
#[path = "../tests/common/hub_world.rs"]
mod hub_world;
#[path = "../tests/common/jupyterhub.rs"]
mod jupyterhub;

use domain::{
    config::Config, hubs::provisioning, jobs::worker::Worker, mail::delivery::Mailer, AppState,
};
use hub_world::*;
use jupyterhub::{TestHub, TOKEN};
use std::{sync::Arc, time::Instant};

async fn academy_state(dir: &std::path::Path, workers: usize) -> AppState {
    let url = format!("sqlite://{}?mode=rwc", dir.join("academy.db").display());
    let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf();
    let data = dir.display().to_string();
    let locales = root.join("locales").display().to_string();
    let workers = workers.to_string();
    let config = Config::from_pairs(&[
        ("ACADEMY_DATA_DIR", &data),
        ("ACADEMY_LOCALES_DIR", &locales),
        (
            "ACADEMY_SECRET_KEY",
            "bench-secret-key-0123456789abcdef0123",
        ),
        ("DATABASE_URL", &url),
        ("ACADEMY_JOB_WORKERS", &workers),
        ("ACADEMY_JOB_POLL_MS", "50"),
    ])
    .unwrap();
    AppState {
        db: domain::db::connect_and_migrate(&url).await.unwrap(),
        i18n: Arc::new(domain::i18n::Translations::load(&config.locales_dir).unwrap()),
        library: Arc::new(domain::courses::Library::load(&config.content_dir)),
        config: Arc::new(config),
    }
}

/// The hub's own rate: N single-user creations, one after the other.
async fn raw_loop(n: usize) -> f64 {
    let hub = TestHub::start().await;
    let http = reqwest::Client::new();
    let started = Instant::now();
    for i in 1..=n {
        let r = http
            .post(format!("{}/hub/api/users/raw-{i:04}", hub.url()))
            .header("Authorization", format!("token {TOKEN}"))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 201);
    }
    let secs = started.elapsed().as_secs_f64();
    assert_eq!(hub.users().await.len(), n);
    secs
}

/// The same N people provisioned by the platform: queued as one batch, run by the workers.
async fn academy(n: usize, workers: usize, groups: &str) -> f64 {
    let hub = TestHub::start().await;
    let dir = tempfile::tempdir().unwrap();
    let state = academy_state(dir.path(), workers).await;
    let mut w = world(&state, &hub.url(), TOKEN, "platform", groups, false).await;
    add_learners(&state, &mut w, &numbered("Learner", n)).await;
    let worker = Worker::new(state.clone(), Mailer::Files(state.config.mail_dir()));
    let (stop_tx, mut stop_rx) = tokio::sync::watch::channel(false);
    let started = Instant::now();
    let q = provisioning::sync_institution(&state.db, &w.hub, false, None)
        .await
        .unwrap();
    let pool = tokio::spawn(
        worker.run(std::time::Duration::from_millis(50), async move {
            let _ = stop_rx.wait_for(|s| *s).await;
        }),
    );
    let batch = q.batch_id.unwrap();
    loop {
        let p = provisioning::batch_progress(&state.db, batch)
            .await
            .unwrap();
        if p.finished() {
            assert_eq!((p.done, p.failed), (n as u64, 0));
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    let secs = started.elapsed().as_secs_f64();
    let _ = stop_tx.send(true);
    pool.await.unwrap();
    assert_eq!(hub.users().await.len(), n);
    secs
}

fn main() {
    let n: usize = std::env::var("BENCH_LEARNERS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(500);
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        println!("hub state on /dev/shm, academy database on disk (SQLite), {n} learners");
        // The baseline is measured before and after the platform's runs and averaged, so a
        // drift of the machine during the run shows and favours neither side.
        let before = raw_loop(n).await;
        let mut runs = vec![];
        for (workers, groups, label) in [
            (1, "", "1 worker"),
            (4, "", "4 workers"),
            (4, "catalyst", "4 workers, + 1 group"),
        ] {
            runs.push((label, academy(n, workers, groups).await));
        }
        let after = raw_loop(n).await;
        let raw = (before + after) / 2.0;
        println!(
            "raw sequential loop:        {raw:6.2} s  ({:.0} users/s; {before:.2} s before, {after:.2} s after)",
            n as f64 / raw
        );
        for (label, t) in runs {
            println!(
                "academy, {label:<22} {t:6.2} s  ({:.0} users/s)  ratio to raw {:.2}",
                n as f64 / t,
                t / raw
            );
        }
    });
}
