use super::{actions::*, views::*};
use crate::grading::exercise_block::ExerciseBlock;
use crate::{
    components::*,
    ctx,
    i18n::{t, t_args},
};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn CatalogPage() -> impl IntoView {
    let lang = use_query_map()
        .with_untracked(|q| q.get("lang"))
        .filter(|l| !l.is_empty());
    let selected = lang.clone().unwrap_or_default();
    view! {
        <Layout title="catalog-title">
            <Notice/>
            <form method="get" action="/courses" class="filter">
                <label for="f-lang">{t("catalog-filter-language")}</label>
                <select id="f-lang" name="lang">
                    <option value="">{t("catalog-filter-any")}</option>
                    {[("en", "English"), ("es", "Español"), ("pt", "Português")].into_iter().map(|(code, name)| {
                        view! { <option value=code lang=code selected=selected == code>{name}</option> }
                    }).collect_view()}
                </select>
                <button type="submit" class="small">{t("catalog-filter-submit")}</button>
            </form>
            {load(course_catalog(lang), move |cards| view! {
                {match cards.clone() {
                    Ok(cards) if cards.is_empty() => view! { <p class="muted">{t("catalog-empty")}</p> }.into_any(),
                    Ok(cards) => view! {
                        <ul class="course-list">
                            {cards.into_iter().map(|c| view! {
                                <li class="course-card">
                                    <h2><a href=format!("/courses/{}", c.slug)>{c.title}</a></h2>
                                    <p>{c.summary}</p>
                                    <p class="meta">
                                        {t_args("course-lessons-minutes", &[("lessons", c.lessons.to_string()), ("minutes", c.minutes.to_string())])}
                                        " · "
                                        {t_args("course-translated", &[("translated", c.translated.to_string()), ("lessons", c.lessons.to_string())])}
                                    </p>
                                    {c.percent.map(progress_bar)}
                                </li>
                            }).collect_view()}
                        </ul>
                    }.into_any(),
                    Err(e) => error_view(e),
                }}
            })}
        </Layout>
    }
}

#[component]
pub fn CoursePage() -> impl IntoView {
    let slug = use_params_map().with_untracked(|p| p.get("slug").unwrap_or_default());
    view! {
        {load(course_detail(slug), move |course| view! {
            {match course.clone() {
                Ok(c) => course_body(c),
                Err(e) => view! { <PageError title="not-found-title" message=server_error_key(e)/> }.into_any(),
            }}
        })}
    }
}

