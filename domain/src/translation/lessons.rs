//! Translating lessons: per locale, every lesson of every course (missing, outdated by its
//! `source_hash`, or current); a side-by-side editor with a preview through the lesson
//! renderer; saving writes the file with the English file's hash in its front matter,
//! atomically.
use super::{access, store, strings::stamp};
use crate::entities::translation_change;
use crate::{
    accounts::CurrentUser,
    courses::{front_matter, render::Severity, Catalog, Course},
    i18n::Locale,
    AppState, ServiceError, ServiceResult,
};
use sea_orm::{ActiveModelTrait, ActiveValue::Set};
use std::path::PathBuf;

#[derive(Clone, Debug, PartialEq)]
pub struct LessonRow {
    pub course: String,
    pub course_title: String,
    pub lesson: String,
    pub title: String,
    pub state: super::strings::State,
}

fn english_path(catalog: &Catalog, course: &Course, lesson: &str) -> PathBuf {
    catalog
        .root
        .join(&course.slug)
        .join("en")
        .join(format!("{lesson}.md"))
}

fn locale_path(catalog: &Catalog, course: &Course, locale: &str, lesson: &str) -> PathBuf {
    catalog
        .root
        .join(&course.slug)
        .join(locale)
        .join(format!("{lesson}.md"))
}

fn state_of(english: &str, translation: Option<&str>) -> super::strings::State {
    use super::strings::State;
    match translation {
        None => State::Missing,
        Some(t) => {
            let recorded = front_matter::parse(t)
                .ok()
                .and_then(|p| p.front.source_hash);
            if recorded.as_deref() == Some(front_matter::source_hash(english).as_str()) {
                State::Current
            } else {
                State::Outdated
            }
        }
    }
}

pub async fn list(
    state: &AppState,
    actor: &CurrentUser,
    locale: &str,
) -> ServiceResult<Vec<LessonRow>> {
    let locale = access::locale(state, actor, locale).await?;
    let catalog = state.library.catalog();
    let mut out = vec![];
    for c in &catalog.courses {
        for l in &c.lessons {
            let en = std::fs::read_to_string(english_path(&catalog, c, l)).unwrap_or_default();
            let tr = std::fs::read_to_string(locale_path(&catalog, c, &locale, l)).ok();
            let title = tr
                .as_deref()
                .or(Some(en.as_str()))
                .and_then(|t| front_matter::parse(t).ok())
                .map(|p| p.front.title)
                .unwrap_or_else(|| l.clone());
            out.push(LessonRow {
                course: c.slug.clone(),
                course_title: c.meta(Locale::En).title.clone(),
                lesson: l.clone(),
                title,
                state: state_of(&en, tr.as_deref()),
            });
        }
    }
    Ok(out)
}

#[derive(Clone, Debug)]
pub struct LessonEditor {
    pub locale: String,
    pub course: String,
    pub lesson: String,
    pub english: String,
    pub translation: Option<String>,
    pub base: String,
    pub state: super::strings::State,
}

/// Course and lesson as the catalog names them (never a path built from what was typed).
fn find(catalog: &Catalog, course: &str, lesson: &str) -> ServiceResult<(Course, String)> {
    let c = catalog.course(course).ok_or(ServiceError::NotFound)?;
    let l = c
        .lessons
        .iter()
        .find(|l| *l == lesson)
        .ok_or(ServiceError::NotFound)?;
    Ok((c.clone(), l.clone()))
}

pub async fn editor(
    state: &AppState,
    actor: &CurrentUser,
    locale: &str,
    course: &str,
    lesson: &str,
) -> ServiceResult<LessonEditor> {
    let locale = access::locale(state, actor, locale).await?;
    let catalog = state.library.catalog();
    let (c, l) = find(&catalog, course, lesson)?;
    let english = std::fs::read_to_string(english_path(&catalog, &c, &l))
        .map_err(|e| ServiceError::Internal(e.to_string()))?;
    let translation = std::fs::read_to_string(locale_path(&catalog, &c, &locale, &l)).ok();
    Ok(LessonEditor {
        state: state_of(&english, translation.as_deref()),
        base: translation.as_deref().map(stamp).unwrap_or_default(),
        english,
        translation,
        locale,
        course: c.slug,
        lesson: l,
    })
}

