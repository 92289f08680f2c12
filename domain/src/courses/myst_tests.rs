//! Tests of the MyST / Jupyter Book directives and roles: each renders as plain HTML with no
//! raw syntax left, warnings (not errors) for what is dropped or unknown.
use super::*;

struct World;
impl Links for World {
    fn lesson_exists(&self, course: &str, lesson: &str) -> bool {
        course == "c" && lesson == "02-b"
    }
    fn image_exists(&self, _course: &str, file: &str) -> bool {
        file == "hub.png"
    }
    fn admonition_title(&self, kind: &str) -> String {
        format!("T:{kind}")
    }
}

fn html(md: &str) -> Rendered {
    render(md, 1, "c", &World)
}

fn errors(r: &Rendered) -> Vec<&Problem> {
    r.problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .collect()
}

#[test]
fn every_admonition_kind_and_dropdowns_without_javascript() {
    for kind in ADMONITIONS {
        let r = html(&format!("```{{{kind}}} Title\nBody.\n```\n"));
        assert!(errors(&r).is_empty(), "{kind}: {:?}", r.problems);
        assert!(
            r.html.contains(&format!("class=\"admonition {kind}\"")),
            "{}",
            r.html
        );
    }
    let r = html(":::{dropdown} More\n:open:\nHidden *text*.\n:::\n");
    assert!(
        r.html.contains("<details class=\"dropdown\" open=\"\"><summary>More</summary><p>Hidden <em>text</em>.</p>"),
        "{}",
        r.html
    );
}

#[test]
fn figures_images_buttons_grids_cards_and_tabs() {
    let md = "```{figure} ../images/hub.png\n:alt: A hub\n:name: fig-hub\n\nThe *hub*.\n```\n\n```{image} ../images/hub.png\n:alt: Again\n```\n\n```{button-link} https://example.org\nGo there\n```\n\n````{grid} 2\n```{grid-item-card} Card title\n:link: https://example.org/c\nHeader\n^^^\nBody text\n+++\nFooter\n```\n````\n\n::::{tab-set}\n:::{tab-item} Python\nPy\n:::\n:::{tab-item} R\nR\n:::\n::::\n\nSee {numref}`fig-hub`.\n";
    let r = html(md);
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    let h = &r.html;
    assert!(h.contains("<figure class=\"figure\" id=\"fig-hub\"><img src=\"/courses/c/images/hub.png\" alt=\"A hub\"><figcaption><p>The <em>hub</em>.</p>"), "{h}");
    assert!(
        h.contains("<p><img src=\"/courses/c/images/hub.png\" alt=\"Again\"></p>"),
        "{h}"
    );
    assert!(h.contains("<a class=\"button\" href=\"https://example.org\" rel=\"noopener noreferrer\">Go there</a>"), "{h}");
    assert!(
        h.contains("<div class=\"card-body\"><p>Body text</p>"),
        "{h}"
    );
    assert!(h.contains("<div class=\"grid\"><div class=\"card\"><p class=\"card-title\"><strong><a href=\"https://example.org/c\""), "{h}");
    assert!(
        h.contains("<div class=\"card-header\"><p>Header</p>")
            && h.contains("<div class=\"card-footer\"><p>Footer</p>"),
        "{h}"
    );
    assert!(h.contains("<section class=\"tab-item\"><p class=\"tab-title\"><strong>Python</strong></p><p>Py</p>"), "{h}");
    assert!(
        h.contains("<a href=\"#fig-hub\" rel=\"noopener noreferrer\">fig-hub</a>"),
        "{h}"
    );
    for raw in [":::", "```", "{", "^^^", "+++"] {
        assert!(!h.contains(raw), "{raw} in {h}");
    }
}

