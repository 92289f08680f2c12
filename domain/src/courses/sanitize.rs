//! The only HTML a lesson (or a notebook's Markdown) may contain: an explicit allow-list of
//! tags and, per tag, attributes; everything else (scripts, event handlers, styles, raw HTML,
//! `javascript:` links) is removed by ammonia. MathML is allowed only inside `<math>` (ammonia
//! checks the namespace), with its presentation attributes and nothing that carries a URL or
//! a style.
use std::collections::HashSet;

const HTML_TAGS: [&str; 46] = [
    "a",
    "p",
    "br",
    "hr",
    "em",
    "strong",
    "del",
    "code",
    "pre",
    "blockquote",
    "ul",
    "ol",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "img",
    "sup",
    "sub",
    "div",
    "section",
    "span",
    "kbd",
    // MyST directives rendered without JavaScript: dropdowns, figures, glossaries.
    "details",
    "summary",
    "figure",
    "figcaption",
    "dl",
    "dt",
    "dd",
    // Server-rendered math.
    "math",
    "semantics",
    "annotation",
    "mrow",
    "mi",
    "mn",
    "mo",
];

const MORE_MATHML: [&str; 19] = [
    "ms",
    "mtext",
    "mspace",
    "msub",
    "msup",
    "msubsup",
    "mfrac",
    "msqrt",
    "mroot",
    "mover",
    "munder",
    "munderover",
    "mtable",
    "mtr",
    "mtd",
    "mstyle",
    "mpadded",
    "mphantom",
    "merror",
];

/// Presentation attributes MathML elements may keep (none takes a URL or CSS).
const MATHML_ATTRIBUTES: [&str; 18] = [
    "mathvariant",
    "stretchy",
    "fence",
    "separator",
    "lspace",
    "rspace",
    "minsize",
    "maxsize",
    "symmetric",
    "largeop",
    "movablelimits",
    "linethickness",
    "displaystyle",
    "scriptlevel",
    "accent",
    "accentunder",
    "width",
    "height",
];

pub fn sanitize(html: &str) -> String {
    let tags: HashSet<&str> = HTML_TAGS.into_iter().chain(MORE_MATHML).collect();
    let mut b = ammonia::Builder::default();
    b.tags(tags)
        .url_schemes(["http", "https", "mailto"].into_iter().collect())
        .link_rel(Some("noopener noreferrer"))
        .add_tag_attributes("a", ["href", "title", "id", "class"])
        .add_tag_attributes("img", ["src", "alt", "title"])
        .add_tag_attributes("code", ["class"])
        .add_tag_attributes("pre", ["class"])
        .add_tag_attributes("div", ["class", "role", "id"])
        .add_tag_attributes("p", ["class"])
        .add_tag_attributes("sup", ["class", "id"])
        .add_tag_attributes("li", ["id", "class"])
        .add_tag_attributes("ul", ["class"])
        .add_tag_attributes("section", ["class", "id"])
        .add_tag_attributes("span", ["class", "role", "aria-label", "id"])
        .add_tag_attributes("details", ["class", "open", "id"])
        .add_tag_attributes("summary", ["class"])
        .add_tag_attributes("figure", ["class", "id"])
        .add_tag_attributes("dl", ["class"])
        .add_tag_attributes("dt", ["id"])
        .add_tag_attributes("ol", ["start"])
        .add_tag_attributes("math", ["display"])
        .add_tag_attributes("annotation", ["encoding"])
        .add_tag_attributes("mspace", ["depth"]);
    for h in ["h1", "h2", "h3", "h4", "h5", "h6"] {
        b.add_tag_attributes(h, ["id"]);
    }
    for m in MORE_MATHML.into_iter().chain(["mrow", "mi", "mn", "mo"]) {
        b.add_tag_attributes(m, MATHML_ATTRIBUTES);
    }
    b.attribute_filter(|element, attribute, value| match (element, attribute) {
        // A code block's language from its info string: a name, not arbitrary text.
        ("code", "class") => value
            .strip_prefix("language-")
            .filter(|l| {
                !l.is_empty()
                    && l.len() <= 40
                    && l.chars().all(|c| {
                        c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '+' | '#' | '.')
                    })
            })
            .map(|_| value.into()),
        ("div", "role") if value != "note" => None,
        ("span", "role") if value != "img" => None,
        ("math", "display") if value != "block" && value != "inline" => None,
        ("annotation", "encoding") if value != "application/x-tex" => None,
        // Lengths and flags only: MathML attribute values never need anything else.
        (e, _) if e.starts_with('m') && e != "math" => value
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '+' | ' '))
            .then(|| value.into()),
        _ => Some(value.into()),
    });
    b.clean(html).to_string()
}
