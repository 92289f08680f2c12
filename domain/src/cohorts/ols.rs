//! The OLS cohort files as the Open Life Science website keeps them: `metadata.yaml`
//! (organizers, experts, facilitators, possible mentors), `projects.yaml` (name,
//! description, participants, mentors, keywords) and `schedule.yaml` (a timeline and `weeks`
//! keyed `'00'`..`'16'`, each with a start date and calls). People are GitHub usernames.
//!
//! Parsing is tolerant the way those files need: missing fields, empty list entries, a
//! `type` given as a list, unknown fields (kept in `extra` so an export gives them back).
use serde::{Deserialize, Deserializer, Serialize};
use std::collections::BTreeMap;

pub type Extra = BTreeMap<String, serde_json::Value>;

/// A list of names where the files may have `null`, empty entries or a single string.
fn names<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    let v = Option::<serde_json::Value>::deserialize(d)?;
    Ok(match v {
        Some(serde_json::Value::Array(items)) => items
            .into_iter()
            .filter_map(|i| match i {
                serde_json::Value::String(s) => Some(s.trim().to_owned()),
                serde_json::Value::Number(n) => Some(n.to_string()),
                _ => None,
            })
            .filter(|s| !s.is_empty())
            .collect(),
        Some(serde_json::Value::String(s)) if !s.trim().is_empty() => vec![s.trim().to_owned()],
        _ => vec![],
    })
}

/// A scalar the files write as text, a number or nothing.
fn text<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    let v = Option::<serde_json::Value>::deserialize(d)?;
    Ok(match v {
        Some(serde_json::Value::String(s)) => Some(s.trim().to_owned()).filter(|s| !s.is_empty()),
        Some(serde_json::Value::Number(n)) => Some(n.to_string()),
        Some(serde_json::Value::Bool(b)) => Some(b.to_string()),
        _ => None,
    })
}

/// `type` is a string in calls and a list in the timeline; calls use the first entry.
fn kind<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    let v = Option::<serde_json::Value>::deserialize(d)?;
    Ok(match v {
        Some(serde_json::Value::String(s)) => Some(s.trim().to_owned()).filter(|s| !s.is_empty()),
        Some(serde_json::Value::Array(a)) => a
            .into_iter()
            .find_map(|x| x.as_str().map(|s| s.trim().to_owned())),
        _ => None,
    })
}

/// A time of day: "17:00", or a number of minutes when YAML 1.1 read 17:00 as base 60.
fn time<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    let v = Option::<serde_json::Value>::deserialize(d)?;
    Ok(match v {
        Some(serde_json::Value::String(s)) => Some(s.trim().to_owned()).filter(|s| !s.is_empty()),
        Some(serde_json::Value::Number(n)) => {
            n.as_u64().map(|m| format!("{:02}:{:02}", m / 60, m % 60))
        }
        _ => None,
    })
}