fn course_body(c: CourseView) -> AnyView {
    let slug = c.slug.clone();
    let start_href = format!("/courses/{}/{}", c.slug, c.resume);
    let translated_note = (c.translated < c.lessons.len()).then(|| {
        t_args(
            "course-translated",
            &[
                ("translated", c.translated.to_string()),
                ("lessons", c.lessons.len().to_string()),
            ],
        )
    });
    view! {
        <Layout title="catalog-title" heading=c.title.clone()>
            <Notice/>
            <FormError/>
            <p class="lead">{c.summary.clone()}</p>
            {(!c.audience.is_empty()).then(|| view! { <p><strong>{t("course-audience")}</strong>" "{c.audience.clone()}</p> })}
            <p class="meta">{t_args("course-lessons-minutes", &[("lessons", c.lessons.len().to_string()), ("minutes", c.minutes.to_string())])}</p>
            {translated_note.map(|n| view! { <p class="info-box">{n}</p> })}
            {if c.enrolled { Some(progress_bar(c.percent)) } else { None }}
            <div class="course-actions">
                {match (c.signed_in, c.enrolled) {
                    (true, false) => view! {
                        <form method="post" action="/api/enroll_course" class="inline">
                            <CsrfField/>
                            <input type="hidden" name="slug" value=slug.clone()/>
                            <button type="submit">{t("course-enroll")}</button>
                        </form>
                    }.into_any(),
                    (true, true) => view! {
                        <a class="button" href=start_href.clone()>{if c.started { t("course-continue") } else { t("course-start") }}</a>
                    }.into_any(),
                    (false, _) => view! {
                        <a class="button" href=start_href.clone()>{t("course-start")}</a>
                        <p class="muted">{t("course-sign-in-to-track")}</p>
                    }.into_any(),
                }}
            </div>
            <h2>{t("course-lessons")}</h2>
            <ol class="lessons">
                {c.lessons.iter().map(|l| view! {
                    <li class:done=l.done>
                        <a href=format!("/courses/{}/{}", slug, l.slug)>{l.title.clone()}</a>
                        <span class="meta">{t_args("lesson-minutes", &[("minutes", l.minutes.to_string())])}</span>
                        {l.done.then(|| view! { <span class="badge done">{t("lesson-done")}</span> })}
                        {(l.translation == "missing").then(|| view! { <span class="badge">{t("lesson-not-translated")}</span> })}
                        {(l.translation == "outdated").then(|| view! { <span class="badge">{t("lesson-outdated")}</span> })}
                    </li>
                }).collect_view()}
            </ol>
            {c.staff.then(|| view! {
                <section class="staff">
                    <h2>{t("course-staff-enroll")}</h2>
                    <form method="post" action="/api/staff_enroll" class="card">
                        <CsrfField/>
                        <input type="hidden" name="slug" value=slug.clone()/>
                        <TextField name="email" label="field-email" kind="email"/>
                        <button type="submit">{t("course-staff-enroll-person")}</button>
                    </form>
                    <form method="post" action="/api/staff_enroll" class="card">
                        <CsrfField/>
                        <input type="hidden" name="slug" value=slug.clone()/>
                        <div class="field">
                            <label for="f-enroll-institution">{t("field-institution")}</label>
                            <select id="f-enroll-institution" name="institution_id">
                                {c.institutions.iter().map(|(id, name)| view! { <option value=*id>{name.clone()}</option> }).collect_view()}
                            </select>
                        </div>
                        <button type="submit">{t("course-staff-enroll-institution")}</button>
                    </form>
                    <h2>{t("course-mentors")}</h2>
                    <p class="hint">{t("course-mentors-hint")}</p>
                    {if c.mentors.is_empty() {
                        view! { <p class="muted">{t("course-mentors-none")}</p> }.into_any()
                    } else {
                        view! {
                            <ul class="course-mentors">
                                {c.mentors.iter().map(|(id, name)| view! {
                                    <li>
                                        {name.clone()}" "
                                        <form method="post" action="/api/set_course_mentor" class="inline">
                                            <CsrfField/>
                                            <input type="hidden" name="slug" value=slug.clone()/>
                                            <input type="hidden" name="remove" value=id.to_string()/>
                                            <button type="submit" class="small secondary">{t_args("course-mentors-remove", &[("name", name.clone())])}</button>
                                        </form>
                                    </li>
                                }).collect_view()}
                            </ul>
                        }.into_any()
                    }}
                    <form method="post" action="/api/set_course_mentor" class="card">
                        <CsrfField/>
                        <input type="hidden" name="slug" value=slug.clone()/>
                        <TextField name="email" label="field-email" kind="email"/>
                        <button type="submit">{t("course-mentors-add")}</button>
                    </form>
                    <p><a href=format!("/grading/gradebook?course={}", slug)>{t("gradebook-title")}</a></p>
                </section>
            })}
        </Layout>
    }
    .into_any()
}

#[component]
pub fn LessonPage() -> impl IntoView {
    let (course, lesson) = use_params_map().with_untracked(|p| {
        (
            p.get("slug").unwrap_or_default(),
            p.get("lesson").unwrap_or_default(),
        )
    });
    view! {
        {load(load_lesson(course, lesson), move |page| view! {
            {match page.clone() {
                Ok(p) => lesson_body(p),
                Err(e) => view! { <PageError title="not-found-title" message=server_error_key(e)/> }.into_any(),
            }}
        })}
    }
}

