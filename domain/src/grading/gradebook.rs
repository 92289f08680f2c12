//! Gradebooks: learners × exercises with state and score, per course (its enrolled learners
//! and anyone who handed work in) or per cohort (its participants × its required courses'
//! exercises), limited to the learners the viewer mentors; and their CSV.
use super::{queue::Labels, scope};
use crate::{
    accounts::CurrentUser,
    cohorts::access,
    entities::{cohort_course, cohort_member, enrollment, exercise_work, user},
    i18n::Locale,
    AppState, ServiceError, ServiceResult,
};
use sea_orm::prelude::*;
use std::collections::{BTreeSet, HashMap};

#[derive(Clone, Debug, PartialEq)]
pub struct Column {
    pub course: String,
    pub lesson: String,
    pub exercise: String,
    /// "Lesson title · 2": the lesson in the viewer's language and the exercise's number.
    pub lesson_title: String,
    pub number: usize,
    pub points: i32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Cell {
    pub work_id: i32,
    pub state: String,
    pub score: Option<i32>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub user_id: i32,
    pub name: String,
    pub email: String,
    pub cells: Vec<Option<Cell>>,
    pub total: i32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Gradebook {
    pub title: String,
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
    pub max_total: i32,
}

fn columns(state: &AppState, courses: &[String], locale: Locale) -> Vec<Column> {
    let mut labels = Labels::new(state, locale);
    courses
        .iter()
        .flat_map(|c| {
            state
                .library
                .course_exercises(&state.i18n, c)
                .into_iter()
                .map(|(lesson, e)| (c.clone(), lesson, e))
                .collect::<Vec<_>>()
        })
        .map(|(course, lesson, e)| Column {
            lesson_title: labels.lesson(&course, &lesson),
            course,
            lesson,
            exercise: e.id,
            number: e.number,
            points: e.points,
        })
        .collect()
}

async fn build(
    state: &AppState,
    title: String,
    courses: Vec<String>,
    learners: BTreeSet<i32>,
    locale: Locale,
) -> ServiceResult<Gradebook> {
    let columns = columns(state, &courses, locale);
    let works = exercise_work::Entity::find()
        .filter(exercise_work::Column::Course.is_in(courses))
        .filter(exercise_work::Column::UserId.is_in(learners.iter().copied()))
        .all(&state.db)
        .await?;
    let by_key: HashMap<(i32, &str, &str, &str), &exercise_work::Model> = works
        .iter()
        .map(|w| {
            (
                (
                    w.user_id,
                    w.course.as_str(),
                    w.lesson.as_str(),
                    w.exercise.as_str(),
                ),
                w,
            )
        })
        .collect();
    let mut people = user::Entity::find()
        .filter(user::Column::Id.is_in(learners.iter().copied()))
        .all(&state.db)
        .await?;
    people.sort_by_key(|p| p.name.to_lowercase());
    let rows = people
        .into_iter()
        .map(|u| {
            let cells: Vec<Option<Cell>> = columns
                .iter()
                .map(|c| {
                    by_key
                        .get(&(
                            u.id,
                            c.course.as_str(),
                            c.lesson.as_str(),
                            c.exercise.as_str(),
                        ))
                        .map(|w| Cell {
                            work_id: w.id,
                            state: w.state.clone(),
                            score: w.score,
                        })
                })
                .collect();
            let total = cells.iter().flatten().filter_map(|c| c.score).sum();
            Row {
                user_id: u.id,
                name: u.name,
                email: u.email,
                cells,
                total,
            }
        })
        .collect();
    Ok(Gradebook {
        title,
        max_total: columns.iter().map(|c| c.points).sum(),
        columns,
        rows,
    })
}

pub async fn for_course(
    state: &AppState,
    actor: &CurrentUser,
    slug: &str,
    locale: Locale,
) -> ServiceResult<Gradebook> {
    let course = state
        .library
        .catalog()
        .course(slug)
        .map(|c| c.meta(locale).title.clone())
        .ok_or(ServiceError::NotFound)?;
    let scope = scope::of(&state.db, actor).await?;
    if !scope.grades_anything() {
        return Err(ServiceError::Forbidden);
    }
    let mut learners: BTreeSet<i32> = enrollment::Entity::find()
        .filter(enrollment::Column::CourseSlug.eq(slug))
        .all(&state.db)
        .await?
        .into_iter()
        .map(|e| e.user_id)
        .collect();
    let works = exercise_work::Entity::find()
        .filter(exercise_work::Column::Course.eq(slug))
        .all(&state.db)
        .await?;
    learners.extend(works.iter().map(|w| w.user_id));
    let everyone = scope.staff || scope.courses.contains(slug);
    let assigned: BTreeSet<i32> = works
        .iter()
        .filter(|w| w.assigned_mentor_id == Some(actor.id))
        .map(|w| w.user_id)
        .collect();
    learners.retain(|l| {
        *l != actor.id && (everyone || scope.learners.contains(l) || assigned.contains(l))
    });
    build(state, course, vec![slug.to_owned()], learners, locale).await
}

pub async fn for_cohort(
    state: &AppState,
    actor: &CurrentUser,
    slug: &str,
    locale: Locale,
) -> ServiceResult<Gradebook> {
    let a = access::access(&state.db, actor, slug).await?;
    if !a.manages() && !a.is("mentor") {
        return Err(ServiceError::Forbidden);
    }
    let courses: Vec<String> = cohort_course::Entity::find()
        .filter(cohort_course::Column::CohortId.eq(a.cohort.id))
        .all(&state.db)
        .await?
        .into_iter()
        .map(|c| c.course_slug)
        .collect();
    let learners: BTreeSet<i32> = cohort_member::Entity::find()
        .filter(cohort_member::Column::CohortId.eq(a.cohort.id))
        .filter(cohort_member::Column::Role.eq("participant"))
        .all(&state.db)
        .await?
        .into_iter()
        .filter_map(|m| m.user_id)
        .collect();
    build(state, a.cohort.name.clone(), courses, learners, locale).await
}

/// The gradebook as CSV (`csv_out`: formula-like cells neutralized, UTF-8 with a byte-order
/// mark). `label` localizes the header words and the states.
pub fn to_csv(g: &Gradebook, label: impl Fn(&str) -> String) -> String {
    let mut w = crate::csv_out::Writer::new();
    let mut header = vec![label("gradebook-csv-name"), label("gradebook-csv-email")];
    header.extend(
        g.columns
            .iter()
            .map(|c| format!("{} · {} ({})", c.lesson_title, c.number, c.points)),
    );
    header.push(format!(
        "{} ({})",
        label("gradebook-csv-total"),
        g.max_total
    ));
    w.row(&header);
    for r in &g.rows {
        let mut rec = vec![r.name.clone(), r.email.clone()];
        rec.extend(r.cells.iter().map(|c| match c {
            None => String::new(),
            Some(Cell {
                score: Some(s),
                state,
                ..
            }) if state == super::GRADED || state == super::ACCEPTED => s.to_string(),
            Some(c) => label(&format!("work-state-{}", c.state)),
        }));
        rec.push(r.total.to_string());
        w.row(&rec);
    }
    w.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_like_names_are_text_in_the_csv() {
        let g = Gradebook {
            title: "t".into(),
            columns: vec![Column {
                course: "c".into(),
                lesson: "l".into(),
                exercise: "e".into(),
                lesson_title: "=cmd|' /C calc'!A0".into(),
                number: 1,
                points: 10,
            }],
            rows: vec![Row {
                user_id: 1,
                name: "=HYPERLINK(\"http://evil.example\",\"x\")".into(),
                email: "@a@b.example".into(),
                cells: vec![None],
                total: 0,
            }],
            max_total: 10,
        };
        let csv = to_csv(&g, |k| k.to_owned());
        assert!(
            csv.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",'@a@b.example"),
            "{csv}"
        );
        assert!(csv.contains(",'=cmd|"), "{csv}");
    }
}
