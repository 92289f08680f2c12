//! What kind of OLS file a text is, from its shape rather than its name: a `people.yaml`
//! uploaded as `metadata.yaml` once stored 142 people's bios, ORCIDs and locations. A file in
//! the wrong slot is refused, naming what it looks like; personal fields the app does not use
//! are named in the preview before anything is stored.
use super::{ols, Problem};
use yaml_serde::Value;

/// The kinds of file an organizer may have at hand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    Schedule,
    Projects,
    Metadata,
    /// The OLS site's `_data/people.yaml`: profiles keyed by GitHub username.
    People,
    /// Comma-separated rows, as a participants CSV.
    Csv,
    Unknown,
}

impl Shape {
    /// The file name this kind goes by, as the preview names it.
    pub fn file_name(self) -> &'static str {
        match self {
            Shape::Schedule => super::SCHEDULE,
            Shape::Projects => super::PROJECTS,
            Shape::Metadata => super::METADATA,
            Shape::People => "people.yaml",
            Shape::Csv => super::PARTICIPANTS,
            Shape::Unknown => "?",
        }
    }
}

const METADATA_KEYS: [&str; 4] = ["organizers", "experts", "facilitators", "possible-mentors"];
const PROJECT_KEYS: [&str; 4] = ["name", "participants", "mentors", "description"];
/// Fields of a person's profile on the OLS site (people.yaml).
const PROFILE_KEYS: [&str; 8] = [
    "first-name",
    "last-name",
    "bio",
    "orcid",
    "affiliation",
    "country",
    "city",
    "pronouns",
];
/// Fields that describe a person. The app keeps no such field of its own, so one found in an
/// imported file is kept only with a notice in the preview.
const PERSONAL_KEYS: [&str; 18] = [
    "first-name",
    "last-name",
    "bio",
    "orcid",
    "affiliation",
    "country",
    "country_3",
    "continent",
    "city",
    "pronouns",
    "twitter",
    "mastodon",
    "linkedin",
    "website",
    "email",
    "latitude",
    "longitude",
    "expertise",
];

fn has_key(v: &Value, keys: &[&str]) -> bool {
    v.as_mapping().is_some_and(|m| {
        m.keys()
            .any(|k| k.as_str().is_some_and(|k| keys.contains(&k)))
    })
}

/// The kind of a text. Syntax errors are not judged here: the reader of the slot reports
/// them with their line.
pub fn detect(text: &str) -> Option<Shape> {
    let first = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with('#') && *l != "---")?;
    let value: Value = match ols::parse(text) {
        Ok(v) => v,
        // A CSV header line is rarely valid YAML with a mapping; a comma-separated first
        // line that is not a YAML list or mapping is read as CSV.
        Err(_) if first.contains(',') && !first.starts_with('-') => return Some(Shape::Csv),
        Err(_) => return None,
    };
    Some(match &value {
        Value::Mapping(m) if m.is_empty() => return None,
        Value::Sequence(s) if s.is_empty() => return None,
        Value::Null => return None,
        Value::Mapping(_) if has_key(&value, &["weeks", "timeline"]) => Shape::Schedule,
        Value::Mapping(_) if has_key(&value, &METADATA_KEYS) => Shape::Metadata,
        Value::Mapping(m)
            if m.values().take(50).any(|p| has_key(p, &PROFILE_KEYS))
                && m.values().all(|p| p.is_mapping() || p.is_null()) =>
        {
            Shape::People
        }
        Value::Sequence(s) if s.iter().take(50).any(|p| has_key(p, &PROJECT_KEYS)) => {
            Shape::Projects
        }
        Value::String(_) if first.contains(',') => Shape::Csv,
        _ => Shape::Unknown,
    })
}

/// Refuses a text that is not the kind `want`, naming what it looks like. Empty documents
/// and texts with syntax errors pass (the reader reports those).
pub fn expect(file: &str, text: &str, want: Shape) -> Result<(), Problem> {
    match detect(text) {
        None => Ok(()),
        Some(s) if s == want => Ok(()),
        Some(Shape::Unknown) => Err(Problem::new(file, None, "import-file-unknown-kind", "")),
        Some(s) => Err(Problem::new(
            file,
            None,
            "import-file-wrong-kind",
            s.file_name(),
        )),
    }
}

/// Notes the fields of `extra` (kept for the export, unused by the app) in the preview:
/// personal ones under their own message. One notice per file and message, listing each
/// field once.
pub fn notice_unused(file: &str, extra: &ols::Extra, notices: &mut Vec<Problem>) {
    for (key, personal) in extra
        .keys()
        .map(|k| (k, PERSONAL_KEYS.contains(&k.to_lowercase().as_str())))
    {
        let id = if personal {
            "import-personal-fields-kept"
        } else {
            "import-fields-kept"
        };
        match notices.iter_mut().find(|n| n.file == file && n.key == id) {
            Some(n) if n.detail.split(", ").any(|d| d == key) => {}
            Some(n) => {
                n.detail.push_str(", ");
                n.detail.push_str(key);
            }
            None => notices.push(Problem::new(file, None, id, key.clone())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_of_the_ols_files() {
        assert_eq!(
            detect("---\nweeks:\n  '01':\n    start: x\n"),
            Some(Shape::Schedule)
        );
        assert_eq!(
            detect("# c\n---\n- name: A\n  mentors: [a]\n"),
            Some(Shape::Projects)
        );
        assert_eq!(
            detect("organizers:\n- a\nexperts: []\n"),
            Some(Shape::Metadata)
        );
        assert_eq!(
            detect("alice:\n  first-name: Alice\n  bio: Hi\nbob:\n  first-name: Bob\n"),
            Some(Shape::People)
        );
        assert_eq!(
            detect("name,email,role\nA,a@x.org,participant\n"),
            Some(Shape::Csv)
        );
        assert_eq!(detect("# only a comment\n"), None);
        assert_eq!(detect("colour: blue\n"), Some(Shape::Unknown));
        let e = expect("metadata.yaml", "alice:\n  bio: x\n", Shape::Metadata).unwrap_err();
        assert_eq!(
            (e.key.as_str(), e.detail.as_str()),
            ("import-file-wrong-kind", "people.yaml")
        );
    }
}
