//! `academy i18n check`: every locale folder's Fluent files against English (syntax, variables,
//! attributes, HTML; a selector without its default variant does not parse), and every lesson
//! translation (missing, or outdated when its `source_hash` is not the English file's hash).
//! Errors fail the check; missing and outdated items are warnings, counted.
use super::{checks, ftl::FtlFile, references::Definitions};
use crate::courses::{front_matter, Catalog};
use std::{
    collections::BTreeMap,
    path::{Path, PathBuf},
};

pub const SOURCE_LOCALE: &str = "en";

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub file: PathBuf,
    pub line: usize,
    /// The message id, when the finding is about one message.
    pub id: Option<String>,
    pub message: String,
}

impl std::fmt::Display for Finding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.file.display(), self.line)?;
        if let Some(id) = &self.id {
            write!(f, " [{id}]")?;
        }
        write!(f, ": {}", self.message)
    }
}

#[derive(Clone, Debug, Default)]
pub struct Report {
    pub errors: Vec<Finding>,
    /// Per locale: (missing messages, messages English no longer has, missing lessons,
    /// outdated lessons).
    pub counts: BTreeMap<String, Counts>,
    pub warnings: Vec<Finding>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub messages: usize,
    pub missing_messages: usize,
    pub obsolete_messages: usize,
    pub lessons: usize,
    pub missing_lessons: usize,
    pub outdated_lessons: usize,
}

