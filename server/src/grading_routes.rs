//! Exercise and grading endpoints that are not pages: answers (url-encoded, several `choice`
//! values), notebook uploads (multipart), notebook downloads, the mentor's grade and
//! reassignment (one field per rubric criterion), and gradebook CSVs.
use crate::responses::{error, error_keeping, plain_error, redirect_with, sign_in};
use app::{flash::Flash, server_ctx::RequestCtx};
use axum::{
    body::Bytes,
    extract::{Multipart, Path, Query},
    http::{header, HeaderValue},
    response::{IntoResponse, Response},
    routing::{get, post},
    Extension, Router,
};
use domain::{
    accounts::CurrentUser,
    grading::{
        self,
        grade::{Decision, GradeInput},
        submit::Answer,
    },
    ServiceError,
};
use std::{collections::HashMap, sync::Arc};

pub fn routes() -> Router {
    Router::new()
        .route("/exercises/answer", post(answer))
        .route(
            "/exercises/notebook",
            post(upload_notebook).layer(axum::extract::DefaultBodyLimit::max(
                grading::NOTEBOOK_MAX_BYTES + 64 * 1024,
            )),
        )
        .route("/exercises/notebooks/{attempt}", get(download_notebook))
        .route("/grading/{id}/grade", post(grade))
        .route("/grading/{id}/assign", post(assign))
        .route("/grading/gradebook.csv", get(gradebook_csv))
}

fn form(body: &[u8]) -> Vec<(String, String)> {
    form_urlencoded::parse(body).into_owned().collect()
}

fn field<'a>(f: &'a [(String, String)], name: &str) -> &'a str {
    f.iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
        .unwrap_or_default()
}

fn lesson_href(course: &str, lesson: &str, exercise: &str) -> String {
    let enc = app::ctx::action::urlencode;
    format!(
        "/courses/{}/{}#exercise-{}",
        enc(course),
        enc(lesson),
        enc(exercise)
    )
}

/// Back to the exercise with a notice, or with the error and what was typed (short answers
/// only: the flash is a cookie).
fn finish(
    ctx: &RequestCtx,
    course: &str,
    lesson: &str,
    exercise: &str,
    result: Result<grading::submit::Submitted, ServiceError>,
    typed: &[(&str, &str)],
) -> Response {
    let back = lesson_href(course, lesson, exercise);
    match result {
        Ok(s) => redirect_with(
            ctx,
            &back,
            Flash {
                notice: Some(
                    match s.correct {
                        Some(_) => "notice-answer-checked",
                        None => "notice-work-submitted",
                    }
                    .into(),
                ),
                ..Default::default()
            },
        ),
        Err(e @ (ServiceError::Forbidden | ServiceError::NotFound)) => plain_error(ctx, &e),
        Err(e) => {
            let mut values: std::collections::BTreeMap<String, String> =
                [("exercise".to_owned(), exercise.to_owned())].into();
            for (k, v) in typed {
                if v.len() <= 1500 {
                    values.insert((*k).to_owned(), (*v).to_owned());
                }
            }
            error_keeping(ctx, &back, &e, values)
        }
    }
}

/// A choice or a written answer.
async fn answer(Extension(ctx): Extension<Arc<RequestCtx>>, body: Bytes) -> Response {
    let Some(me): Option<CurrentUser> = ctx.user.clone() else {
        return sign_in(&ctx);
    };
    let f = form(&body);
    let (course, lesson, exercise) = (
        field(&f, "course"),
        field(&f, "lesson"),
        field(&f, "exercise"),
    );
    let choices: Vec<usize> = f
        .iter()
        .filter(|(k, _)| k == "choice")
        .filter_map(|(_, v)| v.parse().ok())
        .collect();
    let text = field(&f, "answer");
    let answer = if f.iter().any(|(k, _)| k == "answer") {
        Answer::Written(text.to_owned())
    } else {
        Answer::Choices(choices)
    };
    let result = grading::submit::submit(&ctx.state, &me, course, lesson, exercise, answer).await;
    finish(&ctx, course, lesson, exercise, result, &[("answer", text)])
}

