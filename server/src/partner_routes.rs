//! The partnership report as a CSV download (`/partnership/{id}/report.csv?year=`), for the
//! partnership's lead and organizers; the page itself is a Leptos route.
use crate::responses::{plain_error, sign_in};
use app::server_ctx::RequestCtx;
use axum::{
    extract::{Path, Query},
    response::Response,
    routing::get,
    Extension, Router,
};
use domain::partners::report;
use std::{collections::HashMap, sync::Arc};

pub fn routes() -> Router {
    Router::new().route("/partnership/{id}/report.csv", get(report_csv))
}

async fn report_csv(
    Extension(ctx): Extension<Arc<RequestCtx>>,
    Path(id): Path<i32>,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    let Some(me) = ctx.user.clone() else {
        return sign_in(&ctx);
    };
    let (st, locale) = (&ctx.state, ctx.locale);
    let year = q.get("year").and_then(|y| y.parse().ok());
    match report::report(st, &me, id, year).await {
        Ok(r) => {
            let catalog = st.library.catalog();
            let csv = report::to_csv(
                &r,
                |k| st.i18n.t(locale, k, &[]),
                |slug| {
                    catalog
                        .course(slug)
                        .map(|c| c.meta(locale).title.clone())
                        .unwrap_or_else(|| slug.to_owned())
                },
            );
            let (from, _) = r.period();
            crate::responses::download(
                "text/csv; charset=utf-8",
                &format!("partnership-{id}-{from}.csv"),
                csv,
            )
        }
        Err(e) => plain_error(&ctx, &e),
    }
}
