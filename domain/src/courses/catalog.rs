//! `course.toml` files: what courses exist, their lessons in order, and titles per language.
use crate::i18n::Locale;
use serde::Deserialize;
use std::{
    collections::BTreeMap,
    path::{Path, PathBuf},
};

#[derive(Clone, Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct CourseMeta {
    pub title: String,
    pub summary: String,
    #[serde(default)]
    pub audience: String,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CourseToml {
    slug: String,
    lessons: Vec<String>,
    #[serde(default)]
    prerequisites: Vec<String>,
    #[serde(default)]
    order: i32,
    en: CourseMeta,
    es: Option<CourseMeta>,
    pt: Option<CourseMeta>,
}

#[derive(Clone, Debug)]
pub struct Course {
    pub slug: String,
    pub dir: PathBuf,
    pub lessons: Vec<String>,
    pub prerequisites: Vec<String>,
    pub order: i32,
    meta: BTreeMap<Locale, CourseMeta>,
}

impl Course {
    /// Title, summary and audience in `locale`, else English.
    pub fn meta(&self, locale: Locale) -> &CourseMeta {
        self.meta
            .get(&locale)
            .or_else(|| self.meta.get(&Locale::En))
            .expect("English metadata is required")
    }

    pub fn lesson_path(&self, locale: Locale, lesson: &str) -> PathBuf {
        self.dir.join(locale.code()).join(format!("{lesson}.md"))
    }

    pub fn position(&self, lesson: &str) -> Option<usize> {
        self.lessons.iter().position(|l| l == lesson)
    }
}

/// A `course.toml` that cannot be used, with where and why.
#[derive(Clone, Debug, PartialEq)]
pub struct CatalogError {
    pub file: PathBuf,
    pub line: usize,
    pub message: String,
}

#[derive(Clone, Debug, Default)]
pub struct Catalog {
    pub root: PathBuf,
    pub courses: Vec<Course>,
    /// Courses that could not be loaded; the others are still served.
    pub errors: Vec<CatalogError>,
}

impl Catalog {
    pub fn load(content_dir: &Path) -> Catalog {
        let root = content_dir.join("courses");
        let mut catalog = Catalog {
            root: root.clone(),
            ..Default::default()
        };
        let Ok(entries) = std::fs::read_dir(&root) else {
            return catalog;
        };
        let mut dirs: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.is_dir())
            .collect();
        dirs.sort();
        for dir in dirs {
            let file = dir.join("course.toml");
            match load_course(&dir, &file) {
                Ok(c) => catalog.courses.push(c),
                Err(e) => catalog.errors.push(e),
            }
        }
        catalog
            .courses
            .sort_by(|a, b| (a.order, &a.slug).cmp(&(b.order, &b.slug)));
        catalog
    }

    pub fn course(&self, slug: &str) -> Option<&Course> {
        self.courses.iter().find(|c| c.slug == slug)
    }
}

fn load_course(dir: &Path, file: &Path) -> Result<Course, CatalogError> {
    let err = |line, message: String| CatalogError {
        file: file.to_owned(),
        line,
        message,
    };
    let text = std::fs::read_to_string(file).map_err(|e| err(0, e.to_string()))?;
    let parsed: CourseToml = toml::from_str(&text).map_err(|e| {
        let line = e
            .span()
            .map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1)
            .unwrap_or(0);
        err(line, e.message().to_owned())
    })?;
    let folder = dir.file_name().and_then(|n| n.to_str()).unwrap_or_default();
    if parsed.slug != folder {
        return Err(err(
            1,
            format!(
                "slug {:?} must equal the folder name {folder:?}",
                parsed.slug
            ),
        ));
    }
    if parsed.lessons.is_empty() {
        return Err(err(1, "lessons = [...] lists no lesson".into()));
    }
    let mut meta = BTreeMap::new();
    meta.insert(Locale::En, parsed.en);
    if let Some(m) = parsed.es {
        meta.insert(Locale::Es, m);
    }
    if let Some(m) = parsed.pt {
        meta.insert(Locale::Pt, m);
    }
    Ok(Course {
        slug: parsed.slug,
        dir: dir.to_owned(),
        lessons: parsed.lessons,
        prerequisites: parsed.prerequisites,
        order: parsed.order,
        meta,
    })
}
