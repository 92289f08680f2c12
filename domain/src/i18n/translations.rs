use super::Locale;
use fluent_bundle::{concurrent::FluentBundle, FluentArgs, FluentResource, FluentValue};
use std::{
    collections::HashMap,
    path::{Path, PathBuf},
    sync::RwLock,
};

/// Named arguments for a message: `&[("name", "Ana".into())]`.
pub type Args<'a> = &'a [(&'a str, Arg)];

/// One argument value. Plain data (unlike Fluent's own values) so it can be held across an
/// `.await` in a multi-threaded server.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Text(String),
    Number(f64),
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}
impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_owned())
    }
}
impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Arg::Number(n as f64)
    }
}
impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Number(n as f64)
    }
}

type Bundle = FluentBundle<FluentResource>;

/// The loaded Fluent bundles of every locale. Reloadable at run time, so a translator's save
/// shows without a restart. A broken file never stops the server: its last good text stays in
/// use (or, before there was one, whatever of it parses, the rest falling back to English),
/// and the problem is kept with file and line for translators and the log.
pub struct Translations {
    dir: PathBuf,
    bundles: RwLock<HashMap<Locale, Bundle>>,
    /// The last text of each file that parsed, for the next reload to fall back on.
    good: RwLock<HashMap<PathBuf, String>>,
    problems: RwLock<Vec<LoadError>>,
}

/// A Fluent file that could not be used, with where and why.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{file}:{line}: {reason}")]
pub struct LoadError {
    pub file: String,
    pub line: usize,
    pub reason: String,
}

impl Translations {
    /// Loads every locale folder. Problems in files are kept (see `problems`) and logged,
    /// never fatal: the server starts with what can be used.
    pub fn load(dir: &Path) -> Result<Translations, LoadError> {
        let loaded = load_all(dir, &HashMap::new());
        for p in &loaded.problems {
            tracing::error!(problem = %p, "locale file problem: serving the last good messages or English");
        }
        Ok(Translations {
            dir: dir.to_owned(),
            bundles: RwLock::new(loaded.bundles),
            good: RwLock::new(loaded.good),
            problems: RwLock::new(loaded.problems),
        })
    }

    /// Re-reads every file. A file that no longer parses keeps its last good text; the first
    /// problem, if any, is returned (all of them stay listed in `problems`).
    pub fn reload(&self) -> Result<(), LoadError> {
        let previous = self.good.read().expect("translations lock").clone();
        let loaded = load_all(&self.dir, &previous);
        *self.bundles.write().expect("translations lock") = loaded.bundles;
        *self.good.write().expect("translations lock") = loaded.good;
        let first = loaded.problems.first().cloned();
        *self.problems.write().expect("translations lock") = loaded.problems;
        match first {
            Some(p) => Err(p),
            None => Ok(()),
        }
    }

    /// What could not be loaded at the last load or reload, with file and line.
    pub fn problems(&self) -> Vec<LoadError> {
        self.problems.read().expect("translations lock").clone()
    }

    /// The message in `locale`, else in English, else its id (so a missing string is visible
    /// but never breaks a page).
    pub fn t(&self, locale: Locale, id: &str, args: Args) -> String {
        let bundles = self.bundles.read().expect("translations lock");
        for loc in [locale, Locale::En] {
            if let Some(text) = bundles.get(&loc).and_then(|b| format(b, id, args)) {
                return text;
            }
        }
        id.to_owned()
    }

    pub fn has(&self, locale: Locale, id: &str) -> bool {
        let bundles = self.bundles.read().expect("translations lock");
        bundles.get(&locale).is_some_and(|b| b.has_message(id))
    }
}

fn format(bundle: &Bundle, id: &str, args: Args) -> Option<String> {
    let (msg_id, attr) = match id.split_once('.') {
        Some((m, a)) => (m, Some(a)),
        None => (id, None),
    };
    let msg = bundle.get_message(msg_id)?;
    let pattern = match attr {
        Some(a) => msg.get_attribute(a)?.value(),
        None => msg.value()?,
    };
    let mut fargs = FluentArgs::new();
    for (k, v) in args {
        match v {
            Arg::Text(t) => fargs.set(*k, FluentValue::from(t.as_str())),
            Arg::Number(n) => fargs.set(*k, FluentValue::from(*n)),
        }
    }
    let mut errors = vec![];
    let text = bundle.format_pattern(pattern, Some(&fargs), &mut errors);
    if !errors.is_empty() {
        tracing::warn!(message = id, ?errors, "fluent formatting problem");
    }
    Some(text.into_owned())
}

struct Loaded {
    bundles: HashMap<Locale, Bundle>,
    good: HashMap<PathBuf, String>,
    problems: Vec<LoadError>,
}

fn load_all(dir: &Path, last_good: &HashMap<PathBuf, String>) -> Loaded {
    let mut loaded = Loaded {
        bundles: HashMap::new(),
        good: HashMap::new(),
        problems: vec![],
    };
    for locale in Locale::ALL {
        let langid: unic_langid::LanguageIdentifier =
            locale.code().parse().expect("static locale codes parse");
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        // No Unicode isolation marks: they would end up inside HTML attributes and mails.
        bundle.set_use_isolating(false);
        let ldir = dir.join(locale.code());
        let mut files: Vec<PathBuf> = match std::fs::read_dir(&ldir) {
            Ok(entries) => entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
                .collect(),
            Err(e) => {
                loaded.problems.push(LoadError {
                    file: ldir.display().to_string(),
                    line: 0,
                    reason: e.to_string(),
                });
                vec![]
            }
        };
        files.sort();
        for file in files {
            let Some(resource) = resource_of(&file, last_good, &mut loaded) else {
                continue;
            };
            if let Err(errs) = bundle.add_resource(resource) {
                loaded.problems.push(LoadError {
                    file: file.display().to_string(),
                    line: 0,
                    reason: format!(
                        "defined in another file too (the first one is used): {errs:?}"
                    ),
                });
            }
        }
        loaded.bundles.insert(locale, bundle);
    }
    loaded
}

