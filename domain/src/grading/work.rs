//! Reading work back: a learner's work on a lesson, and one work with its attempts and grades
//! for the grading page. Attempts are read without their notebook bytes unless asked for.
use crate::{
    entities::{exercise_attempt, exercise_grade, exercise_work, user},
    ServiceResult,
};
use chrono::{DateTime, Utc};
use sea_orm::{prelude::*, FromQueryResult, QueryOrder, QuerySelect};
use std::collections::HashMap;

/// An attempt without the notebook's bytes.
#[derive(Clone, Debug, FromQueryResult)]
pub struct AttemptSummary {
    pub id: i32,
    pub work_id: i32,
    pub number: i32,
    pub answer: Option<String>,
    pub choices: Option<String>,
    pub notebook_name: Option<String>,
    pub auto_correct: Option<bool>,
    pub created_at: DateTime<Utc>,
}

impl AttemptSummary {
    pub fn chosen(&self) -> Vec<usize> {
        self.choices
            .as_deref()
            .unwrap_or_default()
            .split(',')
            .filter_map(|c| c.parse().ok())
            .collect()
    }
}

/// A mentor's grade with the mentor's name.
#[derive(Clone, Debug)]
pub struct GradeEntry {
    pub grade: exercise_grade::Model,
    pub mentor: Option<String>,
}

impl GradeEntry {
    /// The chosen level per criterion (None: not chosen).
    pub fn levels(&self) -> Vec<Option<usize>> {
        self.grade
            .rubric_levels
            .as_deref()
            .unwrap_or_default()
            .split(',')
            .filter(|s| !s.is_empty())
            .map(|s| s.parse().ok())
            .collect()
    }
}

#[derive(Clone, Debug)]
pub struct WorkWithHistory {
    pub work: exercise_work::Model,
    /// Newest first.
    pub attempts: Vec<AttemptSummary>,
    /// Newest first.
    pub grades: Vec<GradeEntry>,
}

/// People's names by id.
pub async fn names(
    db: &impl ConnectionTrait,
    ids: impl IntoIterator<Item = i32>,
) -> ServiceResult<HashMap<i32, String>> {
    Ok(user::Entity::find()
        .filter(user::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.name))
        .collect())
}

pub async fn attempts(
    db: &impl ConnectionTrait,
    work_ids: Vec<i32>,
) -> ServiceResult<Vec<AttemptSummary>> {
    use exercise_attempt::Column as C;
    Ok(exercise_attempt::Entity::find()
        .select_only()
        .columns([
            C::Id,
            C::WorkId,
            C::Number,
            C::Answer,
            C::Choices,
            C::NotebookName,
            C::AutoCorrect,
            C::CreatedAt,
        ])
        .filter(C::WorkId.is_in(work_ids))
        .order_by_desc(C::Number)
        .into_model::<AttemptSummary>()
        .all(db)
        .await?)
}

async fn with_history(
    db: &impl ConnectionTrait,
    works: Vec<exercise_work::Model>,
) -> ServiceResult<Vec<WorkWithHistory>> {
    let ids: Vec<i32> = works.iter().map(|w| w.id).collect();
    let mut attempts_by: HashMap<i32, Vec<AttemptSummary>> = HashMap::new();
    for a in attempts(db, ids.clone()).await? {
        attempts_by.entry(a.work_id).or_default().push(a);
    }
    let grades = exercise_grade::Entity::find()
        .filter(exercise_grade::Column::WorkId.is_in(ids))
        .order_by_desc(exercise_grade::Column::Id)
        .all(db)
        .await?;
    let mentor_ids: Vec<i32> = grades.iter().filter_map(|g| g.mentor_id).collect();
    let names = names(db, mentor_ids).await?;
    let mut grades_by: HashMap<i32, Vec<GradeEntry>> = HashMap::new();
    for g in grades {
        let mentor = g.mentor_id.and_then(|m| names.get(&m).cloned());
        grades_by
            .entry(g.work_id)
            .or_default()
            .push(GradeEntry { grade: g, mentor });
    }
    Ok(works
        .into_iter()
        .map(|w| WorkWithHistory {
            attempts: attempts_by.remove(&w.id).unwrap_or_default(),
            grades: grades_by.remove(&w.id).unwrap_or_default(),
            work: w,
        })
        .collect())
}

/// A learner's own work on one lesson's exercises.
pub async fn on_lesson(
    db: &impl ConnectionTrait,
    user_id: i32,
    course: &str,
    lesson: &str,
) -> ServiceResult<Vec<WorkWithHistory>> {
    let works = exercise_work::Entity::find()
        .filter(exercise_work::Column::UserId.eq(user_id))
        .filter(exercise_work::Column::Course.eq(course))
        .filter(exercise_work::Column::Lesson.eq(lesson))
        .all(db)
        .await?;
    with_history(db, works).await
}

/// One work with its history (authorization is the caller's).
pub async fn one(db: &impl ConnectionTrait, work_id: i32) -> ServiceResult<WorkWithHistory> {
    let w = exercise_work::Entity::find_by_id(work_id)
        .one(db)
        .await?
        .ok_or(crate::ServiceError::NotFound)?;
    Ok(with_history(db, vec![w]).await?.remove(0))
}

/// An attempt's notebook file: (work, file name, bytes).
pub async fn notebook(
    db: &impl ConnectionTrait,
    attempt_id: i32,
) -> ServiceResult<(exercise_work::Model, String, Vec<u8>)> {
    let a = exercise_attempt::Entity::find_by_id(attempt_id)
        .one(db)
        .await?
        .ok_or(crate::ServiceError::NotFound)?;
    let (Some(bytes), Some(name)) = (a.notebook, a.notebook_name) else {
        return Err(crate::ServiceError::NotFound);
    };
    let w = exercise_work::Entity::find_by_id(a.work_id)
        .one(db)
        .await?
        .ok_or(crate::ServiceError::NotFound)?;
    Ok((w, name, bytes))
}
