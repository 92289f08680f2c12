//! MyST roles (`{ref}`, `{doc}`, `{term}`, `{math}`, `{kbd}`…) written as
//! `` {name}`content` ``, math (`$…$`, `$$…$$`) and task-list markers, turned into HTML
//! while the Markdown events stream by.
use super::directives::label_id;
use super::*;
use crate::courses::math;

/// `text <target>` or `target` alone.
fn split_target(content: &str) -> (Option<&str>, &str) {
    let c = content.trim();
    if let Some(inner) = c.strip_suffix('>') {
        if let Some(at) = inner.rfind('<') {
            let text = inner[..at].trim();
            return ((!text.is_empty()).then_some(text), inner[at + 1..].trim());
        }
    }
    (None, c)
}

/// The `{name}` a text ends with, if any.
fn trailing_role(text: &str) -> Option<(usize, &str)> {
    let body = text.strip_suffix('}')?;
    let open = body.rfind('{')?;
    let name = &body[open + 1..];
    let ok = !name.is_empty()
        && name.len() <= 40
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '-' | '_' | ':'));
    ok.then_some((open, name))
}

impl Renderer<'_> {
    /// When the text just before inline code ends with `{name}`, that code is a role: the
    /// `{name}` is cut from the text and the role's HTML returned.
    pub(super) fn role_before(
        &mut self,
        events: &mut Vec<Event<'_>>,
        content: &str,
        line: usize,
    ) -> Option<String> {
        let Some(Event::Text(t)) = events.last() else {
            return None;
        };
        let (open, name) = trailing_role(t)?;
        let name = name.to_owned();
        let before = t[..open].to_owned();
        events.pop();
        if !before.is_empty() {
            events.push(Event::Text(CowStr::from(before)));
        }
        Some(self.role(&name, content, line))
    }

    fn role(&mut self, name: &str, content: &str, line: usize) -> String {
        let (text, target) = split_target(content);
        match name {
            "ref" | "numref" | "eq" | "any" => {
                let id = label_id(target);
                self.refs.push((line, id.clone()));
                format!(
                    "<a href=\"#{}\">{}</a>",
                    escape_text(&id),
                    escape_text(text.unwrap_or(target))
                )
            }
            "term" => {
                let id = format!("term-{}", label_id(target));
                self.refs.push((line, id.clone()));
                format!(
                    "<a href=\"#{}\">{}</a>",
                    escape_text(&id),
                    escape_text(text.unwrap_or(target))
                )
            }
            "doc" => {
                let shown = escape_text(text.unwrap_or(target));
                match self.doc_href(target, line) {
                    Some(href) => format!("<a href=\"{}\">{shown}</a>", escape_text(&href)),
                    None => shown,
                }
            }
            "math" => self.math(content, false, line),
            "kbd" => format!("<kbd>{}</kbd>", escape_text(content)),
            "sub" | "subscript" => format!("<sub>{}</sub>", escape_text(content)),
            "sup" | "superscript" => format!("<sup>{}</sup>", escape_text(content)),
            "guilabel" | "menuselection" | "strong" => {
                format!("<strong>{}</strong>", escape_text(content))
            }
            "emphasis" | "abbr" | "title-reference" => format!("<em>{}</em>", escape_text(content)),
            "code" | "command" | "file" | "samp" | "program" | "download" | "literal" => {
                format!("<code>{}</code>", escape_text(text.unwrap_or(target)))
            }
            "del" | "delete" | "strike" => format!("<del>{}</del>", escape_text(content)),
            // sphinx-design badges: their text, set apart.
            b if b.starts_with("bdg-link") || b.starts_with("bdg-ref") => {
                let shown = escape_text(text.unwrap_or(target));
                if b.starts_with("bdg-link") {
                    let href = self.rewrite_link(target, line);
                    format!(
                        "<a href=\"{}\"><strong>{shown}</strong></a>",
                        escape_text(&href)
                    )
                } else {
                    let id = label_id(target);
                    self.refs.push((line, id.clone()));
                    format!(
                        "<a href=\"#{}\"><strong>{shown}</strong></a>",
                        escape_text(&id)
                    )
                }
            }
            b if b == "bdg" || b.starts_with("bdg-") => {
                format!("<strong class=\"badge\">{}</strong>", escape_text(content))
            }
            // Icon fonts are decoration: a lesson loads no icon font, so nothing is shown.
            i if i == "octicon" || i.starts_with("fa") || i.starts_with("material-") => {
                String::new()
            }
            other => {
                self.problem(
                    line,
                    Severity::Warning,
                    format!("unknown role {{{other}}}: its content is shown as code"),
                );
                format!("<code>{}</code>", escape_text(content))
            }
        }
    }

    /// A formula as MathML; one that cannot be converted stays LaTeX, with a warning.
    pub(super) fn math(&mut self, latex: &str, display: bool, line: usize) -> String {
        let (html, ok) = math::to_mathml(latex, display);
        if !ok {
            self.problem(
                line,
                Severity::Warning,
                "this formula could not be turned into MathML: it is shown as its LaTeX source"
                    .into(),
            );
        }
        html
    }

    /// A task list item's state as a symbol with a name, not an unlabelled checkbox (axe
    /// reported every `- [ ]` as a form field without a label).
    pub(super) fn task(&mut self, done: bool) -> String {
        let (symbol, id) = if done {
            ("☑", "lesson-task-done")
        } else {
            ("☐", "lesson-task-open")
        };
        format!(
            "<span class=\"task\" role=\"img\" aria-label=\"{}\">{symbol}</span> ",
            escape_text(&self.links.text(id))
        )
    }
}
