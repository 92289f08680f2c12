//! Writing a reviewed import plan: one transaction, so a failure leaves nothing behind.
use super::{
    import::{Plan, PlannedCall},
    model,
};
use crate::{
    accounts::{invitations, CurrentUser},
    entities::{
        call_attendance, cohort, cohort_call, cohort_member, cohort_milestone, cohort_project,
        cohort_week, invitation, project_person,
    },
    AppState, ServiceError, ServiceResult,
};
use chrono::{NaiveDate, TimeZone, Utc};
use sea_orm::{prelude::*, ActiveValue::Set, DatabaseTransaction, QueryOrder, TransactionTrait};
use std::collections::HashMap;

fn json<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_string(v).unwrap_or_else(|_| "null".into())
}

/// The instant a call starts, when its date and time are both known.
pub fn starts_at(
    tz: &str,
    on: Option<NaiveDate>,
    at: Option<&str>,
) -> Option<chrono::DateTime<Utc>> {
    let tz: chrono_tz::Tz = tz.parse().ok()?;
    let time = super::ols::parse_time(at?)?;
    tz.from_local_datetime(&on?.and_time(time))
        .earliest()
        .map(|t| t.with_timezone(&Utc))
}

/// Applies the plan; returns the cohort's id. Refuses a plan with fatal problems.
pub async fn apply(state: &AppState, actor: &CurrentUser, plan: &Plan) -> ServiceResult<i32> {
    actor.require_staff()?;
    if !plan.can_apply() {
        return Err(ServiceError::invalid("files", "import-has-errors"));
    }
    let txn = state.db.begin().await?;
    let cohort_id = upsert_cohort(&txn, plan).await?;
    if let Some(weeks) = &plan.weeks {
        write_schedule(&txn, cohort_id, &plan.timezone, weeks).await?;
    }
    let projects = match &plan.projects {
        Some(p) => write_projects(&txn, cohort_id, p).await?,
        None => cohort_project::Entity::find()
            .filter(cohort_project::Column::CohortId.eq(cohort_id))
            .all(&txn)
            .await?
            .into_iter()
            .map(|p| (p.name, p.id))
            .collect(),
    };
    let project_ids: Vec<i32> = projects.values().copied().collect();
    for person in &plan.people {
        add_member(
            &txn,
            cohort_id,
            &person.handle,
            &person.role,
            person.user.as_ref().map(|u| u.0),
        )
        .await?;
        if let Some((uid, _)) = &person.user {
            link_projects(&txn, &project_ids, &person.handle, *uid).await?;
        }
        if let Some(project) = person.project.as_ref().and_then(|p| projects.get(p)) {
            if plan.projects.is_none() && matches!(person.role.as_str(), "participant" | "mentor") {
                add_project_person(
                    &txn,
                    *project,
                    &person.handle,
                    &person.role,
                    person.user.as_ref().map(|u| u.0),
                )
                .await?;
            }
        }
        if let Some(inv) = &person.invite {
            invite(state, &txn, actor, cohort_id, person, inv).await?;
        }
    }
    // Someone who typed a username these rows name before the import gets a claim for the
    // cohort's organizers, as if they typed it now (a verified holder was matched above).
    for person in plan.people.iter().filter(|p| p.user.is_none()) {
        if let Some(u) = crate::accounts::github::holder(&txn, &person.handle).await? {
            if u.github_verified_at.is_none() {
                super::claims::record(&txn, u.id, &person.handle).await?;
            }
        }
    }
    txn.commit().await?;
    Ok(cohort_id)
}

