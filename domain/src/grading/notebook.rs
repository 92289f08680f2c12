//! Jupyter notebooks handed in for grading: validated (nbformat 4 JSON, within the size
//! limit) and rendered for the mentor without running anything. Markdown cells go through the
//! lesson renderer and its sanitizer; code is shown as text; outputs show their text, PNG or
//! JPEG image, or a sanitized HTML table; tracebacks have their ANSI colours turned into
//! classes. Scripts, SVG, widgets and other HTML never reach the page as markup.
use crate::{
    courses::render::{self, Links},
    i18n::{format_number, Locale},
    ServiceError,
};
use serde_json::Value;
use std::fmt::Write;

/// Why a file is not a notebook we accept; each becomes a localized message.
#[derive(Debug, PartialEq)]
pub enum Invalid {
    TooLarge { bytes: usize, max: usize },
    Empty,
    NotJson { line: usize, column: usize },
    NotNotebook,
    Version { found: String },
    Cell { number: usize },
}

impl Invalid {
    /// The error with sizes in English number format; see [`Invalid::into_error_in`].
    pub fn into_error(self) -> ServiceError {
        self.into_error_in(Locale::En)
    }

    /// The error for a reader of `locale`: sizes in megabytes (10^6 bytes, as file managers
    /// show them) with two decimals, and exactly in bytes, in that locale's number format
    /// (an 8.48 MB file was reported as "8193 KB").
    pub fn into_error_in(self, locale: Locale) -> ServiceError {
        let mb = |b: usize| format_number(locale, b as f64 / 1e6, 2);
        let exact = |b: usize| format_number(locale, b as f64, 0);
        match self {
            Invalid::TooLarge { bytes, max } => ServiceError::detail(
                "notebook",
                "error-notebook-too-large",
                vec![
                    ("size", mb(bytes)),
                    ("size_bytes", exact(bytes)),
                    ("max", mb(max)),
                    ("max_bytes", exact(max)),
                ],
            ),
            Invalid::Empty => ServiceError::invalid("notebook", "error-notebook-empty"),
            Invalid::NotJson { line, column } => ServiceError::detail(
                "notebook",
                "error-notebook-json",
                vec![("line", line.to_string()), ("column", column.to_string())],
            ),
            Invalid::NotNotebook => {
                ServiceError::invalid("notebook", "error-notebook-not-notebook")
            }
            Invalid::Version { found } => {
                ServiceError::detail("notebook", "error-notebook-version", vec![("found", found)])
            }
            Invalid::Cell { number } => ServiceError::detail(
                "notebook",
                "error-notebook-cell",
                vec![("cell", number.to_string())],
            ),
        }
    }
}

/// Checks that `bytes` is an nbformat 4 notebook of at most `max` bytes.
pub fn validate(bytes: &[u8], max: usize) -> Result<Value, Invalid> {
    if bytes.len() > max {
        return Err(Invalid::TooLarge {
            bytes: bytes.len(),
            max,
        });
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(Invalid::Empty);
    }
    let nb: Value = serde_json::from_slice(bytes).map_err(|e| Invalid::NotJson {
        line: e.line(),
        column: e.column(),
    })?;
    let Some(obj) = nb.as_object() else {
        return Err(Invalid::NotNotebook);
    };
    match obj.get("nbformat") {
        Some(v) if v.as_i64() == Some(4) => {}
        Some(v) => {
            return Err(Invalid::Version {
                found: v.to_string(),
            })
        }
        None => return Err(Invalid::NotNotebook),
    }
    let Some(cells) = obj.get("cells").and_then(Value::as_array) else {
        return Err(Invalid::NotNotebook);
    };
    for (i, cell) in cells.iter().enumerate() {
        let kind_ok = matches!(
            cell.get("cell_type").and_then(Value::as_str),
            Some("markdown" | "code" | "raw")
        );
        let source_ok = cell.get("source").is_some_and(|s| {
            s.is_string() || s.as_array().is_some_and(|a| a.iter().all(Value::is_string))
        });
        if !kind_ok || !source_ok {
            return Err(Invalid::Cell { number: i + 1 });
        }
    }
    Ok(nb)
}

