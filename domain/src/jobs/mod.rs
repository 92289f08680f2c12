//! One durable job queue for every background task (mail now; provisioning, reminders and
//! digests later): rows in `jobs`, claimed with a lease, retried with backoff.
pub mod queue;
pub mod schedule;
pub mod worker;

/// How a job run ended when it did not succeed.
#[derive(Debug, thiserror::Error)]
pub enum JobError {
    /// Worth trying again later (a server down, a timeout).
    #[error("{0}")]
    Retry(String),
    /// Trying again cannot help (bad data, refused for good).
    #[error("{0}")]
    Permanent(String),
}

impl JobError {
    pub fn retry(e: impl std::fmt::Display) -> Self {
        JobError::Retry(e.to_string())
    }
}
