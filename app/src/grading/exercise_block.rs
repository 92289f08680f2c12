//! An exercise inside a lesson: the question, a form that posts without JavaScript, the
//! result of a choice (with each option's explanation), and the history of attempts and
//! mentors' feedback. Also the read-only rubric and attempt history the grading page reuses.
use super::views::*;
use crate::{
    components::CsrfField,
    ctx,
    i18n::{t, t_args},
};
use leptos::prelude::*;

fn state_badge(state: &str) -> impl IntoView {
    let class = format!("badge work-{state}");
    view! { <span class=class>{t(&format!("work-state-{state}"))}</span> }
}

/// "Exercise 2 · Written answer · 4 points"
pub fn exercise_heading(e: &ExerciseView, id: String) -> impl IntoView {
    view! {
        <h2 id=id class="exercise-title">
            {t_args("exercise-title", &[("number", e.number.to_string())])}
            <span class="meta">
                " · "{t(&format!("exercise-kind-{}", e.kind))}
                " · "{t_args("exercise-points", &[("points", e.points.to_string())])}
            </span>
        </h2>
    }
}

pub fn rubric_table(rubric: &[CriterionView]) -> impl IntoView {
    view! {
        <table class="rubric">
            <caption>{t("exercise-rubric")}</caption>
            <tbody>
                {rubric.iter().map(|c| view! {
                    <tr>
                        <th scope="row">{c.title.clone()}<span class="muted">{c.description.clone()}</span></th>
                        {c.levels.iter().map(|l| view! {
                            <td>
                                <strong>{l.title.clone()}</strong>
                                " "<span class="points">{t_args("exercise-points", &[("points", l.points.to_string())])}</span>
                                <span class="muted">{l.description.clone()}</span>
                            </td>
                        }).collect_view()}
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}

/// Mentors' grades, newest first.
pub fn grade_history(grades: &[GradeView], points: i32) -> impl IntoView {
    (!grades.is_empty()).then(|| view! {
        <h3>{t("exercise-feedback")}</h3>
        <ol class="grades">
            {grades.iter().map(|g| view! {
                <li class="grade">
                    <p class="meta">
                        {t_args("exercise-graded-by", &[("mentor", g.mentor.clone()), ("when", g.when.clone())])}
                        " · "{state_badge(match g.decision.as_str() { "accept" => "accepted", "revise" => "needs_revision", _ => "graded" })}
                        {g.score.map(|s| view! { " · "{t_args("exercise-score", &[("score", s.to_string()), ("points", points.to_string())])} })}
                    </p>
                    {(!g.levels.is_empty()).then(|| view! {
                        <ul class="levels">
                            {g.levels.iter().map(|(c, l, p)| view! { <li>{c.clone()}": "{l.clone()}" ("{p.to_string()}")"</li> }).collect_view()}
                        </ul>
                    })}
                    <div class="feedback" inner_html=g.feedback_html.clone()></div>
                </li>
            }).collect_view()}
        </ol>
    })
}

/// Earlier attempts, newest first. `download` links notebooks (mentors and the learner).
pub fn attempt_history(attempts: &[AttemptView], kind: &str) -> impl IntoView {
    let choice = kind == "single" || kind == "multiple";
    (!attempts.is_empty() && !choice).then(|| view! {
        <h3>{t("exercise-attempts")}</h3>
        <ol class="attempts" reversed>
            {attempts.iter().map(|a| view! {
                <li>
                    <p class="meta">{t_args("exercise-attempt", &[("number", a.number.to_string()), ("when", a.when.clone())])}</p>
                    {a.answer.clone().map(|text| view! { <div class="answer">{text}</div> })}
                    {a.link.clone().map(|l| view! { <p><a href=l.clone() rel="noopener noreferrer nofollow">{l.clone()}</a></p> })}
                    {a.notebook_name.clone().map(|n| view! {
                        <p><a href=format!("/exercises/notebooks/{}", a.id) download=n.clone()>{t_args("exercise-notebook-download", &[("file", n.clone())])}</a></p>
                    })}
                    {a.notebook_html.clone().map(|h| view! { <div class="notebook-view" inner_html=h></div> })}
                </li>
            }).collect_view()}
        </ol>
    })
}

fn hidden_fields(course: &str, lesson: &str, id: &str) -> impl IntoView {
    view! {
        <CsrfField/>
        <input type="hidden" name="course" value=course.to_owned()/>
        <input type="hidden" name="lesson" value=lesson.to_owned()/>
        <input type="hidden" name="exercise" value=id.to_owned()/>
    }
}

#[component]
pub fn ExerciseBlock(
    exercise: ExerciseView,
    course: String,
    lesson: String,
    signed_in: bool,
) -> impl IntoView {
    let e = exercise;
    let id = e.id.clone();
    let anchor = format!("exercise-{id}");
    let title_id = format!("exercise-{id}-title");
    let flash = ctx::flash();
    let mine = flash.value("exercise") == id;
    let error = mine.then(|| flash.error.clone()).flatten();
    let error_id = format!("exercise-{id}-error");
    let described = error.as_ref().map(|_| error_id.clone());
    let typed = if mine {
        flash.value("answer")
    } else {
        String::new()
    };
    let typed_link = if mine {
        flash.value("link")
    } else {
        String::new()
    };
    let choice_kind = e.kind == "single" || e.kind == "multiple";
    let answered = choice_kind && !e.attempts.is_empty();
    let form = if !signed_in {
        view! { <p class="muted"><a href="/login">{t("nav-sign-in")}</a>" — "{t("exercise-sign-in")}</p> }.into_any()
    } else if choice_kind {
        let input_type = if e.kind == "single" {
            "radio"
        } else {
            "checkbox"
        };
        view! {
            <form method="post" action="/exercises/answer" class="exercise-form">
                {hidden_fields(&course, &lesson, &id)}
                <fieldset aria-describedby=described.clone()>
                    <legend>{t(if e.kind == "single" { "exercise-choose-one" } else { "exercise-choose-all" })}</legend>
                    {e.choices.iter().enumerate().map(|(i, c)| {
                        let input_id = format!("{id}-choice-{i}");
                        let class = match (c.correct, c.chosen) {
                            (Some(true), _) => "choice right",
                            (Some(false), true) => "choice wrong",
                            _ => "choice",
                        };
                        view! {
                            <div class=class>
                                <input type=input_type id=input_id.clone() name="choice" value=i.to_string() checked=c.chosen/>
                                <label for=input_id inner_html=c.html.clone()></label>
                                {c.correct.map(|right| view! {
                                    <div class="explanation">
                                        <strong>{t(if right { "exercise-option-right" } else { "exercise-option-wrong" })}</strong>
                                        <div inner_html=c.explanation_html.clone()></div>
                                    </div>
                                })}
                            </div>
                        }
                    }).collect_view()}
                </fieldset>
                <button type="submit">{t(if answered { "exercise-try-again" } else { "exercise-check" })}</button>
            </form>
        }.into_any()
    } else if !e.can_submit {
        ().into_any()
    } else if e.kind == "written" {
        let field_id = format!("{id}-answer");
        view! {
            <form method="post" action="/exercises/answer" class="exercise-form">
                {hidden_fields(&course, &lesson, &id)}
                <div class="field">
                    <label for=field_id.clone()>{t("exercise-your-answer")}</label>
                    <textarea id=field_id name="answer" rows="8" required aria-describedby=described.clone()>{typed}</textarea>
                </div>
                <button type="submit">{t(if e.attempts.is_empty() { "exercise-submit" } else { "exercise-resubmit" })}</button>
            </form>
        }.into_any()
    } else {
        let file_id = format!("{id}-notebook");
        let link_id = format!("{id}-link");
        let action = format!("/exercises/notebook?csrf={}", ctx::csrf_token());
        view! {
            <form method="post" action=action enctype="multipart/form-data" class="exercise-form">
                {hidden_fields(&course, &lesson, &id)}
                <div class="field">
                    <label for=file_id.clone()>{t("exercise-notebook-file")}</label>
                    <input type="file" id=file_id name="notebook" accept=".ipynb,application/x-ipynb+json" aria-describedby=described.clone()/>
                    <p class="hint">{t_args("exercise-notebook-hint", &[("max", e.notebook_max_mb.to_string())])}</p>
                </div>
                <div class="field">
                    <label for=link_id.clone()>{t("exercise-notebook-link")}</label>
                    <input type="url" id=link_id name="link" value=typed_link inputmode="url" placeholder="https://"/>
                </div>
                <button type="submit">{t(if e.attempts.is_empty() { "exercise-submit" } else { "exercise-resubmit" })}</button>
            </form>
        }.into_any()
    };
    let status = e.state.clone().map(|s| {
        let waiting = s == "submitted" || s == "resubmitted";
        view! {
            <p class="exercise-status" role="status">
                {state_badge(&s)}
                {e.score.filter(|_| !waiting && s != "needs_revision").map(|score| view! { " "{t_args("exercise-score", &[("score", score.to_string()), ("points", e.points.to_string())])} })}
                {waiting.then(|| view! { " "<span class="muted">{t("exercise-waiting")}</span> })}
                {(e.graded_by_mentor && choice_kind).then(|| view! { " "<span class="muted">{t("exercise-mentor-grade-wins")}</span> })}
            </p>
        }
    });
    let result = answered.then(|| {
        let right = e.last_correct == Some(true);
        view! {
            <p class=if right { "result right" } else { "result wrong" }>
                {t(if right { "exercise-result-right" } else { "exercise-result-wrong" })}
            </p>
        }
    });
    view! {
        <section class="exercise" id=anchor aria-labelledby=title_id.clone()>
            {exercise_heading(&e, title_id.clone())}
            <div class="exercise-prompt" inner_html=e.prompt_html.clone()></div>
            {status}
            {result}
            {error.map(|k| view! { <p class="form-error" id=error_id.clone() role="alert">{t_args(&k, &flash.error_args())}</p> })}
            {form}
            {(!e.rubric.is_empty()).then(|| view! {
                <details class="rubric-details"><summary>{t("exercise-rubric-show")}</summary>{rubric_table(&e.rubric)}</details>
            })}
            {grade_history(&e.grades, e.points)}
            {attempt_history(&e.attempts, &e.kind)}
        </section>
    }
}
