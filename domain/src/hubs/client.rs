//! A typed client for the JupyterHub REST API (`/hub/api`), as JupyterHub 4 to 6 behave
//! (see shared/reference/jupyterhub-api.md): token auth, 409 for "already exists", 403 for a
//! bad token or a missing scope, `{"status", "message"}` error bodies, paginated lists.
//!
//! Transient failures (connection refused or reset, timeouts, 5xx, 429) are retried a few
//! times with exponential backoff and jitter, honouring `Retry-After`; token and scope
//! problems and other 4xx answers are not. A request that failed in transit may still have
//! reached the hub, so creations treat "already exists" as success: every call is safe to
//! repeat.
use super::secret::HubToken;
use rand::Rng;
use reqwest::{Method, StatusCode};
use serde::{de::DeserializeOwned, Deserialize};
use serde_json::{json, Value};
use std::time::Duration;

#[derive(Clone, Copy, Debug)]
pub struct RetryPolicy {
    /// Tries in all, the first included.
    pub attempts: u32,
    pub base_delay: Duration,
    pub max_delay: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            attempts: 4,
            base_delay: Duration::from_millis(300),
            max_delay: Duration::from_secs(10),
        }
    }
}

impl RetryPolicy {
    /// Full jitter: a random delay up to the exponential bound, so many clients retrying a
    /// hub that comes back do not arrive in step.
    fn delay(&self, attempt: u32, retry_after: Option<Duration>) -> Duration {
        if let Some(ra) = retry_after {
            return ra.min(self.max_delay);
        }
        let bound = self
            .base_delay
            .saturating_mul(1u32 << attempt.min(16))
            .min(self.max_delay);
        let ms = bound.as_millis().max(1) as u64;
        Duration::from_millis(rand::thread_rng().gen_range(ms / 2..=ms))
    }
}

#[derive(Debug, thiserror::Error, Clone, PartialEq)]
pub enum HubError {
    #[error("the hub cannot be reached: {0}")]
    Unreachable(String),
    #[error("the hub did not answer in time")]
    Timeout,
    /// 401 or 403: the token is wrong, or lacks a scope. Retrying cannot help.
    #[error("the hub refused the token ({status}): {message}")]
    Auth { status: u16, message: String },
    /// Any other 4xx: the request itself was refused.
    #[error("the hub refused the request ({status}): {message}")]
    Rejected { status: u16, message: String },
    /// 5xx (or 429) after every retry.
    #[error("the hub failed ({status}): {message}")]
    Server { status: u16, message: String },
    #[error("unexpected answer from the hub: {0}")]
    Protocol(String),
}

impl HubError {
    /// Worth trying again later (the hub is down or overloaded).
    pub fn is_transient(&self) -> bool {
        matches!(
            self,
            HubError::Unreachable(_) | HubError::Timeout | HubError::Server { .. }
        )
    }

    /// The Fluent id of a plain-language explanation for the person concerned.
    pub fn message_key(&self) -> &'static str {
        match self {
            HubError::Unreachable(_) | HubError::Timeout => "hub-error-unreachable",
            HubError::Auth { .. } => "hub-error-token",
            HubError::Rejected { .. } => "hub-error-rejected",
            HubError::Server { .. } => "hub-error-server",
            HubError::Protocol(_) => "hub-error-protocol",
        }
    }
}

/// Whether a create call made something or found it there already (both are success).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Created {
    New,
    Existed,
}

#[derive(Clone, Debug, Deserialize)]
pub struct Identity {
    pub kind: String,
    pub name: String,
    #[serde(default)]
    pub scopes: Vec<String>,
}

#[derive(Clone, Debug, Deserialize)]
pub struct ClassInfo {
    pub class: String,
}

#[derive(Clone, Debug, Deserialize)]
pub struct HubInfo {
    pub version: String,
    pub authenticator: Option<ClassInfo>,
    pub spawner: Option<ClassInfo>,
}

#[derive(Clone, Debug, Deserialize)]
pub struct HubUser {
    pub name: String,
    #[serde(default)]
    pub groups: Vec<String>,
    #[serde(default)]
    pub admin: bool,
}

#[derive(Clone, Debug, Deserialize)]
pub struct HubGroup {
    pub name: String,
    #[serde(default)]
    pub users: Vec<String>,
}

#[derive(Deserialize)]
struct Page<T> {
    items: Vec<T>,
    #[serde(rename = "_pagination")]
    pagination: Pagination,
}

#[derive(Deserialize)]
struct Pagination {
    next: Option<Value>,
}

