//! A Fluent file kept as its text, with where each message is. Saving a translation splices the
//! edited message into the original text, so comments (all three levels), blank lines, message
//! order and every other message stay byte for byte as they were; only the edited message goes
//! through the fluent-syntax serializer.
use fluent_syntax::{ast, parser, serializer};
use std::ops::Range;

/// A message or term of the file, by id, with the bytes it spans (its attached comment, if
/// any, lies just before `range.start` and is never touched).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Span {
    pub id: String,
    pub term: bool,
    pub range: Range<usize>,
    /// 1-based line of the id.
    pub line: usize,
}

/// A syntax error with the line it starts on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub line: usize,
    /// The message the broken text starts, when it starts one.
    pub id: Option<String>,
    pub message: String,
}

#[derive(Clone, Debug)]
pub struct FtlFile {
    pub text: String,
    pub spans: Vec<Span>,
    pub errors: Vec<SyntaxError>,
    /// Message id → its span (the first, as the runtime keeps it): a file of thousands of
    /// messages is looked up once per message, not scanned.
    index: std::collections::HashMap<String, usize>,
}

/// Where each line of `text` starts, so a position's line is a binary search, not a count
/// from the start (which made reading a large file quadratic).
fn line_starts(text: &str) -> Vec<usize> {
    std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .collect()
}

/// The 1-based line of `pos`, given `line_starts`.
fn line_in(starts: &[usize], pos: usize) -> usize {
    starts.partition_point(|s| *s <= pos).max(1)
}

pub fn line_of(text: &str, pos: usize) -> usize {
    text[..pos.min(text.len())].matches('\n').count() + 1
}

/// Where the line holding `pos` starts.
fn line_start(text: &str, pos: usize) -> usize {
    text[..pos].rfind('\n').map_or(0, |i| i + 1)
}

/// The end of the entry whose first line starts at `start`. The parser starts a new entry
/// only on a line beginning with a letter, `-` or `#`; every other non-blank line (indented
/// text, and at any indentation `[` and `*` variant keys, `.` attributes and the `}` closing a
/// selector) continues the entry. Blank lines belong to it only when more of it follows.
fn entry_end(text: &str, start: usize) -> usize {
    let mut end = text[start..]
        .find('\n')
        .map_or(text.len(), |i| start + i + 1);
    let mut pos = end;
    while pos < text.len() {
        let next = text[pos..].find('\n').map_or(text.len(), |i| pos + i + 1);
        let line = &text[pos..next];
        if line.trim().is_empty() {
            pos = next;
            continue;
        }
        let first = line.chars().next().unwrap_or(' ');
        if first.is_ascii_alphabetic() || first == '-' || first == '#' {
            break;
        }
        end = next;
        pos = next;
    }
    end
}

