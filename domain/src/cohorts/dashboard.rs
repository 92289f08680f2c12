//! The organizer's cohort dashboard: participants × weeks (attendance), × milestones and ×
//! required courses, filtered by role, institution and project, with the people falling
//! behind highlighted and two charts. Built with a fixed number of queries, whatever the
//! cohort's size.
use super::{
    access, milestones,
    progress::{self, Courses, Marks},
    schedule,
};
use crate::{
    accounts::CurrentUser,
    entities::{cohort_member, institution, milestone_tick, user},
    AppState, ServiceResult,
};
use chrono::{NaiveDate, Utc};
use sea_orm::prelude::*;
use std::collections::HashMap;

#[derive(Clone, Debug, Default)]
pub struct Filters {
    pub role: String,
    pub institution: Option<i32>,
    pub project: Option<i32>,
    /// Only the people falling behind.
    pub behind_only: bool,
}

#[derive(Clone, Debug)]
pub struct Row {
    pub user_id: Option<i32>,
    pub name: String,
    pub handle: String,
    pub institution: String,
    pub project: String,
    /// (expected, attended) per week.
    pub weeks: Vec<(u32, u32)>,
    pub milestones: Vec<bool>,
    pub courses: Vec<u32>,
    pub behind: Vec<&'static str>,
}

#[derive(Clone, Debug)]
pub struct Dashboard {
    pub slug: String,
    pub name: String,
    pub weeks: Vec<(i32, NaiveDate)>,
    /// (key, custom title).
    pub milestones: Vec<(String, Option<String>)>,
    /// (slug, title).
    pub courses: Vec<(String, String)>,
    pub rows: Vec<Row>,
    /// Percent attended per week (None: no attendance taken yet).
    pub attendance_by_week: Vec<Option<u32>>,
    /// Percent of participants with every required course done, by the end of each week.
    pub completion_by_week: Vec<u32>,
    pub institutions: Vec<(i32, String)>,
    pub projects: Vec<(i32, String)>,
    pub total: usize,
    pub behind: usize,
}

pub async fn build(
    state: &AppState,
    actor: &CurrentUser,
    slug: &str,
    f: &Filters,
) -> ServiceResult<Dashboard> {
    let db = &state.db;
    let a = access::access(db, actor, slug).await?;
    a.require_manage()?;
    let c = &a.cohort;
    let weeks = schedule::weeks(db, &a).await?;
    let projects = schedule::projects(db, c.id).await?;
    let role = if f.role.is_empty() {
        "participant"
    } else {
        f.role.as_str()
    };
    let members = cohort_member::Entity::find()
        .filter(cohort_member::Column::CohortId.eq(c.id))
        .filter(cohort_member::Column::Role.eq(role))
        .all(db)
        .await?;
    let ids: Vec<i32> = members.iter().filter_map(|m| m.user_id).collect();
    let users: HashMap<i32, user::Model> = user::Entity::find()
        .filter(user::Column::Id.is_in(ids.clone()))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u))
        .collect();
    let institutions: Vec<(i32, String)> = institution::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|i| (i.id, i.name))
        .collect();
    let call_ids: Vec<i32> = weeks
        .iter()
        .flat_map(|w| w.calls.iter().map(|c| c.id))
        .collect();
    let marks = Marks::load(db, &call_ids).await?;
    let catalog = state.library.catalog();
    let slugs = schedule::required_courses(db, c.id).await?;
    let courses = Courses::load(db, &catalog, slugs.clone(), &ids).await?;
    let all_milestones = milestones::list(db, c.id).await?;
    let ticks: std::collections::HashSet<(i32, String)> = milestone_tick::Entity::find()
        .filter(milestone_tick::Column::MilestoneId.is_in(all_milestones.iter().map(|m| m.id)))
        .all(db)
        .await?
        .into_iter()
        .map(|t| (t.milestone_id, t.subject))
        .collect();
    // Each person's project, looked up once rather than scanned per row.
    let mut by_handle: HashMap<&str, &schedule::ProjectView> = HashMap::new();
    let mut by_user: HashMap<i32, &schedule::ProjectView> = HashMap::new();
    for p in &projects {
        for x in p.participants.iter().chain(&p.mentors) {
            by_handle.entry(x.handle.as_str()).or_insert(p);
            if let Some(u) = x.user_id {
                by_user.entry(u).or_insert(p);
            }
        }
    }
    let project_of = |handle: &str, uid: Option<i32>| {
        by_handle
            .get(handle)
            .or_else(|| uid.and_then(|u| by_user.get(&u)))
            .copied()
    };
    let now = Utc::now();
    let mut rows = vec![];
    for m in &members {
        let u = m.user_id.and_then(|id| users.get(&id));
        let inst_id = u.and_then(|u| u.institution_id);
        if f.institution.is_some() && f.institution != inst_id {
            continue;
        }
        let project = project_of(&m.handle, m.user_id);
        if f.project.is_some() && f.project != project.map(|p| p.id) {
            continue;
        }
        let (cells, behind, course_cells, milestone_cells) = match m.user_id {
            Some(uid) => (
                progress::week_cells(&weeks, &marks, uid),
                progress::behind(&weeks, &marks, &courses, uid, c, now),
                slugs
                    .iter()
                    .map(|s| courses.percent(uid, s, None))
                    .collect(),
                all_milestones
                    .iter()
                    .map(|ms| {
                        let subject = if ms.scope == "project" {
                            format!("p:{}", project.map_or(0, |p| p.id))
                        } else {
                            format!("u:{uid}")
                        };
                        ticks.contains(&(ms.id, subject))
                    })
                    .collect(),
            ),
            None => (
                vec![(0, 0); weeks.len()],
                vec![],
                vec![0; slugs.len()],
                vec![false; all_milestones.len()],
            ),
        };
        if f.behind_only && behind.is_empty() {
            continue;
        }
        rows.push(Row {
            user_id: m.user_id,
            name: u.map(|u| u.name.clone()).unwrap_or_default(),
            handle: m.handle.clone(),
            institution: inst_id
                .and_then(|i| institutions.iter().find(|x| x.0 == i))
                .map(|x| x.1.clone())
                .unwrap_or_default(),
            project: project.map(|p| p.name.clone()).unwrap_or_default(),
            weeks: cells,
            milestones: milestone_cells,
            courses: course_cells,
            behind,
        });
    }
    // Those falling behind first, then by name.
    rows.sort_by(|x, y| {
        y.behind
            .len()
            .cmp(&x.behind.len())
            .then_with(|| x.name.to_lowercase().cmp(&y.name.to_lowercase()))
            .then_with(|| x.handle.cmp(&y.handle))
    });
    let attendance_by_week = (0..weeks.len())
        .map(|i| {
            let (e, a) = rows.iter().fold((0u32, 0u32), |(e, a), r| {
                (e + r.weeks[i].0, a + r.weeks[i].1)
            });
            (e > 0).then(|| a * 100 / e)
        })
        .collect();
    let linked: Vec<i32> = rows.iter().filter_map(|r| r.user_id).collect();
    let completion_by_week = weeks
        .iter()
        .map(|w| {
            let end = (w.starts_on + chrono::Duration::days(7))
                .and_hms_opt(0, 0, 0)
                .map(|d| d.and_utc());
            let done = linked.iter().filter(|u| courses.all_done(**u, end)).count();
            if linked.is_empty() {
                0
            } else {
                (done * 100 / linked.len()) as u32
            }
        })
        .collect();
    let behind = rows.iter().filter(|r| !r.behind.is_empty()).count();
    Ok(Dashboard {
        slug: c.slug.clone(),
        name: c.name.clone(),
        weeks: weeks.iter().map(|w| (w.number, w.starts_on)).collect(),
        milestones: all_milestones
            .iter()
            .map(|m| (m.key.clone(), m.title.clone()))
            .collect(),
        courses: slugs
            .iter()
            .map(|s| {
                (
                    s.clone(),
                    catalog
                        .course(s)
                        .map(|c| c.meta(actor.locale).title.clone())
                        .unwrap_or_else(|| s.clone()),
                )
            })
            .collect(),
        total: rows.len(),
        behind,
        rows,
        attendance_by_week,
        completion_by_week,
        institutions,
        projects: projects.iter().map(|p| (p.id, p.name.clone())).collect(),
    })
}