async fn upsert_cohort(txn: &DatabaseTransaction, plan: &Plan) -> ServiceResult<i32> {
    let mut extra = serde_json::Map::new();
    if !plan.schedule_extra.is_empty() {
        extra.insert(
            "schedule".into(),
            serde_json::to_value(&plan.schedule_extra).unwrap_or_default(),
        );
    }
    if !plan.metadata_extra.is_empty() {
        extra.insert(
            "metadata".into(),
            serde_json::to_value(&plan.metadata_extra).unwrap_or_default(),
        );
    }
    if let Some(pm) = &plan.possible_mentors {
        extra.insert("possible-mentors".into(), serde_json::json!(pm));
    }
    match plan.existing {
        Some(id) => {
            let current = cohort::Entity::find_by_id(id)
                .one(txn)
                .await?
                .ok_or(ServiceError::NotFound)?;
            let mut old: serde_json::Map<String, serde_json::Value> =
                serde_json::from_str(&current.extra).unwrap_or_default();
            if plan.weeks.is_some() {
                old.remove("schedule");
            }
            old.extend(extra);
            let mut m = cohort::ActiveModel {
                id: Set(id),
                name: Set(plan.name.clone()),
                programme: Set(plan.programme.clone()),
                timezone: Set(plan.timezone.clone()),
                extra: Set(serde_json::Value::Object(old).to_string()),
                ..Default::default()
            };
            if let (Some(s), Some(e)) = (plan.starts_on, plan.ends_on) {
                m.starts_on = Set(s);
                m.ends_on = Set(e);
            }
            m.update(txn).await?;
            Ok(id)
        }
        None => {
            let today = Utc::now().date_naive();
            let starts_on = plan.starts_on.unwrap_or(today);
            let ends_on = plan
                .ends_on
                .unwrap_or(starts_on + chrono::Duration::weeks(16));
            let status = if today < starts_on {
                "planned"
            } else if today > ends_on {
                "finished"
            } else {
                "running"
            };
            let c = cohort::ActiveModel {
                slug: Set(plan.slug.clone()),
                name: Set(plan.name.clone()),
                programme: Set(plan.programme.clone()),
                starts_on: Set(starts_on),
                ends_on: Set(ends_on),
                timezone: Set(plan.timezone.clone()),
                status: Set(status.into()),
                hub_group: Set(None),
                missed_calls_alert: Set(2),
                inactive_weeks_alert: Set(3),
                extra: Set(serde_json::Value::Object(extra).to_string()),
                created_at: Set(Utc::now()),
                ..Default::default()
            }
            .insert(txn)
            .await?;
            for (i, (key, scope)) in model::DEFAULT_MILESTONES.iter().enumerate() {
                cohort_milestone::ActiveModel {
                    cohort_id: Set(c.id),
                    key: Set((*key).into()),
                    title: Set(None),
                    scope: Set((*scope).into()),
                    position: Set(i as i32),
                    ..Default::default()
                }
                .insert(txn)
                .await?;
            }
            Ok(c.id)
        }
    }
}

/// Weeks by number; calls matched by (week, title, date) keep their id and attendance;
/// calls the new schedule no longer has are removed.
async fn write_schedule(
    txn: &DatabaseTransaction,
    cohort_id: i32,
    tz: &str,
    weeks: &[super::import::PlannedWeek],
) -> ServiceResult<()> {
    let old_weeks: HashMap<i32, cohort_week::Model> = cohort_week::Entity::find()
        .filter(cohort_week::Column::CohortId.eq(cohort_id))
        .all(txn)
        .await?
        .into_iter()
        .map(|w| (w.number, w))
        .collect();
    let mut old_calls: Vec<cohort_call::Model> = cohort_call::Entity::find()
        .filter(cohort_call::Column::CohortId.eq(cohort_id))
        .order_by_asc(cohort_call::Column::Id)
        .all(txn)
        .await?;
    let mut kept_weeks = vec![];
    for w in weeks {
        let week_id = match old_weeks.get(&w.number) {
            Some(old) => {
                cohort_week::ActiveModel {
                    id: Set(old.id),
                    starts_on: Set(w.starts_on),
                    ..Default::default()
                }
                .update(txn)
                .await?;
                old.id
            }
            None => {
                cohort_week::ActiveModel {
                    cohort_id: Set(cohort_id),
                    number: Set(w.number),
                    starts_on: Set(w.starts_on),
                    ..Default::default()
                }
                .insert(txn)
                .await?
                .id
            }
        };
        kept_weeks.push(week_id);
        for (pos, c) in w.calls.iter().enumerate() {
            let found = old_calls
                .iter()
                .position(|o| o.week_id == week_id && o.title == c.title && o.on_date == c.on_date);
            let mut m = call_model(cohort_id, week_id, pos as i32, tz, c);
            match found {
                Some(i) => {
                    let old = old_calls.remove(i);
                    m.id = Set(old.id);
                    m.update(txn).await?;
                }
                None => {
                    m.insert(txn).await?;
                }
            }
        }
    }
    for gone in old_calls {
        call_attendance::Entity::delete_many()
            .filter(call_attendance::Column::CallId.eq(gone.id))
            .exec(txn)
            .await?;
        cohort_call::Entity::delete_by_id(gone.id).exec(txn).await?;
    }
    for (number, old) in old_weeks {
        if !kept_weeks.contains(&old.id) && !weeks.iter().any(|w| w.number == number) {
            cohort_week::Entity::delete_by_id(old.id).exec(txn).await?;
        }
    }
    Ok(())
}

