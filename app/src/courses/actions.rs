//! Server functions of the course pages: each reads the request context, calls
//! `domain::courses`, and returns a view or finishes a form post with a redirect.
use super::views::*;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::ctx::action::*;
#[cfg(feature = "ssr")]
use domain::courses::{progress, Translation};

#[cfg(feature = "ssr")]
fn translation_key(t: Translation) -> &'static str {
    match t {
        Translation::Current => "current",
        Translation::Outdated => "outdated",
        Translation::Missing => "missing",
    }
}

#[cfg(feature = "ssr")]
fn err(e: domain::ServiceError) -> ServerFnError {
    ServerFnError::new(e.message_key())
}

/// The catalog; `lang` keeps only courses fully available in that language.
#[server(endpoint = "course_catalog")]
pub async fn course_catalog(lang: Option<String>) -> Result<Vec<CourseCard>, ServerFnError> {
    let r = crate::server_ctx::req();
    let lib = &r.state.library;
    let catalog = lib.catalog();
    let filter = lang.as_deref().and_then(domain::i18n::Locale::parse);
    let mut cards = vec![];
    for c in &catalog.courses {
        let translated = c
            .lessons
            .iter()
            .filter(|l| {
                lib.translation_state(&r.state.i18n, &c.slug, l, r.locale) != Translation::Missing
            })
            .count();
        if let Some(f) = filter {
            let available = c
                .lessons
                .iter()
                .filter(|l| {
                    lib.translation_state(&r.state.i18n, &c.slug, l, f) != Translation::Missing
                })
                .count();
            if available < c.lessons.len() {
                continue;
            }
        }
        let minutes = c
            .lessons
            .iter()
            .filter_map(|l| lib.lesson_summary(&r.state.i18n, &c.slug, l, r.locale))
            .map(|p| p.1)
            .sum();
        let percent = match &r.user {
            Some(u) => {
                let p = progress::course_progress(&r.state.db, u.id, c)
                    .await
                    .map_err(err)?;
                p.enrolled.then_some(p.percent)
            }
            None => None,
        };
        let meta = c.meta(r.locale);
        cards.push(CourseCard {
            slug: c.slug.clone(),
            title: meta.title.clone(),
            summary: meta.summary.clone(),
            lessons: c.lessons.len(),
            minutes,
            translated,
            percent,
        });
    }
    Ok(cards)
}

#[server(endpoint = "course_detail")]
pub async fn course_detail(slug: String) -> Result<CourseView, ServerFnError> {
    let r = crate::server_ctx::req();
    let lib = &r.state.library;
    let catalog = lib.catalog();
    let Some(c) = catalog.course(&slug) else {
        not_found();
        return Err(ServerFnError::new("error-not-found"));
    };
    let prog = match &r.user {
        Some(u) => progress::course_progress(&r.state.db, u.id, c)
            .await
            .map_err(err)?,
        None => Default::default(),
    };
    let mut lessons = vec![];
    for l in &c.lessons {
        let (title, minutes, state) = lib
            .lesson_summary(&r.state.i18n, &c.slug, l, r.locale)
            .unwrap_or((l.clone(), 0, Translation::Missing));
        lessons.push(LessonLine {
            slug: l.clone(),
            title,
            minutes,
            done: prog.is_complete(l),
            translation: translation_key(state).to_owned(),
        });
    }
    let staff = r.user.as_ref().is_some_and(|u| u.is_staff());
    let institutions = if staff {
        domain::accounts::institutions::names(&r.state.db)
            .await
            .map_err(err)?
    } else {
        vec![]
    };
    let mentors = if staff {
        domain::grading::scope::course_mentors(&r.state.db, &c.slug)
            .await
            .map_err(err)?
    } else {
        vec![]
    };
    let meta = c.meta(r.locale);
    Ok(CourseView {
        mentors,
        slug: c.slug.clone(),
        title: meta.title.clone(),
        summary: meta.summary.clone(),
        audience: meta.audience.clone(),
        minutes: lessons.iter().map(|l| l.minutes).sum(),
        translated: lessons
            .iter()
            .filter(|l| l.translation != "missing")
            .count(),
        signed_in: r.user.is_some(),
        enrolled: prog.enrolled,
        percent: prog.percent,
        started: prog.last_viewed.is_some(),
        resume: prog.resume_lesson(c).to_owned(),
        lessons,
        staff,
        institutions,
    })
}

