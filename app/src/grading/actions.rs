//! Server functions of the grading pages, and the lesson page's exercise data: thin glue
//! between the pages and `domain::grading`.
use super::views::*;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::ctx::action::*;
#[cfg(feature = "ssr")]
use domain::{
    courses::exercise::Exercise,
    grading::{self, work::WorkWithHistory},
    i18n::{format_datetime, Locale},
    AppState,
};

#[cfg(feature = "ssr")]
use crate::ctx::action::service_err as err;

/// An exercise as a reader sees it: `shown` in their language, `source` (English) for the
/// right answers, their work if any. `reveal` shows right answers without an attempt (mentors).
#[cfg(feature = "ssr")]
pub fn exercise_view(
    state: &AppState,
    locale: Locale,
    shown: &Exercise,
    source: &Exercise,
    work: Option<&WorkWithHistory>,
    reveal: bool,
) -> ExerciseView {
    let when = |at| format_datetime(&state.i18n, locale, at);
    let last = work.and_then(|w| w.attempts.first());
    let chosen = last.map(|a| a.chosen()).unwrap_or_default();
    let answered = last.is_some() && shown.kind.auto_graded();
    let choices = shown
        .choices
        .iter()
        .enumerate()
        .map(|(i, c)| ChoiceView {
            html: c.html.clone(),
            explanation_html: if answered || reveal {
                c.explanation_html.clone()
            } else {
                String::new()
            },
            correct: (answered || reveal).then(|| source.choices.get(i).is_some_and(|s| s.correct)),
            chosen: chosen.contains(&i),
        })
        .collect();
    let rubric: Vec<CriterionView> = shown
        .rubric
        .iter()
        .enumerate()
        .map(|(i, c)| CriterionView {
            title: c.title.clone(),
            description: c.description.clone(),
            levels: c
                .levels
                .iter()
                .enumerate()
                .map(|(j, l)| LevelView {
                    title: l.title.clone(),
                    description: l.description.clone(),
                    // Points come from the English rubric: translations change only words.
                    points: source
                        .rubric
                        .get(i)
                        .and_then(|s| s.levels.get(j))
                        .map_or(l.points, |s| s.points),
                })
                .collect(),
        })
        .collect();
    let attempts = work
        .map(|w| {
            w.attempts
                .iter()
                .map(|a| {
                    let is_link = shown.kind == domain::courses::exercise::Kind::Notebook;
                    AttemptView {
                        id: a.id,
                        number: a.number,
                        when: when(a.created_at),
                        answer: a.answer.clone().filter(|_| !is_link),
                        link: a.answer.clone().filter(|_| is_link),
                        notebook_name: a.notebook_name.clone(),
                        correct: a.auto_correct,
                        notebook_html: None,
                    }
                })
                .collect()
        })
        .unwrap_or_default();
    let grades = work
        .map(|w| {
            w.grades
                .iter()
                .map(|g| {
                    let levels = g
                        .levels()
                        .iter()
                        .enumerate()
                        .filter_map(|(i, l)| {
                            let c = rubric.get(i)?;
                            let lv = c.levels.get((*l)?)?;
                            Some((c.title.clone(), lv.title.clone(), lv.points))
                        })
                        .collect();
                    GradeView {
                        when: when(g.grade.created_at),
                        mentor: g.mentor.clone().unwrap_or_default(),
                        decision: g.grade.decision.clone(),
                        score: g.grade.score,
                        feedback_html: grading::notebook::markdown(&g.grade.feedback),
                        levels,
                    }
                })
                .collect()
        })
        .unwrap_or_default();
    let state_now = work.map(|w| w.work.state.clone());
    let can_submit = shown.kind.auto_graded()
        || state_now.is_none()
        || state_now.as_deref() == Some(grading::NEEDS_REVISION);
    ExerciseView {
        id: shown.id.clone(),
        number: shown.number,
        kind: shown.kind.as_str().to_owned(),
        points: source.points,
        prompt_html: shown.prompt_html.clone(),
        choices,
        rubric,
        score: work.and_then(|w| w.work.score),
        graded_by_mentor: work
            .is_some_and(|w| w.work.grade_source.as_deref() == Some(grading::MANUAL)),
        last_correct: last.and_then(|a| a.auto_correct),
        state: state_now,
        attempts,
        grades,
        can_submit,
        notebook_max_mb: grading::NOTEBOOK_MAX_BYTES / (1024 * 1024),
        text_lang: None,
    }
}

