//! The yearly report of a partnership: who was trained, which courses were completed, who
//! took part in a cohort and who has a hub account, for one partnership year. Shown as a
//! page and downloaded as CSV.
use super::{team, year};
use crate::{
    accounts::{CurrentUser, Role},
    entities::institution,
    hubs::provisioning::status,
    AppState, ServiceError, ServiceResult,
};
use chrono::NaiveDate;

#[derive(Clone, Debug, PartialEq)]
pub struct ReportRow {
    pub name: String,
    pub email: String,
    pub roles: Vec<Role>,
    /// Courses completed during the year (slugs, catalog order).
    pub completed: Vec<String>,
    /// Courses started but not completed by the end of the year.
    pub in_progress: usize,
    /// Cohorts that ran during the year (names).
    pub cohorts: Vec<String>,
    pub hub_status: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Totals {
    pub people: usize,
    /// People who completed at least one course during the year.
    pub trained: usize,
    pub courses_completed: usize,
    pub in_cohorts: usize,
    pub hub_ready: usize,
    pub hub_removed: usize,
}

#[derive(Clone, Debug)]
pub struct Report {
    pub institution: institution::Model,
    pub years: Vec<(NaiveDate, NaiveDate)>,
    /// Index into `years`.
    pub year: usize,
    pub rows: Vec<ReportRow>,
    pub totals: Totals,
}

impl Report {
    pub fn period(&self) -> (NaiveDate, NaiveDate) {
        self.years[self.year]
    }
}

/// The report for year `year` (0 is the first; None is the latest that has begun).
pub async fn report(
    state: &AppState,
    actor: &CurrentUser,
    institution_id: i32,
    year: Option<usize>,
) -> ServiceResult<Report> {
    let inst = team::partnership(&state.db, actor, institution_id).await?;
    let years = year::years(&inst);
    let today = chrono::Utc::now().date_naive();
    let year = match year {
        Some(y) if y < years.len() => y,
        Some(_) => return Err(ServiceError::NotFound),
        None => years
            .iter()
            .rposition(|(from, _)| *from <= today)
            .unwrap_or(0),
    };
    let (from, to) = years[year];
    let catalog = state.library.catalog();
    let members = team::members_of(&state.db, &catalog, inst.id).await?;
    let mut totals = Totals::default();
    let rows: Vec<ReportRow> = members
        .into_iter()
        .map(|m| {
            let completed: Vec<String> = m
                .courses
                .iter()
                .filter(|c| {
                    c.completed_at
                        .map(|d| d.date_naive())
                        .is_some_and(|d| d >= from && d < to)
                })
                .map(|c| c.slug.clone())
                .collect();
            let in_progress = m
                .courses
                .iter()
                .filter(|c| c.completed_at.is_none_or(|d| d.date_naive() >= to))
                .count();
            let cohorts: Vec<String> = m
                .cohorts
                .iter()
                .filter(|c| c.starts_on < to && c.ends_on >= from)
                .map(|c| c.name.clone())
                .collect();
            let hub_status = m.hub_account.as_ref().map(|a| a.status.clone());
            totals.people += 1;
            totals.trained += usize::from(!completed.is_empty());
            totals.courses_completed += completed.len();
            totals.in_cohorts += usize::from(!cohorts.is_empty());
            totals.hub_ready += usize::from(hub_status.as_deref() == Some(status::READY));
            totals.hub_removed += usize::from(hub_status.as_deref() == Some(status::REMOVED));
            ReportRow {
                name: m.person.name,
                email: m.person.email,
                roles: m.roles,
                completed,
                in_progress,
                cohorts,
                hub_status,
            }
        })
        .collect();
    Ok(Report {
        institution: inst,
        years,
        year,
        rows,
        totals,
    })
}

/// The report as CSV (`csv_out`: formula-like cells neutralized, UTF-8 with a BOM).
/// `label` gives the reader's words for headers, roles and account states; `course` a
/// course's title in their language.
pub fn to_csv(
    r: &Report,
    label: impl Fn(&str) -> String,
    course: impl Fn(&str) -> String,
) -> String {
    let mut w = crate::csv_out::Writer::new();
    let header: Vec<String> = [
        "report-col-name",
        "report-col-email",
        "report-col-roles",
        "report-col-completed",
        "report-col-in-progress",
        "report-col-cohorts",
        "report-col-hub",
    ]
    .iter()
    .map(|k| label(k))
    .collect();
    w.row(&header);
    for row in &r.rows {
        let roles: Vec<String> = row
            .roles
            .iter()
            .map(|x| label(&format!("role-{}", x.as_str())))
            .collect();
        let completed: Vec<String> = row.completed.iter().map(|c| course(c)).collect();
        w.row([
            row.name.clone(),
            row.email.clone(),
            roles.join("; "),
            completed.join("; "),
            row.in_progress.to_string(),
            row.cohorts.join("; "),
            row.hub_status
                .as_deref()
                .map(|s| label(&format!("hub-status-{s}")))
                .unwrap_or_default(),
        ]);
    }
    w.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_like_cells_are_text_in_the_csv() {
        let day = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        let r = Report {
            institution: institution::Model {
                id: 1,
                name: "i".into(),
                country: "c".into(),
                partnership_start: Some(day),
                partnership_end: None,
                created_at: chrono::Utc::now(),
                listed_publicly: false,
                team_target: 1,
                team_share: 1,
                partnership_status: "active".into(),
                wound_down_at: None,
            },
            years: vec![(day, day)],
            year: 0,
            rows: vec![ReportRow {
                name: "=HYPERLINK(\"http://evil.example\",\"x\")".into(),
                email: "+a@b.example".into(),
                roles: vec![],
                completed: vec![],
                in_progress: 0,
                cohorts: vec!["@cohort".into()],
                hub_status: None,
            }],
            totals: Default::default(),
        };
        let csv = to_csv(&r, |k| k.to_owned(), |c| c.to_owned());
        assert!(
            csv.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",'+a@b.example,,,0,'@cohort,"),
            "{csv}"
        );
    }
}
