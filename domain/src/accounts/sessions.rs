//! Database-backed sign-in sessions. The cookie holds a random token; the database holds only
//! its hash.
use super::{passwords, people, rate_limit, CurrentUser, EmailAddress};
use crate::{
    entities::{session, user},
    security, ServiceError, ServiceResult,
};
use chrono::{Duration, Utc};
use sea_orm::{prelude::*, ActiveValue::Set};

pub const SESSION_DAYS: i64 = 14;

pub async fn create(db: &DatabaseConnection, user_id: i32) -> ServiceResult<String> {
    let token = security::random_token();
    let now = Utc::now();
    session::ActiveModel {
        token_hash: Set(security::hash_token(&token)),
        user_id: Set(user_id),
        created_at: Set(now),
        expires_at: Set(now + Duration::days(SESSION_DAYS)),
        last_seen_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    user::ActiveModel {
        id: Set(user_id),
        last_sign_in_at: Set(Some(now)),
        ..Default::default()
    }
    .update(db)
    .await?;
    Ok(token)
}

/// The person behind a session cookie, if the session is live and the account active.
pub async fn resolve(db: &DatabaseConnection, token: &str) -> ServiceResult<Option<CurrentUser>> {
    let Some(s) = session::Entity::find()
        .filter(session::Column::TokenHash.eq(security::hash_token(token)))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let now = Utc::now();
    if s.expires_at <= now {
        session::Entity::delete_by_id(s.id).exec(db).await?;
        return Ok(None);
    }
    // Sliding expiry, written at most once an hour so page views stay read-only.
    if now - s.last_seen_at > Duration::hours(1) {
        session::ActiveModel {
            id: Set(s.id),
            last_seen_at: Set(now),
            expires_at: Set(now + Duration::days(SESSION_DAYS)),
            ..Default::default()
        }
        .update(db)
        .await?;
    }
    people::current_user(db, s.user_id).await
}

pub async fn destroy(db: &DatabaseConnection, token: &str) -> ServiceResult<()> {
    session::Entity::delete_many()
        .filter(session::Column::TokenHash.eq(security::hash_token(token)))
        .exec(db)
        .await?;
    Ok(())
}

pub async fn destroy_all_for(db: &impl ConnectionTrait, user_id: i32) -> ServiceResult<()> {
    session::Entity::delete_many()
        .filter(session::Column::UserId.eq(user_id))
        .exec(db)
        .await?;
    Ok(())
}

/// Checks the password (rate-limited per account and per IP) and opens a session.
pub async fn sign_in(
    db: &DatabaseConnection,
    email: &str,
    password: &str,
    ip: &str,
) -> ServiceResult<(String, CurrentUser)> {
    let slot = rate_limit::reserve(
        db,
        &[
            rate_limit::Rule::sign_in_account(email),
            rate_limit::Rule::sign_in_ip(ip),
        ],
    )
    .await?;
    let found = match EmailAddress::parse(email) {
        Ok(e) => people::find_by_email(db, &e).await?,
        Err(_) => None,
    };
    let hash = found.as_ref().map(|u| u.password_hash.clone());
    let ok = passwords::verify_off_thread(password, hash).await
        && found.as_ref().is_some_and(|u| u.active);
    let account = rate_limit::account_key(email);
    rate_limit::finish(db, slot, ok, Some(&account)).await?;
    let Some(u) = found.filter(|_| ok) else {
        return Err(ServiceError::invalid("password", "error-sign-in-failed"));
    };
    let token = create(db, u.id).await?;
    let current = people::current_user(db, u.id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    Ok((token, current))
}

/// Changes the password after checking the current one; every session of the person ends and
/// a fresh one is returned for the browser that asked.
pub async fn change_password(
    db: &DatabaseConnection,
    actor: &CurrentUser,
    current: &str,
    new: &str,
    confirm: &str,
) -> ServiceResult<String> {
    let u = user::Entity::find_by_id(actor.id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    if !passwords::verify_off_thread(current, Some(u.password_hash.clone())).await {
        return Err(ServiceError::invalid(
            "current_password",
            "error-password-wrong",
        ));
    }
    passwords::check_policy("new_password", new)?;
    if new != confirm {
        return Err(ServiceError::invalid(
            "confirm_password",
            "error-password-mismatch",
        ));
    }
    set_password(db, actor.id, new).await?;
    create(db, actor.id).await
}

/// Stores a new hash and ends every session of the person.
pub async fn set_password(db: &impl ConnectionTrait, user_id: i32, new: &str) -> ServiceResult<()> {
    let hash = passwords::hash_off_thread(new).await?;
    store_password_hash(db, user_id, hash).await
}

/// Stores a hash computed beforehand (outside any transaction: argon2 must not hold the
/// write lock), ends every session and every open reset link of the person.
pub async fn store_password_hash(
    db: &impl ConnectionTrait,
    user_id: i32,
    hash: String,
) -> ServiceResult<()> {
    user::ActiveModel {
        id: Set(user_id),
        password_hash: Set(hash),
        ..Default::default()
    }
    .update(db)
    .await?;
    super::resets::revoke_all(db, user_id).await?;
    destroy_all_for(db, user_id).await
}
