//! Translating the interface strings: per locale and file, which messages are missing,
//! outdated (English changed since the translation was saved) or current; one message's
//! editor; saving a message (checked, spliced into the file, written atomically, recorded,
//! reloaded); and the review of a saved translation by another translator.
use super::{access, audit, checks, ftl::FtlFile, preview, store};
use crate::{
    accounts::CurrentUser,
    entities::{translation_change, user},
    AppState, ServiceError, ServiceResult,
};
use chrono::Utc;
use sea_orm::{prelude::*, ActiveValue::Set, QueryOrder};
use sha2::{Digest, Sha256};
use std::{collections::HashMap, path::PathBuf};

pub const SAVED: &str = "saved";
pub const NEEDS_REVIEW: &str = "needs_review";
pub const APPROVED: &str = "approved";

/// A short stamp of a text (an English entry, or the translation a translator opened).
pub fn stamp(text: &str) -> String {
    hex::encode(Sha256::digest(text.as_bytes()))[..16].to_owned()
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum State {
    Missing,
    Outdated,
    Current,
}

impl State {
    pub fn as_str(self) -> &'static str {
        match self {
            State::Missing => "missing",
            State::Outdated => "outdated",
            State::Current => "current",
        }
    }
}

/// The English file `name`, if it is one (only names from the folder listing are used).
fn source_file(state: &AppState, name: &str) -> ServiceResult<(String, FtlFile)> {
    let en = state.config.locales_dir.join(audit::SOURCE_LOCALE);
    let found = audit::ftl_files(&en)
        .into_iter()
        .find(|f| f == name)
        .ok_or(ServiceError::NotFound)?;
    let text = std::fs::read_to_string(en.join(&found))
        .map_err(|e| ServiceError::Internal(e.to_string()))?;
    Ok((found, FtlFile::parse(text)))
}

fn target_path(state: &AppState, locale: &str, file: &str) -> PathBuf {
    state.config.locales_dir.join(locale).join(file)
}

fn target_file(state: &AppState, locale: &str, file: &str) -> FtlFile {
    FtlFile::parse(std::fs::read_to_string(target_path(state, locale, file)).unwrap_or_default())
}

/// The latest change of each message of a locale's file.
async fn latest_changes(
    state: &AppState,
    locale: &str,
    file: &str,
) -> ServiceResult<HashMap<String, translation_change::Model>> {
    let rows = translation_change::Entity::find()
        .filter(translation_change::Column::Locale.eq(locale))
        .filter(translation_change::Column::File.eq(file))
        .order_by_asc(translation_change::Column::Id)
        .all(&state.db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|r| (r.message_id.clone(), r))
        .collect())
}

