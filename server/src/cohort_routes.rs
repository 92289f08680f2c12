//! Cohort endpoints that are not pages: the file upload of an import (multipart), the
//! attendance checklist (a list of ticked people), exports, and calendar feeds.
use crate::responses::{download, error, plain_error, redirect_with, sign_in};
use app::{flash::Flash, server_ctx::RequestCtx};
use axum::{
    extract::{Multipart, Path},
    http::header,
    response::{IntoResponse, Redirect, Response},
    routing::{get, post},
    Extension, Router,
};
use domain::{
    accounts::CurrentUser,
    cohorts::{access, attendance, calendar, dashboard, export, import},
    ServiceError,
};
use std::sync::Arc;

pub fn routes() -> Router {
    Router::new()
        .route("/cohorts/import", post(upload))
        .route(
            "/cohorts/{slug}/calls/{call}/attendance",
            post(record_attendance),
        )
        .route("/cohorts/{slug}/export/{file}", get(export_file))
        .route("/calendar/cohort/{token}", get(cohort_calendar))
        .route("/calendar/person/{token}", get(person_calendar))
        .layer(axum::extract::DefaultBodyLimit::max(
            4 * import::MAX_FILE_BYTES + 64 * 1024,
        ))
}

/// The import form: cohort fields and up to four files, kept for review.
async fn upload(Extension(ctx): Extension<Arc<RequestCtx>>, mut form: Multipart) -> Response {
    let Some(me): Option<CurrentUser> = ctx.user.clone() else {
        return sign_in(&ctx);
    };
    if !me.is_staff() {
        return plain_error(&ctx, &ServiceError::Forbidden);
    }
    let mut up = import::Upload::default();
    loop {
        let field = match form.next_field().await {
            Ok(Some(f)) => f,
            Ok(None) => break,
            Err(_) => {
                return error(
                    &ctx,
                    "/admin/cohorts",
                    &ServiceError::invalid("files", "import-file-too-large"),
                )
            }
        };
        let name = field.name().unwrap_or_default().to_owned();
        let bytes = match field.bytes().await {
            Ok(b) => b,
            Err(_) => {
                return error(
                    &ctx,
                    "/admin/cohorts",
                    &ServiceError::invalid("files", "import-file-too-large"),
                )
            }
        };
        let Ok(text) = String::from_utf8(bytes.to_vec()) else {
            let field: &'static str = match name.as_str() {
                "metadata" => "metadata",
                "projects" => "projects",
                "schedule" => "schedule",
                _ => "participants",
            };
            return error(
                &ctx,
                "/admin/cohorts",
                &ServiceError::invalid(field, "import-not-utf8"),
            );
        };
        match name.as_str() {
            "slug" => up.slug = text,
            "name" => up.name = text,
            "programme" => up.programme = text,
            "timezone" => up.timezone = text,
            "metadata" => up.metadata = text,
            "projects" => up.projects = text,
            "schedule" => up.schedule = text,
            "participants" => up.participants = text,
            _ => {}
        }
    }
    match import::store(&ctx.state.db, &me, &up).await {
        Ok(id) => Redirect::to(&format!("/admin/cohorts/import/{id}")).into_response(),
        Err(e) => error(&ctx, "/admin/cohorts", &e),
    }
}

/// The attendance checklist: every `present` field is a person who was there.
async fn record_attendance(
    Extension(ctx): Extension<Arc<RequestCtx>>,
    Path((slug, call)): Path<(String, i32)>,
    body: axum::body::Bytes,
) -> Response {
    let Some(me): Option<CurrentUser> = ctx.user.clone() else {
        return sign_in(&ctx);
    };
    let present: Vec<i32> = form_urlencoded::parse(&body)
        .filter(|(k, _)| k == "present")
        .filter_map(|(_, v)| v.parse().ok())
        .collect();
    let back = format!("/cohorts/{slug}/calls/{call}");
    match attendance::record(&ctx.state.db, &me, &slug, call, &present).await {
        Ok(_) => redirect_with(
            &ctx,
            &back,
            Flash {
                notice: Some("notice-attendance-saved".into()),
                ..Default::default()
            },
        ),
        Err(e @ (ServiceError::Forbidden | ServiceError::NotFound)) => plain_error(&ctx, &e),
        Err(e) => error(&ctx, &back, &e),
    }
}

