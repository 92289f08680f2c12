//! Cost of every parser of untrusted input against adversarial inputs of 10 KiB, 100 KiB and
//! 1 MiB: prints the time per size and the ratio for each 10× step (goal: at most ~12×, i.e.
//! linear with some noise; a quadratic step shows as ~100×). Run: `bench/parsers.sh`.
//!
//! To add a parser, add rows to `cases()`: a name, a generator making an input of about `n`
//! bytes, and the function that parses it (returning anything, e.g. a length).
use domain::courses::render::{self, Links};
use domain::grading::notebook;
use serde_json::json;
use std::time::{Duration, Instant};

#[path = "parsers/more.rs"]
mod more;

const SIZES: [usize; 3] = [10 * 1024, 100 * 1024, 1024 * 1024];
/// The largest acceptable time ratio for a 10× larger input ("about 12×": a shared machine
/// adds noise, so a step is flagged only past 15×; a quadratic step is ~100×).
const GOAL: f64 = 12.0;
const FLAG: f64 = 15.0;

struct Case {
    name: &'static str,
    make: fn(usize) -> String,
    parse: fn(&str) -> usize,
}

/// `unit` repeated to about `n` bytes.
fn fill(unit: &str, n: usize) -> String {
    unit.repeat(n / unit.len().max(1) + 1)[..]
        .chars()
        .take(n)
        .collect()
}

struct NoLinks;
impl Links for NoLinks {
    fn lesson_exists(&self, _: &str, _: &str) -> bool {
        true
    }
    fn image_exists(&self, _: &str, _: &str) -> bool {
        true
    }
    fn admonition_title(&self, kind: &str) -> String {
        kind.into()
    }
}

/// A lesson is capped at `render::MAX_BYTES`: bigger Markdown is split into lessons (or
/// notebook cells) of at most that size, as a course or a notebook would carry it.
fn markdown(text: &str) -> usize {
    let mut total = 0;
    let mut rest = text;
    while !rest.is_empty() {
        let mut cut = rest.len().min(render::MAX_BYTES);
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        total += render::render(&rest[..cut], 1, "c", &NoLinks).html.len();
        rest = &rest[cut..];
    }
    total
}

fn notebook_of(cells: Vec<serde_json::Value>) -> String {
    json!({"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": cells}).to_string()
}

fn notebook(text: &str) -> usize {
    match notebook::validate(text.as_bytes(), usize::MAX) {
        Ok(nb) => notebook::render_for_storage(&nb).len(),
        Err(_) => 0,
    }
}

/// Cells of about 1 KiB so a notebook of `n` bytes has n/1000 of them.
fn cells(n: usize, cell: impl Fn(usize) -> serde_json::Value) -> String {
    notebook_of((0..n / 1000 + 1).map(cell).collect())
}

fn cases() -> Vec<Case> {
    let mut all = markdown_and_notebooks();
    all.extend(more::cases());
    all
}