fn state_of(
    source: &FtlFile,
    target: &FtlFile,
    id: &str,
    latest: Option<&translation_change::Model>,
) -> State {
    if target.span(id).is_none() {
        return State::Missing;
    }
    match (latest, source.message_source(id)) {
        (Some(c), Some(src)) if c.source_hash != stamp(src) => State::Outdated,
        _ => State::Current,
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct FileSummary {
    pub file: String,
    pub total: usize,
    pub missing: usize,
    pub outdated: usize,
}

/// Every file of a locale with its counts.
pub async fn files(
    state: &AppState,
    actor: &CurrentUser,
    locale: &str,
) -> ServiceResult<Vec<FileSummary>> {
    let locale = access::locale(state, actor, locale).await?;
    let en = state.config.locales_dir.join(audit::SOURCE_LOCALE);
    let mut out = vec![];
    for name in audit::ftl_files(&en) {
        let (_, source) = source_file(state, &name)?;
        let target = target_file(state, &locale, &name);
        let latest = latest_changes(state, &locale, &name).await?;
        let mut s = FileSummary {
            file: name.clone(),
            total: 0,
            missing: 0,
            outdated: 0,
        };
        for id in source.message_ids() {
            s.total += 1;
            match state_of(&source, &target, id, latest.get(id)) {
                State::Missing => s.missing += 1,
                State::Outdated => s.outdated += 1,
                State::Current => {}
            }
        }
        out.push(s);
    }
    Ok(out)
}

#[derive(Clone, Debug, PartialEq)]
pub struct MessageRow {
    pub id: String,
    pub source: String,
    pub translation: Option<String>,
    pub state: State,
}

/// The messages of one file: `filter` is `missing`, `outdated` or anything else for all;
/// `query` matches the id or the text in either language, ignoring case.
pub async fn messages(
    state: &AppState,
    actor: &CurrentUser,
    locale: &str,
    file: &str,
    filter: &str,
    query: &str,
) -> ServiceResult<Vec<MessageRow>> {
    let locale = access::locale(state, actor, locale).await?;
    let (file, source) = source_file(state, file)?;
    let target = target_file(state, &locale, &file);
    let latest = latest_changes(state, &locale, &file).await?;
    let q = query.trim().to_lowercase();
    let mut out = vec![];
    for id in source.message_ids() {
        let st = state_of(&source, &target, id, latest.get(id));
        let keep = match filter {
            "missing" => st == State::Missing,
            "outdated" => st == State::Outdated,
            _ => true,
        };
        let row = MessageRow {
            id: id.to_owned(),
            source: source.editable_body(id).unwrap_or_default(),
            translation: target.editable_body(id),
            state: st,
        };
        let hit = q.is_empty()
            || row.id.to_lowercase().contains(&q)
            || row.source.to_lowercase().contains(&q)
            || row
                .translation
                .as_deref()
                .is_some_and(|t| t.to_lowercase().contains(&q));
        if keep && hit {
            out.push(row);
        }
    }
    Ok(out)
}

#[derive(Clone, Debug)]
pub struct ChangeView {
    pub change: translation_change::Model,
    pub author: Option<String>,
    pub reviewer: Option<String>,
}

#[derive(Clone, Debug)]
pub struct Editor {
    pub locale: String,
    pub file: String,
    pub id: String,
    /// The English message as typed in the editor, and the comments above it (the message's
    /// own and its group's), which often explain the context.
    pub source: String,
    pub comments: Vec<String>,
    pub translation: Option<String>,
    /// The stamp of the translation as opened: a save on a different one is stale.
    pub base: String,
    pub uses: checks::Uses,
    pub plural_categories: &'static [&'static str],
    pub state: State,
    /// When outdated: the English the translation was made against.
    pub old_source: Option<String>,
    pub preview: Vec<(String, String)>,
    pub history: Vec<ChangeView>,
}

/// The comments that explain a message: its attached comment and the group comment of the
/// section it is in.
fn comments_for(file: &FtlFile, id: &str) -> Vec<String> {
    let Some(span) = file.span(id) else {
        return vec![];
    };
    let before = &file.text[..span.range.start];
    let mut attached = vec![];
    for line in before.lines().rev() {
        match line
            .strip_prefix("# ")
            .or(line.strip_prefix('#').filter(|_| line == "#"))
        {
            Some(c) if !line.starts_with("##") => attached.push(c.to_owned()),
            _ => break,
        }
    }
    attached.reverse();
    let group = before
        .lines()
        .rev()
        .find(|l| l.starts_with("## ") && !l.starts_with("###"))
        .map(|l| l.trim_start_matches("## ").to_owned());
    group
        .into_iter()
        .chain((!attached.is_empty()).then(|| attached.join("\n")))
        .collect()
}

fn other_files(state: &AppState, locale: &str, except: &str) -> Vec<String> {
    let dir = state.config.locales_dir.join(locale);
    audit::ftl_files(&dir)
        .into_iter()
        .filter(|f| f != except)
        .filter_map(|f| std::fs::read_to_string(dir.join(f)).ok())
        .collect()
}

pub async fn editor(
    state: &AppState,
    actor: &CurrentUser,
    locale: &str,
    file: &str,
    id: &str,
) -> ServiceResult<Editor> {
    let locale = access::locale(state, actor, locale).await?;
    let (file, source) = source_file(state, file)?;
    let src_entry = source
        .message_source(id)
        .ok_or(ServiceError::NotFound)?
        .to_owned();
    let target = target_file(state, &locale, &file);
    let rows = translation_change::Entity::find()
        .filter(translation_change::Column::Locale.eq(&locale))
        .filter(translation_change::Column::File.eq(&file))
        .filter(translation_change::Column::MessageId.eq(id))
        .order_by_desc(translation_change::Column::Id)
        .all(&state.db)
        .await?;
    let st = state_of(&source, &target, id, rows.first());
    let (uses, _) = checks::uses_of(&src_entry).unwrap_or_default();
    let preview = target
        .message_source(id)
        .map(|e| preview::render(&locale, &other_files(state, &locale, &file), e, id, &uses))
        .unwrap_or_default();
    let names: HashMap<i32, String> = user::Entity::find()
        .filter(
            user::Column::Id.is_in(
                rows.iter()
                    .flat_map(|r| [r.author_id, r.reviewed_by])
                    .flatten(),
            ),
        )
        .all(&state.db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.name))
        .collect();
    Ok(Editor {
        source: source.editable_body(id).unwrap_or_default(),
        comments: comments_for(&source, id),
        translation: target.editable_body(id),
        base: target.message_source(id).map(stamp).unwrap_or_default(),
        plural_categories: preview::plural_categories(&locale),
        state: st,
        old_source: (st == State::Outdated)
            .then(|| {
                rows.first()
                    .map(|r| super::ftl::editable_body(&r.source_text))
            })
            .flatten(),
        preview,
        history: rows
            .into_iter()
            .map(|c| ChangeView {
                author: c.author_id.and_then(|a| names.get(&a).cloned()),
                reviewer: c.reviewed_by.and_then(|a| names.get(&a).cloned()),
                change: c,
            })
            .collect(),
        uses,
        locale,
        file,
        id: id.to_owned(),
    })
}

