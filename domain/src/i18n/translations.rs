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
/// shows without a restart.
pub struct Translations {
    dir: PathBuf,
    bundles: RwLock<HashMap<Locale, Bundle>>,
}

/// A Fluent file that could not be used, with where and why.
#[derive(Debug, thiserror::Error)]
#[error("{file}:{line}: {reason}")]
pub struct LoadError {
    pub file: String,
    pub line: usize,
    pub reason: String,
}

impl Translations {
    pub fn load(dir: &Path) -> Result<Translations, LoadError> {
        let bundles = load_all(dir)?;
        Ok(Translations {
            dir: dir.to_owned(),
            bundles: RwLock::new(bundles),
        })
    }

    /// Re-reads every file; on an error the previous strings stay in use.
    pub fn reload(&self) -> Result<(), LoadError> {
        let fresh = load_all(&self.dir)?;
        *self.bundles.write().expect("translations lock") = fresh;
        Ok(())
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

fn load_all(dir: &Path) -> Result<HashMap<Locale, Bundle>, LoadError> {
    let mut out = HashMap::new();
    for locale in Locale::ALL {
        let langid: unic_langid::LanguageIdentifier =
            locale.code().parse().expect("static locale codes parse");
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        // No Unicode isolation marks: they would end up inside HTML attributes and mails.
        bundle.set_use_isolating(false);
        let ldir = dir.join(locale.code());
        let mut files: Vec<PathBuf> = std::fs::read_dir(&ldir)
            .map_err(|e| LoadError {
                file: ldir.display().to_string(),
                line: 0,
                reason: e.to_string(),
            })?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort();
        for file in files {
            let text = std::fs::read_to_string(&file).map_err(|e| LoadError {
                file: file.display().to_string(),
                line: 0,
                reason: e.to_string(),
            })?;
            let resource = FluentResource::try_new(text.clone()).map_err(|(_, errs)| {
                let first = &errs[0];
                LoadError {
                    file: file.display().to_string(),
                    line: line_of(
                        &text,
                        first.slice.as_ref().map_or(first.pos.start, |s| s.start),
                    ),
                    reason: format!("{:?}", first.kind),
                }
            })?;
            bundle.add_resource(resource).map_err(|errs| LoadError {
                file: file.display().to_string(),
                line: 0,
                reason: format!("duplicate message: {errs:?}"),
            })?;
        }
        out.insert(locale, bundle);
    }
    Ok(out)
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
    }
}