/// The dashboard as CSV (`csv_out`: formula-like cells neutralized, UTF-8 with a BOM).
/// `label` names the columns in the reader's language.
pub fn to_csv(d: &Dashboard, label: impl Fn(&str) -> String) -> String {
    let mut w = crate::csv_out::Writer::new();
    let mut head = vec![
        label("field-name"),
        label("cohort-handle"),
        label("field-institution"),
        label("cohort-project"),
    ];
    head.extend(
        d.weeks
            .iter()
            .map(|(n, _)| format!("{} {n:02}", label("cohort-week-short"))),
    );
    head.extend(d.milestones.iter().map(|(k, t)| {
        t.clone()
            .unwrap_or_else(|| label(&format!("milestone-{k}")))
    }));
    head.extend(d.courses.iter().map(|(_, t)| t.clone()));
    head.push(label("cohort-behind"));
    w.row(&head);
    for r in &d.rows {
        let mut rec = vec![
            r.name.clone(),
            r.handle.clone(),
            r.institution.clone(),
            r.project.clone(),
        ];
        rec.extend(r.weeks.iter().map(|(e, a)| {
            if *e == 0 {
                String::new()
            } else {
                format!("{a}/{e}")
            }
        }));
        rec.extend(
            r.milestones
                .iter()
                .map(|m| if *m { "1".into() } else { "0".into() }),
        );
        rec.extend(r.courses.iter().map(|p| format!("{p}%")));
        rec.push(
            r.behind
                .iter()
                .map(|b| label(b))
                .collect::<Vec<_>>()
                .join("; "),
        );
        w.row(&rec);
    }
    w.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_like_cells_are_text_in_the_csv() {
        let d = Dashboard {
            slug: "s".into(),
            name: "n".into(),
            weeks: vec![],
            milestones: vec![("roadmap".into(), Some("+1 roadmap".into()))],
            courses: vec![],
            rows: vec![Row {
                user_id: None,
                name: "=HYPERLINK(\"http://evil.example\",\"x\")".into(),
                handle: "-h".into(),
                institution: "@inst".into(),
                project: "\tproject".into(),
                weeks: vec![],
                milestones: vec![true],
                courses: vec![],
                behind: vec![],
            }],
            attendance_by_week: vec![],
            completion_by_week: vec![],
            institutions: vec![],
            projects: vec![],
            total: 1,
            behind: 0,
        };
        let csv = to_csv(&d, |k| k.to_owned());
        assert!(csv.contains(",'+1 roadmap,"), "{csv}");
        assert!(
            csv.contains(
                "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",'-h,'@inst,'\tproject,1,"
            ),
            "{csv}"
        );
    }
}
