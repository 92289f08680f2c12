//! Server functions of the partnership pages (the lead's team and checklist, the organizers'
//! overview, controls and yearly report): thin glue over `domain::partners`.
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
use crate::ctx::action::*;
#[cfg(feature = "ssr")]
use domain::partners::{checklist, report, team, year};

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct StepView {
    pub key: String,
    pub done: bool,
    pub done_on: String,
    pub ticked: Option<String>,
    pub count: Option<(usize, usize)>,
    /// The lead may record this step themself.
    pub lead_step: bool,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct CourseView {
    pub title: String,
    pub percent: u32,
    pub complete: bool,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct MemberView {
    pub id: i32,
    pub name: String,
    pub email: String,
    pub roles: Vec<String>,
    pub lead: bool,
    pub signed_in: bool,
    pub hub_status: Option<String>,
    pub courses: Vec<CourseView>,
    pub cohorts: Vec<(String, String)>,
    pub removable: bool,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct PendingView {
    pub id: i32,
    pub email: String,
    pub role: String,
    pub expires: String,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct PartnershipView {
    pub id: i32,
    pub name: String,
    pub country: String,
    pub start: String,
    pub end: String,
    pub active: bool,
    pub team_target: i32,
    pub team_share: i32,
    pub listed: bool,
    pub steps: Vec<StepView>,
    pub next: Option<String>,
    pub stalled: bool,
    pub members: Vec<MemberView>,
    pub pending: Vec<PendingView>,
    /// The viewer runs the platform (sees the organizers' controls).
    pub staff: bool,
    pub renew_default: String,
    pub hub_accounts: usize,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct OverviewRow {
    pub id: i32,
    pub name: String,
    pub country: String,
    pub end: String,
    pub active: bool,
    pub stalled: bool,
    pub steps: Vec<bool>,
    pub done: usize,
    pub next: Option<String>,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct ReportRowView {
    pub name: String,
    pub roles: Vec<String>,
    pub completed: Vec<String>,
    pub in_progress: usize,
    pub cohorts: Vec<String>,
    pub hub_status: Option<String>,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct ReportView {
    pub id: i32,
    pub name: String,
    /// (index, "from – to") of every year, and the one shown.
    pub years: Vec<(usize, String)>,
    pub year: usize,
    pub period: String,
    pub totals: Vec<(String, usize)>,
    pub rows: Vec<ReportRowView>,
}

#[cfg(feature = "ssr")]
fn date(r: &crate::server_ctx::RequestCtx, d: Option<chrono::NaiveDate>) -> String {
    d.map(|d| domain::i18n::format_date(&r.state.i18n, r.locale, d))
        .unwrap_or_default()
}

#[cfg(feature = "ssr")]
fn course_title(r: &crate::server_ctx::RequestCtx, slug: &str) -> String {
    r.state
        .library
        .catalog()
        .course(slug)
        .map(|c| c.meta(r.locale).title.clone())
        .unwrap_or_else(|| slug.to_owned())
}

#[server(endpoint = "load_partnership")]
pub async fn load_partnership(id: i32) -> Result<PartnershipView, ServerFnError> {
    let (r, u) = require_user()?;
    let t = team::team(&r.state, &u, id).await.map_err(service_err)?;
    // The checklist from the team just loaded, not loaded a second time.
    let list = checklist::of_members(&r.state.db, &t.institution, &t.members, chrono::Utc::now())
        .await
        .map_err(service_err)?;
    let inst = t.institution;
    let staff = u.is_staff();
    let members: Vec<MemberView> = t
        .members
        .into_iter()
        .map(|m| {
            let lead = m.is_lead();
            let protected = m.roles.iter().any(|r| {
                use domain::accounts::Role::*;
                matches!(r, PartnerLead | Organizer | Admin)
            });
            MemberView {
                id: m.person.id,
                removable: !protected
                    && m.person.id != u.id
                    && inst.partnership_status == year::ACTIVE,
                lead,
                signed_in: m.person.last_sign_in_at.is_some(),
                roles: m.roles.iter().map(|x| x.as_str().to_owned()).collect(),
                hub_status: m.hub_account.map(|a| a.status),
                courses: m
                    .courses
                    .iter()
                    .map(|c| CourseView {
                        title: course_title(&r, &c.slug),
                        percent: c.percent(),
                        complete: c.completed_at.is_some(),
                    })
                    .collect(),
                cohorts: m.cohorts.into_iter().map(|c| (c.slug, c.name)).collect(),
                name: m.person.name,
                email: m.person.email,
            }
        })
        .collect();
    let hub_accounts = members.iter().filter(|m| m.hub_status.is_some()).count();
    let renew_from = inst
        .partnership_end
        .unwrap_or_else(|| chrono::Utc::now().date_naive());
    Ok(PartnershipView {
        id: inst.id,
        start: date(&r, inst.partnership_start),
        end: date(&r, inst.partnership_end),
        active: inst.partnership_status == year::ACTIVE,
        team_target: inst.team_target,
        team_share: inst.team_share,
        listed: inst.listed_publicly,
        next: list.next().map(|s| s.key.to_owned()),
        stalled: list.stalled,
        steps: list
            .steps
            .iter()
            .map(|s| StepView {
                key: s.key.to_owned(),
                done: s.done,
                done_on: date(&r, s.done_at.map(|d| d.date_naive())),
                ticked: s.ticked.clone(),
                count: s.count,
                lead_step: checklist::LEAD_STEPS.contains(&s.key),
            })
            .collect(),
        members,
        pending: t
            .pending
            .into_iter()
            .map(|i| PendingView {
                id: i.id,
                email: i.email,
                role: i.role,
                expires: date(&r, Some(i.expires_at.date_naive())),
            })
            .collect(),
        staff,
        renew_default: renew_from
            .checked_add_months(chrono::Months::new(12))
            .unwrap_or(renew_from)
            .to_string(),
        hub_accounts,
        name: inst.name,
        country: inst.country,
    })
}

/// Every partnership's checklist, with the steps' keys in order (the page names them).
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct OverviewView {
    pub steps: Vec<String>,
    pub rows: Vec<OverviewRow>,
}

#[server(endpoint = "list_partnerships")]
pub async fn list_partnerships() -> Result<OverviewView, ServerFnError> {
    let (r, u) = require_staff()?;
    let rows = checklist::overview(&r.state, &u)
        .await
        .map_err(service_err)?;
    let steps = checklist::STEPS.iter().map(|s| s.to_string()).collect();
    let rows = rows
        .into_iter()
        .map(|(i, c)| OverviewRow {
            id: i.id,
            end: date(&r, i.partnership_end),
            active: i.partnership_status == year::ACTIVE,
            stalled: c.stalled,
            steps: c.steps.iter().map(|s| s.done).collect(),
            done: c.done(),
            next: c.next().map(|s| s.key.to_owned()),
            name: i.name,
            country: i.country,
        })
        .collect();
    Ok(OverviewView { steps, rows })
}

/// The signed-in person, if they may see partnership `id` (its lead or staff); others get
/// 403 (404 for no such partnership) before anything is read from the form.
#[cfg(feature = "ssr")]
async fn require_partnership(
    id: i32,
) -> Result<
    (
        std::sync::Arc<crate::server_ctx::RequestCtx>,
        domain::accounts::CurrentUser,
    ),
    ServerFnError,
> {
    let (r, u) = require_user()?;
    team::partnership(&r.state.db, &u, id)
        .await
        .map_err(service_err)?;
    Ok((r, u))
}

#[cfg(feature = "ssr")]
fn back(id: i32) -> String {
    format!("/partnership/{id}")
}

#[server(endpoint = "invite_team_member")]
pub async fn invite_team_member(
    #[server(default)] id: i32,
    #[server(default)] email: String,
    #[server(default)] role: String,
    #[server(default)] locale: String,
) -> Result<(), ServerFnError> {
    let (r, u) = require_partnership(id).await?;
    let form = team::TeamInvite {
        email: email.clone(),
        role: role.clone(),
        locale: locale.clone(),
    };
    let result = team::invite(&r.state, &u, id, &form).await;
    crate::server_ctx::wake_workers();
    let to = format!("{}#team", back(id));
    finish(
        result,
        &to,
        "notice-team-invited",
        &to,
        &[("email", &email), ("role", &role), ("locale", &locale)],
    )
}

#[server(endpoint = "revoke_team_invitation")]
pub async fn revoke_team_invitation(
    #[server(default)] id: i32,
    #[server(default)] invitation: i32,
) -> Result<(), ServerFnError> {
    let (r, u) = require_partnership(id).await?;
    let result = team::revoke(&r.state, &u, id, invitation).await;
    let to = format!("{}#team", back(id));
    finish(result, &to, "notice-invitation-revoked", &to, &[])
}

#[server(endpoint = "remove_team_member")]
pub async fn remove_team_member(
    #[server(default)] id: i32,
    #[server(default)] member: i32,
) -> Result<(), ServerFnError> {
    let (r, u) = require_partnership(id).await?;
    let result = team::remove(&r.state, &u, id, member).await;
    crate::server_ctx::wake_workers();
    let to = format!("{}#team", back(id));
    finish(result, &to, "notice-team-removed", &to, &[])
}

#[server(endpoint = "tick_partnership_step")]
pub async fn tick_partnership_step(
    #[server(default)] id: i32,
    #[server(default)] step: String,
    #[server(default)] done: String,
    #[server(default)] note: String,
) -> Result<(), ServerFnError> {
    let (r, u) = require_partnership(id).await?;
    let result = checklist::tick(&r.state, &u, id, &step, done == "yes", &note).await;
    let to = format!("{}#checklist", back(id));
    finish(
        result,
        &to,
        "notice-checklist-saved",
        &to,
        &[("note", &note)],
    )
}

#[server(endpoint = "save_partnership_settings")]
pub async fn save_partnership_settings(
    #[server(default)] id: i32,
    #[server(default)] team_target: String,
    #[server(default)] team_share: String,
    #[server(default)] listed: String,
) -> Result<(), ServerFnError> {
    let (r, u) = require_staff()?;
    let s = year::Settings {
        team_target: team_target.clone(),
        team_share: team_share.clone(),
        listed_publicly: listed == "yes",
    };
    let result = year::save_settings(&r.state.db, &u, id, &s).await;
    let to = format!("{}#settings", back(id));
    finish(
        result,
        &to,
        "notice-partnership-saved",
        &to,
        &[("team_target", &team_target), ("team_share", &team_share)],
    )
}

#[server(endpoint = "renew_partnership")]
pub async fn renew_partnership(
    #[server(default)] id: i32,
    #[server(default)] end: String,
) -> Result<(), ServerFnError> {
    let (r, u) = require_staff()?;
    let result = year::renew(&r.state.db, &u, id, &end).await;
    let to = format!("{}#year", back(id));
    finish(
        result,
        &to,
        "notice-partnership-renewed",
        &to,
        &[("end", &end)],
    )
}

#[server(endpoint = "wind_down_partnership")]
pub async fn wind_down_partnership(
    #[server(default)] id: i32,
    #[server(default)] confirm: String,
    #[server(default)] mode: String,
) -> Result<(), ServerFnError> {
    let (r, u) = require_staff()?;
    let result = year::wind_down(&r.state, &u, id, confirm == "yes", &mode).await;
    crate::server_ctx::wake_workers();
    let to = format!("{}#year", back(id));
    finish(result, &to, "notice-partnership-wound-down", &to, &[])
}

#[server(endpoint = "load_partnership_report")]
pub async fn load_partnership_report(
    id: i32,
    year: Option<usize>,
) -> Result<ReportView, ServerFnError> {
    let (r, u) = require_user()?;
    let rep = report::report(&r.state, &u, id, year)
        .await
        .map_err(service_err)?;
    let span = |(from, to): (chrono::NaiveDate, chrono::NaiveDate)| {
        format!("{} – {}", date(&r, Some(from)), date(&r, Some(to)))
    };
    let t = &rep.totals;
    Ok(ReportView {
        id: rep.institution.id,
        name: rep.institution.name.clone(),
        years: rep
            .years
            .iter()
            .enumerate()
            .map(|(i, y)| (i, span(*y)))
            .collect(),
        year: rep.year,
        period: span(rep.period()),
        totals: vec![
            ("report-total-people".into(), t.people),
            ("report-total-trained".into(), t.trained),
            ("report-total-courses".into(), t.courses_completed),
            ("report-total-cohorts".into(), t.in_cohorts),
            ("report-total-hub-ready".into(), t.hub_ready),
            ("report-total-hub-removed".into(), t.hub_removed),
        ],
        rows: rep
            .rows
            .iter()
            .map(|row| ReportRowView {
                name: row.name.clone(),
                roles: row.roles.iter().map(|x| x.as_str().to_owned()).collect(),
                completed: row.completed.iter().map(|c| course_title(&r, c)).collect(),
                in_progress: row.in_progress,
                cohorts: row.cohorts.clone(),
                hub_status: row.hub_status.clone(),
            })
            .collect(),
    })
}
