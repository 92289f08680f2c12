//! Open Seeds cohorts: schedules, people with roles, projects, attendance, milestones, a
//! personal track and an organizer's dashboard.
//!
//! - `ols`: the OLS YAML files (tolerant parsing, dates, durations).
//! - `model`: roles, call kinds, default milestones.
//! - `import` / `apply`: upload → reviewed plan → one transaction.
//! - `people`: linking people named by GitHub username or email to accounts, on proof only.
//! - `claims`: typed GitHub usernames that organizers confirm or reject.
//! - `access`: who may see and do what.
pub mod access;
pub mod apply;
pub mod attendance;
pub mod calendar;
pub mod charts;
pub mod claims;
pub mod dashboard;
pub mod export;
pub mod import;
pub mod manual;
pub mod milestones;
pub mod model;
pub mod ols;
pub mod people;
pub mod progress;
pub mod schedule;
pub mod settings;
pub mod synthetic;
pub mod track;
pub mod yaml11;
pub mod yaml_budget;