#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
pub struct Metadata {
    #[serde(
        default,
        deserialize_with = "names",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub experts: Vec<String>,
    #[serde(
        default,
        deserialize_with = "names",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub facilitators: Vec<String>,
    #[serde(
        default,
        deserialize_with = "names",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub organizers: Vec<String>,
    #[serde(
        default,
        rename = "possible-mentors",
        deserialize_with = "names",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub possible_mentors: Vec<String>,
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
pub struct Project {
    #[serde(default, deserialize_with = "text")]
    pub name: Option<String>,
    #[serde(
        default,
        deserialize_with = "text",
        skip_serializing_if = "Option::is_none"
    )]
    pub description: Option<String>,
    #[serde(default, deserialize_with = "names")]
    pub participants: Vec<String>,
    #[serde(default, deserialize_with = "names")]
    pub mentors: Vec<String>,
    #[serde(default, deserialize_with = "names")]
    pub keywords: Vec<String>,
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
pub struct Talk {
    #[serde(
        default,
        deserialize_with = "text",
        skip_serializing_if = "Option::is_none"
    )]
    pub title: Option<String>,
    #[serde(
        default,
        deserialize_with = "text",
        skip_serializing_if = "Option::is_none"
    )]
    pub tag: Option<String>,
    #[serde(
        default,
        deserialize_with = "names",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub speakers: Vec<String>,
    #[serde(
        default,
        deserialize_with = "text",
        skip_serializing_if = "Option::is_none"
    )]
    pub slides: Option<String>,
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
pub struct Call {
    #[serde(
        default,
        deserialize_with = "text",
        skip_serializing_if = "Option::is_none"
    )]
    pub date: Option<String>,
    #[serde(
        default,
        deserialize_with = "time",
        skip_serializing_if = "Option::is_none"
    )]
    pub time: Option<String>,
    #[serde(
        default,
        deserialize_with = "text",
        skip_serializing_if = "Option::is_none"
    )]
    pub duration: Option<String>,
    #[serde(
        default,
        deserialize_with = "text",
        skip_serializing_if = "Option::is_none"
    )]
    pub notes: Option<String>,
    #[serde(
        default,
        deserialize_with = "text",
        skip_serializing_if = "Option::is_none"
    )]
    pub recording: Option<String>,
    #[serde(default, deserialize_with = "text")]
    pub title: Option<String>,
    #[serde(
        default,
        deserialize_with = "names",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub hosts: Vec<String>,
    #[serde(
        rename = "type",
        default,
        deserialize_with = "kind",
        skip_serializing_if = "Option::is_none"
    )]
    pub kind: Option<String>,
    #[serde(default)]
    pub talks: Vec<Talk>,
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
pub struct Week {
    #[serde(
        default,
        deserialize_with = "text",
        skip_serializing_if = "Option::is_none"
    )]
    pub start: Option<String>,
    #[serde(default, deserialize_with = "calls")]
    pub calls: Vec<Call>,
    #[serde(flatten)]
    pub extra: Extra,
}

fn calls<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Call>, D::Error> {
    Ok(Option::<Vec<Call>>::deserialize(d)?.unwrap_or_default())
}

#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
pub struct Schedule {
    #[serde(default)]
    pub weeks: BTreeMap<String, Week>,
    #[serde(flatten)]
    pub extra: Extra,
}

/// A parse error with its line (1-based) when the parser knows it.
#[derive(Clone, Debug, PartialEq)]
pub struct YamlError {
    pub line: Option<usize>,
    pub message: String,
    /// Aliases past the budget (`yaml_budget`) rather than a syntax or shape error.
    pub too_many_aliases: bool,
}

impl YamlError {
    /// The Fluent id the preview shows.
    pub fn key(&self) -> &'static str {
        if self.too_many_aliases {
            "import-yaml-aliases"
        } else {
            "import-yaml-invalid"
        }
    }
}

pub fn parse<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, YamlError> {
    // Aliases are counted on the parser's events before anything is built from them.
    if let Err(e) = super::yaml_budget::check(text) {
        return Err(YamlError {
            line: Some(e.line),
            message: if e.too_deep {
                format!(
                    "collections nested more than {} deep",
                    super::yaml_budget::MAX_DEPTH
                )
            } else {
                e.aliases.to_string()
            },
            too_many_aliases: !e.too_deep,
        });
    }
    // A file with only comments (or nothing) is an empty document, not an error.
    if text
        .lines()
        .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#') || l.trim() == "---")
    {
        return yaml_serde::from_str("{}")
            .or_else(|_| yaml_serde::from_str("[]"))
            .map_err(|e| YamlError {
                line: None,
                message: e.to_string(),
                too_many_aliases: false,
            });
    }
    yaml_serde::from_str(text).map_err(|e| YamlError {
        line: e.location().map(|l| l.line()),
        // The location is reported separately, in the reader's language.
        message: e
            .to_string()
            .split(" at line ")
            .next()
            .unwrap_or_default()
            .to_owned(),
        too_many_aliases: false,
    })
}

/// YAML that YAML 1.1 readers (the Jekyll site OLS publishes these files with, PyYAML) read
/// the same way as YAML 1.2 ones: `14:00` is quoted, or 1.1 reads the integer 840.
pub fn to_yaml<T: Serialize>(value: &T) -> String {
    super::yaml11::quote_ambiguous(&yaml_serde::to_string(value).unwrap_or_default())
}

/// Dates as the OLS files write them ("September 13, 2024", "Sep 13, 2024") or ISO.
pub fn parse_date(s: &str) -> Option<chrono::NaiveDate> {
    let s = s.trim();
    ["%B %d, %Y", "%b %d, %Y", "%Y-%m-%d", "%d %B %Y", "%B %d %Y"]
        .iter()
        .find_map(|f| chrono::NaiveDate::parse_from_str(s, f).ok())
}

