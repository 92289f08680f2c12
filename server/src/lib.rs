//! The `academy` server: configuration, the axum router around the Leptos app, middleware,
//! the CLI and the background worker.
pub mod cli;
pub mod cohort_routes;
pub mod demo;
pub mod grading_routes;
pub mod hubs_cli;
pub mod limits;
pub mod middleware;
pub mod partner_routes;
pub mod responses;
pub mod route_inventory;
mod route_table;
pub mod startup;
pub mod translation_routes;
