//! sea-orm entities, one file per table. Hand-written logic lives in the capability modules.
pub mod email;
pub mod enrollment;
pub mod hub;
pub mod hub_account;
pub mod institution;
pub mod invitation;
pub mod job;
pub mod job_batch;
pub mod lesson_progress;
pub mod login_attempt;
pub mod password_reset;
pub mod session;
pub mod user;
pub mod user_role;
