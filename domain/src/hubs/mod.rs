//! Hub provisioning: every learner gets an account on their institution's JupyterHub through
//! its REST API, durably (jobs in the database), idempotently, without taking over hub users it did not create, and visibly
//! (account states for learners and organizers).
//!
//! - `adoption`: hub users the platform created versus ones it found (never deleted unconfirmed).
//! - `client`: the typed JupyterHub API client, with retries, size and page caps.
//! - `network`: which addresses a hub may have (the SSRF guard, checked at connect time).
//! - `secret`: API tokens sealed at rest, bound to the hub and its origin.
//! - `username`: how hub user names are derived and normalized.
//! - `registry`: registering hubs and testing their connection.
//! - `provisioning`: queueing and running the jobs that create, group and remove accounts.
//! - `overview`: what learners and organizers see.
pub mod adoption;
pub mod client;
pub mod network;
pub mod overview;
pub mod provisioning;
pub mod registry;
pub mod secret;
pub mod username;
