//! A cohort back in the shapes it came in: the three OLS YAML files and a participants CSV.
//! Fields the model does not use were kept at import and are written back.
use super::{access::CohortAccess, model, ols};
use crate::{
    entities::{
        cohort, cohort_call, cohort_member, cohort_project, cohort_week, institution,
        project_person, user,
    },
    ServiceResult,
};
use sea_orm::{prelude::*, QueryOrder};
use std::collections::{BTreeMap, HashMap};

fn extra(json: &str) -> ols::Extra {
    serde_json::from_str(json).unwrap_or_default()
}

fn cohort_extra(c: &cohort::Model, part: &str) -> ols::Extra {
    serde_json::from_str::<serde_json::Value>(&c.extra)
        .ok()
        .and_then(|v| v.get(part).cloned())
        .and_then(|v| serde_json::from_value(v).ok())
        .unwrap_or_default()
}

pub async fn metadata(db: &DatabaseConnection, a: &CohortAccess) -> ServiceResult<String> {
    a.require_manage()?;
    let members = cohort_member::Entity::find()
        .filter(cohort_member::Column::CohortId.eq(a.cohort.id))
        .order_by_asc(cohort_member::Column::Id)
        .all(db)
        .await?;
    let of = |role: &str| -> Vec<String> {
        members
            .iter()
            .filter(|m| m.role == role)
            .map(|m| m.handle.clone())
            .collect()
    };
    // The possible mentors the metadata named (still mentors of the cohort), not every
    // project's mentors; cohorts imported before that list was kept: the mentors of no
    // project.
    let mentors = of("mentor");
    let possible_mentors = match serde_json::from_str::<serde_json::Value>(&a.cohort.extra)
        .ok()
        .and_then(|v| v.get("possible-mentors").cloned())
        .and_then(|v| serde_json::from_value::<Vec<String>>(v).ok())
    {
        Some(listed) => listed.into_iter().filter(|h| mentors.contains(h)).collect(),
        None => {
            let of_projects = project_mentors(db, a.cohort.id).await?;
            mentors
                .into_iter()
                .filter(|h| !of_projects.contains(h))
                .collect()
        }
    };
    let m = ols::Metadata {
        experts: of("expert"),
        facilitators: of("facilitator"),
        organizers: of("organizer"),
        possible_mentors,
        extra: cohort_extra(&a.cohort, "metadata"),
    };
    Ok(format!(
        "# Experts, facilitators, possible mentors and organizers of {}\n---\n{}",
        a.cohort.name,
        ols::to_yaml(&m)
    ))
}

/// Handles of the mentors of the cohort's projects.
async fn project_mentors(db: &DatabaseConnection, cohort_id: i32) -> ServiceResult<Vec<String>> {
    let projects = cohort_project::Entity::find()
        .filter(cohort_project::Column::CohortId.eq(cohort_id))
        .all(db)
        .await?;
    Ok(project_person::Entity::find()
        .filter(project_person::Column::ProjectId.is_in(projects.iter().map(|p| p.id)))
        .filter(project_person::Column::Role.eq("mentor"))
        .all(db)
        .await?
        .into_iter()
        .map(|p| p.handle)
        .collect())
}

pub async fn projects(db: &DatabaseConnection, a: &CohortAccess) -> ServiceResult<String> {
    a.require_manage()?;
    let projects = cohort_project::Entity::find()
        .filter(cohort_project::Column::CohortId.eq(a.cohort.id))
        .order_by_asc(cohort_project::Column::Position)
        .all(db)
        .await?;
    let people = project_person::Entity::find()
        .filter(project_person::Column::ProjectId.is_in(projects.iter().map(|p| p.id)))
        .order_by_asc(project_person::Column::Id)
        .all(db)
        .await?;
    let out: Vec<ols::Project> = projects
        .iter()
        .map(|p| {
            let of = |role: &str| -> Vec<String> {
                people
                    .iter()
                    .filter(|x| x.project_id == p.id && x.role == role)
                    .map(|x| x.handle.clone())
                    .collect()
            };
            ols::Project {
                name: Some(p.name.clone()),
                description: Some(p.description.clone()).filter(|d| !d.is_empty()),
                participants: of("participant"),
                mentors: of("mentor"),
                keywords: serde_json::from_str(&p.keywords).unwrap_or_default(),
                extra: extra(&p.extra),
            }
        })
        .collect();
    Ok(format!(
        "# Projects of {}\n---\n{}",
        a.cohort.name,
        ols::to_yaml(&out)
    ))
}

