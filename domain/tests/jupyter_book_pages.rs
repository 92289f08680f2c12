//! Real Jupyter Book / MyST pages (domain/tests/fixtures/jupyter-book, see SOURCES) rendered as
//! lessons: none is withheld for its directives or roles (the only errors left are links and
//! images that point into the original book's files), no raw directive syntax reaches the
//! page, and every warning names its line. ACADEMY_JB_PAGES=<dir>[:<dir>…] adds the Markdown
//! pages of other checkouts (e.g. books whose licence does not allow copying them here).
use domain::courses::render::{self, Links, Severity};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

struct Book;
impl Links for Book {
    fn lesson_exists(&self, _: &str, _: &str) -> bool {
        false
    }
    fn image_exists(&self, _: &str, _: &str) -> bool {
        true
    }
    fn admonition_title(&self, kind: &str) -> String {
        kind.into()
    }
}

fn pages(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = e.path();
        if p.is_dir()
            && !p
                .file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        {
            pages(&p, out);
        } else if p.extension().is_some_and(|x| x == "md") {
            out.push(p);
        }
    }
}

/// The page's body after its YAML front matter, and the body's first line number.
fn body(text: &str) -> (&str, usize) {
    if let Some(rest) = text.strip_prefix("---\n") {
        if let Some(end) = rest.find("\n---\n") {
            let front = &rest[..end];
            return (&rest[end + 5..], front.lines().count() + 3);
        }
    }
    (text, 1)
}

/// The page outside code blocks (where directive syntax may be shown on purpose).
fn outside_code(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(start) = rest.find("<pre") {
        out.push_str(&rest[..start]);
        rest = rest[start..].split_once("</pre>").map_or("", |(_, r)| r);
    }
    out.push_str(rest);
    // Inline code is also shown on purpose ("write `{note}`").
    let mut clean = String::new();
    let mut rest = out.as_str();
    while let Some(start) = rest.find("<code") {
        clean.push_str(&rest[..start]);
        rest = rest[start..].split_once("</code>").map_or("", |(_, r)| r);
    }
    clean.push_str(rest);
    clean
}

/// A problem that only says a link or image of the original book is not in this course, or
/// that the original page has an image without alt text (its authors' to fix: an academy
/// lesson must describe its images).
fn about_the_books_files(message: &str) -> bool {
    message.starts_with("link ")
        || message.starts_with("image ")
        || message.contains("without alt text")
}

#[test]
fn real_jupyter_book_pages_render_without_withholding_or_raw_syntax() {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/jupyter-book");
    let mut files = vec![];
    pages(&fixtures, &mut files);
    let local = files.len();
    if let Ok(extra) = std::env::var("ACADEMY_JB_PAGES") {
        for dir in extra.split(':') {
            pages(Path::new(dir), &mut files);
        }
    }
    assert!(local >= 10, "the fixtures are there");
    let mut warnings: BTreeMap<String, usize> = BTreeMap::new();
    let mut failures = vec![];
    for path in &files {
        let text = std::fs::read_to_string(path).unwrap().replace("\r\n", "\n");
        let (body, first) = body(&text);
        let r = render::render(body, first, "book", &Book);
        let last_line = first + body.lines().count();
        for p in &r.problems {
            assert!(
                p.line >= first && p.line <= last_line,
                "{}:{}: line outside the page: {}",
                path.display(),
                p.line,
                p.message
            );
            if p.severity == Severity::Error && !about_the_books_files(&p.message) {
                failures.push(format!("{}:{}: {}", path.display(), p.line, p.message));
            }
            if p.severity == Severity::Warning {
                let kind: String = p
                    .message
                    .split(':')
                    .next()
                    .unwrap_or("")
                    .chars()
                    .take(60)
                    .collect();
                *warnings.entry(kind).or_default() += 1;
            }
        }
        let visible = outside_code(&r.html);
        for raw in [":::{", "```{", ")=\n", "}`"] {
            if visible.contains(raw) {
                failures.push(format!("{}: raw {raw:?} on the page", path.display()));
            }
        }
    }
    eprintln!(
        "{} pages rendered ({local} fixtures); warnings by kind:",
        files.len()
    );
    for (kind, n) in &warnings {
        eprintln!("  {n:4}  {kind}");
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
