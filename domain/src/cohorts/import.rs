//! Importing a cohort: the three OLS YAML files and a participants CSV are read into a
//! `Plan` (what would be created, changed, or rejected with file, line or row, and reason)
//! that the organizer reviews; `apply` then writes it in one transaction. Both start from
//! the same stored upload, so what was previewed is what is applied.
use super::{model, ols};
use crate::{
    accounts::EmailAddress,
    entities::{cohort, cohort_project, institution, user},
    i18n::Locale,
};
use chrono::{Datelike, NaiveDate};
use sea_orm::{prelude::*, QueryOrder};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

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

#[derive(Clone, Debug, PartialEq)]
pub struct PlannedCall {
    pub kind: &'static str,
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

#[derive(Clone, Debug, PartialEq)]
pub struct PlannedWeek {
    pub number: i32,
    pub starts_on: NaiveDate,
    pub calls: Vec<PlannedCall>,
}

#[derive(Clone, Debug, PartialEq)]
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
#[derive(Clone, Debug, PartialEq)]
pub struct Invitee {
    pub email: String,
    pub name: String,
    pub locale: Locale,
    pub institution_id: Option<i32>,
    pub github: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct PlannedPerson {
    /// GitHub username (lowercase) or email: how the files name them.
    pub handle: String,
    pub role: String,
    pub project: Option<String>,
    /// (id, name) of the matching account.
    pub user: Option<(i32, String)>,
    pub invite: Option<Invitee>,
}

#[derive(Clone, Debug, Default, PartialEq)]
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

/// The line of the `n`-th (0-based) top-level list item, for problems in projects.yaml.
fn item_line(text: &str, n: usize) -> Option<usize> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| l.starts_with("- "))
        .nth(n)
        .map(|(i, _)| i + 1)
}

fn week_line(text: &str, key: &str) -> Option<usize> {
    ols::find_line(text, 1, &format!("'{key}':"))
        .or_else(|| ols::find_line(text, 1, &format!("\"{key}\":")))
        .or_else(|| ols::find_line(text, 1, &format!("{key}:")))
}

/// The line of the `n`-th call (0-based) of a week: the n-th list item at the indentation
/// of the week's first list item, before the next key at the week's level.
fn call_line(text: &str, week_at: Option<usize>, n: usize) -> Option<usize> {
    let from = week_at?;
    let lines: Vec<&str> = text.lines().collect();
    let indent_of = |l: &str| l.len() - l.trim_start().len();
    let week_indent = indent_of(lines.get(from - 1)?);
    let mut item_indent = None;
    let mut count = 0;
    for (i, l) in lines.iter().enumerate().skip(from) {
        let t = l.trim_start();
        if t.is_empty() || t.starts_with('#') {
            continue;
        }
        if indent_of(l) <= week_indent {
            break;
        }
        if t.starts_with("- ") || t == "-" {
            match item_indent {
                None => item_indent = Some(indent_of(l)),
                Some(x) if x != indent_of(l) => continue,
                _ => {}
            }
            if count == n {
                return Some(i + 1);
            }
            count += 1;
        }
    }
    None
}