/// Notebook text fields are a string or a list of strings.
fn text_of(v: Option<&Value>) -> String {
    match v {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Array(parts)) => parts.iter().filter_map(Value::as_str).collect(),
        _ => String::new(),
    }
}

fn escape(s: &str) -> String {
    crate::text::escape_html(s)
}

/// Markdown cells link nowhere: the lesson renderer's course links do not apply.
struct NoLinks;
impl Links for NoLinks {
    fn lesson_exists(&self, _: &str, _: &str) -> bool {
        false
    }
    fn image_exists(&self, _: &str, _: &str) -> bool {
        false
    }
    fn admonition_title(&self, kind: &str) -> String {
        kind.to_owned()
    }
}

/// Markdown written on the platform outside lessons (a mentor's feedback), rendered and
/// sanitized like a lesson, with no course links.
pub fn markdown(md: &str) -> String {
    render::render(md, 1, "notebook", &NoLinks).html
}

/// Words the rendering needs in the reader's language.
pub struct Labels {
    /// Alt text of an image output without a text version.
    pub image: String,
    /// The name of a scrollable text output region (screen readers announce it).
    pub output: String,
}

/// Which renderer made a stored rendering; raise it when [`render`]'s output changes, so each
/// stored notebook is rendered once more when next viewed.
pub const RENDER_VERSION: i32 = 2;

/// Stands for the image label in a stored rendering; filled per reader by [`localize`]. No
/// notebook content can produce it: every `<` from the notebook is escaped or sanitized.
const IMAGE_LABEL_SLOT: &str = "<nb-image-label>";
const OUTPUT_LABEL_SLOT: &str = "<nb-output-label>";

/// The notebook rendered once for storage: the reader's words are left as slots.
pub fn render_for_storage(nb: &Value) -> String {
    render_with(
        nb,
        &Slots {
            image: IMAGE_LABEL_SLOT,
            output: OUTPUT_LABEL_SLOT,
        },
    )
}

/// A stored rendering with the reader's words in place (one linear pass).
pub fn localize(stored: &str, labels: &Labels) -> String {
    stored
        .replace(IMAGE_LABEL_SLOT, &escape(&labels.image))
        .replace(OUTPUT_LABEL_SLOT, &escape(&labels.output))
}

/// The notebook as HTML for the grading page. `nb` must have passed [`validate`].
pub fn render(nb: &Value, labels: &Labels) -> String {
    let (image, output) = (escape(&labels.image), escape(&labels.output));
    render_with(
        nb,
        &Slots {
            image: &image,
            output: &output,
        },
    )
}

/// The reader's words as HTML (escaped text, or the slots of a stored rendering).
struct Slots<'a> {
    image: &'a str,
    output: &'a str,
}

/// Preformatted output (ASCII-art trees, tables of text) keeps its lines: it scrolls sideways
/// in a region a keyboard can reach and a screen reader names.
fn scroll(html: &mut String, slots: &Slots, pre: &str) {
    let _ = write!(
        html,
        "<div class=\"nb-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"{}\">{pre}</div>",
        slots.output
    );
}

