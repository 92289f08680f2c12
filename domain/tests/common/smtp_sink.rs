//! A minimal SMTP server for tests: speaks enough of RFC 5321 for lettre and keeps every
//! message it receives. A real SMTP conversation over TCP, nothing mocked.
#![allow(dead_code)]
use std::sync::{Arc, Mutex};
use tokio::{
    io::{AsyncBufReadExt, AsyncWriteExt, BufReader},
    net::TcpListener,
};

#[derive(Clone, Debug, Default)]
pub struct Received {
    pub from: String,
    pub to: Vec<String>,
    pub data: String,
}

pub struct SmtpSink {
    pub port: u16,
    pub messages: Arc<Mutex<Vec<Received>>>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl SmtpSink {
    pub async fn start_on(port: u16) -> SmtpSink {
        let listener = TcpListener::bind(("127.0.0.1", port)).await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let messages = Arc::new(Mutex::new(vec![]));
        let store = messages.clone();
        let task = tokio::spawn(async move {
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    return;
                };
                let store = store.clone();
                tokio::spawn(async move {
                    let (r, mut w) = stream.into_split();
                    let mut lines = BufReader::new(r).lines();
                    let _ = w.write_all(b"220 sink.test ESMTP\r\n").await;
                    let mut current = Received::default();
                    while let Ok(Some(line)) = lines.next_line().await {
                        let upper = line.to_ascii_uppercase();
                        let reply: &[u8] = if upper.starts_with("EHLO") {
                            b"250-sink.test\r\n250 8BITMIME\r\n"
                        } else if upper.starts_with("HELO") {
                            b"250 sink.test\r\n"
                        } else if upper.starts_with("MAIL FROM:") {
                            current = Received {
                                from: line[10..].trim().to_owned(),
                                ..Default::default()
                            };
                            b"250 OK\r\n"
                        } else if upper.starts_with("RCPT TO:") {
                            current
                                .to
                                .push(line[8..].trim().trim_matches(['<', '>']).to_owned());
                            b"250 OK\r\n"
                        } else if upper == "DATA" {
                            let _ = w.write_all(b"354 go ahead\r\n").await;
                            let mut data = String::new();
                            while let Ok(Some(l)) = lines.next_line().await {
                                if l == "." {
                                    break;
                                }
                                data.push_str(&l);
                                data.push('\n');
                            }
                            current.data = data;
                            store.lock().unwrap().push(std::mem::take(&mut current));
                            b"250 queued\r\n"
                        } else if upper == "QUIT" {
                            let _ = w.write_all(b"221 bye\r\n").await;
                            return;
                        } else if upper == "RSET" || upper == "NOOP" {
                            b"250 OK\r\n"
                        } else {
                            b"502 not implemented\r\n"
                        };
                        if w.write_all(reply).await.is_err() {
                            return;
                        }
                    }
                });
            }
        });
        SmtpSink {
            port,
            messages,
            task,
        }
    }

    pub fn received(&self) -> Vec<Received> {
        self.messages.lock().unwrap().clone()
    }
}

/// A port where nothing listens (for "SMTP server down").
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}
