//! The editor's help: a locale's CLDR plural categories, a selector skeleton to start from,
//! and a preview of a message with sample arguments in the target locale.
use super::checks::Uses;
use fluent_bundle::{concurrent::FluentBundle, FluentArgs, FluentResource};

/// CLDR cardinal plural categories (CLDR 42 and later: Spanish and Portuguese have `many`,
/// for large round numbers such as 1 000 000). Unknown locales get `one` and `other`.
pub fn plural_categories(locale: &str) -> &'static [&'static str] {
    match locale.split(['-', '_']).next().unwrap_or_default() {
        "es" | "pt" | "fr" | "it" | "ca" => &["one", "many", "other"],
        "ja" | "zh" | "ko" | "vi" | "id" | "th" => &["other"],
        "ar" => &["zero", "one", "two", "few", "many", "other"],
        "ru" | "uk" | "pl" => &["one", "few", "many", "other"],
        "sw" | "en" | "de" | "nl" => &["one", "other"],
        _ => &["one", "other"],
    }
}

/// A selector over `variable` with one variant per category, `other` the default.
pub fn skeleton(variable: &str, locale: &str) -> String {
    let mut out = format!("{{ ${variable} ->\n");
    for c in plural_categories(locale) {
        let star = if *c == "other" { "*" } else { " " };
        out.push_str(&format!("  {star}[{c}] …\n"));
    }
    out.push('}');
    out
}

/// Variable names that hold text, not numbers.
const TEXT_NAMES: [&str; 30] = [
    "name",
    "email",
    "file",
    "title",
    "link",
    "institution",
    "course",
    "language",
    "date",
    "who",
    "reason",
    "message",
    "step",
    "period",
    "names",
    "inviter",
    "role",
    "id",
    "lesson",
    "start",
    "end",
    "url",
    "locale",
    "heading",
    "label",
    "value",
    "text",
    "country",
    "cohort",
    "time",
];

/// Numbers that reach each category of the locale (1, 2, a million).
pub const SAMPLE_NUMBERS: [i64; 3] = [1, 2, 1_000_000];

/// Formats `entry` (one message) in `locale`, with the locale's other files loaded for the
/// terms it may use. Each numeric-looking variable takes each sample number in turn; other
/// variables show their name. Returns (arguments, text) pairs.
pub fn render(
    locale: &str,
    others: &[String],
    entry: &str,
    id: &str,
    uses: &Uses,
) -> Vec<(String, String)> {
    let Ok(langid) = locale.parse::<unic_langid::LanguageIdentifier>() else {
        return vec![];
    };
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    bundle.set_use_isolating(false);
    for text in others {
        let r = FluentResource::try_new(text.clone()).unwrap_or_else(|(r, _)| r);
        bundle.add_resource_overriding(r);
    }
    let Ok(r) = FluentResource::try_new(entry.to_owned()) else {
        return vec![];
    };
    bundle.add_resource_overriding(r);
    let Some(msg) = bundle.get_message(id) else {
        return vec![];
    };
    // Variables named like text show their name; every other one takes the sample numbers
    // (a number reads well in a text slot, a name does not in a plural).
    let numeric = |v: &str| uses.selectors.contains(v) || !TEXT_NAMES.contains(&v);
    let numbers: Vec<&String> = uses.variables.iter().filter(|v| numeric(v)).collect();
    let runs: Vec<Option<i64>> = if numbers.is_empty() {
        vec![None]
    } else {
        SAMPLE_NUMBERS.iter().map(|n| Some(*n)).collect()
    };
    let mut out = vec![];
    for n in runs {
        let mut args = FluentArgs::new();
        let mut shown = vec![];
        for v in &uses.variables {
            match n.filter(|_| numbers.contains(&v)) {
                Some(n) => {
                    args.set(v.as_str(), n);
                    shown.push(format!("${v} = {n}"));
                }
                None => args.set(v.as_str(), format!("‹{v}›")),
            }
        }
        let mut errors = vec![];
        let mut text = String::new();
        if let Some(p) = msg.value() {
            text.push_str(&bundle.format_pattern(p, Some(&args), &mut errors));
        }
        for a in msg.attributes() {
            text.push_str(&format!(
                "\n.{} = {}",
                a.id(),
                bundle.format_pattern(a.value(), Some(&args), &mut errors)
            ));
        }
        out.push((shown.join(", "), text.trim().to_owned()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::translation::checks::uses_of;

    #[test]
    fn portuguese_has_many_and_the_preview_uses_it() {
        assert_eq!(plural_categories("pt"), ["one", "many", "other"]);
        assert_eq!(
            skeleton("count", "es"),
            "{ $count ->\n   [one] …\n   [many] …\n  *[other] …\n}"
        );
        let entry =
            "items = { $count ->\n    [one] um item de { $who }\n   *[other] { $count } itens\n}\n";
        let (uses, _) = uses_of(entry).unwrap();
        let out = render("pt", &[], entry, "items", &uses);
        let texts: Vec<&str> = out.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(texts[0], "um item de ‹who›");
        assert_eq!(texts[1], "2 itens");
        assert_eq!(out[0].0, "$count = 1");
    }
}
