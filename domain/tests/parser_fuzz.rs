//! Property test of the parsers of untrusted text, run briefly with the test suite: the lesson
//! renderer and the notebook validator/renderer take arbitrary input (random mixes of the
//! syntax they know, broken on purpose) without panicking, and nothing they output carries a
//! script, an event handler or raw syntax the sanitizer should have removed. A fixed seed per
//! run keeps failures reproducible; FUZZ_CASES raises the count for a longer run.
use domain::courses::render::{self, Links};
use domain::grading::notebook;

#[path = "support/rng.rs"]
mod rng;
use rng::Rng;

const FRAGMENTS: &[&str] = &[
    "*",
    "_",
    "**",
    "`",
    "```",
    "~~~",
    ":::",
    "::::",
    "{note}",
    "{dropdown}",
    "{figure}",
    "{math}",
    "{exercise}",
    "{grid-item-card}",
    "{tab-item}",
    "{glossary}",
    "{toctree}",
    "{ref}",
    "{term}",
    "{doc}",
    "(label)=",
    "^^^",
    "+++",
    ":class: dropdown",
    ":alt: x",
    ":name: n",
    "---",
    "$",
    "$$",
    "\\frac{",
    "}",
    "{",
    "\\",
    "[",
    "]",
    "(",
    ")",
    "![",
    "](",
    "<script>",
    "<img src=x onerror=alert(1)>",
    "javascript:alert(1)",
    "<details open>",
    "<math>",
    "- [ ]",
    "- [x]",
    "> ",
    "# ",
    "| a |",
    "|---|",
    "[^1]",
    "\n",
    "\n\n",
    "  ",
    "\t",
    "é",
    "\u{0}",
    "\u{202e}",
    "&amp;",
    "&#x3c;",
    "word ",
    "1. ",
    "<!--",
    "-->",
];

fn random_text(rng: &mut Rng, max_parts: usize) -> String {
    let n = rng.below(max_parts) + 1;
    (0..n)
        .map(|_| FRAGMENTS[rng.below(FRAGMENTS.len())])
        .collect()
}

struct World;
impl Links for World {
    fn lesson_exists(&self, _: &str, lesson: &str) -> bool {
        lesson.len().is_multiple_of(2)
    }
    fn image_exists(&self, _: &str, _: &str) -> bool {
        true
    }
    fn admonition_title(&self, kind: &str) -> String {
        kind.into()
    }
}

fn cases() -> usize {
    std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(400)
}

/// The attributes of a serialized tag (`name="value"`; values are always double-quoted).
fn attributes(tag: &str) -> Vec<(String, String)> {
    let mut out = vec![];
    let mut rest = tag.split_once(' ').map_or("", |(_, r)| r);
    while let Some(eq) = rest.find('=') {
        let name = rest[..eq].trim().to_owned();
        let after = &rest[eq + 1..];
        let Some(v) = after.strip_prefix('"') else {
            break;
        };
        let end = v.find('"').unwrap_or(v.len());
        out.push((name, v[..end].to_owned()));
        rest = v.get(end + 1..).unwrap_or("");
    }
    out
}

/// Inside the markup (not the text, where `&lt;script&gt;` is harmless) nothing may run.
fn assert_safe(html: &str, input: &str) {
    let lower = html.to_lowercase();
    let mut rest = lower.as_str();
    while let Some(start) = rest.find('<') {
        // Attribute values never hold a raw `>` (it is escaped), so the tag ends at the next.
        let end = rest[start..].find('>').map_or(rest.len(), |e| start + e);
        let tag = &rest[start + 1..end];
        rest = &rest[end..];
        let name = tag
            .trim_start_matches('/')
            .split([' ', '/'])
            .next()
            .unwrap_or("");
        assert!(
            !matches!(
                name,
                "script" | "style" | "iframe" | "object" | "embed" | "svg" | "input"
            ) && !name.starts_with("!--"),
            "<{tag}> in {html:?} from {input:?}"
        );
        for (attr, value) in attributes(tag) {
            assert!(
                !attr.starts_with("on") && attr != "style",
                "{attr} in <{tag}> from {input:?}"
            );
            if attr == "href" || attr == "src" {
                assert!(
                    !value.trim().starts_with("javascript:")
                        && !value.trim().starts_with("data:text"),
                    "{value} in <{tag}> from {input:?}"
                );
            }
        }
    }
}

#[test]
fn the_lesson_renderer_takes_any_text() {
    let mut rng = Rng(0x5eed_1e55_0000_0001);
    for _ in 0..cases() {
        let text = random_text(&mut rng, 120);
        let r = render::render(&text, 1, "c", &World);
        assert_safe(&r.html, &text);
        for p in &r.problems {
            assert!(p.line >= 1, "{p:?} from {text:?}");
        }
    }
}

#[test]
fn the_notebook_validator_and_renderer_take_any_bytes() {
    let mut rng = Rng(0x5eed_0000_0000_0002);
    let kinds = ["markdown", "code", "raw", "widget"];
    let outputs = [
        r#"{"output_type": "stream", "name": "stdout", "text": TEXT}"#,
        r#"{"output_type": "error", "ename": "E", "evalue": TEXT, "traceback": [TEXT]}"#,
        r#"{"output_type": "display_data", "data": {"text/html": TEXT, "text/plain": TEXT}}"#,
        r#"{"output_type": "execute_result", "data": {"text/markdown": TEXT, "image/png": TEXT}}"#,
        r#"{"output_type": 7}"#,
        r#"[]"#,
    ];
    for case in 0..cases() {
        let mut cells = vec![];
        for _ in 0..rng.below(4) {
            let text = serde_json::to_string(&random_text(&mut rng, 30)).unwrap();
            let outs: Vec<String> = (0..rng.below(3))
                .map(|_| outputs[rng.below(outputs.len())].replace("TEXT", &text))
                .collect();
            cells.push(format!(
                r#"{{"cell_type": "{}", "source": {text}, "outputs": [{}]}}"#,
                kinds[rng.below(kinds.len())],
                outs.join(",")
            ));
        }
        let mut nb = format!(
            r#"{{"nbformat": 4, "metadata": {{}}, "cells": [{}]}}"#,
            cells.join(",")
        );
        // Every few cases, break the JSON somewhere.
        if case.is_multiple_of(5) && !nb.is_empty() {
            let cut = rng.below(nb.len());
            while !nb.is_char_boundary(cut.min(nb.len())) {
                nb.pop();
            }
            nb.truncate(cut.min(nb.len()));
        }
        if let Ok(v) = notebook::validate(nb.as_bytes(), 1 << 20) {
            let html = notebook::render_for_storage(&v);
            assert_safe(&html, &nb);
        }
    }
}
