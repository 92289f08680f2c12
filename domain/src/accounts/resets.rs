//! Password reset by email: a single-use, expiring link. The answer is the same whether or not
//! the address has an account, so the form cannot be used to find out who is registered.
use super::{people, rate_limit, sessions, EmailAddress};
use crate::{
    entities::password_reset, i18n::Locale, mail, security, state::AppState, ServiceError,
    ServiceResult,
};
use chrono::{Duration, Utc};
use sea_orm::{prelude::*, ActiveValue::Set, TransactionTrait};

pub const VALID_MINUTES: i64 = 60;
/// The job that looks the address up and mails the link, so the request itself does the same
/// work, and takes the same time, whether or not the address has an account.
pub const RESET_JOB: &str = "accounts.password_reset";
/// Reset mails one address may be sent per hour, and requests one client may make.
pub const MAX_PER_ADDRESS_PER_HOUR: u64 = 3;
pub const MAX_PER_CLIENT_PER_HOUR: u64 = 10;

fn limits(email: &EmailAddress, ip: &str) -> [rate_limit::Rule; 2] {
    let rule = |key: String, max| rate_limit::Rule {
        key,
        window: Duration::hours(1),
        max,
        count_all: true,
        progressive: false,
    };
    [
        rule(
            format!("reset:{}", email.as_str()),
            MAX_PER_ADDRESS_PER_HOUR,
        ),
        rule(format!("reset-ip:{ip}"), MAX_PER_CLIENT_PER_HOUR),
    ]
}

/// Takes a reset request: limited per address and per client, then queued. Invalid input and
/// too many requests are the only errors; nothing here depends on whether the account exists.
pub async fn request(state: &AppState, email: &str, ip: &str) -> ServiceResult<()> {
    let email = EmailAddress::parse(email)?;
    let _slot = rate_limit::reserve(&state.db, &limits(&email, ip)).await?;
    crate::jobs::queue::enqueue(
        &state.db,
        RESET_JOB,
        &serde_json::json!({ "email": email.as_str() }),
        10,
    )
    .await?;
    Ok(())
}

/// The reset job: a mail with a link when the address belongs to an active account;
/// otherwise nothing.
pub async fn run_job(state: &AppState, payload: &serde_json::Value) -> ServiceResult<()> {
    let email = EmailAddress::parse(payload["email"].as_str().unwrap_or_default())?;
    let Some(user) = people::find_by_email(&state.db, &email)
        .await?
        .filter(|u| u.active)
    else {
        return Ok(());
    };
    let token = security::random_token();
    let now = Utc::now();
    let txn = state.db.begin().await?;
    password_reset::ActiveModel {
        user_id: Set(user.id),
        token_hash: Set(security::hash_token(&token)),
        created_at: Set(now),
        expires_at: Set(now + Duration::minutes(VALID_MINUTES)),
        used_at: Set(None),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let locale = Locale::parse(&user.locale).unwrap_or(Locale::En);
    let link = state.config.link(&format!("/reset/{token}"));
    mail::outbox::queue(
        state,
        &txn,
        &user.email,
        locale,
        "password-reset",
        &[
            ("name", user.name.clone().into()),
            ("link", link.into()),
            ("minutes", VALID_MINUTES.into()),
        ],
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Every open reset link of a person stops working (their password changed another way).
pub async fn revoke_all(db: &impl ConnectionTrait, user_id: i32) -> ServiceResult<()> {
    password_reset::Entity::update_many()
        .col_expr(
            password_reset::Column::UsedAt,
            Expr::value(Some(Utc::now())),
        )
        .filter(password_reset::Column::UserId.eq(user_id))
        .filter(password_reset::Column::UsedAt.is_null())
        .exec(db)
        .await?;
    Ok(())
}

pub async fn find_open(
    db: &DatabaseConnection,
    token: &str,
) -> ServiceResult<password_reset::Model> {
    let r = password_reset::Entity::find()
        .filter(password_reset::Column::TokenHash.eq(security::hash_token(token)))
        .one(db)
        .await?
        .ok_or(ServiceError::invalid("token", "error-reset-invalid"))?;
    if r.used_at.is_some() || r.expires_at <= Utc::now() {
        return Err(ServiceError::invalid("token", "error-reset-invalid"));
    }
    Ok(r)
}

/// Sets the new password, uses up the link and ends every session of the person.
pub async fn complete(
    db: &DatabaseConnection,
    token: &str,
    password: &str,
    confirm: &str,
) -> ServiceResult<i32> {
    let r = find_open(db, token).await?;
    super::passwords::check_policy("password", password)?;
    if password != confirm {
        return Err(ServiceError::invalid(
            "confirm_password",
            "error-password-mismatch",
        ));
    }
    let hash = super::passwords::hash_off_thread(password).await?;
    let txn = db.begin().await?;
    let used = password_reset::Entity::update_many()
        .col_expr(
            password_reset::Column::UsedAt,
            Expr::value(Some(Utc::now())),
        )
        .filter(password_reset::Column::Id.eq(r.id))
        .filter(password_reset::Column::UsedAt.is_null())
        .exec(&txn)
        .await?;
    if used.rows_affected != 1 {
        return Err(ServiceError::invalid("token", "error-reset-invalid"));
    }
    sessions::store_password_hash(&txn, r.user_id, hash).await?;
    txn.commit().await?;
    Ok(r.user_id)
}
