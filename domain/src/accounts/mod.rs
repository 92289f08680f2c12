//! Accounts and roles: people, partner institutions, invitations, sign-in sessions, password
//! resets and rate limiting of sign-in attempts.
pub mod github;
pub mod institutions;
pub mod invitations;
pub mod passwords;
pub mod people;
pub mod rate_limit;
pub mod resets;
pub mod sessions;
mod types;

pub use types::{CurrentUser, EmailAddress, Role};
