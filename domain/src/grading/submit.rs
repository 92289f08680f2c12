//! A learner hands in an attempt. Every attempt is a new row; the work's state moves
//! submitted → (needs revision → resubmitted)* → accepted or graded. Choice answers are graded
//! at once against the English lesson (unless a mentor already graded by hand: that wins).
//! Only people enrolled in the course (or staff) may hand in work, and a notebook is
//! validated and rendered once, here, on the blocking pool: the grading page shows the stored
//! HTML.
use super::{
    audit, rendered, AUTO, GRADED, MANUAL, NEEDS_REVISION, RESUBMITTED, SUBMITTED, TEXT_MAX_CHARS,
};
use crate::{
    accounts::CurrentUser,
    courses::{
        exercise::{Exercise, Kind},
        progress,
    },
    entities::{exercise_attempt, exercise_work},
    AppState, ServiceError, ServiceResult,
};
use chrono::Utc;
use sea_orm::{prelude::*, ActiveValue::Set, IntoActiveModel, TransactionTrait};

#[derive(Clone, Debug)]
pub enum Answer {
    Choices(Vec<usize>),
    Written(String),
    NotebookFile { name: String, bytes: Vec<u8> },
    NotebookLink(String),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Submitted {
    pub work_id: i32,
    pub attempt: i32,
    /// For choice exercises: whether this attempt was right.
    pub correct: Option<bool>,
}

/// Checks everything but a notebook file's content, which [`rendered::validate_and_render`]
/// checks (size first) while rendering it.
fn check_answer(ex: &Exercise, answer: &Answer) -> ServiceResult<()> {
    match (ex.kind, answer) {
        (Kind::Single | Kind::Multiple, Answer::Choices(c)) => {
            if c.is_empty() || c.iter().any(|i| *i >= ex.choices.len()) {
                return Err(ServiceError::invalid("choice", "error-exercise-choose"));
            }
            if ex.kind == Kind::Single && c.len() != 1 {
                return Err(ServiceError::invalid("choice", "error-exercise-choose-one"));
            }
        }
        (Kind::Written, Answer::Written(text)) => {
            if text.trim().is_empty() {
                return Err(ServiceError::invalid("answer", "error-answer-empty"));
            }
            if text.chars().count() > TEXT_MAX_CHARS {
                return Err(ServiceError::detail(
                    "answer",
                    "error-answer-too-long",
                    vec![("max", TEXT_MAX_CHARS.to_string())],
                ));
            }
        }
        (Kind::Notebook, Answer::NotebookFile { name, .. }) => {
            if !name.to_ascii_lowercase().ends_with(".ipynb") {
                return Err(ServiceError::invalid(
                    "notebook",
                    "error-notebook-extension",
                ));
            }
        }
        (Kind::Notebook, Answer::NotebookLink(link)) => {
            let ok = url::Url::parse(link.trim())
                .is_ok_and(|u| matches!(u.scheme(), "https" | "http") && u.host().is_some());
            if !ok || link.len() > 2000 {
                return Err(ServiceError::invalid("link", "error-notebook-link"));
            }
        }
        (Kind::Notebook, Answer::Written(_)) => {
            return Err(ServiceError::invalid("notebook", "error-notebook-missing"))
        }
        _ => {
            return Err(ServiceError::invalid(
                "answer",
                "error-exercise-answer-kind",
            ))
        }
    }
    Ok(())
}

/// Only a file name's last part, without control characters, is kept.
fn clean_name(name: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let cleaned: String = base.chars().filter(|c| !c.is_control()).take(200).collect();
    if cleaned.is_empty() {
        "notebook.ipynb".into()
    } else {
        cleaned
    }
}

pub async fn submit(
    state: &AppState,
    learner: &CurrentUser,
    course: &str,
    lesson: &str,
    exercise: &str,
    answer: Answer,
) -> ServiceResult<Submitted> {
    let ex = state
        .library
        .source_exercise(&state.i18n, course, lesson, exercise)
        .ok_or(ServiceError::NotFound)?;
    submit_to(
        state,
        learner,
        course,
        lesson,
        &ex,
        answer,
        super::NOTEBOOK_MAX_BYTES,
    )
    .await
}

/// [`submit`] with the exercise already found and the notebook size limit given (tests).
pub async fn submit_to(
    state: &AppState,
    learner: &CurrentUser,
    course: &str,
    lesson: &str,
    ex: &Exercise,
    answer: Answer,
    max_notebook: usize,
) -> ServiceResult<Submitted> {
    // Entitlement first, so nobody else makes the server parse anything.
    if !learner.is_staff() && !progress::is_enrolled(&state.db, learner.id, course).await? {
        return Err(ServiceError::invalid(
            "answer",
            "error-exercise-not-enrolled",
        ));
    }
    check_answer(ex, &answer)?;
    let (answer, notebook_html) = match answer {
        Answer::NotebookFile { name, bytes } => {
            let (bytes, html) = rendered::validate_and_render(bytes, max_notebook).await?;
            let html = html.map_err(|e| e.into_error_in(learner.locale))?;
            (Answer::NotebookFile { name, bytes }, Some(html))
        }
        a => (a, None),
    };
    let now = Utc::now();
    let txn = state.db.begin().await?;
    let existing = exercise_work::Entity::find()
        .filter(exercise_work::Column::UserId.eq(learner.id))
        .filter(exercise_work::Column::Course.eq(course))
        .filter(exercise_work::Column::Lesson.eq(lesson))
        .filter(exercise_work::Column::Exercise.eq(&ex.id))
        .one(&txn)
        .await?;
    let work = match existing {
        Some(w) => {
            if !ex.kind.auto_graded() {
                match w.state.as_str() {
                    NEEDS_REVISION => {}
                    SUBMITTED | RESUBMITTED => {
                        return Err(ServiceError::invalid("answer", "error-work-waiting"))
                    }
                    _ => return Err(ServiceError::invalid("answer", "error-work-closed")),
                }
            }
            w
        }
        None => {
            exercise_work::ActiveModel {
                user_id: Set(learner.id),
                course: Set(course.to_owned()),
                lesson: Set(lesson.to_owned()),
                exercise: Set(ex.id.clone()),
                kind: Set(ex.kind.as_str().to_owned()),
                state: Set(SUBMITTED.to_owned()),
                score: Set(None),
                max_points: Set(ex.points),
                grade_source: Set(None),
                graded_by: Set(None),
                graded_at: Set(None),
                assigned_mentor_id: Set(None),
                attempts: Set(0),
                version: Set(0),
                submitted_at: Set(now),
                created_at: Set(now),
                ..Default::default()
            }
            .insert(&txn)
            .await?
        }
    };
    let number = work.attempts + 1;
    let correct = match &answer {
        Answer::Choices(c) => Some(ex.is_correct(c)),
        _ => None,
    };
    let (text, choices, nb, nb_name) = match answer {
        Answer::Choices(c) => (
            None,
            Some(c.iter().map(usize::to_string).collect::<Vec<_>>().join(",")),
            None,
            None,
        ),
        Answer::Written(t) | Answer::NotebookLink(t) => {
            (Some(t.trim().to_owned()), None, None, None)
        }
        Answer::NotebookFile { name, bytes } => (None, None, Some(bytes), Some(clean_name(&name))),
    };
    exercise_attempt::ActiveModel {
        work_id: Set(work.id),
        number: Set(number),
        answer: Set(text),
        choices: Set(choices),
        notebook: Set(nb),
        notebook_name: Set(nb_name),
        auto_correct: Set(correct),
        notebook_html_version: Set(notebook_html
            .as_ref()
            .map(|_| super::notebook::RENDER_VERSION)),
        notebook_html: Set(notebook_html),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let before = audit::snapshot(&work);
    let manual = work.grade_source.as_deref() == Some(MANUAL);
    let mut m = work.clone().into_active_model();
    m.attempts = Set(number);
    m.version = Set(work.version + 1);
    m.submitted_at = Set(now);
    m.max_points = Set(ex.points);
    if let Some(right) = correct {
        if !manual {
            m.state = Set(GRADED.to_owned());
            m.score = Set(Some(if right { ex.points } else { 0 }));
            m.grade_source = Set(Some(AUTO.to_owned()));
            m.graded_by = Set(None);
            m.graded_at = Set(Some(now));
        }
    } else {
        m.state = Set(if number == 1 { SUBMITTED } else { RESUBMITTED }.to_owned());
    }
    let updated = m.update(&txn).await?;
    if correct.is_some() && !manual {
        audit::record(
            &txn,
            work.id,
            None,
            AUTO,
            &before,
            &audit::snapshot(&updated),
        )
        .await?;
    }
    txn.commit().await?;
    Ok(Submitted {
        work_id: work.id,
        attempt: number,
        correct,
    })
}
