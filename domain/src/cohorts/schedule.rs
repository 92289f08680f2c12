//! A cohort as its members see it: weeks and calls in the viewer's timezone, projects and
//! their people, and what the viewer may do with each call.
use super::{
    access::{self, CohortAccess},
    ols,
};
use crate::{
    accounts::CurrentUser,
    entities::{
        cohort, cohort_call, cohort_course, cohort_member, cohort_project, cohort_week,
        project_person, user,
    },
    ServiceResult,
};
use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::{prelude::*, QueryOrder};
use std::collections::HashMap;

#[derive(Clone, Debug)]
pub struct CallView {
    pub id: i32,
    pub week: i32,
    pub kind: String,
    pub title: String,
    pub starts_at: Option<DateTime<Utc>>,
    pub on_date: Option<NaiveDate>,
    pub duration: Option<i32>,
    pub hosts: Vec<String>,
    pub notes: Option<String>,
    pub recording: Option<String>,
    pub talks: Vec<ols::Talk>,
    pub can_take_attendance: bool,
}

#[derive(Clone, Debug)]
pub struct WeekView {
    pub number: i32,
    pub starts_on: NaiveDate,
    pub calls: Vec<CallView>,
}

#[derive(Clone, Debug)]
pub struct PersonRef {
    pub handle: String,
    pub user_id: Option<i32>,
    pub name: Option<String>,
}

#[derive(Clone, Debug)]
pub struct ProjectView {
    pub id: i32,
    pub name: String,
    pub description: String,
    pub keywords: Vec<String>,
    pub participants: Vec<PersonRef>,
    pub mentors: Vec<PersonRef>,
}

#[derive(Clone, Debug)]
pub struct Overview {
    pub access: CohortAccess,
    pub zone: chrono_tz::Tz,
    pub weeks: Vec<WeekView>,
    pub projects: Vec<ProjectView>,
    pub counts: Vec<(String, usize)>,
    pub courses: Vec<String>,
}

/// The viewer's own timezone, else the cohort's.
pub fn zone_for(person: Option<&user::Model>, c: &cohort::Model) -> chrono_tz::Tz {
    person
        .and_then(|u| u.timezone.as_deref())
        .and_then(|z| z.parse().ok())
        .or_else(|| c.timezone.parse().ok())
        .unwrap_or(chrono_tz::UTC)
}

/// The timezone to show a cohort's times in for this person.
pub async fn zone_for_user(
    db: &DatabaseConnection,
    user_id: i32,
    c: &cohort::Model,
) -> ServiceResult<chrono_tz::Tz> {
    let me = user::Entity::find_by_id(user_id).one(db).await?;
    Ok(zone_for(me.as_ref(), c))
}

/// The week `today` falls in, else the next one, else the last.
pub fn current_week(weeks: &[WeekView], today: NaiveDate) -> Option<usize> {
    weeks
        .iter()
        .rposition(|w| w.starts_on <= today && today < w.starts_on + chrono::Duration::days(7))
        .or_else(|| weeks.iter().position(|w| w.starts_on > today))
        .or_else(|| weeks.len().checked_sub(1))
}

pub async fn weeks(db: &DatabaseConnection, a: &CohortAccess) -> ServiceResult<Vec<WeekView>> {
    let weeks = cohort_week::Entity::find()
        .filter(cohort_week::Column::CohortId.eq(a.cohort.id))
        .order_by_asc(cohort_week::Column::Number)
        .all(db)
        .await?;
    let calls = cohort_call::Entity::find()
        .filter(cohort_call::Column::CohortId.eq(a.cohort.id))
        .order_by_asc(cohort_call::Column::Position)
        .all(db)
        .await?;
    Ok(weeks
        .iter()
        .map(|w| WeekView {
            number: w.number,
            starts_on: w.starts_on,
            calls: calls
                .iter()
                .filter(|c| c.week_id == w.id)
                .map(|c| CallView {
                    id: c.id,
                    week: w.number,
                    kind: c.kind.clone(),
                    title: c.title.clone(),
                    starts_at: c.starts_at,
                    on_date: c.on_date,
                    duration: c.duration_minutes,
                    hosts: serde_json::from_str(&c.hosts).unwrap_or_default(),
                    notes: c.notes_url.clone(),
                    recording: c.recording_url.clone(),
                    talks: serde_json::from_str(&c.talks).unwrap_or_default(),
                    can_take_attendance: a.hosts(&c.hosts),
                })
                .collect(),
        })
        .collect())
}

