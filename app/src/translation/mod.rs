//! The translator workspace in the browser: pages and their server functions.
pub mod actions;
pub mod pages;
