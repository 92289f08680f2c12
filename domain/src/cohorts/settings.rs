//! A cohort's settings that organizers change on its page: status, required courses, the
//! hub group its people join, and the thresholds that mark someone as falling behind.
use super::access;
use crate::{
    accounts::CurrentUser,
    entities::{cohort, cohort_course, cohort_member},
    AppState, ServiceError, ServiceResult,
};
use sea_orm::{prelude::*, ActiveValue::Set, TransactionTrait};

#[derive(Clone, Debug, Default)]
pub struct SettingsForm {
    pub status: String,
    /// Course slugs, separated by commas or lines.
    pub courses: String,
    pub hub_group: String,
    pub missed_calls_alert: String,
    pub inactive_weeks_alert: String,
}

fn number(field: &'static str, s: &str) -> ServiceResult<i32> {
    s.trim()
        .parse::<i32>()
        .ok()
        .filter(|n| (0..=52).contains(n))
        .ok_or(ServiceError::invalid(field, "error-number-invalid"))
}

pub async fn update(
    state: &AppState,
    actor: &CurrentUser,
    slug: &str,
    f: &SettingsForm,
) -> ServiceResult<()> {
    let a = access::access(&state.db, actor, slug).await?;
    a.require_manage()?;
    if !super::model::STATUSES.contains(&f.status.as_str()) {
        return Err(ServiceError::invalid(
            "status",
            "error-cohort-status-invalid",
        ));
    }
    let catalog = state.library.catalog();
    let mut slugs: Vec<String> = f
        .courses
        .split([',', '\n'])
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
        .collect();
    slugs.dedup();
    if slugs.iter().any(|s| catalog.course(s).is_none()) {
        return Err(ServiceError::invalid("courses", "error-course-unknown"));
    }
    let group = f.hub_group.trim();
    if group.contains('/') || group.len() > 100 {
        return Err(ServiceError::invalid(
            "hub_group",
            "error-hub-groups-invalid",
        ));
    }
    let txn = state.db.begin().await?;
    cohort::ActiveModel {
        id: Set(a.cohort.id),
        status: Set(f.status.clone()),
        hub_group: Set(Some(group.to_owned()).filter(|g| !g.is_empty())),
        missed_calls_alert: Set(number("missed_calls_alert", &f.missed_calls_alert)?),
        inactive_weeks_alert: Set(number("inactive_weeks_alert", &f.inactive_weeks_alert)?),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    cohort_course::Entity::delete_many()
        .filter(cohort_course::Column::CohortId.eq(a.cohort.id))
        .exec(&txn)
        .await?;
    for s in &slugs {
        cohort_course::ActiveModel {
            cohort_id: Set(a.cohort.id),
            course_slug: Set(s.clone()),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
    }
    txn.commit().await?;
    // Participants must be able to take the courses they are required to complete.
    for m in members(&state.db, a.cohort.id).await? {
        for s in &slugs {
            crate::courses::progress::enroll(&state.db, m, s, Some(actor.id)).await?;
        }
    }
    if group != a.cohort.hub_group.clone().unwrap_or_default() && !group.is_empty() {
        crate::hubs::provisioning::queue_people(
            &state.db,
            &members(&state.db, a.cohort.id).await?,
            "cohort",
            Some(actor.id),
        )
        .await?;
    }
    Ok(())
}

/// The linked people of a cohort (any role).
pub async fn members(db: &DatabaseConnection, cohort_id: i32) -> ServiceResult<Vec<i32>> {
    let mut ids: Vec<i32> = cohort_member::Entity::find()
        .filter(cohort_member::Column::CohortId.eq(cohort_id))
        .all(db)
        .await?
        .into_iter()
        .filter_map(|m| m.user_id)
        .collect();
    ids.sort();
    ids.dedup();
    Ok(ids)
}

/// An organizer asks for the whole cohort's hub accounts (and groups).
pub async fn sync_hubs(state: &AppState, actor: &CurrentUser, slug: &str) -> ServiceResult<usize> {
    let a = access::access(&state.db, actor, slug).await?;
    a.require_manage()?;
    let ids = members(&state.db, a.cohort.id).await?;
    crate::hubs::provisioning::queue_people(&state.db, &ids, "cohort", Some(actor.id)).await
}
