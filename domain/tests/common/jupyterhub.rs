//! A real JupyterHub (from PyPI, installed by scripts/install-jupyterhub.sh) on a free
//! loopback port with its state on /dev/shm, for provisioning tests and the benchmark. Only
//! its REST API is used; the config is scripts/testhub/jupyterhub_config.py.
#![allow(dead_code)]
use domain::hubs::{client::HubClient, network::HubNetwork, secret::HubToken};
use std::{
    collections::BTreeMap,
    path::PathBuf,
    process::{Child, Command, Stdio},
    time::Duration,
};

pub const TOKEN: &str = "academy-test-service-token";

pub struct TestHub {
    pub port: u16,
    pub dir: tempfile::TempDir,
    scopes: Option<String>,
    admins: Option<String>,
    child: Option<Child>,
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

fn executable() -> PathBuf {
    if let Ok(p) = std::env::var("ACADEMY_JUPYTERHUB") {
        return PathBuf::from(p);
    }
    let home = std::env::var("HOME").unwrap_or_else(|_| "/root".into());
    PathBuf::from(home).join(".cache/catalyst-academy/jupyterhub-6.1.1/bin/jupyterhub")
}

pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

impl TestHub {
    /// A hub whose service token has every scope provisioning uses.
    pub async fn start() -> TestHub {
        Self::start_with(None).await
    }

    /// A hub whose service token has only these scopes (comma-separated).
    pub async fn start_with_scopes(scopes: &str) -> TestHub {
        Self::start_with(Some(scopes.to_owned())).await
    }

    /// A hub that has these administrators (comma-separated) from the start.
    pub async fn start_with_admins(admins: &str) -> TestHub {
        Self::start_inner(None, Some(admins.to_owned())).await
    }

    async fn start_with(scopes: Option<String>) -> TestHub {
        Self::start_inner(scopes, None).await
    }

    async fn start_inner(scopes: Option<String>, admins: Option<String>) -> TestHub {
        let shm = std::path::Path::new("/dev/shm");
        let dir = if shm.is_dir() {
            tempfile::tempdir_in(shm).unwrap()
        } else {
            tempfile::tempdir().unwrap()
        };
        let mut hub = TestHub {
            port: free_port(),
            dir,
            scopes,
            admins,
            child: None,
        };
        hub.spawn().await;
        hub
    }

    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    pub fn client(&self) -> HubClient {
        HubClient::new(&self.url(), HubToken::new(TOKEN), HubNetwork::Loopback).unwrap()
    }

    /// Starts the hub process (again) and waits until its API answers.
    pub async fn spawn(&mut self) {
        let exe = executable();
        assert!(
            exe.exists(),
            "JupyterHub is not installed at {}: run scripts/install-jupyterhub.sh",
            exe.display()
        );
        let log = std::fs::File::create(self.dir.path().join("hub.log")).unwrap();
        let mut cmd = Command::new(&exe);
        cmd.arg("-f")
            .arg(root().join("scripts/testhub/jupyterhub_config.py"))
            .current_dir(self.dir.path())
            .env("TESTHUB_PORT", self.port.to_string())
            .env("TESTHUB_DIR", self.dir.path())
            .env("TESTHUB_TOKEN", TOKEN)
            .stdout(Stdio::null())
            .stderr(log);
        if let Some(s) = &self.scopes {
            cmd.env("TESTHUB_SCOPES", s);
        }
        if let Some(a) = &self.admins {
            cmd.env("TESTHUB_ADMINS", a);
        }
        self.child = Some(cmd.spawn().expect("start jupyterhub"));
        let url = format!("{}/hub/api/", self.url());
        let http = reqwest::Client::new();
        for _ in 0..300 {
            if let Ok(r) = http.get(&url).send().await {
                if r.status().is_success() {
                    return;
                }
            }
            if let Some(Ok(Some(status))) = self.child.as_mut().map(|c| c.try_wait()) {
                panic!("jupyterhub exited ({status}): {}", self.log());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("jupyterhub did not answer within 30 s: {}", self.log());
    }

    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("hub.log")).unwrap_or_default()
    }

    /// SIGTERM, as an orderly shutdown would, and waits for the process to end.
    pub fn stop(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = Command::new("kill").arg(c.id().to_string()).status();
            let _ = c.wait();
        }
    }

    /// SIGKILL, as a crash would.
    pub fn kill(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }

    /// Every user name on the hub, sorted.
    pub async fn users(&self) -> Vec<String> {
        let mut names: Vec<String> = self
            .client()
            .list_users()
            .await
            .unwrap()
            .into_iter()
            .map(|u| u.name)
            .collect();
        names.sort();
        names
    }

    /// Every group with its members, sorted.
    pub async fn groups(&self) -> BTreeMap<String, Vec<String>> {
        self.client()
            .list_groups()
            .await
            .unwrap()
            .into_iter()
            .map(|g| {
                let mut users = g.users;
                users.sort();
                (g.name, users)
            })
            .collect()
    }
}

impl Drop for TestHub {
    fn drop(&mut self) {
        self.kill();
    }
}