#[derive(Deserialize)]
struct ErrorBody {
    message: Option<String>,
}

/// One answer from the hub: its status and body.
struct Answer {
    status: StatusCode,
    body: Vec<u8>,
}

impl Answer {
    fn message(&self) -> String {
        serde_json::from_slice::<ErrorBody>(&self.body)
            .ok()
            .and_then(|b| b.message)
            .unwrap_or_else(|| self.status.canonical_reason().unwrap_or("").to_owned())
    }

    fn json<T: DeserializeOwned>(&self) -> Result<T, HubError> {
        serde_json::from_slice(&self.body).map_err(|e| HubError::Protocol(e.to_string()))
    }

    /// The usual mapping of a status that the call did not expect.
    fn error(&self) -> HubError {
        let status = self.status.as_u16();
        let message = self.message();
        match status {
            401 | 403 => HubError::Auth { status, message },
            400..=499 => HubError::Rejected { status, message },
            _ => HubError::Server { status, message },
        }
    }
}

#[derive(Clone)]
pub struct HubClient {
    http: reqwest::Client,
    api: url::Url,
    token: HubToken,
    retry: RetryPolicy,
}

impl std::fmt::Debug for HubClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HubClient")
            .field("api", &self.api.as_str())
            .finish()
    }
}

/// The hub's API root from the address people open, with or without a trailing slash or a
/// `/hub/` suffix.
pub fn api_root(base_url: &str) -> Result<url::Url, url::ParseError> {
    let trimmed = base_url.trim().trim_end_matches('/');
    let trimmed = trimmed.strip_suffix("/hub").unwrap_or(trimmed);
    url::Url::parse(&format!("{trimmed}/hub/api/"))
}

