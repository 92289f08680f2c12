//! Markdown lesson → sanitized HTML. pulldown-cmark does the Markdown (tables, footnotes,
//! strikethrough, task lists), this module adds MyST-style admonitions, heading anchors and link
//! rewriting, and ammonia removes anything a lesson must not carry (scripts, event handlers,
//! `javascript:` links, raw HTML). Every problem found is reported with its line.
use super::exercise::{self, Exercise};
use super::lines::{Closers, LineIndex};
use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use std::collections::{HashMap, HashSet};

pub use super::sanitize::sanitize;

/// The largest Markdown text rendered (a lesson, a notebook cell, a preview); checked before
/// any parsing. The longest lesson is about 5 KB; a bigger text is shown as plain text.
pub const MAX_BYTES: usize = 256 * 1024;
/// Directives nested deeper than this are shown as text: each level re-reads its body.
pub const MAX_DEPTH: usize = 8;

/// Admonition kinds (MyST's and Sphinx's); `admonition` is the generic one with a title.
pub const ADMONITIONS: [&str; 11] = [
    "note",
    "tip",
    "warning",
    "important",
    "attention",
    "caution",
    "danger",
    "error",
    "hint",
    "seealso",
    "admonition",
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    pub line: usize,
    pub severity: Severity,
    pub message: String,
}

/// What the renderer needs to know about the world around a lesson.
pub trait Links {
    /// The lesson `lesson` exists in course `course`.
    fn lesson_exists(&self, course: &str, lesson: &str) -> bool;
    /// The file `images/<file>` exists in course `course`.
    fn image_exists(&self, course: &str, file: &str) -> bool;
    /// The default title of an admonition kind, in the reader's language.
    fn admonition_title(&self, kind: &str) -> String;
    /// A short text in the reader's language (a Fluent message id), e.g. a task's state.
    fn text(&self, id: &str) -> String {
        id.to_owned()
    }
}

pub struct Rendered {
    pub html: String,
    pub problems: Vec<Problem>,
    /// The lesson's exercises, in order; `html` holds an empty `exercise-slot` div where each
    /// one goes (the page puts the learner's form there).
    pub exercises: Vec<Exercise>,
}

/// The placeholder left in the lesson's HTML where exercise `id` goes.
pub fn exercise_slot(id: &str) -> String {
    format!("<div class=\"exercise-slot\" id=\"exercise-{id}\"></div>")
}

/// Renders `body` (whose first line is line `first_line` of its file) of a lesson in course
/// `course`.
pub fn render(body: &str, first_line: usize, course: &str, links: &dyn Links) -> Rendered {
    if body.len() > MAX_BYTES {
        return Rendered {
            html: format!("<pre class=\"too-large\">{}</pre>", escape_text(body)),
            problems: vec![Problem {
                line: first_line,
                severity: Severity::Error,
                message: format!(
                    "this text has {} bytes, more than the {MAX_BYTES} a lesson may have: split it",
                    body.len()
                ),
            }],
            exercises: vec![],
        };
    }
    let lines: Vec<(usize, &str)> = body
        .lines()
        .enumerate()
        .map(|(i, l)| (first_line + i, l))
        .collect();
    let mut r = Renderer {
        course,
        links,
        problems: vec![],
        ids: HashSet::new(),
        id_counters: HashMap::new(),
        exercises: vec![],
        in_exercise: false,
        depth: 0,
        targets: HashSet::new(),
        refs: vec![],
    };
    let html = r.blocks(&lines);
    r.check_refs();
    Rendered {
        html: sanitize(&html),
        problems: r.problems,
        exercises: r.exercises,
    }
}

struct Renderer<'a> {
    course: &'a str,
    links: &'a dyn Links,
    problems: Vec<Problem>,
    ids: HashSet<String>,
    /// The next suffix to try per heading id, so a thousand equal headings stay linear.
    id_counters: HashMap<String, usize>,
    exercises: Vec<Exercise>,
    in_exercise: bool,
    /// How many directives enclose the lines being rendered.
    depth: usize,
    /// `(label)=` targets, figure names and glossary terms defined in this text.
    targets: HashSet<String>,
    /// `{ref}` and `{term}` uses (line, label), checked against `targets` at the end.
    refs: Vec<(usize, String)>,
}

/// An opening directive fence: ":::{note} Title" or "```{note} Title".
struct Fence<'l> {
    marker: &'l str,
    kind: &'l str,
    title: &'l str,
}

