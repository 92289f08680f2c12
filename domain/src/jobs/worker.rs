//! The background worker: claims jobs, runs the handler for their kind, records the outcome.
//! Any number of workers (in any number of server instances) can run against one database.
use super::{queue, JobError};
use crate::{
    entities::job,
    grading, hubs,
    mail::{self, delivery::Mailer},
    state::AppState,
};
use std::sync::Arc;
use tokio::sync::Notify;

#[derive(Clone)]
pub struct Worker {
    pub state: AppState,
    pub mailer: Mailer,
    pub id: String,
    /// Woken when a job is queued in this process, so mails leave at once.
    pub wake: Arc<Notify>,
}

impl Worker {
    pub fn new(state: AppState, mailer: Mailer) -> Self {
        let id = format!(
            "{}-{}",
            std::process::id(),
            &crate::security::random_token()[..8]
        );
        Worker {
            state,
            mailer,
            id,
            wake: Arc::new(Notify::new()),
        }
    }

    fn lease(&self) -> chrono::Duration {
        chrono::Duration::from_std(self.state.config.jobs.lease)
            .unwrap_or(chrono::Duration::minutes(5))
    }

    /// Runs due jobs until none is left; returns how many ran.
    pub async fn drain(&self) -> usize {
        let mut n = 0;
        while self.run_one().await {
            n += 1;
        }
        n
    }

    /// Claims and runs one job. False when nothing was due (or the database is unreachable).
    pub async fn run_one(&self) -> bool {
        let claimed = match queue::claim(&self.state.db, &self.id, self.lease()).await {
            Ok(Some(j)) => j,
            Ok(None) => return false,
            Err(e) => {
                tracing::warn!(error = %e, "could not claim a job");
                return false;
            }
        };
        let outcome = self.handle(&claimed).await;
        let recorded = match &outcome {
            Ok(()) => queue::complete(&self.state.db, claimed.id).await,
            Err(e) => {
                tracing::warn!(job = claimed.id, kind = %claimed.kind, attempt = claimed.attempts, error = %e, "job failed");
                queue::fail(
                    &self.state.db,
                    &claimed,
                    &e.to_string(),
                    matches!(e, JobError::Permanent(_)),
                    self.state.config.jobs.retry_base,
                )
                .await
            }
        };
        if let Err(e) = recorded {
            tracing::error!(job = claimed.id, error = %e, "could not record a job's outcome; its lease will expire and it will run again");
        }
        true
    }

    async fn handle(&self, j: &job::Model) -> Result<(), JobError> {
        let payload: serde_json::Value = serde_json::from_str(&j.payload)
            .map_err(|e| JobError::Permanent(format!("payload: {e}")))?;
        match j.kind.as_str() {
            mail::outbox::SEND_JOB => {
                let id = payload["email_id"]
                    .as_i64()
                    .ok_or_else(|| JobError::Permanent("payload lacks email_id".into()))?;
                mail::delivery::deliver(&self.state.db, &self.state.config, &self.mailer, id).await
            }
            hubs::provisioning::PROVISION_JOB | hubs::provisioning::DEPROVISION_JOB => {
                hubs::provisioning::run_job(&self.state, j, &payload).await
            }
            grading::digest::DIGEST_JOB => {
                let day = payload["day"]
                    .as_str()
                    .ok_or_else(|| JobError::Permanent("payload lacks day".into()))?;
                grading::digest::run(&self.state, day).await.map(|_| ())
            }
            crate::partners::year::REMINDER_JOB => {
                let day = payload["day"]
                    .as_str()
                    .ok_or_else(|| JobError::Permanent("payload lacks day".into()))?;
                crate::partners::year::send_reminders(&self.state, day)
                    .await
                    .map(|_| ())
            }
            crate::accounts::resets::RESET_JOB => {
                crate::accounts::resets::run_job(&self.state, &payload)
                    .await
                    .map_err(|e| JobError::Retry(e.to_string()))
            }
            other => Err(JobError::Permanent(format!("unknown job kind {other}"))),
        }
    }

    /// Runs `config.jobs.workers` loops side by side, each polling every `interval` (or when
    /// woken), until `shutdown` resolves; then waits for the jobs in hand to finish.
    pub async fn run(
        self,
        interval: std::time::Duration,
        shutdown: impl std::future::Future<Output = ()>,
    ) {
        let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
        let loops: Vec<_> = (0..self.state.config.jobs.workers.max(1))
            .map(|n| {
                let mut w = self.clone();
                w.id = format!("{}.{n}", self.id);
                let mut stop = stop_rx.clone();
                tokio::spawn(async move {
                    loop {
                        w.drain().await;
                        tokio::select! {
                            _ = stop.wait_for(|s| *s) => break,
                            _ = tokio::time::sleep(interval) => {}
                            _ = w.wake.notified() => {}
                        }
                    }
                })
            })
            .collect();
        shutdown.await;
        let _ = stop_tx.send(true);
        for l in loops {
            let _ = l.await;
        }
        tracing::info!(worker = %self.id, "job workers stopped");
    }
}

/// Wakes every idle worker loop of this process (a batch keeps them all busy); the stored
/// permit covers a loop that is between two polls right now.
pub fn wake(n: &Notify) {
    n.notify_waiters();
    n.notify_one();
}
