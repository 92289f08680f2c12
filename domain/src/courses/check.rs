//! `academy content check`: every problem in every course, with file and line. Errors fail
//! the check; outdated translations are warnings.
use super::{
    catalog::Catalog,
    front_matter,
    render::{self, Links, Severity},
};
use crate::i18n::Locale;
use std::path::{Path, PathBuf};

#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    pub file: PathBuf,
    pub line: usize,
    pub severity: Severity,
    pub message: String,
}

impl std::fmt::Display for Finding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let level = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(
            f,
            "{}:{}: {level}: {}",
            self.file.display(),
            self.line,
            self.message
        )
    }
}

struct Checker<'a>(&'a Catalog);

impl Links for Checker<'_> {
    fn lesson_exists(&self, course: &str, lesson: &str) -> bool {
        self.0
            .course(course)
            .is_some_and(|c| c.position(lesson).is_some())
    }
    fn image_exists(&self, course: &str, file: &str) -> bool {
        !file.contains("..") && self.0.root.join(course).join("images").join(file).is_file()
    }
    fn admonition_title(&self, kind: &str) -> String {
        kind.to_owned()
    }
}

pub fn check(content_dir: &Path) -> Vec<Finding> {
    let catalog = Catalog::load(content_dir);
    let mut out: Vec<Finding> = catalog
        .errors
        .iter()
        .map(|e| Finding {
            file: e.file.clone(),
            line: e.line,
            severity: Severity::Error,
            message: e.message.clone(),
        })
        .collect();
    let checker = Checker(&catalog);
    for course in &catalog.courses {
        for pre in &course.prerequisites {
            if catalog.course(pre).is_none() {
                out.push(Finding {
                    file: course.dir.join("course.toml"),
                    line: 1,
                    severity: Severity::Error,
                    message: format!("prerequisite {pre:?} is not a course"),
                });
            }
        }
        for lesson in &course.lessons {
            let en_path = course.lesson_path(Locale::En, lesson);
            let en_hash = match std::fs::read_to_string(&en_path) {
                Ok(t) => Some(front_matter::source_hash(&t)),
                Err(_) => {
                    out.push(Finding {
                        file: course.dir.join("course.toml"),
                        line: 1,
                        severity: Severity::Error,
                        message: format!(
                            "lesson {lesson:?} is listed but {} does not exist",
                            en_path.display()
                        ),
                    });
                    None
                }
            };
            // English comes first in Locale::ALL: its exercises are what translations match.
            let mut en_exercises = vec![];
            for locale in Locale::ALL {
                let path = course.lesson_path(locale, lesson);
                let Ok(text) = std::fs::read_to_string(&path) else {
                    continue;
                };
                let finding = |line, severity, message| Finding {
                    file: path.clone(),
                    line,
                    severity,
                    message,
                };
                match front_matter::parse(&text) {
                    Err(e) => out.push(finding(e.line, Severity::Error, e.message)),
                    Ok(p) => {
                        if locale != Locale::En {
                            match (&p.front.source_hash, &en_hash) {
                                (None, _) => out.push(finding(1, Severity::Warning, format!("translation has no source_hash: (the English file's is {})", en_hash.clone().unwrap_or_default()))),
                                (Some(h), Some(en)) if h != en => out.push(finding(1, Severity::Warning, format!("outdated: translated from English version {h}, the English file is now {en}"))),
                                _ => {}
                            }
                        } else if p.front.source_hash.is_some() {
                            out.push(finding(
                                1,
                                Severity::Warning,
                                "English is the source: source_hash is only for translations"
                                    .into(),
                            ));
                        }
                        let rendered = render::render(p.body, p.body_line, &course.slug, &checker);
                        for problem in rendered.problems {
                            out.push(finding(problem.line, problem.severity, problem.message));
                        }
                        if locale == Locale::En {
                            en_exercises = rendered.exercises;
                        } else {
                            for e in &rendered.exercises {
                                match en_exercises.iter().find(|x| x.id == e.id) {
                                    None => out.push(finding(e.line, Severity::Error, format!("exercise {:?} is not in the English lesson: keep the English names of exercises", e.id))),
                                    Some(en) => {
                                        if let Some(m) = en.shape_differs(e) {
                                            out.push(finding(e.line, Severity::Error, m));
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        // Lesson files not listed in course.toml are never shown: say so.
        for locale in Locale::ALL {
            if let Ok(entries) = std::fs::read_dir(course.dir.join(locale.code())) {
                for e in entries.flatten() {
                    let p = e.path();
                    let stem = p
                        .file_stem()
                        .and_then(|s| s.to_str())
                        .unwrap_or_default()
                        .to_owned();
                    if p.extension().is_some_and(|x| x == "md") && course.position(&stem).is_none()
                    {
                        out.push(Finding {
                            file: p,
                            line: 1,
                            severity: Severity::Warning,
                            message: "this lesson is not listed in course.toml and is never shown"
                                .into(),
                        });
                    }
                }
            }
        }
    }
    out.sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
    out
}