/// The form the OLS files use, for export.
pub fn format_date(d: chrono::NaiveDate) -> String {
    d.format("%B %d, %Y").to_string()
}

/// "90 min", "1 h", "1h 30min", "2 hours", "45": minutes.
pub fn parse_duration(s: &str) -> Option<i32> {
    let s = s.trim().to_lowercase();
    let mut total = 0i32;
    let mut number = String::new();
    let mut seen = false;
    let mut rest = s.as_str();
    while !rest.is_empty() {
        let c = rest.chars().next()?;
        if c.is_ascii_digit() {
            number.push(c);
            rest = &rest[1..];
            continue;
        }
        if c.is_whitespace() {
            rest = &rest[1..];
            continue;
        }
        let unit: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
        if unit.is_empty() {
            return None;
        }
        let n: i32 = number.parse().ok()?;
        number.clear();
        total += match unit.as_str() {
            "h" | "hr" | "hrs" | "hour" | "hours" => n * 60,
            "m" | "min" | "mins" | "minute" | "minutes" => n,
            _ => return None,
        };
        seen = true;
        rest = &rest[unit.len()..];
    }
    if !number.is_empty() {
        total += number.parse::<i32>().ok()?;
        seen = true;
    }
    (seen && total > 0 && total <= 24 * 60).then_some(total)
}

pub fn format_duration(minutes: i32) -> String {
    format!("{minutes} min")
}

/// "17:00", "5:30", "17h00".
pub fn parse_time(s: &str) -> Option<chrono::NaiveTime> {
    let s = s.trim().replace('h', ":");
    chrono::NaiveTime::parse_from_str(&s, "%H:%M").ok()
}

/// The line (1-based) of the first line at or after `from` that contains `needle`: where a
/// value that parsed but made no sense sits in the file.
pub fn find_line(text: &str, from: usize, needle: &str) -> Option<usize> {
    text.lines()
        .enumerate()
        .skip(from.saturating_sub(1))
        .find(|(_, l)| l.contains(needle))
        .map(|(i, _)| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_durations_and_times_in_the_forms_the_files_use() {
        assert_eq!(
            parse_date("September 13, 2024"),
            chrono::NaiveDate::from_ymd_opt(2024, 9, 13)
        );
        assert_eq!(
            parse_date("Sep 3, 2024"),
            chrono::NaiveDate::from_ymd_opt(2024, 9, 3)
        );
        assert_eq!(
            parse_date("2024-09-13"),
            chrono::NaiveDate::from_ymd_opt(2024, 9, 13)
        );
        assert_eq!(parse_date("Septembre 13"), None);
        assert_eq!(
            format_date(chrono::NaiveDate::from_ymd_opt(2024, 9, 3).unwrap()),
            "September 03, 2024"
        );
        assert_eq!(parse_duration("90 min"), Some(90));
        assert_eq!(parse_duration("1h 30min"), Some(90));
        assert_eq!(parse_duration("2 hours"), Some(120));
        assert_eq!(parse_duration("45"), Some(45));
        assert_eq!(parse_duration("soon"), None);
        assert_eq!(
            parse_time("17:00"),
            chrono::NaiveTime::from_hms_opt(17, 0, 0)
        );
        assert_eq!(parse_time("25:00"), None);
    }

    #[test]
    fn tolerant_of_what_real_files_contain() {
        let s: Schedule = parse(
            "weeks:\n  '00':\n    start: September 09, 2024\n    calls:\n    - title: Onboarding\n      type: Mentor\n      hosts:\n      - alice\n      -\n      time: 1020\n      learning_objectives: [a]\n  '01':\n    start: September 16, 2024\n    calls:\ntimeline:\n- description: Opens\n  type: [Talk, Q&A]\n",
        )
        .unwrap();
        let c = &s.weeks["00"].calls[0];
        assert_eq!(c.hosts, vec!["alice"]);
        assert_eq!(c.time.as_deref(), Some("17:00"));
        assert!(c.extra.contains_key("learning_objectives"));
        assert!(s.weeks["01"].calls.is_empty());
        assert!(s.extra.contains_key("timeline"));
        let e = parse::<Schedule>("weeks:\n  '00':\n    start: [unclosed\n").unwrap_err();
        assert!(e.line.is_some(), "{e:?}");
    }
}
