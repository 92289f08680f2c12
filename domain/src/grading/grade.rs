//! A mentor's decision on a work: rubric levels (points summed), Markdown feedback, and
//! accept, ask for a revision, or score. The form carries the work's version: if anyone
//! changed the work since the mentor opened it, the grade is refused and the page shows the
//! other change. Every grade is audited and mailed to the learner in their language.
use super::{audit, scope, ACCEPTED, GRADED, MANUAL, NEEDS_REVISION, TEXT_MAX_CHARS};
use crate::{
    accounts::CurrentUser,
    courses::exercise::Exercise,
    entities::{exercise_attempt, exercise_grade, exercise_work, user},
    i18n::Locale,
    mail, AppState, ServiceError, ServiceResult,
};
use chrono::Utc;
use sea_orm::{prelude::*, ActiveValue::Set, QueryOrder, TransactionTrait};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decision {
    Accept,
    Revise,
    Score,
}

impl Decision {
    pub fn parse(s: &str) -> Option<Decision> {
        match s {
            "accept" => Some(Decision::Accept),
            "revise" => Some(Decision::Revise),
            "score" => Some(Decision::Score),
            _ => None,
        }
    }
    pub fn as_str(self) -> &'static str {
        match self {
            Decision::Accept => "accept",
            Decision::Revise => "revise",
            Decision::Score => "score",
        }
    }
}

#[derive(Clone, Debug)]
pub struct GradeInput {
    pub work_id: i32,
    /// The work's version when the mentor opened it.
    pub version: i32,
    pub decision: Decision,
    /// Per rubric criterion, the chosen level's position.
    pub levels: Vec<Option<usize>>,
    /// Points given directly (exercises without a rubric).
    pub score: Option<i32>,
    pub feedback: String,
}

/// The score a grade gives: the rubric's levels summed, or the points typed, or (accepting
/// without either) full marks. None when asking for a revision.
pub fn score_of(ex: &Exercise, input: &GradeInput) -> ServiceResult<Option<i32>> {
    if input.decision == Decision::Revise {
        return Ok(None);
    }
    if !ex.rubric.is_empty() {
        let mut total = 0;
        for (i, c) in ex.rubric.iter().enumerate() {
            match input.levels.get(i).copied().flatten() {
                Some(l) if l < c.levels.len() => total += c.levels[l].points,
                Some(_) => {
                    return Err(ServiceError::invalid(
                        "rubric",
                        "error-grade-rubric-incomplete",
                    ))
                }
                None => {
                    return Err(ServiceError::detail(
                        "rubric",
                        "error-grade-rubric-incomplete",
                        vec![("criterion", c.title.clone())],
                    ))
                }
            }
        }
        return Ok(Some(total));
    }
    match (input.score, input.decision) {
        (Some(s), _) if (0..=ex.points).contains(&s) => Ok(Some(s)),
        (Some(_), _) | (None, Decision::Score) => Err(ServiceError::detail(
            "score",
            "error-grade-score",
            vec![("max", ex.points.to_string())],
        )),
        (None, _) => Ok(Some(ex.points)),
    }
}

