//! Tests of the lesson renderer: sanitization, admonitions, links, Markdown extensions.
use super::*;

struct World;
impl Links for World {
    fn lesson_exists(&self, course: &str, lesson: &str) -> bool {
        course == "c" && ["01-a", "02-b"].contains(&lesson) || course == "other" && lesson == "01-x"
    }
    fn image_exists(&self, _course: &str, file: &str) -> bool {
        file == "hub.svg"
    }
    fn admonition_title(&self, kind: &str) -> String {
        format!("T:{kind}")
    }
}

fn html(md: &str) -> Rendered {
    render(md, 5, "c", &World)
}

#[test]
fn scripts_handlers_and_javascript_links_never_reach_the_page() {
    let r = html("Hi <script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[click](javascript:alert(1)) [ok](https://example.org)\n\n<a href=\"#\" onclick=\"x()\">a</a>\n");
    let out = r.html.to_lowercase();
    for bad in [
        "<script",
        "onerror",
        "javascript:",
        "onclick",
        "<img src=\"x",
    ] {
        assert!(!out.contains(bad), "{bad} in {out}");
    }
    assert!(out.contains("href=\"https://example.org\""));
    // Raw HTML is removed with a warning; a javascript: link is an error.
    assert!(r.problems.len() >= 3, "{:?}", r.problems);
    assert!(
        r.problems
            .iter()
            .any(|p| p.severity == Severity::Error && p.message.contains("javascript:")),
        "{:?}",
        r.problems
    );
}

#[test]
fn admonitions_in_both_forms_with_titles_and_classes() {
    let r = html(":::{tip} Save *often*\nPress **Ctrl+S**.\n:::\n\n```{warning}\n:class: dropdown\nStop the server.\n```\n");
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    assert!(r.html.contains("<div class=\"admonition tip\" role=\"note\"><p class=\"admonition-title\">Save <em>often</em></p><p>Press <strong>Ctrl+S</strong>.</p>"), "{}", r.html);
    // A dropdown admonition opens and closes without JavaScript.
    assert!(r.html.contains("<details class=\"admonition warning dropdown\"><summary class=\"admonition-title\">T:warning</summary><p>Stop the server.</p>"), "{}", r.html);
}

#[test]
fn unknown_directives_are_a_warning_and_their_body_is_shown_as_text() {
    let r = html("Intro\n\n:::{epigraphs} A *title*\n:option: x\nSome **words**.\n:::\n");
    assert_eq!(r.problems.len(), 1, "{:?}", r.problems);
    assert_eq!(
        (r.problems[0].line, r.problems[0].severity),
        (7, Severity::Warning)
    );
    assert!(!r.html.contains(":::"), "{}", r.html);
    assert!(!r.html.contains(":option:"), "{}", r.html);
    assert!(
        r.html.contains("<strong>A <em>title</em></strong>")
            && r.html.contains("<p>Some <strong>words</strong>.</p>"),
        "{}",
        r.html
    );
}

#[test]
fn links_and_images_are_rewritten_and_checked() {
    let r = html("[next](02-b.md#top) [other](../../other/en/01-x.md) [gone](03-z.md)\n\n![A hub](../images/hub.svg)\n\n![](../images/missing.png)\n");
    assert!(
        r.html.contains("href=\"/courses/c/02-b#top\""),
        "{}",
        r.html
    );
    assert!(
        r.html.contains("href=\"/courses/other/01-x\""),
        "{}",
        r.html
    );
    assert!(
        r.html.contains("src=\"/courses/c/images/hub.svg\""),
        "{}",
        r.html
    );
    let msgs: Vec<_> = r
        .problems
        .iter()
        .map(|p| (p.line, p.message.clone()))
        .collect();
    assert!(
        msgs.iter().any(|(l, m)| *l == 5 && m.contains("03-z")),
        "{msgs:?}"
    );
    assert!(
        msgs.iter().any(|(l, m)| *l == 9 && m.contains("alt text")),
        "{msgs:?}"
    );
    assert!(
        msgs.iter()
            .any(|(l, m)| *l == 9 && m.contains("missing.png")),
        "{msgs:?}"
    );
}