/// Renders what the translator typed, unsaved, with sample arguments (the live preview).
pub async fn preview_typed(
    state: &AppState,
    actor: &CurrentUser,
    locale: &str,
    file: &str,
    id: &str,
    body: &str,
) -> ServiceResult<Vec<(String, String)>> {
    let locale = access::locale(state, actor, locale).await?;
    let (file, source) = source_file(state, file)?;
    let src_entry = source.message_source(id).ok_or(ServiceError::NotFound)?;
    let entry = super::ftl::build_entry(id, body).map_err(|e| syntax_error(&e))?;
    let (uses, _) = checks::uses_of(src_entry).unwrap_or_default();
    Ok(preview::render(
        &locale,
        &other_files(state, &locale, &file),
        &entry,
        id,
        &uses,
    ))
}

fn syntax_error(e: &super::ftl::EntryError) -> ServiceError {
    ServiceError::detail(
        "body",
        "error-translation-syntax",
        vec![("line", e.line.to_string()), ("reason", e.message.clone())],
    )
}

#[derive(Clone, Debug, Default)]
pub struct SaveForm {
    pub body: String,
    /// The stamp of the translation when the editor was opened ("" for a missing one).
    pub base: String,
    pub needs_review: bool,
}

/// Saves one message. Refused, with the reason, when it does not parse, when its variables
/// or attributes differ from English, when it adds HTML, or when someone saved this message
/// since the editor was opened (`error-translation-stale`: the page then shows both).
pub async fn save(
    state: &AppState,
    actor: &CurrentUser,
    locale: &str,
    file: &str,
    id: &str,
    form: &SaveForm,
) -> ServiceResult<()> {
    let locale = access::locale(state, actor, locale).await?;
    let (file, source) = source_file(state, file)?;
    let src_entry = source
        .message_source(id)
        .ok_or(ServiceError::NotFound)?
        .to_owned();
    if form.body.trim().is_empty() {
        return Err(ServiceError::invalid("body", "error-translation-empty"));
    }
    let entry = super::ftl::build_entry(id, &form.body).map_err(|e| syntax_error(&e))?;
    if let Some(p) = checks::compare(&src_entry, &entry).into_iter().next() {
        return Err(ServiceError::detail(
            "body",
            p.key,
            vec![("names", p.names.join(", "))],
        ));
    }
    let path = target_path(state, &locale, &file);
    let target = target_file(state, &locale, &file);
    // Terms and messages it refers to must exist in this locale, as the runtime resolves them.
    let mut texts = other_files(state, &locale, &file);
    texts.push(target.text.clone());
    let defs = super::references::Definitions::of(texts.iter().map(String::as_str));
    if let Some(p) = defs.undefined_in(&entry).into_iter().next() {
        return Err(ServiceError::detail(
            "body",
            p.key,
            vec![("names", p.names.join(", "))],
        ));
    }
    let before = target.message_source(id).unwrap_or_default().to_owned();
    if stamp(&before) != form.base && !(before.is_empty() && form.base.is_empty()) {
        return Err(ServiceError::invalid("body", "error-translation-stale"));
    }
    // A missing message goes after the one English puts before it.
    let ids = source.message_ids();
    let after = ids
        .iter()
        .position(|m| *m == id)
        .and_then(|i| ids[..i].iter().rev().find(|m| target.span(m).is_some()))
        .copied();
    let text = target
        .replace_message(id, &form.body, after)
        .map_err(|e| syntax_error(&e))?;
    if text != target.text {
        store::write_atomically(&path, &text).map_err(|e| ServiceError::Internal(e.to_string()))?;
    }
    // What the file now holds for the message: the new entry, or the old one if unchanged.
    let after_entry = if text == target.text {
        before.clone()
    } else {
        entry
    };
    translation_change::ActiveModel {
        locale: Set(locale),
        file: Set(file),
        message_id: Set(id.to_owned()),
        before: Set(before),
        after: Set(after_entry),
        source_hash: Set(stamp(&src_entry)),
        source_text: Set(src_entry),
        author_id: Set(Some(actor.id)),
        created_at: Set(Utc::now()),
        review: Set(if form.needs_review {
            NEEDS_REVIEW
        } else {
            SAVED
        }
        .to_owned()),
        ..Default::default()
    }
    .insert(&state.db)
    .await?;
    // This instance at once; the others through their watcher (`reload_on_change`).
    if let Err(e) = state.i18n.reload() {
        tracing::warn!(error = %e, "translations not reloaded after a save");
    }
    Ok(())
}

