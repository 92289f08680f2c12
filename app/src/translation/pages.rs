//! The translator workspace: an overview per locale, a file's messages with filters and
//! search, one message's editor (English with its comments, variables and plural help, the
//! translation, a preview, history and review), and lesson translations side by side.
use super::actions::*;
use crate::{
    components::*,
    ctx,
    i18n::{t, t_args},
};
use leptos::prelude::*;

/// A language's name in the reader's language, or its code for a locale added later.
fn language(code: &str) -> String {
    let key = format!("language-{code}");
    let name = t(&key);
    if name == key {
        code.to_owned()
    } else {
        name
    }
}

/// Where a change is edited: a lesson (its `file` is `courses/<course>`) or a message.
fn change_link(c: &ChangeRow) -> String {
    match c.file.strip_prefix("courses/") {
        Some(course) => format!(
            "/translate/{}/lessons/{}/{}",
            segment(&c.locale),
            segment(course),
            segment(&c.message)
        ),
        None => format!(
            "/translate/{}/strings/{}/{}",
            segment(&c.locale),
            segment(&c.file),
            segment(&c.message)
        ),
    }
}

fn state_badge(state: &str) -> impl IntoView {
    view! { <span class=format!("badge tr-{state}")>{t(&format!("translate-state-{state}"))}</span> }
}

#[component]
pub fn TranslateHome() -> impl IntoView {
    view! {
        <Layout title="translate-title">
            <Notice/>
            <FormError/>
            <p class="lead">{t("translate-lead")}</p>
            {load(translate_overview(), |o| match o {
                Ok(o) => view! {
                    {(!o.load_problems.is_empty()).then(|| view! {
                        <section class="card load-problems" role="alert" aria-labelledby="h-load-problems">
                            <h2 id="h-load-problems">{t("translate-load-problems")}</h2>
                            <p>{t("translate-load-problems-lead")}</p>
                            <ul>
                                {o.load_problems.iter().map(|p| view! { <li><code>{p.clone()}</code></li> }).collect_view()}
                            </ul>
                        </section>
                    })}
                    {o.locales.into_iter().map(|l| {
                        let pct = (l.strings_done * 100 / l.strings_total.max(1)) as u32;
                        let code = l.locale.clone();
                        view! {
                            <section class="card" aria-labelledby=format!("h-{code}")>
                                <h2 id=format!("h-{code}")>{language(&code)}</h2>
                                <p>{t_args("translate-strings-done", &[("done", l.strings_done.to_string()), ("total", l.strings_total.to_string())])}</p>
                                {progress_bar(pct)}
                                <table class="stack">
                                    <thead><tr>
                                        <th scope="col">{t("translate-col-file")}</th>
                                        <th scope="col">{t("translate-col-missing")}</th>
                                        <th scope="col">{t("translate-col-outdated")}</th>
                                    </tr></thead>
                                    <tbody>
                                        {l.files.into_iter().map(|f| {
                                            let base = format!("/translate/{}/strings/{}", segment(&code), segment(&f.file));
                                            view! {
                                                <tr>
                                                    <td><a href=base.clone()>{f.file.clone()}</a></td>
                                                    <td>{if f.missing > 0 { view! { <a href=format!("{base}?filter=missing")>{f.missing.to_string()}</a> }.into_any() } else { view! { "0" }.into_any() }}</td>
                                                    <td>{if f.outdated > 0 { view! { <a href=format!("{base}?filter=outdated")>{f.outdated.to_string()}</a> }.into_any() } else { view! { "0" }.into_any() }}</td>
                                                </tr>
                                            }
                                        }).collect_view()}
                                    </tbody>
                                </table>
                                <p><a href=format!("/translate/{}/lessons", segment(&code))>{t("translate-lessons-link")}</a>" · "
                                    {t_args("translate-lessons-state", &[("total", l.lessons_total.to_string()), ("missing", l.lessons_missing.to_string()), ("outdated", l.lessons_outdated.to_string())])}</p>
                                <ul class="plain courses-done">
                                    {l.courses.into_iter().map(|(title, done, total)| view! {
                                        <li><span lang="en">{title}</span>" · "{t_args("translate-course-done", &[("done", done.to_string()), ("total", total.to_string())])}</li>
                                    }).collect_view()}
                                </ul>
                            </section>
                        }
                    }).collect_view()}
                    {o.translators.map(|list| {
                        let all = o.all_locales.clone();
                        view! {
                            <section id="translators" aria-labelledby="h-translators">
                                <h2 id="h-translators">{t("translate-translators")}</h2>
                                <p class="hint">{t("translate-translators-hint")}</p>
                                {list.into_iter().map(|tr| {
                                    let all = all.clone();
                                    view! {
                                        <form method="post" action="/translate/translators" class="card translator">
                                            <CsrfField/>
                                            <input type="hidden" name="user" value=tr.id.to_string()/>
                                            <fieldset>
                                                <legend>{tr.name.clone()}" · "<span class="meta">{tr.email.clone()}</span></legend>
                                                {all.into_iter().map(|l| view! {
                                                    <label class="check"><input type="checkbox" name="locale" value=l.clone() checked=tr.locales.contains(&l)/>" "{language(&l)}</label>" "
                                                }).collect_view()}
                                            </fieldset>
                                            <button type="submit" class="secondary small">{t("translate-translators-save")}</button>
                                        </form>
                                    }
                                }).collect_view()}
                            </section>
                        }
                    })}
                    <section aria-labelledby="h-recent">
                        <h2 id="h-recent">{t("translate-recent")}</h2>
                        {if o.recent.is_empty() {
                            view! { <p class="muted">{t("translate-recent-empty")}</p> }.into_any()
                        } else {
                            view! {
                                <ul class="plain changes">
                                    {o.recent.into_iter().map(|c| view! {
                                        <li><a href=change_link(&c)><code>{c.message.clone()}</code></a>
                                            " · "{language(&c.locale)}" · "{c.who.clone()}" · "<span class="meta">{c.when.clone()}</span>" "
                                            {state_badge(&c.review)}</li>
                                    }).collect_view()}
                                </ul>
                            }.into_any()
                        }}
                    </section>
                }.into_any(),
                Err(e) => error_view(e),
            })}
        </Layout>
    }
}

