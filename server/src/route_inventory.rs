//! Every route the server answers, with who may reach it: pages, server functions, the other
//! endpoints and the static files. `guard` checks the table in front of every handler, so a
//! route that is missing here answers 404 (deny by default) and a role the table leaves out
//! never reaches a handler, whatever the handler forgets. Handlers and the domain still make
//! the finer decisions (which cohort, which work, which partnership by form field).
use std::str::FromStr;

use domain::accounts::{CurrentUser, Role};

/// Who may reach a route, as far as can be told from the request line and the session.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    /// Anyone, signed in or not.
    Public,
    /// Signed-in people; the domain decides what each may see there.
    SignedIn,
    /// Organizers and admins.
    Staff,
    /// Translators (and admins).
    Translator,
    /// Admins only.
    Admin,
    /// Staff, or the partner lead of the institution named by the path's `id`.
    OwnPartnership,
    /// Staff and partner leads; the domain checks the institution named in the form.
    LeadOrStaff,
}

/// What the guard does with a request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decision {
    Allow,
    SignIn,
    Forbid,
}

impl Access {
    pub fn decide(self, who: Option<&CurrentUser>, path_id: Option<i32>) -> Decision {
        let Some(u) = who else {
            return if self == Access::Public {
                Decision::Allow
            } else {
                Decision::SignIn
            };
        };
        let ok = match self {
            Access::Public | Access::SignedIn => true,
            Access::Staff => u.is_staff(),
            Access::Translator => u.can(Role::Translator),
            Access::Admin => u.has(Role::Admin),
            Access::OwnPartnership => {
                u.is_staff()
                    || (u.has(Role::PartnerLead)
                        && path_id.is_some()
                        && u.institution_id == path_id)
            }
            Access::LeadOrStaff => u.is_staff() || u.has(Role::PartnerLead),
        };
        if ok {
            Decision::Allow
        } else {
            Decision::Forbid
        }
    }
}

/// How a route is reached.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A Leptos page (GET).
    Page,
    /// A server function (`POST /api/<name>`).
    ServerFn,
    /// Another endpoint of the router, with its method.
    Endpoint(&'static str),
    /// Static files under a prefix (GET).
    Static,
}

#[derive(Clone, Copy, Debug)]
pub struct Route {
    pub kind: Kind,
    /// The path with `:name` parameters (`*` at the end of a static prefix).
    pub pattern: &'static str,
    pub access: Access,
}

pub(crate) const fn page(pattern: &'static str, access: Access) -> Route {
    Route {
        kind: Kind::Page,
        pattern,
        access,
    }
}

pub(crate) const fn server_fn(pattern: &'static str, access: Access) -> Route {
    Route {
        kind: Kind::ServerFn,
        pattern,
        access,
    }
}

pub(crate) const fn endpoint(method: &'static str, pattern: &'static str, access: Access) -> Route {
    Route {
        kind: Kind::Endpoint(method),
        pattern,
        access,
    }
}

pub(crate) const fn files(pattern: &'static str) -> Route {
    Route {
        kind: Kind::Static,
        pattern,
        access: Access::Public,
    }
}

pub use crate::route_table::ROUTES;

impl Route {
    fn method_matches(&self, method: &http::Method) -> bool {
        match self.kind {
            Kind::Page | Kind::Static => {
                matches!(*method, http::Method::GET | http::Method::HEAD)
            }
            Kind::ServerFn => *method == http::Method::POST,
            Kind::Endpoint(m) => {
                http::Method::from_str(m).is_ok_and(|m| m == *method)
                    || (m == "GET" && *method == http::Method::HEAD)
            }
        }
    }

    /// The path's parameters when it matches this route's pattern.
    pub fn matches<'p>(&self, path: &'p str) -> Option<Vec<(&'static str, &'p str)>> {
        if let Some(prefix) = self.pattern.strip_suffix('*') {
            return path.starts_with(prefix).then(Vec::new);
        }
        let mut pat = self.pattern.split('/');
        let mut got = path.split('/');
        let mut params = vec![];
        loop {
            match (pat.next(), got.next()) {
                (None, None) => return Some(params),
                (Some(p), Some(g)) => {
                    if let Some(name) = p.strip_prefix(':') {
                        if g.is_empty() {
                            return None;
                        }
                        params.push((name, g));
                    } else if p != g {
                        return None;
                    }
                }
                _ => return None,
            }
        }
    }
}

/// The route a request reaches (the most specific pattern: fewest parameters), with the
/// numeric `id` parameter if it has one.
pub fn find(method: &http::Method, path: &str) -> Option<(&'static Route, Option<i32>)> {
    ROUTES
        .iter()
        .filter(|r| r.method_matches(method))
        .filter_map(|r| r.matches(path).map(|params| (r, params)))
        .min_by_key(|(_, params)| params.len())
        .map(|(r, params)| {
            let id = params
                .iter()
                .find(|(k, _)| *k == "id")
                .and_then(|(_, v)| v.parse().ok());
            (r, id)
        })
}

/// Marks a refusal by the guard (tests tell it from a handler's own 403).
pub const REFUSED_HEADER: &str = "x-refused-by";

/// In front of every handler, after the request context: the table's decision for this
/// route and this person. Unlisted routes answer 404.
pub async fn guard(
    axum::extract::State(ms): axum::extract::State<crate::middleware::MiddlewareState>,
    req: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    use axum::response::IntoResponse;
    let path = req.uri().path().to_owned();
    let Some((route, id)) = find(req.method(), &path) else {
        tracing::debug!(method = %req.method(), path = %path, "no such route in the inventory");
        let mut res = crate::middleware::small_page(
            &ms.app,
            &req,
            http::StatusCode::NOT_FOUND,
            "not-found-title",
            "error-not-found",
        );
        res.headers_mut()
            .insert(REFUSED_HEADER, http::HeaderValue::from_static("unlisted"));
        return res;
    };
    let ctx = req
        .extensions()
        .get::<std::sync::Arc<app::server_ctx::RequestCtx>>()
        .cloned();
    let user = ctx.as_ref().and_then(|c| c.user.as_ref());
    match route.access.decide(user, id) {
        Decision::Allow => next.run(req).await,
        Decision::SignIn => {
            let to = req
                .uri()
                .path_and_query()
                .map(|p| p.as_str())
                .unwrap_or("/");
            let location = format!("/login?next={}", app::ctx::action::urlencode(to));
            let mut res = (
                http::StatusCode::FOUND,
                [(http::header::LOCATION, location)],
            )
                .into_response();
            res.headers_mut().insert(
                REFUSED_HEADER,
                http::HeaderValue::from_static("route-guard"),
            );
            res
        }
        Decision::Forbid => {
            let mut res = crate::middleware::small_page(
                &ms.app,
                &req,
                http::StatusCode::FORBIDDEN,
                "forbidden-title",
                "error-forbidden",
            );
            res.headers_mut().insert(
                REFUSED_HEADER,
                http::HeaderValue::from_static("route-guard"),
            );
            res
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_match_whole_segments() {
        let r = page("/cohorts/:slug/dashboard", Access::SignedIn);
        assert_eq!(
            r.matches("/cohorts/ols-9/dashboard"),
            Some(vec![("slug", "ols-9")])
        );
        assert_eq!(r.matches("/cohorts/ols-9/dashboard/x"), None);
        assert_eq!(r.matches("/cohorts//dashboard"), None);
        assert!(files("/pkg/*").matches("/pkg/academy.css").is_some());
    }
}