pub async fn schedule(db: &DatabaseConnection, a: &CohortAccess) -> ServiceResult<String> {
    a.require_manage()?;
    let weeks = cohort_week::Entity::find()
        .filter(cohort_week::Column::CohortId.eq(a.cohort.id))
        .order_by_asc(cohort_week::Column::Number)
        .all(db)
        .await?;
    let calls = cohort_call::Entity::find()
        .filter(cohort_call::Column::CohortId.eq(a.cohort.id))
        .order_by_asc(cohort_call::Column::Position)
        .all(db)
        .await?;
    let mut out = ols::Schedule {
        weeks: BTreeMap::new(),
        extra: cohort_extra(&a.cohort, "schedule"),
    };
    for w in &weeks {
        let calls = calls
            .iter()
            .filter(|c| c.week_id == w.id)
            .map(|c| {
                let mut extra = extra(&c.extra);
                // A placeholder date kept at import goes back where it was.
                let date = c.on_date.map(ols::format_date).or_else(|| {
                    extra
                        .remove("date")
                        .and_then(|v| v.as_str().map(str::to_owned))
                });
                ols::Call {
                    date,
                    time: c.at_time.clone(),
                    duration: c.duration_minutes.map(ols::format_duration),
                    notes: c.notes_url.clone(),
                    recording: c.recording_url.clone(),
                    title: Some(c.title.clone()),
                    hosts: serde_json::from_str(&c.hosts).unwrap_or_default(),
                    kind: Some(c.kind_label.clone())
                        .filter(|l| !l.is_empty())
                        .or_else(|| {
                            Some(model::label_of(&c.kind).to_owned()).filter(|l| !l.is_empty())
                        }),
                    talks: serde_json::from_str(&c.talks).unwrap_or_default(),
                    extra,
                }
            })
            .collect();
        out.weeks.insert(
            format!("{:02}", w.number),
            ols::Week {
                start: Some(ols::format_date(w.starts_on)),
                calls,
                extra: Default::default(),
            },
        );
    }
    Ok(format!(
        "# Schedule of {}\n---\n{}",
        a.cohort.name,
        ols::to_yaml(&out)
    ))
}

/// name, email, role, institution, github_username, preferred_language, project: one row per
/// role a person holds (people without an account yet have only their handle).
pub async fn participants_csv(db: &DatabaseConnection, a: &CohortAccess) -> ServiceResult<String> {
    a.require_manage()?;
    let members = cohort_member::Entity::find()
        .filter(cohort_member::Column::CohortId.eq(a.cohort.id))
        .order_by_asc(cohort_member::Column::Id)
        .all(db)
        .await?;
    let users: HashMap<i32, user::Model> = user::Entity::find()
        .filter(user::Column::Id.is_in(members.iter().filter_map(|m| m.user_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u))
        .collect();
    let institutions: HashMap<i32, String> = institution::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|i| (i.id, i.name))
        .collect();
    let projects = cohort_project::Entity::find()
        .filter(cohort_project::Column::CohortId.eq(a.cohort.id))
        .all(db)
        .await?;
    let people = project_person::Entity::find()
        .filter(project_person::Column::ProjectId.is_in(projects.iter().map(|p| p.id)))
        .all(db)
        .await?;
    // People invited but not joined yet: their invitation knows their address and language.
    let invited: HashMap<String, crate::entities::invitation::Model> =
        crate::entities::invitation::Entity::find()
            .filter(crate::entities::invitation::Column::CohortId.eq(a.cohort.id))
            .all(db)
            .await?
            .into_iter()
            .map(|i| {
                (
                    i.github_username
                        .clone()
                        .map(|g| g.to_lowercase())
                        .unwrap_or_else(|| i.email.clone()),
                    i,
                )
            })
            .collect();
    let mut w = crate::csv_out::Writer::new();
    w.row([
        "name",
        "email",
        "role",
        "institution",
        "github_username",
        "preferred_language",
        "project",
    ]);
    for m in &members {
        let u = m.user_id.and_then(|id| users.get(&id));
        // Someone in several projects in one role: the last in the files' order, as an
        // import reads it.
        let project = projects
            .iter()
            .filter(|x| {
                people
                    .iter()
                    .any(|p| p.project_id == x.id && p.handle == m.handle && p.role == m.role)
            })
            .max_by_key(|x| x.position)
            .map(|p| p.name.clone())
            .unwrap_or_default();
        let is_email = m.handle.contains('@');
        let inv = invited.get(&m.handle);
        let email = match (u, inv) {
            (Some(u), _) => u.email.clone(),
            (None, Some(i)) => i.email.clone(),
            (None, None) if is_email => m.handle.clone(),
            _ => String::new(),
        };
        let institution = u
            .and_then(|u| u.institution_id)
            .or(inv.and_then(|i| i.institution_id))
            .and_then(|i| institutions.get(&i).cloned())
            .unwrap_or_default();
        w.row([
            u.map(|u| u.name.clone()).unwrap_or_default(),
            email,
            m.role.clone(),
            institution,
            // Only a verified username is the person's; a typed one is written as the
            // row's own handle (what the cohort file named), never as proof of identity.
            u.filter(|u| u.github_verified_at.is_some())
                .and_then(|u| u.github_username.clone())
                .unwrap_or_else(|| {
                    if is_email {
                        String::new()
                    } else {
                        m.handle.clone()
                    }
                }),
            u.map(|u| u.locale.clone())
                .or(inv.map(|i| i.locale.clone()))
                .unwrap_or_default(),
            project,
        ]);
    }
    // `csv_out`: formula-like cells neutralized (the importer undoes it), and a byte-order
    // mark so spreadsheet programs read the accents as UTF-8.
    Ok(w.finish())
}
