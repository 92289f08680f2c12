//! A mentor's grading queue: the work their scope covers, filtered by course, exercise and
//! state, oldest submission first.
use super::{scope::Scope, WAITING};
use crate::{entities::exercise_work, i18n::Locale, AppState, ServiceResult};
use chrono::{DateTime, Utc};
use sea_orm::{prelude::*, QueryOrder, QuerySelect};
use std::collections::HashMap;

#[derive(Clone, Debug, Default)]
pub struct Filter {
    pub course: Option<String>,
    /// `lesson/exercise`.
    pub exercise: Option<String>,
    /// A state, `waiting` (the default: submitted or resubmitted) or `all`.
    pub state: Option<String>,
}

#[derive(Clone, Debug)]
pub struct Row {
    pub work_id: i32,
    pub learner: String,
    pub course: String,
    pub course_title: String,
    pub lesson: String,
    pub lesson_title: String,
    pub exercise: String,
    pub number: usize,
    pub kind: String,
    pub state: String,
    pub attempts: i32,
    pub score: Option<i32>,
    pub max_points: i32,
    pub submitted_at: DateTime<Utc>,
    pub assigned_to: Option<String>,
}

/// Titles of lessons and exercise numbers, looked up once per lesson.
pub struct Labels<'a> {
    state: &'a AppState,
    locale: Locale,
    lessons: HashMap<(String, String), String>,
}

impl<'a> Labels<'a> {
    pub fn new(state: &'a AppState, locale: Locale) -> Self {
        Labels {
            state,
            locale,
            lessons: HashMap::new(),
        }
    }
    pub fn course(&self, slug: &str) -> String {
        self.state
            .library
            .catalog()
            .course(slug)
            .map(|c| c.meta(self.locale).title.clone())
            .unwrap_or_else(|| slug.to_owned())
    }
    pub fn lesson(&mut self, course: &str, lesson: &str) -> String {
        let key = (course.to_owned(), lesson.to_owned());
        if let Some(t) = self.lessons.get(&key) {
            return t.clone();
        }
        let t = self
            .state
            .library
            .lesson_summary(&self.state.i18n, course, lesson, self.locale)
            .map(|(t, ..)| t)
            .unwrap_or_else(|| lesson.to_owned());
        self.lessons.insert(key, t.clone());
        t
    }
    pub fn number(&self, course: &str, lesson: &str, exercise: &str) -> usize {
        self.state
            .library
            .source_exercise(&self.state.i18n, course, lesson, exercise)
            .map_or(0, |e| e.number)
    }
}

pub const LIMIT: u64 = 500;

pub async fn list(
    state: &AppState,
    scope: &Scope,
    filter: &Filter,
    locale: Locale,
) -> ServiceResult<Vec<Row>> {
    let mut q = exercise_work::Entity::find().filter(scope.condition());
    if let Some(c) = filter.course.as_deref().filter(|c| !c.is_empty()) {
        q = q.filter(exercise_work::Column::Course.eq(c));
    }
    if let Some((lesson, ex)) = filter.exercise.as_deref().and_then(|e| e.split_once('/')) {
        q = q
            .filter(exercise_work::Column::Lesson.eq(lesson))
            .filter(exercise_work::Column::Exercise.eq(ex));
    }
    match filter.state.as_deref().unwrap_or("waiting") {
        "all" => {}
        "waiting" | "" => q = q.filter(exercise_work::Column::State.is_in(WAITING)),
        s => q = q.filter(exercise_work::Column::State.eq(s)),
    }
    let works = q
        .order_by_asc(exercise_work::Column::SubmittedAt)
        .order_by_asc(exercise_work::Column::Id)
        .limit(LIMIT)
        .all(&state.db)
        .await?;
    let ids: Vec<i32> = works
        .iter()
        .flat_map(|w| [Some(w.user_id), w.assigned_mentor_id])
        .flatten()
        .collect();
    let names = super::work::names(&state.db, ids).await?;
    let mut labels = Labels::new(state, locale);
    Ok(works
        .into_iter()
        .map(|w| Row {
            work_id: w.id,
            learner: names.get(&w.user_id).cloned().unwrap_or_default(),
            course_title: labels.course(&w.course),
            lesson_title: labels.lesson(&w.course, &w.lesson),
            number: labels.number(&w.course, &w.lesson, &w.exercise),
            assigned_to: w.assigned_mentor_id.and_then(|m| names.get(&m).cloned()),
            course: w.course,
            lesson: w.lesson,
            exercise: w.exercise,
            kind: w.kind,
            state: w.state,
            attempts: w.attempts,
            score: w.score,
            max_points: w.max_points,
            submitted_at: w.submitted_at,
        })
        .collect())
}

/// How many works wait for this scope (for the digest and the navigation badge).
pub async fn waiting_count(db: &impl ConnectionTrait, scope: &Scope) -> ServiceResult<u64> {
    use sea_orm::PaginatorTrait;
    Ok(exercise_work::Entity::find()
        .filter(scope.condition())
        .filter(exercise_work::Column::State.is_in(WAITING))
        .count(db)
        .await?)
}

/// The courses and exercises present in a scope's work, for the queue's filters:
/// (course, lesson, exercise).
pub async fn exercises_seen(
    db: &impl ConnectionTrait,
    scope: &Scope,
) -> ServiceResult<Vec<(String, String, String)>> {
    Ok(exercise_work::Entity::find()
        .select_only()
        .columns([
            exercise_work::Column::Course,
            exercise_work::Column::Lesson,
            exercise_work::Column::Exercise,
        ])
        .distinct()
        .filter(scope.condition())
        .order_by_asc(exercise_work::Column::Course)
        .order_by_asc(exercise_work::Column::Lesson)
        .order_by_asc(exercise_work::Column::Exercise)
        .into_tuple()
        .all(db)
        .await?)
}