fn markdown_and_notebooks() -> Vec<Case> {
    vec![
        Case {
            name: "markdown: emphasis delimiters",
            make: |n| fill("*a _b* c_ **d __e** f__ ", n),
            parse: markdown,
        },
        Case {
            name: "markdown: unclosed brackets and links",
            make: |n| fill("[a [b](c [d](e ![f](g ", n),
            parse: markdown,
        },
        Case {
            name: "markdown: deep nesting",
            make: |n| fill(&format!("{}- item\n", "> ".repeat(40)), n),
            parse: markdown,
        },
        Case {
            name: "markdown: many lines with events",
            make: |n| fill("*a* `b` [c](#d) $x_1$\n", n),
            parse: markdown,
        },
        Case {
            name: "markdown: unclosed directives",
            make: |n| fill(":::{note}\nx\n", n),
            parse: markdown,
        },
        Case {
            name: "markdown: nested directives",
            make: |n| {
                let one = "::::::::{note}\n:::::::{tip}\n::::::{dropdown} d\n:::::{card} c\n::::{tab-item} t\n:::{math}\nx^2\n:::\n::::\n:::::\n::::::\n:::::::\n::::::::\n";
                fill(one, n)
            },
            parse: markdown,
        },
        Case {
            name: "markdown: equal headings",
            make: |n| fill("# Same\n\n", n),
            parse: markdown,
        },
        Case {
            name: "markdown: roles",
            make: |n| fill("{ref}`a <b>` {term}`c` {math}`\\frac{1}{2}` ", n),
            parse: markdown,
        },
        Case {
            name: "notebook: one huge Markdown cell",
            make: |n| {
                notebook_of(vec![
                    json!({"cell_type": "markdown", "metadata": {}, "source": fill("*a _b* c_ ", n)}),
                ])
            },
            parse: notebook,
        },
        Case {
            name: "notebook: many Markdown cells",
            make: |n| {
                cells(
                    n,
                    |i| json!({"cell_type": "markdown", "metadata": {}, "source": fill(&format!("# H{i}\n*a _b* $x$ "), 900)}),
                )
            },
            parse: notebook,
        },
        Case {
            name: "notebook: many outputs",
            make: |n| {
                cells(n, |i| {
                    json!({"cell_type": "code", "execution_count": i, "metadata": {}, "source": "x",
                "outputs": (0..8).map(|_| json!({"output_type": "stream", "name": "stdout", "text": fill("\u{1b}[31m<b>&\n", 100)})).collect::<Vec<_>>()})
                })
            },
            parse: notebook,
        },
        Case {
            name: "notebook: HTML tables",
            make: |n| {
                cells(n, |i| {
                    json!({"cell_type": "code", "execution_count": i, "metadata": {}, "source": "df",
                "outputs": [{"output_type": "execute_result", "metadata": {}, "data": {"text/html": fill("<table><tr><td onclick=x>1</td></tr>", 900)}}]})
                })
            },
            parse: notebook,
        },
        Case {
            name: "notebook: deeply nested JSON",
            make: |n| {
                format!(
                    "{{\"nbformat\": 4, \"cells\": [], \"metadata\": {}{}}}",
                    "[".repeat(n / 2),
                    "]".repeat(n / 2)
                )
            },
            parse: notebook,
        },
    ]
}

/// The best of several runs, taking at least ~0.3 s in all.
fn time(input: &str, parse: fn(&str) -> usize) -> Duration {
    let mut best = Duration::MAX;
    let start = Instant::now();
    let mut runs = 0;
    while runs < 3 || (start.elapsed() < Duration::from_millis(300) && runs < 50) {
        let t = Instant::now();
        std::hint::black_box(parse(std::hint::black_box(input)));
        best = best.min(t.elapsed());
        runs += 1;
    }
    best
}

fn main() {
    let filter = std::env::args().nth(1).filter(|a| !a.starts_with('-'));
    let mut worst: f64 = 0.0;
    println!(
        "{:<40} {:>10} {:>10} {:>10} {:>8} {:>8}",
        "parser: input", "10 KiB", "100 KiB", "1 MiB", "×10", "×100"
    );
    for case in cases() {
        if filter.as_deref().is_some_and(|f| !case.name.contains(f)) {
            continue;
        }
        let times: Vec<Duration> = SIZES
            .iter()
            .map(|n| time(&(case.make)(*n), case.parse))
            .collect();
        let ms = |d: Duration| d.as_secs_f64() * 1e3;
        let r1 = times[1].as_secs_f64() / times[0].as_secs_f64().max(1e-9);
        let r2 = times[2].as_secs_f64() / times[1].as_secs_f64().max(1e-9);
        worst = worst.max(r1).max(r2);
        println!(
            "{:<40} {:>8.2}ms {:>8.2}ms {:>8.2}ms {:>7.1}× {:>7.1}×{}",
            case.name,
            ms(times[0]),
            ms(times[1]),
            ms(times[2]),
            r1,
            r2,
            if r1.max(r2) > FLAG {
                "  over the goal"
            } else {
                ""
            }
        );
    }
    println!("worst 10× step: {worst:.1}× (goal ≤ {GOAL}×)");
    if worst > FLAG && std::env::var_os("BENCH_STRICT").is_some() {
        std::process::exit(1);
    }
}
