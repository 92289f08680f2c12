//! Rendering a 5 MB notebook of 200 cells for the grading page (validate + render), compared
//! in the same run with a baseline: parsing the same bytes with serde_json and writing them
//! back out, the least any server must do with such a file. Prints the median of several
//! runs of each and the ratio. Run: `cargo bench -p domain --bench notebook_render`.
use domain::grading::notebook;
use serde_json::json;
use std::time::{Duration, Instant};

/// 200 cells: Markdown, code with text output, pandas-like HTML tables, tracebacks with ANSI
/// colours and PNG plots (about 110 KB each), about 5 MB in all.
fn big_notebook() -> Vec<u8> {
    let png: String = "iVBORw0KGgoAAAANSUhEUgAA".repeat(5200);
    let table = format!(
        "<table class=\"dataframe\"><thead><tr><th>gene</th><th>count</th></tr></thead><tbody>{}</tbody></table>",
        (0..40).map(|i| format!("<tr><td>BRCA{i}</td><td>{}</td></tr>", i * 7)).collect::<String>()
    );
    let mut cells = vec![];
    for i in 0..200 {
        let cell = match i % 5 {
            0 => {
                json!({"cell_type": "markdown", "metadata": {}, "source": [format!("## Step {i}\n"), "We *count* reads per gene and plot them.\n", "- one\n- two\n"]})
            }
            1 => {
                json!({"cell_type": "code", "execution_count": i, "metadata": {}, "source": ["for g in genes:\n", "    print(g, counts[g])\n"],
                "outputs": [{"output_type": "stream", "name": "stdout", "text": (0..60).map(|j| format!("BRCA{j} {}\n", j * 3)).collect::<Vec<_>>()}]})
            }
            2 => {
                json!({"cell_type": "code", "execution_count": i, "metadata": {}, "source": "df.head(40)",
                "outputs": [{"output_type": "execute_result", "execution_count": i, "metadata": {}, "data": {"text/html": table, "text/plain": "gene count"}}]})
            }
            3 => json!({"cell_type": "code", "execution_count": i, "metadata": {}, "source": "1/0",
                "outputs": [{"output_type": "error", "ename": "ZeroDivisionError", "evalue": "division by zero",
                  "traceback": (0..12).map(|j| format!("\u{1b}[0;31mFrame {j}\u{1b}[0m in \u{1b}[1;32mmodule\u{1b}[0m: x = 1/0")).collect::<Vec<_>>()}]}),
            _ => {
                json!({"cell_type": "code", "execution_count": i, "metadata": {}, "source": "plt.plot(x, y)",
                "outputs": [{"output_type": "display_data", "metadata": {}, "data": {"image/png": png, "text/plain": "<Figure size 640x480>"}}]})
            }
        };
        cells.push(cell);
    }
    serde_json::to_vec(&json!({"nbformat": 4, "nbformat_minor": 5, "metadata": {"kernelspec": {"language": "python"}}, "cells": cells})).unwrap()
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn time(runs: usize, mut f: impl FnMut() -> usize) -> (Duration, usize) {
    let mut out = 0;
    let times = (0..runs)
        .map(|_| {
            let t = Instant::now();
            out = std::hint::black_box(f());
            t.elapsed()
        })
        .collect();
    (median(times), out)
}

fn main() {
    let bytes = big_notebook();
    let labels = notebook::Labels {
        image: "plot".into(),
        output: "output".into(),
    };
    let runs = 15;
    let (baseline, _) = time(runs, || {
        let v: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
        serde_json::to_vec(&v).unwrap().len()
    });
    let (render, html_len) = time(runs, || {
        let nb = notebook::validate(&bytes, usize::MAX).unwrap();
        notebook::render(&nb, &labels).len()
    });
    println!(
        "notebook: {:.1} MB, 200 cells; HTML out: {:.1} MB",
        bytes.len() as f64 / 1e6,
        html_len as f64 / 1e6
    );
    println!(
        "baseline (serde_json parse + write back), median of {runs}: {:.1} ms",
        baseline.as_secs_f64() * 1e3
    );
    println!(
        "validate + render for the grading page, median of {runs}: {:.1} ms",
        render.as_secs_f64() * 1e3
    );
    println!(
        "ratio render / baseline: {:.2}",
        render.as_secs_f64() / baseline.as_secs_f64()
    );
}