fn directive_fence(line: &str) -> Option<Fence<'_>> {
    let t = line.trim_start();
    let ch = t.chars().next()?;
    if ch != ':' && ch != '`' {
        return None;
    }
    let n = t.chars().take_while(|c| *c == ch).count();
    if n < 3 {
        return None;
    }
    let rest = t[n..].strip_prefix('{')?;
    let (kind, after) = rest.split_once('}')?;
    if kind.is_empty()
        || !kind
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':'))
    {
        return None;
    }
    Some(Fence {
        marker: &t[..n],
        kind,
        title: after.trim(),
    })
}

fn plain_fence(line: &str) -> Option<&str> {
    let t = line.trim_start();
    for ch in ['`', '~'] {
        let n = t.chars().take_while(|c| *c == ch).count();
        if n >= 3 && !t[n..].trim_start().starts_with('{') {
            return Some(&t[..n]);
        }
    }
    None
}

impl Renderer<'_> {
    fn problem(&mut self, line: usize, severity: Severity, message: String) {
        self.problems.push(Problem {
            line,
            severity,
            message,
        });
    }

    /// Splits lines into Markdown runs, `(label)=` targets and directives (recursively) and
    /// renders them.
    fn blocks(&mut self, lines: &[(usize, &str)]) -> String {
        let closers = Closers::new(lines);
        let mut html = String::new();
        let mut run: Vec<(usize, &str)> = vec![];
        let mut i = 0;
        let mut in_code: Option<String> = None;
        while i < lines.len() {
            let (no, line) = lines[i];
            if let Some(marker) = &in_code {
                if line.trim() == marker.as_str() {
                    in_code = None;
                }
                run.push(lines[i]);
                i += 1;
                continue;
            }
            if let Some(label) = directives::target(line) {
                html.push_str(&self.markdown(&run));
                run.clear();
                html.push_str(&self.target(label));
                i += 1;
                continue;
            }
            if let Some(f) = directive_fence(line) {
                if self.depth >= MAX_DEPTH {
                    self.problem(
                        no,
                        Severity::Error,
                        format!("directives are nested more than {MAX_DEPTH} deep: this one is shown as text"),
                    );
                    run.push(lines[i]);
                    i += 1;
                    continue;
                }
                let end = match closers.after(i, f.marker) {
                    Some(end) => end,
                    None if f.kind == "exercise" || ADMONITIONS.contains(&f.kind) => {
                        let what = if f.kind == "exercise" {
                            "exercise"
                        } else {
                            "admonition"
                        };
                        self.problem(
                            no,
                            Severity::Error,
                            format!(
                                "{what} {{{}}} is not closed with a line {}",
                                f.kind, f.marker
                            ),
                        );
                        run.push(lines[i]);
                        i += 1;
                        continue;
                    }
                    // MyST closes an unclosed directive at the end of its container.
                    None => {
                        self.problem(
                            no,
                            Severity::Warning,
                            format!(
                                "{{{}}} is not closed with a line {}: it runs to the end",
                                f.kind, f.marker
                            ),
                        );
                        lines.len()
                    }
                };
                html.push_str(&self.markdown(&run));
                run.clear();
                self.depth += 1;
                let out = self.directive(&f, no, &lines[i + 1..end]);
                self.depth -= 1;
                html.push_str(&out);
                i = end + 1;
                continue;
            } else if let Some(marker) = plain_fence(line) {
                in_code = Some(marker.to_owned());
            }
            run.push(lines[i]);
            i += 1;
        }
        html.push_str(&self.markdown(&run));
        html
    }

    /// An `{exercise}` block: its parts rendered and kept aside, a slot left in the page.
    fn exercise(&mut self, id: &str, line: usize, body: &[(usize, &str)]) -> String {
        let valid_id = !id.is_empty()
            && id.len() <= 64
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !valid_id {
            self.problem(line, Severity::Error, format!("an exercise needs a name of lowercase letters, digits and dashes after {{exercise}}, e.g. {{exercise}} kernel-role; {id:?} is not one"));
            return String::new();
        }
        if self.exercises.iter().any(|e| e.id == id) {
            self.problem(
                line,
                Severity::Error,
                format!("two exercises are named {id:?} in this lesson"),
            );
            return String::new();
        }
        if self.in_exercise {
            self.problem(
                line,
                Severity::Error,
                "an exercise cannot contain another exercise".into(),
            );
            return String::new();
        }
        let src = exercise::split(body, line);
        for (no, message) in &src.problems {
            self.problem(*no, Severity::Error, message.clone());
        }
        self.in_exercise = true;
        let prompt_html = sanitize(&self.blocks(&src.prompt));
        let choices = src
            .options
            .iter()
            .map(|o| exercise::Choice {
                correct: o.correct,
                html: sanitize(unwrap_paragraph(&self.markdown(&o.text))),
                explanation_html: sanitize(&self.markdown(&o.explanation)),
            })
            .collect();
        self.in_exercise = false;
        let rubric_total: i32 = src.rubric.iter().map(exercise::Criterion::max_points).sum();
        self.exercises.push(Exercise {
            id: id.to_owned(),
            number: self.exercises.len() + 1,
            line,
            kind: src.kind.unwrap_or(exercise::Kind::Written),
            points: src
                .points
                .unwrap_or(if rubric_total > 0 { rubric_total } else { 1 }),
            prompt_html,
            choices,
            rubric: src.rubric,
        });
        exercise_slot(id)
    }

    fn markdown(&mut self, lines: &[(usize, &str)]) -> String {
        if lines.is_empty() {
            return String::new();
        }
        let (text, index) = LineIndex::join(lines);
        let line_at = |offset: usize| index.line(offset);
        let opts = Options::ENABLE_TABLES
            | Options::ENABLE_FOOTNOTES
            | Options::ENABLE_STRIKETHROUGH
            | Options::ENABLE_TASKLISTS
            | Options::ENABLE_MATH;
        let mut events: Vec<Event> = vec![];
        let mut heading: Option<(HeadingLevel, usize, String)> = None;
        for (event, range) in Parser::new_ext(&text, opts).into_offset_iter() {
            let line = line_at(range.start);
            let event = match event {
                Event::Html(h) | Event::InlineHtml(h) => {
                    // Removed either way; a warning, so a real book page with a video tag is
                    // still published (issue 16).
                    if !h.trim().is_empty() && !h.trim_start().starts_with("<!--") {
                        self.problem(
                            line,
                            Severity::Warning,
                            format!(
                                "raw HTML is not allowed and is removed: {}",
                                h.trim().chars().take(60).collect::<String>()
                            ),
                        );
                    }
                    continue;
                }
                Event::Start(Tag::Heading { level, .. }) => {
                    heading = Some((level, events.len(), String::new()));
                    events.push(Event::Text(CowStr::Borrowed("")));
                    continue;
                }
                Event::End(TagEnd::Heading(level)) => {
                    if let Some((lvl, at, title)) = heading.take() {
                        let id = self.unique_id(&title);
                        events[at] = Event::Html(CowStr::from(format!("<{lvl} id=\"{id}\">")));
                        events.push(Event::Html(CowStr::from(format!("</{level}>"))));
                    }
                    continue;
                }
                Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    id,
                }) => {
                    let dest = self.rewrite_link(&dest_url, line);
                    Event::Start(Tag::Link {
                        link_type,
                        dest_url: CowStr::from(dest),
                        title,
                        id,
                    })
                }
                Event::Start(Tag::Image {
                    link_type,
                    dest_url,
                    title,
                    id,
                }) => {
                    let dest = self.rewrite_image(&dest_url, line);
                    let alt_empty = text[range.clone()].starts_with("![]");
                    if alt_empty {
                        self.problem(
                            line,
                            Severity::Error,
                            "image without alt text: describe it between the brackets, ![...](...)"
                                .into(),
                        );
                    }
                    Event::Start(Tag::Image {
                        link_type,
                        dest_url: CowStr::from(dest),
                        title,
                        id,
                    })
                }
                Event::InlineMath(m) => Event::InlineHtml(CowStr::from(self.math(&m, false, line))),
                Event::DisplayMath(m) => Event::InlineHtml(CowStr::from(self.math(&m, true, line))),
                Event::TaskListMarker(done) => Event::InlineHtml(CowStr::from(self.task(done))),
                Event::Code(c) => match self.role_before(&mut events, &c, line) {
                    Some(html) => Event::InlineHtml(CowStr::from(html)),
                    None => Event::Code(c),
                },
                e => e,
            };
            if let (Some((_, _, title)), Event::Text(t) | Event::Code(t)) = (&mut heading, &event) {
                title.push_str(t);
            }
            events.push(event);
        }
        let mut html = String::new();
        pulldown_cmark::html::push_html(&mut html, events.into_iter());
        html
    }

    fn unique_id(&mut self, title: &str) -> String {
        let base: String = title
            .to_lowercase()
            .chars()
            .map(|c| if c.is_alphanumeric() { c } else { '-' })
            .collect::<String>()
            .split('-')
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join("-");
        let base = if base.is_empty() {
            "section".to_owned()
        } else {
            base
        };
        let mut id = base.clone();
        let n = self.id_counters.entry(base.clone()).or_insert(2);
        while !self.ids.insert(id.clone()) {
            id = format!("{base}-{n}");
            *n += 1;
        }
        id
    }

    /// `02-next.md#part` → `/courses/<this>/02-next#part`; `../../other/en/01-x.md` →
    /// `/courses/other/01-x`. Other sites and in-page anchors are left alone.
    fn rewrite_link(&mut self, dest: &str, line: usize) -> String {
        let lower = dest.trim().to_ascii_lowercase();
        if lower.starts_with("javascript:")
            || lower.starts_with("data:")
            || lower.starts_with("vbscript:")
        {
            self.problem(
                line,
                Severity::Error,
                format!("link {dest:?} is not allowed and is removed"),
            );
            return String::new();
        }
        if dest.contains("://")
            || dest.starts_with('#')
            || dest.starts_with("mailto:")
            || dest.starts_with('/')
        {
            return dest.to_owned();
        }
        let (path, fragment) = match dest.split_once('#') {
            Some((p, f)) => (p, format!("#{f}")),
            None => (dest, String::new()),
        };
        let Some(parts) = resolve(self.course, path) else {
            self.problem(
                line,
                Severity::Error,
                format!("link {dest:?} points outside the courses folder"),
            );
            return dest.to_owned();
        };
        match parts.as_slice() {
            [course, _locale, file] if file.ends_with(".md") => {
                let lesson = file.trim_end_matches(".md");
                if !self.links.lesson_exists(course, lesson) {
                    self.problem(
                        line,
                        Severity::Error,
                        format!(
                            "link {dest:?}: there is no lesson {lesson:?} in course {course:?}"
                        ),
                    );
                }
                format!("/courses/{course}/{lesson}{fragment}")
            }
            _ => {
                self.problem(
                    line,
                    Severity::Error,
                    format!("link {dest:?} is not a lesson (NN-name.md) of a course"),
                );
                dest.to_owned()
            }
        }
    }

    fn rewrite_image(&mut self, dest: &str, line: usize) -> String {
        if dest.contains("://") {
            self.problem(line, Severity::Error, format!("image {dest:?} is on another site: put it in the course's images/ folder (readers pay for every download)"));
            return String::new();
        }
        match resolve(self.course, dest).as_deref() {
            Some([course, images, file]) if images == "images" => {
                if !self.links.image_exists(course, file) {
                    self.problem(
                        line,
                        Severity::Error,
                        format!("image {dest:?}: no file {file:?} in {course}/images/"),
                    );
                }
                format!("/courses/{course}/images/{file}")
            }
            _ => {
                self.problem(line, Severity::Error, format!("image {dest:?} must be in the course's images/ folder, e.g. ../images/picture.svg"));
                String::new()
            }
        }
    }
}