/// The exercises of a lesson page with the reader's work on them.
#[cfg(feature = "ssr")]
pub async fn lesson_exercises(
    state: &AppState,
    locale: Locale,
    user_id: Option<i32>,
    course: &str,
    lesson: &str,
    shown: &[Exercise],
) -> Result<Vec<ExerciseView>, domain::ServiceError> {
    let works = match user_id {
        Some(id) => grading::work::on_lesson(&state.db, id, course, lesson).await?,
        None => vec![],
    };
    Ok(shown
        .iter()
        .map(|e| {
            let source = state
                .library
                .source_exercise(&state.i18n, course, lesson, &e.id)
                .unwrap_or_else(|| e.clone());
            let work = works.iter().find(|w| w.work.exercise == e.id);
            exercise_view(state, locale, e, &source, work, false)
        })
        .collect())
}

#[server(endpoint = "grading_queue")]
pub async fn grading_queue(
    course: Option<String>,
    exercise: Option<String>,
    state: Option<String>,
) -> Result<QueueView, ServerFnError> {
    let (r, me) = require_user()?;
    let st = &r.state;
    let scope = grading::scope::of(&st.db, &me).await.map_err(err)?;
    if !scope.grades_anything() {
        forbidden();
        return Err(ServerFnError::new("error-forbidden"));
    }
    let filter = grading::queue::Filter {
        course,
        exercise,
        state,
    };
    let rows = grading::queue::list(st, &scope, &filter, r.locale)
        .await
        .map_err(err)?;
    let mut labels = grading::queue::Labels::new(st, r.locale);
    let seen = grading::queue::exercises_seen(&st.db, &scope)
        .await
        .map_err(err)?;
    let mut courses: Vec<(String, String)> = vec![];
    let mut exercises = vec![];
    for (c, l, e) in seen {
        if !courses.iter().any(|(s, _)| *s == c) {
            courses.push((c.clone(), labels.course(&c)));
        }
        let label = format!("{} · {}", labels.lesson(&c, &l), labels.number(&c, &l, &e));
        exercises.push((format!("{l}/{e}"), label));
    }
    let catalog = st.library.catalog();
    let gradebooks = catalog
        .courses
        .iter()
        .filter(|c| {
            scope.staff
                || scope.courses.contains(&c.slug)
                || courses.iter().any(|(s, _)| *s == c.slug)
        })
        .map(|c| (c.slug.clone(), c.meta(r.locale).title.clone()))
        .collect();
    Ok(QueueView {
        rows: rows
            .into_iter()
            .map(|w| QueueRowView {
                work_id: w.work_id,
                learner: w.learner,
                course_title: w.course_title,
                lesson_title: w.lesson_title,
                number: w.number,
                kind: w.kind,
                state: w.state,
                attempts: w.attempts,
                score: w.score,
                max_points: w.max_points,
                submitted: format_datetime(&st.i18n, r.locale, w.submitted_at),
                assigned_to: w.assigned_to,
            })
            .collect(),
        courses,
        exercises,
        staff: scope.staff,
        gradebooks,
    })
}

