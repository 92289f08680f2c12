//! Accounts: sign in and out, invitations, password reset and change, language choice.
pub mod actions;
pub mod pages;
