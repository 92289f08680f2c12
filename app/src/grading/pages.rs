//! The mentors' pages: the grading queue, one work with the rubric form, and gradebooks.
use super::{actions::*, exercise_block::*, views::*};
use crate::{
    components::*,
    ctx,
    i18n::{t, t_args},
};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

const STATE_FILTERS: [&str; 7] = [
    "waiting",
    "submitted",
    "resubmitted",
    "needs_revision",
    "accepted",
    "graded",
    "all",
];

#[component]
pub fn GradingQueuePage() -> impl IntoView {
    let q = use_query_map().with_untracked(|q| {
        (
            q.get("course").filter(|s| !s.is_empty()),
            q.get("exercise").filter(|s| !s.is_empty()),
            q.get("state").filter(|s| !s.is_empty()),
        )
    });
    let (course, exercise, state) = q.clone();
    view! {
        <Layout title="grading-title">
            <Notice/>
            {load(grading_queue(course, exercise, state), move |v| match v {
                Ok(v) => queue_body(v, q.clone()),
                Err(e) => error_view(e),
            })}
        </Layout>
    }
}

fn queue_body(
    v: QueueView,
    (course, exercise, state): (Option<String>, Option<String>, Option<String>),
) -> AnyView {
    let course = course.unwrap_or_default();
    let exercise = exercise.unwrap_or_default();
    let state = state.unwrap_or_else(|| "waiting".into());
    view! {
        <p class="lead">{t("grading-intro")}</p>
        <form method="get" action="/grading" class="filter">
            <div class="field">
                <label for="q-course">{t("grading-filter-course")}</label>
                <select id="q-course" name="course">
                    <option value="">{t("grading-filter-any")}</option>
                    {v.courses.iter().map(|(slug, title)| view! { <option value=slug.clone() selected=*slug == course>{title.clone()}</option> }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="q-exercise">{t("grading-filter-exercise")}</label>
                <select id="q-exercise" name="exercise">
                    <option value="">{t("grading-filter-any")}</option>
                    {v.exercises.iter().map(|(key, label)| view! { <option value=key.clone() selected=*key == exercise>{label.clone()}</option> }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="q-state">{t("grading-filter-state")}</label>
                <select id="q-state" name="state">
                    {STATE_FILTERS.iter().map(|s| view! { <option value=*s selected=*s == state>{t(&format!("grading-filter-state-{s}"))}</option> }).collect_view()}
                </select>
            </div>
            <button type="submit" class="small">{t("grading-filter-submit")}</button>
        </form>
        {if v.rows.is_empty() {
            view! { <p class="muted">{t("grading-empty")}</p> }.into_any()
        } else {
            view! {
                <table class="queue stack">
                    <caption class="visually-hidden">{t("grading-title")}</caption>
                    <thead><tr>
                        <th scope="col">{t("grading-col-learner")}</th>
                        <th scope="col">{t("grading-col-exercise")}</th>
                        <th scope="col">{t("grading-col-state")}</th>
                        <th scope="col">{t("grading-col-submitted")}</th>
                        <th scope="col">{t("grading-col-assigned")}</th>
                    </tr></thead>
                    <tbody>
                        {v.rows.iter().map(|r| view! {
                            <tr>
                                <td><a href=format!("/grading/{}", r.work_id)>{r.learner.clone()}</a></td>
                                <td>{r.course_title.clone()}" › "{r.lesson_title.clone()}" · "{t_args("exercise-title", &[("number", r.number.to_string())])}
                                    <span class="meta">" · "{t(&format!("exercise-kind-{}", r.kind))}</span></td>
                                <td><span class=format!("badge work-{}", r.state)>{t(&format!("work-state-{}", r.state))}</span>
                                    {(r.attempts > 1).then(|| view! { " "<span class="meta">{t_args("grading-attempts", &[("count", r.attempts.to_string())])}</span> })}
                                    {r.score.map(|s| view! { " "<span class="meta">{t_args("exercise-score", &[("score", s.to_string()), ("points", r.max_points.to_string())])}</span> })}
                                </td>
                                <td>{r.submitted.clone()}</td>
                                <td>{r.assigned_to.clone().unwrap_or_default()}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            }.into_any()
        }}
        {(!v.gradebooks.is_empty()).then(|| view! {
            <h2>{t("gradebook-title")}</h2>
            <ul class="links">
                {v.gradebooks.iter().map(|(slug, title)| view! {
                    <li><a href=format!("/grading/gradebook?course={slug}")>{title.clone()}</a></li>
                }).collect_view()}
            </ul>
        })}
    }
    .into_any()
}

#[component]
pub fn GradeWorkPage() -> impl IntoView {
    let id =
        use_params_map().with_untracked(|p| p.get("id").and_then(|i| i.parse().ok()).unwrap_or(0));
    view! {
        {load(grading_work(id), move |w| match w {
            Ok(w) => work_body(w),
            Err(e) => view! { <PageError title="not-found-title" message=server_error_key(e)/> }.into_any(),
        })}
    }
}

fn rubric_form(w: &WorkView) -> impl IntoView {
    let flash = ctx::flash();
    w.exercise.rubric.iter().enumerate().map(|(i, c)| {
        let name = format!("level_{i}");
        let typed = flash.values.get(&name).and_then(|v| v.parse::<usize>().ok());
        let current = typed.or_else(|| w.current_levels.get(i).copied().flatten());
        view! {
            <fieldset class="criterion">
                <legend>{c.title.clone()}<span class="muted">{c.description.clone()}</span></legend>
                <div class="levels">
                    {c.levels.iter().enumerate().map(|(j, l)| {
                        let id = format!("level-{i}-{j}");
                        view! {
                            <div class="level">
                                <input type="radio" id=id.clone() name=name.clone() value=j.to_string() data-points=l.points.to_string() checked=current == Some(j)/>
                                <label for=id>
                                    <strong>{l.title.clone()}</strong>" "
                                    <span class="points">{t_args("exercise-points", &[("points", l.points.to_string())])}</span>
                                    <span class="muted">{l.description.clone()}</span>
                                </label>
                            </div>
                        }
                    }).collect_view()}
                </div>
            </fieldset>
        }
    }).collect_view()
}

fn work_body(w: WorkView) -> AnyView {
    let flash = ctx::flash();
    let conflict = flash.error.as_deref() == Some("error-grade-conflict");
    let feedback = flash.value("feedback");
    let decision = Some(flash.value("decision"))
        .filter(|d| !d.is_empty())
        .unwrap_or_else(|| "accept".into());
    let has_rubric = !w.exercise.rubric.is_empty();
    let heading = format!("{} · {}", w.learner, w.lesson_title);
    let lesson_href = format!(
        "/courses/{}/{}#exercise-{}",
        w.course_slug, w.lesson_slug, w.exercise.id
    );
    let errors = flash.clone();
    let field_error = move |f: &str| {
        errors.error_for(f).map(|e| view! { <p class="field-error" role="alert">{t_args(&e, &errors.error_args())}</p> })
    };
    view! {
        <Layout title="grading-title" heading=heading>
            <Notice/>
            <FormError/>
            <nav class="breadcrumb" aria-label=t("breadcrumb-label")>
                <a href="/grading">{t("grading-title")}</a>" · "
                <a href=lesson_href>{w.course_title.clone()}" › "{w.lesson_title.clone()}</a>
            </nav>
            <section class="exercise" lang=w.exercise.text_lang.clone()>
                {exercise_heading(&w.exercise, "work-exercise".into())}
                <div class="exercise-prompt" inner_html=w.exercise.prompt_html.clone()></div>
                {(w.exercise.kind == "single" || w.exercise.kind == "multiple").then(|| view! {
                    <ul class="choices-review">
                        {w.exercise.choices.iter().map(|c| view! {
                            <li class:right=c.correct == Some(true) class:chosen=c.chosen>
                                <span inner_html=c.html.clone()></span>
                                {c.chosen.then(|| view! { " "<span class="badge">{t("grading-chosen")}</span> })}
                                {(c.correct == Some(true)).then(|| view! { " "<span class="badge work-accepted">{t("exercise-option-right")}</span> })}
                            </li>
                        }).collect_view()}
                    </ul>
                })}
                <p class="exercise-status">
                    <span class=format!("badge work-{}", w.state)>{t(&format!("work-state-{}", w.state))}</span>
                    {w.score.map(|s| view! { " "{t_args("exercise-score", &[("score", s.to_string()), ("points", w.max_points.to_string())])} })}
                    {(w.source.as_deref() == Some("auto")).then(|| view! { " "<span class="muted">{t("grading-auto-graded")}</span> })}
                </p>
            </section>
            {attempt_history(&w.exercise.attempts, &w.exercise.kind)}
            {grade_history(&w.exercise.grades, w.max_points)}
            <section class="card grade-form">
                <h2>{t("grading-your-grade")}</h2>
                {conflict.then(|| view! {
                    <p class="form-error" role="alert">{t("error-grade-conflict")}</p>
                    <p class="info-box" role="note">{t("grading-conflict-help")}</p>
                })}
                <form method="post" action=format!("/grading/{}/grade", w.work_id)>
                    <CsrfField/>
                    <input type="hidden" name="version" value=w.version.to_string()/>
                    {has_rubric.then(|| rubric_form(&w))}
                    {field_error("rubric")}
                    {has_rubric.then(|| view! {
                        <p class="rubric-total" aria-live="polite">{t("grading-total")}" "<output id="rubric-total" for="rubric">"–"</output>" / "{w.max_points.to_string()}</p>
                    })}
                    {(!has_rubric).then(|| view! {
                        <div class="field">
                            <label for="f-score">{t_args("grading-score-label", &[("points", w.max_points.to_string())])}</label>
                            <input id="f-score" name="score" type="number" min="0" max=w.max_points.to_string() value=flash.values.get("score").cloned().or(w.score.map(|s| s.to_string()))/>
                            {field_error("score")}
                        </div>
                    })}
                    <div class="field">
                        <label for="f-feedback">{t("grading-feedback")}</label>
                        <textarea id="f-feedback" name="feedback" rows="8" aria-describedby="f-feedback-hint">{feedback}</textarea>
                        <p class="hint" id="f-feedback-hint">{t("grading-feedback-hint")}</p>
                        {field_error("feedback")}
                    </div>
                    <fieldset>
                        <legend>{t("grading-decision")}</legend>
                        {["accept", "revise", "score"].into_iter().map(|d| {
                            let id = format!("decision-{d}");
                            view! {
                                <div class="level">
                                    <input type="radio" id=id.clone() name="decision" value=d checked=decision == d/>
                                    <label for=id>{t(&format!("grading-decision-{d}"))}</label>
                                </div>
                            }
                        }).collect_view()}
                    </fieldset>
                    <button type="submit">{t("grading-save")}</button>
                </form>
            </section>
            {w.staff.then(|| view! {
                <section class="card">
                    <h2>{t("grading-assign")}</h2>
                    <form method="post" action=format!("/grading/{}/assign", w.work_id) class="inline">
                        <CsrfField/>
                        <input type="hidden" name="version" value=w.version.to_string()/>
                        <label for="f-mentor">{t("grading-assign-to")}</label>
                        <select id="f-mentor" name="mentor">
                            <option value="">{t("grading-assign-anyone")}</option>
                            {w.mentors.iter().map(|(id, name)| view! { <option value=id.to_string() selected=w.assigned_to == Some(*id)>{name.clone()}</option> }).collect_view()}
                        </select>
                        <button type="submit" class="small">{t("grading-assign-save")}</button>
                    </form>
                    {(!w.audit.is_empty()).then(|| view! {
                        <h3>{t("grading-audit")}</h3>
                        <ul class="audit">
                            {w.audit.iter().map(|(when, who, action, change)| view! {
                                <li><span class="meta">{when.clone()}" · "{who.clone()}" · "{t(&format!("grading-audit-{action}"))}</span><br/><code>{change.clone()}</code></li>
                            }).collect_view()}
                        </ul>
                    })}
                </section>
            })}
            // ~0.5 KB: adds up the chosen rubric levels as the mentor clicks.
            {has_rubric.then(|| view! { <script type="module" src="/rubric.js"></script> })}
        </Layout>
    }
    .into_any()
}

#[component]
pub fn GradebookPage() -> impl IntoView {
    let (course, cohort) = use_query_map().with_untracked(|q| (q.get("course"), q.get("cohort")));
    view! {
        {load(load_gradebook(course, cohort), move |g| match g {
            Ok(g) => gradebook_body(g),
            Err(e) => view! { <PageError title="not-found-title" message=server_error_key(e)/> }.into_any(),
        })}
    }
}

fn gradebook_body(g: GradebookView) -> AnyView {
    view! {
        <Layout title="gradebook-title" heading=g.title.clone()>
            <p><a class="button" href=g.csv_href.clone() download="">{t("gradebook-csv")}</a></p>
            {if g.rows.is_empty() {
                view! { <p class="muted">{t("gradebook-empty")}</p> }.into_any()
            } else {
                view! {
                    <div class="table-wrap">
                    <table class="gradebook">
                        <caption class="visually-hidden">{g.title.clone()}</caption>
                        <thead><tr>
                            <th scope="col">{t("grading-col-learner")}</th>
                            {g.columns.iter().map(|(lesson, n, points)| view! {
                                <th scope="col">{lesson.clone()}<br/><span class="meta">{t_args("exercise-title", &[("number", n.to_string())])}" · "{t_args("exercise-points", &[("points", points.to_string())])}</span></th>
                            }).collect_view()}
                            <th scope="col">{t("gradebook-total")}" ("{g.max_total.to_string()}")"</th>
                        </tr></thead>
                        <tbody>
                            {g.rows.iter().map(|(name, cells, total)| view! {
                                <tr>
                                    <th scope="row">{name.clone()}</th>
                                    {cells.iter().map(|c| match c {
                                        None => view! { <td class="empty"><span class="visually-hidden">{t("gradebook-nothing")}</span></td> }.into_any(),
                                        Some(c) => view! {
                                            <td><a href=format!("/grading/{}", c.work_id) class=format!("badge work-{}", c.state)>
                                                {match c.score.filter(|_| c.state == "graded" || c.state == "accepted") {
                                                    Some(s) => s.to_string(),
                                                    None => t(&format!("work-state-{}", c.state)),
                                                }}
                                            </a></td>
                                        }.into_any(),
                                    }).collect_view()}
                                    <td>{total.to_string()}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                    </div>
                }.into_any()
            }}
        </Layout>
    }
    .into_any()
}