fn plan_schedule(text: &str, plan: &mut Plan) {
    let schedule: ols::Schedule = match ols::parse(text) {
        Ok(s) => s,
        Err(e) => {
            plan.fatal.push(Problem::new(
                SCHEDULE,
                e.line,
                "import-yaml-invalid",
                e.message,
            ));
            return;
        }
    };
    if schedule.weeks.is_empty() {
        plan.fatal
            .push(Problem::new(SCHEDULE, None, "import-no-weeks", ""));
        return;
    }
    let mut weeks: Vec<PlannedWeek> = vec![];
    for (key, week) in &schedule.weeks {
        let at = week_line(text, key);
        let Some(number) = key
            .trim()
            .parse::<i32>()
            .ok()
            .filter(|n| (0..=60).contains(n))
        else {
            plan.rejected.push(Problem::new(
                SCHEDULE,
                at,
                "import-week-key-invalid",
                key.clone(),
            ));
            continue;
        };
        let starts_on = match week.start.as_deref().map(|s| (s, ols::parse_date(s))) {
            Some((_, Some(d))) => d,
            Some((raw, None)) => {
                plan.rejected.push(Problem::new(
                    SCHEDULE,
                    ols::find_line(text, at.unwrap_or(1), raw),
                    "import-date-invalid",
                    raw,
                ));
                continue;
            }
            None => match weeks.last() {
                Some(prev) => {
                    prev.starts_on + chrono::Duration::days(7 * i64::from(number - prev.number))
                }
                None => {
                    plan.rejected.push(Problem::new(
                        SCHEDULE,
                        at,
                        "import-week-no-start",
                        key.clone(),
                    ));
                    continue;
                }
            },
        };
        let mut calls = vec![];
        for (i, c) in week.calls.iter().enumerate() {
            let line = call_line(text, at, i);
            let Some(title) = c.title.clone() else {
                plan.rejected.push(Problem::new(
                    SCHEDULE,
                    line,
                    "import-call-no-title",
                    format!("{key} #{}", i + 1),
                ));
                continue;
            };
            let mut extra = c.extra.clone();
            let on_date = match c.date.as_deref() {
                None => None,
                Some(raw) => match ols::parse_date(raw) {
                    // A date years away from its week is a placeholder ("March 05, 1900"):
                    // the call is not scheduled yet; the text is kept for the export.
                    Some(d) if (d.year() - starts_on.year()).abs() > 1 => {
                        extra.insert("date".into(), serde_json::Value::String(raw.to_owned()));
                        None
                    }
                    Some(d) => Some(d),
                    None => {
                        plan.rejected.push(Problem::new(
                            SCHEDULE,
                            ols::find_line(text, line.unwrap_or(1), raw),
                            "import-date-invalid",
                            raw,
                        ));
                        continue;
                    }
                },
            };
            if let Some(t) = c.time.as_deref() {
                if ols::parse_time(t).is_none() {
                    plan.rejected.push(Problem::new(
                        SCHEDULE,
                        ols::find_line(text, line.unwrap_or(1), t),
                        "import-time-invalid",
                        t,
                    ));
                    continue;
                }
            }
            let duration = match c.duration.as_deref() {
                None => None,
                Some(raw) => match ols::parse_duration(raw) {
                    Some(m) => Some(m),
                    None => {
                        plan.rejected.push(Problem::new(
                            SCHEDULE,
                            ols::find_line(text, line.unwrap_or(1), raw),
                            "import-duration-invalid",
                            raw,
                        ));
                        continue;
                    }
                },
            };
            calls.push(PlannedCall {
                kind: model::kind_of(c.kind.as_deref(), &title),
                label: c.kind.clone().unwrap_or_default(),
                title,
                on_date,
                at_time: c.time.clone(),
                duration,
                hosts: c.hosts.iter().map(|h| h.to_lowercase()).collect(),
                notes: c.notes.clone(),
                recording: c.recording.clone(),
                talks: c.talks.clone(),
                extra,
            });
        }
        weeks.push(PlannedWeek {
            number,
            starts_on,
            calls,
        });
    }
    weeks.sort_by_key(|w| w.number);
    plan.starts_on = weeks.first().map(|w| w.starts_on);
    plan.ends_on = weeks
        .last()
        .map(|w| w.starts_on + chrono::Duration::days(6));
    plan.schedule_extra = schedule.extra;
    plan.weeks = Some(weeks);
}

fn plan_projects(text: &str, plan: &mut Plan, existing: &[cohort_project::Model]) {
    let projects: Vec<ols::Project> = match ols::parse::<Option<Vec<ols::Project>>>(text) {
        Ok(p) => p.unwrap_or_default(),
        Err(e) => {
            plan.fatal.push(Problem::new(
                PROJECTS,
                e.line,
                "import-yaml-invalid",
                e.message,
            ));
            return;
        }
    };
    let mut out: Vec<PlannedProject> = vec![];
    for (i, p) in projects.into_iter().enumerate() {
        let Some(name) = p.name.clone() else {
            plan.rejected.push(Problem::new(
                PROJECTS,
                item_line(text, i),
                "import-project-no-name",
                format!("#{}", i + 1),
            ));
            continue;
        };
        if out.iter().any(|o| o.name == name) {
            plan.rejected.push(Problem::new(
                PROJECTS,
                item_line(text, i),
                "import-project-duplicate",
                name,
            ));
            continue;
        }
        out.push(PlannedProject {
            is_new: !existing.iter().any(|e| e.name == name),
            description: p.description.unwrap_or_default(),
            keywords: p.keywords,
            participants: p.participants.iter().map(|h| h.to_lowercase()).collect(),
            mentors: p.mentors.iter().map(|h| h.to_lowercase()).collect(),
            extra: p.extra,
            name,
        });
    }
    plan.projects = Some(out);
}