/// The locale folders beside `en` (any folder added later is checked too), sorted.
pub fn target_locales(locales_dir: &Path) -> Vec<String> {
    let mut out: Vec<String> = std::fs::read_dir(locales_dir)
        .map(|d| {
            d.filter_map(|e| e.ok())
                .filter(|e| e.path().is_dir())
                .filter_map(|e| e.file_name().into_string().ok())
                .filter(|n| n != SOURCE_LOCALE && !n.starts_with('.'))
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}

/// The `.ftl` files of a locale folder, by name, sorted.
pub fn ftl_files(dir: &Path) -> Vec<String> {
    let mut out: Vec<String> = std::fs::read_dir(dir)
        .map(|d| {
            d.filter_map(|e| e.ok())
                .filter_map(|e| e.file_name().into_string().ok())
                .filter(|n| n.ends_with(".ftl"))
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}

fn read(path: &Path) -> Option<FtlFile> {
    std::fs::read_to_string(path).ok().map(FtlFile::parse)
}

/// Checks one translated file against its English source.
pub fn check_file(
    source: &FtlFile,
    target: &FtlFile,
    path: &Path,
    report: &mut Report,
    counts: &mut Counts,
) {
    for e in &target.errors {
        report.errors.push(Finding {
            file: path.to_owned(),
            line: e.line,
            id: e.id.clone(),
            message: e.message.clone(),
        });
    }
    for id in source.message_ids() {
        counts.messages += 1;
        let Some(t) = target.span(id) else {
            counts.missing_messages += 1;
            continue;
        };
        let (Some(src), Some(tr)) = (source.message_source(id), target.message_source(id)) else {
            continue;
        };
        for p in checks::compare(src, tr) {
            report.errors.push(Finding {
                file: path.to_owned(),
                line: t.line,
                id: Some(id.to_owned()),
                message: format!("{} {}", describe(p.key), p.names.join(", "))
                    .trim()
                    .to_owned(),
            });
        }
    }
    for id in target.message_ids() {
        if source.span(id).is_none() {
            counts.obsolete_messages += 1;
            report.warnings.push(Finding {
                file: path.to_owned(),
                line: target.span(id).map_or(0, |s| s.line),
                id: Some(id.to_owned()),
                message: "not in the English file".into(),
            });
        }
    }
}

/// English for the command line (the workspace shows the Fluent message of the same id).
fn describe(key: &str) -> &'static str {
    match key {
        "i18n-error-variable-missing" => "variable missing:",
        "i18n-error-variable-extra" => "variable not in the English message:",
        "i18n-error-attribute-missing" => "attribute missing:",
        "i18n-error-attribute-extra" => "attribute not in the English message:",
        "i18n-error-html" => "HTML not in the English message:",
        "i18n-error-term-undefined" => "term defined nowhere in this locale:",
        "i18n-error-message-undefined" => "message defined nowhere in this locale:",
        _ => "does not parse",
    }
}

/// Checks one locale's files together, as the runtime loads them into one bundle: an id
/// defined twice refuses the bundle, and a term or message that no file of the locale
/// defines shows as a raw reference.
fn check_locale_as_loaded(dir: &Path, report: &mut Report) {
    let files: Vec<(PathBuf, FtlFile)> = ftl_files(dir)
        .into_iter()
        .filter_map(|f| read(&dir.join(&f)).map(|p| (dir.join(f), p)))
        .collect();
    let defs = Definitions::of(files.iter().map(|(_, f)| f.text.as_str()));
    let mut seen: BTreeMap<(bool, String), (PathBuf, usize)> = BTreeMap::new();
    for (path, file) in &files {
        for span in &file.spans {
            let key = (span.term, span.id.clone());
            if let Some((first, line)) = seen.get(&key) {
                report.errors.push(Finding {
                    file: path.clone(),
                    line: span.line,
                    id: Some(span.id.clone()),
                    message: format!(
                        "defined again (first at {}:{line}): the locale would not load",
                        first.display()
                    ),
                });
            } else {
                seen.insert(key, (path.clone(), span.line));
            }
        }
        for id in file.message_ids() {
            let Some(entry) = file.message_source(id) else {
                continue;
            };
            for p in defs.undefined_in(entry) {
                report.errors.push(Finding {
                    file: path.clone(),
                    line: file.span(id).map_or(0, |s| s.line),
                    id: Some(id.to_owned()),
                    message: format!("{} {}", describe(p.key), p.names.join(", ")),
                });
            }
        }
    }
}

/// Runs every check over the project's locale files and lesson translations.
pub fn audit(locales_dir: &Path, content_dir: &Path) -> Report {
    let mut report = Report::default();
    let en_dir = locales_dir.join(SOURCE_LOCALE);
    let sources: Vec<(String, FtlFile)> = ftl_files(&en_dir)
        .into_iter()
        .filter_map(|f| read(&en_dir.join(&f)).map(|p| (f, p)))
        .collect();
    for (name, f) in &sources {
        for e in &f.errors {
            report.errors.push(Finding {
                file: en_dir.join(name),
                line: e.line,
                id: e.id.clone(),
                message: e.message.clone(),
            });
        }
    }
    check_locale_as_loaded(&en_dir, &mut report);
    let catalog = Catalog::load(content_dir);
    for locale in target_locales(locales_dir) {
        let mut counts = Counts::default();
        let dir = locales_dir.join(&locale);
        for (name, source) in &sources {
            let path = dir.join(name);
            match read(&path) {
                Some(target) => check_file(source, &target, &path, &mut report, &mut counts),
                None => {
                    counts.messages += source.message_ids().len();
                    counts.missing_messages += source.message_ids().len();
                }
            }
        }
        // The server loads every file of the folder, not only those English has.
        for name in ftl_files(&dir) {
            if sources.iter().any(|(n, _)| *n == name) {
                continue;
            }
            let path = dir.join(&name);
            let Some(target) = read(&path) else { continue };
            check_file(
                &FtlFile::parse(String::new()),
                &target,
                &path,
                &mut report,
                &mut counts,
            );
        }
        check_locale_as_loaded(&dir, &mut report);
        for course in &catalog.courses {
            let root = catalog.root.join(&course.slug);
            for lesson in &course.lessons {
                counts.lessons += 1;
                let en =
                    std::fs::read_to_string(root.join(SOURCE_LOCALE).join(format!("{lesson}.md")));
                let path = root.join(&locale).join(format!("{lesson}.md"));
                let Ok(text) = std::fs::read_to_string(&path) else {
                    counts.missing_lessons += 1;
                    continue;
                };
                let recorded = front_matter::parse(&text)
                    .ok()
                    .and_then(|p| p.front.source_hash);
                if en.map(|t| front_matter::source_hash(&t)).ok() != recorded {
                    counts.outdated_lessons += 1;
                    report.warnings.push(Finding {
                        file: path,
                        line: 1,
                        id: None,
                        message: "outdated: source_hash is not the English lesson's".into(),
                    });
                }
            }
        }
        report.counts.insert(locale, counts);
    }
    report
}
