//! A person's GitHub username. Anyone can type anyone's username, so a typed one grants
//! nothing: it is unique (compared case-insensitively, so nobody holds a second spelling),
//! matching cohort rows become claims for their organizers, and only a verified username
//! (named by an accepted invitation from a cohort file, or confirmed by an organizer) names a
//! hub account or links rows.
use super::people::check_github_username;
use crate::{entities::user, ServiceError, ServiceResult};
use chrono::Utc;
use sea_orm::{
    prelude::*,
    sea_query::{ExprTrait, Func},
    ActiveValue::Set,
    ConnectionTrait, SqlErr,
};

pub async fn github_username(
    db: &DatabaseConnection,
    user_id: i32,
) -> ServiceResult<Option<String>> {
    Ok(user::Entity::find_by_id(user_id)
        .one(db)
        .await?
        .and_then(|u| u.github_username))
}

/// Whether the person's username was proven (see `user::Model::github_verified_at`).
pub async fn github_verified(db: &DatabaseConnection, user_id: i32) -> ServiceResult<bool> {
    Ok(user::Entity::find_by_id(user_id)
        .one(db)
        .await?
        .is_some_and(|u| u.github_username.is_some() && u.github_verified_at.is_some()))
}

/// Who holds this username, whatever its case.
pub async fn holder(db: &impl ConnectionTrait, handle: &str) -> ServiceResult<Option<user::Model>> {
    Ok(user::Entity::find()
        .filter(ExprTrait::eq(
            Func::lower(Expr::col((user::Entity, user::Column::GithubUsername))),
            handle.to_lowercase(),
        ))
        .one(db)
        .await?)
}

/// The unique index refused the value: someone took it between our check and the write.
fn taken(e: DbErr) -> ServiceError {
    match e.sql_err() {
        Some(SqlErr::UniqueConstraintViolation(_)) => {
            ServiceError::invalid("github_username", "error-github-taken")
        }
        _ => ServiceError::Db(e),
    }
}

/// Sets (or clears, when empty) a person's GitHub username. A username someone else holds is
/// refused. A new username is unverified: cohort rows naming it become pending claims for
/// their organizers, and the person's claims for an earlier username are withdrawn.
pub async fn set_github_username(
    db: &DatabaseConnection,
    user_id: i32,
    value: &str,
) -> ServiceResult<()> {
    let value = check_github_username(value)?;
    let txn = crate::db::begin_write(db).await?;
    let me = user::Entity::find_by_id(user_id)
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    if let Some(v) = &value {
        if holder(&txn, v).await?.is_some_and(|u| u.id != user_id) {
            return Err(ServiceError::invalid(
                "github_username",
                "error-github-taken",
            ));
        }
    }
    // Another spelling of the verified username stays verified; anything else is not.
    let same = match (&me.github_username, &value) {
        (Some(a), Some(b)) => a.eq_ignore_ascii_case(b),
        _ => false,
    };
    let verified = me.github_verified_at.filter(|_| same);
    user::ActiveModel {
        id: Set(user_id),
        github_username: Set(value.clone()),
        github_verified_at: Set(verified),
        ..Default::default()
    }
    .update(&txn)
    .await
    .map_err(taken)?;
    crate::cohorts::claims::withdraw(&txn, user_id, value.as_deref()).await?;
    if let Some(v) = &value {
        crate::cohorts::claims::record(&txn, user_id, v).await?;
    }
    txn.commit().await?;
    if verified.is_some() {
        crate::hubs::provisioning::after_github_username(db, user_id).await;
    }
    Ok(())
}

/// Gives `user_id` the username an accepted invitation came with, as verified: the cohort
/// file that named it also named the address the invitation reached. Someone who only typed
/// it loses it (and their claims for it); a verified holder keeps it, and then this person
/// gets none. Returns whether it was set.
pub async fn take_verified(
    db: &impl ConnectionTrait,
    user_id: i32,
    handle: &str,
) -> ServiceResult<bool> {
    let Ok(Some(handle)) = check_github_username(handle) else {
        return Ok(false);
    };
    if let Some(other) = holder(db, &handle).await? {
        if other.id != user_id {
            if other.github_verified_at.is_some() {
                tracing::warn!(
                    user = user_id,
                    holder = other.id,
                    "invitation's GitHub username is verified for someone else"
                );
                return Ok(false);
            }
            user::ActiveModel {
                id: Set(other.id),
                github_username: Set(None),
                ..Default::default()
            }
            .update(db)
            .await?;
            crate::cohorts::claims::withdraw(db, other.id, None).await?;
        }
    }
    user::ActiveModel {
        id: Set(user_id),
        github_username: Set(Some(handle)),
        github_verified_at: Set(Some(Utc::now())),
        ..Default::default()
    }
    .update(db)
    .await?;
    Ok(true)
}