impl HubClient {
    pub fn new(base_url: &str, token: HubToken) -> Result<HubClient, HubError> {
        let api = api_root(base_url).map_err(|e| HubError::Unreachable(e.to_string()))?;
        let http = reqwest::Client::builder()
            .connect_timeout(Duration::from_secs(5))
            .timeout(Duration::from_secs(20))
            .pool_idle_timeout(Duration::from_secs(30))
            .user_agent(concat!("catalyst-academy/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| HubError::Unreachable(e.to_string()))?;
        Ok(HubClient {
            http,
            api,
            token,
            retry: RetryPolicy::default(),
        })
    }

    pub fn with_retry(mut self, retry: RetryPolicy) -> Self {
        self.retry = retry;
        self
    }

    fn url(&self, segments: &[&str]) -> url::Url {
        let mut u = self.api.clone();
        {
            // Each segment is percent-encoded (UTF-8), so names with spaces or accents and
            // names such as ".." cannot change the path.
            let mut p = u.path_segments_mut().expect("http URL");
            p.pop_if_empty();
            p.extend(segments);
        }
        u
    }

    /// Sends one request, retrying transient failures; any final status is returned as is.
    async fn send(
        &self,
        method: Method,
        url: url::Url,
        body: Option<&Value>,
        paginated: bool,
    ) -> Result<Answer, HubError> {
        let mut last = HubError::Timeout;
        for attempt in 0..self.retry.attempts.max(1) {
            let mut req = self
                .http
                .request(method.clone(), url.clone())
                .header("Authorization", format!("token {}", self.token.expose()));
            if paginated {
                req = req.header("Accept", "application/jupyterhub-pagination+json");
            }
            if let Some(b) = body {
                req = req.json(b);
            }
            let mut retry_after = None;
            match req.send().await {
                Ok(resp) => {
                    let status = resp.status();
                    retry_after = resp
                        .headers()
                        .get(reqwest::header::RETRY_AFTER)
                        .and_then(|v| v.to_str().ok())
                        .and_then(|v| v.trim().parse::<u64>().ok())
                        .map(Duration::from_secs);
                    let body = match resp.bytes().await {
                        Ok(b) => b.to_vec(),
                        Err(e) => {
                            last = transport_error(&e);
                            self.pause(attempt, None).await;
                            continue;
                        }
                    };
                    let answer = Answer { status, body };
                    if status.is_server_error() || status == StatusCode::TOO_MANY_REQUESTS {
                        last = HubError::Server {
                            status: status.as_u16(),
                            message: answer.message(),
                        };
                    } else {
                        return Ok(answer);
                    }
                }
                Err(e) => last = transport_error(&e),
            }
            self.pause(attempt, retry_after).await;
        }
        Err(last)
    }

    async fn pause(&self, attempt: u32, retry_after: Option<Duration>) {
        if attempt + 1 < self.retry.attempts {
            tokio::time::sleep(self.retry.delay(attempt, retry_after)).await;
        }
    }

    /// `GET /hub/api/`: the hub's version; needs no token, so it tells whether the URL is right.
    pub async fn version(&self) -> Result<String, HubError> {
        #[derive(Deserialize)]
        struct V {
            version: String,
        }
        let a = self
            .send(Method::GET, self.api.clone(), None, false)
            .await?;
        if !a.status.is_success() {
            return Err(a.error());
        }
        Ok(a.json::<V>()?.version)
    }

    /// `GET /user`: who the token belongs to and its (expanded) scopes.
    pub async fn whoami(&self) -> Result<Identity, HubError> {
        let a = self
            .send(Method::GET, self.url(&["user"]), None, false)
            .await?;
        if !a.status.is_success() {
            return Err(a.error());
        }
        a.json()
    }

    /// `GET /info` (scope `read:hub`): versions and the authenticator class.
    pub async fn info(&self) -> Result<HubInfo, HubError> {
        let a = self
            .send(Method::GET, self.url(&["info"]), None, false)
            .await?;
        if !a.status.is_success() {
            return Err(a.error());
        }
        a.json()
    }

    pub async fn get_user(&self, name: &str) -> Result<Option<HubUser>, HubError> {
        let a = self
            .send(Method::GET, self.url(&["users", name]), None, false)
            .await?;
        match a.status {
            s if s.is_success() => a.json().map(Some),
            StatusCode::NOT_FOUND => Ok(None),
            _ => Err(a.error()),
        }
    }

    /// Creates one user; "already exists" (409) is success. The name must be normalized
    /// first: this endpoint does not lowercase.
    pub async fn create_user(&self, name: &str) -> Result<Created, HubError> {
        let a = self
            .send(Method::POST, self.url(&["users", name]), None, false)
            .await?;
        match a.status {
            StatusCode::CREATED | StatusCode::OK => Ok(Created::New),
            StatusCode::CONFLICT => Ok(Created::Existed),
            _ => Err(a.error()),
        }
    }

    /// Creates many users in one request; returns the names that were new. Existing users are
    /// skipped by the hub; the whole request fails (nothing created) if one name is invalid.
    pub async fn create_users(&self, names: &[String]) -> Result<Vec<String>, HubError> {
        if names.is_empty() {
            return Ok(vec![]);
        }
        let a = self
            .send(
                Method::POST,
                self.url(&["users"]),
                Some(&json!({ "usernames": names })),
                false,
            )
            .await?;
        match a.status {
            StatusCode::CREATED | StatusCode::OK => Ok(a
                .json::<Vec<HubUser>>()?
                .into_iter()
                .map(|u| u.name)
                .collect()),
            StatusCode::CONFLICT => Ok(vec![]),
            _ => Err(a.error()),
        }
    }

    /// Deletes a user (their files stay where the spawner keeps them). False when there was
    /// no such user.
    pub async fn delete_user(&self, name: &str) -> Result<bool, HubError> {
        let a = self
            .send(Method::DELETE, self.url(&["users", name]), None, false)
            .await?;
        match a.status {
            s if s.is_success() => Ok(true),
            StatusCode::NOT_FOUND => Ok(false),
            _ => Err(a.error()),
        }
    }

    /// Stops the user's default server (scope `servers` or `delete:servers`). False when there
    /// is no such user.
    pub async fn stop_server(&self, name: &str) -> Result<bool, HubError> {
        let a = self
            .send(
                Method::DELETE,
                self.url(&["users", name, "server"]),
                None,
                false,
            )
            .await?;
        match a.status {
            s if s.is_success() => Ok(true),
            StatusCode::NOT_FOUND => Ok(false),
            _ => Err(a.error()),
        }
    }

    pub async fn create_group(&self, group: &str) -> Result<Created, HubError> {
        let a = self
            .send(Method::POST, self.url(&["groups", group]), None, false)
            .await?;
        match a.status {
            StatusCode::CREATED | StatusCode::OK => Ok(Created::New),
            StatusCode::CONFLICT => Ok(Created::Existed),
            _ => Err(a.error()),
        }
    }

    /// Adds users to a group, creating the group when the hub does not have it yet.
    /// Idempotent: adding a member twice changes nothing.
    pub async fn add_to_group(&self, group: &str, users: &[String]) -> Result<(), HubError> {
        let body = json!({ "users": users });
        for _ in 0..2 {
            let a = self
                .send(
                    Method::POST,
                    self.url(&["groups", group, "users"]),
                    Some(&body),
                    false,
                )
                .await?;
            match a.status {
                s if s.is_success() => return Ok(()),
                StatusCode::NOT_FOUND => {
                    self.create_group(group).await?;
                }
                _ => return Err(a.error()),
            }
        }
        Err(HubError::Protocol(format!(
            "group {group} vanished while adding members"
        )))
    }

    /// Removes users from a group. A missing group or user counts as removed.
    pub async fn remove_from_group(&self, group: &str, users: &[String]) -> Result<(), HubError> {
        let a = self
            .send(
                Method::DELETE,
                self.url(&["groups", group, "users"]),
                Some(&json!({ "users": users })),
                false,
            )
            .await?;
        match a.status {
            s if s.is_success() => Ok(()),
            StatusCode::NOT_FOUND => Ok(()),
            StatusCode::BAD_REQUEST if a.message().starts_with("No such user") => Ok(()),
            _ => Err(a.error()),
        }
    }

    async fn list<T: DeserializeOwned>(&self, what: &str) -> Result<Vec<T>, HubError> {
        let mut out = Vec::new();
        let mut offset = 0usize;
        loop {
            let mut url = self.url(&[what]);
            url.query_pairs_mut()
                .append_pair("offset", &offset.to_string())
                .append_pair("limit", "200");
            let a = self.send(Method::GET, url, None, true).await?;
            if !a.status.is_success() {
                return Err(a.error());
            }
            let page: Page<T> = a.json()?;
            let n = page.items.len();
            out.extend(page.items);
            if page.pagination.next.is_none_or(|n| n.is_null()) || n == 0 {
                return Ok(out);
            }
            offset += n;
        }
    }

    /// Every user of the hub (scope `list:users`), across pages.
    pub async fn list_users(&self) -> Result<Vec<HubUser>, HubError> {
        self.list("users").await
    }

    /// Every group with its members (scope `list:groups`), across pages.
    pub async fn list_groups(&self) -> Result<Vec<HubGroup>, HubError> {
        self.list("groups").await
    }
}

fn transport_error(e: &reqwest::Error) -> HubError {
    if e.is_timeout() {
        return HubError::Timeout;
    }
    // The innermost cause says what happened ("Connection refused"); reqwest's own text
    // repeats the URL, which the page already shows.
    let mut cause: &dyn std::error::Error = e;
    while let Some(next) = cause.source() {
        cause = next;
    }
    HubError::Unreachable(cause.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn api_root_accepts_the_forms_people_paste() {
        for base in [
            "https://hub.example.org",
            "https://hub.example.org/",
            "https://hub.example.org/hub",
            "https://hub.example.org/hub/",
        ] {
            assert_eq!(
                api_root(base).unwrap().as_str(),
                "https://hub.example.org/hub/api/"
            );
        }
        assert_eq!(
            api_root("https://example.org/catalyst/").unwrap().as_str(),
            "https://example.org/catalyst/hub/api/"
        );
    }

    #[test]
    fn names_are_percent_encoded_as_one_segment() {
        let c = HubClient::new("http://127.0.0.1:1", HubToken::new("t0123456789")).unwrap();
        assert_eq!(
            c.url(&["users", "maría josé"]).as_str(),
            "http://127.0.0.1:1/hub/api/users/mar%C3%ADa%20jos%C3%A9"
        );
        assert_eq!(
            c.url(&["users", "a/b"]).as_str(),
            "http://127.0.0.1:1/hub/api/users/a%2Fb"
        );
    }

    #[test]
    fn delays_grow_and_honour_retry_after() {
        let p = RetryPolicy::default();
        assert!(p.delay(0, None) <= Duration::from_millis(300));
        assert!(p.delay(3, None) >= Duration::from_millis(1200));
        assert!(p.delay(20, None) <= p.max_delay);
        assert_eq!(
            p.delay(0, Some(Duration::from_secs(2))),
            Duration::from_secs(2)
        );
        assert_eq!(p.delay(0, Some(Duration::from_secs(600))), p.max_delay);
    }

    #[test]
    fn only_outages_are_transient() {
        assert!(HubError::Unreachable("refused".into()).is_transient());
        assert!(HubError::Server {
            status: 502,
            message: String::new()
        }
        .is_transient());
        assert!(!HubError::Auth {
            status: 403,
            message: String::new()
        }
        .is_transient());
        assert!(!HubError::Rejected {
            status: 400,
            message: String::new()
        }
        .is_transient());
    }
}
