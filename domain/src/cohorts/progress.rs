//! Progress in a cohort, shared by the participant's track and the organizer's dashboard:
//! attendance per call, required-course completion, milestone ticks, and the rules that
//! say a participant is falling behind.
use super::{attendance, model, schedule::WeekView};
use crate::{
    courses::Catalog,
    entities::{call_attendance, lesson_progress},
};
use chrono::{DateTime, Utc};
use sea_orm::prelude::*;
use std::collections::{HashMap, HashSet};

/// Attendance marks of a cohort: (call, person) → counted as attended.
pub struct Marks {
    pub by_call_person: HashMap<(i32, i32), call_attendance::Model>,
    /// Calls whose attendance was taken (at least one mark by a host).
    pub taken: HashSet<i32>,
}

impl Marks {
    pub async fn load(db: &DatabaseConnection, call_ids: &[i32]) -> Result<Marks, DbErr> {
        let rows = call_attendance::Entity::find()
            .filter(call_attendance::Column::CallId.is_in(call_ids.iter().copied()))
            .all(db)
            .await?;
        Ok(Marks {
            taken: rows
                .iter()
                .filter(|r| !r.self_reported)
                .map(|r| r.call_id)
                .collect(),
            by_call_person: rows
                .into_iter()
                .map(|r| ((r.call_id, r.user_id), r))
                .collect(),
        })
    }

    pub fn attended(&self, call: i32, person: i32) -> bool {
        self.by_call_person
            .get(&(call, person))
            .is_some_and(attendance::counts)
    }

    /// Whether the call counts for this person: attendance was taken, or (mentor
    /// meetings) they reported it.
    pub fn expected(&self, call: i32, kind: &str, person: i32) -> bool {
        if model::self_reported(kind) {
            self.by_call_person.contains_key(&(call, person))
        } else {
            self.taken.contains(&call)
        }
    }
}

/// (expected, attended) per week for one participant.
pub fn week_cells(weeks: &[WeekView], marks: &Marks, person: i32) -> Vec<(u32, u32)> {
    weeks
        .iter()
        .map(|w| {
            w.calls
                .iter()
                .filter(|c| {
                    model::for_participants(&c.kind) && marks.expected(c.id, &c.kind, person)
                })
                .fold((0, 0), |(e, a), c| {
                    (e + 1, a + u32::from(marks.attended(c.id, person)))
                })
        })
        .collect()
}

/// The longest run of consecutive recorded calls the person missed.
pub fn missed_streak(weeks: &[WeekView], marks: &Marks, person: i32) -> u32 {
    let (mut run, mut best) = (0, 0);
    for c in weeks.iter().flat_map(|w| &w.calls) {
        if !model::for_participants(&c.kind)
            || model::self_reported(&c.kind)
            || !marks.taken.contains(&c.id)
        {
            continue;
        }
        if marks.attended(c.id, person) {
            run = 0;
        } else {
            run += 1;
            best = best.max(run);
        }
    }
    best
}

/// Lesson progress of people in the required courses.
pub struct Courses {
    pub slugs: Vec<String>,
    lessons: HashMap<String, usize>,
    /// Each person's lesson rows: the dashboard asks per person, per course and per week.
    by_person: HashMap<i32, Vec<lesson_progress::Model>>,
}

impl Courses {
    pub async fn load(
        db: &DatabaseConnection,
        catalog: &Catalog,
        slugs: Vec<String>,
        people: &[i32],
    ) -> Result<Courses, DbErr> {
        let rows = lesson_progress::Entity::find()
            .filter(lesson_progress::Column::UserId.is_in(people.iter().copied()))
            .filter(lesson_progress::Column::CourseSlug.is_in(slugs.clone()))
            .all(db)
            .await?;
        let lessons = slugs
            .iter()
            .map(|s| (s.clone(), catalog.course(s).map_or(0, |c| c.lessons.len())))
            .collect();
        let mut by_person: HashMap<i32, Vec<lesson_progress::Model>> = HashMap::new();
        for r in rows {
            by_person.entry(r.user_id).or_default().push(r);
        }
        Ok(Courses {
            slugs,
            lessons,
            by_person,
        })
    }

    fn rows_of(&self, person: i32) -> impl Iterator<Item = &lesson_progress::Model> {
        self.by_person.get(&person).into_iter().flatten()
    }

    /// Percent of the course's lessons completed (by `until`, when given).
    pub fn percent(&self, person: i32, slug: &str, until: Option<DateTime<Utc>>) -> u32 {
        let total = self.lessons.get(slug).copied().unwrap_or(0);
        if total == 0 {
            return 0;
        }
        let done = self
            .rows_of(person)
            .filter(|r| r.course_slug == slug)
            .filter(|r| r.completed_at.is_some_and(|c| until.is_none_or(|u| c <= u)))
            .count();
        ((done * 100) / total).min(100) as u32
    }

    pub fn all_done(&self, person: i32, until: Option<DateTime<Utc>>) -> bool {
        !self.slugs.is_empty()
            && self
                .slugs
                .iter()
                .all(|s| self.percent(person, s, until) >= 100)
    }

    /// When the person last opened or completed a lesson of a required course.
    pub fn last_activity(&self, person: i32) -> Option<DateTime<Utc>> {
        self.rows_of(person)
            .flat_map(|r| [Some(r.last_viewed_at), r.completed_at])
            .flatten()
            .max()
    }
}

/// Why a participant is highlighted: Fluent ids `behind-attendance`, `behind-courses`.
pub fn behind(
    weeks: &[WeekView],
    marks: &Marks,
    courses: &Courses,
    person: i32,
    cohort: &crate::entities::cohort::Model,
    now: DateTime<Utc>,
) -> Vec<&'static str> {
    let mut out = vec![];
    let (missed_alert, inactive_weeks, cohort_start) = (
        cohort.missed_calls_alert,
        cohort.inactive_weeks_alert,
        cohort.starts_on,
    );
    if missed_alert > 0 && missed_streak(weeks, marks, person) >= missed_alert as u32 {
        out.push("behind-attendance");
    }
    let window = chrono::Duration::weeks(i64::from(inactive_weeks.max(1)));
    let started = cohort_start
        .and_hms_opt(0, 0, 0)
        .map(|d| d.and_utc())
        .unwrap_or(now);
    if !courses.slugs.is_empty() && !courses.all_done(person, None) && now - started >= window {
        let idle = courses
            .last_activity(person)
            .is_none_or(|t| now - t >= window);
        if idle {
            out.push("behind-courses");
        }
    }
    out
}
