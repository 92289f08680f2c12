//! The admins' form that limits translators to some locales: a plain form post with one
//! `locale` field per ticked box, which server functions do not decode as a list.
use crate::responses::{plain_error, redirect_with, sign_in};
use app::{flash::Flash, server_ctx::RequestCtx};
use axum::{body::Bytes, response::Response, routing::post, Extension, Router};
use domain::translation::access;
use std::sync::Arc;

pub fn routes() -> Router {
    Router::new().route("/translate/translators", post(limit))
}

async fn limit(Extension(ctx): Extension<Arc<RequestCtx>>, body: Bytes) -> Response {
    let Some(me) = ctx.user.clone() else {
        return sign_in(&ctx);
    };
    let fields: Vec<(String, String)> = form_urlencoded::parse(&body).into_owned().collect();
    let user: i32 = fields
        .iter()
        .find(|(k, _)| k == "user")
        .and_then(|(_, v)| v.parse().ok())
        .unwrap_or(0);
    let locales: Vec<String> = fields
        .iter()
        .filter(|(k, _)| k == "locale")
        .map(|(_, v)| v.clone())
        .collect();
    match access::limit(&ctx.state, &me, user, &locales).await {
        Ok(()) => redirect_with(
            &ctx,
            "/translate#translators",
            Flash {
                notice: Some("notice-translator-locales".into()),
                ..Default::default()
            },
        ),
        Err(e) => plain_error(&ctx, &e),
    }
}