/// The id a piece of junk was meant to define (`items = …` gives `items`).
fn junk_id(junk: &str) -> Option<String> {
    let line = junk
        .lines()
        .find(|l| !l.trim().is_empty() && !l.starts_with('#'))?;
    let (id, _) = line.split_once('=')?;
    let id = id.trim();
    (!id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'))
    .then(|| id.to_owned())
}

/// Byte offset of a slice of `text` (every `&str` in the AST borrows from the source).
fn offset(text: &str, part: &str) -> usize {
    part.as_ptr() as usize - text.as_ptr() as usize
}

impl FtlFile {
    pub fn parse(text: String) -> FtlFile {
        let starts = line_starts(&text);
        let (spans, errors) = {
            let (resource, errs) = match parser::parse(text.as_str()) {
                Ok(r) => (r, vec![]),
                Err((r, e)) => (r, e),
            };
            let mut spans = vec![];
            for entry in &resource.body {
                let (id, term) = match entry {
                    ast::Entry::Message(m) => (m.id.name, false),
                    ast::Entry::Term(t) => (t.id.name, true),
                    _ => continue,
                };
                let start = line_start(&text, offset(&text, id));
                spans.push(Span {
                    id: id.to_owned(),
                    term,
                    range: start..entry_end(&text, start),
                    line: line_in(&starts, start),
                });
            }
            let errors = errs
                .iter()
                .map(|e| SyntaxError {
                    line: line_in(&starts, e.pos.start),
                    id: e.slice.as_ref().and_then(|r| junk_id(&text[r.clone()])),
                    message: e.kind.to_string(),
                })
                .collect::<Vec<_>>();
            (spans, errors)
        };
        let mut index = std::collections::HashMap::new();
        for (i, s) in spans.iter().enumerate() {
            if !s.term {
                index.entry(s.id.clone()).or_insert(i);
            }
        }
        FtlFile {
            text,
            spans,
            errors,
            index,
        }
    }

    pub fn span(&self, id: &str) -> Option<&Span> {
        self.index.get(id).map(|i| &self.spans[*i])
    }

    /// The message's own text (`id = …` and its attributes), as written in the file.
    pub fn message_source(&self, id: &str) -> Option<&str> {
        self.span(id).map(|s| &self.text[s.range.clone()])
    }

    /// What the editor shows for message `id` (see [`editable_body`]).
    pub fn editable_body(&self, id: &str) -> Option<String> {
        self.message_source(id).map(editable_body)
    }

    /// The file with message `id` set to what the translator typed. A message saved unchanged
    /// (the same message once both are put in normal form) leaves the file exactly as it was,
    /// whatever its original layout.
    pub fn replace_message(
        &self,
        id: &str,
        body: &str,
        after: Option<&str>,
    ) -> Result<String, EntryError> {
        let entry = build_entry(id, body)?;
        if self.message_source(id).and_then(normal_form).as_deref() == Some(entry.as_str()) {
            return Ok(self.text.clone());
        }
        Ok(self.with_message(id, &entry, after))
    }

    /// The ids of the file's messages, in file order.
    pub fn message_ids(&self) -> Vec<&str> {
        self.spans
            .iter()
            .filter(|s| !s.term)
            .map(|s| s.id.as_str())
            .collect()
    }

    /// The file with message `id` replaced by `entry` (a whole `id = …` entry ending in a
    /// newline). A message the file lacks goes after `after` (the message that precedes it in
    /// the source language) when the file has it, else at the end.
    pub fn with_message(&self, id: &str, entry: &str, after: Option<&str>) -> String {
        let mut out = String::with_capacity(self.text.len() + entry.len() + 1);
        if let Some(s) = self.span(id) {
            out.push_str(&self.text[..s.range.start]);
            out.push_str(entry);
            out.push_str(&self.text[s.range.end..]);
            return out;
        }
        let at = after
            .and_then(|a| self.span(a))
            .map_or(self.text.len(), |s| s.range.end);
        out.push_str(&self.text[..at]);
        if !out.is_empty() && !out.ends_with('\n') {
            out.push('\n');
        }
        out.push_str(entry);
        out.push_str(&self.text[at..]);
        out
    }
}

/// What a translator types for a message: its value and attributes as they follow `id =`,
/// continuation lines not indented (the editor shows them flush left).
pub fn editable_body(message_source: &str) -> String {
    let Some((_, rest)) = message_source.split_once('=') else {
        return String::new();
    };
    let mut lines = rest.lines();
    let first = lines.next().unwrap_or_default().trim_start().to_owned();
    let rest: Vec<&str> = lines.collect();
    let indent = rest
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    let mut out = first;
    for l in rest {
        out.push('\n');
        out.push_str(l.get(indent..).unwrap_or_else(|| l.trim_start()));
    }
    out.trim().to_owned()
}

/// A single entry as the fluent-syntax serializer writes it.
fn normal_form(entry: &str) -> Option<String> {
    let r = parser::parse(entry).ok()?;
    Some(serializer::serialize(&r))
}

/// Why a typed message is not a Fluent message: its line within what was typed, and the
/// parser's reason.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EntryError {
    pub line: usize,
    pub message: String,
}

