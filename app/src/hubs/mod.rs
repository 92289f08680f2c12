//! Hub provisioning in the browser: organizers register hubs and watch and steer
//! provisioning; learners see their own account on the dashboard.
pub mod actions;
pub mod card;
pub mod pages;
