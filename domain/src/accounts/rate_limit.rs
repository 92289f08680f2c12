//! Attempts limited per key (an account, a client address, a form), in the database so that
//! several server instances share the count.
//!
//! An attempt first *reserves* its slot: in one transaction it writes its own row, then
//! counts the rows before it and decides. The write comes first, so on SQLite the
//! transaction holds the single write lock while it counts (and a first-statement write never
//! fails with a stale snapshot); on PostgreSQL an advisory lock per key serializes the same
//! step. So however many requests arrive at once, exactly the allowed number get through; a
//! refused attempt rolls back and leaves nothing. The expensive check (argon2) runs after.
//!
//! Accounts are not locked: past the free failures, each further try must wait twice as
//! long as the last (capped), so an attacker gets a handful of guesses per window and the
//! owner can still sign in after a short wait.
use crate::{db::is_postgres, entities::login_attempt, ServiceError, ServiceResult};
use chrono::{DateTime, Duration, Utc};
use sea_orm::{prelude::*, ActiveValue::Set, QueryOrder, Statement, TransactionTrait};

pub const WINDOW_MINUTES: i64 = 15;
pub const MAX_FAILURES_PER_ACCOUNT: u64 = 5;
pub const MAX_FAILURES_PER_IP: u64 = 30;
/// The longest wait between two tries on one account once its free failures are used up.
pub const MAX_ACCOUNT_DELAY_SECONDS: i64 = 300;

pub fn account_key(email: &str) -> String {
    format!("account:{}", email.trim().to_lowercase())
}

pub fn ip_key(ip: &str) -> String {
    format!("ip:{ip}")
}

/// How one key is limited.
#[derive(Clone, Debug)]
pub struct Rule {
    pub key: String,
    pub window: Duration,
    /// Attempts allowed in the window (failures only, unless `count_all`).
    pub max: u64,
    /// Count every attempt (forms), not only failures (sign-in).
    pub count_all: bool,
    /// Past `max`, allow one try per doubling delay instead of refusing until the window
    /// ends (accounts: an attacker cannot lock the owner out).
    pub progressive: bool,
}

impl Rule {
    pub fn sign_in_account(email: &str) -> Self {
        Rule {
            key: account_key(email),
            window: Duration::minutes(WINDOW_MINUTES),
            max: MAX_FAILURES_PER_ACCOUNT,
            count_all: false,
            progressive: true,
        }
    }

    pub fn sign_in_ip(ip: &str) -> Self {
        Rule {
            key: ip_key(ip),
            window: Duration::minutes(WINDOW_MINUTES),
            max: MAX_FAILURES_PER_IP,
            count_all: false,
            progressive: false,
        }
    }
}

/// A reserved attempt: its rows count as failures until `succeeded` says otherwise.
#[must_use]
pub struct Slot {
    ids: Vec<i32>,
}

/// The wait before the next try once `prior` failures are on record (`prior >= max`).
fn delay_after(prior: u64, max: u64) -> Duration {
    let doublings = (prior - max).min(20) as u32;
    Duration::seconds((1i64 << doublings).min(MAX_ACCOUNT_DELAY_SECONDS))
}

/// Reserves an attempt under every rule at once, or refuses with `RateLimited`.
pub async fn reserve(db: &DatabaseConnection, rules: &[Rule]) -> ServiceResult<Slot> {
    let now = Utc::now();
    let txn = db.begin().await?;
    if is_postgres(db) {
        let mut keys: Vec<&str> = rules.iter().map(|r| r.key.as_str()).collect();
        keys.sort_unstable();
        for key in keys {
            txn.execute_raw(Statement::from_sql_and_values(
                sea_orm::DatabaseBackend::Postgres,
                "SELECT pg_advisory_xact_lock(hashtext($1))",
                [key.into()],
            ))
            .await?;
        }
    }
    let mut ids = vec![];
    for rule in rules {
        let row = login_attempt::ActiveModel {
            scope_key: Set(rule.key.clone()),
            succeeded: Set(false),
            created_at: Set(now),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        ids.push(row.id);
    }
    for (rule, id) in rules.iter().zip(&ids) {
        let mut q = login_attempt::Entity::find()
            .filter(login_attempt::Column::ScopeKey.eq(rule.key.as_str()))
            .filter(login_attempt::Column::CreatedAt.gt(now - rule.window))
            .filter(login_attempt::Column::Id.ne(*id));
        if !rule.count_all {
            q = q.filter(login_attempt::Column::Succeeded.eq(false));
        }
        let prior = q.clone().count(&txn).await?;
        if prior < rule.max {
            continue;
        }
        let allowed = rule.progressive && {
            let last: Option<DateTime<Utc>> = q
                .order_by_desc(login_attempt::Column::CreatedAt)
                .one(&txn)
                .await?
                .map(|a| a.created_at);
            last.is_some_and(|t| now - t >= delay_after(prior, rule.max))
        };
        if !allowed {
            txn.rollback().await?;
            return Err(ServiceError::RateLimited);
        }
    }
    txn.commit().await?;
    Ok(Slot { ids })
}

/// Records how a reserved attempt ended. A success clears the failures of `clear` (the
/// account's, not the address's).
pub async fn finish(
    db: &DatabaseConnection,
    slot: Slot,
    succeeded: bool,
    clear: Option<&str>,
) -> ServiceResult<()> {
    if !succeeded {
        return Ok(());
    }
    let txn = db.begin().await?;
    login_attempt::Entity::update_many()
        .col_expr(login_attempt::Column::Succeeded, Expr::value(true))
        .filter(login_attempt::Column::Id.is_in(slot.ids))
        .exec(&txn)
        .await?;
    if let Some(key) = clear {
        login_attempt::Entity::delete_many()
            .filter(login_attempt::Column::ScopeKey.eq(key))
            .filter(login_attempt::Column::Succeeded.eq(false))
            .exec(&txn)
            .await?;
    }
    txn.commit().await?;
    Ok(())
}

/// Old attempts are deleted by the housekeeping job.
pub async fn prune(db: &DatabaseConnection) -> ServiceResult<u64> {
    let before = Utc::now() - Duration::minutes(WINDOW_MINUTES * 4);
    Ok(login_attempt::Entity::delete_many()
        .filter(login_attempt::Column::CreatedAt.lt(before))
        .exec(db)
        .await?
        .rows_affected)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wait_doubles_and_is_capped() {
        assert_eq!(delay_after(5, 5), Duration::seconds(1));
        assert_eq!(delay_after(7, 5), Duration::seconds(4));
        assert_eq!(
            delay_after(60, 5),
            Duration::seconds(MAX_ACCOUNT_DELAY_SECONDS)
        );
    }
}
