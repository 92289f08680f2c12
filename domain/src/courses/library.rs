//! The course library the server reads from: the catalog plus rendered lessons, cached in
//! memory and re-rendered when a file's modification time or size changes (so a translator's
//! save shows at once, without a restart).
use super::{
    catalog::Catalog,
    exercise::Exercise,
    front_matter,
    render::{self, Links, Severity},
};
use crate::i18n::{Locale, Translations};
use std::{
    collections::HashMap,
    path::{Path, PathBuf},
    sync::{Arc, RwLock},
    time::SystemTime,
};

/// How the lesson a reader gets relates to their language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Translation {
    /// In the reader's language (or the reader reads English), up to date.
    Current,
    /// In the reader's language, but the English source changed since it was translated.
    Outdated,
    /// Not translated yet: the English lesson is shown.
    Missing,
}

/// One lesson ready to show.
#[derive(Clone, Debug)]
pub struct LessonPage {
    pub title: String,
    pub minutes: u32,
    pub html: String,
    /// The language the text is in (English when falling back).
    pub locale: Locale,
    pub translation: Translation,
    /// Why the lesson cannot be published (errors found while rendering), for organizers.
    pub errors: Vec<String>,
    /// The exercises in the text's language; `html` has a slot for each.
    pub exercises: Vec<Exercise>,
}

type Key = (PathBuf, Locale);

struct Cached {
    stamp: (SystemTime, u64),
    page: Arc<Rendered>,
}

struct Rendered {
    title: String,
    minutes: u32,
    html: String,
    source_hash: Option<String>,
    /// This file's own hash (what a translation of it records as `source_hash`).
    own_hash: String,
    errors: Vec<String>,
    exercises: Vec<Exercise>,
}

pub struct Library {
    content_dir: PathBuf,
    catalog: RwLock<Arc<Catalog>>,
    cache: RwLock<HashMap<Key, Cached>>,
}

struct World<'a> {
    catalog: &'a Catalog,
    i18n: &'a Translations,
    locale: Locale,
}

impl Links for World<'_> {
    fn lesson_exists(&self, course: &str, lesson: &str) -> bool {
        self.catalog
            .course(course)
            .is_some_and(|c| c.position(lesson).is_some())
    }
    fn image_exists(&self, course: &str, file: &str) -> bool {
        !file.contains("..")
            && self
                .catalog
                .root
                .join(course)
                .join("images")
                .join(file)
                .is_file()
    }
    fn admonition_title(&self, kind: &str) -> String {
        self.i18n.t(self.locale, &format!("admonition-{kind}"), &[])
    }
    fn text(&self, id: &str) -> String {
        self.i18n.t(self.locale, id, &[])
    }
}

fn stamp(path: &Path) -> Option<(SystemTime, u64)> {
    let m = std::fs::metadata(path).ok()?;
    Some((m.modified().ok()?, m.len()))
}

impl Library {
    pub fn load(content_dir: &Path) -> Library {
        Library {
            content_dir: content_dir.to_owned(),
            catalog: RwLock::new(Arc::new(Catalog::load(content_dir))),
            cache: RwLock::new(HashMap::new()),
        }
    }

    pub fn catalog(&self) -> Arc<Catalog> {
        self.catalog.read().expect("catalog lock").clone()
    }

    /// Re-reads the `course.toml` files (after a save in the translator workspace).
    pub fn reload_catalog(&self) {
        *self.catalog.write().expect("catalog lock") = Arc::new(Catalog::load(&self.content_dir));
        self.cache.write().expect("cache lock").clear();
    }

    /// Whether `lesson` exists in `locale`, and whether it is current.
    pub fn translation_state(
        &self,
        i18n: &Translations,
        slug: &str,
        lesson: &str,
        locale: Locale,
    ) -> Translation {
        if locale == Locale::En {
            return Translation::Current;
        }
        let catalog = self.catalog();
        let Some(course) = catalog.course(slug) else {
            return Translation::Missing;
        };
        let Some(tr) = self.rendered(&catalog, i18n, &course.lesson_path(locale, lesson), locale)
        else {
            return Translation::Missing;
        };
        // The English file's hash is kept with its cached rendering: no file read per request.
        let en_hash = self
            .rendered(
                &catalog,
                i18n,
                &course.lesson_path(Locale::En, lesson),
                Locale::En,
            )
            .map(|r| r.own_hash.clone());
        if tr.source_hash.is_some() && tr.source_hash == en_hash {
            Translation::Current
        } else {
            Translation::Outdated
        }
    }

    /// Title, minutes and translation state, without copying the lesson's HTML (for lists).
    pub fn lesson_summary(
        &self,
        i18n: &Translations,
        slug: &str,
        lesson: &str,
        locale: Locale,
    ) -> Option<(String, u32, Translation)> {
        let (r, state, _) = self.resolve(i18n, slug, lesson, locale)?;
        Some((r.title.clone(), r.minutes, state))
    }

    /// The rendering a reader gets: in their language, or English when it is missing.
    fn resolve(
        &self,
        i18n: &Translations,
        slug: &str,
        lesson: &str,
        locale: Locale,
    ) -> Option<(Arc<Rendered>, Translation, Locale)> {
        let catalog = self.catalog();
        let course = catalog.course(slug)?;
        course.position(lesson)?;
        let state = self.translation_state(i18n, slug, lesson, locale);
        let text_locale = if state == Translation::Missing {
            Locale::En
        } else {
            locale
        };
        // Admonition titles follow the reader's language, so the cache key is the reader's.
        let r = self.rendered(
            &catalog,
            i18n,
            &course.lesson_path(text_locale, lesson),
            locale,
        )?;
        Some((r, state, text_locale))
    }

