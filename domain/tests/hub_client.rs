//! The JupyterHub client's retry rules against a scripted HTTP server (answers chosen per
//! request, requests counted) and its calls against a real JupyterHub: 5xx and 429 are
//! retried and `Retry-After` honoured, 403 and 400 are not retried, pagination, bulk
//! creation, 409 as "already exists".
mod common;
use common::jupyterhub::TestHub;
use domain::hubs::{
    client::{Created, HubClient, HubError, RetryPolicy},
    network::HubNetwork,
    secret::HubToken,
};
use std::{
    sync::{
        atomic::{AtomicUsize, Ordering},
        Arc,
    },
    time::Duration,
};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// Serves the scripted answers in order (the last one repeats) and counts requests.
async fn scripted(answers: Vec<&'static str>) -> (String, Arc<AtomicUsize>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let count = Arc::new(AtomicUsize::new(0));
    let seen = count.clone();
    tokio::spawn(async move {
        loop {
            let Ok((mut sock, _)) = listener.accept().await else {
                return;
            };
            let n = seen.fetch_add(1, Ordering::SeqCst);
            let answer = answers[n.min(answers.len() - 1)];
            let mut buf = vec![0u8; 4096];
            let _ = sock.read(&mut buf).await;
            let (status, extra, body) = match answer {
                "503" => (
                    "503 Service Unavailable",
                    "",
                    r#"{"status": 503, "message": "busy"}"#,
                ),
                "429" => (
                    "429 Too Many Requests",
                    "Retry-After: 1\r\n",
                    r#"{"status": 429, "message": "slow down"}"#,
                ),
                "403" => (
                    "403 Forbidden",
                    "",
                    r#"{"status": 403, "message": "Missing or invalid credentials."}"#,
                ),
                "400" => (
                    "400 Bad Request",
                    "",
                    r#"{"status": 400, "message": "Invalid username"}"#,
                ),
                "409" => (
                    "409 Conflict",
                    "",
                    r#"{"status": 409, "message": "User x already exists"}"#,
                ),
                _ => (
                    "201 Created",
                    "",
                    r#"{"name": "x", "groups": [], "admin": false}"#,
                ),
            };
            let resp = format!(
                "HTTP/1.1 {status}\r\nContent-Type: application/json\r\n{extra}Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
            let _ = sock.write_all(resp.as_bytes()).await;
            let _ = sock.shutdown().await;
        }
    });
    (format!("http://{addr}"), count)
}

fn fast(url: &str) -> HubClient {
    HubClient::new(url, HubToken::new("scripted-token"), HubNetwork::Loopback)
        .unwrap()
        .with_retry(RetryPolicy {
            attempts: 4,
            base_delay: Duration::from_millis(10),
            max_delay: Duration::from_secs(2),
        })
}

#[tokio::test]
async fn server_errors_are_retried_until_the_hub_answers() {
    let (url, count) = scripted(vec!["503", "503", "201"]).await;
    assert_eq!(fast(&url).create_user("x").await, Ok(Created::New));
    assert_eq!(count.load(Ordering::SeqCst), 3);
}

#[tokio::test]
async fn retry_after_is_honoured_and_409_means_existed() {
    let (url, count) = scripted(vec!["429", "409"]).await;
    assert_eq!(fast(&url).create_user("x").await, Ok(Created::Existed));
    assert_eq!(count.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn a_refused_token_is_not_retried() {
    let (url, count) = scripted(vec!["403"]).await;
    let e = fast(&url).create_user("x").await.unwrap_err();
    assert!(matches!(&e, HubError::Auth { status: 403 }), "{e:?}");
    // The hub's own words are not kept: only the status.
    assert!(!e.to_string().contains("credentials"), "{e}");
    assert!(!e.is_transient());
    assert_eq!(e.message_key(), "hub-error-token");
    assert_eq!(count.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn a_rejected_request_is_not_retried() {
    let (url, count) = scripted(vec!["400"]).await;
    let e = fast(&url).create_user("x").await.unwrap_err();
    assert_eq!(e, HubError::Rejected { status: 400 });
    assert_eq!(count.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn an_outage_that_outlasts_the_retries_is_reported_as_transient() {
    let (url, count) = scripted(vec!["503"]).await;
    let e = fast(&url).create_user("x").await.unwrap_err();
    assert!(e.is_transient(), "{e:?}");
    assert_eq!(count.load(Ordering::SeqCst), 4, "every attempt used");
    // Nothing listening at all: unreachable, also transient.
    let closed = common::jupyterhub::free_port();
    let e = fast(&format!("http://127.0.0.1:{closed}"))
        .version()
        .await
        .unwrap_err();
    assert!(matches!(e, HubError::Unreachable(_)), "{e:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_client_speaks_the_real_api() {
    let hub = TestHub::start().await;
    let c = hub.client();
    assert_eq!(c.version().await.unwrap(), "6.1.1");
    let me = c.whoami().await.unwrap();
    assert_eq!((me.kind.as_str(), me.name.as_str()), ("service", "academy"));
    assert_eq!(c.create_user("maría josé").await.unwrap(), Created::New);
    assert_eq!(c.create_user("maría josé").await.unwrap(), Created::Existed);
    assert_eq!(
        c.get_user("maría josé").await.unwrap().unwrap().name,
        "maría josé"
    );
    assert!(c.get_user("nobody").await.unwrap().is_none());
    // Bulk: only the new ones come back; lists page past the hub's 200-item cap.
    let names: Vec<String> = (0..250).map(|i| format!("bulk-{i:03}")).collect();
    assert_eq!(c.create_users(&names).await.unwrap().len(), 250);
    assert_eq!(c.create_users(&names[..10]).await.unwrap().len(), 0);
    assert_eq!(c.list_users().await.unwrap().len(), 251);
    // Groups: created on first use, idempotent membership, removal tolerant.
    c.add_to_group("catalyst", &names[..2]).await.unwrap();
    c.add_to_group("catalyst", &names[..2]).await.unwrap();
    assert_eq!(c.create_group("catalyst").await.unwrap(), Created::Existed);
    let groups = c.list_groups().await.unwrap();
    assert_eq!(
        groups
            .iter()
            .find(|g| g.name == "catalyst")
            .unwrap()
            .users
            .len(),
        2
    );
    c.remove_from_group("catalyst", &["bulk-000".into(), "no-such-user".into()])
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    c.remove_from_group("no-such-group", &["bulk-000".into()])
        .await
        .unwrap();
    assert!(c.delete_user("bulk-001").await.unwrap());
    assert!(!c.delete_user("bulk-001").await.unwrap());
    assert!(!c.stop_server("bulk-001").await.unwrap());
    // A name the hub refuses, without retries.
    let e = c.create_user(" leading-space").await.unwrap_err();
    assert!(matches!(e, HubError::Rejected { status: 400, .. }), "{e:?}");
}
