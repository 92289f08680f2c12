//! Every instance picks up a translation saved by another: a real `academy serve` process
//! whose locale files change on disk (as when another instance saves, atomically) shows the
//! new text without a restart.
use std::{
    path::{Path, PathBuf},
    process::{Command, Stdio},
    time::{Duration, Instant},
};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
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

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_running_server_picks_up_a_locale_file_changed_on_disk() {
    let dir = tempfile::tempdir().unwrap();
    let locales = dir.path().join("locales");
    copy_dir(&root().join("locales"), &locales);
    let port = free_port();
    let db = format!("sqlite://{}?mode=rwc", dir.path().join("t.db").display());
    let log = std::fs::File::create(dir.path().join("serve.log")).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_academy"))
        .arg("serve")
        .current_dir(root())
        .env("DATABASE_URL", &db)
        .env("ACADEMY_BIND", format!("127.0.0.1:{port}"))
        .env("ACADEMY_DATA_DIR", dir.path())
        .env("ACADEMY_LOCALES_DIR", &locales)
        .env(
            "ACADEMY_SECRET_KEY",
            "reload-test-secret-key-0123456789abcdef",
        )
        .env("RUST_LOG", "info")
        .stdout(Stdio::null())
        .stderr(log)
        .spawn()
        .unwrap();
    let base = format!("http://127.0.0.1:{port}");
    let client = reqwest::Client::new();
    let page = || async {
        client
            .get(format!("{base}/login"))
            .header("accept-language", "pt")
            .send()
            .await
            .ok()?
            .text()
            .await
            .ok()
    };
    let started = Instant::now();
    let mut first = None;
    while started.elapsed() < Duration::from_secs(30) && first.is_none() {
        first = page().await;
        if first.is_none() {
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    }
    let first = first.expect("the server answers");
    assert!(first.contains(">Entrar<"), "Portuguese sign-in link");
    assert!(!first.contains("Entrar agora"));

    // Another instance saves (the same atomic write the workspace uses).
    let file = locales.join("pt/main.ftl");
    let text = std::fs::read_to_string(&file).unwrap();
    let changed = text.replace("nav-sign-in = Entrar\n", "nav-sign-in = Entrar agora\n");
    assert_ne!(changed, text);
    domain::translation::store::write_atomically(&file, &changed).unwrap();

    let deadline = Instant::now() + Duration::from_secs(15);
    let mut seen = false;
    while Instant::now() < deadline && !seen {
        tokio::time::sleep(Duration::from_millis(300)).await;
        seen = page().await.is_some_and(|p| p.contains("Entrar agora"));
    }
    let _ = child.kill();
    let _ = child.wait();
    let log = std::fs::read_to_string(dir.path().join("serve.log")).unwrap_or_default();
    assert!(
        seen,
        "the change shows without a restart; server log:\n{log}"
    );
}