#[test]
fn markdown_extensions_and_code_languages() {
    let r = html("# Hello World\n\n## Hello World\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n~~old~~ and a note[^1]\n\n[^1]: The note.\n\n- [x] done\n\n```python\nprint(1)\n```\n\n```{note}\n```python\nx = 1\n```\n```\n");
    let h = &r.html;
    assert!(h.contains("<h1 id=\"hello-world\">Hello World</h1>"), "{h}");
    assert!(h.contains("<h2 id=\"hello-world-2\">"), "{h}");
    assert!(h.contains("<table>") && h.contains("<del>old</del>"), "{h}");
    assert!(h.contains("class=\"footnote-definition\""), "{h}");
    // A task's state is a named symbol, not a form field without a label (axe: label).
    assert!(!h.contains("<input"), "{h}");
    assert!(
        h.contains(
            "<span class=\"task\" role=\"img\" aria-label=\"lesson-task-done\">☑</span> done"
        ),
        "{h}"
    );
    assert!(
        h.contains("<code class=\"language-python\">print(1)"),
        "{h}"
    );
}

/// Rendering time of `gen(n)`, the best of three runs (the machine is shared).
fn best_time(text: &str) -> std::time::Duration {
    (0..3)
        .map(|_| {
            let t = std::time::Instant::now();
            std::hint::black_box(render(text, 1, "c", &World));
            t.elapsed()
        })
        .min()
        .unwrap()
}

/// Ten times the input must cost about ten times the time, not a hundred: the bound is
/// generous (40×) so a busy machine does not fail it, a quadratic step does.
fn assert_linear(name: &str, gen: impl Fn(usize) -> String, n: usize) {
    let small = gen(n);
    let big = gen(10 * n);
    assert!(
        big.len() <= MAX_BYTES,
        "{name}: keep the big case under the cap"
    );
    best_time(&small); // warm up
    let (ts, tb) = (best_time(&small), best_time(&big));
    let ratio = tb.as_secs_f64() / ts.as_secs_f64().max(1e-6);
    assert!(
        ratio < 40.0,
        "{name}: 10× input took {ratio:.0}× the time ({ts:?} → {tb:?})"
    );
}

#[test]
fn cost_is_linear_in_the_text() {
    // Many events per line: the line of each was found by counting newlines from the start.
    assert_linear(
        "inline events",
        |n| "*a* _b_ `c` [d](#e) **f**\n".repeat(n),
        400,
    );
    // Unclosed directives: each searched the rest of the text for its closing fence.
    assert_linear("unclosed directives", |n| ":::{note}\nx\n".repeat(n), 600);
    // Equal headings: each tried every earlier suffix before finding a free id.
    assert_linear("equal headings", |n| "# Same\n\n".repeat(n), 600);
}

#[test]
fn problems_keep_their_lines_across_runs_and_directives() {
    let r = html("a\n\n:::{note}\nb\n\n![](x.png)\n:::\n\nc\n\n![](y.png)\n");
    let lines: Vec<usize> = r
        .problems
        .iter()
        .filter(|p| p.message.starts_with("image without alt"))
        .map(|p| p.line)
        .collect();
    assert_eq!(lines, [10, 15]);
}

#[test]
fn text_over_the_cap_is_shown_as_text_without_parsing() {
    let big = format!("<script>x</script> *a*\n{}", "b".repeat(MAX_BYTES));
    let r = html(&big);
    assert!(r
        .html
        .starts_with("<pre class=\"too-large\">&lt;script&gt;x&lt;/script&gt; *a*"));
    assert_eq!(r.problems.len(), 1);
    assert_eq!(
        (r.problems[0].line, r.problems[0].severity),
        (5, Severity::Error)
    );
}

#[test]
fn directives_nest_at_most_max_depth_deep() {
    let depth = MAX_DEPTH + 3;
    let mut md = String::new();
    for d in 0..depth {
        md.push_str(&format!("{}{{note}}\n", ":".repeat(3 + depth - d)));
    }
    md.push_str("deep\n");
    for d in (0..depth).rev() {
        md.push_str(&format!("{}\n", ":".repeat(3 + depth - d)));
    }
    let r = html(&md);
    assert_eq!(r.html.matches("<div class=\"admonition").count(), MAX_DEPTH);
    assert!(r
        .problems
        .iter()
        .any(|p| p.message.contains("nested more than")));
}
