//! Builds the application from configuration, so `serve` and the integration tests start
//! exactly the same thing (tests on a random port with a fresh database each).
use crate::middleware;
use app::{shell, App};
use axum::{extract::State, http::StatusCode, routing::get, Router};
use domain::{
    config::Config, db, i18n::Translations, jobs::worker::Worker, mail::delivery::Mailer, AppState,
};
use leptos::prelude::*;
use leptos_axum::{generate_route_list, LeptosRoutes};
use std::{path::PathBuf, sync::Arc};
use tower_http::{
    compression::CompressionLayer, services::ServeDir, set_header::SetResponseHeaderLayer,
};

pub struct Application {
    pub state: AppState,
    pub router: Router,
    pub worker: Worker,
}

/// Connects and migrates the database, loads the translations, and wires the router.
pub async fn build(config: Config) -> anyhow::Result<Application> {
    let db = db::connect_and_migrate(&config.database_url).await?;
    let i18n = Translations::load(&config.locales_dir)
        .map_err(|e| anyhow::anyhow!("locale files: {e}"))?;
    let mailer = Mailer::from_config(&config).map_err(|e| anyhow::anyhow!("SMTP settings: {e}"))?;
    let library = Arc::new(domain::courses::Library::load(&config.content_dir));
    let state = AppState {
        db,
        config: Arc::new(config),
        i18n: Arc::new(i18n),
        library,
    };
    let worker = Worker::new(state.clone(), mailer);
    let router = router(state.clone(), worker.wake.clone());
    Ok(Application {
        state,
        router,
        worker,
    })
}

fn site_root() -> PathBuf {
    std::env::var("LEPTOS_SITE_ROOT")
        .map(PathBuf::from)
        .unwrap_or_else(|_| PathBuf::from("target/site"))
}

pub fn router(state: AppState, wake: Arc<tokio::sync::Notify>) -> Router {
    let site = site_root();
    let options = LeptosOptions::builder()
        .output_name("academy")
        .site_root(site.display().to_string())
        .site_pkg_dir("pkg")
        .build();
    let routes = generate_route_list(App);
    let long_cache = SetResponseHeaderLayer::if_not_present(
        http::header::CACHE_CONTROL,
        http::HeaderValue::from_static("public, max-age=3600"),
    );
    let static_files = Router::new()
        .nest_service(
            "/pkg",
            ServeDir::new(site.join("pkg"))
                .precompressed_br()
                .precompressed_gzip(),
        )
        .route_service(
            "/islands.js",
            tower_http::services::ServeFile::new(site.join("islands.js"))
                .precompressed_br()
                .precompressed_gzip(),
        )
        .route_service(
            "/enhance.js",
            tower_http::services::ServeFile::new(site.join("enhance.js"))
                .precompressed_br()
                .precompressed_gzip(),
        )
        .route_service(
            "/favicon.svg",
            tower_http::services::ServeFile::new(site.join("favicon.svg")),
        )
        .layer(long_cache);
    let leptos_options = options.clone();
    let app_routes = Router::new()
        .leptos_routes(&options, routes, move || shell(leptos_options.clone()))
        .fallback(leptos_axum::file_and_error_handler(shell))
        .with_state(options);
    Router::new()
        .route("/healthz", get(healthz))
        .route("/courses/{slug}/images/{file}", get(course_image))
        .with_state(state.clone())
        .merge(crate::cohort_routes::routes())
        .merge(crate::grading_routes::routes())
        .merge(crate::partner_routes::routes())
        .merge(crate::translation_routes::routes())
        .merge(static_files)
        .merge(app_routes)
        // Inside the request context (it knows who is asking): the route inventory decides
        // before any handler runs.
        .layer(axum::middleware::from_fn_with_state(
            middleware::MiddlewareState {
                app: state.clone(),
                wake: wake.clone(),
            },
            crate::route_inventory::guard,
        ))
        .layer(axum::middleware::from_fn_with_state(
            middleware::MiddlewareState {
                app: state.clone(),
                wake: wake.clone(),
            },
            middleware::request_context,
        ))
        // Outside the request context: a body is cut to its route's limit before anything,
        // the CSRF check included, reads it.
        .layer(axum::middleware::from_fn_with_state(
            middleware::MiddlewareState {
                app: state.clone(),
                wake: wake.clone(),
            },
            crate::limits::limit_body,
        ))
        .layer(axum::middleware::from_fn_with_state(
            middleware::MiddlewareState { app: state, wake },
            middleware::security_headers,
        ))
        .layer(CompressionLayer::new())
}

