//! Partner onboarding in the browser: the public partnership page and application form, and
//! the organizers' review of applications.
pub mod actions;
pub mod pages;
