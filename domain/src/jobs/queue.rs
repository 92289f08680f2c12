use crate::entities::job;
use chrono::{DateTime, Duration, Utc};
use rand::Rng;
use sea_orm::{prelude::*, ActiveValue::Set, DatabaseBackend, FromQueryResult, Statement};

pub const QUEUED: &str = "queued";
pub const RUNNING: &str = "running";
pub const DONE: &str = "done";
pub const FAILED: &str = "failed";
pub const DEFAULT_MAX_ATTEMPTS: i32 = 8;

/// A job to queue. `subject` names what it concerns (`hub:3`) and `batch_id` the batch it
/// belongs to, so pages can list and count them.
#[derive(Clone, Debug)]
pub struct NewJob {
    pub kind: &'static str,
    pub payload: serde_json::Value,
    pub priority: i32,
    pub run_at: DateTime<Utc>,
    pub subject: Option<String>,
    pub batch_id: Option<i64>,
}

impl NewJob {
    pub fn new(kind: &'static str, payload: serde_json::Value) -> Self {
        NewJob {
            kind,
            payload,
            priority: 0,
            run_at: Utc::now(),
            subject: None,
            batch_id: None,
        }
    }
}

pub async fn enqueue(
    db: &impl ConnectionTrait,
    kind: &'static str,
    payload: &serde_json::Value,
    priority: i32,
) -> Result<i64, DbErr> {
    enqueue_at(db, kind, payload, priority, Utc::now()).await
}

pub async fn enqueue_at(
    db: &impl ConnectionTrait,
    kind: &'static str,
    payload: &serde_json::Value,
    priority: i32,
    run_at: DateTime<Utc>,
) -> Result<i64, DbErr> {
    push(
        db,
        NewJob {
            priority,
            run_at,
            ..NewJob::new(kind, payload.clone())
        },
    )
    .await
}

pub async fn push(db: &impl ConnectionTrait, new: NewJob) -> Result<i64, DbErr> {
    let row = job::ActiveModel {
        kind: Set(new.kind.to_owned()),
        payload: Set(new.payload.to_string()),
        priority: Set(new.priority),
        status: Set(QUEUED.to_owned()),
        attempts: Set(0),
        max_attempts: Set(DEFAULT_MAX_ATTEMPTS),
        run_at: Set(new.run_at),
        locked_until: Set(None),
        locked_by: Set(None),
        last_error: Set(None),
        created_at: Set(Utc::now()),
        finished_at: Set(None),
        subject: Set(new.subject),
        batch_id: Set(new.batch_id),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(row.id)
}

/// Puts a failed (or finished) job back in the queue now, with a fresh set of attempts.
pub async fn requeue(
    db: &impl ConnectionTrait,
    id: i64,
    batch_id: Option<i64>,
) -> Result<(), DbErr> {
    let mut m = job::ActiveModel {
        id: Set(id),
        status: Set(QUEUED.to_owned()),
        attempts: Set(0),
        run_at: Set(Utc::now()),
        locked_until: Set(None),
        locked_by: Set(None),
        finished_at: Set(None),
        ..Default::default()
    };
    if batch_id.is_some() {
        m.batch_id = Set(batch_id);
    }
    m.update(db).await.map(|_| ())
}

/// Claims the most urgent job that is due, or one whose worker's lease ran out (the worker
/// died). One statement, so two workers never claim the same job: PostgreSQL skips rows another
/// transaction has locked; SQLite runs one writer at a time.
pub async fn claim(
    db: &DatabaseConnection,
    worker: &str,
    lease: Duration,
) -> Result<Option<job::Model>, DbErr> {
    let now = Utc::now();
    let until = now + lease;
    let backend = db.get_database_backend();
    let sql = match backend {
        DatabaseBackend::Postgres => {
            "UPDATE jobs SET status = 'running', attempts = attempts + 1, locked_until = $1, locked_by = $2 \
             WHERE id = (SELECT id FROM jobs \
                WHERE (status = 'queued' AND run_at <= $3) OR (status = 'running' AND locked_until < $3) \
                ORDER BY priority DESC, id LIMIT 1 FOR UPDATE SKIP LOCKED) \
             RETURNING *"
        }
        _ => {
            "UPDATE jobs SET status = 'running', attempts = attempts + 1, locked_until = ?, locked_by = ? \
             WHERE id = (SELECT id FROM jobs \
                WHERE (status = 'queued' AND run_at <= ?) OR (status = 'running' AND locked_until < ?) \
                ORDER BY priority DESC, id LIMIT 1) \
             RETURNING *"
        }
    };
    let mut values: Vec<sea_orm::Value> = vec![until.into(), worker.into(), now.into()];
    if backend != DatabaseBackend::Postgres {
        values.push(now.into());
    }
    job::Model::find_by_statement(Statement::from_sql_and_values(backend, sql, values))
        .one(db)
        .await
}

/// Marks a job done. `locked_by` keeps the worker that ran it (which instance did the work).
pub async fn complete(db: &DatabaseConnection, id: i64) -> Result<(), DbErr> {
    job::ActiveModel {
        id: Set(id),
        status: Set(DONE.to_owned()),
        locked_until: Set(None),
        finished_at: Set(Some(Utc::now())),
        ..Default::default()
    }
    .update(db)
    .await
    .map(|_| ())
}

/// Records a failed run: queued again after a backoff, or failed for good with the reason.
pub async fn fail(
    db: &DatabaseConnection,
    j: &job::Model,
    error: &str,
    permanent: bool,
    retry_base: std::time::Duration,
) -> Result<(), DbErr> {
    let give_up = permanent || j.attempts >= j.max_attempts;
    let mut m = job::ActiveModel {
        id: Set(j.id),
        last_error: Set(Some(error.chars().take(2000).collect())),
        locked_until: Set(None),
        locked_by: Set(None),
        ..Default::default()
    };
    if give_up {
        m.status = Set(FAILED.to_owned());
        m.finished_at = Set(Some(Utc::now()));
    } else {
        m.status = Set(QUEUED.to_owned());
        m.run_at = Set(Utc::now() + backoff(j.attempts, retry_base));
    }
    m.update(db).await.map(|_| ())
}

/// Exponential backoff from `base` (5 s by default), capped at an hour, with up to 25 % jitter
/// so retries of many jobs do not arrive together.
pub fn backoff(attempts: i32, base: std::time::Duration) -> Duration {
    let base_ms = (base.as_millis() as i64).max(1);
    let delay = base_ms
        .saturating_mul(1i64 << attempts.clamp(0, 20))
        .min(3_600_000);
    let jitter = rand::thread_rng().gen_range(0..=delay / 4);
    Duration::milliseconds(delay + jitter)
}

pub async fn find(db: &DatabaseConnection, id: i64) -> Result<Option<job::Model>, DbErr> {
    job::Entity::find_by_id(id).one(db).await
}

#[derive(Debug, FromQueryResult)]
pub struct StatusCount {
    pub status: String,
    pub n: i64,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_and_is_capped() {
        let five = std::time::Duration::from_secs(5);
        assert!(backoff(1, five).num_seconds() >= 10 && backoff(1, five).num_seconds() <= 13);
        assert!(backoff(3, five).num_seconds() >= 40);
        assert!(backoff(30, five).num_seconds() <= 3600 + 900);
        let fast = std::time::Duration::from_millis(100);
        assert!(
            backoff(1, fast).num_milliseconds() >= 200
                && backoff(1, fast).num_milliseconds() <= 250
        );
    }
}
