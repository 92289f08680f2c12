//! Server functions of the translator workspace: thin glue over `domain::translation`.
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
use crate::ctx::action::*;
#[cfg(feature = "ssr")]
use domain::translation::{access, drafts, lessons, strings};

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct FileView {
    pub file: String,
    pub total: usize,
    pub missing: usize,
    pub outdated: usize,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct LocaleView {
    pub locale: String,
    pub files: Vec<FileView>,
    pub strings_total: usize,
    pub strings_done: usize,
    pub lessons_total: usize,
    pub lessons_missing: usize,
    pub lessons_outdated: usize,
    /// Per course: (title, lessons up to date, lessons).
    pub courses: Vec<(String, usize, usize)>,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct ChangeRow {
    pub id: i32,
    pub locale: String,
    pub file: String,
    pub message: String,
    pub who: String,
    pub when: String,
    pub review: String,
    pub reviewer: String,
    pub before: String,
    pub after: String,
    pub own: bool,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct TranslatorView {
    pub id: i32,
    pub name: String,
    pub email: String,
    /// The locales they may edit (empty: all).
    pub locales: Vec<String>,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Overview {
    /// Locale files the server could not use as they are (file:line: reason); their last
    /// good messages, or English, are served meanwhile.
    pub load_problems: Vec<String>,
    pub locales: Vec<LocaleView>,
    pub recent: Vec<ChangeRow>,
    /// For admins: every translator and their locales.
    pub translators: Option<Vec<TranslatorView>>,
    pub all_locales: Vec<String>,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct MessageRowView {
    pub id: String,
    pub source: String,
    pub translation: Option<String>,
    pub state: String,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct MessageView {
    pub locale: String,
    pub file: String,
    pub id: String,
    pub source: String,
    pub comments: Vec<String>,
    pub translation: Option<String>,
    /// What the editor starts with: a refused save's draft, else the translation.
    pub typed: String,
    pub from_draft: bool,
    pub base: String,
    pub variables: Vec<String>,
    pub terms: Vec<String>,
    pub attributes: Vec<String>,
    pub functions: Vec<String>,
    pub selectors: Vec<String>,
    pub categories: Vec<String>,
    pub skeleton: String,
    pub state: String,
    pub old_source: Option<String>,
    /// How the English changed since the translation: ("same" | "removed" | "added", words).
    pub source_diff: Vec<(String, String)>,
    pub preview: Vec<(String, String)>,
    pub history: Vec<ChangeRow>,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct LessonRowView {
    pub course: String,
    pub course_title: String,
    pub lesson: String,
    pub title: String,
    pub state: String,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct LessonView {
    pub locale: String,
    pub course: String,
    pub lesson: String,
    pub english: String,
    pub typed: String,
    pub from_draft: bool,
    pub base: String,
    pub state: String,
    pub preview_html: Option<String>,
    pub preview_error: Option<String>,
    pub english_html: String,
}

#[cfg(feature = "ssr")]
fn change_row(r: &crate::server_ctx::RequestCtx, me: i32, c: strings::ChangeView) -> ChangeRow {
    let m = c.change;
    ChangeRow {
        id: m.id,
        own: m.author_id == Some(me),
        when: domain::i18n::format_datetime(&r.state.i18n, r.locale, m.created_at),
        who: c.author.unwrap_or_default(),
        reviewer: c.reviewer.unwrap_or_default(),
        before: domain::translation::ftl::editable_body(&m.before),
        after: domain::translation::ftl::editable_body(&m.after),
        locale: m.locale,
        file: m.file,
        message: m.message_id,
        review: m.review,
    }
}

/// The text of a draft of this person's (a refused save, or a preview without JavaScript).
#[cfg(feature = "ssr")]
async fn draft_text(
    r: &crate::server_ctx::RequestCtx,
    u: &domain::accounts::CurrentUser,
    draft: Option<i32>,
) -> Result<Option<String>, ServerFnError> {
    match draft {
        Some(d) => drafts::find(&r.state.db, u, d).await.map_err(service_err),
        None => Ok(None),
    }
}

/// Back to the editor at `back` on what was typed, kept as a draft (with the error when a
/// save was refused), so nothing typed is lost however long it is.
#[cfg(feature = "ssr")]
async fn back_to_draft(
    r: &crate::server_ctx::RequestCtx,
    u: &domain::accounts::CurrentUser,
    text: &str,
    back: &str,
    error: Option<domain::ServiceError>,
) -> Result<(), ServerFnError> {
    let draft = drafts::keep(&r.state.db, u, text)
        .await
        .map_err(service_err)?;
    let to = format!("{back}?draft={draft}");
    match error {
        Some(e) => finish_err(&to, e, &[]),
        None => finish_ok(&to, None),
    }
}

#[server(endpoint = "translate_overview")]
pub async fn translate_overview() -> Result<Overview, ServerFnError> {
    let (r, u) = require_user()?;
    let locales = access::locales(&r.state, &u).await.map_err(service_err)?;
    let mut out = Overview::default();
    for l in locales {
        let files = strings::files(&r.state, &u, &l)
            .await
            .map_err(service_err)?;
        let lessons = lessons::list(&r.state, &u, &l).await.map_err(service_err)?;
        use strings::State;
        let mut courses: Vec<(String, usize, usize)> = vec![];
        for x in &lessons {
            if courses.last().map(|c| &c.0) != Some(&x.course_title) {
                courses.push((x.course_title.clone(), 0, 0));
            }
            if let Some(c) = courses.last_mut() {
                c.1 += usize::from(x.state == State::Current);
                c.2 += 1;
            }
        }
        out.locales.push(LocaleView {
            courses,
            strings_total: files.iter().map(|f| f.total).sum(),
            strings_done: files.iter().map(|f| f.total - f.missing - f.outdated).sum(),
            lessons_total: lessons.len(),
            lessons_missing: lessons.iter().filter(|x| x.state == State::Missing).count(),
            lessons_outdated: lessons
                .iter()
                .filter(|x| x.state == State::Outdated)
                .count(),
            files: files
                .into_iter()
                .map(|f| FileView {
                    file: f.file,
                    total: f.total,
                    missing: f.missing,
                    outdated: f.outdated,
                })
                .collect(),
            locale: l,
        });
    }
    let root = r.state.config.locales_dir.display().to_string();
    out.load_problems = r
        .state
        .i18n
        .problems()
        .into_iter()
        .map(|p| {
            let file = p.file.strip_prefix(&root).unwrap_or(&p.file);
            format!("{}:{}: {}", file.trim_start_matches('/'), p.line, p.reason)
        })
        .collect();
    if u.has(domain::accounts::Role::Admin) {
        out.all_locales = out.locales.iter().map(|l| l.locale.clone()).collect();
        out.translators = Some(
            access::translators(&r.state, &u)
                .await
                .map_err(service_err)?
                .into_iter()
                .map(|(p, locales)| TranslatorView {
                    id: p.id,
                    name: p.name,
                    email: p.email,
                    locales,
                })
                .collect(),
        );
    }
    out.recent = strings::recent(&r.state, &u, 20)
        .await
        .map_err(service_err)?
        .into_iter()
        .map(|c| change_row(&r, u.id, c))
        .collect();
    Ok(out)
}

#[server(endpoint = "list_messages")]
pub async fn list_messages(
    locale: String,
    file: String,
    filter: String,
    q: String,
) -> Result<Vec<MessageRowView>, ServerFnError> {
    let (r, u) = require_user()?;
    let rows = strings::messages(&r.state, &u, &locale, &file, &filter, &q)
        .await
        .map_err(service_err)?;
    Ok(rows
        .into_iter()
        .map(|m| MessageRowView {
            id: m.id,
            source: m.source,
            translation: m.translation,
            state: m.state.as_str().to_owned(),
        })
        .collect())
}

#[server(endpoint = "load_message")]
pub async fn load_message(
    locale: String,
    file: String,
    id: String,
    draft: Option<i32>,
) -> Result<MessageView, ServerFnError> {
    let (r, u) = require_user()?;
    let e = strings::editor(&r.state, &u, &locale, &file, &id)
        .await
        .map_err(service_err)?;
    let draft = draft_text(&r, &u, draft).await?;
    // A draft (previewed without JavaScript, or refused) is rendered as it was typed.
    let preview = match &draft {
        Some(d) => strings::preview_typed(&r.state, &u, &locale, &file, &id, d)
            .await
            .unwrap_or_default(),
        None => e.preview.clone(),
    };
    let source_diff = e
        .old_source
        .as_deref()
        .map(|old| {
            use domain::translation::diff::{words, Piece};
            words(old, &e.source)
                .into_iter()
                .map(|p| match p {
                    Piece::Same(t) => ("same".to_owned(), t),
                    Piece::Removed(t) => ("removed".to_owned(), t),
                    Piece::Added(t) => ("added".to_owned(), t),
                })
                .collect()
        })
        .unwrap_or_default();
    let set = |s: &std::collections::BTreeSet<String>| s.iter().cloned().collect::<Vec<_>>();
    // The skeleton selects on the English selector's variable, else on the first variable.
    let selector = e
        .uses
        .selectors
        .iter()
        .chain(e.uses.variables.iter())
        .next()
        .cloned()
        .unwrap_or_else(|| "count".into());
    Ok(MessageView {
        from_draft: draft.is_some(),
        typed: draft.or_else(|| e.translation.clone()).unwrap_or_default(),
        variables: set(&e.uses.variables)
            .into_iter()
            .map(|v| format!("${v}"))
            .collect(),
        terms: set(&e.uses.terms)
            .into_iter()
            .map(|v| format!("-{v}"))
            .collect(),
        attributes: set(&e.uses.attributes)
            .into_iter()
            .map(|v| format!(".{v}"))
            .collect(),
        functions: set(&e.uses.functions),
        selectors: set(&e.uses.selectors)
            .into_iter()
            .map(|v| format!("${v}"))
            .collect(),
        categories: e.plural_categories.iter().map(|c| c.to_string()).collect(),
        skeleton: domain::translation::preview::skeleton(&selector, &e.locale),
        state: e.state.as_str().to_owned(),
        history: e
            .history
            .into_iter()
            .map(|c| change_row(&r, u.id, c))
            .collect(),
        locale: e.locale,
        file: e.file,
        id: e.id,
        source: e.source,
        comments: e.comments,
        translation: e.translation,
        base: e.base,
        source_diff,
        old_source: e.old_source,
        preview,
    })
}

#[cfg(feature = "ssr")]
fn editor_path(locale: &str, file: &str, id: &str) -> String {
    format!(
        "/translate/{}/strings/{}/{}",
        urlencode(locale),
        urlencode(file),
        urlencode(id)
    )
}

/// Saves a message; a refused save keeps what was typed as a draft and opens the editor on it.
#[server(endpoint = "save_message")]
pub async fn save_message(
    #[server(default)] locale: String,
    #[server(default)] file: String,
    #[server(default)] id: String,
    #[server(default)] body: String,
    #[server(default)] base: String,
    #[server(default)] needs_review: String,
    #[server(default)] intent: String,
) -> Result<(), ServerFnError> {
    let (r, u) = require_user()?;
    access::may_enter(&u).map_err(service_err)?;
    let back = editor_path(&locale, &file, &id);
    if intent == "preview" {
        // Without JavaScript: the editor reopens on what was typed, rendered, not saved.
        access::locale(&r.state, &u, &locale)
            .await
            .map_err(service_err)?;
        return back_to_draft(&r, &u, &body, &back, None).await;
    }
    let form = strings::SaveForm {
        body: body.clone(),
        base,
        needs_review: needs_review == "yes",
    };
    match strings::save(&r.state, &u, &locale, &file, &id, &form).await {
        Ok(()) => finish_ok(&back, Some("notice-translation-saved")),
        Err(e @ (domain::ServiceError::Forbidden | domain::ServiceError::NotFound)) => {
            Err(service_err(e))
        }
        Err(e) => back_to_draft(&r, &u, &body, &back, Some(e)).await,
    }
}

/// The live preview of what is being typed (called by `/translate.js`).
#[server(endpoint = "preview_message")]
pub async fn preview_message(
    locale: String,
    file: String,
    id: String,
    body: String,
) -> Result<Vec<(String, String)>, ServerFnError> {
    let (r, u) = require_user()?;
    match strings::preview_typed(&r.state, &u, &locale, &file, &id, &body).await {
        Ok(v) => Ok(v),
        Err(e @ domain::ServiceError::InvalidDetail { .. }) => {
            let args: Vec<(&str, String)> = e.args();
            Err(ServerFnError::new(
                r.state.i18n.t(
                    r.locale,
                    e.message_key(),
                    &args
                        .into_iter()
                        .map(|(k, v)| (k, v.into()))
                        .collect::<Vec<_>>(),
                ),
            ))
        }
        Err(e) => Err(service_err(e)),
    }
}

#[server(endpoint = "review_translation")]
pub async fn review_translation(
    #[server(default)] change: i32,
    #[server(default)] decision: String,
) -> Result<(), ServerFnError> {
    let (r, u) = require_user()?;
    access::may_enter(&u).map_err(service_err)?;
    let result = if decision == "approve" {
        strings::approve(&r.state, &u, change).await
    } else {
        strings::flag(&r.state, &u, change).await
    };
    match result {
        Ok(c) => finish_ok(
            &editor_path(&c.locale, &c.file, &c.message_id),
            Some("notice-translation-reviewed"),
        ),
        Err(e @ (domain::ServiceError::Forbidden | domain::ServiceError::NotFound)) => {
            Err(service_err(e))
        }
        Err(e) => finish_err("/translate", e, &[]),
    }
}

#[server(endpoint = "list_lessons")]
pub async fn list_lesson_translations(locale: String) -> Result<Vec<LessonRowView>, ServerFnError> {
    let (r, u) = require_user()?;
    Ok(lessons::list(&r.state, &u, &locale)
        .await
        .map_err(service_err)?
        .into_iter()
        .map(|l| LessonRowView {
            course: l.course,
            course_title: l.course_title,
            lesson: l.lesson,
            title: l.title,
            state: l.state.as_str().to_owned(),
        })
        .collect())
}

#[server(endpoint = "load_lesson_translation")]
pub async fn load_lesson_translation(
    locale: String,
    course: String,
    lesson: String,
    draft: Option<i32>,
) -> Result<LessonView, ServerFnError> {
    let (r, u) = require_user()?;
    let e = lessons::editor(&r.state, &u, &locale, &course, &lesson)
        .await
        .map_err(service_err)?;
    let draft = draft_text(&r, &u, draft).await?;
    // The preview shows what is in the editor: a draft (previewed or refused) or the saved file.
    let shown = draft.clone().or_else(|| e.translation.clone());
    let (preview_html, preview_error) = match &shown {
        Some(t) => match lessons::preview(&r.state, &u, &locale, &course, &lesson, t).await {
            Ok((_, html)) => (Some(html), None),
            Err(err) => (
                None,
                Some(
                    r.state.i18n.t(
                        r.locale,
                        err.message_key(),
                        &err.args()
                            .into_iter()
                            .map(|(k, v)| (k, v.into()))
                            .collect::<Vec<_>>(),
                    ),
                ),
            ),
        },
        None => (None, None),
    };
    let english_html = lessons::preview(&r.state, &u, &locale, &course, &lesson, &e.english)
        .await
        .map(|(_, html)| html)
        .unwrap_or_default();
    Ok(LessonView {
        from_draft: draft.is_some(),
        typed: draft
            .or_else(|| e.translation.clone())
            .unwrap_or_else(|| e.english.clone()),
        state: e.state.as_str().to_owned(),
        locale: e.locale,
        course: e.course,
        lesson: e.lesson,
        english: e.english,
        base: e.base,
        preview_html,
        preview_error,
        english_html,
    })
}

#[server(endpoint = "save_lesson_translation")]
pub async fn save_lesson_translation(
    #[server(default)] locale: String,
    #[server(default)] course: String,
    #[server(default)] lesson: String,
    #[server(default)] text: String,
    #[server(default)] base: String,
    #[server(default)] intent: String,
) -> Result<(), ServerFnError> {
    let (r, u) = require_user()?;
    access::may_enter(&u).map_err(service_err)?;
    let back = format!(
        "/translate/{}/lessons/{}/{}",
        urlencode(&locale),
        urlencode(&course),
        urlencode(&lesson)
    );
    if intent == "preview" {
        access::locale(&r.state, &u, &locale)
            .await
            .map_err(service_err)?;
        return back_to_draft(&r, &u, &text, &back, None).await;
    }
    match lessons::save(&r.state, &u, &locale, &course, &lesson, &text, &base).await {
        Ok(()) => finish_ok(&back, Some("notice-translation-saved")),
        Err(e @ (domain::ServiceError::Forbidden | domain::ServiceError::NotFound)) => {
            Err(service_err(e))
        }
        Err(e) => back_to_draft(&r, &u, &text, &back, Some(e)).await,
    }
}