#[server(endpoint = "load_lesson")]
pub async fn load_lesson(course: String, lesson: String) -> Result<LessonView, ServerFnError> {
    let r = crate::server_ctx::req();
    let lib = &r.state.library;
    let catalog = lib.catalog();
    let (Some(c), Some(page)) = (
        catalog.course(&course),
        lib.lesson(&r.state.i18n, &course, &lesson, r.locale),
    ) else {
        not_found();
        return Err(ServerFnError::new("error-not-found"));
    };
    let pos = c.position(&lesson).unwrap_or(0);
    let title_of = |l: &str| {
        lib.lesson_summary(&r.state.i18n, &course, l, r.locale)
            .map(|p| p.0)
            .unwrap_or_else(|| l.to_owned())
    };
    let done = match &r.user {
        Some(u) => {
            progress::record_view(&r.state.db, u.id, &course, &lesson)
                .await
                .map_err(err)?;
            progress::course_progress(&r.state.db, u.id, c)
                .await
                .map_err(err)?
                .is_complete(&lesson)
        }
        None => false,
    };
    let staff = r.user.as_ref().is_some_and(|u| u.is_staff());
    if !page.errors.is_empty() {
        tracing::warn!(course = %course, lesson = %lesson, errors = ?page.errors, "lesson not published: it has errors");
    }
    let exercises = crate::grading::actions::lesson_exercises(
        &r.state,
        r.locale,
        r.user.as_ref().map(|u| u.id),
        &course,
        &lesson,
        &page.exercises,
    )
    .await
    .map_err(err)?;
    Ok(LessonView {
        exercises,
        course_title: c.meta(r.locale).title.clone(),
        number: pos + 1,
        total: c.lessons.len(),
        previous: pos
            .checked_sub(1)
            .map(|i| (c.lessons[i].clone(), title_of(&c.lessons[i]))),
        next: c.lessons.get(pos + 1).map(|l| (l.clone(), title_of(l))),
        signed_in: r.user.is_some(),
        done,
        html: if page.errors.is_empty() {
            page.html
        } else {
            String::new()
        },
        errors: if staff {
            page.errors
        } else if page.errors.is_empty() {
            vec![]
        } else {
            vec![String::new()]
        },
        staff,
        title: page.title,
        minutes: page.minutes,
        text_locale: page.locale.code().to_owned(),
        translation: translation_key(page.translation).to_owned(),
        course_slug: course,
        slug: lesson,
    })
}

#[server(endpoint = "my_dashboard")]
pub async fn my_dashboard() -> Result<Vec<DashboardRow>, ServerFnError> {
    let (r, u) = require_user()?;
    let lib = &r.state.library;
    let catalog = lib.catalog();
    let rows = progress::dashboard(&r.state.db, u.id, &catalog)
        .await
        .map_err(err)?;
    Ok(rows
        .into_iter()
        .map(|(c, p)| {
            let resume = p.resume_lesson(&c).to_owned();
            DashboardRow {
                title: c.meta(r.locale).title.clone(),
                percent: p.percent,
                completed: p.completed.len(),
                lessons: c.lessons.len(),
                resume_title: lib
                    .lesson_summary(&r.state.i18n, &c.slug, &resume, r.locale)
                    .map(|l| l.0)
                    .unwrap_or_else(|| resume.clone()),
                resume_slug: resume,
                slug: c.slug,
            }
        })
        .collect())
}

/// A learner enrolls themself.
#[server(endpoint = "enroll_course")]
pub async fn enroll_course(#[server(default)] slug: String) -> Result<(), ServerFnError> {
    let (r, u) = require_user()?;
    let back = format!("/courses/{}", urlencode(&slug));
    if r.state.library.catalog().course(&slug).is_none() {
        return finish_err(
            "/courses",
            domain::ServiceError::invalid("course", "error-course-unknown"),
            &[],
        );
    }
    finish(
        progress::enroll(&r.state.db, u.id, &slug, None).await,
        &back,
        "notice-enrolled",
        &back,
        &[],
    )
}

/// Staff enroll one person (by email) or a whole institution.
#[server(endpoint = "staff_enroll")]
pub async fn staff_enroll(
    #[server(default)] slug: String,
    #[server(default)] email: String,
    #[server(default)] institution_id: String,
) -> Result<(), ServerFnError> {
    let (r, u) = require_staff()?;
    let back = format!("/courses/{}", urlencode(&slug));
    let catalog = r.state.library.catalog();
    let result = if !institution_id.trim().is_empty() {
        match institution_id.trim().parse::<i32>() {
            Ok(id) => progress::enroll_institution(&u, &r.state.db, &catalog, id, &slug)
                .await
                .map(|_| ()),
            Err(_) => Err(domain::ServiceError::invalid(
                "institution_id",
                "error-institution-invalid",
            )),
        }
    } else {
        progress::enroll_person(&u, &r.state.db, &catalog, &email, &slug).await
    };
    finish(
        result,
        &back,
        "notice-staff-enrolled",
        &back,
        &[("email", &email)],
    )
}

/// Marks a lesson complete and moves on to the next one (or back to the course at the end).
#[server(endpoint = "complete_lesson")]
pub async fn complete_lesson(
    #[server(default)] course: String,
    #[server(default)] lesson: String,
) -> Result<(), ServerFnError> {
    let (r, u) = require_user()?;
    let catalog = r.state.library.catalog();
    let here = format!("/courses/{}/{}", urlencode(&course), urlencode(&lesson));
    let next = catalog
        .course(&course)
        .and_then(|c| c.position(&lesson).and_then(|p| c.lessons.get(p + 1)))
        .map(|n| format!("/courses/{}/{}", urlencode(&course), urlencode(n)))
        .unwrap_or_else(|| format!("/courses/{}", urlencode(&course)));
    finish(
        progress::mark_complete(&r.state.db, &catalog, u.id, &course, &lesson).await,
        &next,
        "notice-lesson-completed",
        &here,
        &[],
    )
}
