//! Per-request facts that components need (language, CSRF token, who is signed in, the flash)
//! and the helpers server functions use to authorize and to finish a form post.
use crate::flash::Flash;
use serde::{Deserialize, Serialize};

/// What a page needs to know about the signed-in person.
#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq)]
pub struct Viewer {
    pub name: String,
    pub staff: bool,
    /// Mentors and staff see the grading queue in the navigation.
    pub mentor: bool,
    /// A partner lead's partnership (their institution), linked from the navigation.
    pub partnership: Option<i32>,
    /// Translators and admins see the translator workspace in the navigation.
    pub translator: bool,
}

#[cfg(feature = "ssr")]
mod imp {
    use super::*;
    use crate::server_ctx::req;

    pub fn locale_code() -> &'static str {
        req().locale.code()
    }
    pub fn csrf_token() -> String {
        req().csrf_token.clone()
    }
    pub fn flash() -> Flash {
        req().flash.clone()
    }
    pub fn viewer() -> Option<Viewer> {
        req().user.as_ref().map(|u| Viewer {
            name: u.name.clone(),
            staff: u.is_staff(),
            mentor: u.is_staff() || u.has(domain::accounts::Role::Mentor),
            partnership: domain::partners::team::own_partnership(u),
            translator: u.can(domain::accounts::Role::Translator),
        })
    }
    pub fn current_path() -> String {
        req().path.clone()
    }
}

#[cfg(not(feature = "ssr"))]
mod imp {
    use super::*;
    pub fn locale_code() -> &'static str {
        "en"
    }
    pub fn csrf_token() -> String {
        String::new()
    }
    pub fn flash() -> Flash {
        Flash::default()
    }
    pub fn viewer() -> Option<Viewer> {
        None
    }
    pub fn current_path() -> String {
        String::new()
    }
}

pub use imp::*;

/// Scripts only from this site, plus Leptos's own inline data scripts by their per-response
/// nonce; wasm may compile; no framing, no plugins, forms only to this site.
pub fn content_security_policy(nonce: Option<&str>) -> String {
    let nonce = nonce.map(|n| format!(" 'nonce-{n}'")).unwrap_or_default();
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{nonce}; style-src 'self'; img-src 'self' data:; \
         connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
    )
}

/// Helpers for server functions: thin glue between a form post and a service call.
#[cfg(feature = "ssr")]
pub mod action {
    use crate::{
        flash::{self, Flash},
        server_ctx::{req, RequestCtx},
    };
    use domain::{accounts::CurrentUser, ServiceError};
    use leptos::prelude::*;
    use leptos_axum::ResponseOptions;
    use std::sync::Arc;

    /// The signed-in person, or a redirect to the sign-in page (then `Err`).
    pub fn require_user() -> Result<(Arc<RequestCtx>, CurrentUser), ServerFnError> {
        let r = req();
        match r.user.clone() {
            Some(u) => Ok((r, u)),
            None => {
                let next = urlencode(&r.path);
                leptos_axum::redirect(&format!("/login?next={next}"));
                Err(ServerFnError::new("error-sign-in-required"))
            }
        }
    }

    /// Staff only (organizers and admins); others get 403.
    pub fn require_staff() -> Result<(Arc<RequestCtx>, CurrentUser), ServerFnError> {
        let (r, u) = require_user()?;
        if !u.is_staff() {
            forbidden();
            return Err(ServerFnError::new("error-forbidden"));
        }
        Ok((r, u))
    }

    pub fn forbidden() {
        if let Some(res) = use_context::<ResponseOptions>() {
            res.set_status(http::StatusCode::FORBIDDEN);
        }
    }

    pub fn not_found() {
        if let Some(res) = use_context::<ResponseOptions>() {
            res.set_status(http::StatusCode::NOT_FOUND);
        }
    }

    pub fn set_cookie(value: String) {
        if let Some(res) = use_context::<ResponseOptions>() {
            if let Ok(v) = http::HeaderValue::from_str(&value) {
                res.append_header(http::header::SET_COOKIE, v);
            }
        }
    }

