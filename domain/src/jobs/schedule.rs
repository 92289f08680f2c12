//! Periodic tasks (the mentors' daily digest, the partnership year-end reminders). Every server
//! instance ticks once a minute; a task is due once per period, and the instance whose insert
//! into `scheduled_runs` succeeds queues its job in the same transaction. The others find the
//! row taken and do nothing, so a digest goes out once however many instances run.
use crate::{entities::scheduled_run, grading::digest, jobs::queue, partners::year, AppState};
use chrono::{DateTime, Timelike, Utc};
use sea_orm::{prelude::*, sea_query::OnConflict, ActiveValue::Set, TransactionTrait};

/// Claims `name` for `period`; true for exactly one caller.
pub async fn claim(db: &impl ConnectionTrait, name: &str, period: &str) -> Result<bool, DbErr> {
    let inserted = scheduled_run::Entity::insert(scheduled_run::ActiveModel {
        name: Set(name.to_owned()),
        period: Set(period.to_owned()),
        created_at: Set(Utc::now()),
    })
    .on_conflict(
        OnConflict::columns([scheduled_run::Column::Name, scheduled_run::Column::Period])
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    Ok(inserted == 1)
}

/// The daily tasks: (job kind, hour of the day in UTC from which it is due).
pub const DAILY: [(&str, u32); 2] = [
    (digest::DIGEST_JOB, digest::HOUR_UTC),
    (year::REMINDER_JOB, year::HOUR_UTC),
];

/// Queues each task that is due at `now` and not yet claimed for today; returns how many.
pub async fn tick(state: &AppState, now: DateTime<Utc>) -> Result<usize, DbErr> {
    let mut queued = 0;
    let today = now.date_naive().to_string();
    for (kind, hour) in DAILY {
        if now.hour() < hour {
            continue;
        }
        let txn = state.db.begin().await?;
        if claim(&txn, kind, &today).await? {
            queue::enqueue(&txn, kind, &serde_json::json!({ "day": today }), 0).await?;
            queued += 1;
        }
        txn.commit().await?;
    }
    Ok(queued)
}