/// The line where a quoted field opens and never closes (the CSV reader would quietly read
/// the rest of the file into it).
fn unclosed_quote(text: &str) -> Option<usize> {
    let (mut inside, mut line, mut opened) = (false, 1, 0);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if inside && chars.peek() == Some(&'"') => {
                chars.next();
            }
            '"' => {
                inside = !inside;
                opened = line;
            }
            '\n' => line += 1,
            _ => {}
        }
    }
    inside.then_some(opened)
}

/// One valid row of the participants CSV.
struct CsvPerson {
    name: String,
    email: String,
    role: String,
    institution_id: Option<i32>,
    github: Option<String>,
    locale: Locale,
    project: Option<String>,
}

fn plan_participants(
    text: &str,
    plan: &mut Plan,
    institutions: &[institution::Model],
    known_projects: &[String],
) -> Vec<CsvPerson> {
    if let Some(line) = unclosed_quote(text) {
        plan.fatal.push(Problem::new(
            PARTICIPANTS,
            Some(line),
            "import-csv-unclosed-quote",
            "",
        ));
        return vec![];
    }
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .flexible(true)
        .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let headers: Vec<String> = match reader.headers() {
        Ok(h) => h
            .iter()
            .map(|h| h.to_lowercase().replace([' ', '-'], "_"))
            .collect(),
        Err(e) => {
            plan.fatal.push(Problem::new(
                PARTICIPANTS,
                Some(1),
                "import-csv-invalid",
                e.to_string(),
            ));
            return vec![];
        }
    };
    let col = |name: &str| headers.iter().position(|h| h == name);
    let (Some(c_name), Some(c_email), Some(c_role)) = (col("name"), col("email"), col("role"))
    else {
        plan.fatal.push(Problem::new(
            PARTICIPANTS,
            Some(1),
            "import-csv-columns",
            headers.join(","),
        ));
        return vec![];
    };
    let (c_inst, c_gh, c_lang, c_proj) = (
        col("institution"),
        col("github_username").or(col("github")),
        col("preferred_language").or(col("language")),
        col("project"),
    );
    let mut out = vec![];
    for (i, rec) in reader.records().enumerate() {
        let row = i + 2;
        let rec = match rec {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map(|p| p.line() as usize).unwrap_or(row);
                plan.fatal.push(Problem::new(
                    PARTICIPANTS,
                    Some(line),
                    "import-csv-invalid",
                    e.to_string(),
                ));
                return vec![];
            }
        };
        let get = |c: Option<usize>| c.and_then(|c| rec.get(c)).unwrap_or("").trim().to_owned();
        let line = rec.position().map(|p| p.line() as usize).unwrap_or(row);
        let reject = |plan: &mut Plan, key: &str, detail: String| {
            plan.rejected
                .push(Problem::new(PARTICIPANTS, Some(line), key, detail));
        };
        let name = get(Some(c_name));
        if name.is_empty() {
            reject(plan, "import-row-no-name", String::new());
            continue;
        }
        let email = match EmailAddress::parse(&get(Some(c_email))) {
            Ok(e) => e.as_str().to_owned(),
            Err(_) => {
                reject(plan, "import-row-email-invalid", get(Some(c_email)));
                continue;
            }
        };
        let role = get(Some(c_role)).to_lowercase();
        if !model::ROLES.contains(&role.as_str()) {
            reject(plan, "import-row-role-invalid", role);
            continue;
        }
        let inst = get(c_inst);
        let institution_id = if inst.is_empty() {
            None
        } else {
            match institutions
                .iter()
                .find(|i| i.name.eq_ignore_ascii_case(&inst))
            {
                Some(i) => Some(i.id),
                None => {
                    reject(plan, "import-row-institution-unknown", inst);
                    continue;
                }
            }
        };
        let lang = get(c_lang);
        let locale = if lang.is_empty() {
            Locale::En
        } else {
            match Locale::parse(&lang.to_lowercase()) {
                Some(l) => l,
                None => {
                    reject(plan, "import-row-language-invalid", lang);
                    continue;
                }
            }
        };
        let github = match crate::accounts::people::check_github_username(&get(c_gh)) {
            Ok(g) => g.map(|g| g.to_lowercase()),
            Err(_) => {
                reject(plan, "import-row-github-invalid", get(c_gh));
                continue;
            }
        };
        let project = Some(get(c_proj)).filter(|p| !p.is_empty());
        if let Some(p) = &project {
            if !known_projects.iter().any(|k| k == p) {
                reject(plan, "import-row-project-unknown", p.clone());
                continue;
            }
        }
        out.push(CsvPerson {
            name,
            email,
            role,
            institution_id,
            github,
            locale,
            project,
        });
    }
    out
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
    let existing = cohort::Entity::find()
        .filter(cohort::Column::Slug.eq(&plan.slug))
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
            cohort_project::Entity::find()
                .filter(cohort_project::Column::CohortId.eq(c.id))
                .all(db)
                .await?
        }
        None => vec![],
    };
    if !up.schedule.trim().is_empty() {
        plan_schedule(&up.schedule, &mut plan);
    }
    if !up.projects.trim().is_empty() {
        plan_projects(&up.projects, &mut plan, &existing_projects);
    }
    let mut metadata = ols::Metadata::default();
    if !up.metadata.trim().is_empty() {
        match ols::parse::<Option<ols::Metadata>>(&up.metadata) {
            Ok(m) => metadata = m.unwrap_or_default(),
            Err(e) => plan.fatal.push(Problem::new(
                METADATA,
                e.line,
                "import-yaml-invalid",
                e.message,
            )),
        }
    }
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
        plan_participants(&up.participants, &mut plan, &institutions, &known_projects)
    };
    resolve_people(db, &mut plan, &metadata, csv_people).await?;
    Ok(plan)
}

