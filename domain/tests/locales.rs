//! Every message exists in en, es and pt, with the same variables, and every file parses.
use fluent_syntax::{ast, parser};
use std::collections::{BTreeMap, BTreeSet};

type Messages = BTreeMap<String, BTreeSet<String>>;

fn variables_in_pattern(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            variables_in_expression(expression, out);
        }
    }
}

fn variables_in_expression(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            variables_in_inline(selector, out);
            for v in variants {
                variables_in_pattern(&v.value, out);
            }
        }
        ast::Expression::Inline(i) => variables_in_inline(i, out),
    }
}

fn variables_in_inline(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => variables_in_expression(expression, out),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                variables_in_inline(a, out);
            }
        }
        _ => {}
    }
}

fn load(locale: &str) -> Messages {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../locales")
        .join(locale);
    let mut out = Messages::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "ftl") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let res = parser::parse(text.as_str())
            .unwrap_or_else(|(_, errs)| panic!("{} does not parse: {errs:?}", path.display()));
        for entry in res.body {
            if let ast::Entry::Message(m) = entry {
                let mut vars = BTreeSet::new();
                if let Some(v) = &m.value {
                    variables_in_pattern(v, &mut vars);
                }
                for a in &m.attributes {
                    variables_in_pattern(&a.value, &mut vars);
                }
                let name = format!(
                    "{}:{}",
                    path.file_name().unwrap().to_string_lossy(),
                    m.id.name
                );
                assert!(
                    out.insert(name.clone(), vars).is_none(),
                    "{name} defined twice in {locale}"
                );
            }
        }
    }
    out
}

#[test]
fn every_message_exists_in_every_locale_with_the_same_variables() {
    let en = load("en");
    assert!(en.len() > 50, "English source loaded");
    let mut problems = vec![];
    for locale in ["es", "pt"] {
        let other = load(locale);
        for (id, vars) in &en {
            match other.get(id) {
                None => problems.push(format!("{locale}: missing {id}")),
                Some(v) if v != vars => {
                    problems.push(format!("{locale}: {id} uses {v:?}, English uses {vars:?}"))
                }
                _ => {}
            }
        }
        for id in other.keys().filter(|id| !en.contains_key(*id)) {
            problems.push(format!("{locale}: {id} is not in English"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_message_id_the_code_uses_exists() {
    // Ids written literally in the code (t("..."), message keys in services).
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let en: BTreeSet<String> = load("en")
        .keys()
        .map(|k| k.split_once(':').unwrap().1.to_owned())
        .collect();
    let re = regex_lite::Regex::new(
        r#"\bt\("([a-z][a-z0-9-]+)"\)|"((?:error|notice|invitation-status|hub)-[a-z0-9-]+)""#,
    )
    .unwrap();
    let mut missing = vec![];
    for dir in ["app/src", "domain/src", "server/src"] {
        for path in walk(&root.join(dir)) {
            let text = std::fs::read_to_string(&path).unwrap();
            for c in re.captures_iter(&text) {
                let id = c.get(1).or(c.get(2)).unwrap().as_str();
                if !en.contains(id) {
                    missing.push(format!("{}: {id}", path.display()));
                }
            }
        }
    }
    assert!(
        missing.is_empty(),
        "ids used in code but not in locales/en:\n{}",
        missing.join("\n")
    );
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = vec![];
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
    out
}
