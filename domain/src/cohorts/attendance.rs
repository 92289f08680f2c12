//! Attendance: hosts and organizers tick who came to a call; participants report their
//! mentor meetings themselves and their mentor confirms.
use super::{
    access::{self, CohortAccess},
    model,
};
use crate::{
    accounts::CurrentUser,
    entities::{call_attendance, cohort_call, cohort_member, user},
    ServiceError, ServiceResult,
};
use chrono::Utc;
use sea_orm::{prelude::*, ActiveValue::Set, QueryOrder, TransactionTrait};
use std::collections::{BTreeMap, HashMap};

#[derive(Clone, Debug)]
pub struct SheetRow {
    pub user_id: i32,
    pub name: String,
    pub role: String,
    pub present: Option<bool>,
    pub self_reported: bool,
    pub confirmed: bool,
}

#[derive(Clone, Debug)]
pub struct Sheet {
    pub call: cohort_call::Model,
    pub rows: Vec<SheetRow>,
}

async fn call_in(
    db: &DatabaseConnection,
    a: &CohortAccess,
    call_id: i32,
) -> ServiceResult<cohort_call::Model> {
    cohort_call::Entity::find_by_id(call_id)
        .one(db)
        .await?
        .filter(|c| c.cohort_id == a.cohort.id)
        .ok_or(ServiceError::NotFound)
}

/// Who is expected at a call: mentors at mentor training, participants otherwise.
async fn expected(
    db: &DatabaseConnection,
    cohort_id: i32,
    kind: &str,
) -> ServiceResult<BTreeMap<i32, String>> {
    let role = if model::for_participants(kind) {
        "participant"
    } else {
        "mentor"
    };
    Ok(cohort_member::Entity::find()
        .filter(cohort_member::Column::CohortId.eq(cohort_id))
        .filter(cohort_member::Column::Role.eq(role))
        .all(db)
        .await?
        .into_iter()
        .filter_map(|m| m.user_id.map(|u| (u, m.role)))
        .collect())
}

pub async fn sheet(
    db: &DatabaseConnection,
    actor: &CurrentUser,
    slug: &str,
    call_id: i32,
) -> ServiceResult<(CohortAccess, Sheet)> {
    let a = access::access(db, actor, slug).await?;
    let call = call_in(db, &a, call_id).await?;
    if !a.hosts(&call.hosts) {
        return Err(ServiceError::Forbidden);
    }
    let people = expected(db, a.cohort.id, &call.kind).await?;
    let names: HashMap<i32, String> = user::Entity::find()
        .filter(user::Column::Id.is_in(people.keys().copied()))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.name))
        .collect();
    let marks: HashMap<i32, call_attendance::Model> = call_attendance::Entity::find()
        .filter(call_attendance::Column::CallId.eq(call.id))
        .all(db)
        .await?
        .into_iter()
        .map(|m| (m.user_id, m))
        .collect();
    let mut rows: Vec<SheetRow> = people
        .into_iter()
        .map(|(id, role)| {
            let m = marks.get(&id);
            SheetRow {
                user_id: id,
                name: names.get(&id).cloned().unwrap_or_default(),
                role,
                present: m.map(|m| m.present),
                self_reported: m.is_some_and(|m| m.self_reported),
                confirmed: m.is_some_and(|m| m.confirmed_by.is_some()),
            }
        })
        .collect();
    rows.sort_by_key(|x| x.name.to_lowercase());
    Ok((a, Sheet { call, rows }))
}