/// The resource to use for one file: its text when it parses (remembered as good), else its
/// last good text, else what of it parses. Problems are recorded with their line.
fn resource_of(
    file: &Path,
    last_good: &HashMap<PathBuf, String>,
    loaded: &mut Loaded,
) -> Option<FluentResource> {
    let problem = |line, reason: String| LoadError {
        file: file.display().to_string(),
        line,
        reason,
    };
    let text = match std::fs::read_to_string(file) {
        Ok(t) => t,
        Err(e) => {
            loaded.problems.push(problem(0, e.to_string()));
            let old = last_good.get(file)?.clone();
            loaded.good.insert(file.to_owned(), old.clone());
            return FluentResource::try_new(old).ok();
        }
    };
    match FluentResource::try_new(text.clone()) {
        Ok(r) => {
            loaded.good.insert(file.to_owned(), text);
            Some(r)
        }
        Err((partial, errs)) => {
            let first = &errs[0];
            loaded.problems.push(problem(
                line_of(
                    &text,
                    first.slice.as_ref().map_or(first.pos.start, |s| s.start),
                ),
                format!("{:?}", first.kind),
            ));
            match last_good.get(file) {
                Some(old) => {
                    loaded.good.insert(file.to_owned(), old.clone());
                    FluentResource::try_new(old.clone()).ok()
                }
                None => Some(partial),
            }
        }
    }
}

fn line_of(text: &str, byte: usize) -> usize {
    text[..byte.min(text.len())].matches('\n').count() + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, loc: &str, body: &str) {
        std::fs::create_dir_all(dir.join(loc)).unwrap();
        std::fs::write(dir.join(loc).join("main.ftl"), body).unwrap();
    }

    #[test]
    fn falls_back_to_english_and_reloads() {
        let dir = tempfile::tempdir().unwrap();
        write(
            dir.path(),
            "en",
            "hello = Hello, { $name }!\nonly-en = Only English\n",
        );
        write(dir.path(), "es", "hello = ¡Hola, { $name }!\n");
        write(dir.path(), "pt", "hello = Olá, { $name }!\n");
        let tr = Translations::load(dir.path()).unwrap();
        assert_eq!(
            tr.t(Locale::Es, "hello", &[("name", "Ana".into())]),
            "¡Hola, Ana!"
        );
        assert_eq!(tr.t(Locale::Pt, "only-en", &[]), "Only English");
        assert_eq!(tr.t(Locale::Pt, "nowhere", &[]), "nowhere");
        write(dir.path(), "pt", "hello = Oi, { $name }!\n");
        tr.reload().unwrap();
        assert_eq!(
            tr.t(Locale::Pt, "hello", &[("name", "Ana".into())]),
            "Oi, Ana!"
        );
    }

    #[test]
    fn a_broken_file_is_reported_with_its_line_and_old_strings_stay() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "en", "a = A\n");
        write(dir.path(), "es", "a = A\n");
        write(dir.path(), "pt", "a = A\n");
        let tr = Translations::load(dir.path()).unwrap();
        write(dir.path(), "pt", "a = A\nb = { broken\n");
        let err = tr.reload().unwrap_err();
        assert!(err.file.ends_with("pt/main.ftl"), "{err}");
        assert_eq!(err.line, 2, "{err}");
        assert_eq!(tr.t(Locale::Pt, "a", &[]), "A");
        assert_eq!(tr.problems(), vec![err]);
    }

    #[test]
    fn a_broken_file_at_start_does_not_stop_anything() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "en", "a = A\nb = B\nc = C\n");
        write(dir.path(), "es", "a = Á\nb = { roto\nc = Ç\n");
        write(dir.path(), "pt", "a = Ã\n");
        // A file only Spanish has, broken too: the server loads it, so it is checked.
        std::fs::write(dir.path().join("es").join("extra.ftl"), "x = { $\n").unwrap();
        let tr = Translations::load(dir.path()).expect("starts");
        assert_eq!(tr.t(Locale::Es, "a", &[]), "Á", "what parses is served");
        assert_eq!(
            tr.t(Locale::Es, "b", &[]),
            "B",
            "the broken message falls back to English"
        );
        assert_eq!(tr.t(Locale::Es, "c", &[]), "Ç");
        let problems = tr.problems();
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(problems
            .iter()
            .any(|p| p.file.ends_with("es/main.ftl") && p.line == 2));
        assert!(problems
            .iter()
            .any(|p| p.file.ends_with("es/extra.ftl") && p.line == 1));
        // Fixed on disk: the next reload clears the problems.
        write(dir.path(), "es", "a = Á\nb = Be\nc = Ç\n");
        std::fs::remove_file(dir.path().join("es").join("extra.ftl")).unwrap();
        tr.reload().unwrap();
        assert_eq!(tr.t(Locale::Es, "b", &[]), "Be");
        assert!(tr.problems().is_empty());
    }
}