/// Resolves a relative path from `courses/<course>/<locale>/` to `[course, dir, file]`.
fn resolve(course: &str, path: &str) -> Option<Vec<String>> {
    let mut parts: Vec<String> = vec![course.to_owned(), "locale".to_owned()];
    for seg in path.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            s => parts.push(s.to_owned()),
        }
    }
    if parts.first().is_some_and(|p| p == "locale") || parts.iter().any(|p| p.is_empty()) {
        return None;
    }
    Some(parts)
}

/// `<p>text</p>` → `text`, so a one-paragraph option fits in a `<label>`.
fn unwrap_paragraph(html: &str) -> &str {
    let t = html.trim();
    match t.strip_prefix("<p>").and_then(|x| x.strip_suffix("</p>")) {
        Some(inner) if !inner.contains("<p>") => inner,
        _ => t,
    }
}

/// A title in an admonition's first line: inline Markdown only.
fn inline_markdown(s: &str) -> String {
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, Parser::new(s));
    html.trim()
        .trim_start_matches("<p>")
        .trim_end_matches("</p>")
        .to_owned()
}

/// Text shown as text inside HTML.
pub fn escape_text(s: &str) -> String {
    crate::text::escape_html(s)
}

#[path = "directives.rs"]
mod directives;
#[path = "roles.rs"]
mod roles;

#[cfg(test)]
#[path = "myst_tests.rs"]
mod myst_tests;
#[cfg(test)]
#[path = "render_tests.rs"]
mod tests;
