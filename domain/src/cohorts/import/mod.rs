//! Importing a cohort: the three OLS YAML files and a participants CSV are read into a
//! `Plan` (what would be created, changed, or rejected with file, line or row, and reason)
//! that the organizer reviews; `apply` then writes it in one transaction. The plan is
//! computed once, when the files are stored, and kept with them: what was previewed is what
//! is applied, and a review view costs a database read, not a parse.
//!
//! - `schedule`, `projects`, `participants`: one file each.
//! - `shape`: what kind of OLS file a text is, so a file in the wrong slot is refused.
//! - `people`: everyone the files name, matched to accounts or invited.
//! - `lines`: where in a file a problem sits.
//! - `stored`: keeping an upload and its plan for review.
use super::{model, ols};
use crate::{entities::institution, i18n::Locale};
use chrono::NaiveDate;
use sea_orm::{prelude::*, QueryOrder};
use serde::{Deserialize, Serialize};

mod lines;
mod participants;
mod people;
mod projects;
mod schedule;
pub mod shape;
mod stored;

pub(crate) use stored::replan;
pub use stored::{review, store, Review, MAX_FILE_BYTES};

/// What the organizer typed and uploaded. Empty texts mean "not given".
#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq)]
pub struct Upload {
    pub slug: String,
    pub name: String,
    pub programme: String,
    pub timezone: String,
    pub metadata: String,
    pub projects: String,
    pub schedule: String,
    pub participants: String,
}

pub const METADATA: &str = "metadata.yaml";
pub const PROJECTS: &str = "projects.yaml";
pub const SCHEDULE: &str = "schedule.yaml";
pub const PARTICIPANTS: &str = "participants.csv";
pub const FORM: &str = "form";

/// Something wrong in the upload: where (file and line or row) and what (a Fluent id, with
/// the offending text).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Problem {
    pub file: String,
    pub line: Option<usize>,
    pub key: String,
    pub detail: String,
}

impl Problem {
    fn new(file: &str, line: Option<usize>, key: &str, detail: impl Into<String>) -> Self {
        Problem {
            file: file.to_owned(),
            line,
            key: key.to_owned(),
            detail: detail.into(),
        }
    }
}

