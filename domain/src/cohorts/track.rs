//! A participant's track: this week's calls in their own timezone, their attendance, their
//! project's milestones and their required courses. Mentors and organizers see the tracks
//! of the people they follow.
use super::{
    access::{self, CohortAccess},
    attendance, milestones, model,
    progress::{Courses, Marks},
    schedule::{self, ProjectView, WeekView},
};
use crate::{
    accounts::CurrentUser,
    entities::{milestone_tick, user},
    AppState, ServiceError, ServiceResult,
};
use chrono::{NaiveDate, Utc};
use sea_orm::prelude::*;

#[derive(Clone, Debug)]
pub struct CallRow {
    pub call_id: i32,
    pub week: i32,
    pub kind: String,
    pub title: String,
    pub starts_at: Option<chrono::DateTime<Utc>>,
    pub on_date: Option<NaiveDate>,
    /// `present`, `absent`, `reported` (waiting for the mentor), `not-recorded`.
    pub status: &'static str,
    pub can_report: bool,
}

#[derive(Clone, Debug)]
pub struct Track {
    pub access: CohortAccess,
    pub person: user::Model,
    pub zone: chrono_tz::Tz,
    pub this_week: Option<WeekView>,
    pub calls: Vec<CallRow>,
    pub project: Option<ProjectView>,
    /// (key, custom title, ticked on).
    pub milestones: Vec<(String, Option<String>, Option<NaiveDate>)>,
    /// (slug, title, percent).
    pub courses: Vec<(String, String, u32)>,
    /// Self-reported meetings this viewer (a mentor) can confirm: (attendance id, person, call).
    pub to_confirm: Vec<(i32, String, String)>,
}

pub async fn track(
    state: &AppState,
    actor: &CurrentUser,
    slug: &str,
    person: Option<i32>,
) -> ServiceResult<Track> {
    let db = &state.db;
    let a = access::access(db, actor, slug).await?;
    let person_id = person.unwrap_or(actor.id);
    if !a.may_follow(db, person_id).await? {
        return Err(ServiceError::Forbidden);
    }
    let person = user::Entity::find_by_id(person_id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let me = user::Entity::find_by_id(actor.id).one(db).await?;
    let zone = schedule::zone_for(me.as_ref(), &a.cohort);
    let weeks = schedule::weeks(db, &a).await?;
    let today = Utc::now().with_timezone(&zone).date_naive();
    let this_week = schedule::current_week(&weeks, today).map(|i| weeks[i].clone());
    let call_ids: Vec<i32> = weeks
        .iter()
        .flat_map(|w| w.calls.iter().map(|c| c.id))
        .collect();
    let marks = Marks::load(db, &call_ids).await?;
    let is_participant = person_id == actor.id && a.is("participant");
    // Calls so far: an undated call (a mentor meeting) counts from its week's start.
    let calls = weeks
        .iter()
        .flat_map(|w| w.calls.iter().map(move |c| (w.starts_on, c)))
        .filter(|(_, c)| model::for_participants(&c.kind))
        .filter(|(week_start, c)| c.on_date.unwrap_or(*week_start) <= today)
        .map(|(_, c)| c)
        .map(|c| {
            let mark = marks.by_call_person.get(&(c.id, person_id));
            let status = match mark {
                Some(m) if attendance::counts(m) => "present",
                Some(m) if m.self_reported => "reported",
                Some(_) => "absent",
                None if marks.taken.contains(&c.id) => "absent",
                None => "not-recorded",
            };
            CallRow {
                call_id: c.id,
                week: c.week,
                kind: c.kind.clone(),
                title: c.title.clone(),
                starts_at: c.starts_at,
                on_date: c.on_date,
                status,
                can_report: is_participant && model::self_reported(&c.kind) && mark.is_none(),
            }
        })
        .collect();
    let project = schedule::projects(db, a.cohort.id)
        .await?
        .into_iter()
        .find(|p| p.participants.iter().any(|x| x.user_id == Some(person_id)));
    let all = milestones::list(db, a.cohort.id).await?;
    let ticks = milestone_tick::Entity::find()
        .filter(milestone_tick::Column::MilestoneId.is_in(all.iter().map(|m| m.id)))
        .all(db)
        .await?;
    let milestones = all
        .iter()
        .filter(|m| m.scope == "participant" || project.is_some())
        .map(|m| {
            let subject = if m.scope == "project" {
                format!("p:{}", project.as_ref().map_or(0, |p| p.id))
            } else {
                format!("u:{person_id}")
            };
            let on = ticks
                .iter()
                .find(|t| t.milestone_id == m.id && t.subject == subject)
                .map(|t| t.ticked_on);
            (m.key.clone(), m.title.clone(), on)
        })
        .collect();
    let catalog = state.library.catalog();
    let slugs = schedule::required_courses(db, a.cohort.id).await?;
    let progress = Courses::load(db, &catalog, slugs.clone(), &[person_id]).await?;
    let courses = slugs
        .iter()
        .map(|s| {
            let title = catalog
                .course(s)
                .map(|c| c.meta(actor.locale).title.clone())
                .unwrap_or_else(|| s.clone());
            (s.clone(), title, progress.percent(person_id, s, None))
        })
        .collect();
    let to_confirm = if a.is("mentor") || a.manages() {
        attendance::to_confirm(db, &a)
            .await?
            .into_iter()
            .map(|(r, name, title)| (r.id, name, title))
            .collect()
    } else {
        vec![]
    };
    Ok(Track {
        access: a,
        person,
        zone,
        this_week,
        calls,
        project,
        milestones,
        courses,
        to_confirm,
    })
}