pub async fn projects(db: &DatabaseConnection, cohort_id: i32) -> ServiceResult<Vec<ProjectView>> {
    let projects = cohort_project::Entity::find()
        .filter(cohort_project::Column::CohortId.eq(cohort_id))
        .order_by_asc(cohort_project::Column::Position)
        .all(db)
        .await?;
    let people = project_person::Entity::find()
        .filter(project_person::Column::ProjectId.is_in(projects.iter().map(|p| p.id)))
        .order_by_asc(project_person::Column::Id)
        .all(db)
        .await?;
    let names: HashMap<i32, String> = user::Entity::find()
        .filter(user::Column::Id.is_in(people.iter().filter_map(|p| p.user_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.name))
        .collect();
    let refs = |pid: i32, role: &str| -> Vec<PersonRef> {
        people
            .iter()
            .filter(|p| p.project_id == pid && p.role == role)
            .map(|p| PersonRef {
                handle: p.handle.clone(),
                user_id: p.user_id,
                name: p.user_id.and_then(|id| names.get(&id).cloned()),
            })
            .collect()
    };
    Ok(projects
        .iter()
        .map(|p| ProjectView {
            id: p.id,
            name: p.name.clone(),
            description: p.description.clone(),
            keywords: serde_json::from_str(&p.keywords).unwrap_or_default(),
            participants: refs(p.id, "participant"),
            mentors: refs(p.id, "mentor"),
        })
        .collect())
}

pub async fn overview(
    db: &DatabaseConnection,
    actor: &CurrentUser,
    slug: &str,
) -> ServiceResult<Overview> {
    let a = access::access(db, actor, slug).await?;
    let me = user::Entity::find_by_id(actor.id).one(db).await?;
    let members = cohort_member::Entity::find()
        .filter(cohort_member::Column::CohortId.eq(a.cohort.id))
        .all(db)
        .await?;
    let counts = super::model::ROLES
        .iter()
        .map(|r| {
            (
                String::from(*r),
                members.iter().filter(|m| m.role == *r).count(),
            )
        })
        .filter(|(_, n)| *n > 0)
        .collect();
    let courses = required_courses(db, a.cohort.id).await?;
    Ok(Overview {
        zone: zone_for(me.as_ref(), &a.cohort),
        weeks: weeks(db, &a).await?,
        projects: projects(db, a.cohort.id).await?,
        counts,
        courses,
        access: a,
    })
}

pub async fn required_courses(
    db: &DatabaseConnection,
    cohort_id: i32,
) -> ServiceResult<Vec<String>> {
    Ok(cohort_course::Entity::find()
        .filter(cohort_course::Column::CohortId.eq(cohort_id))
        .order_by_asc(cohort_course::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|c| c.course_slug)
        .collect())
}

/// The cohorts a person takes part in (every cohort for staff), newest first.
pub async fn mine(
    db: &DatabaseConnection,
    actor: &CurrentUser,
) -> ServiceResult<Vec<(cohort::Model, Vec<String>)>> {
    let all = cohort::Entity::find()
        .order_by_desc(cohort::Column::StartsOn)
        .all(db)
        .await?;
    let roles = cohort_member::Entity::find()
        .filter(cohort_member::Column::UserId.eq(actor.id))
        .all(db)
        .await?;
    Ok(all
        .into_iter()
        .filter_map(|c| {
            let mut r: Vec<String> = roles
                .iter()
                .filter(|m| m.cohort_id == c.id)
                .map(|m| m.role.clone())
                .collect();
            r.sort();
            r.dedup();
            (actor.is_staff() || !r.is_empty()).then_some((c, r))
        })
        .collect())
}