/// A notebook file, or a link to one (multipart; the CSRF token is in the query).
async fn upload_notebook(
    Extension(ctx): Extension<Arc<RequestCtx>>,
    headers: axum::http::HeaderMap,
    mut form: Multipart,
) -> Response {
    // The upload's declared size: the file is nearly all of it, and it is the size the
    // learner's message states when the file is too large to read.
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    let Some(me): Option<CurrentUser> = ctx.user.clone() else {
        return sign_in(&ctx);
    };
    let mut fields: HashMap<String, String> = HashMap::new();
    let mut file: Option<(String, Vec<u8>)> = None;
    loop {
        match form.next_field().await {
            Ok(Some(f)) => {
                let name = f.name().unwrap_or_default().to_owned();
                let file_name = f.file_name().map(str::to_owned);
                let Ok(bytes) = f.bytes().await else {
                    return too_large(&ctx, &fields, declared);
                };
                match (name.as_str(), file_name) {
                    ("notebook", Some(n)) if !n.is_empty() || !bytes.is_empty() => {
                        file = Some((n, bytes.to_vec()))
                    }
                    ("notebook", _) => {}
                    _ => {
                        fields.insert(name, String::from_utf8_lossy(&bytes).into_owned());
                    }
                }
            }
            Ok(None) => break,
            Err(_) => return too_large(&ctx, &fields, declared),
        }
    }
    let get = |k: &str| fields.get(k).cloned().unwrap_or_default();
    let (course, lesson, exercise, link) =
        (get("course"), get("lesson"), get("exercise"), get("link"));
    let answer = match file {
        Some((name, bytes)) => Answer::NotebookFile { name, bytes },
        None if !link.trim().is_empty() => Answer::NotebookLink(link.clone()),
        None => Answer::Written(String::new()),
    };
    let result =
        grading::submit::submit(&ctx.state, &me, &course, &lesson, &exercise, answer).await;
    finish(
        &ctx,
        &course,
        &lesson,
        &exercise,
        result,
        &[("link", &link)],
    )
}

fn too_large(
    ctx: &RequestCtx,
    fields: &HashMap<String, String>,
    declared: Option<usize>,
) -> Response {
    let get = |k: &str| fields.get(k).cloned().unwrap_or_default();
    let max = grading::NOTEBOOK_MAX_BYTES;
    finish(
        ctx,
        &get("course"),
        &get("lesson"),
        &get("exercise"),
        Err(grading::notebook::Invalid::TooLarge {
            bytes: declared.filter(|b| *b > max).unwrap_or(max + 1),
            max,
        }
        .into_error_in(ctx.locale)),
        &[],
    )
}

/// The notebook file of an attempt: for its learner, their mentors and staff.
async fn download_notebook(
    Extension(ctx): Extension<Arc<RequestCtx>>,
    Path(attempt): Path<i32>,
) -> Response {
    let Some(me): Option<CurrentUser> = ctx.user.clone() else {
        return sign_in(&ctx);
    };
    let db = &ctx.state.db;
    let (work, name, bytes) = match grading::work::notebook(db, attempt).await {
        Ok(x) => x,
        Err(e) => return plain_error(&ctx, &e),
    };
    let allowed = work.user_id == me.id
        || match grading::scope::of(db, &me).await {
            Ok(s) => s.covers(&work),
            Err(e) => return plain_error(&ctx, &e),
        };
    if !allowed {
        return plain_error(&ctx, &ServiceError::Forbidden);
    }
    let safe: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') {
                c
            } else {
                '_'
            }
        })
        .collect();
    (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/x-ipynb+json"),
            ),
            (
                header::CONTENT_DISPOSITION,
                HeaderValue::from_str(&format!("attachment; filename=\"{safe}\""))
                    .unwrap_or(HeaderValue::from_static("attachment")),
            ),
            (
                header::CACHE_CONTROL,
                HeaderValue::from_static("private, no-store"),
            ),
        ],
        bytes,
    )
        .into_response()
}

/// The level chosen for each rubric criterion, from fields `level_0`, `level_1`, …: one pass
/// over the form (its field count is bounded by `limits`), whatever the order or the junk.
fn rubric_levels(f: &[(String, String)]) -> Vec<Option<usize>> {
    // No rubric has more criteria; a higher index is junk, not a reason to allocate.
    const MAX_CRITERIA: usize = 64;
    let mut levels: Vec<Option<usize>> = vec![];
    for (k, v) in f {
        let Some(i) = k
            .strip_prefix("level_")
            .and_then(|i| i.parse::<usize>().ok())
        else {
            continue;
        };
        if i >= MAX_CRITERIA {
            continue;
        }
        if levels.len() <= i {
            levels.resize(i + 1, None);
        }
        levels[i] = v.parse().ok();
    }
    while levels.last() == Some(&None) {
        levels.pop();
    }
    levels
}

