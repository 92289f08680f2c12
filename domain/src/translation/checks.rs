//! The checks a translation passes before it is saved, and that `academy i18n check` runs
//! over every file: it parses (the parser also refuses a selector without its default
//! variant), it uses exactly the source's variables and attributes, and it adds no HTML the
//! source does not have.
use fluent_syntax::{ast, parser};
use std::collections::BTreeSet;

/// What a message uses, collected from its value and attributes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Uses {
    pub variables: BTreeSet<String>,
    pub terms: BTreeSet<String>,
    pub messages: BTreeSet<String>,
    pub functions: BTreeSet<String>,
    pub attributes: BTreeSet<String>,
    /// Whether a selector (plural or other) appears.
    pub selects: bool,
    /// Variables that select a variant (numbers, usually).
    pub selectors: BTreeSet<String>,
}

fn walk_inline(e: &ast::InlineExpression<&str>, u: &mut Uses) {
    use ast::InlineExpression::*;
    match e {
        VariableReference { id } => {
            u.variables.insert(id.name.to_owned());
        }
        TermReference { id, arguments, .. } => {
            u.terms.insert(id.name.to_owned());
            if let Some(a) = arguments {
                walk_args(a, u);
            }
        }
        MessageReference { id, .. } => {
            u.messages.insert(id.name.to_owned());
        }
        FunctionReference { id, arguments } => {
            u.functions.insert(id.name.to_owned());
            walk_args(arguments, u);
        }
        Placeable { expression } => walk_expr(expression, u),
        StringLiteral { .. } | NumberLiteral { .. } => {}
    }
}

fn walk_args(a: &ast::CallArguments<&str>, u: &mut Uses) {
    for p in &a.positional {
        walk_inline(p, u);
    }
    for n in &a.named {
        walk_inline(&n.value, u);
    }
}

fn walk_expr(e: &ast::Expression<&str>, u: &mut Uses) {
    match e {
        ast::Expression::Inline(i) => walk_inline(i, u),
        ast::Expression::Select { selector, variants } => {
            u.selects = true;
            if let ast::InlineExpression::VariableReference { id } = selector {
                u.selectors.insert(id.name.to_owned());
            }
            walk_inline(selector, u);
            for v in variants {
                walk_pattern(&v.value, u);
            }
        }
    }
}

fn walk_pattern(p: &ast::Pattern<&str>, u: &mut Uses) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            walk_expr(expression, u);
        }
    }
}

/// The text parts of a pattern (to look for HTML).
fn texts<'a>(p: &ast::Pattern<&'a str>, out: &mut Vec<&'a str>) {
    for el in &p.elements {
        match el {
            ast::PatternElement::TextElement { value } => out.push(value),
            ast::PatternElement::Placeable {
                expression: ast::Expression::Select { variants, .. },
            } => {
                for v in variants {
                    texts(&v.value, out);
                }
            }
            _ => {}
        }
    }
}

/// The HTML tag names (`<a>`, `</strong>`, `<br/>`) in a message's text, lowercased.
pub fn html_tags(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = text;
    while let Some(i) = rest.find('<') {
        rest = &rest[i + 1..];
        let name: String = rest
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        if !name.is_empty() && name.chars().next().is_some_and(|c| c.is_ascii_alphabetic()) {
            out.insert(name.to_ascii_lowercase());
        }
    }
    out
}

/// What one message (the whole `id = …` entry) uses, and the HTML tags in its text; None
/// when it does not parse as a message.
pub fn uses_of(entry: &str) -> Option<(Uses, BTreeSet<String>)> {
    let r = parser::parse(entry).ok()?;
    let m = r.body.iter().find_map(|e| match e {
        ast::Entry::Message(m) => Some(m),
        _ => None,
    })?;
    let mut u = Uses::default();
    let mut text = vec![];
    if let Some(v) = &m.value {
        walk_pattern(v, &mut u);
        texts(v, &mut text);
    }
    for a in &m.attributes {
        u.attributes.insert(a.id.name.to_owned());
        walk_pattern(&a.value, &mut u);
        texts(&a.value, &mut text);
    }
    Some((u, html_tags(&text.concat())))
}

/// A problem with a translation: the Fluent id of its explanation and the names concerned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub key: &'static str,
    pub names: Vec<String>,
}

fn problem(key: &'static str, names: impl IntoIterator<Item = String>) -> Option<Problem> {
    let names: Vec<String> = names.into_iter().collect();
    (!names.is_empty()).then_some(Problem { key, names })
}

/// Compares a translation with its source message (both whole entries that parse).
pub fn compare(source: &str, translation: &str) -> Vec<Problem> {
    let (Some((s, s_html)), Some((t, t_html))) = (uses_of(source), uses_of(translation)) else {
        return vec![Problem {
            key: "i18n-error-syntax",
            names: vec![],
        }];
    };
    let diff = |a: &BTreeSet<String>, b: &BTreeSet<String>| -> Vec<String> {
        a.difference(b).cloned().collect()
    };
    let dollar = |v: Vec<String>| v.into_iter().map(|n| format!("${n}")).collect::<Vec<_>>();
    [
        problem(
            "i18n-error-variable-missing",
            dollar(diff(&s.variables, &t.variables)),
        ),
        problem(
            "i18n-error-variable-extra",
            dollar(diff(&t.variables, &s.variables)),
        ),
        problem(
            "i18n-error-attribute-missing",
            diff(&s.attributes, &t.attributes),
        ),
        problem(
            "i18n-error-attribute-extra",
            diff(&t.attributes, &s.attributes),
        ),
        problem(
            "i18n-error-html",
            diff(&t_html, &s_html).into_iter().map(|n| format!("<{n}>")),
        ),
    ]
    .into_iter()
    .flatten()
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variables_attributes_and_html_must_match_the_source() {
        let src = "items = { $count ->\n    [one] one item for { $name }\n   *[other] { $count } items\n}\n    .title = Items\n";
        let good = "items = { $count ->\n    [one] um item para { $name }\n    [many] muitos\n   *[other] { $count } itens\n}\n    .title = Itens\n";
        assert_eq!(compare(src, good), vec![]);
        let wrong = "items = { $cont } itens para { $name } <b>já</b>\n";
        let p = compare(src, wrong);
        let keys: Vec<_> = p.iter().map(|p| p.key).collect();
        assert_eq!(
            keys,
            [
                "i18n-error-variable-missing",
                "i18n-error-variable-extra",
                "i18n-error-attribute-missing",
                "i18n-error-html"
            ]
        );
        assert_eq!(p[0].names, ["$count"]);
        assert_eq!(p[1].names, ["$cont"]);
        assert_eq!(p[3].names, ["<b>"]);
    }

    #[test]
    fn uses_are_found_inside_selectors_functions_and_terms() {
        let (u, _) = uses_of(
            "m = { NUMBER($n, minimumFractionDigits: 2) } { -brand(case: \"x\") } { other.attr } { $s ->\n   *[a] { $inner }\n}\n",
        )
        .unwrap();
        assert_eq!(
            u.variables.into_iter().collect::<Vec<_>>(),
            ["inner", "n", "s"]
        );
        assert!(
            u.terms.contains("brand")
                && u.functions.contains("NUMBER")
                && u.messages.contains("other")
        );
        assert!(u.selects);
    }

    #[test]
    fn tags_are_named_but_comparisons_are_not() {
        assert_eq!(
            html_tags("a < b and <a href=x>link</a><br/>")
                .into_iter()
                .collect::<Vec<_>>(),
            ["a", "br"]
        );
    }
}