    pub fn cookie_attrs(r: &RequestCtx, max_age: Option<i64>) -> String {
        let secure = if r.state.config.secure_cookies() {
            "; Secure"
        } else {
            ""
        };
        let age = max_age
            .map(|s| format!("; Max-Age={s}"))
            .unwrap_or_default();
        format!("Path=/; HttpOnly; SameSite=Lax{secure}{age}")
    }

    fn set_flash(r: &RequestCtx, f: &Flash) {
        let value = flash::codec::encode(&r.state.config.secret_key.0, f);
        set_cookie(format!(
            "{}={value}; {}",
            flash::COOKIE,
            cookie_attrs(r, Some(300))
        ));
    }

    /// A service error as a server function's error, with the page's status set to 403 or
    /// 404 when it is one of those.
    pub fn service_err(e: ServiceError) -> ServerFnError {
        match e {
            ServiceError::Forbidden => forbidden(),
            ServiceError::NotFound => not_found(),
            _ => {}
        }
        ServerFnError::new(e.message_key())
    }

    /// Success: a notice for the next page, and a redirect there.
    pub fn finish_ok(to: &str, notice: Option<&str>) -> Result<(), ServerFnError> {
        let r = req();
        if let Some(n) = notice {
            set_flash(
                &r,
                &Flash {
                    notice: Some(n.to_owned()),
                    ..Default::default()
                },
            );
        }
        leptos_axum::redirect(safe_local_path(to));
        Ok(())
    }

    /// Failure: back to the form with the error (localized on display) and what was typed.
    pub fn finish_err(
        back: &str,
        err: ServiceError,
        values: &[(&str, &str)],
    ) -> Result<(), ServerFnError> {
        let r = req();
        match &err {
            ServiceError::Db(e) => tracing::error!(error = %e, path = %r.path, "request failed"),
            ServiceError::Internal(e) => {
                tracing::error!(error = %e, path = %r.path, "request failed")
            }
            _ => {}
        }
        let f = Flash {
            notice: None,
            error: Some(err.message_key().to_owned()),
            field: err.field().map(str::to_owned),
            args: err
                .args()
                .into_iter()
                .map(|(k, v)| (k.to_owned(), v))
                .collect(),
            values: values
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        };
        set_flash(&r, &f);
        leptos_axum::redirect(safe_local_path(back));
        Ok(())
    }

    /// Either result of a service call, finished as a redirect.
    pub fn finish<T>(
        result: Result<T, ServiceError>,
        ok_to: &str,
        notice: &str,
        back: &str,
        values: &[(&str, &str)],
    ) -> Result<(), ServerFnError> {
        match result {
            Ok(_) => finish_ok(ok_to, Some(notice)),
            Err(e) => finish_err(back, e, values),
        }
    }

    /// Only same-site paths: a `next=` parameter must not send people elsewhere. Browsers
    /// drop tabs and line breaks inside URLs and read `\\` as `/`, so `/\t/evil.example` would
    /// become `//evil.example`: a path with any control character, space or backslash is
    /// refused whole (a CR/LF could not be put in a header anyway).
    pub fn safe_local_path(p: &str) -> &str {
        let plain = p
            .chars()
            .all(|c| !c.is_control() && !c.is_whitespace() && c != '\\');
        if plain && p.starts_with('/') && !p.starts_with("//") {
            p
        } else {
            "/"
        }
    }

    pub fn urlencode(s: &str) -> String {
        s.bytes()
            .map(|b| match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                    (b as char).to_string()
                }
                _ => format!("%{b:02X}"),
            })
            .collect()
    }

    #[cfg(test)]
    mod tests {
        use super::*;
        #[test]
        fn only_local_paths_are_followed() {
            assert_eq!(safe_local_path("/admin"), "/admin");
            assert_eq!(safe_local_path("//evil.example"), "/");
            assert_eq!(safe_local_path("https://evil.example"), "/");
            assert_eq!(safe_local_path("/\\evil"), "/");
            assert_eq!(safe_local_path("/\t/evil.example"), "/");
            assert_eq!(safe_local_path("/\n/evil.example"), "/");
            assert_eq!(safe_local_path("/a\r\nSet-Cookie: x=1"), "/");
            assert_eq!(safe_local_path("/ /evil.example"), "/");
            assert_eq!(safe_local_path("/courses/x?y=1#z"), "/courses/x?y=1#z");
        }
    }
}