fn call_model(
    cohort_id: i32,
    week_id: i32,
    position: i32,
    tz: &str,
    c: &PlannedCall,
) -> cohort_call::ActiveModel {
    cohort_call::ActiveModel {
        cohort_id: Set(cohort_id),
        week_id: Set(week_id),
        position: Set(position),
        kind: Set(c.kind.to_owned()),
        kind_label: Set(c.label.clone()),
        title: Set(c.title.clone()),
        on_date: Set(c.on_date),
        at_time: Set(c.at_time.clone()),
        starts_at: Set(starts_at(tz, c.on_date, c.at_time.as_deref())),
        duration_minutes: Set(c.duration),
        hosts: Set(json(&c.hosts)),
        notes_url: Set(c.notes.clone()),
        recording_url: Set(c.recording.clone()),
        talks: Set(json(&c.talks)),
        extra: Set(json(&c.extra)),
        ..Default::default()
    }
}

/// Projects by name; their people are replaced by the file's.
async fn write_projects(
    txn: &DatabaseTransaction,
    cohort_id: i32,
    projects: &[super::import::PlannedProject],
) -> ServiceResult<HashMap<String, i32>> {
    let old: HashMap<String, cohort_project::Model> = cohort_project::Entity::find()
        .filter(cohort_project::Column::CohortId.eq(cohort_id))
        .all(txn)
        .await?
        .into_iter()
        .map(|p| (p.name.clone(), p))
        .collect();
    let mut ids = HashMap::new();
    for (pos, p) in projects.iter().enumerate() {
        let mut m = cohort_project::ActiveModel {
            cohort_id: Set(cohort_id),
            position: Set(pos as i32),
            name: Set(p.name.clone()),
            description: Set(p.description.clone()),
            keywords: Set(json(&p.keywords)),
            extra: Set(json(&p.extra)),
            ..Default::default()
        };
        let id = match old.get(&p.name) {
            Some(o) => {
                m.id = Set(o.id);
                m.update(txn).await?;
                project_person::Entity::delete_many()
                    .filter(project_person::Column::ProjectId.eq(o.id))
                    .exec(txn)
                    .await?;
                o.id
            }
            None => m.insert(txn).await?.id,
        };
        for h in &p.participants {
            add_project_person(txn, id, h, "participant", None).await?;
        }
        for h in &p.mentors {
            add_project_person(txn, id, h, "mentor", None).await?;
        }
        ids.insert(p.name.clone(), id);
    }
    Ok(ids)
}

/// The project rows that name a matched person get their account.
async fn link_projects(
    txn: &DatabaseTransaction,
    projects: &[i32],
    handle: &str,
    user_id: i32,
) -> ServiceResult<()> {
    project_person::Entity::update_many()
        .col_expr(project_person::Column::UserId, Expr::value(user_id))
        .filter(project_person::Column::ProjectId.is_in(projects.iter().copied()))
        .filter(project_person::Column::Handle.eq(handle))
        .filter(project_person::Column::UserId.is_null())
        .exec(txn)
        .await?;
    Ok(())
}

