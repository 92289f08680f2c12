//! Plain text that people type: names and titles checked at the door, and one HTML escape
//! for the places that build markup by hand (`<title>`, small error pages, SVG).
use crate::{ServiceError, ServiceResult};

/// Escapes the five characters that matter in HTML text and attribute values.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Whether a one-line value looks like markup or carries characters no name has: angle
/// brackets (tags), control characters (CR/LF split headers and CSV rows), and the Unicode
/// bidirectional overrides that make a name read differently from what it is.
pub fn looks_like_markup(s: &str) -> bool {
    s.chars().any(|c| {
        matches!(c, '<' | '>')
            || c.is_control()
            || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
    })
}

/// A name or title as people type it: trimmed, not empty, at most `max` characters, one line
/// of plain text. Every data-driven title and name goes through this, so nothing that reaches
/// a page, a mail subject or a CSV cell can open a tag or a new line.
pub fn plain_line(field: &'static str, value: &str, max: usize) -> ServiceResult<String> {
    let value = value.trim();
    if value.is_empty() {
        return Err(ServiceError::invalid(field, "error-name-required"));
    }
    if value.chars().count() > max {
        return Err(ServiceError::detail(
            field,
            "error-text-too-long",
            vec![("max", max.to_string())],
        ));
    }
    if looks_like_markup(value) {
        return Err(ServiceError::invalid(field, "error-text-markup"));
    }
    Ok(value.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_every_special_character() {
        assert_eq!(
            escape_html(r#"</title><a href="x" b='y'>&"#),
            "&lt;/title&gt;&lt;a href=&quot;x&quot; b=&#39;y&#39;&gt;&amp;"
        );
    }

    #[test]
    fn refuses_markup_and_control_characters() {
        for bad in [
            "</title><meta http-equiv=refresh content=0;url=//x>",
            "Ana <b>",
            "line\nbreak",
            "tab\there",
            "a\u{202E}b",
        ] {
            let e = plain_line("name", bad, 200).unwrap_err();
            assert_eq!(e.message_key(), "error-text-markup", "{bad:?}");
        }
        assert_eq!(
            plain_line("name", "  María José d'Ávila (UNAM) & co.  ", 200).unwrap(),
            "María José d'Ávila (UNAM) & co."
        );
        assert!(plain_line("name", "   ", 200).is_err());
        assert!(plain_line("name", &"x".repeat(201), 200).is_err());
    }
}
