//! MyST / Jupyter Book directives as plain HTML, without JavaScript: admonitions (a
//! `dropdown` class makes a `<details>`), dropdowns, figures and images, buttons as links,
//! grids and cards, tab sets as titled sections, code blocks with captions, math as MathML,
//! glossaries; `{toctree}` and `{raw}` are dropped with a warning; any other directive is a
//! warning and its body is rendered as ordinary text, so the lesson is never withheld for it.
use super::*;
use crate::courses::math;

/// `(label)=` alone on a line: a target for `{ref}`.
pub(super) fn target(line: &str) -> Option<&str> {
    let inner = line.trim().strip_prefix('(')?.strip_suffix(")=")?;
    let ok = !inner.is_empty()
        && inner.len() <= 200
        && !inner.contains(|c: char| c.is_whitespace() || c == '(' || c == ')');
    ok.then_some(inner)
}

/// A label as an HTML id: letters, digits, `-`, `_` and `.` are kept, anything else is `-`.
pub(super) fn label_id(label: &str) -> String {
    label
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect()
}

/// The directives this renderer knows, by what it does with them.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Exercise,
    Admonition,
    Dropdown,
    Figure,
    Image,
    ButtonRef,
    ButtonLink,
    Grid,
    GridItem,
    Card,
    TabSet,
    TabItem,
    Code,
    Math,
    Toctree,
    Glossary,
    Raw,
    /// Asides whose body is ordinary content: margin notes, sidebars, epigraphs.
    Aside,
    Unknown,
}

fn kind(name: &str) -> Kind {
    match name {
        "exercise" => Kind::Exercise,
        n if ADMONITIONS.contains(&n) => Kind::Admonition,
        "dropdown" => Kind::Dropdown,
        "figure" | "figure-md" => Kind::Figure,
        "image" => Kind::Image,
        "button-ref" => Kind::ButtonRef,
        "button-link" => Kind::ButtonLink,
        "grid" => Kind::Grid,
        "grid-item" => Kind::GridItem,
        "grid-item-card" | "card" => Kind::Card,
        "tab-set" | "tabbed" => Kind::TabSet,
        "tab-item" => Kind::TabItem,
        "code-block" | "code" | "sourcecode" | "code-cell" => Kind::Code,
        "math" => Kind::Math,
        "toctree" | "tableofcontents" | "contents" => Kind::Toctree,
        "glossary" => Kind::Glossary,
        "raw" => Kind::Raw,
        "margin" | "sidebar" | "topic" | "epigraph" | "pull-quote" | "highlights" | "container"
        | "div" => Kind::Aside,
        _ => Kind::Unknown,
    }
}

type Lines<'a, 'l> = &'a [(usize, &'l str)];

/// Leading `:key: value` lines, or a `---` … `---` block of `key: value`, and the rest.
fn options<'a, 'l>(body: Lines<'a, 'l>) -> (Vec<(&'l str, &'l str)>, Lines<'a, 'l>) {
    let mut opts = vec![];
    if body.first().is_some_and(|(_, l)| l.trim() == "---") {
        if let Some(end) = body[1..].iter().position(|(_, l)| l.trim() == "---") {
            for (_, l) in &body[1..=end] {
                if let Some((k, v)) = l.split_once(':') {
                    opts.push((k.trim(), v.trim()));
                }
            }
            return (opts, &body[end + 2..]);
        }
    }
    let mut n = 0;
    for (_, l) in body {
        let t = l.trim();
        let Some(rest) = t.strip_prefix(':') else {
            break;
        };
        let Some((key, value)) = rest.split_once(':') else {
            break;
        };
        let key_ok = !key.is_empty()
            && key
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if !key_ok {
            break;
        }
        opts.push((key, value.trim()));
        n += 1;
    }
    (opts, &body[n..])
}

fn opt<'l>(opts: &[(&'l str, &'l str)], key: &str) -> Option<&'l str> {
    opts.iter().find(|(k, _)| *k == key).map(|(_, v)| *v)
}

