//! Milestones: ticked per project (licence chosen, README…) or per participant (final
//! presentation) by a mentor of that project or an organizer, with the date and who ticked.
use super::access::{self, CohortAccess};
use crate::{
    accounts::CurrentUser,
    entities::{cohort_milestone, cohort_project, milestone_tick, project_person, user},
    ServiceError, ServiceResult,
};
use chrono::{NaiveDate, Utc};
use sea_orm::{prelude::*, ActiveValue::Set, QueryOrder};
use std::collections::HashMap;

#[derive(Clone, Debug)]
pub struct Tick {
    pub on: NaiveDate,
    pub by: String,
}

#[derive(Clone, Debug)]
pub struct MilestoneView {
    pub id: i32,
    pub key: String,
    pub title: Option<String>,
    pub scope: String,
    /// For a project milestone.
    pub project: Option<Tick>,
    /// For a participant milestone: each participant of the project.
    pub people: Vec<(i32, String, Option<Tick>)>,
}

#[derive(Clone, Debug)]
pub struct ProjectPage {
    pub access: CohortAccess,
    pub project: super::schedule::ProjectView,
    pub milestones: Vec<MilestoneView>,
    pub can_tick: bool,
}

pub async fn list(
    db: &DatabaseConnection,
    cohort_id: i32,
) -> ServiceResult<Vec<cohort_milestone::Model>> {
    Ok(cohort_milestone::Entity::find()
        .filter(cohort_milestone::Column::CohortId.eq(cohort_id))
        .order_by_asc(cohort_milestone::Column::Position)
        .all(db)
        .await?)
}

async fn may_tick(
    db: &DatabaseConnection,
    a: &CohortAccess,
    project_id: i32,
) -> ServiceResult<bool> {
    if a.manages() {
        return Ok(true);
    }
    Ok(project_person::Entity::find()
        .filter(project_person::Column::ProjectId.eq(project_id))
        .filter(project_person::Column::UserId.eq(a.user_id))
        .filter(project_person::Column::Role.eq("mentor"))
        .one(db)
        .await?
        .is_some())
}

pub async fn project_page(
    db: &DatabaseConnection,
    actor: &CurrentUser,
    slug: &str,
    project_id: i32,
) -> ServiceResult<ProjectPage> {
    let a = access::access(db, actor, slug).await?;
    let project = super::schedule::projects(db, a.cohort.id)
        .await?
        .into_iter()
        .find(|p| p.id == project_id)
        .ok_or(ServiceError::NotFound)?;
    let member = project
        .participants
        .iter()
        .chain(&project.mentors)
        .any(|p| p.user_id == Some(actor.id));
    if !a.manages() && !member {
        return Err(ServiceError::Forbidden);
    }
    let ticks = milestone_tick::Entity::find()
        .filter(
            milestone_tick::Column::MilestoneId
                .is_in(list(db, a.cohort.id).await?.iter().map(|m| m.id)),
        )
        .all(db)
        .await?;
    let by: HashMap<i32, String> = user::Entity::find()
        .filter(user::Column::Id.is_in(ticks.iter().map(|t| t.ticked_by)))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.name))
        .collect();
    let tick_of = |mid: i32, subject: String| {
        ticks
            .iter()
            .find(|t| t.milestone_id == mid && t.subject == subject)
            .map(|t| Tick {
                on: t.ticked_on,
                by: by.get(&t.ticked_by).cloned().unwrap_or_default(),
            })
    };
    let milestones = list(db, a.cohort.id)
        .await?
        .into_iter()
        .map(|m| MilestoneView {
            project: (m.scope == "project")
                .then(|| tick_of(m.id, format!("p:{project_id}")))
                .flatten(),
            people: if m.scope == "participant" {
                project
                    .participants
                    .iter()
                    .filter_map(|p| {
                        p.user_id.map(|u| {
                            (
                                u,
                                p.name.clone().unwrap_or_else(|| p.handle.clone()),
                                tick_of(m.id, format!("u:{u}")),
                            )
                        })
                    })
                    .collect()
            } else {
                vec![]
            },
            id: m.id,
            key: m.key,
            title: m.title,
            scope: m.scope,
        })
        .collect();
    let can_tick = may_tick(db, &a, project_id).await?;
    Ok(ProjectPage {
        access: a,
        project,
        milestones,
        can_tick,
    })
}

/// Ticks (or, with `done` false, unticks) a milestone for a project or one of its participants.
pub async fn set(
    db: &DatabaseConnection,
    actor: &CurrentUser,
    slug: &str,
    milestone_id: i32,
    project_id: i32,
    person: Option<i32>,
    done: bool,
) -> ServiceResult<()> {
    let a = access::access(db, actor, slug).await?;
    let m = cohort_milestone::Entity::find_by_id(milestone_id)
        .one(db)
        .await?
        .filter(|m| m.cohort_id == a.cohort.id)
        .ok_or(ServiceError::NotFound)?;
    cohort_project::Entity::find_by_id(project_id)
        .one(db)
        .await?
        .filter(|p| p.cohort_id == a.cohort.id)
        .ok_or(ServiceError::NotFound)?;
    if !may_tick(db, &a, project_id).await? {
        return Err(ServiceError::Forbidden);
    }
    let subject = match (m.scope.as_str(), person) {
        ("participant", Some(u)) => {
            let in_project = project_person::Entity::find()
                .filter(project_person::Column::ProjectId.eq(project_id))
                .filter(project_person::Column::UserId.eq(u))
                .one(db)
                .await?
                .is_some();
            if !in_project {
                return Err(ServiceError::NotFound);
            }
            format!("u:{u}")
        }
        ("project", _) => format!("p:{project_id}"),
        _ => return Err(ServiceError::invalid("person", "error-not-found")),
    };
    let existing = milestone_tick::Entity::find()
        .filter(milestone_tick::Column::MilestoneId.eq(m.id))
        .filter(milestone_tick::Column::Subject.eq(&subject))
        .one(db)
        .await?;
    match (existing, done) {
        (None, true) => {
            milestone_tick::ActiveModel {
                milestone_id: Set(m.id),
                subject: Set(subject),
                project_id: Set((m.scope == "project").then_some(project_id)),
                user_id: Set(person.filter(|_| m.scope == "participant")),
                ticked_by: Set(actor.id),
                ticked_on: Set(Utc::now().date_naive()),
                created_at: Set(Utc::now()),
                ..Default::default()
            }
            .insert(db)
            .await?;
        }
        (Some(t), false) => {
            milestone_tick::Entity::delete_by_id(t.id).exec(db).await?;
        }
        _ => {}
    }
    Ok(())
}