/// A saved translation this person may review (its locale is one they edit).
async fn reviewable(
    state: &AppState,
    actor: &CurrentUser,
    change_id: i32,
) -> ServiceResult<translation_change::Model> {
    access::may_enter(actor)?;
    let c = translation_change::Entity::find_by_id(change_id)
        .one(&state.db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    access::locale(state, actor, &c.locale).await?;
    Ok(c)
}

/// Approves a saved translation: another translator than its author.
pub async fn approve(
    state: &AppState,
    actor: &CurrentUser,
    change_id: i32,
) -> ServiceResult<translation_change::Model> {
    let c = reviewable(state, actor, change_id).await?;
    if c.author_id == Some(actor.id) {
        return Err(ServiceError::invalid(
            "review",
            "error-translation-own-review",
        ));
    }
    let mut m: translation_change::ActiveModel = c.into();
    m.review = Set(APPROVED.to_owned());
    m.reviewed_by = Set(Some(actor.id));
    m.reviewed_at = Set(Some(Utc::now()));
    Ok(m.update(&state.db).await?)
}

/// Marks the latest translation of a message as needing review (for instance after
/// reading it in context).
pub async fn flag(
    state: &AppState,
    actor: &CurrentUser,
    change_id: i32,
) -> ServiceResult<translation_change::Model> {
    let c = reviewable(state, actor, change_id).await?;
    let mut m: translation_change::ActiveModel = c.into();
    m.review = Set(NEEDS_REVIEW.to_owned());
    m.reviewed_by = Set(None);
    m.reviewed_at = Set(None);
    Ok(m.update(&state.db).await?)
}

/// The latest changes across every locale this person may edit (for the overview).
pub async fn recent(
    state: &AppState,
    actor: &CurrentUser,
    limit: u64,
) -> ServiceResult<Vec<ChangeView>> {
    let locales = access::locales(state, actor).await?;
    use sea_orm::QuerySelect;
    let rows = translation_change::Entity::find()
        .filter(translation_change::Column::Locale.is_in(locales))
        .order_by_desc(translation_change::Column::Id)
        .limit(limit)
        .all(&state.db)
        .await?;
    let names: HashMap<i32, String> = user::Entity::find()
        .filter(user::Column::Id.is_in(rows.iter().filter_map(|r| r.author_id)))
        .all(&state.db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.name))
        .collect();
    Ok(rows
        .into_iter()
        .map(|c| ChangeView {
            author: c.author_id.and_then(|a| names.get(&a).cloned()),
            reviewer: None,
            change: c,
        })
        .collect())
}
