//! Partner onboarding in the browser: the public partnership page and application form, and
//! the organizers' review of applications; each partnership's checklist, team and yearly
//! report.
pub mod actions;
pub mod pages;
pub mod partnership_actions;
pub mod partnership_pages;
