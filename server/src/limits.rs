//! Request body limits per route, enforced in front of everything else (before the CSRF check
//! reads a form, before any handler or server function parses a byte). Forms are small; only
//! the notebook upload, the cohort import and a lesson translation may be large. A
//! url-encoded form also has a bounded number of fields, so no handler ever loops over an
//! attacker's hundred thousand fields.
use crate::middleware::{small_page, MiddlewareState};
use axum::{
    body::Body,
    extract::{Request, State},
    middleware::Next,
    response::Response,
};
use http::{header, StatusCode};

/// Every form and server function not named below.
pub const FORM_MAX_BYTES: usize = 256 * 1024;
/// A lesson translation carries the whole lesson twice (the text and the English it was
/// made against).
pub const LESSON_FORM_MAX_BYTES: usize = 1024 * 1024;
/// The most fields a url-encoded form may have (the longest real form, an attendance sheet,
/// has two per participant).
pub const FORM_MAX_FIELDS: usize = 2_000;

/// How a route's body is limited.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BodyLimit {
    pub bytes: usize,
    /// Uploads whose handler turns an oversized file into a friendly error on the form:
    /// only the stream is cut at the limit, the declared length is not refused up front.
    pub handler_reports: bool,
}

pub fn body_limit(path: &str) -> BodyLimit {
    let (bytes, handler_reports) = match path {
        "/exercises/notebook" => (domain::grading::NOTEBOOK_MAX_BYTES + 64 * 1024, true),
        "/cohorts/import" => (
            4 * domain::cohorts::import::MAX_FILE_BYTES + 64 * 1024,
            true,
        ),
        "/api/save_lesson_translation" => (LESSON_FORM_MAX_BYTES, false),
        _ => (FORM_MAX_BYTES, false),
    };
    BodyLimit {
        bytes,
        handler_reports,
    }
}

pub async fn limit_body(State(ms): State<MiddlewareState>, req: Request, next: Next) -> Response {
    let limit = body_limit(req.uri().path());
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if !limit.handler_reports && declared.is_some_and(|n| n > limit.bytes as u64) {
        return too_large(&ms, &req);
    }
    let is_form = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
    if !is_form {
        let (parts, body) = req.into_parts();
        let limited = Body::new(http_body_util::Limited::new(body, limit.bytes));
        return next.run(Request::from_parts(parts, limited)).await;
    }
    // A url-encoded form is read here, within the limit, and its fields counted: `&` is
    // the only separator, so counting is one pass over bytes already in memory.
    let (parts, body) = req.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, limit.bytes).await else {
        return too_large(&ms, &Request::from_parts(parts, Body::empty()));
    };
    let fields = bytes.iter().filter(|b| **b == b'&').count() + 1;
    if fields > FORM_MAX_FIELDS {
        return too_large(&ms, &Request::from_parts(parts, Body::empty()));
    }
    next.run(Request::from_parts(parts, Body::from(bytes)))
        .await
}

fn too_large(ms: &MiddlewareState, req: &Request) -> Response {
    small_page(
        &ms.app,
        req,
        StatusCode::PAYLOAD_TOO_LARGE,
        "too-large-title",
        "too-large-body",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_uploads_get_large_limits() {
        assert_eq!(body_limit("/grading/3/grade").bytes, FORM_MAX_BYTES);
        assert_eq!(body_limit("/api/sign_in").bytes, FORM_MAX_BYTES);
        assert_eq!(body_limit("/exercises/answer").bytes, FORM_MAX_BYTES);
        assert!(body_limit("/exercises/notebook").bytes > domain::grading::NOTEBOOK_MAX_BYTES);
        assert!(body_limit("/exercises/notebook").handler_reports);
        assert!(!body_limit("/api/save_lesson_translation").handler_reports);
    }
}