#[server(endpoint = "grading_work")]
pub async fn grading_work(id: i32) -> Result<WorkView, ServerFnError> {
    let (r, me) = require_user()?;
    let st = &r.state;
    let w = grading::work::one(&st.db, id).await.map_err(err)?;
    let scope = grading::scope::of(&st.db, &me).await.map_err(err)?;
    if !scope.covers(&w.work) {
        return Err(err(domain::ServiceError::Forbidden));
    }
    let (course, lesson, exercise) = (&w.work.course, &w.work.lesson, &w.work.exercise);
    let (shown, text_locale) = st
        .library
        .exercise_in(&st.i18n, course, lesson, exercise, r.locale)
        .ok_or_else(|| err(domain::ServiceError::NotFound))?;
    let source = st
        .library
        .source_exercise(&st.i18n, course, lesson, exercise)
        .unwrap_or_else(|| shown.clone());
    let mut view = exercise_view(st, r.locale, &shown, &source, Some(&w), true);
    view.text_lang = (text_locale != r.locale).then(|| text_locale.code().to_owned());
    // The newest notebook at most, to keep the page light; rendered once when handed in and
    // stored, here only the reader's words are filled in.
    let labels = grading::notebook::Labels {
        image: st.i18n.t(r.locale, "notebook-image", &[]),
        output: st.i18n.t(r.locale, "notebook-output", &[]),
    };
    if let Some(a) = view.attempts.iter_mut().find(|a| a.notebook_name.is_some()) {
        a.notebook_html = grading::rendered::notebook_html(&st.db, a.id, &labels)
            .await
            .ok()
            .flatten();
    }
    let mentor_ids = if scope.staff {
        grading::scope::mentors(&st.db).await.map_err(err)?
    } else {
        Default::default()
    };
    let entries = if scope.staff {
        grading::audit::of_work(&st.db, id)
            .await
            .map_err(|e| err(e.into()))?
    } else {
        vec![]
    };
    let people: Vec<i32> = mentor_ids
        .iter()
        .copied()
        .chain(entries.iter().filter_map(|a| a.actor_id))
        .chain([w.work.user_id])
        .collect();
    let names = grading::work::names(&st.db, people).await.map_err(err)?;
    let learner = names.get(&w.work.user_id).cloned().unwrap_or_default();
    let mut mentors: Vec<(i32, String)> = mentor_ids
        .into_iter()
        .filter(|m| *m != w.work.user_id)
        .filter_map(|m| names.get(&m).map(|n| (m, n.clone())))
        .collect();
    mentors.sort_by(|a, b| a.1.cmp(&b.1));
    let audit = entries
        .into_iter()
        .map(|a| {
            (
                format_datetime(&st.i18n, r.locale, a.created_at),
                a.actor_id
                    .and_then(|i| names.get(&i).cloned())
                    .unwrap_or_default(),
                a.action,
                format!("{} → {}", a.before, a.after),
            )
        })
        .collect();
    let current_levels = w.grades.first().map(|g| g.levels()).unwrap_or_default();
    let mut labels = grading::queue::Labels::new(st, r.locale);
    Ok(WorkView {
        work_id: w.work.id,
        version: w.work.version,
        learner,
        course_title: labels.course(course),
        lesson_title: labels.lesson(course, lesson),
        course_slug: course.clone(),
        lesson_slug: lesson.clone(),
        exercise: view,
        state: w.work.state.clone(),
        score: w.work.score,
        max_points: w.work.max_points,
        source: w.work.grade_source.clone(),
        assigned_to: w.work.assigned_mentor_id,
        mentors,
        staff: scope.staff,
        current_levels,
        audit,
    })
}

#[server(endpoint = "load_gradebook")]
pub async fn load_gradebook(
    course: Option<String>,
    cohort: Option<String>,
) -> Result<GradebookView, ServerFnError> {
    let (r, me) = require_user()?;
    let st = &r.state;
    let (g, csv_href) = match (
        course.filter(|c| !c.is_empty()),
        cohort.filter(|c| !c.is_empty()),
    ) {
        (Some(c), _) => (
            grading::gradebook::for_course(st, &me, &c, r.locale).await,
            format!("/grading/gradebook.csv?course={}", urlencode(&c)),
        ),
        (None, Some(c)) => (
            grading::gradebook::for_cohort(st, &me, &c, r.locale).await,
            format!("/grading/gradebook.csv?cohort={}", urlencode(&c)),
        ),
        (None, None) => (Err(domain::ServiceError::NotFound), String::new()),
    };
    let g = g.map_err(err)?;
    Ok(GradebookView {
        title: g.title,
        columns: g
            .columns
            .iter()
            .map(|c| (c.lesson_title.clone(), c.number, c.points))
            .collect(),
        rows: g
            .rows
            .into_iter()
            .map(|row| {
                (
                    row.name,
                    row.cells
                        .into_iter()
                        .map(|c| {
                            c.map(|c| GradebookCell {
                                work_id: c.work_id,
                                state: c.state,
                                score: c.score,
                            })
                        })
                        .collect(),
                    row.total,
                )
            })
            .collect(),
        max_total: g.max_total,
        csv_href,
    })
}

/// Organizers add a course's mentor by email, or remove one.
#[server(endpoint = "set_course_mentor")]
pub async fn set_course_mentor(
    #[server(default)] slug: String,
    #[server(default)] email: String,
    #[server(default)] remove: String,
) -> Result<(), ServerFnError> {
    use grading::scope::MentorRef;
    let (r, u) = require_staff()?;
    let back = format!("/courses/{}", urlencode(&slug));
    let who = match remove.trim().parse::<i32>() {
        Ok(id) => MentorRef::Remove(id),
        Err(_) => MentorRef::Add(&email),
    };
    let catalog = r.state.library.catalog();
    let result = grading::scope::set_course_mentor(&r.state.db, &u, &catalog, &slug, who).await;
    finish(
        result,
        &back,
        "notice-course-mentors-saved",
        &back,
        &[("email", &email)],
    )
}