/// (handle, role) → project, in insertion order.
#[derive(Default)]
struct Ordered(Vec<((String, String), Option<String>)>);

impl Ordered {
    fn get(&self, k: &(String, String)) -> Option<String> {
        self.0
            .iter()
            .find(|(x, _)| x == k)
            .and_then(|(_, p)| p.clone())
    }
    /// Adds the key if new; keeps an existing entry as it is.
    fn keep(&mut self, k: (String, String), p: Option<String>) {
        if !self.0.iter().any(|(x, _)| *x == k) {
            self.0.push((k, p));
        }
    }
    /// Adds the key, or sets the project of the existing entry.
    fn set(&mut self, k: (String, String), p: Option<String>) {
        match self.0.iter_mut().find(|(x, _)| *x == k) {
            Some(e) => e.1 = p,
            None => self.0.push((k, p)),
        }
    }
}

/// Everyone the files name, with their roles, matched to accounts by GitHub username or
/// email; people only the CSV knows (with an email) are invited.
async fn resolve_people(
    db: &DatabaseConnection,
    plan: &mut Plan,
    meta: &ols::Metadata,
    csv: Vec<CsvPerson>,
) -> Result<(), DbErr> {
    // (handle, role) → project, in the order the files name them (so an export keeps it).
    let mut wanted: Ordered = Ordered::default();
    for (list, role) in [
        (&meta.organizers, "organizer"),
        (&meta.experts, "expert"),
        (&meta.facilitators, "facilitator"),
        (&meta.possible_mentors, "mentor"),
    ] {
        for h in list {
            wanted.keep((h.to_lowercase(), role.into()), None);
        }
    }
    for p in plan.projects.iter().flatten() {
        for h in &p.participants {
            wanted.set((h.clone(), "participant".into()), Some(p.name.clone()));
        }
        for h in &p.mentors {
            wanted.set((h.clone(), "mentor".into()), Some(p.name.clone()));
        }
    }
    let mut invites: HashMap<String, Invitee> = HashMap::new();
    for c in csv {
        // The CSV names a person by their GitHub username when it has one, so a row and
        // the YAML files agree on who is who.
        let handle = c.github.clone().unwrap_or_else(|| c.email.clone());
        let project = c
            .project
            .clone()
            .or_else(|| wanted.get(&(handle.clone(), c.role.clone())));
        wanted.set((handle.clone(), c.role.clone()), project);
        invites.insert(
            handle,
            Invitee {
                email: c.email,
                name: c.name,
                locale: c.locale,
                institution_id: c.institution_id,
                github: c.github,
            },
        );
    }
    let users = user::Entity::find().all(db).await?;
    let by_github: HashMap<String, &user::Model> = users
        .iter()
        // Only verified usernames match: a typed one may be someone else's.
        .filter(|u| u.github_verified_at.is_some())
        .filter_map(|u| u.github_username.as_ref().map(|g| (g.to_lowercase(), u)))
        .collect();
    let by_email: HashMap<&str, &user::Model> =
        users.iter().map(|u| (u.email.as_str(), u)).collect();
    for ((handle, role), project) in wanted.0 {
        let invite = invites.get(&handle).cloned();
        let user = by_github
            .get(&handle)
            .or_else(|| by_email.get(handle.as_str()))
            .or_else(|| invite.as_ref().and_then(|i| by_email.get(i.email.as_str())))
            .map(|u| (u.id, u.name.clone()));
        plan.people.push(PlannedPerson {
            invite: if user.is_some() { None } else { invite },
            handle,
            role,
            project,
            user,
        });
    }
    Ok(())
}

