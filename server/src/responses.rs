//! Responses shared by the endpoints that are not Leptos pages (uploads, exports, feeds):
//! redirects carrying a flash, sign-in redirects, plain localized errors, file downloads.
use app::{flash::Flash, server_ctx::RequestCtx};
use axum::{
    http::{header, HeaderValue, StatusCode},
    response::{IntoResponse, Redirect, Response},
};
use domain::ServiceError;

/// Back to `to` with a flash (a notice or an error id) for the next page.
pub fn redirect_with(ctx: &RequestCtx, to: &str, flash: Flash) -> Response {
    let value = app::flash::codec::encode(&ctx.state.config.secret_key.0, &flash);
    let secure = if ctx.state.config.secure_cookies() {
        "; Secure"
    } else {
        ""
    };
    let mut res = Redirect::to(to).into_response();
    if let Ok(v) = HeaderValue::from_str(&format!(
        "{}={value}; Path=/; HttpOnly; SameSite=Lax{secure}; Max-Age=300",
        app::flash::COOKIE
    )) {
        res.headers_mut().append(header::SET_COOKIE, v);
    }
    res
}

pub fn error(ctx: &RequestCtx, to: &str, e: &ServiceError) -> Response {
    error_keeping(ctx, to, e, Default::default())
}

/// Back to the form at `to` with the error and what was typed (`values`), so nothing is lost.
pub fn error_keeping(
    ctx: &RequestCtx,
    to: &str,
    e: &ServiceError,
    values: std::collections::BTreeMap<String, String>,
) -> Response {
    if matches!(e, ServiceError::Db(_) | ServiceError::Internal(_)) {
        tracing::error!(error = %e, path = %ctx.path, "request failed");
    }
    redirect_with(
        ctx,
        to,
        Flash {
            error: Some(e.message_key().to_owned()),
            field: e.field().map(str::to_owned),
            args: e
                .args()
                .into_iter()
                .map(|(k, v)| (k.to_owned(), v))
                .collect(),
            values,
            ..Default::default()
        },
    )
}

/// Signed-out visitors go to the sign-in page and come back here afterwards.
pub fn sign_in(ctx: &RequestCtx) -> Response {
    let next = app::ctx::action::urlencode(&ctx.path);
    Redirect::to(&format!("/login?next={next}")).into_response()
}

pub fn status_of(e: &ServiceError) -> StatusCode {
    match e {
        ServiceError::Forbidden => StatusCode::FORBIDDEN,
        ServiceError::NotFound => StatusCode::NOT_FOUND,
        ServiceError::Unauthenticated => StatusCode::UNAUTHORIZED,
        ServiceError::Invalid { .. } | ServiceError::InvalidDetail { .. } => {
            StatusCode::BAD_REQUEST
        }
        _ => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

pub fn plain_error(ctx: &RequestCtx, e: &ServiceError) -> Response {
    let text = ctx.state.i18n.t(ctx.locale, e.message_key(), &[]);
    (
        status_of(e),
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        text,
    )
        .into_response()
}

pub fn download(content_type: &'static str, filename: &str, body: String) -> Response {
    let disposition = format!("attachment; filename=\"{filename}\"");
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(content_type)),
            (
                header::CONTENT_DISPOSITION,
                HeaderValue::from_str(&disposition)
                    .unwrap_or(HeaderValue::from_static("attachment")),
            ),
            (
                header::CACHE_CONTROL,
                HeaderValue::from_static("private, no-store"),
            ),
        ],
        body,
    )
        .into_response()
}