fn lesson_body(p: LessonView) -> AnyView {
    let course_href = format!("/courses/{}", p.course_slug);
    let reader = ctx::locale_code();
    view! {
        <Layout title="catalog-title" heading=p.title.clone()>
            <Notice/>
            <FormError/>
            <nav class="breadcrumb" aria-label=t("breadcrumb-label")>
                <a href=course_href.clone()>{p.course_title.clone()}</a>
                " · "
                {t_args("lesson-position", &[("number", p.number.to_string()), ("total", p.total.to_string())])}
                " · "
                {t_args("lesson-minutes", &[("minutes", p.minutes.to_string())])}
            </nav>
            {(p.translation == "missing").then(|| view! { <p class="info-box" role="note">{t("lesson-fallback-notice")}</p> })}
            {(p.translation == "outdated").then(|| view! { <p class="info-box" role="note">{t("lesson-outdated-notice")}</p> })}
            {if p.errors.is_empty() {
                lesson_article(&p, reader)
            } else {
                view! {
                    <div class="form-error" role="alert">
                        <p>{t("lesson-unpublished")}</p>
                        {p.staff.then(|| view! { <ul>{p.errors.iter().map(|e| view! { <li><code>{e.clone()}</code></li> }).collect_view()}</ul> })}
                    </div>
                }.into_any()
            }}
            <div class="lesson-complete">
                {match (p.signed_in, p.done) {
                    (true, false) => view! {
                        <form method="post" action="/api/complete_lesson">
                            <CsrfField/>
                            <input type="hidden" name="course" value=p.course_slug.clone()/>
                            <input type="hidden" name="lesson" value=p.slug.clone()/>
                            <button type="submit">{t("lesson-mark-complete")}</button>
                        </form>
                    }.into_any(),
                    (true, true) => view! { <p class="badge done">{t("lesson-done")}</p> }.into_any(),
                    (false, _) => view! { <p class="muted"><a href="/login">{t("nav-sign-in")}</a>" — "{t("course-sign-in-to-track")}</p> }.into_any(),
                }}
            </div>
            // ~1 KB: lesson-to-lesson moves and "mark as complete" without a full reload.
            <script type="module" src="/enhance.js"></script>
            <nav class="pager" aria-label=t("pager-label")>
                {p.previous.clone().map(|(slug, title)| view! {
                    <a rel="prev" href=format!("/courses/{}/{}", p.course_slug, slug)>{t("lesson-previous")}": "{title}</a>
                })}
                {p.next.clone().map(|(slug, title)| view! {
                    <a rel="next" class="next" href=format!("/courses/{}/{}", p.course_slug, slug)>{t("lesson-next")}": "{title}</a>
                })}
            </nav>
        </Layout>
    }
    .into_any()
}

/// The lesson's HTML with each exercise's slot replaced by its form and history.
fn lesson_article(p: &LessonView, reader: &str) -> AnyView {
    let lang = (p.text_locale != reader).then(|| p.text_locale.clone());
    let mut parts = vec![];
    let mut rest = p.html.as_str();
    for e in &p.exercises {
        let slot = format!(
            "<div class=\"exercise-slot\" id=\"exercise-{}\"></div>",
            e.id
        );
        if let Some(at) = rest.find(&slot) {
            parts.push((rest[..at].to_owned(), Some(e.clone())));
            rest = &rest[at + slot.len()..];
        }
    }
    parts.push((rest.to_owned(), None));
    view! {
        <article class="lesson" lang=lang>
            {parts.into_iter().map(|(html, exercise)| view! {
                <div inner_html=html></div>
                {exercise.map(|e| view! {
                    <ExerciseBlock exercise=e course=p.course_slug.clone() lesson=p.slug.clone() signed_in=p.signed_in/>
                })}
            }).collect_view()}
        </article>
    }
    .into_any()
}

#[component]
pub fn DashboardPage() -> impl IntoView {
    view! {
        <Layout title="dashboard-title">
            <Notice/>
            <crate::hubs::card::HubAccountCard/>
            {load(my_dashboard(), move |rows| view! {
                {match rows.clone() {
                    Ok(rows) if rows.is_empty() => view! {
                        <p>{t("dashboard-empty")}</p>
                        <p><a class="button" href="/courses">{t("nav-courses")}</a></p>
                    }.into_any(),
                    Ok(rows) => view! {
                        <ul class="course-list">
                            {rows.into_iter().map(|r| view! {
                                <li class="course-card">
                                    <h2><a href=format!("/courses/{}", r.slug)>{r.title.clone()}</a></h2>
                                    {progress_bar(r.percent)}
                                    <p class="meta">{t_args("dashboard-completed", &[("completed", r.completed.to_string()), ("lessons", r.lessons.to_string())])}</p>
                                    {(r.completed < r.lessons).then(|| view! {
                                        <a class="button" href=format!("/courses/{}/{}", r.slug, r.resume_slug)>{t("course-continue")}": "{r.resume_title.clone()}</a>
                                    })}
                                </li>
                            }).collect_view()}
                        </ul>
                    }.into_any(),
                    Err(e) => error_view(e),
                }}
            })}
        </Layout>
    }
}