/// Builds the entry `id = <body>` from what the translator typed, checks that it parses as
/// exactly that one message, and returns it in the serializer's normal form.
pub fn build_entry(id: &str, body: &str) -> Result<String, EntryError> {
    let body = body.replace("\r\n", "\n");
    let mut src = format!("{id} =");
    for (i, line) in body.trim_end().lines().enumerate() {
        // An attribute on the first line goes on a line of its own, as Fluent wants.
        if i == 0 && !line.trim_start().starts_with('.') {
            if !line.trim().is_empty() {
                src.push(' ');
                src.push_str(line.trim_start());
            }
        } else if line.trim().is_empty() {
            src.push('\n');
        } else if i == 0 {
            src.push_str("\n    ");
            src.push_str(line.trim_start());
        } else {
            src.push_str("\n    ");
            src.push_str(line);
        }
    }
    src.push('\n');
    let resource = match parser::parse(src.as_str()) {
        Ok(r) => r,
        Err((_, errs)) => {
            let e = &errs[0];
            return Err(EntryError {
                // The typed text starts on the entry's first line.
                line: line_of(&src, e.pos.start),
                message: e.kind.to_string(),
            });
        }
    };
    match resource.body.as_slice() {
        [ast::Entry::Message(m)] if m.id.name == id => Ok(serializer::serialize(&resource)),
        _ => Err(EntryError {
            line: 1,
            message: "not one message".into(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = "### Resource comment\n\n## Group\n\n# Attached to hello\nhello = Hello, { $name }!\n\n-brand = Catalyst\n    .gender = feminine\n\nitems =\n    { $count ->\n        [one] one item\n       *[other] { $count } items\n    }\nlogin = Sign in\n    .title = Sign in to { -brand }\n\n# Standalone\n\n\nlast = Multi\n    line\n\n    with a blank\n";

    #[test]
    fn spans_cover_each_message_and_nothing_else() {
        let f = FtlFile::parse(FILE.to_owned());
        assert!(f.errors.is_empty(), "{:?}", f.errors);
        assert_eq!(f.message_ids(), ["hello", "items", "login", "last"]);
        assert_eq!(
            f.message_source("hello"),
            Some("hello = Hello, { $name }!\n")
        );
        assert_eq!(
            f.message_source("login"),
            Some("login = Sign in\n    .title = Sign in to { -brand }\n")
        );
        assert_eq!(
            f.message_source("last"),
            Some("last = Multi\n    line\n\n    with a blank\n")
        );
        assert_eq!(f.span("items").unwrap().line, 11);
    }

    #[test]
    fn replacing_a_message_changes_only_its_bytes() {
        let f = FtlFile::parse(FILE.to_owned());
        let entry = build_entry("hello", "Olá, { $name }!").unwrap();
        let out = f.with_message("hello", &entry, None);
        assert_eq!(out, FILE.replace("Hello, { $name }!", "Olá, { $name }!"));
    }

    #[test]
    fn a_missing_message_goes_after_its_predecessor() {
        let f = FtlFile::parse("a = A\n\n# about c\nc = C\n".to_owned());
        let b = build_entry("b", "B").unwrap();
        assert_eq!(
            f.with_message("b", &b, Some("a")),
            "a = A\nb = B\n\n# about c\nc = C\n"
        );
        assert_eq!(
            f.with_message("b", &b, Some("zz")),
            "a = A\n\n# about c\nc = C\nb = B\n"
        );
    }

    #[test]
    fn what_the_translator_types_round_trips() {
        let f = FtlFile::parse(FILE.to_owned());
        let body = editable_body(f.message_source("items").unwrap());
        assert_eq!(
            body,
            "{ $count ->\n    [one] one item\n   *[other] { $count } items\n}"
        );
        let entry = build_entry("items", &body).unwrap();
        assert_eq!(entry, f.message_source("items").unwrap());
        let login = editable_body(f.message_source("login").unwrap());
        assert_eq!(login, "Sign in\n.title = Sign in to { -brand }");
        assert_eq!(
            build_entry("login", &login).unwrap(),
            f.message_source("login").unwrap()
        );
    }

    #[test]
    fn bad_input_is_refused_with_its_line() {
        let e =
            build_entry("items", "{ $count ->\n    [one] um\n    [other] muitos\n}").unwrap_err();
        assert_eq!(
            e.line, 4,
            "the closing brace, where the default is found missing: {e:?}"
        );
        assert!(e.message.to_lowercase().contains("default"), "{e:?}");
        // Every typed line belongs to the message: no way to write a second entry.
        let one = build_entry("x", "ok\nother = injected").unwrap();
        assert_eq!(FtlFile::parse(one).message_ids(), ["x"]);
    }
}