/// Largest upload accepted per file: OLS files are a few KB; a cohort CSV a few hundred rows.
pub const MAX_FILE_BYTES: usize = 512 * 1024;

/// Keeps an upload for review; returns its id.
pub async fn store(
    db: &DatabaseConnection,
    actor: &crate::accounts::CurrentUser,
    up: &Upload,
) -> crate::ServiceResult<i32> {
    use sea_orm::ActiveValue::Set;
    actor.require_staff()?;
    for (field, text) in [
        ("metadata", &up.metadata),
        ("projects", &up.projects),
        ("schedule", &up.schedule),
        ("participants", &up.participants),
    ] {
        if text.len() > MAX_FILE_BYTES {
            return Err(crate::ServiceError::invalid(field, "import-file-too-large"));
        }
    }
    let m = crate::entities::cohort_import::ActiveModel {
        created_by: Set(actor.id),
        files: Set(
            serde_json::to_string(up).map_err(|e| crate::ServiceError::Internal(e.to_string()))?
        ),
        created_at: Set(chrono::Utc::now()),
        applied_at: Set(None),
        cohort_id: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(m.id)
}

/// A stored upload and its plan, as the organizer reviews it.
pub struct Review {
    pub id: i32,
    pub upload: Upload,
    pub plan: Plan,
    pub applied_to: Option<String>,
}

pub async fn review(
    db: &DatabaseConnection,
    actor: &crate::accounts::CurrentUser,
    id: i32,
) -> crate::ServiceResult<Review> {
    actor.require_staff()?;
    let row = crate::entities::cohort_import::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(crate::ServiceError::NotFound)?;
    let upload: Upload = serde_json::from_str(&row.files)
        .map_err(|e| crate::ServiceError::Internal(e.to_string()))?;
    let plan = plan(db, &upload).await?;
    let applied_to = match (row.applied_at, row.cohort_id) {
        (Some(_), Some(cid)) => cohort::Entity::find_by_id(cid)
            .one(db)
            .await?
            .map(|c| c.slug),
        _ => None,
    };
    Ok(Review {
        id,
        upload,
        plan,
        applied_to,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_and_lines() {
        assert!(check_slug("ols-9-catalyst"));
        assert!(!check_slug("OLS 9"));
        assert!(!check_slug("-x"));
        let text = "# c\n---\n- name: A\n  mentors: []\n- name: B\n";
        assert_eq!(item_line(text, 1), Some(5));
        let s = "weeks:\n  '00':\n    start: x\n    calls:\n    - title: a\n      type: Cohort\n    - duration: 30 min\n      title: b\n  '01':\n";
        let at = week_line(s, "00");
        assert_eq!(at, Some(2));
        assert_eq!(call_line(s, at, 0), Some(5));
        assert_eq!(call_line(s, at, 1), Some(7));
    }
}