/// [`render`] with the reader's words given as HTML.
fn render_with(nb: &Value, slots: &Slots) -> String {
    let language = nb
        .pointer("/metadata/kernelspec/language")
        .or_else(|| nb.pointer("/metadata/language_info/name"))
        .and_then(Value::as_str)
        .filter(|l| l.chars().all(|c| c.is_ascii_alphanumeric()))
        .unwrap_or("python");
    let mut html = String::from("<div class=\"notebook\">");
    for cell in nb["cells"].as_array().into_iter().flatten() {
        let source = text_of(cell.get("source"));
        match cell["cell_type"].as_str() {
            Some("markdown") => {
                let r = render::render(&source, 1, "notebook", &NoLinks);
                let _ = write!(
                    html,
                    "<section class=\"nb-cell nb-markdown\">{}</section>",
                    r.html
                );
            }
            Some("code") => {
                let count = cell
                    .get("execution_count")
                    .and_then(Value::as_i64)
                    .map(|n| n.to_string())
                    .unwrap_or_else(|| " ".into());
                let _ = write!(
                    html,
                    "<section class=\"nb-cell nb-code\"><div class=\"nb-input\"><span class=\"nb-prompt\" aria-hidden=\"true\">[{count}]</span><pre><code class=\"language-{language}\">{}</code></pre></div>",
                    escape(&source)
                );
                let outputs = cell.get("outputs").and_then(Value::as_array);
                if outputs.is_some_and(|o| !o.is_empty()) {
                    html.push_str("<div class=\"nb-outputs\">");
                    for o in outputs.into_iter().flatten() {
                        output(&mut html, o, slots);
                    }
                    html.push_str("</div>");
                }
                html.push_str("</section>");
            }
            _ => {
                let _ = write!(
                    html,
                    "<section class=\"nb-cell nb-raw\"><pre>{}</pre></section>",
                    escape(&source)
                );
            }
        }
    }
    html.push_str("</div>");
    html
}

fn output(html: &mut String, o: &Value, slots: &Slots) {
    match o.get("output_type").and_then(Value::as_str) {
        Some("stream") => {
            let name = if o.get("name").and_then(Value::as_str) == Some("stderr") {
                "nb-stderr"
            } else {
                "nb-stdout"
            };
            let pre = format!(
                "<pre class=\"nb-stream {name}\">{}</pre>",
                ansi_to_html(&text_of(o.get("text")))
            );
            scroll(html, slots, &pre);
        }
        Some("error") => {
            let lines: Vec<String> = o
                .get("traceback")
                .and_then(Value::as_array)
                .map(|t| {
                    t.iter()
                        .filter_map(Value::as_str)
                        .map(str::to_owned)
                        .collect()
                })
                .unwrap_or_default();
            let text = if lines.is_empty() {
                format!("{}: {}", text_of(o.get("ename")), text_of(o.get("evalue")))
            } else {
                lines.join("\n")
            };
            let pre = format!("<pre class=\"nb-error\">{}</pre>", ansi_to_html(&text));
            scroll(html, slots, &pre);
        }
        Some("execute_result" | "display_data") => {
            let data = o.get("data");
            let get = |mime: &str| data.and_then(|d| d.get(mime)).map(|v| text_of(Some(v)));
            let plain = get("text/plain");
            for mime in ["image/png", "image/jpeg"] {
                if let Some(b64) = get(mime) {
                    let b64: String = b64.chars().filter(|c| !c.is_ascii_whitespace()).collect();
                    if !b64.is_empty()
                        && b64
                            .chars()
                            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '/' | '='))
                    {
                        let alt = match &plain {
                            Some(p) => escape(p.trim()),
                            None => slots.image.to_owned(),
                        };
                        let _ = write!(
                            html,
                            "<img class=\"nb-image\" src=\"data:{mime};base64,{b64}\" alt=\"{alt}\">"
                        );
                        return;
                    }
                }
            }
            if let Some(h) = get("text/html").filter(|h| h.contains("<table")) {
                let _ = write!(html, "<div class=\"nb-html\">{}</div>", sanitize_table(&h));
                return;
            }
            // SymPy and friends give math as LaTeX between dollars: MathML, checked by the
            // lesson sanitizer like any formula.
            if let Some(m) = get("text/latex").and_then(|l| latex_math(&l)) {
                let _ = write!(
                    html,
                    "<div class=\"nb-math\">{}</div>",
                    render::sanitize(&m)
                );
                return;
            }
            if let Some(p) = plain {
                let pre = format!("<pre class=\"nb-result\">{}</pre>", ansi_to_html(&p));
                scroll(html, slots, &pre);
                return;
            }
            if let Some(md) = get("text/markdown") {
                let r = render::render(&md, 1, "notebook", &NoLinks);
                let _ = write!(html, "<div class=\"nb-markdown\">{}</div>", r.html);
                return;
            }
            if let Some(h) = get("text/html") {
                let _ = write!(html, "<div class=\"nb-html\">{}</div>", sanitize_table(&h));
            }
            // Anything else (JavaScript, widgets without a text version) is not shown.
        }
        _ => {}
    }
}