/// A call kind is one of `model::KINDS`; stored plans name it as text.
mod kind_serde {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(k: &&'static str, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(k)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<&'static str, D::Error> {
        let k = String::deserialize(d)?;
        Ok(super::model::KINDS
            .iter()
            .find(|x| **x == k)
            .copied()
            .unwrap_or("other"))
    }
}

/// One of `model::KINDS`. (An alias, so serde does not borrow it from the stored text.)
pub type Kind = &'static str;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlannedCall {
    #[serde(with = "kind_serde")]
    pub kind: Kind,
    pub label: String,
    pub title: String,
    pub on_date: Option<NaiveDate>,
    pub at_time: Option<String>,
    pub duration: Option<i32>,
    pub hosts: Vec<String>,
    pub notes: Option<String>,
    pub recording: Option<String>,
    pub talks: Vec<ols::Talk>,
    pub extra: ols::Extra,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlannedWeek {
    pub number: i32,
    pub starts_on: NaiveDate,
    pub calls: Vec<PlannedCall>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlannedProject {
    pub name: String,
    pub description: String,
    pub keywords: Vec<String>,
    pub participants: Vec<String>,
    pub mentors: Vec<String>,
    pub extra: ols::Extra,
    pub is_new: bool,
}

/// Someone the CSV names who has no account yet: they get an invitation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Invitee {
    pub email: String,
    pub name: String,
    pub locale: Locale,
    pub institution_id: Option<i32>,
    pub github: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlannedPerson {
    /// GitHub username (lowercase) or email: how the files name them.
    pub handle: String,
    pub role: String,
    pub project: Option<String>,
    /// (id, name) of the matching account.
    pub user: Option<(i32, String)>,
    pub invite: Option<Invitee>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Plan {
    pub slug: String,
    pub name: String,
    pub programme: String,
    pub timezone: String,
    pub existing: Option<i32>,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
    /// None when no schedule was uploaded (an existing schedule is kept).
    pub weeks: Option<Vec<PlannedWeek>>,
    pub projects: Option<Vec<PlannedProject>>,
    pub people: Vec<PlannedPerson>,
    pub schedule_extra: ols::Extra,
    pub metadata_extra: ols::Extra,
    /// Items left out (the rest can be applied).
    pub rejected: Vec<Problem>,
    /// Problems that stop the whole import.
    pub fatal: Vec<Problem>,
    /// What the organizer should know although nothing was left out: a week start inferred,
    /// fields kept that the app does not use (personal data among them).
    #[serde(default)]
    pub notices: Vec<Problem>,
    /// metadata.yaml's `possible-mentors` as given (None: no metadata uploaded). Kept apart
    /// from the project mentors, who are mentors too, so an export gives back this list and
    /// not every mentor of every project.
    #[serde(default)]
    pub possible_mentors: Option<Vec<String>>,
}

impl Plan {
    pub fn can_apply(&self) -> bool {
        self.fatal.is_empty()
    }
    pub fn calls(&self) -> usize {
        self.weeks.iter().flatten().map(|w| w.calls.len()).sum()
    }
}

pub fn check_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !s.starts_with('-')
}

/// Reads an upload into a plan. Nothing is written.
pub async fn plan(db: &DatabaseConnection, up: &Upload) -> Result<Plan, DbErr> {
    let mut plan = Plan {
        slug: up.slug.trim().to_lowercase(),
        name: up.name.trim().to_owned(),
        programme: Some(up.programme.trim())
            .filter(|p| !p.is_empty())
            .unwrap_or("OLS Open Seeds")
            .to_owned(),
        timezone: Some(up.timezone.trim())
            .filter(|p| !p.is_empty())
            .unwrap_or("UTC")
            .to_owned(),
        ..Default::default()
    };
    if !check_slug(&plan.slug) {
        plan.fatal.push(Problem::new(
            FORM,
            None,
            "import-slug-invalid",
            plan.slug.clone(),
        ));
    }
    if plan.timezone.parse::<chrono_tz::Tz>().is_err() {
        plan.fatal.push(Problem::new(
            FORM,
            None,
            "import-timezone-invalid",
            plan.timezone.clone(),
        ));
    }
    let existing = crate::entities::cohort::Entity::find()
        .filter(crate::entities::cohort::Column::Slug.eq(&plan.slug))
        .one(db)
        .await?;
    plan.existing = existing.as_ref().map(|c| c.id);
    if plan.name.is_empty() {
        match &existing {
            Some(c) => plan.name = c.name.clone(),
            None => plan
                .fatal
                .push(Problem::new(FORM, None, "import-name-required", "")),
        }
    }
    if existing.is_none() && up.schedule.trim().is_empty() {
        plan.fatal
            .push(Problem::new(SCHEDULE, None, "import-schedule-required", ""));
    }
    let existing_projects = match &existing {
        Some(c) => {
            crate::entities::cohort_project::Entity::find()
                .filter(crate::entities::cohort_project::Column::CohortId.eq(c.id))
                .all(db)
                .await?
        }
        None => vec![],
    };
    // Each file must be the kind its slot expects before anything of it is read.
    let slots = [
        (SCHEDULE, &up.schedule, shape::Shape::Schedule),
        (PROJECTS, &up.projects, shape::Shape::Projects),
        (METADATA, &up.metadata, shape::Shape::Metadata),
    ];
    let mut usable = [true; 3];
    for (i, (file, text, want)) in slots.iter().enumerate() {
        if text.trim().is_empty() {
            continue;
        }
        if let Err(p) = shape::expect(file, text, *want) {
            plan.fatal.push(p);
            usable[i] = false;
        }
    }
    if usable[0] && !up.schedule.trim().is_empty() {
        schedule::plan_schedule(&up.schedule, &mut plan);
    }
    if usable[1] && !up.projects.trim().is_empty() {
        projects::plan_projects(&up.projects, &mut plan, &existing_projects);
    }
    let mut metadata = ols::Metadata::default();
    if usable[2] && !up.metadata.trim().is_empty() {
        match ols::parse::<Option<ols::Metadata>>(&up.metadata) {
            Ok(m) => {
                metadata = m.unwrap_or_default();
                plan.possible_mentors = Some(
                    metadata
                        .possible_mentors
                        .iter()
                        .map(|h| h.to_lowercase())
                        .collect(),
                );
            }
            Err(e) => plan
                .fatal
                .push(Problem::new(METADATA, e.line, e.key(), e.message)),
        }
    }
    shape::notice_unused(METADATA, &metadata.extra, &mut plan.notices);
    plan.metadata_extra = metadata.extra.clone();
    let known_projects: Vec<String> = match &plan.projects {
        Some(p) => p.iter().map(|p| p.name.clone()).collect(),
        None => existing_projects.iter().map(|p| p.name.clone()).collect(),
    };
    let institutions = institution::Entity::find()
        .order_by_asc(institution::Column::Id)
        .all(db)
        .await?;
    let csv_people = if up.participants.trim().is_empty() {
        vec![]
    } else {
        participants::plan_participants(&up.participants, &mut plan, &institutions, &known_projects)
    };
    people::resolve_people(db, &mut plan, &metadata, csv_people).await?;
    Ok(plan)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert!(check_slug("ols-9-catalyst"));
        assert!(!check_slug("OLS 9"));
        assert!(!check_slug("-x"));
    }
}