async fn add_project_person(
    txn: &DatabaseTransaction,
    project_id: i32,
    handle: &str,
    role: &str,
    user_id: Option<i32>,
) -> ServiceResult<()> {
    let exists = project_person::Entity::find()
        .filter(project_person::Column::ProjectId.eq(project_id))
        .filter(project_person::Column::Handle.eq(handle))
        .filter(project_person::Column::Role.eq(role))
        .one(txn)
        .await?;
    if exists.is_none() {
        project_person::ActiveModel {
            project_id: Set(project_id),
            user_id: Set(user_id),
            handle: Set(handle.to_owned()),
            role: Set(role.to_owned()),
            ..Default::default()
        }
        .insert(txn)
        .await?;
    }
    Ok(())
}

pub(super) async fn add_member(
    db: &impl ConnectionTrait,
    cohort_id: i32,
    handle: &str,
    role: &str,
    user_id: Option<i32>,
) -> ServiceResult<()> {
    let exists = cohort_member::Entity::find()
        .filter(cohort_member::Column::CohortId.eq(cohort_id))
        .filter(cohort_member::Column::Handle.eq(handle))
        .filter(cohort_member::Column::Role.eq(role))
        .one(db)
        .await?;
    match exists {
        Some(m) if m.user_id.is_none() && user_id.is_some() => {
            cohort_member::ActiveModel {
                id: Set(m.id),
                user_id: Set(user_id),
                ..Default::default()
            }
            .update(db)
            .await?;
        }
        Some(_) => {}
        None => {
            cohort_member::ActiveModel {
                cohort_id: Set(cohort_id),
                user_id: Set(user_id),
                handle: Set(handle.to_owned()),
                role: Set(role.to_owned()),
                ..Default::default()
            }
            .insert(db)
            .await?;
        }
    }
    Ok(())
}

/// One invitation per address (a pending one is not sent twice), in the person's language.
async fn invite(
    state: &AppState,
    txn: &DatabaseTransaction,
    actor: &CurrentUser,
    cohort_id: i32,
    person: &super::import::PlannedPerson,
    inv: &super::import::Invitee,
) -> ServiceResult<()> {
    let pending = invitation::Entity::find()
        .filter(invitation::Column::Email.eq(&inv.email))
        .filter(invitation::Column::AcceptedAt.is_null())
        .filter(invitation::Column::RevokedAt.is_null())
        .filter(invitation::Column::ExpiresAt.gt(Utc::now()))
        .one(txn)
        .await?;
    if pending.is_some() {
        return Ok(());
    }
    invitations::invite_in(
        state,
        txn,
        actor,
        invitations::NewInvitation {
            email: inv.email.clone(),
            role: model::platform_role(&person.role),
            institution_id: inv.institution_id,
            locale: inv.locale,
            cohort: Some(invitations::CohortPlace {
                cohort_id,
                role: person.role.clone(),
                project: person.project.clone(),
                github: inv.github.clone(),
            }),
        },
    )
    .await
}

/// Applies a stored upload once (a second click finds it applied). Returns the cohort slug.
pub async fn apply_stored(
    state: &AppState,
    actor: &CurrentUser,
    import_id: i32,
) -> ServiceResult<String> {
    let r = super::import::review(&state.db, actor, import_id).await?;
    if let Some(slug) = r.applied_to {
        return Ok(slug);
    }
    // The stored plan was made against the cohorts of its time: when a cohort with this
    // slug was created or removed since, the plan is made again and shown before applying.
    let now = cohort::Entity::find_by_slug(&state.db, &r.plan.slug)
        .await?
        .map(|c| c.id);
    if now != r.plan.existing {
        super::import::replan(&state.db, import_id, &r.upload).await?;
        return Err(ServiceError::invalid("files", "import-plan-stale"));
    }
    let cohort_id = apply(state, actor, &r.plan).await?;
    crate::entities::cohort_import::ActiveModel {
        id: Set(import_id),
        applied_at: Set(Some(Utc::now())),
        cohort_id: Set(Some(cohort_id)),
        ..Default::default()
    }
    .update(&state.db)
    .await?;
    Ok(r.plan.slug)
}