/// A `text/latex` output that is one formula (`$…$` or `$$…$$`) as MathML; None for other
/// LaTeX (tables, documents), which is shown as its text version.
fn latex_math(latex: &str) -> Option<String> {
    let t = latex.trim();
    let inner = t
        .strip_prefix("$$")
        .and_then(|x| x.strip_suffix("$$"))
        .or_else(|| t.strip_prefix('$').and_then(|x| x.strip_suffix('$')))?;
    let inner = inner.trim().trim_start_matches("\\displaystyle").trim();
    let (m, ok) = crate::courses::math::to_mathml(inner, true);
    ok.then_some(m)
}

/// Tables (pandas' `DataFrame` output) and plain text markup; no attribute survives.
fn sanitize_table(h: &str) -> String {
    ammonia::Builder::empty()
        .add_tags([
            "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "p", "br", "b", "i",
            "em", "strong", "code", "pre", "span", "div",
        ])
        .clean(h)
        .to_string()
}

/// Text with ANSI escape sequences (IPython tracebacks) as HTML: the colour codes become
/// `ansi-<colour>` classes, bold becomes `ansi-bold`, every other sequence is dropped.
pub fn ansi_to_html(text: &str) -> String {
    const NAMES: [&str; 8] = [
        "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
    ];
    let mut out = String::with_capacity(text.len());
    let mut open = false;
    let mut fg: Option<&str> = None;
    let mut bold = false;
    let mut chars = text.chars().peekable();
    let mut pending = String::new();
    let flush =
        |out: &mut String, pending: &mut String, open: &mut bool, fg: Option<&str>, bold: bool| {
            if pending.is_empty() {
                return;
            }
            let mut classes = vec![];
            if let Some(c) = fg {
                classes.push(format!("ansi-{c}"));
            }
            if bold {
                classes.push("ansi-bold".into());
            }
            if !classes.is_empty() {
                let _ = write!(out, "<span class=\"{}\">", classes.join(" "));
                *open = true;
            }
            out.push_str(&escape(pending));
            if *open {
                out.push_str("</span>");
                *open = false;
            }
            pending.clear();
        };
    while let Some(c) = chars.next() {
        if c != '\u{1b}' {
            pending.push(c);
            continue;
        }
        flush(&mut out, &mut pending, &mut open, fg, bold);
        if chars.peek() != Some(&'[') {
            // A lone ESC or another kind of sequence: drop the ESC and the next character.
            chars.next();
            continue;
        }
        chars.next();
        let mut params = String::new();
        let mut last = None;
        for c in chars.by_ref() {
            if c.is_ascii_digit() || c == ';' {
                params.push(c);
            } else {
                last = Some(c);
                break;
            }
        }
        if last != Some('m') {
            continue;
        }
        let codes: Vec<u32> = params.split(';').map(|p| p.parse().unwrap_or(0)).collect();
        for code in codes {
            match code {
                0 => {
                    fg = None;
                    bold = false;
                }
                1 => bold = true,
                22 => bold = false,
                39 => fg = None,
                30..=37 => fg = Some(NAMES[(code - 30) as usize]),
                90..=97 => fg = Some(NAMES[(code - 90) as usize]),
                _ => {}
            }
        }
    }
    flush(&mut out, &mut pending, &mut open, fg, bold);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels() -> Labels {
        Labels {
            image: "image".into(),
            output: "output".into(),
        }
    }

    #[test]
    fn only_nbformat_4_json_within_the_limit_passes() {
        let ok = br#"{"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": []}"#;
        assert!(validate(ok, 1000).is_ok());
        assert_eq!(
            validate(ok, 10),
            Err(Invalid::TooLarge {
                bytes: ok.len(),
                max: 10
            })
        );
        assert_eq!(
            validate(b"{\n  \"nbformat\": 4,\n  \"cells\": [,]\n}", 1000),
            Err(Invalid::NotJson {
                line: 3,
                column: 13
            })
        );
        assert_eq!(
            validate(br#"{"nbformat": 3, "worksheets": []}"#, 1000),
            Err(Invalid::Version { found: "3".into() })
        );
        assert_eq!(validate(b"[1, 2]", 1000), Err(Invalid::NotNotebook));
        assert_eq!(validate(b"  \n", 1000), Err(Invalid::Empty));
        assert_eq!(
            validate(
                br#"{"nbformat": 4, "cells": [{"cell_type": "code", "source": ""}, {"cell_type": "widget", "source": ""}]}"#,
                1000
            ),
            Err(Invalid::Cell { number: 2 })
        );
    }

    #[test]
    fn scripts_and_html_outputs_are_never_markup() {
        let nb = serde_json::json!({
            "nbformat": 4, "nbformat_minor": 5, "metadata": {},
            "cells": [
                {"cell_type": "markdown", "source": ["# Title\n", "<script>alert(1)</script> *ok*"]},
                {"cell_type": "code", "execution_count": 3, "source": "print('<b>')", "outputs": [
                    {"output_type": "display_data", "data": {"application/javascript": "alert(2)", "text/plain": "<IPython.core.display.Javascript object>"}},
                    {"output_type": "display_data", "data": {"text/html": "<script>alert(3)</script><img src=x onerror=alert(4)>"}},
                    {"output_type": "execute_result", "data": {"text/html": "<table onclick=\"x()\"><tr><td style=\"color:red\">1</td></tr></table><script>alert(5)</script>", "text/plain": "   a\n0  1"}},
                    {"output_type": "display_data", "data": {"application/vnd.jupyter.widget-view+json": {"model_id": "abc"}, "text/plain": "IntSlider(value=3)"}},
                    {"output_type": "display_data", "data": {"image/svg+xml": "<svg onload=alert(6)></svg>", "image/png": "iVBORw0KGgo=\n", "text/plain": "<Figure>"}}
                ]}
            ]
        });
        let html = render(&nb, &labels());
        for bad in [
            "<script", "onerror", "onclick", "onload", "style=", "alert(2)",
        ] {
            assert!(!html.contains(bad), "{bad} in {html}");
        }
        assert!(html.contains("<h1 id=\"title\">Title</h1>"));
        assert!(html.contains("print(&#39;&lt;b&gt;&#39;)"));
        assert!(html.contains("<table>") && html.contains("<td>1</td>"));
        assert!(html.contains("IntSlider(value=3)"));
        assert!(html.contains("src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"&lt;Figure&gt;\""));
    }

    #[test]
    fn too_large_states_exact_sizes_in_the_readers_locale() {
        let e = Invalid::TooLarge {
            bytes: 8_483_123,
            max: 8 * 1024 * 1024,
        };
        let args = |l| {
            Invalid::TooLarge {
                bytes: 8_483_123,
                max: 8 * 1024 * 1024,
            }
            .into_error_in(l)
            .args()
        };
        assert_eq!(
            e.into_error().args(),
            vec![
                ("size", "8.48".to_string()),
                ("size_bytes", "8,483,123".to_string()),
                ("max", "8.39".to_string()),
                ("max_bytes", "8,388,608".to_string())
            ]
        );
        assert_eq!(args(Locale::Es)[0].1, "8,48");
        assert_eq!(args(Locale::Pt)[1].1, "8.483.123");
    }

    #[test]
    fn ansi_colours_become_classes_and_nothing_else_leaks() {
        let tb = "\u{1b}[0;31mZeroDivisionError\u{1b}[0m: division by <zero>\u{1b}[1;32m ok\u{1b}[0m\u{1b}[2K";
        let html = ansi_to_html(tb);
        assert_eq!(
            html,
            "<span class=\"ansi-red\">ZeroDivisionError</span>: division by &lt;zero&gt;<span class=\"ansi-green ansi-bold\"> ok</span>"
        );
        assert!(!html.contains('\u{1b}'));
    }
}
