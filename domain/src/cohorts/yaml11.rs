//! Quoting for YAML 1.1 readers. yaml_serde writes YAML 1.2, where `14:00`, `yes` and
//! `2024-09-03` are plain text; YAML 1.1 readers (Ruby's Psych in the Jekyll site that
//! publishes the OLS files, PyYAML) read them as the integer 840, `true` and a date. Plain
//! scalars that a 1.1 reader would not read as text are single-quoted, which both versions
//! read as the same text.
//!
//! This works on yaml_serde's output, whose shape is fixed: block collections, no line
//! folding (width unlimited), one scalar per `key: value` or `- value`, texts with line
//! breaks as literal blocks (`|-`), which are copied unchanged.

/// Plain scalars that YAML 1.1 may resolve to something other than a string: booleans,
/// nulls, numbers in any base or sexagesimal, timestamps. A superset is fine: quoting a text
/// that needed none changes nothing for any reader.
fn ambiguous(s: &str) -> bool {
    const WORDS: [&str; 35] = [
        "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "true", "True", "TRUE", "false",
        "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF", "~", "null", "Null", "NULL",
        ".inf", ".Inf", ".INF", "-.inf", "+.inf", ".nan", ".NaN", ".NAN", "<<",
    ];
    if WORDS.contains(&s) {
        return true;
    }
    let b = s.as_bytes();
    let timestamp = b.len() >= 8 && b[..4].iter().all(u8::is_ascii_digit) && b[4] == b'-';
    let numeric = s.starts_with(|c: char| c.is_ascii_digit() || "+-.".contains(c))
        && s.bytes().any(|c| c.is_ascii_digit())
        && s.chars()
            .all(|c| c.is_ascii_hexdigit() || "+-._:xXoO".contains(c));
    timestamp || numeric
}

/// Whether yaml_serde wrote `token` as text: a plain scalar it wrote for a number, a boolean
/// or null is that value in YAML 1.2 and, in the forms it writes them, in YAML 1.1 too.
fn is_text(token: &str) -> bool {
    matches!(
        yaml_serde::from_str::<yaml_serde::Value>(token),
        Ok(yaml_serde::Value::String(_))
    )
}

fn fix(token: &str) -> String {
    if ambiguous(token) && is_text(token) {
        format!("'{}'", token.replace('\'', "''"))
    } else {
        token.to_owned()
    }
}

/// Splits the first scalar off `rest`: a quoted one up to its closing quote, a plain one up
/// to `: ` or a final `:`. Returns (scalar, what follows, whether it is plain).
fn split_scalar(rest: &str) -> (&str, &str, bool) {
    let quote = rest.chars().next();
    if let Some(q @ ('\'' | '"')) = quote {
        let bytes = rest.as_bytes();
        let mut i = 1;
        while i < bytes.len() {
            match bytes[i] {
                b'\\' if q == '"' => i += 2,
                b'\'' if q == '\'' && bytes.get(i + 1) == Some(&b'\'') => i += 2,
                c if c == q as u8 => return (&rest[..=i], &rest[i + 1..], false),
                _ => i += 1,
            }
        }
        return (rest, "", false);
    }
    let end = rest
        .find(": ")
        .or_else(|| rest.ends_with(':').then(|| rest.len() - 1))
        .unwrap_or(rest.len());
    (&rest[..end], &rest[end..], true)
}

/// yaml_serde's output with every YAML 1.1-ambiguous plain scalar single-quoted.
pub fn quote_ambiguous(yaml: &str) -> String {
    let mut out = String::with_capacity(yaml.len() + 64);
    // Column of the key or item whose literal block is being copied.
    let mut block: Option<usize> = None;
    for line in yaml.split_inclusive('\n') {
        let body = line.trim_end_matches('\n');
        let indent = body.len() - body.trim_start_matches(' ').len();
        if let Some(col) = block {
            if body.trim().is_empty() || indent > col {
                out.push_str(line);
                continue;
            }
            block = None;
        }
        let mut res = body[..indent].to_owned();
        let mut rest = &body[indent..];
        while let Some(r) = rest.strip_prefix("- ") {
            res.push_str("- ");
            rest = r;
        }
        let col = res.len();
        let (first, after, plain) = split_scalar(rest);
        let value = if let Some(v) = after.strip_prefix(':') {
            res.push_str(&if plain { fix(first) } else { first.to_owned() });
            res.push(':');
            match v.strip_prefix(' ') {
                Some(v) => {
                    res.push(' ');
                    v
                }
                None => v,
            }
        } else {
            rest
        };
        if value.starts_with(['|', '>']) {
            block = Some(col);
            res.push_str(value);
        } else if value.starts_with(['\'', '"', '[', '{']) || value.is_empty() {
            res.push_str(value);
        } else {
            res.push_str(&fix(value));
        }
        out.push_str(&res);
        out.push_str(&line[body.len()..]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_booleans_and_dates_are_quoted_blocks_kept() {
        let text = "weeks:\n  '01':\n    calls:\n    - time: 14:00\n      title: yes\n      date: 2024-09-03\n      notes: |-\n        meet at\n        at: 14:00\n      hosts:\n      - on\n      - alice\n    - - 1_000\nname: Ana\nurl: https://x.org/a:b\non: x\nnum: 12\nf: 1.5\nz: null\nb: true\n";
        let want = "weeks:\n  '01':\n    calls:\n    - time: '14:00'\n      title: 'yes'\n      date: '2024-09-03'\n      notes: |-\n        meet at\n        at: 14:00\n      hosts:\n      - 'on'\n      - alice\n    - - '1_000'\nname: Ana\nurl: https://x.org/a:b\n'on': x\nnum: 12\nf: 1.5\nz: null\nb: true\n";
        assert_eq!(quote_ambiguous(text), want);
        assert_eq!(
            quote_ambiguous("a: 'it''s: 14:00'\n"),
            "a: 'it''s: 14:00'\n"
        );
    }
}
