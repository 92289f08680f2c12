//! Password reset by email: a single-use, expiring link. The answer is the same whether or not
//! the address has an account, so the form cannot be used to find out who is registered.
use super::{people, sessions, EmailAddress};
use crate::{
    entities::password_reset, i18n::Locale, mail, security, state::AppState, ServiceError,
    ServiceResult,
};
use chrono::{Duration, Utc};
use sea_orm::{prelude::*, ActiveValue::Set, TransactionTrait};

pub const VALID_MINUTES: i64 = 60;

/// Queues a reset mail when the address belongs to an active account; otherwise does nothing.
/// Invalid input is the only error.
pub async fn request(state: &AppState, email: &str) -> ServiceResult<()> {
    let email = EmailAddress::parse(email)?;
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
    sessions::set_password(&txn, r.user_id, password).await?;
    txn.commit().await?;
    Ok(r.user_id)
}