/// CSS classes an author may add: letters, digits and dashes only.
fn classes(value: &str) -> String {
    value
        .split_whitespace()
        .filter(|c| c.chars().all(|ch| ch.is_ascii_alphanumeric() || ch == '-'))
        .collect::<Vec<_>>()
        .join(" ")
}

fn attr(s: &str) -> String {
    escape_text(s)
}

impl Renderer<'_> {
    /// A `(label)=` target: an anchor `{ref}` links to.
    pub(super) fn target(&mut self, label: &str) -> String {
        let id = label_id(label);
        self.targets.insert(id.clone());
        // Headings take other ids.
        self.ids.insert(id.clone());
        format!("<span class=\"target\" id=\"{}\"></span>", attr(&id))
    }

    /// ` id="…"` for a `:name:` / `:label:` option, recorded as a target.
    fn name_attr(&mut self, opts: &[(&str, &str)]) -> String {
        match opt(opts, "name").or_else(|| opt(opts, "label")) {
            Some(n) if !n.is_empty() => {
                let id = label_id(n);
                self.targets.insert(id.clone());
                format!(" id=\"{}\"", attr(&id))
            }
            _ => String::new(),
        }
    }

    /// A closed directive `f` at line `no` whose lines (after its fence) are `body`.
    pub(super) fn directive(&mut self, f: &Fence, no: usize, body: &[(usize, &str)]) -> String {
        let k = kind(f.kind);
        if k == Kind::Exercise {
            return self.exercise(f.title, no, body);
        }
        let (opts, body) = if k == Kind::Glossary || k == Kind::Raw {
            (vec![], body)
        } else {
            options(body)
        };
        let id = self.name_attr(&opts);
        let class = opt(&opts, "class").map(classes).unwrap_or_default();
        match k {
            Kind::Admonition => {
                let title = if f.title.is_empty() {
                    self.links.admonition_title(f.kind)
                } else {
                    inline_markdown(f.title)
                };
                let inner = self.blocks(body);
                let classes = format!("admonition {} {class}", f.kind);
                let classes = classes.trim();
                if class.split(' ').any(|c| c == "dropdown") {
                    format!("<details class=\"{classes}\"{id}><summary class=\"admonition-title\">{title}</summary>{inner}</details>\n")
                } else {
                    format!("<div class=\"{classes}\" role=\"note\"{id}><p class=\"admonition-title\">{title}</p>{inner}</div>\n")
                }
            }
            Kind::Dropdown => {
                let title = if f.title.is_empty() {
                    self.links.admonition_title("dropdown")
                } else {
                    inline_markdown(f.title)
                };
                let open = if opt(&opts, "open").is_some() { " open" } else { "" };
                let inner = self.blocks(body);
                let classes = format!("dropdown {class}");
                let classes = classes.trim();
                format!("<details class=\"{classes}\"{open}{id}><summary>{title}</summary>{inner}</details>\n")
            }
            Kind::Figure | Kind::Image => {
                let src = self.rewrite_image(f.title, no);
                let caption = if k == Kind::Figure {
                    self.blocks(body)
                } else {
                    String::new()
                };
                let alt = match opt(&opts, "alt") {
                    Some(a) => a.to_owned(),
                    None => plain_text(&caption),
                };
                if alt.trim().is_empty() {
                    self.problem(
                        no,
                        Severity::Error,
                        format!("{{{}}} without alt text: add a line :alt: describing it", f.kind),
                    );
                }
                // An image that could not be placed is named, not shown broken.
                let img = if src.is_empty() {
                    format!("<span class=\"image-missing\">{}</span>", attr(alt.trim()))
                } else {
                    format!("<img src=\"{}\" alt=\"{}\">", attr(&src), attr(alt.trim()))
                };
                if k == Kind::Image {
                    format!("<p{id}>{img}</p>\n")
                } else {
                    format!("<figure class=\"figure\"{id}>{img}<figcaption>{caption}</figcaption></figure>\n")
                }
            }
            Kind::ButtonRef | Kind::ButtonLink => {
                let text = if body.iter().any(|(_, l)| !l.trim().is_empty()) {
                    unwrap_paragraph(&self.markdown(body)).to_owned()
                } else {
                    escape_text(f.title)
                };
                let href = if k == Kind::ButtonLink {
                    self.rewrite_link(f.title, no)
                } else if opt(&opts, "ref-type") == Some("doc") {
                    self.doc_href(f.title, no).unwrap_or_default()
                } else {
                    let label = label_id(f.title);
                    self.refs.push((no, label.clone()));
                    format!("#{label}")
                };
                format!("<p><a class=\"button\" href=\"{}\">{text}</a></p>\n", attr(&href))
            }
            Kind::Grid => format!("<div class=\"grid\">{}</div>\n", self.blocks(body)),
            Kind::GridItem => format!("<div class=\"grid-item\">{}</div>\n", self.blocks(body)),
            Kind::Card => self.card(f.title, no, &opts, body, &id),
            Kind::TabSet => format!("<div class=\"tab-set\">{}</div>\n", self.blocks(body)),
            Kind::TabItem => format!(
                "<section class=\"tab-item\"{id}><p class=\"tab-title\"><strong>{}</strong></p>{}</section>\n",
                inline_markdown(f.title),
                self.blocks(body)
            ),
            Kind::Code => {
                let lang: String = f
                    .title
                    .split_whitespace()
                    .next()
                    .unwrap_or("")
                    .chars()
                    .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '+' | '_'))
                    .collect();
                let code: String = body.iter().map(|(_, l)| format!("{l}\n")).collect();
                let class = if lang.is_empty() {
                    String::new()
                } else {
                    format!(" class=\"language-{lang}\"")
                };
                let pre = format!("<pre><code{class}>{}</code></pre>", escape_text(&code));
                match opt(&opts, "caption") {
                    Some(c) => format!("<figure class=\"code-block\"{id}><figcaption>{}</figcaption>{pre}</figure>\n", inline_markdown(c)),
                    None if !id.is_empty() => format!("<div class=\"code-block\"{id}>{pre}</div>\n"),
                    None => format!("{pre}\n"),
                }
            }
            Kind::Math => {
                let src: String = body.iter().map(|(_, l)| format!("{l}\n")).collect();
                let mut out = format!("<div class=\"math\"{id}>");
                for formula in src.split("\n\n").filter(|f| !f.trim().is_empty()) {
                    let (m, ok) = math::to_mathml(formula, true);
                    if !ok {
                        self.problem(no, Severity::Warning, "this formula could not be turned into MathML: it is shown as its LaTeX source".into());
                    }
                    out.push_str(&m);
                }
                out.push_str("</div>\n");
                out
            }
            Kind::Toctree => {
                self.problem(no, Severity::Warning, format!("{{{}}} is dropped: a course lists its lessons in course.toml", f.kind));
                String::new()
            }
            Kind::Raw => {
                self.problem(
                    no,
                    Severity::Warning,
                    "{raw} content is not shown: lessons carry no raw HTML".into(),
                );
                String::new()
            }
            Kind::Glossary => self.glossary(body),
            Kind::Aside | Kind::Unknown => {
                if k == Kind::Unknown {
                    self.problem(no, Severity::Warning, format!("unknown directive {{{}}}: its content is shown as plain text", f.kind));
                }
                let title = if f.title.is_empty() {
                    String::new()
                } else {
                    format!("<p class=\"directive-title\"><strong>{}</strong></p>", inline_markdown(f.title))
                };
                let classes = format!("directive {} {class}", label_id(f.kind));
                let classes = classes.trim();
                format!("<div class=\"{classes}\"{id}>{title}{}</div>\n", self.blocks(body))
            }
            Kind::Exercise => unreachable!("handled above"),
        }
    }

    /// A sphinx-design card: optional header (before `^^^`) and footer (after `+++`); a
    /// `:link:` makes the title a link.
    fn card(
        &mut self,
        title: &str,
        no: usize,
        opts: &[(&str, &str)],
        body: &[(usize, &str)],
        id: &str,
    ) -> String {
        let header_end = body.iter().position(|(_, l)| l.trim() == "^^^");
        let footer_start = body.iter().rposition(|(_, l)| l.trim() == "+++");
        let start = header_end.map_or(0, |h| h + 1);
        let end = footer_start.filter(|f| *f >= start).unwrap_or(body.len());
        let header = header_end
            .map(|h| self.blocks(&body[..h]))
            .unwrap_or_default();
        let main = self.blocks(&body[start..end]);
        let footer = if end < body.len() {
            self.blocks(&body[end + 1..])
        } else {
            String::new()
        };
        let title_html = inline_markdown(title);
        let title_html = match opt(opts, "link") {
            Some(link) if !title.is_empty() => {
                let href = match opt(opts, "link-type") {
                    Some("doc") => self.doc_href(link, no).unwrap_or_default(),
                    Some("ref") => {
                        let label = label_id(link);
                        self.refs.push((no, label.clone()));
                        format!("#{label}")
                    }
                    _ => self.rewrite_link(link, no),
                };
                format!("<a href=\"{}\">{title_html}</a>", attr(&href))
            }
            _ => title_html,
        };
        let mut out = format!("<div class=\"card\"{id}>");
        if !title.is_empty() {
            out.push_str(&format!(
                "<p class=\"card-title\"><strong>{title_html}</strong></p>"
            ));
        }
        for (class, part) in [
            ("card-header", header),
            ("card-body", main),
            ("card-footer", footer),
        ] {
            if !part.is_empty() {
                out.push_str(&format!("<div class=\"{class}\">{part}</div>"));
            }
        }
        out.push_str("</div>\n");
        out
    }

    /// `{glossary}`: terms at the margin, their definitions indented below them.
    fn glossary(&mut self, body: &[(usize, &str)]) -> String {
        let mut out = String::from("<dl class=\"glossary\">");
        let mut i = 0;
        while i < body.len() {
            let (_, line) = body[i];
            if line.trim().is_empty() || line.starts_with([' ', '\t']) {
                i += 1;
                continue;
            }
            let term = line.trim();
            let id = format!("term-{}", label_id(term));
            self.targets.insert(id.clone());
            out.push_str(&format!(
                "<dt id=\"{}\">{}</dt>",
                attr(&id),
                inline_markdown(term)
            ));
            let start = i + 1;
            let mut end = start;
            while end < body.len()
                && (body[end].1.trim().is_empty() || body[end].1.starts_with([' ', '\t']))
            {
                end += 1;
            }
            let def: Vec<(usize, &str)> = body[start..end]
                .iter()
                .map(|(n, l)| (*n, l.trim_start()))
                .collect();
            out.push_str(&format!("<dd>{}</dd>", self.markdown(&def)));
            i = end;
        }
        out.push_str("</dl>\n");
        out
    }

    /// `{doc}` targets: a lesson of this course by its file name (without `.md`).
    pub(super) fn doc_href(&mut self, path: &str, no: usize) -> Option<String> {
        let stem = path
            .trim()
            .trim_end_matches(".md")
            .trim_end_matches(".ipynb")
            .rsplit('/')
            .next()
            .unwrap_or("");
        if !stem.is_empty() && self.links.lesson_exists(self.course, stem) {
            Some(format!("/courses/{}/{stem}", self.course))
        } else {
            self.problem(
                no,
                Severity::Warning,
                format!("{path:?} is not a lesson of this course: the link is shown as text"),
            );
            None
        }
    }

    /// Warns about `{ref}`/`{term}` uses whose target is not in this text.
    pub(super) fn check_refs(&mut self) {
        let missing: Vec<(usize, String)> = self
            .refs
            .iter()
            .filter(|(_, l)| !self.targets.contains(l))
            .cloned()
            .collect();
        for (line, label) in missing {
            self.problem(
                line,
                Severity::Warning,
                format!("reference to {label:?}: no such label in this lesson"),
            );
        }
    }
}

/// The text of some HTML (for an alt text made from a caption).
fn plain_text(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}
