//! Drafts: when a save is refused (a syntax error, a stale edit), what was typed is kept in
//! the database and the editor opens with it, however long it is. A draft is only ever shown
//! to the person who typed it; drafts older than a day are dropped.
use crate::{accounts::CurrentUser, entities::translation_draft, ServiceResult};
use chrono::{Duration, Utc};
use sea_orm::{prelude::*, ActiveValue::Set};

pub async fn keep(db: &DatabaseConnection, actor: &CurrentUser, text: &str) -> ServiceResult<i32> {
    translation_draft::Entity::delete_many()
        .filter(translation_draft::Column::CreatedAt.lt(Utc::now() - Duration::days(1)))
        .exec(db)
        .await?;
    Ok(translation_draft::ActiveModel {
        user_id: Set(actor.id),
        text: Set(text.to_owned()),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await?
    .id)
}

/// The draft's text, if it is this person's.
pub async fn find(
    db: &DatabaseConnection,
    actor: &CurrentUser,
    id: i32,
) -> ServiceResult<Option<String>> {
    Ok(translation_draft::Entity::find_by_id(id)
        .one(db)
        .await?
        .filter(|d| d.user_id == actor.id)
        .map(|d| d.text))
}
