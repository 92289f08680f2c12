//! Who reaches the workspace: translators and admins. A translator may be limited to some
//! locales (rows in `translator_locales`; none means every locale). Locales are the folders
//! beside `locales/en`, so one added later is offered at once.
use super::audit::target_locales;
use crate::{
    accounts::{CurrentUser, Role},
    entities::translator_locale,
    AppState, ServiceError, ServiceResult,
};
use sea_orm::{prelude::*, ActiveValue::Set};

pub fn may_enter(actor: &CurrentUser) -> ServiceResult<()> {
    if actor.can(Role::Translator) {
        Ok(())
    } else {
        Err(ServiceError::Forbidden)
    }
}

/// The locales this person may edit, in folder order.
pub async fn locales(state: &AppState, actor: &CurrentUser) -> ServiceResult<Vec<String>> {
    may_enter(actor)?;
    let all = target_locales(&state.config.locales_dir);
    if actor.has(Role::Admin) {
        return Ok(all);
    }
    let limited: Vec<String> = translator_locale::Entity::find()
        .filter(translator_locale::Column::UserId.eq(actor.id))
        .all(&state.db)
        .await?
        .into_iter()
        .map(|r| r.locale)
        .collect();
    Ok(if limited.is_empty() {
        all
    } else {
        all.into_iter().filter(|l| limited.contains(l)).collect()
    })
}

/// The locale as the folder names it, if this person may edit it (else Forbidden; a locale
/// with no folder is NotFound, so no path is ever built from what was typed).
pub async fn locale(state: &AppState, actor: &CurrentUser, code: &str) -> ServiceResult<String> {
    let all = target_locales(&state.config.locales_dir);
    let Some(found) = all.into_iter().find(|l| l == code) else {
        return Err(ServiceError::NotFound);
    };
    if locales(state, actor).await?.contains(&found) {
        Ok(found)
    } else {
        Err(ServiceError::Forbidden)
    }
}

/// Limits a translator to these locales (empty: every locale). Admins only.
pub async fn limit(
    state: &AppState,
    actor: &CurrentUser,
    user_id: i32,
    codes: &[String],
) -> ServiceResult<()> {
    if !actor.has(Role::Admin) {
        return Err(ServiceError::Forbidden);
    }
    let all = target_locales(&state.config.locales_dir);
    translator_locale::Entity::delete_many()
        .filter(translator_locale::Column::UserId.eq(user_id))
        .exec(&state.db)
        .await?;
    for c in codes.iter().filter(|c| all.contains(c)) {
        translator_locale::ActiveModel {
            user_id: Set(user_id),
            locale: Set(c.clone()),
            ..Default::default()
        }
        .insert(&state.db)
        .await?;
    }
    Ok(())
}

/// Translators with the locales each is limited to (empty: every locale), for admins.
pub async fn translators(
    state: &AppState,
    actor: &CurrentUser,
) -> ServiceResult<Vec<(crate::entities::user::Model, Vec<String>)>> {
    use crate::entities::{user, user_role};
    if !actor.has(Role::Admin) {
        return Err(ServiceError::Forbidden);
    }
    let ids: Vec<i32> = user_role::Entity::find()
        .filter(user_role::Column::Role.eq(Role::Translator.as_str()))
        .all(&state.db)
        .await?
        .into_iter()
        .map(|r| r.user_id)
        .collect();
    let people = user::Entity::find()
        .filter(user::Column::Id.is_in(ids))
        .filter(user::Column::Active.eq(true))
        .all(&state.db)
        .await?;
    let limits = translator_locale::Entity::find().all(&state.db).await?;
    Ok(people
        .into_iter()
        .map(|p| {
            let l = limits
                .iter()
                .filter(|r| r.user_id == p.id)
                .map(|r| r.locale.clone())
                .collect();
            (p, l)
        })
        .collect())
}
