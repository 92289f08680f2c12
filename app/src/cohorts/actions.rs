//! Server functions for cohorts: thin glue between pages and `domain::cohorts`.
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
use crate::ctx::action::*;
#[cfg(feature = "ssr")]
use domain::cohorts;

#[cfg(feature = "ssr")]
use crate::ctx::action::service_err as err;

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct CohortRowView {
    pub slug: String,
    pub name: String,
    pub programme: String,
    pub dates: String,
    pub status: String,
    pub roles: Vec<String>,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct CohortsData {
    pub rows: Vec<CohortRowView>,
    pub staff: bool,
}

#[cfg(feature = "ssr")]
fn dates(r: &crate::server_ctx::RequestCtx, a: chrono::NaiveDate, b: chrono::NaiveDate) -> String {
    let f = |d| domain::i18n::format_date(&r.state.i18n, r.locale, d);
    format!("{} – {}", f(a), f(b))
}

#[server(endpoint = "list_cohorts")]
pub async fn list_cohorts() -> Result<CohortsData, ServerFnError> {
    let (r, u) = require_user()?;
    let rows = cohorts::schedule::mine(&r.state.db, &u)
        .await
        .map_err(err)?;
    Ok(CohortsData {
        staff: u.is_staff(),
        rows: rows
            .into_iter()
            .map(|(c, roles)| CohortRowView {
                dates: dates(&r, c.starts_on, c.ends_on),
                slug: c.slug,
                name: c.name,
                programme: c.programme,
                status: c.status,
                roles,
            })
            .collect(),
    })
}

/// The same list for the organizers' page, which only staff may open.
#[server(endpoint = "admin_cohorts")]
pub async fn admin_cohorts() -> Result<CohortsData, ServerFnError> {
    require_staff()?;
    list_cohorts().await
}

#[server(endpoint = "create_cohort")]
pub async fn create_cohort(
    #[server(default)] slug: String,
    #[server(default)] name: String,
    #[server(default)] programme: String,
    #[server(default)] starts_on: String,
    #[server(default)] weeks: String,
    #[server(default)] timezone: String,
) -> Result<(), ServerFnError> {
    let (r, u) = require_staff()?;
    let f = cohorts::manual::CohortForm {
        slug,
        name,
        programme,
        starts_on,
        weeks,
        timezone,
    };
    match cohorts::manual::create(&r.state, &u, &f).await {
        Ok(slug) => finish_ok(&format!("/cohorts/{slug}"), Some("notice-cohort-created")),
        Err(e) => finish_err(
            "/admin/cohorts",
            e,
            &[
                ("slug", &f.slug),
                ("name", &f.name),
                ("programme", &f.programme),
                ("starts_on", &f.starts_on),
                ("weeks", &f.weeks),
                ("timezone", &f.timezone),
            ],
        ),
    }
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct ProblemView {
    pub file: String,
    pub line: Option<usize>,
    pub message: String,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct ReviewView {
    pub id: i32,
    pub slug: String,
    pub name: String,
    pub programme: String,
    pub timezone: String,
    pub existing: bool,
    pub dates: String,
    pub weeks: Option<usize>,
    pub calls: usize,
    pub kinds: Vec<(String, usize)>,
    pub projects_new: Vec<String>,
    pub projects_changed: Vec<String>,
    /// (handle, role, name)
    pub matched: Vec<(String, String, String)>,
    /// (email, role, language)
    pub invited: Vec<(String, String, String)>,
    /// (handle, role)
    pub unmatched: Vec<(String, String)>,
    pub rejected: Vec<ProblemView>,
    pub fatal: Vec<ProblemView>,
    /// Nothing left out, but worth knowing: inferred week starts, unused fields kept.
    pub notices: Vec<ProblemView>,
    pub applied_to: Option<String>,
}

#[server(endpoint = "import_review")]
pub async fn import_review(id: i32) -> Result<ReviewView, ServerFnError> {
    let (r, u) = require_staff()?;
    let rv = cohorts::import::review(&r.state.db, &u, id)
        .await
        .map_err(err)?;
    let p = rv.plan;
    let problem = |x: &cohorts::import::Problem| ProblemView {
        file: x.file.clone(),
        line: x.line,
        message: r
            .state
            .i18n
            .t(r.locale, &x.key, &[("detail", x.detail.clone().into())]),
    };
    let mut kinds: std::collections::BTreeMap<String, usize> = Default::default();
    for c in p.weeks.iter().flatten().flat_map(|w| &w.calls) {
        *kinds.entry(c.kind.to_owned()).or_default() += 1;
    }
    Ok(ReviewView {
        id,
        dates: match (p.starts_on, p.ends_on) {
            (Some(a), Some(b)) => dates(&r, a, b),
            _ => String::new(),
        },
        weeks: p.weeks.as_ref().map(|w| w.len()),
        calls: p.calls(),
        kinds: kinds.into_iter().collect(),
        projects_new: p
            .projects
            .iter()
            .flatten()
            .filter(|x| x.is_new)
            .map(|x| x.name.clone())
            .collect(),
        projects_changed: p
            .projects
            .iter()
            .flatten()
            .filter(|x| !x.is_new)
            .map(|x| x.name.clone())
            .collect(),
        matched: p
            .people
            .iter()
            .filter_map(|x| {
                x.user
                    .as_ref()
                    .map(|u| (x.handle.clone(), x.role.clone(), u.1.clone()))
            })
            .collect(),
        invited: p
            .people
            .iter()
            .filter_map(|x| {
                x.invite.as_ref().map(|i| {
                    (
                        i.email.clone(),
                        x.role.clone(),
                        i.locale.native_name().to_owned(),
                    )
                })
            })
            .collect(),
        unmatched: p
            .people
            .iter()
            .filter(|x| x.user.is_none() && x.invite.is_none())
            .map(|x| (x.handle.clone(), x.role.clone()))
            .collect(),
        rejected: p.rejected.iter().map(problem).collect(),
        fatal: p.fatal.iter().map(problem).collect(),
        notices: p.notices.iter().map(problem).collect(),
        existing: p.existing.is_some(),
        slug: p.slug,
        name: p.name,
        programme: p.programme,
        timezone: p.timezone,
        applied_to: rv.applied_to,
    })
}

#[server(endpoint = "apply_import")]
pub async fn apply_import(#[server(default)] id: i32) -> Result<(), ServerFnError> {
    let (r, u) = require_staff()?;
    match cohorts::apply::apply_stored(&r.state, &u, id).await {
        Ok(slug) => {
            crate::server_ctx::wake_workers();
            finish_ok(&format!("/cohorts/{slug}"), Some("notice-cohort-imported"))
        }
        Err(e) => finish_err(&format!("/admin/cohorts/import/{id}"), e, &[]),
    }
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct TalkV {
    pub title: String,
    pub tag: String,
    pub speakers: Vec<String>,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct CallV {
    pub id: i32,
    pub kind: String,
    pub title: String,
    /// Date and time in the viewer's timezone, or the date, or empty.
    pub when: String,
    pub duration: Option<i32>,
    pub hosts: Vec<String>,
    pub notes: Option<String>,
    pub talks: Vec<TalkV>,
    pub can_take_attendance: bool,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct WeekV {
    pub number: i32,
    pub starts: String,
    pub calls: Vec<CallV>,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct ProjectV {
    pub id: i32,
    pub name: String,
    pub description: String,
    pub keywords: Vec<String>,
    pub participants: Vec<String>,
    pub mentors: Vec<String>,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct SettingsV {
    pub status: String,
    pub courses: String,
    pub hub_group: String,
    pub missed_calls_alert: i32,
    pub inactive_weeks_alert: i32,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct OverviewV {
    pub slug: String,
    pub name: String,
    pub programme: String,
    pub dates: String,
    pub status: String,
    pub zone: String,
    pub manages: bool,
    pub participant: bool,
    pub mentor: bool,
    pub weeks: Vec<WeekV>,
    pub current_week: Option<i32>,
    pub projects: Vec<ProjectV>,
    pub counts: Vec<(String, usize)>,
    pub calendar: String,
    pub my_calendar: String,
    pub settings: SettingsV,
    pub courses: Vec<(String, String)>,
    /// Pending claims of typed GitHub usernames (for managers only).
    pub claims: Vec<super::claims::ClaimV>,
}

#[cfg(feature = "ssr")]
fn when(
    r: &crate::server_ctx::RequestCtx,
    zone: domain::chrono_tz::Tz,
    at: Option<chrono::DateTime<chrono::Utc>>,
    on: Option<chrono::NaiveDate>,
) -> String {
    match (at, on) {
        (Some(at), _) => domain::i18n::format_in_zone(&r.state.i18n, r.locale, at, zone),
        (None, Some(d)) => domain::i18n::format_date(&r.state.i18n, r.locale, d),
        _ => String::new(),
    }
}

#[cfg(feature = "ssr")]
fn week_v(
    r: &crate::server_ctx::RequestCtx,
    zone: domain::chrono_tz::Tz,
    w: &cohorts::schedule::WeekView,
) -> WeekV {
    WeekV {
        number: w.number,
        starts: domain::i18n::format_date(&r.state.i18n, r.locale, w.starts_on),
        calls: w
            .calls
            .iter()
            .map(|c| CallV {
                id: c.id,
                kind: c.kind.clone(),
                title: c.title.clone(),
                when: when(r, zone, c.starts_at, c.on_date),
                duration: c.duration,
                hosts: c.hosts.clone(),
                notes: c.notes.clone(),
                talks: c
                    .talks
                    .iter()
                    .map(|t| TalkV {
                        title: t.title.clone().unwrap_or_default(),
                        tag: t.tag.clone().unwrap_or_default(),
                        speakers: t.speakers.clone(),
                    })
                    .collect(),
                can_take_attendance: c.can_take_attendance,
            })
            .collect(),
    }
}

#[cfg(feature = "ssr")]
fn project_v(p: &cohorts::schedule::ProjectView) -> ProjectV {
    let names = |v: &[cohorts::schedule::PersonRef]| {
        v.iter()
            .map(|x| x.name.clone().unwrap_or_else(|| x.handle.clone()))
            .collect()
    };
    ProjectV {
        id: p.id,
        name: p.name.clone(),
        description: p.description.clone(),
        keywords: p.keywords.clone(),
        participants: names(&p.participants),
        mentors: names(&p.mentors),
    }
}

#[server(endpoint = "cohort_overview")]
pub async fn cohort_overview(slug: String) -> Result<OverviewV, ServerFnError> {
    let (r, u) = require_user()?;
    let o = cohorts::schedule::overview(&r.state.db, &u, &slug)
        .await
        .map_err(err)?;
    let c = &o.access.cohort;
    let key = &r.state.config.secret_key.0;
    let today = chrono::Utc::now().with_timezone(&o.zone).date_naive();
    let current = cohorts::schedule::current_week(&o.weeks, today).map(|i| o.weeks[i].number);
    let catalog = r.state.library.catalog();
    Ok(OverviewV {
        slug: c.slug.clone(),
        name: c.name.clone(),
        programme: c.programme.clone(),
        dates: dates(&r, c.starts_on, c.ends_on),
        status: c.status.clone(),
        zone: o.zone.name().to_owned(),
        manages: o.access.manages(),
        participant: o.access.is("participant"),
        mentor: o.access.is("mentor"),
        weeks: o.weeks.iter().map(|w| week_v(&r, o.zone, w)).collect(),
        current_week: current,
        projects: o.projects.iter().map(project_v).collect(),
        counts: o.counts.clone(),
        calendar: r.state.config.link(&format!(
            "/calendar/cohort/{}.ics",
            cohorts::calendar::cohort_token(key, &c.slug)
        )),
        my_calendar: r.state.config.link(&format!(
            "/calendar/person/{}.ics",
            cohorts::calendar::person_token(key, u.id)
        )),
        settings: SettingsV {
            status: c.status.clone(),
            courses: o.courses.join(", "),
            hub_group: c.hub_group.clone().unwrap_or_default(),
            missed_calls_alert: c.missed_calls_alert,
            inactive_weeks_alert: c.inactive_weeks_alert,
        },
        courses: catalog
            .courses
            .iter()
            .map(|x| (x.slug.clone(), x.meta(r.locale).title.clone()))
            .collect(),
        claims: super::claims::claim_views(&r, &o.access).await,
    })
}

#[server(endpoint = "update_cohort_settings")]
pub async fn update_cohort_settings(
    #[server(default)] slug: String,
    #[server(default)] status: String,
    #[server(default)] courses: String,
    #[server(default)] hub_group: String,
    #[server(default)] missed_calls_alert: String,
    #[server(default)] inactive_weeks_alert: String,
) -> Result<(), ServerFnError> {
    let (r, u) = require_user()?;
    let f = cohorts::settings::SettingsForm {
        status,
        courses,
        hub_group,
        missed_calls_alert,
        inactive_weeks_alert,
    };
    let back = format!("/cohorts/{slug}#settings");
    let result = cohorts::settings::update(&r.state, &u, &slug, &f).await;
    crate::server_ctx::wake_workers();
    finish(
        result,
        &back,
        "notice-cohort-saved",
        &back,
        &[("courses", &f.courses), ("hub_group", &f.hub_group)],
    )
}

#[server(endpoint = "sync_cohort_hubs")]
pub async fn sync_cohort_hubs(#[server(default)] slug: String) -> Result<(), ServerFnError> {
    let (r, u) = require_user()?;
    let back = format!("/cohorts/{slug}");
    let result = cohorts::settings::sync_hubs(&r.state, &u, &slug).await;
    crate::server_ctx::wake_workers();
    finish(result, &back, "notice-hub-sync-queued", &back, &[])
}

#[allow(clippy::too_many_arguments)]
#[server(endpoint = "add_cohort_call")]
pub async fn add_cohort_call(
    #[server(default)] slug: String,
    #[server(default)] week: String,
    #[server(default)] kind: String,
    #[server(default)] title: String,
    #[server(default)] date: String,
    #[server(default)] time: String,
    #[server(default)] duration: String,
    #[server(default)] hosts: String,
) -> Result<(), ServerFnError> {
    let (r, u) = require_user()?;
    let f = cohorts::manual::CallForm {
        week,
        kind,
        title,
        date,
        time,
        duration,
        hosts,
    };
    let back = format!("/cohorts/{slug}#add-call");
    let values = [
        ("week", f.week.as_str()),
        ("kind", &f.kind),
        ("title", &f.title),
        ("date", &f.date),
        ("time", &f.time),
        ("duration", &f.duration),
        ("hosts", &f.hosts),
    ];
    finish(
        cohorts::manual::add_call(&r.state, &u, &slug, &f).await,
        &back,
        "notice-call-added",
        &back,
        &values,
    )
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct SheetV {
    pub slug: String,
    pub cohort: String,
    pub call: String,
    pub kind: String,
    pub when: String,
    /// (user id, name, present, self reported, confirmed)
    pub rows: Vec<(i32, String, Option<bool>, bool, bool)>,
}

#[server(endpoint = "attendance_sheet")]
pub async fn attendance_sheet(slug: String, call: i32) -> Result<SheetV, ServerFnError> {
    let (r, u) = require_user()?;
    let (a, s) = cohorts::attendance::sheet(&r.state.db, &u, &slug, call)
        .await
        .map_err(err)?;
    let zone = cohorts::schedule::zone_for_user(&r.state.db, u.id, &a.cohort)
        .await
        .map_err(err)?;
    Ok(SheetV {
        slug,
        cohort: a.cohort.name.clone(),
        call: s.call.title.clone(),
        kind: s.call.kind.clone(),
        when: when(&r, zone, s.call.starts_at, s.call.on_date),
        rows: s
            .rows
            .into_iter()
            .map(|x| (x.user_id, x.name, x.present, x.self_reported, x.confirmed))
            .collect(),
    })
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct CallRowV {
    pub call_id: i32,
    pub week: i32,
    pub kind: String,
    pub title: String,
    pub when: String,
    pub status: String,
    pub can_report: bool,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct TrackV {
    pub slug: String,
    pub cohort: String,
    pub person: String,
    pub own: bool,
    pub zone: String,
    pub this_week: Option<WeekV>,
    pub calls: Vec<CallRowV>,
    pub project: Option<ProjectV>,
    /// (milestone title, ticked on)
    pub milestones: Vec<(String, Option<String>)>,
    /// (slug, title, percent)
    pub courses: Vec<(String, String, u32)>,
    /// (attendance id, person, call)
    pub to_confirm: Vec<(i32, String, String)>,
    pub my_calendar: String,
}

#[server(endpoint = "cohort_track")]
pub async fn cohort_track(slug: String, person: Option<i32>) -> Result<TrackV, ServerFnError> {
    let (r, u) = require_user()?;
    let t = cohorts::track::track(&r.state, &u, &slug, person)
        .await
        .map_err(err)?;
    let key = &r.state.config.secret_key.0;
    Ok(TrackV {
        slug,
        cohort: t.access.cohort.name.clone(),
        own: t.person.id == u.id,
        person: t.person.name.clone(),
        zone: t.zone.name().to_owned(),
        this_week: t.this_week.as_ref().map(|w| week_v(&r, t.zone, w)),
        calls: t
            .calls
            .iter()
            .map(|c| CallRowV {
                call_id: c.call_id,
                week: c.week,
                kind: c.kind.clone(),
                title: c.title.clone(),
                when: when(&r, t.zone, c.starts_at, c.on_date),
                status: c.status.to_owned(),
                can_report: c.can_report,
            })
            .collect(),
        project: t.project.as_ref().map(project_v),
        milestones: t
            .milestones
            .iter()
            .map(|(k, title, on)| {
                (
                    title.clone().unwrap_or_else(|| {
                        r.state.i18n.t(r.locale, &format!("milestone-{k}"), &[])
                    }),
                    on.map(|d| domain::i18n::format_date(&r.state.i18n, r.locale, d)),
                )
            })
            .collect(),
        courses: t.courses.clone(),
        to_confirm: t.to_confirm.clone(),
        my_calendar: r.state.config.link(&format!(
            "/calendar/person/{}.ics",
            cohorts::calendar::person_token(key, u.id)
        )),
    })
}

#[server(endpoint = "report_attendance")]
pub async fn report_attendance(
    #[server(default)] slug: String,
    #[server(default)] call: i32,
) -> Result<(), ServerFnError> {
    let (r, u) = require_user()?;
    let back = format!("/cohorts/{slug}/track");
    finish(
        cohorts::attendance::report(&r.state.db, &u, &slug, call).await,
        &back,
        "notice-attendance-reported",
        &back,
        &[],
    )
}

#[server(endpoint = "confirm_attendance")]
pub async fn confirm_attendance(
    #[server(default)] slug: String,
    #[server(default)] attendance: i32,
) -> Result<(), ServerFnError> {
    let (r, u) = require_user()?;
    let back = format!("/cohorts/{slug}/track");
    finish(
        cohorts::attendance::confirm(&r.state.db, &u, &slug, attendance).await,
        &back,
        "notice-attendance-confirmed",
        &back,
        &[],
    )
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct MilestoneV {
    pub id: i32,
    pub title: String,
    pub scope: String,
    pub done: Option<String>,
    /// (user id, name, ticked: "date · by")
    pub people: Vec<(i32, String, Option<String>)>,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct ProjectPageV {
    pub slug: String,
    pub cohort: String,
    pub project: ProjectV,
    pub milestones: Vec<MilestoneV>,
    pub can_tick: bool,
}

#[server(endpoint = "cohort_project")]
pub async fn cohort_project(slug: String, project: i32) -> Result<ProjectPageV, ServerFnError> {
    let (r, u) = require_user()?;
    let p = cohorts::milestones::project_page(&r.state.db, &u, &slug, project)
        .await
        .map_err(err)?;
    let tick = |t: &cohorts::milestones::Tick| {
        format!(
            "{} · {}",
            domain::i18n::format_date(&r.state.i18n, r.locale, t.on),
            t.by
        )
    };
    Ok(ProjectPageV {
        slug,
        cohort: p.access.cohort.name.clone(),
        project: project_v(&p.project),
        milestones: p
            .milestones
            .iter()
            .map(|m| MilestoneV {
                id: m.id,
                title: m.title.clone().unwrap_or_else(|| {
                    r.state
                        .i18n
                        .t(r.locale, &format!("milestone-{}", m.key), &[])
                }),
                scope: m.scope.clone(),
                done: m.project.as_ref().map(tick),
                people: m
                    .people
                    .iter()
                    .map(|(id, name, t)| (*id, name.clone(), t.as_ref().map(tick)))
                    .collect(),
            })
            .collect(),
        can_tick: p.can_tick,
    })
}

#[server(endpoint = "set_milestone")]
pub async fn set_milestone(
    #[server(default)] slug: String,
    #[server(default)] milestone: i32,
    #[server(default)] project: i32,
    #[server(default)] person: String,
    #[server(default)] done: String,
) -> Result<(), ServerFnError> {
    let (r, u) = require_user()?;
    let back = format!("/cohorts/{slug}/projects/{project}");
    let person = person.parse().ok();
    let result = cohorts::milestones::set(
        &r.state.db,
        &u,
        &slug,
        milestone,
        project,
        person,
        done == "yes",
    )
    .await;
    finish(result, &back, "notice-milestone-saved", &back, &[])
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct DashRowV {
    pub user_id: Option<i32>,
    pub name: String,
    pub handle: String,
    pub institution: String,
    pub project: String,
    /// (expected, attended) per week.
    pub weeks: Vec<(u32, u32)>,
    pub milestones: Vec<bool>,
    pub courses: Vec<u32>,
    pub behind: Vec<String>,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct DashboardV {
    pub slug: String,
    pub name: String,
    pub weeks: Vec<i32>,
    pub milestones: Vec<String>,
    pub courses: Vec<String>,
    pub rows: Vec<DashRowV>,
    pub attendance_svg: String,
    pub completion_svg: String,
    pub institutions: Vec<(i32, String)>,
    pub projects: Vec<(i32, String)>,
    pub total: usize,
    pub behind: usize,
}

#[server(endpoint = "cohort_dashboard")]
pub async fn cohort_dashboard(
    slug: String,
    role: String,
    institution: String,
    project: String,
    behind: String,
) -> Result<DashboardV, ServerFnError> {
    let (r, u) = require_user()?;
    let f = cohorts::dashboard::Filters {
        role: if cohorts::model::ROLES.contains(&role.as_str()) {
            role
        } else {
            String::new()
        },
        institution: institution.parse().ok(),
        project: project.parse().ok(),
        behind_only: behind == "on",
    };
    let d = cohorts::dashboard::build(&r.state, &u, &slug, &f)
        .await
        .map_err(err)?;
    let t = |k: &str| r.state.i18n.t(r.locale, k, &[]);
    let week_labels: Vec<String> = d.weeks.iter().map(|(n, _)| format!("{n:02}")).collect();
    Ok(DashboardV {
        attendance_svg: cohorts::charts::bars(
            &t("cohort-chart-attendance"),
            &week_labels
                .iter()
                .cloned()
                .zip(d.attendance_by_week.iter().copied())
                .collect::<Vec<_>>(),
        ),
        completion_svg: cohorts::charts::line(
            &t("cohort-chart-completion"),
            &week_labels
                .iter()
                .cloned()
                .zip(d.completion_by_week.iter().copied())
                .collect::<Vec<_>>(),
        ),
        slug: d.slug,
        name: d.name,
        weeks: d.weeks.iter().map(|(n, _)| *n).collect(),
        milestones: d
            .milestones
            .iter()
            .map(|(k, title)| {
                title
                    .clone()
                    .unwrap_or_else(|| t(&format!("milestone-{k}")))
            })
            .collect(),
        courses: d.courses.iter().map(|(_, title)| title.clone()).collect(),
        rows: d
            .rows
            .into_iter()
            .map(|x| DashRowV {
                user_id: x.user_id,
                name: x.name,
                handle: x.handle,
                institution: x.institution,
                project: x.project,
                weeks: x.weeks,
                milestones: x.milestones,
                courses: x.courses,
                behind: x.behind.iter().map(|b| b.to_string()).collect(),
            })
            .collect(),
        institutions: d.institutions,
        projects: d.projects,
        total: d.total,
        behind: d.behind,
    })
}