async fn grade(
    Extension(ctx): Extension<Arc<RequestCtx>>,
    Path(work): Path<i32>,
    body: Bytes,
) -> Response {
    let Some(me): Option<CurrentUser> = ctx.user.clone() else {
        return sign_in(&ctx);
    };
    let f = form(&body);
    let back = format!("/grading/{work}");
    let levels = rubric_levels(&f);
    let typed: Vec<(String, String)> = f
        .iter()
        .filter(|(k, _)| {
            k.starts_with("level_") || k == "score" || k == "decision" || k == "feedback"
        })
        .filter(|(_, v)| v.len() <= 1500)
        .cloned()
        .collect();
    let input = (|| {
        Ok::<_, ServiceError>(GradeInput {
            work_id: work,
            version: field(&f, "version")
                .parse()
                .map_err(|_| ServiceError::invalid("version", "error-grade-conflict"))?,
            decision: Decision::parse(field(&f, "decision"))
                .ok_or(ServiceError::invalid("decision", "error-grade-decision"))?,
            levels,
            score: match field(&f, "score").trim() {
                "" => None,
                s => Some(s.parse().map_err(|_| {
                    ServiceError::detail("score", "error-grade-score", vec![("max", "…".into())])
                })?),
            },
            feedback: field(&f, "feedback").to_owned(),
        })
    })();
    let result = match input {
        Ok(input) => grading::grade::grade(&ctx.state, &me, input).await,
        Err(e) => Err(e),
    };
    match result {
        Ok(()) => redirect_with(
            &ctx,
            "/grading",
            Flash {
                notice: Some("notice-grade-saved".into()),
                ..Default::default()
            },
        ),
        Err(e @ (ServiceError::Forbidden | ServiceError::NotFound)) => plain_error(&ctx, &e),
        Err(e) => error_keeping(&ctx, &back, &e, typed.into_iter().collect()),
    }
}

async fn assign(
    Extension(ctx): Extension<Arc<RequestCtx>>,
    Path(work): Path<i32>,
    body: Bytes,
) -> Response {
    let Some(me): Option<CurrentUser> = ctx.user.clone() else {
        return sign_in(&ctx);
    };
    let f = form(&body);
    let back = format!("/grading/{work}");
    let version = field(&f, "version").parse().unwrap_or(-1);
    let mentor = field(&f, "mentor").parse().ok();
    match grading::grade::reassign(&ctx.state.db, &me, work, version, mentor).await {
        Ok(()) => redirect_with(
            &ctx,
            &back,
            Flash {
                notice: Some("notice-grade-assigned".into()),
                ..Default::default()
            },
        ),
        Err(e @ (ServiceError::Forbidden | ServiceError::NotFound)) => plain_error(&ctx, &e),
        Err(e) => error(&ctx, &back, &e),
    }
}

async fn gradebook_csv(
    Extension(ctx): Extension<Arc<RequestCtx>>,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    let Some(me): Option<CurrentUser> = ctx.user.clone() else {
        return sign_in(&ctx);
    };
    let (st, locale) = (&ctx.state, ctx.locale);
    let (g, name) = match (q.get("course"), q.get("cohort")) {
        (Some(c), _) => (
            grading::gradebook::for_course(st, &me, c, locale).await,
            c.clone(),
        ),
        (None, Some(c)) => (
            grading::gradebook::for_cohort(st, &me, c, locale).await,
            c.clone(),
        ),
        _ => (Err(ServiceError::NotFound), String::new()),
    };
    match g {
        Ok(g) => {
            let csv = grading::gradebook::to_csv(&g, |k| st.i18n.t(locale, k, &[]));
            let safe: String = name
                .chars()
                .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
                .collect();
            crate::responses::download(
                "text/csv; charset=utf-8",
                &format!("gradebook-{safe}.csv"),
                csv,
            )
        }
        Err(e) => plain_error(&ctx, &e),
    }
}

#[cfg(test)]
mod tests {
    use super::rubric_levels;

    fn form(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn levels_follow_the_criteria_numbers_not_the_field_order() {
        let f = form(&[
            ("level_2", "1"),
            ("feedback", "ok"),
            ("level_0", "3"),
            ("level_1", ""),
        ]);
        assert_eq!(rubric_levels(&f), vec![Some(3), None, Some(1)]);
        assert_eq!(
            rubric_levels(&form(&[("level_0", ""), ("score", "3")])),
            vec![]
        );
    }

    #[test]
    fn many_junk_fields_cost_one_pass_and_no_memory() {
        let junk: Vec<(String, String)> = (0..40_000)
            .map(|i| (format!("level_{}", 1_000_000 + i), "1".to_owned()))
            .collect();
        assert_eq!(rubric_levels(&junk), vec![]);
    }
}
