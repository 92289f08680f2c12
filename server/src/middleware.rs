//! Per-request plumbing in front of every route: who is signed in, which language, the CSRF
//! check for every state-changing request, the flash, and the security headers.
use app::{
    accounts::actions::{LANG_COOKIE, SESSION_COOKIE},
    flash,
    server_ctx::RequestCtx,
};
use axum::{
    body::Body,
    extract::{ConnectInfo, Request, State},
    middleware::Next,
    response::{IntoResponse, Response},
};
use domain::text::escape_html as escape;
use domain::{
    accounts::sessions,
    i18n::{negotiate, Locale},
    security, AppState,
};
use http::{header, HeaderValue, Method, StatusCode};
use std::{net::SocketAddr, sync::Arc};

pub const CSRF_COOKIE: &str = "academy_csrf";
/// Over https the CSRF cookie carries the `__Host-` prefix: browsers then refuse it unless it
/// was set by this very host over https for the whole site, so a sibling subdomain or a
/// plain-http man in the middle cannot plant a token of its own.
pub const CSRF_COOKIE_HTTPS: &str = "__Host-academy_csrf";

pub fn csrf_cookie_name(state: &AppState) -> &'static str {
    if state.config.secure_cookies() {
        CSRF_COOKIE_HTTPS
    } else {
        CSRF_COOKIE
    }
}
pub const CSRF_FIELD: &str = "csrf";
pub const CSRF_HEADER: &str = "x-csrf-token";
const MAX_FORM_BYTES: usize = 1024 * 1024;

#[derive(Clone)]
pub struct MiddlewareState {
    pub app: AppState,
    pub wake: Arc<tokio::sync::Notify>,
}

fn cookies(req: &Request) -> Vec<(String, String)> {
    req.headers()
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|c| {
            c.trim()
                .split_once('=')
                .map(|(k, v)| (k.to_owned(), v.to_owned()))
        })
        .collect()
}

fn is_static(path: &str) -> bool {
    path.starts_with("/pkg/")
        || path == "/islands.js"
        || path == "/enhance.js"
        || path == "/favicon.svg"
        || path == "/healthz"
}

pub async fn request_context(
    State(ms): State<MiddlewareState>,
    req: Request,
    next: Next,
) -> Response {
    if is_static(req.uri().path()) {
        return next.run(req).await;
    }
    let state = &ms.app;
    let jar = cookies(&req);
    let cookie = |name: &str| {
        jar.iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .filter(|v| !v.is_empty())
    };

    // The CSRF cookie: random, HttpOnly; forms carry its signature.
    let csrf_name = csrf_cookie_name(state);
    let (csrf_cookie, new_csrf) = match cookie(csrf_name) {
        Some(c) if c.len() >= 32 => (c, false),
        _ => (security::random_token(), true),
    };
    let csrf_token = security::csrf_token(&state.config.secret_key.0, &csrf_cookie);

    let mut req = req;
    if !matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS) {
        match check_csrf(req, state, &csrf_cookie, new_csrf).await {
            Ok(r) => req = r,
            Err(()) => return csrf_refused(state, &jar, &csrf_cookie, new_csrf),
        }
    }

    let session_token = cookie(SESSION_COOKIE);
    let user = match &session_token {
        Some(t) => match sessions::resolve(&state.db, t).await {
            Ok(u) => u,
            Err(e) => {
                tracing::error!(error = %e, "could not read the session");
                None
            }
        },
        None => None,
    };
    let locale = pick_locale(
        &req,
        user.as_ref().map(|u| u.locale),
        cookie(LANG_COOKIE).as_deref(),
        state.config.default_locale,
    );
    let had_flash = cookie(flash::COOKIE);
    let flash_value = had_flash
        .as_deref()
        .and_then(|v| flash::codec::decode(&state.config.secret_key.0, v))
        .unwrap_or_default();
    // In a block: a borrow of the request (its body is not Sync) must not live across an
    // await below.
    let client_ip = {
        let header = |name: &str| req.headers().get(name).and_then(|v| v.to_str().ok());
        req.extensions()
            .get::<ConnectInfo<SocketAddr>>()
            .map(|c| {
                state
                    .config
                    .trusted_proxies
                    .client_address(c.0.ip(), header("forwarded"), header("x-forwarded-for"))
                    .to_string()
            })
            .unwrap_or_else(|| "unknown".into())
    };
    let ctx = RequestCtx {
        state: state.clone(),
        user,
        locale,
        csrf_token,
        flash: flash_value,
        client_ip,
        session_token,
        path: req
            .uri()
            .path_and_query()
            .map(|p| p.as_str().to_owned())
            .unwrap_or_else(|| "/".into()),
    };
    req.extensions_mut().insert(Arc::new(ctx));
    req.extensions_mut().insert(ms.wake.clone());
    let mut res = next.run(req).await;

    let secure = if state.config.secure_cookies() {
        "; Secure"
    } else {
        ""
    };
    if new_csrf {
        append_cookie(&mut res, format!("{csrf_name}={csrf_cookie}; Path=/; HttpOnly; SameSite=Lax{secure}; Max-Age=31536000"));
    }
    // A flash is shown once: clear it unless this response sets a new one.
    if had_flash.is_some() && !sets_cookie(&res, flash::COOKIE) {
        append_cookie(
            &mut res,
            format!(
                "{}=; Path=/; HttpOnly; SameSite=Lax{secure}; Max-Age=0",
                flash::COOKIE
            ),
        );
    }
    res
}

fn append_cookie(res: &mut Response, value: String) {
    if let Ok(v) = HeaderValue::from_str(&value) {
        res.headers_mut().append(header::SET_COOKIE, v);
    }
}

