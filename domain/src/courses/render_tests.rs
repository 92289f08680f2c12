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
    assert!(
        r.problems
            .iter()
            .filter(|p| p.severity == Severity::Error)
            .count()
            >= 3,
        "{:?}",
        r.problems
    );
}

#[test]
fn admonitions_in_both_forms_with_titles_and_classes() {
    let r = html(":::{tip} Save *often*\nPress **Ctrl+S**.\n:::\n\n```{warning}\n:class: dropdown\nStop the server.\n```\n");
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    assert!(r.html.contains("<div class=\"admonition tip\" role=\"note\"><p class=\"admonition-title\">Save <em>often</em></p><p>Press <strong>Ctrl+S</strong>.</p>"), "{}", r.html);
    assert!(r.html.contains("<div class=\"admonition warning dropdown\" role=\"note\"><p class=\"admonition-title\">T:warning</p><p>Stop the server.</p>"), "{}", r.html);
}

#[test]
fn unknown_directives_are_reported_and_shown_as_text() {
    let r = html("Intro\n\n:::{figure} x.png\nCaption\n:::\n");
    assert_eq!(r.problems.len(), 1);
    assert_eq!(r.problems[0].line, 7);
    assert!(r.html.contains(":::{figure} x.png"), "{}", r.html);
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
    assert!(h.contains("type=\"checkbox\""), "{h}");
    assert!(
        h.contains("<code class=\"language-python\">print(1)"),
        "{h}"
    );
}