/// Sets (or adds) `source_hash:` in the front matter to `hash`.
pub fn with_source_hash(text: &str, hash: &str) -> String {
    let mut out = String::with_capacity(text.len() + 32);
    let mut lines = text.split_inclusive('\n');
    let Some(first) = lines.next() else {
        return text.to_owned();
    };
    out.push_str(first);
    let mut done = false;
    for line in lines.by_ref() {
        let l = line.trim_end();
        if !done && l.trim_start().starts_with("source_hash:") {
            out.push_str(&format!("source_hash: {hash}\n"));
            done = true;
            continue;
        }
        if !done && l == "---" {
            out.push_str(&format!("source_hash: {hash}\n"));
            done = true;
        }
        out.push_str(line);
        if l == "---" {
            break;
        }
    }
    for line in lines {
        out.push_str(line);
    }
    out
}

/// Renders the typed lesson for the preview; Err carries the first problem with its line.
pub async fn preview(
    state: &AppState,
    actor: &CurrentUser,
    locale: &str,
    course: &str,
    lesson: &str,
    text: &str,
) -> ServiceResult<(String, String)> {
    let locale = access::locale(state, actor, locale).await?;
    let catalog = state.library.catalog();
    let (c, _) = find(&catalog, course, lesson)?;
    let reader = Locale::parse(&locale).unwrap_or(Locale::En);
    let (title, r) = state
        .library
        .preview(&state.i18n, &c.slug, &text.replace("\r\n", "\n"), reader)
        .map_err(|e| {
            ServiceError::detail(
                "text",
                "error-lesson-front-matter",
                vec![("line", e.line.to_string()), ("reason", e.message)],
            )
        })?;
    if let Some(p) = r.problems.iter().find(|p| p.severity == Severity::Error) {
        return Err(ServiceError::detail(
            "text",
            "error-lesson-problem",
            vec![("line", p.line.to_string()), ("reason", p.message.clone())],
        ));
    }
    Ok((title, r.html))
}

/// Saves a lesson translation with the English file's current hash, refusing text that does
/// not render and a stale edit (someone saved the file since the editor was opened).
pub async fn save(
    state: &AppState,
    actor: &CurrentUser,
    locale: &str,
    course: &str,
    lesson: &str,
    text: &str,
    base: &str,
) -> ServiceResult<()> {
    preview(state, actor, locale, course, lesson, text).await?;
    let ed = editor(state, actor, locale, course, lesson).await?;
    if ed.base != base {
        return Err(ServiceError::invalid("text", "error-translation-stale"));
    }
    let catalog = state.library.catalog();
    let (c, l) = find(&catalog, course, lesson)?;
    let hash = front_matter::source_hash(&ed.english);
    let text = with_source_hash(&text.replace("\r\n", "\n"), &hash);
    let path = locale_path(&catalog, &c, &ed.locale, &l);
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| ServiceError::Internal(e.to_string()))?;
    }
    store::write_atomically(&path, &text).map_err(|e| ServiceError::Internal(e.to_string()))?;
    // Recorded with the strings' changes, so the overview says who last changed what.
    translation_change::ActiveModel {
        locale: Set(ed.locale),
        file: Set(format!("{COURSES}{}", c.slug)),
        message_id: Set(l),
        before: Set(ed.translation.unwrap_or_default()),
        after: Set(text),
        source_text: Set(String::new()),
        source_hash: Set(hash),
        author_id: Set(Some(actor.id)),
        created_at: Set(chrono::Utc::now()),
        review: Set(super::strings::SAVED.to_owned()),
        ..Default::default()
    }
    .insert(&state.db)
    .await?;
    Ok(())
}

/// The `file` of a lesson's change rows: `courses/<course>` (its `message_id` is the lesson).
pub const COURSES: &str = "courses/";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_source_hash_is_set_or_added() {
        let with =
            "---\ntitle: Olá\nsource_hash: 0000000000000000\nminutes: 5\n---\n\n# Corpo\n---\n";
        assert_eq!(
            with_source_hash(with, "abcdefabcdefabcd"),
            "---\ntitle: Olá\nsource_hash: abcdefabcdefabcd\nminutes: 5\n---\n\n# Corpo\n---\n"
        );
        let without = "---\ntitle: Olá\nminutes: 5\n---\nCorpo\n";
        assert_eq!(
            with_source_hash(without, "abcdefabcdefabcd"),
            "---\ntitle: Olá\nminutes: 5\nsource_hash: abcdefabcdefabcd\n---\nCorpo\n"
        );
    }
}