#[test]
fn code_blocks_with_captions_and_math_as_mathml() {
    let md = "```{code-block} python\n:caption: A *loop*\n:linenos:\nfor i in x: print(i < 2)\n```\n\n```{math}\n:label: eq-sum\n\\sum_i a_i\n```\n\nInline $a_1 * b_2 * c$ and {math}`x^2`, then\n\n$$\n\\frac{1}{2}\n$$\n";
    let r = html(md);
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    let h = &r.html;
    assert!(h.contains("<figure class=\"code-block\"><figcaption>A <em>loop</em></figcaption><pre><code class=\"language-python\">for i in x: print(i &lt; 2)"), "{h}");
    assert!(
        h.contains("<div class=\"math\" id=\"eq-sum\"><math display=\"block\">"),
        "{h}"
    );
    // Math is not emphasis: the underscores and stars stay inside the formula.
    assert_eq!(h.matches("<em>").count(), 1, "only the caption's: {h}");
    assert_eq!(h.matches("<math").count(), 4, "{h}");
    assert!(h.contains("<mfrac>"), "{h}");
    assert!(!h.contains('$'), "{h}");
}

#[test]
fn toctrees_are_dropped_targets_roles_and_glossaries_link() {
    let md = "(intro)=\n# Intro\n\n```{toctree}\n:maxdepth: 2\nother\n```\n\nBack to {ref}`the start <intro>`, on to {doc}`next <02-b>`, read {term}`Kernel`, \
              press {kbd}`Ctrl`, see {ref}`nowhere`.\n\n```{glossary}\nKernel\n  The process that runs *code*.\n\nHub\n  Many servers.\n```\n";
    let r = html(md);
    assert!(errors(&r).is_empty(), "{:?}", r.problems);
    let warnings: Vec<(usize, &str)> = r
        .problems
        .iter()
        .map(|p| (p.line, p.message.as_str()))
        .collect();
    assert_eq!(warnings.len(), 2, "{warnings:?}");
    assert!(
        warnings[0].0 == 4 && warnings[0].1.contains("toctree"),
        "{warnings:?}"
    );
    assert!(
        warnings[1].0 == 9 && warnings[1].1.contains("nowhere"),
        "{warnings:?}"
    );
    let h = &r.html;
    assert!(
        h.contains("<span class=\"target\" id=\"intro\"></span>"),
        "{h}"
    );
    // The target and the heading after it do not share an id.
    assert!(h.contains("<h1 id=\"intro-2\">Intro</h1>"), "{h}");
    let rel = "rel=\"noopener noreferrer\"";
    assert!(
        h.contains(&format!("<a href=\"#intro\" {rel}>the start</a>")),
        "{h}"
    );
    assert!(
        h.contains(&format!("<a href=\"/courses/c/02-b\" {rel}>next</a>")),
        "{h}"
    );
    assert!(
        h.contains(&format!("<a href=\"#term-kernel\" {rel}>Kernel</a>")),
        "{h}"
    );
    assert!(h.contains("<kbd>Ctrl</kbd>"), "{h}");
    assert!(h.contains("<dl class=\"glossary\"><dt id=\"term-kernel\">Kernel</dt><dd><p>The process that runs <em>code</em>.</p>"), "{h}");
    assert!(!h.contains("maxdepth") && !h.contains("(intro)="), "{h}");
}

#[test]
fn new_tags_carry_nothing_but_their_allowed_attributes() {
    let out = sanitize("<details open ontoggle=\"x()\" style=\"a\"><summary onclick=\"y()\">s</summary></details><math display=\"block\" href=\"javascript:z()\"><mi mathvariant=\"normal\" style=\"x\" onclick=\"q()\">x</mi><maction actiontype=\"statusline\">a</maction></math><span role=\"button\" aria-label=\"ok\" onclick=\"w()\">t</span><svg><script>alert(1)</script></svg><mi>outside</mi>");
    assert_eq!(out, "<details open=\"\"><summary>s</summary></details><math display=\"block\"><mi mathvariant=\"normal\">x</mi>a</math><span aria-label=\"ok\">t</span>");
}