const FILTERS: [&str; 3] = ["missing", "outdated", "all"];

#[component]
pub fn MessagesPage() -> impl IntoView {
    let (locale, file) = (param("locale"), param("file"));
    let filter = Some(query("filter"))
        .filter(|f| !f.is_empty())
        .unwrap_or_else(|| "all".into());
    let q = query("q");
    let base = format!("/translate/{}/strings/{}", segment(&locale), segment(&file));
    let heading = format!("{} · {}", language(&locale), file);
    view! {
        <Layout title="translate-title" heading=heading>
            <p><a href="/translate">{t("translate-back")}</a></p>
            <nav class="filter-links" aria-label=t("translate-filter")>
                {FILTERS.iter().map(|f| view! {
                    <a href=format!("{base}?filter={f}") aria-current=(filter == *f).then_some("page")>{t(&format!("translate-filter-{f}"))}</a>" "
                }).collect_view()}
            </nav>
            <form method="get" action=base.clone() class="search" role="search">
                <input type="hidden" name="filter" value=filter.clone()/>
                <label for="f-q">{t("translate-search")}</label>
                <input id="f-q" name="q" type="search" value=q.clone()/>
                <button type="submit" class="secondary">{t("translate-search-button")}</button>
            </form>
            {load(list_messages(locale.clone(), file.clone(), filter.clone(), q.clone()), move |rows| match rows {
                Ok(rows) if rows.is_empty() => view! { <p class="muted">{t("translate-no-messages")}</p> }.into_any(),
                Ok(rows) => {
                    let (locale, base) = (locale.clone(), base.clone());
                    view! {
                        <table class="stack messages">
                            <thead><tr>
                                <th scope="col">{t("translate-col-id")}</th>
                                <th scope="col">{t("translate-col-english")}</th>
                                <th scope="col">{t("translate-col-translation")}</th>
                                <th scope="col">{t("translate-col-state")}</th>
                            </tr></thead>
                            <tbody>
                                {rows.into_iter().map(|m| view! {
                                    <tr>
                                        <td><a href=format!("{base}/{}", segment(&m.id))><code>{m.id.clone()}</code></a></td>
                                        <td lang="en" class="prewrap">{m.source.clone()}</td>
                                        <td lang=locale.clone() class="prewrap">{m.translation.clone().unwrap_or_default()}</td>
                                        <td>{state_badge(&m.state)}</td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    }.into_any()
                }
                Err(e) => error_view(e),
            })}
        </Layout>
    }
}

#[component]
pub fn MessageEditorPage() -> impl IntoView {
    let (locale, file, id) = (param("locale"), param("file"), param("id"));
    let draft = query("draft").parse().ok();
    view! {
        {load(load_message(locale, file, id, draft), |m| match m {
            Ok(m) => message_body(m),
            Err(e) => view! { <PageError title="translate-title" message=server_error_key(e)/> }.into_any(),
        })}
    }
}

fn code_list(label: &'static str, items: &[String]) -> AnyView {
    if items.is_empty() {
        return ().into_any();
    }
    view! { <dt>{t(label)}</dt><dd>{items.iter().map(|i| view! { <code>{i.clone()}</code>" " }).collect_view()}</dd> }.into_any()
}

fn message_body(m: MessageView) -> AnyView {
    let flash = ctx::flash();
    let stale = flash.error.as_deref() == Some("error-translation-stale");
    let list = format!(
        "/translate/{}/strings/{}",
        segment(&m.locale),
        segment(&m.file)
    );
    let locale = m.locale.clone();
    view! {
        <Layout title="translate-title" heading=m.id.clone()>
            <p><a href=list>{t_args("translate-back-to-file", &[("file", m.file.clone())])}</a>" · "{state_badge(&m.state)}</p>
            <Notice/>
            <FormError/>
            {stale.then(|| view! {
                <section class="card conflict" aria-labelledby="h-conflict">
                    <h2 id="h-conflict">{t("translate-conflict-title")}</h2>
                    <p>{t("translate-conflict-body")}</p>
                    <h3>{t("translate-conflict-theirs")}</h3>
                    <pre lang=locale.clone() class="prewrap">{m.translation.clone().unwrap_or_default()}</pre>
                </section>
            })}
            <div class="translate-grid">
                <section aria-labelledby="h-source">
                    <h2 id="h-source">{t("translate-english")}</h2>
                    {m.comments.iter().map(|c| view! { <p class="ftl-comment" lang="en">{c.clone()}</p> }).collect_view()}
                    <pre lang="en" class="source prewrap">{m.source.clone()}</pre>
                    {(!m.source_diff.is_empty()).then(|| view! {
                        <h3>{t("translate-english-changed")}</h3>
                        <p class="diff prewrap" lang="en">{m.source_diff.iter().map(|(k, w)| match k.as_str() {
                            "added" => view! { <ins>{w.clone()}</ins> }.into_any(),
                            "removed" => view! { <del>{w.clone()}</del> }.into_any(),
                            _ => view! { <span>{w.clone()}</span> }.into_any(),
                        }).collect_view()}</p>
                    })}
                    <dl class="details">
                        {code_list("translate-variables", &m.variables)}
                        {code_list("translate-terms", &m.terms)}
                        {code_list("translate-attributes", &m.attributes)}
                        {code_list("translate-functions", &m.functions)}
                    </dl>
                    <details class="plural-help" open=!m.selectors.is_empty()>
                        <summary>{t("translate-plural-title")}</summary>
                        <p>{t_args("translate-plural-categories", &[("language", language(&m.locale))])}" "
                            {m.categories.iter().map(|c| view! { <code>{c.clone()}</code>" " }).collect_view()}</p>
                        <p>{t("translate-plural-skeleton")}</p>
                        <pre id="skeleton">{m.skeleton.clone()}</pre>
                        <button type="button" class="secondary small" id="insert-skeleton" hidden>{t("translate-plural-insert")}</button>
                    </details>
                </section>
                <section aria-labelledby="h-translation">
                    <h2 id="h-translation">{t_args("translate-translation", &[("language", language(&m.locale))])}</h2>
                    <form method="post" action="/api/save_message" id="message-form" data-locale=m.locale.clone() data-file=m.file.clone() data-id=m.id.clone()>
                        <CsrfField/>
                        <input type="hidden" name="locale" value=m.locale.clone()/>
                        <input type="hidden" name="file" value=m.file.clone()/>
                        <input type="hidden" name="id" value=m.id.clone()/>
                        <input type="hidden" name="base" value=m.base.clone()/>
                        <div class="field" class:has-error=flash.field.as_deref() == Some("body")>
                            <label for="f-body">{t("translate-body")}</label>
                            <p class="hint" id="f-body-hint">{t("translate-body-hint")}</p>
                            {flash.error_for("body").map(|e| view! { <p class="field-error" id="f-body-error">{t_args(&e, &flash.error_args())}</p> })}
                            <textarea id="f-body" name="body" rows="8" lang=m.locale.clone() spellcheck="true"
                                aria-describedby=if flash.field.as_deref() == Some("body") { "f-body-error f-body-hint" } else { "f-body-hint" }
                                aria-invalid=(flash.field.as_deref() == Some("body")).then_some("true")>{m.typed.clone()}</textarea>
                        </div>
                        {m.from_draft.then(|| view! { <p class="hint">{t("translate-from-draft")}</p> })}
                        <label class="check"><input type="checkbox" name="needs_review" value="yes"/>" "{t("translate-needs-review")}</label>
                        <p class="actions">
                            <button type="submit" name="intent" value="save">{t("translate-save")}</button>" "
                            <button type="submit" name="intent" value="preview" class="secondary">{t("translate-preview-button")}</button>
                        </p>
                    </form>
                    <section aria-labelledby="h-preview" class="preview">
                        <h3 id="h-preview">{t("translate-preview")}</h3>
                        <p class="field-error" id="preview-error" hidden></p>
                        <dl id="preview" aria-live="polite" lang=m.locale.clone()>
                            {m.preview.iter().map(|(args, text)| view! {
                                <dt lang="en"><code>{if args.is_empty() { "—".to_owned() } else { args.clone() }}</code></dt>
                                <dd class="prewrap">{text.clone()}</dd>
                            }).collect_view()}
                        </dl>
                    </section>
                </section>
            </div>
            {history(&m)}
            <script src="/translate.js" defer></script>
        </Layout>
    }
    .into_any()
}

fn history(m: &MessageView) -> AnyView {
    if m.history.is_empty() {
        return ().into_any();
    }
    view! {
        <section aria-labelledby="h-history">
            <h2 id="h-history">{t("translate-history")}</h2>
            <ol class="plain changes">
                {m.history.iter().map(|c| view! {
                    <li>
                        <p>{c.who.clone()}" · "<span class="meta">{c.when.clone()}</span>" "{state_badge(&c.review)}
                            {(!c.reviewer.is_empty()).then(|| view! { " " <span class="meta">{t_args("translate-reviewed-by", &[("name", c.reviewer.clone())])}</span> })}</p>
                        <div class="before-after">
                            <pre lang=m.locale.clone()><del>{c.before.clone()}</del></pre>
                            <pre lang=m.locale.clone()><ins>{c.after.clone()}</ins></pre>
                        </div>
                        <form method="post" action="/api/review_translation" class="inline">
                            <CsrfField/>
                            <input type="hidden" name="change" value=c.id.to_string()/>
                            {(!c.own && c.review != "approved").then(|| view! {
                                <button type="submit" name="decision" value="approve" class="secondary small">{t("translate-approve")}</button>" "
                            })}
                            {(c.review != "needs_review").then(|| view! {
                                <button type="submit" name="decision" value="flag" class="secondary small">{t("translate-flag")}</button>
                            })}
                        </form>
                    </li>
                }).collect_view()}
            </ol>
        </section>
    }
    .into_any()
}

#[component]
pub fn LessonsPage() -> impl IntoView {
    let locale = param("locale");
    let heading = format!("{} · {}", language(&locale), t("translate-lessons-title"));
    view! {
        <Layout title="translate-lessons-title" heading=heading>
            <p><a href="/translate">{t("translate-back")}</a></p>
            {load(list_lesson_translations(locale.clone()), move |rows| match rows {
                Ok(rows) => {
                    let locale = locale.clone();
                    view! {
                        <table class="stack">
                            <thead><tr>
                                <th scope="col">{t("translate-col-course")}</th>
                                <th scope="col">{t("translate-col-lesson")}</th>
                                <th scope="col">{t("translate-col-state")}</th>
                            </tr></thead>
                            <tbody>
                                {rows.into_iter().map(|l| view! {
                                    <tr>
                                        <td lang="en">{l.course_title.clone()}</td>
                                        <td><a href=format!("/translate/{}/lessons/{}/{}", segment(&locale), segment(&l.course), segment(&l.lesson))>{l.title.clone()}</a>
                                            " "<span class="meta">{l.lesson.clone()}</span></td>
                                        <td>{state_badge(&l.state)}</td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    }.into_any()
                }
                Err(e) => error_view(e),
            })}
        </Layout>
    }
}

#[component]
pub fn LessonEditorPage() -> impl IntoView {
    let (locale, course, lesson) = (param("locale"), param("course"), param("lesson"));
    let draft = query("draft").parse().ok();
    view! {
        {load(load_lesson_translation(locale, course, lesson, draft), |l| match l {
            Ok(l) => lesson_body(l),
            Err(e) => view! { <PageError title="translate-title" message=server_error_key(e)/> }.into_any(),
        })}
    }
}

fn lesson_body(l: LessonView) -> AnyView {
    let flash = ctx::flash();
    let heading = format!("{} · {}", l.course, l.lesson);
    view! {
        <Layout title="translate-lessons-title" heading=heading>
            <p><a href=format!("/translate/{}/lessons", segment(&l.locale))>{t("translate-back-to-lessons")}</a>" · "{state_badge(&l.state)}</p>
            <Notice/>
            <FormError/>
            {(flash.error.as_deref() == Some("error-translation-stale")).then(|| view! {
                <p class="form-error" role="alert">{t("translate-conflict-lesson")}</p>
            })}
            <form method="post" action="/api/save_lesson_translation">
                <CsrfField/>
                <input type="hidden" name="locale" value=l.locale.clone()/>
                <input type="hidden" name="course" value=l.course.clone()/>
                <input type="hidden" name="lesson" value=l.lesson.clone()/>
                <input type="hidden" name="base" value=l.base.clone()/>
                <div class="translate-grid">
                    <div class="field">
                        <label for="f-english">{t("translate-english")}</label>
                        <textarea id="f-english" rows="24" readonly lang="en">{l.english.clone()}</textarea>
                    </div>
                    <div class="field" class:has-error=flash.field.as_deref() == Some("text")>
                        <label for="f-text">{t_args("translate-translation", &[("language", language(&l.locale))])}</label>
                        {flash.error_for("text").map(|e| view! { <p class="field-error" id="f-text-error">{t_args(&e, &flash.error_args())}</p> })}
                        <textarea id="f-text" name="text" rows="24" lang=l.locale.clone() spellcheck="true"
                            aria-invalid=(flash.field.as_deref() == Some("text")).then_some("true")>{l.typed.clone()}</textarea>
                    </div>
                </div>
                {l.from_draft.then(|| view! { <p class="hint">{t("translate-from-draft")}</p> })}
                <p class="hint">{t("translate-lesson-hash-hint")}</p>
                <p class="actions">
                    <button type="submit" name="intent" value="save">{t("translate-save")}</button>" "
                    <button type="submit" name="intent" value="preview" class="secondary">{t("translate-preview-button")}</button>
                </p>
            </form>
            <div class="translate-grid">
                <section aria-labelledby="h-en-preview">
                    <h2 id="h-en-preview">{t("translate-english")}</h2>
                    <article class="lesson" lang="en" inner_html=l.english_html.clone()></article>
                </section>
                <section aria-labelledby="h-tr-preview">
                    <h2 id="h-tr-preview">{t("translate-preview")}</h2>
                    {l.preview_error.clone().map(|e| view! { <p class="form-error">{e}</p> })}
                    {l.preview_html.clone().map(|h| view! { <article class="lesson" lang=l.locale.clone() inner_html=h></article> })}
                </section>
            </div>
        </Layout>
    }
    .into_any()
}