    /// The lesson in the reader's language, or in English with the reason. None when the
    /// course or lesson does not exist at all.
    pub fn lesson(
        &self,
        i18n: &Translations,
        slug: &str,
        lesson: &str,
        locale: Locale,
    ) -> Option<LessonPage> {
        let (r, state, text_locale) = self.resolve(i18n, slug, lesson, locale)?;
        Some(LessonPage {
            title: r.title.clone(),
            minutes: r.minutes,
            html: r.html.clone(),
            locale: text_locale,
            translation: state,
            errors: r.errors.clone(),
            exercises: r.exercises.clone(),
        })
    }

    /// The English exercise `id` of a lesson: the right answers and points grading uses.
    pub fn source_exercise(
        &self,
        i18n: &Translations,
        slug: &str,
        lesson: &str,
        id: &str,
    ) -> Option<Exercise> {
        let catalog = self.catalog();
        let course = catalog.course(slug)?;
        course.position(lesson)?;
        let r = self.rendered(
            &catalog,
            i18n,
            &course.lesson_path(Locale::En, lesson),
            Locale::En,
        )?;
        r.exercises.iter().find(|e| e.id == id).cloned()
    }

    /// Exercise `id` as a reader of `locale` sees it (English when not translated).
    pub fn exercise_in(
        &self,
        i18n: &Translations,
        slug: &str,
        lesson: &str,
        id: &str,
        locale: Locale,
    ) -> Option<(Exercise, Locale)> {
        let (r, _, text_locale) = self.resolve(i18n, slug, lesson, locale)?;
        let found = r.exercises.iter().find(|e| e.id == id).cloned();
        match found {
            Some(e) => Some((e, text_locale)),
            // A translation that lacks it: the English one.
            None => self
                .source_exercise(i18n, slug, lesson, id)
                .map(|e| (e, Locale::En)),
        }
    }

    /// Every exercise of a course in lesson order, from the English files: (lesson, exercise).
    pub fn course_exercises(&self, i18n: &Translations, slug: &str) -> Vec<(String, Exercise)> {
        let catalog = self.catalog();
        let Some(course) = catalog.course(slug) else {
            return vec![];
        };
        course
            .lessons
            .iter()
            .filter_map(|l| {
                let r = self.rendered(
                    &catalog,
                    i18n,
                    &course.lesson_path(Locale::En, l),
                    Locale::En,
                )?;
                Some(
                    r.exercises
                        .iter()
                        .map(|e| (l.clone(), e.clone()))
                        .collect::<Vec<_>>(),
                )
            })
            .flatten()
            .collect()
    }

    /// Renders a lesson text that is not saved yet (the translator workspace's preview):
    /// the same renderer and sanitizer as a published lesson. Err is the front matter's
    /// problem.
    pub fn preview(
        &self,
        i18n: &Translations,
        course: &str,
        text: &str,
        reader: Locale,
    ) -> Result<(String, render::Rendered), front_matter::FrontMatterError> {
        let p = front_matter::parse(text)?;
        let catalog = self.catalog();
        let world = World {
            catalog: &catalog,
            i18n,
            locale: reader,
        };
        Ok((
            p.front.title,
            render::render(p.body, p.body_line, course, &world),
        ))
    }

    fn rendered(
        &self,
        catalog: &Catalog,
        i18n: &Translations,
        path: &Path,
        reader: Locale,
    ) -> Option<Arc<Rendered>> {
        let stamp = stamp(path)?;
        let key = (path.to_owned(), reader);
        if let Some(c) = self.cache.read().expect("cache lock").get(&key) {
            if c.stamp == stamp {
                return Some(c.page.clone());
            }
        }
        let text = std::fs::read_to_string(path).ok()?;
        let own_hash = front_matter::source_hash(&text);
        let course = path.parent()?.parent()?.file_name()?.to_str()?.to_owned();
        let page = Arc::new(match front_matter::parse(&text) {
            Ok(p) => {
                let world = World {
                    catalog,
                    i18n,
                    locale: reader,
                };
                let out = render::render(p.body, p.body_line, &course, &world);
                Rendered {
                    title: p.front.title,
                    minutes: p.front.minutes,
                    html: out.html,
                    source_hash: p.front.source_hash,
                    own_hash,
                    exercises: out.exercises,
                    errors: out
                        .problems
                        .into_iter()
                        .filter(|p| p.severity == Severity::Error)
                        .map(|p| format!("{}:{}: {}", path.display(), p.line, p.message))
                        .collect(),
                }
            }
            Err(e) => Rendered {
                title: path
                    .file_stem()
                    .and_then(|s| s.to_str())
                    .unwrap_or_default()
                    .to_owned(),
                minutes: 0,
                html: String::new(),
                source_hash: None,
                own_hash,
                exercises: vec![],
                errors: vec![format!("{}:{}: {}", path.display(), e.line, e.message)],
            },
        });
        self.cache.write().expect("cache lock").insert(
            key,
            Cached {
                stamp,
                page: page.clone(),
            },
        );
        Some(page)
    }
}
