//! Catalyst Academy's user interface: routes, pages, components and server functions.
//!
//! Pages are rendered on the server (islands mode): only `#[island]` components ship wasm,
//! every other part of a page is plain HTML whose forms post to server functions, so a trainee
//! on a slow phone with JavaScript off can use every page.
#![recursion_limit = "256"]

pub mod accounts;
pub mod admin;
pub mod cohorts;
pub mod components;
pub mod courses;
pub mod ctx;
pub mod flash;
pub mod grading;
pub mod home;
pub mod hubs;
pub mod i18n;
pub mod partners;
#[cfg(feature = "ssr")]
pub mod server_ctx;
pub mod shell;
pub mod translation;

pub use shell::{shell, App};
