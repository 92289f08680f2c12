//! What the server knows about the request being handled: who is signed in, in which
//! language, the CSRF token for forms and the flash from the previous redirect. The axum
//! middleware in `server` builds it and puts it in the request's extensions.
use crate::flash::Flash;
use domain::{accounts::CurrentUser, i18n::Locale, AppState};
use std::sync::Arc;

#[derive(Clone)]
pub struct RequestCtx {
    pub state: AppState,
    pub user: Option<CurrentUser>,
    pub locale: Locale,
    pub csrf_token: String,
    pub flash: Flash,
    pub client_ip: String,
    pub session_token: Option<String>,
    pub path: String,
}

/// The current request's context. Panics only if the server was wired without the
/// middleware, which the integration tests would show at once.
pub fn req() -> Arc<RequestCtx> {
    try_req().expect("RequestCtx middleware installed")
}

/// None outside a request (Leptos walks the routes once at start-up to list them).
pub fn try_req() -> Option<Arc<RequestCtx>> {
    if let Some(c) = leptos::prelude::use_context::<Arc<RequestCtx>>() {
        return Some(c);
    }
    let parts = leptos::prelude::use_context::<http::request::Parts>()?;
    parts.extensions.get::<Arc<RequestCtx>>().cloned()
}

/// Wakes this process's job worker so a just-queued mail leaves now rather than at the next
/// poll. Other instances pick it up at their next poll.
pub fn wake_workers() {
    use domain::jobs::worker::wake;
    if let Some(w) = leptos::prelude::use_context::<Arc<tokio::sync::Notify>>() {
        wake(&w);
    } else if let Some(parts) = leptos::prelude::use_context::<http::request::Parts>() {
        if let Some(w) = parts.extensions.get::<Arc<tokio::sync::Notify>>() {
            wake(w);
        }
    }
}