fn sets_cookie(res: &Response, name: &str) -> bool {
    res.headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .any(|v| v.to_str().is_ok_and(|s| s.starts_with(&format!("{name}="))))
}

/// The signed-in person's choice, else the cookie, else the browser's languages, else the
/// configured default.
fn pick_locale(
    req: &Request,
    user: Option<Locale>,
    cookie: Option<&str>,
    default: Locale,
) -> Locale {
    user.or_else(|| cookie.and_then(Locale::parse))
        .or_else(|| {
            req.headers()
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(negotiate)
        })
        .unwrap_or(default)
}

/// Accepts the token from the `x-csrf-token` header (scripts), or from the `csrf` field of a
/// url-encoded form, or the `csrf` query parameter (multipart uploads). Also refuses requests
/// that the browser marks as cross-site.
async fn check_csrf(
    req: Request,
    state: &AppState,
    cookie: &str,
    new_cookie: bool,
) -> Result<Request, ()> {
    if new_cookie {
        return Err(());
    }
    if req
        .headers()
        .get("sec-fetch-site")
        .is_some_and(|v| v == "cross-site")
    {
        return Err(());
    }
    let key = &state.config.secret_key.0;
    if let Some(t) = req.headers().get(CSRF_HEADER).and_then(|v| v.to_str().ok()) {
        return if security::csrf_valid(key, cookie, t) {
            Ok(req)
        } else {
            Err(())
        };
    }
    if let Some(q) = req.uri().query() {
        if let Some((_, t)) = form_urlencoded::parse(q.as_bytes()).find(|(k, _)| k == CSRF_FIELD) {
            return if security::csrf_valid(key, cookie, &t) {
                Ok(req)
            } else {
                Err(())
            };
        }
    }
    let is_form = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
    if !is_form {
        return Err(());
    }
    let (parts, body) = req.into_parts();
    let bytes = axum::body::to_bytes(body, MAX_FORM_BYTES)
        .await
        .map_err(|_| ())?;
    let ok = form_urlencoded::parse(&bytes)
        .any(|(k, v)| k == CSRF_FIELD && security::csrf_valid(key, cookie, &v));
    if ok {
        Ok(Request::from_parts(parts, Body::from(bytes)))
    } else {
        Err(())
    }
}

/// A small page in the reader's language: the form was too old (or forged), try again.
fn csrf_refused(
    state: &AppState,
    jar: &[(String, String)],
    csrf_cookie: &str,
    new_cookie: bool,
) -> Response {
    let locale = jar
        .iter()
        .find(|(k, _)| k == LANG_COOKIE)
        .and_then(|(_, v)| Locale::parse(v))
        .unwrap_or(state.config.default_locale);
    let mut res = page_in(
        state,
        locale,
        StatusCode::FORBIDDEN,
        "csrf-title",
        "csrf-body",
    );
    if new_cookie {
        let secure = if state.config.secure_cookies() {
            "; Secure"
        } else {
            ""
        };
        let name = csrf_cookie_name(state);
        append_cookie(
            &mut res,
            format!(
                "{name}={csrf_cookie}; Path=/; HttpOnly; SameSite=Lax{secure}; Max-Age=31536000"
            ),
        );
    }
    res
}

/// A small refusal page (too large, refused) in the language the request's cookie or
/// browser asks for; used before the request context exists.
pub fn small_page(
    state: &AppState,
    req: &Request,
    status: StatusCode,
    title: &str,
    body: &str,
) -> Response {
    let jar = cookies(req);
    let cookie = jar
        .iter()
        .find(|(k, _)| k == LANG_COOKIE)
        .map(|(_, v)| v.as_str());
    let locale = pick_locale(req, None, cookie, state.config.default_locale);
    page_in(state, locale, status, title, body)
}

fn page_in(
    state: &AppState,
    locale: Locale,
    status: StatusCode,
    title: &str,
    body: &str,
) -> Response {
    let title = state.i18n.t(locale, title, &[]);
    let body = state.i18n.t(locale, body, &[]);
    let back = state.i18n.t(locale, "back-home", &[]);
    let html = format!(
        "<!DOCTYPE html><html lang=\"{}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{}</title><link rel=\"stylesheet\" href=\"/pkg/academy.css\"></head><body><main id=\"main\"><h1>{}</h1><p>{}</p><p><a href=\"/\">{}</a></p></main></body></html>",
        locale.code(), escape(&title), escape(&title), escape(&body), escape(&back)
    );
    (
        status,
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        html,
    )
        .into_response()
}

/// Headers every response carries. Scripts only from this site (no inline script), wasm
/// allowed to compile, no framing, no MIME sniffing, no referrer to other sites.
pub async fn security_headers(
    State(ms): State<MiddlewareState>,
    req: Request,
    next: Next,
) -> Response {
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    if ms.app.config.secure_cookies() {
        // Served over https: browsers keep to https for a year.
        h.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        );
    }
    let set = |h: &mut http::HeaderMap, k: &'static str, v: &'static str| {
        h.insert(k, HeaderValue::from_static(v));
    };
    if !h.contains_key("content-security-policy") {
        if let Ok(v) = HeaderValue::from_str(&app::ctx::content_security_policy(None)) {
            h.insert("content-security-policy", v);
        }
    }
    set(h, "x-content-type-options", "nosniff");
    set(h, "x-frame-options", "DENY");
    set(h, "referrer-policy", "same-origin");
    set(
        h,
        "permissions-policy",
        "camera=(), microphone=(), geolocation=()",
    );
    if !h.contains_key(header::CACHE_CONTROL) {
        set(h, "cache-control", "no-store");
    }
    h.append(
        header::VARY,
        HeaderValue::from_static("Cookie, Accept-Language"),
    );
    res
}
