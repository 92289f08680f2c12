//! Sign-in attempts are limited per account and per IP address, in the database so that
//! several server instances share the count.
use crate::{entities::login_attempt, ServiceError, ServiceResult};
use chrono::{Duration, Utc};
use sea_orm::{prelude::*, ActiveValue::Set};

pub const WINDOW_MINUTES: i64 = 15;
pub const MAX_FAILURES_PER_ACCOUNT: u64 = 5;
pub const MAX_FAILURES_PER_IP: u64 = 30;

pub fn account_key(email: &str) -> String {
    format!("account:{}", email.trim().to_lowercase())
}

pub fn ip_key(ip: &str) -> String {
    format!("ip:{ip}")
}

async fn failures(db: &DatabaseConnection, key: &str) -> ServiceResult<u64> {
    let since = Utc::now() - Duration::minutes(WINDOW_MINUTES);
    Ok(login_attempt::Entity::find()
        .filter(login_attempt::Column::ScopeKey.eq(key))
        .filter(login_attempt::Column::Succeeded.eq(false))
        .filter(login_attempt::Column::CreatedAt.gt(since))
        .count(db)
        .await?)
}

/// Refuses before any password is checked when either limit is reached.
pub async fn check(db: &DatabaseConnection, email: &str, ip: &str) -> ServiceResult<()> {
    if failures(db, &account_key(email)).await? >= MAX_FAILURES_PER_ACCOUNT
        || failures(db, &ip_key(ip)).await? >= MAX_FAILURES_PER_IP
    {
        return Err(ServiceError::RateLimited);
    }
    Ok(())
}

pub async fn record(
    db: &DatabaseConnection,
    email: &str,
    ip: &str,
    succeeded: bool,
) -> ServiceResult<()> {
    for key in [account_key(email), ip_key(ip)] {
        login_attempt::ActiveModel {
            scope_key: Set(key),
            succeeded: Set(succeeded),
            created_at: Set(Utc::now()),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    if succeeded {
        // A successful sign-in clears the account's failures (not the IP's).
        login_attempt::Entity::delete_many()
            .filter(login_attempt::Column::ScopeKey.eq(account_key(email)))
            .filter(login_attempt::Column::Succeeded.eq(false))
            .exec(db)
            .await?;
    }
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
