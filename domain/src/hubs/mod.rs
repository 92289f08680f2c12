//! Hub provisioning: every learner gets an account on their institution's JupyterHub through
//! its REST API, durably (jobs in the database), idempotently (409 means linked) and visibly
//! (account states for learners and organizers).
//!
//! - `client`: the typed JupyterHub API client, with retries.
//! - `secret`: API tokens sealed at rest.
//! - `username`: how hub user names are derived and normalized.
//! - `registry`: registering hubs and testing their connection.
//! - `provisioning`: queueing and running the jobs that create, group and remove accounts.
//! - `overview`: what learners and organizers see.
pub mod client;
pub mod overview;
pub mod provisioning;
pub mod registry;
pub mod secret;
pub mod username;
