//! Real notebooks from public repositories (domain/tests/fixtures/notebooks, see SOURCES):
//! plots, tracebacks, HTML tables, widget state, math. Each validates and renders for the
//! mentor with nothing that runs, text outputs unwrapped in a keyboard-reachable scroll
//! region, and math in Markdown cells as MathML (not emphasis).
use domain::grading::notebook::{self, Labels};
use std::path::Path;

fn labels() -> Labels {
    Labels {
        image: "Image".into(),
        output: "Output".into(),
    }
}

#[test]
fn real_notebooks_render_safely_and_readably() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/notebooks");
    let mut seen = 0;
    let (mut math, mut errors, mut images, mut tables) = (0, 0, 0, 0);
    for e in std::fs::read_dir(&dir).unwrap().flatten() {
        let path = e.path();
        if path.extension().is_none_or(|x| x != "ipynb") {
            continue;
        }
        seen += 1;
        let bytes = std::fs::read(&path).unwrap();
        let nb = notebook::validate(&bytes, domain::grading::NOTEBOOK_MAX_BYTES)
            .unwrap_or_else(|e| panic!("{}: {e:?}", path.display()));
        let stored = notebook::render_for_storage(&nb);
        let html = notebook::localize(&stored, &labels());
        assert_eq!(html, notebook::render(&nb, &labels()), "{}", path.display());
        let lower = html.to_lowercase();
        for bad in [
            "<script",
            "<iframe",
            "<svg",
            "<style",
            " onload=",
            " onerror=",
            " onclick=",
            "javascript:",
            "<nb-",
        ] {
            assert!(!lower.contains(bad), "{}: {bad}", path.display());
        }
        // Every text output sits in a named, focusable region that scrolls sideways.
        let pres = [
            "<pre class=\"nb-stream",
            "<pre class=\"nb-error",
            "<pre class=\"nb-result",
        ]
        .iter()
        .map(|p| html.matches(p).count())
        .sum::<usize>();
        let regions = html
            .matches("<div class=\"nb-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Output\"><pre")
            .count();
        assert_eq!(pres, regions, "{}", path.display());
        math += html.matches("<math").count();
        errors += html.matches("class=\"nb-error\"").count();
        images += html.matches("<img class=\"nb-image\"").count();
        tables +=
            html.matches("<div class=\"nb-html\">").count() * usize::from(html.contains("<table>"));
    }
    assert!(seen >= 10, "{seen} notebooks");
    assert!(
        math > 0 && errors > 0 && images > 0 && tables > 0,
        "math {math}, tracebacks {errors}, images {images}, tables {tables}"
    );
}

#[test]
fn math_in_markdown_cells_is_mathml_not_emphasis() {
    let nb = serde_json::json!({"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": "Energy $E_k = m_1 * v_1^2 / 2$ and\n\n$$\\sum_{i=1}^n x_i * y_i$$\n"}
    ]});
    let html = notebook::render(&nb, &labels());
    assert_eq!(html.matches("<math").count(), 2, "{html}");
    assert!(!html.contains("<em>") && !html.contains('$'), "{html}");
}