async fn export_file(
    Extension(ctx): Extension<Arc<RequestCtx>>,
    Path((slug, file)): Path<(String, String)>,
) -> Response {
    let Some(me): Option<CurrentUser> = ctx.user.clone() else {
        return sign_in(&ctx);
    };
    let db = &ctx.state.db;
    let a = match access::access(db, &me, &slug).await {
        Ok(a) => a,
        Err(e) => return plain_error(&ctx, &e),
    };
    let result = match file.as_str() {
        "metadata.yaml" => export::metadata(db, &a)
            .await
            .map(|b| ("application/yaml; charset=utf-8", b)),
        "projects.yaml" => export::projects(db, &a)
            .await
            .map(|b| ("application/yaml; charset=utf-8", b)),
        "schedule.yaml" => export::schedule(db, &a)
            .await
            .map(|b| ("application/yaml; charset=utf-8", b)),
        "participants.csv" => export::participants_csv(db, &a)
            .await
            .map(|b| ("text/csv; charset=utf-8", b)),
        "dashboard.csv" => dashboard::build(&ctx.state, &me, &slug, &Default::default())
            .await
            .map(|d| {
                (
                    "text/csv; charset=utf-8",
                    dashboard::to_csv(&d, |k| ctx.state.i18n.t(ctx.locale, k, &[])),
                )
            }),
        _ => Err(ServiceError::NotFound),
    };
    match result {
        Ok((ty, body)) => download(ty, &format!("{slug}-{file}"), body),
        Err(e) => plain_error(&ctx, &e),
    }
}

fn calendar(body: String) -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/calendar; charset=utf-8"),
            (header::CACHE_CONTROL, "private, max-age=300"),
        ],
        body,
    )
        .into_response()
}

/// `/calendar/cohort/<slug>-<signature>.ics`: the link members see on the cohort page.
async fn cohort_calendar(
    Extension(ctx): Extension<Arc<RequestCtx>>,
    Path(token): Path<String>,
) -> Response {
    let key = &ctx.state.config.secret_key.0;
    let Some(slug) = token
        .strip_suffix(".ics")
        .and_then(|t| domain::cohorts::calendar::verify_cohort_token(key, t))
    else {
        return plain_error(&ctx, &ServiceError::NotFound);
    };
    let c = match domain::entities::cohort::Entity::find_by_slug(&ctx.state.db, &slug).await {
        Ok(Some(c)) => c,
        _ => return plain_error(&ctx, &ServiceError::NotFound),
    };
    match calendar::cohort_feed(
        &ctx.state.db,
        ctx.state.config.base_url.host_str().unwrap_or("academy"),
        &c,
    )
    .await
    {
        Ok(body) => calendar(body),
        Err(e) => plain_error(&ctx, &e),
    }
}

/// `/calendar/person/<id>-<signature>.ics`: the calls of every cohort the person is in.
async fn person_calendar(
    Extension(ctx): Extension<Arc<RequestCtx>>,
    Path(token): Path<String>,
) -> Response {
    let key = &ctx.state.config.secret_key.0;
    let Some(id) = token
        .strip_suffix(".ics")
        .and_then(|t| calendar::verify_person_token(key, t))
    else {
        return plain_error(&ctx, &ServiceError::NotFound);
    };
    let title = ctx.state.i18n.t(ctx.locale, "cohort-calendar-mine", &[]);
    match calendar::person_feed(
        &ctx.state.db,
        ctx.state.config.base_url.host_str().unwrap_or("academy"),
        id,
        &title,
    )
    .await
    {
        Ok(body) => calendar(body),
        Err(e) => plain_error(&ctx, &e),
    }
}
