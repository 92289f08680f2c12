//! Server-side logic of Catalyst Academy, organised by capability. Nothing here knows about
//! HTTP or Leptos, so every service is testable with just a database.
pub mod accounts;
pub mod cohorts;
pub mod config;
pub mod courses;
pub mod csv_out;
pub mod db;
pub mod entities;
pub mod error;
pub mod grading;
pub mod hubs;
pub mod i18n;
pub mod jobs;
pub mod mail;
pub mod partners;
pub mod proxies;
pub mod security;
pub mod state;
pub mod text;
pub mod translation;

pub use chrono_tz;
pub use error::{ServiceError, ServiceResult};
pub use state::AppState;