/// Images of a course, from its `images/` folder. Cached by browsers for a day; an SVG opened
/// directly runs no script (sandboxed by its own CSP).
async fn course_image(
    State(state): State<AppState>,
    axum::extract::Path((slug, file)): axum::extract::Path<(String, String)>,
) -> axum::response::Response {
    use axum::response::IntoResponse;
    let safe = |s: &str| {
        !s.is_empty()
            && !s.starts_with('.')
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c))
    };
    let mime = match file
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .as_deref()
    {
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("jpg" | "jpeg") => "image/jpeg",
        Some("webp") => "image/webp",
        Some("gif") => "image/gif",
        _ => return StatusCode::NOT_FOUND.into_response(),
    };
    if !safe(&slug) || !safe(&file) || file.contains("..") {
        return StatusCode::NOT_FOUND.into_response();
    }
    let path = state
        .config
        .content_dir
        .join("courses")
        .join(&slug)
        .join("images")
        .join(&file);
    match tokio::fs::read(&path).await {
        Ok(bytes) => (
            [
                (http::header::CONTENT_TYPE, mime),
                (http::header::CACHE_CONTROL, "public, max-age=86400"),
                (
                    http::header::CONTENT_SECURITY_POLICY,
                    "default-src 'none'; style-src 'unsafe-inline'; sandbox",
                ),
            ],
            bytes,
        )
            .into_response(),
        Err(_) => StatusCode::NOT_FOUND.into_response(),
    }
}

async fn healthz(State(state): State<AppState>) -> (StatusCode, &'static str) {
    match db::ping(&state.db).await {
        Ok(()) => (StatusCode::OK, "ok"),
        Err(e) => {
            tracing::error!(error = %e, "health check: database unreachable");
            (StatusCode::SERVICE_UNAVAILABLE, "database unreachable")
        }
    }
}

/// Serves until SIGTERM or Ctrl-C, then lets requests in flight finish and stops the worker.
pub async fn serve(app: Application) -> anyhow::Result<()> {
    let bind = app.state.config.bind;
    let listener = tokio::net::TcpListener::bind(bind)
        .await
        .map_err(|e| anyhow::anyhow!("cannot listen on {bind}: {e}"))?;
    tracing::info!(url = %app.state.config.base_url, "Catalyst Academy is listening");
    let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
    let mut worker_stop = stop_rx.clone();
    let worker = tokio::spawn(
        app.worker
            .clone()
            .run(app.state.config.jobs.poll, async move {
                let _ = worker_stop.wait_for(|s| *s).await;
            }),
    );
    // Daily tasks (the mentors' digest): every instance ticks, one claims each day's run.
    let mut schedule_stop = stop_rx.clone();
    let (state, wake) = (app.state.clone(), app.worker.wake.clone());
    let scheduler = tokio::spawn(async move {
        loop {
            match domain::jobs::schedule::tick(&state, chrono::Utc::now()).await {
                Ok(0) => {}
                Ok(_) => domain::jobs::worker::wake(&wake),
                Err(e) => tracing::warn!(error = %e, "could not check the scheduled tasks"),
            }
            tokio::select! {
                _ = schedule_stop.wait_for(|s| *s) => break,
                _ = tokio::time::sleep(std::time::Duration::from_secs(60)) => {}
            }
        }
    });
    // Locale files saved by another instance (or edited by hand) are picked up here too.
    let mut watch_stop = stop_rx.clone();
    let state = app.state.clone();
    let watcher = tokio::spawn(async move {
        let dir = state.config.locales_dir.clone();
        let mut seen = domain::translation::watch::fingerprint(&dir);
        loop {
            tokio::select! {
                _ = watch_stop.wait_for(|s| *s) => break,
                _ = tokio::time::sleep(std::time::Duration::from_secs(2)) => {}
            }
            let now = domain::translation::watch::fingerprint(&dir);
            if now != seen {
                seen = now;
                match state.i18n.reload() {
                    Ok(()) => tracing::info!("locale files changed: translations reloaded"),
                    Err(e) => {
                        tracing::warn!(error = %e, "locale files changed but do not load; the previous strings stay")
                    }
                }
            }
        }
    });
    axum::serve(
        listener,
        app.router
            .into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown_signal())
    .await?;
    let _ = stop_tx.send(true);
    let _ = worker.await;
    let _ = scheduler.await;
    let _ = watcher.await;
    tracing::info!("stopped");
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = term => {} }
    tracing::info!("shutting down");
}
