//! A tiny HTTP server standing in for a hub (or for whatever a hub address could point at):
//! it records each request's method, path and Authorization header, and answers with the
//! raw response a closure chooses. Used for what a real JupyterHub cannot show: redirects,
//! oversized answers, endless pages, hostile error texts, and whether a token ever arrives.
#![allow(dead_code)]
use std::sync::{Arc, Mutex};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

#[derive(Clone, Debug, Default)]
pub struct Seen {
    pub method: String,
    /// The path and query, as sent.
    pub target: String,
    pub authorization: Option<String>,
}

pub struct FakeHub {
    pub port: u16,
    pub seen: Arc<Mutex<Vec<Seen>>>,
}

impl FakeHub {
    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }
    pub fn requests(&self) -> Vec<Seen> {
        self.seen.lock().unwrap().clone()
    }
    pub fn count(&self) -> usize {
        self.seen.lock().unwrap().len()
    }
    /// Requests that carried this token.
    pub fn with_token(&self, token: &str) -> usize {
        self.requests()
            .iter()
            .filter(|s| s.authorization.as_deref() == Some(&format!("token {token}")))
            .count()
    }
}

/// A response with a JSON body.
pub fn json(status: &str, body: &str) -> Vec<u8> {
    format!(
        "HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
    .into_bytes()
}

/// JupyterHub's answer to `GET /hub/api/`.
pub fn version_ok() -> Vec<u8> {
    json("200 OK", r#"{"version": "6.1.1"}"#)
}

pub async fn start(answer: impl Fn(&Seen, usize) -> Vec<u8> + Send + Sync + 'static) -> FakeHub {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let seen: Arc<Mutex<Vec<Seen>>> = Arc::default();
    let log = seen.clone();
    let answer = Arc::new(answer);
    tokio::spawn(async move {
        loop {
            let Ok((mut sock, _)) = listener.accept().await else {
                return;
            };
            let log = log.clone();
            let answer = answer.clone();
            tokio::spawn(async move {
                let mut buf = Vec::new();
                let mut chunk = [0u8; 4096];
                // The head, then as much body as it announces.
                let head_end = loop {
                    match sock.read(&mut chunk).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => buf.extend_from_slice(&chunk[..n]),
                    }
                    if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
                        break i + 4;
                    }
                    if buf.len() > 65536 {
                        return;
                    }
                };
                let head = String::from_utf8_lossy(&buf[..head_end]).to_string();
                let mut lines = head.lines();
                let mut first = lines.next().unwrap_or_default().split(' ');
                let mut s = Seen {
                    method: first.next().unwrap_or_default().to_owned(),
                    target: first.next().unwrap_or_default().to_owned(),
                    authorization: None,
                };
                let mut length = 0usize;
                for l in lines {
                    if let Some((k, v)) = l.split_once(':') {
                        if k.eq_ignore_ascii_case("authorization") {
                            s.authorization = Some(v.trim().to_owned());
                        }
                        if k.eq_ignore_ascii_case("content-length") {
                            length = v.trim().parse().unwrap_or(0);
                        }
                    }
                }
                while buf.len() < head_end + length {
                    match sock.read(&mut chunk).await {
                        Ok(0) | Err(_) => break,
                        Ok(n) => buf.extend_from_slice(&chunk[..n]),
                    }
                }
                let n = {
                    let mut l = log.lock().unwrap();
                    l.push(s.clone());
                    l.len() - 1
                };
                let resp = answer(&s, n);
                let _ = sock.write_all(&resp).await;
                let _ = sock.shutdown().await;
            });
        }
    });
    FakeHub { port, seen }
}
