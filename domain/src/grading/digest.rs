//! The mentors' daily digest: one mail per mentor with work waiting, in their language. A
//! second run the same day (a retried job) sends nothing new: each mail claims its
//! (mentor, day) in `scheduled_runs` in the transaction that queues it.
use super::{queue, scope};
use crate::{entities::user, i18n::Locale, jobs::schedule, jobs::JobError, mail, AppState};
use sea_orm::{prelude::*, TransactionTrait};

pub const DIGEST_JOB: &str = "grading.digest";
/// From this hour (UTC) the day's digest is due: morning in Africa, early in the Americas.
pub const HOUR_UTC: u32 = 9;

/// Sends the digest for `day` (`YYYY-MM-DD`); returns how many mails were queued.
pub async fn run(state: &AppState, day: &str) -> Result<usize, JobError> {
    let db = &state.db;
    let fail = |e: crate::ServiceError| JobError::retry(e);
    let mut sent = 0;
    for id in scope::mentors(db).await.map_err(fail)? {
        let Some(mentor) = user::Entity::find_by_id(id)
            .one(db)
            .await
            .map_err(JobError::retry)?
        else {
            continue;
        };
        if !mentor.active {
            continue;
        }
        let s = scope::of_user(db, id).await.map_err(fail)?;
        let waiting = queue::waiting_count(db, &s).await.map_err(fail)?;
        if waiting == 0 {
            continue;
        }
        let locale = Locale::parse(&mentor.locale).unwrap_or(Locale::En);
        let txn = db.begin().await.map_err(JobError::retry)?;
        if schedule::claim(&txn, &format!("{DIGEST_JOB}:{id}"), day)
            .await
            .map_err(JobError::retry)?
        {
            mail::outbox::queue(
                state,
                &txn,
                &mentor.email,
                locale,
                "grading-digest",
                &[
                    ("name", mentor.name.clone().into()),
                    ("count", (waiting as usize).into()),
                    ("link", state.config.link("/grading").into()),
                ],
            )
            .await
            .map_err(fail)?;
            sent += 1;
        }
        txn.commit().await.map_err(JobError::retry)?;
    }
    Ok(sent)
}
