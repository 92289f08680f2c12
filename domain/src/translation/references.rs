//! Terms (`{ -brand-name }`) and messages (`{ other-message }`) that a message refers to
//! must exist in the same locale: the runtime resolves them inside that locale's bundle (all
//! of its files together) and, when one is missing, shows the raw reference to readers. So
//! the check does what the runtime does: it collects what every file of the locale defines
//! and reports each reference that nothing defines.
use super::checks::{self, Problem};
use fluent_syntax::{ast, parser};
use std::collections::BTreeSet;

/// What the files of one locale define.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Definitions {
    pub messages: BTreeSet<String>,
    pub terms: BTreeSet<String>,
}

impl Definitions {
    /// Every message and term the texts define (entries that do not parse define nothing,
    /// as at run time).
    pub fn of<'a>(texts: impl IntoIterator<Item = &'a str>) -> Self {
        let mut d = Definitions::default();
        for text in texts {
            let resource = match parser::parse(text) {
                Ok(r) => r,
                Err((r, _)) => r,
            };
            for entry in resource.body {
                match entry {
                    ast::Entry::Message(m) => {
                        d.messages.insert(m.id.name.to_owned());
                    }
                    ast::Entry::Term(t) => {
                        d.terms.insert(t.id.name.to_owned());
                    }
                    _ => {}
                }
            }
        }
        d
    }

    /// The references of one message entry that these definitions do not resolve.
    pub fn undefined_in(&self, entry: &str) -> Vec<Problem> {
        let Some((uses, _)) = checks::uses_of(entry) else {
            return vec![];
        };
        let terms: Vec<String> = uses
            .terms
            .difference(&self.terms)
            .map(|t| format!("-{t}"))
            .collect();
        let messages: Vec<String> = uses.messages.difference(&self.messages).cloned().collect();
        let mut out = vec![];
        if !terms.is_empty() {
            out.push(Problem {
                key: "i18n-error-term-undefined",
                names: terms,
            });
        }
        if !messages.is_empty() {
            out.push(Problem {
                key: "i18n-error-message-undefined",
                names: messages,
            });
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_resolve_across_the_files_of_a_locale() {
        let brand = "-brand-name = Catalyst Academy\n";
        let nav = "home = Inicio\nwelcome = Bienvenida a { -brand-name }, ve a { home }\n";
        let d = Definitions::of([brand, nav]);
        assert_eq!(
            d.undefined_in("welcome = { -brand-name } { home }\n"),
            vec![]
        );
        let alone = Definitions::of([nav]);
        let p = alone.undefined_in(
            "welcome = Bienvenida a { -brand-name } y { -other(case: \"x\") }, { missing.attr }\n",
        );
        assert_eq!(p.len(), 2);
        assert_eq!(p[0].key, "i18n-error-term-undefined");
        assert_eq!(p[0].names, ["-brand-name", "-other"]);
        assert_eq!(p[1].key, "i18n-error-message-undefined");
        assert_eq!(p[1].names, ["missing"]);
    }

    #[test]
    fn a_broken_file_still_defines_what_parses() {
        let d = Definitions::of(["-brand = B\nbroken = { oops\nok = fine\n"]);
        assert!(d.terms.contains("brand"));
        assert!(d.messages.contains("ok"));
        assert!(!d.messages.contains("broken"));
    }
}
