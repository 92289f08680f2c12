//! The lesson header: `---`, `key: value` lines, `---`. A small documented subset of YAML, so
//! every problem can be reported with its line.
use sha2::{Digest, Sha256};

#[derive(Clone, Debug, Default, PartialEq)]
pub struct FrontMatter {
    pub title: String,
    pub minutes: u32,
    pub source_hash: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Parsed<'a> {
    pub front: FrontMatter,
    pub body: &'a str,
    /// Line number (1-based) of the body's first line in the file.
    pub body_line: usize,
}

/// What is wrong, and on which line of the file.
#[derive(Clone, Debug, PartialEq)]
pub struct FrontMatterError {
    pub line: usize,
    pub message: String,
}

pub fn parse(text: &str) -> Result<Parsed<'_>, FrontMatterError> {
    let err = |line, message: &str| FrontMatterError {
        line,
        message: message.to_owned(),
    };
    let mut lines = text.split_inclusive('\n');
    let first = lines.next().unwrap_or("");
    if first.trim_end() != "---" {
        return Err(err(1, "the file must start with front matter: a line with ---, then title: and minutes:, then ---"));
    }
    let mut offset = first.len();
    let mut front = FrontMatter::default();
    let (mut has_title, mut has_minutes) = (false, false);
    let mut line_no = 1;
    for line in lines {
        line_no += 1;
        offset += line.len();
        let l = line.trim_end();
        if l == "---" {
            if !has_title {
                return Err(err(line_no, "front matter has no title:"));
            }
            if !has_minutes {
                return Err(err(line_no, "front matter has no minutes:"));
            }
            return Ok(Parsed {
                front,
                body: &text[offset..],
                body_line: line_no + 1,
            });
        }
        if l.trim().is_empty() || l.trim_start().starts_with('#') {
            continue;
        }
        let Some((key, value)) = l.split_once(':') else {
            return Err(err(line_no, &format!("expected key: value, found {l:?}")));
        };
        let value = value
            .split(" #")
            .next()
            .unwrap_or("")
            .trim()
            .trim_matches('"')
            .trim_matches('\'')
            .to_owned();
        match key.trim() {
            "title" if value.is_empty() => return Err(err(line_no, "title: is empty")),
            // The title reaches `<title>`, headings and links of every reader: plain text only.
            "title" if crate::text::looks_like_markup(&value) => {
                return Err(err(
                    line_no,
                    "title: must be plain text (no < or > and no control characters)",
                ))
            }
            "title" => {
                front.title = value;
                has_title = true;
            }
            "minutes" => {
                front.minutes = value.parse().map_err(|_| {
                    err(
                        line_no,
                        &format!("minutes: must be a whole number, found {value:?}"),
                    )
                })?;
                has_minutes = true;
            }
            "source_hash" => {
                if value.len() != 16 || !value.chars().all(|c| c.is_ascii_hexdigit()) {
                    return Err(err(
                        line_no,
                        "source_hash: must be 16 hexadecimal characters (see content/README.md)",
                    ));
                }
                front.source_hash = Some(value.to_lowercase());
            }
            other => {
                return Err(err(
                    line_no,
                    &format!("unknown key {other:?} (known: title, minutes, source_hash)"),
                ))
            }
        }
    }
    Err(err(line_no, "front matter is not closed with a --- line"))
}

/// The version stamp of an English lesson that translations record as `source_hash`.
pub fn source_hash(text: &str) -> String {
    let normalized = text.replace("\r\n", "\n");
    hex::encode(Sha256::digest(normalized.as_bytes()))[..16].to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_a_title_with_markup() {
        let e =
            parse("---\ntitle: </title><meta http-equiv=refresh content=0>\nminutes: 3\n---\nx\n")
                .unwrap_err();
        assert_eq!(e.line, 2);
        assert!(e.message.contains("plain text"), "{}", e.message);
    }

    #[test]
    fn parses_a_header_and_finds_the_body() {
        let p = parse("---\ntitle: \"Hola: mundo\"\nminutes: 12\nsource_hash: 0123456789abcdef\n---\n\n# Body\n").unwrap();
        assert_eq!(p.front.title, "Hola: mundo");
        assert_eq!(p.front.minutes, 12);
        assert_eq!(p.front.source_hash.as_deref(), Some("0123456789abcdef"));
        assert_eq!(p.body, "\n# Body\n");
        assert_eq!(p.body_line, 6);
    }

    #[test]
    fn reports_problems_with_their_line() {
        assert_eq!(parse("# no header\n").unwrap_err().line, 1);
        assert_eq!(
            parse("---\ntitle: A\nminutes: ten\n---\n")
                .unwrap_err()
                .line,
            3
        );
        assert_eq!(
            parse("---\ntitle: A\nauthor: B\nminutes: 1\n---\n")
                .unwrap_err()
                .line,
            3
        );
        assert!(parse("---\ntitle: A\n---\n")
            .unwrap_err()
            .message
            .contains("minutes"));
        assert!(parse("---\ntitle: A\nminutes: 1\n")
            .unwrap_err()
            .message
            .contains("not closed"));
    }

    #[test]
    fn hash_ignores_line_ending_style() {
        assert_eq!(source_hash("a\r\nb\n"), source_hash("a\nb\n"));
        assert_eq!(source_hash("a").len(), 16);
    }
}
