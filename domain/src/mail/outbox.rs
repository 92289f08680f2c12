use crate::{
    entities::email,
    i18n::{Args, Locale},
    jobs,
    state::AppState,
    ServiceResult,
};
use chrono::Utc;
use sea_orm::{prelude::*, ActiveValue::Set};

pub const SEND_JOB: &str = "send_email";

/// Renders `mail-<template>-subject` and `mail-<template>-body` in the recipient's language
/// and queues the message, inside the caller's transaction so a mail is queued exactly when the
/// change that causes it is committed.
pub async fn queue(
    state: &AppState,
    db: &impl ConnectionTrait,
    to: &str,
    locale: Locale,
    template: &str,
    args: Args<'_>,
) -> ServiceResult<i64> {
    let subject = state
        .i18n
        .t(locale, &format!("mail-{template}-subject"), args);
    let body = state.i18n.t(locale, &format!("mail-{template}-body"), args);
    let row = email::ActiveModel {
        to_address: Set(to.to_owned()),
        subject: Set(subject),
        body_text: Set(body),
        locale: Set(locale.code().to_owned()),
        template: Set(template.to_owned()),
        created_at: Set(Utc::now()),
        sent_at: Set(None),
        delivered_to: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?;
    jobs::queue::enqueue(db, SEND_JOB, &serde_json::json!({ "email_id": row.id }), 10).await?;
    Ok(row.id)
}