/// Records the whole sheet: the people ticked were there, the others were not.
pub async fn record(
    db: &DatabaseConnection,
    actor: &CurrentUser,
    slug: &str,
    call_id: i32,
    present: &[i32],
) -> ServiceResult<usize> {
    let (_, sheet) = sheet(db, actor, slug, call_id).await?;
    let txn = db.begin().await?;
    let now = Utc::now();
    for row in &sheet.rows {
        let here = present.contains(&row.user_id);
        let existing = call_attendance::Entity::find()
            .filter(call_attendance::Column::CallId.eq(call_id))
            .filter(call_attendance::Column::UserId.eq(row.user_id))
            .one(&txn)
            .await?;
        let mut m = call_attendance::ActiveModel {
            call_id: Set(call_id),
            user_id: Set(row.user_id),
            present: Set(here),
            self_reported: Set(false),
            // A host's tick is confirmation enough.
            confirmed_by: Set(Some(actor.id)),
            recorded_by: Set(actor.id),
            recorded_at: Set(now),
            ..Default::default()
        };
        match existing {
            Some(e) => {
                m.id = Set(e.id);
                m.update(&txn).await?;
            }
            None => {
                m.insert(&txn).await?;
            }
        }
    }
    txn.commit().await?;
    Ok(present
        .iter()
        .filter(|p| sheet.rows.iter().any(|r| r.user_id == **p))
        .count())
}

/// A participant says they attended a mentor meeting; it counts once their mentor confirms.
pub async fn report(
    db: &DatabaseConnection,
    actor: &CurrentUser,
    slug: &str,
    call_id: i32,
) -> ServiceResult<()> {
    let a = access::access(db, actor, slug).await?;
    let call = call_in(db, &a, call_id).await?;
    if !a.is("participant") || !model::self_reported(&call.kind) {
        return Err(ServiceError::Forbidden);
    }
    let existing = call_attendance::Entity::find()
        .filter(call_attendance::Column::CallId.eq(call_id))
        .filter(call_attendance::Column::UserId.eq(actor.id))
        .one(db)
        .await?;
    if existing.is_none() {
        call_attendance::ActiveModel {
            call_id: Set(call_id),
            user_id: Set(actor.id),
            present: Set(true),
            self_reported: Set(true),
            confirmed_by: Set(None),
            recorded_by: Set(actor.id),
            recorded_at: Set(Utc::now()),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    Ok(())
}

/// Reports waiting for this mentor's confirmation (every one, for managers).
pub async fn to_confirm(
    db: &DatabaseConnection,
    a: &CohortAccess,
) -> ServiceResult<Vec<(call_attendance::Model, String, String)>> {
    let mentees = access::mentees(db, a.cohort.id, a.user_id).await?;
    let calls: HashMap<i32, cohort_call::Model> = cohort_call::Entity::find()
        .filter(cohort_call::Column::CohortId.eq(a.cohort.id))
        .all(db)
        .await?
        .into_iter()
        .map(|c| (c.id, c))
        .collect();
    let rows = call_attendance::Entity::find()
        .filter(call_attendance::Column::CallId.is_in(calls.keys().copied()))
        .filter(call_attendance::Column::SelfReported.eq(true))
        .filter(call_attendance::Column::ConfirmedBy.is_null())
        .order_by_asc(call_attendance::Column::Id)
        .all(db)
        .await?;
    let names: HashMap<i32, String> = user::Entity::find()
        .filter(user::Column::Id.is_in(rows.iter().map(|r| r.user_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.name))
        .collect();
    Ok(rows
        .into_iter()
        .filter(|r| a.manages() || mentees.contains(&r.user_id))
        .map(|r| {
            let title = calls
                .get(&r.call_id)
                .map(|c| c.title.clone())
                .unwrap_or_default();
            let name = names.get(&r.user_id).cloned().unwrap_or_default();
            (r, name, title)
        })
        .collect())
}

pub async fn confirm(
    db: &DatabaseConnection,
    actor: &CurrentUser,
    slug: &str,
    attendance_id: i32,
) -> ServiceResult<()> {
    let a = access::access(db, actor, slug).await?;
    let waiting = to_confirm(db, &a).await?;
    if !waiting.iter().any(|(r, _, _)| r.id == attendance_id) {
        return Err(ServiceError::Forbidden);
    }
    call_attendance::ActiveModel {
        id: Set(attendance_id),
        confirmed_by: Set(Some(actor.id)),
        ..Default::default()
    }
    .update(db)
    .await?;
    Ok(())
}

/// Whether a recorded mark counts as attended.
pub fn counts(m: &call_attendance::Model) -> bool {
    m.present && (!m.self_reported || m.confirmed_by.is_some())
}
