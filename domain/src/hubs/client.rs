//! A typed client for the JupyterHub REST API (`/hub/api`), as JupyterHub 4 to 6 behave
//! (see shared/reference/jupyterhub-api.md): token auth, 409 for "already exists", 403 for a
//! bad token or a missing scope, `{"status", "message"}` error bodies, paginated lists.
//!
//! Transient failures (connection refused or reset, timeouts, 5xx, 429) are retried a few
//! times with exponential backoff and jitter, honouring `Retry-After`; token and scope
//! problems and other 4xx answers are not. A request that failed in transit may still have
//! reached the hub, so creations treat "already exists" as success: every call is safe to
//! repeat.
use super::{
    network::{self, HubNetwork},
    secret::HubToken,
};
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

/// What went wrong talking to a hub. Every text here is fixed: nothing the hub (or whatever
/// answers at its address) wrote is kept, so a registered address cannot be used to read
/// another server's answers through the hub pages.
#[derive(Debug, thiserror::Error, Clone, PartialEq)]
pub enum HubError {
    #[error("the hub cannot be reached ({0})")]
    Unreachable(&'static str),
    #[error("the hub did not answer in time")]
    Timeout,
    /// The address is loopback, private or link-local and `ACADEMY_HUB_NETWORK` does not
    /// allow it, or it is not https.
    #[error("the hub's address is not one the academy may connect to")]
    Blocked,
    /// A 3xx: redirects are never followed (they could lead anywhere).
    #[error("the hub answered with a redirect (HTTP {status})")]
    Redirected { status: u16 },
    /// 401 or 403: the token is wrong, or lacks a scope. Retrying cannot help.
    #[error("the hub refused the token (HTTP {status})")]
    Auth { status: u16 },
    /// Any other 4xx: the request itself was refused.
    #[error("the hub refused the request (HTTP {status})")]
    Rejected { status: u16 },
    /// 5xx (or 429) after every retry.
    #[error("the hub failed (HTTP {status})")]
    Server { status: u16 },
    #[error("the hub's answer is larger than the academy accepts")]
    TooLarge,
    #[error("unexpected answer from the hub ({0})")]
    Protocol(&'static str),
    /// The stored token does not open for this hub and address (the address moved to
    /// another origin, the secret key changed, or it was sealed before tokens were bound).
    #[error("the stored token must be entered again")]
    TokenSealed,
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
            HubError::Blocked => "hub-error-blocked",
            HubError::Redirected { .. } => "hub-error-redirect",
            HubError::Auth { .. } => "hub-error-token",
            HubError::Rejected { .. } => "hub-error-rejected",
            HubError::Server { .. } => "hub-error-server",
            HubError::TooLarge | HubError::Protocol(_) => "hub-error-protocol",
            HubError::TokenSealed => "hub-error-token-again",
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

/// The most of one answer the client reads; a hub's largest answer (a page of 200 users with
/// their groups) is far smaller.
pub const MAX_BODY: usize = 1024 * 1024;
/// The most pages one listing follows (200 items each), whatever the hub says comes next.
pub const MAX_PAGES: usize = 500;

/// One answer from the hub: its status and body.
struct Answer {
    status: StatusCode,
    body: Vec<u8>,
}

impl Answer {
    /// The hub's own message, for the client's decisions only: it is never shown or stored.
    fn message(&self) -> String {
        serde_json::from_slice::<ErrorBody>(&self.body)
            .ok()
            .and_then(|b| b.message)
            .unwrap_or_default()
    }

    fn json<T: DeserializeOwned>(&self) -> Result<T, HubError> {
        // serde's error text can quote the body: a fixed text instead.
        serde_json::from_slice(&self.body).map_err(|_| HubError::Protocol("not the JSON expected"))
    }

    /// The usual mapping of a status that the call did not expect.
    fn error(&self) -> HubError {
        let status = self.status.as_u16();
        match status {
            300..=399 => HubError::Redirected { status },
            401 | 403 => HubError::Auth { status },
            400..=499 => HubError::Rejected { status },
            500..=599 => HubError::Server { status },
            _ => HubError::Protocol("an unexpected status"),
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

/// The hub's API root (`…/hub/api/`) from its normalized address (see
/// [`network::hub_address`]): built from path segments, so nothing in the address can
/// choose another path, query or fragment.
pub fn api_root(base: &url::Url) -> url::Url {
    let mut u = base.clone();
    u.set_query(None);
    u.set_fragment(None);
    let _ = u.set_username("");
    let _ = u.set_password(None);
    let kept: Vec<String> = u
        .path_segments()
        .map(|s| s.filter(|p| !p.is_empty()).map(str::to_owned).collect())
        .unwrap_or_default();
    let kept = match kept.last().map(String::as_str) {
        Some("hub") => &kept[..kept.len() - 1],
        _ => &kept[..],
    };
    if let Ok(mut p) = u.path_segments_mut() {
        p.clear();
        p.extend(kept);
        p.extend(["hub", "api", ""]);
    }
    u
}

/// Where people open the hub: `…/hub/`.
pub fn hub_home(base: &url::Url) -> url::Url {
    let mut u = api_root(base);
    if let Ok(mut p) = u.path_segments_mut() {
        p.pop_if_empty().pop().push("");
    }
    u
}

impl HubClient {
    /// A client for the hub at `base_url` (any form people paste); refuses addresses the
    /// network policy does not allow before any connection is made.
    pub fn new(
        base_url: &str,
        token: HubToken,
        network: HubNetwork,
    ) -> Result<HubClient, HubError> {
        let base = network::hub_address(base_url, network).map_err(|_| HubError::Blocked)?;
        let api = api_root(&base);
        let http = reqwest::Client::builder()
            .connect_timeout(Duration::from_secs(5))
            .timeout(Duration::from_secs(20))
            .pool_idle_timeout(Duration::from_secs(30))
            .user_agent(concat!("catalyst-academy/", env!("CARGO_PKG_VERSION")))
            // A redirect could lead anywhere, past the address check.
            .redirect(reqwest::redirect::Policy::none())
            // A proxy would resolve the name itself, out of the resolver's sight.
            .no_proxy()
            .dns_resolver(std::sync::Arc::new(network::CheckedResolver(network)))
            .https_only(network < HubNetwork::Loopback)
            .build()
            .map_err(|_| HubError::Unreachable("no HTTP client"))?;
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
                    let body = match read_capped(resp).await {
                        Ok(b) => b,
                        Err(e @ HubError::TooLarge) => return Err(e),
                        Err(e) => {
                            last = e;
                            self.pause(attempt, None).await;
                            continue;
                        }
                    };
                    let answer = Answer { status, body };
                    if status.is_server_error() || status == StatusCode::TOO_MANY_REQUESTS {
                        last = HubError::Server {
                            status: status.as_u16(),
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
        Err(HubError::Protocol("a group vanished while adding members"))
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

    /// Every item of a paginated list. The hub says whether more follow; the client asks
    /// for them by offset, never follows a link elsewhere, and stops after `MAX_PAGES`.
    async fn list<T: DeserializeOwned>(&self, what: &str) -> Result<Vec<T>, HubError> {
        let mut out = Vec::new();
        let mut offset = 0usize;
        for _ in 0..MAX_PAGES {
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
            let next = match page.pagination.next {
                None | Some(Value::Null) => return Ok(out),
                Some(next) => next,
            };
            if let Some(link) = next.get("url").and_then(Value::as_str) {
                let same = url::Url::parse(link).is_ok_and(|l| l.origin() == self.api.origin());
                if !same {
                    return Err(HubError::Protocol("the next page is at another address"));
                }
            }
            if n == 0 {
                return Ok(out);
            }
            offset += n;
        }
        Err(HubError::Protocol("more pages than the academy reads"))
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

/// Reads an answer's body, refusing one over `MAX_BODY` (announced or streamed).
async fn read_capped(mut resp: reqwest::Response) -> Result<Vec<u8>, HubError> {
    if resp.content_length().is_some_and(|n| n > MAX_BODY as u64) {
        return Err(HubError::TooLarge);
    }
    let mut body = Vec::new();
    while let Some(chunk) = resp.chunk().await.map_err(|e| transport_error(&e))? {
        if body.len() + chunk.len() > MAX_BODY {
            return Err(HubError::TooLarge);
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

/// A fixed description of a failure in transit: the innermost cause says what happened, but
/// its text is not kept (a TLS or protocol error can quote what the other side sent).
fn transport_error(e: &reqwest::Error) -> HubError {
    if e.is_timeout() {
        return HubError::Timeout;
    }
    let mut cause: &(dyn std::error::Error + 'static) = e;
    loop {
        if cause.is::<network::Blocked>() {
            return HubError::Blocked;
        }
        if let Some(io) = cause.downcast_ref::<std::io::Error>() {
            // A wrapped error is looked into (`source` would skip it).
            if let Some(inner) = io.get_ref() {
                if inner.is::<network::Blocked>() {
                    return HubError::Blocked;
                }
                if let Some(next) = inner.source() {
                    cause = next;
                    continue;
                }
            }
            use std::io::ErrorKind as K;
            return HubError::Unreachable(match io.kind() {
                K::ConnectionRefused => "connection refused",
                K::ConnectionReset | K::ConnectionAborted | K::BrokenPipe => "connection reset",
                K::TimedOut => "timed out",
                K::NotFound => "name not found",
                _ => "network error",
            });
        }
        match cause.source() {
            Some(next) => cause = next,
            None => break,
        }
    }
    if e.is_connect() {
        HubError::Unreachable("cannot connect")
    } else {
        HubError::Unreachable("connection failed")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base(s: &str) -> url::Url {
        url::Url::parse(s).unwrap()
    }

    #[test]
    fn api_root_accepts_the_forms_people_paste() {
        for b in [
            "https://hub.example.org",
            "https://hub.example.org/",
            "https://hub.example.org/hub",
            "https://hub.example.org/hub/",
        ] {
            assert_eq!(
                api_root(&base(b)).as_str(),
                "https://hub.example.org/hub/api/"
            );
        }
        assert_eq!(
            api_root(&base("https://example.org/catalyst/")).as_str(),
            "https://example.org/catalyst/hub/api/"
        );
        assert_eq!(
            hub_home(&base("https://example.org/catalyst/hub")).as_str(),
            "https://example.org/catalyst/hub/"
        );
    }

    #[test]
    fn nothing_in_the_address_chooses_the_path() {
        // A query or fragment in the address used to swallow the API path built after it.
        for b in [
            "https://hub.example.org/?x=",
            "https://hub.example.org/#",
            "https://user:pw@hub.example.org/hub?next=/admin#frag",
        ] {
            assert_eq!(
                api_root(&base(b)).as_str(),
                "https://hub.example.org/hub/api/",
                "{b}"
            );
        }
    }

    #[test]
    fn names_are_percent_encoded_as_one_segment() {
        let c = HubClient::new(
            "http://127.0.0.1:1",
            HubToken::new("t0123456789"),
            HubNetwork::Loopback,
        )
        .unwrap();
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
        assert!(HubError::Unreachable("connection refused").is_transient());
        assert!(HubError::Server { status: 502 }.is_transient());
        assert!(!HubError::Auth { status: 403 }.is_transient());
        assert!(!HubError::Rejected { status: 400 }.is_transient());
        assert!(!HubError::Blocked.is_transient());
        assert!(!HubError::Redirected { status: 302 }.is_transient());
    }
}
