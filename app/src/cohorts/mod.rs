//! Open Seeds cohorts in the browser: organizers import and steer cohorts; hosts take
//! attendance; mentors tick milestones and confirm meetings; participants follow their track.
pub mod actions;
pub mod claims;
pub mod pages;
