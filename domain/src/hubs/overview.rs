//! What people see of provisioning: a learner's own hub account, and an organizer's view of
//! every member of a hub's institution with their account.
use super::{provisioning::status, registry};
use crate::{
    accounts::CurrentUser,
    entities::{hub, hub_account, user},
    ServiceResult,
};
use sea_orm::{prelude::*, QueryOrder};
use std::collections::HashMap;

/// A learner's account on their institution's hub.
#[derive(Clone, Debug, PartialEq)]
pub struct MyHubAccount {
    pub hub_name: String,
    /// Where the "open your hub" link goes.
    pub hub_url: String,
    pub hub_username: Option<String>,
    /// One of `status::ALL`; `pending` also when nothing was queued yet.
    pub status: String,
    /// Fluent id of the reason, when it failed.
    pub error_key: Option<String>,
}

pub async fn my_account(
    db: &DatabaseConnection,
    me: &CurrentUser,
) -> ServiceResult<Option<MyHubAccount>> {
    let Some(inst) = me.institution_id else {
        return Ok(None);
    };
    let Some(h) = registry::for_institution(db, inst).await? else {
        return Ok(None);
    };
    let account = hub_account::Entity::find()
        .filter(hub_account::Column::HubId.eq(h.id))
        .filter(hub_account::Column::UserId.eq(me.id))
        .one(db)
        .await?;
    Ok(Some(MyHubAccount {
        hub_url: format!("{}/hub/", h.base_url.trim_end_matches('/')),
        hub_name: h.name,
        hub_username: account
            .as_ref()
            .filter(|a| !a.hub_username.starts_with('#'))
            .map(|a| a.hub_username.clone()),
        status: account
            .as_ref()
            .map_or(status::PENDING.to_owned(), |a| a.status.clone()),
        error_key: account.and_then(|a| a.error_key),
    }))
}

/// One member of the hub's institution and their account, if any.
#[derive(Clone, Debug)]
pub struct MemberRow {
    pub user_id: i32,
    pub name: String,
    pub email: String,
    pub account: Option<hub_account::Model>,
}

/// Members first by account state (failed first, so problems are on top), then by name.
pub async fn members(
    actor: &CurrentUser,
    db: &DatabaseConnection,
    h: &hub::Model,
) -> ServiceResult<Vec<MemberRow>> {
    actor.require_staff()?;
    let mut accounts: HashMap<i32, hub_account::Model> = registry::accounts(db, h.id)
        .await?
        .into_iter()
        .map(|a| (a.user_id, a))
        .collect();
    let people = user::Entity::find()
        .filter(user::Column::InstitutionId.eq(h.institution_id))
        .order_by_asc(user::Column::Name)
        .all(db)
        .await?;
    let mut rows: Vec<MemberRow> = people
        .into_iter()
        .map(|p| MemberRow {
            account: accounts.remove(&p.id),
            user_id: p.id,
            name: p.name,
            email: p.email,
        })
        .collect();
    // People who left the institution but still have an account on its hub.
    for a in accounts.into_values() {
        if let Some(p) = user::Entity::find_by_id(a.user_id).one(db).await? {
            rows.push(MemberRow {
                user_id: p.id,
                name: p.name,
                email: p.email,
                account: Some(a),
            });
        }
    }
    let rank = |r: &MemberRow| match r.account.as_ref().map(|a| a.status.as_str()) {
        Some(status::FAILED) => 0,
        None => 1,
        Some(status::PENDING) | Some(status::REMOVING) => 2,
        _ => 3,
    };
    rows.sort_by_key(|r| rank(r));
    Ok(rows)
}