pub async fn grade(state: &AppState, mentor: &CurrentUser, input: GradeInput) -> ServiceResult<()> {
    let db = &state.db;
    let work = exercise_work::Entity::find_by_id(input.work_id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    if !scope::of(db, mentor).await?.covers(&work) {
        return Err(ServiceError::Forbidden);
    }
    let ex = state
        .library
        .source_exercise(&state.i18n, &work.course, &work.lesson, &work.exercise)
        .ok_or(ServiceError::NotFound)?;
    if input.feedback.chars().count() > TEXT_MAX_CHARS {
        return Err(ServiceError::detail(
            "feedback",
            "error-answer-too-long",
            vec![("max", TEXT_MAX_CHARS.to_string())],
        ));
    }
    if input.decision == Decision::Revise && input.feedback.trim().is_empty() {
        return Err(ServiceError::invalid(
            "feedback",
            "error-grade-feedback-needed",
        ));
    }
    let score = score_of(&ex, &input)?;
    let new_state = match input.decision {
        Decision::Accept => ACCEPTED,
        Decision::Revise => NEEDS_REVISION,
        Decision::Score => GRADED,
    };
    let now = Utc::now();
    let txn = db.begin().await?;
    // Compare-and-set on the version: a concurrent grade makes this update touch no row.
    let changed = exercise_work::Entity::update_many()
        .col_expr(exercise_work::Column::State, Expr::value(new_state))
        .col_expr(exercise_work::Column::Score, Expr::value(score))
        .col_expr(exercise_work::Column::GradeSource, Expr::value(MANUAL))
        .col_expr(exercise_work::Column::GradedBy, Expr::value(mentor.id))
        .col_expr(exercise_work::Column::GradedAt, Expr::value(now))
        .col_expr(
            exercise_work::Column::Version,
            Expr::value(input.version + 1),
        )
        .filter(exercise_work::Column::Id.eq(work.id))
        .filter(exercise_work::Column::Version.eq(input.version))
        .exec(&txn)
        .await?
        .rows_affected;
    if changed == 0 {
        return Err(ServiceError::invalid("version", "error-grade-conflict"));
    }
    let latest = exercise_attempt::Entity::find()
        .filter(exercise_attempt::Column::WorkId.eq(work.id))
        .order_by_desc(exercise_attempt::Column::Number)
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let levels = (!ex.rubric.is_empty()).then(|| {
        input
            .levels
            .iter()
            .map(|l| l.map_or("-".to_owned(), |l| l.to_string()))
            .collect::<Vec<_>>()
            .join(",")
    });
    exercise_grade::ActiveModel {
        work_id: Set(work.id),
        attempt_id: Set(latest.id),
        mentor_id: Set(Some(mentor.id)),
        decision: Set(input.decision.as_str().to_owned()),
        score: Set(score),
        rubric_levels: Set(levels),
        feedback: Set(input.feedback.trim().to_owned()),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let after = exercise_work::Entity::find_by_id(work.id)
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let action = if work.grade_source.as_deref() == Some(super::AUTO) {
        "override"
    } else {
        "grade"
    };
    audit::record(
        &txn,
        work.id,
        Some(mentor.id),
        action,
        &audit::snapshot(&work),
        &audit::snapshot(&after),
    )
    .await?;
    notify_learner(state, &txn, &after, &ex, input.decision).await?;
    txn.commit().await?;
    Ok(())
}

/// The graded or sent-back mail, in the learner's language, queued with the grade.
async fn notify_learner(
    state: &AppState,
    db: &impl ConnectionTrait,
    work: &exercise_work::Model,
    ex: &Exercise,
    decision: Decision,
) -> ServiceResult<()> {
    let Some(learner) = user::Entity::find_by_id(work.user_id).one(db).await? else {
        return Ok(());
    };
    let locale = Locale::parse(&learner.locale).unwrap_or(Locale::En);
    let lesson = state
        .library
        .lesson_summary(&state.i18n, &work.course, &work.lesson, locale)
        .map(|(title, ..)| title)
        .unwrap_or_else(|| work.lesson.clone());
    let link = state.config.link(&format!(
        "/courses/{}/{}#exercise-{}",
        work.course, work.lesson, work.exercise
    ));
    let template = match decision {
        Decision::Revise => "grading-revision",
        Decision::Accept => "grading-accepted",
        Decision::Score => "grading-graded",
    };
    mail::outbox::queue(
        state,
        db,
        &learner.email,
        locale,
        template,
        &[
            ("name", learner.name.clone().into()),
            ("lesson", lesson.into()),
            ("number", ex.number.into()),
            ("score", i64::from(work.score.unwrap_or(0)).into()),
            ("points", i64::from(work.max_points).into()),
            ("link", link.into()),
        ],
    )
    .await?;
    Ok(())
}

/// Organizers hand a work to another mentor (or back to everyone who mentors the learner).
pub async fn reassign(
    db: &DatabaseConnection,
    actor: &CurrentUser,
    work_id: i32,
    version: i32,
    mentor: Option<i32>,
) -> ServiceResult<()> {
    actor.require_staff()?;
    let work = exercise_work::Entity::find_by_id(work_id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    if let Some(m) = mentor {
        if m == work.user_id || user::Entity::find_by_id(m).one(db).await?.is_none() {
            return Err(ServiceError::invalid("mentor", "error-grade-mentor"));
        }
    }
    let txn = db.begin().await?;
    let changed = exercise_work::Entity::update_many()
        .col_expr(exercise_work::Column::AssignedMentorId, Expr::value(mentor))
        .col_expr(exercise_work::Column::Version, Expr::value(version + 1))
        .filter(exercise_work::Column::Id.eq(work_id))
        .filter(exercise_work::Column::Version.eq(version))
        .exec(&txn)
        .await?
        .rows_affected;
    if changed == 0 {
        return Err(ServiceError::invalid("version", "error-grade-conflict"));
    }
    let mut after = work.clone();
    after.assigned_mentor_id = mentor;
    audit::record(
        &txn,
        work_id,
        Some(actor.id),
        "reassign",
        &audit::snapshot(&work),
        &audit::snapshot(&after),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
