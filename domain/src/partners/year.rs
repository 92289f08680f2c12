//! The partnership year: onboarding targets and public listing (organizers' settings),
//! reminders before the year ends, renewal with a new end date, and wind-down, which removes
//! the team's hub accounts through the provisioning jobs and keeps everything else for the
//! reports.
use super::team;
use crate::{
    accounts::{CurrentUser, Role},
    entities::{institution, user, user_role},
    hubs::{provisioning, registry},
    i18n::{format_date, Locale},
    jobs::{schedule, JobError},
    mail, AppState, ServiceError, ServiceResult,
};
use chrono::{Months, NaiveDate, Utc};
use sea_orm::{prelude::*, ActiveValue::Set, IntoActiveModel, TransactionTrait};

pub const ACTIVE: &str = "active";
pub const WOUND_DOWN: &str = "wound_down";

pub const REMINDER_JOB: &str = "partners.year_end";
/// From this hour (UTC) the day's reminders are due.
pub const HOUR_UTC: u32 = 8;
/// Days before the end of the year when the lead and organizers are reminded.
pub const REMINDER_DAYS: [i64; 2] = [14, 60];

#[derive(Clone, Debug, Default)]
pub struct Settings {
    pub team_target: String,
    pub team_share: String,
    pub listed_publicly: bool,
}

fn number_in(field: &'static str, s: &str, min: i32, max: i32) -> ServiceResult<i32> {
    s.trim()
        .parse::<i32>()
        .ok()
        .filter(|n| (min..=max).contains(n))
        .ok_or_else(|| {
            ServiceError::detail(
                field,
                "error-number-range",
                vec![("min", min.to_string()), ("max", max.to_string())],
            )
        })
}

/// The onboarding targets and whether the partner is listed on the public page.
pub async fn save_settings(
    db: &DatabaseConnection,
    actor: &CurrentUser,
    institution_id: i32,
    s: &Settings,
) -> ServiceResult<()> {
    actor.require_staff()?;
    let inst = team::partnership(db, actor, institution_id).await?;
    let target = number_in("team_target", &s.team_target, 1, 1000)?;
    let share = number_in("team_share", &s.team_share, 1, 100)?;
    let mut m = inst.into_active_model();
    m.team_target = Set(target);
    m.team_share = Set(share);
    m.listed_publicly = Set(s.listed_publicly);
    m.update(db).await?;
    Ok(())
}

fn parse_date(field: &'static str, s: &str) -> ServiceResult<NaiveDate> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
        .map_err(|_| ServiceError::invalid(field, "error-date-invalid"))
}

/// Renews an active partnership until `new_end`, which must be after its current end.
/// Reminders start again for the new end date.
pub async fn renew(
    db: &DatabaseConnection,
    actor: &CurrentUser,
    institution_id: i32,
    new_end: &str,
) -> ServiceResult<()> {
    actor.require_staff()?;
    let inst = team::partnership(db, actor, institution_id).await?;
    if inst.partnership_status != ACTIVE {
        return Err(ServiceError::invalid("end", "error-partnership-ended"));
    }
    let end = parse_date("end", new_end)?;
    let floor = inst.partnership_end.or(inst.partnership_start);
    if floor.is_some_and(|f| end <= f) {
        return Err(ServiceError::invalid("end", "error-renewal-not-later"));
    }
    let mut m = inst.into_active_model();
    m.partnership_end = Set(Some(end));
    m.update(db).await?;
    Ok(())
}

/// Ends a partnership once the organizer has confirmed it: its team's hub accounts are
/// removed (or their servers stopped) by provisioning jobs; people, progress and reports
/// stay. Returns how many accounts were queued for removal.
pub async fn wind_down(
    state: &AppState,
    actor: &CurrentUser,
    institution_id: i32,
    confirmed: bool,
    mode: &str,
) -> ServiceResult<usize> {
    actor.require_staff()?;
    let inst = team::partnership(&state.db, actor, institution_id).await?;
    if inst.partnership_status != ACTIVE {
        return Err(ServiceError::invalid("confirm", "error-partnership-ended"));
    }
    if !confirmed {
        return Err(ServiceError::invalid("confirm", "error-wind-down-confirm"));
    }
    let mode = provisioning::Deprovision::parse(mode)
        .ok_or(ServiceError::invalid("mode", "error-wind-down-mode"))?;
    let mut m = inst.into_active_model();
    m.partnership_status = Set(WOUND_DOWN.to_owned());
    m.wound_down_at = Set(Some(Utc::now()));
    m.listed_publicly = Set(false);
    m.update(&state.db).await?;
    let Some(h) = registry::for_institution(&state.db, institution_id).await? else {
        return Ok(0);
    };
    let queued = provisioning::queue_deprovision(&state.db, &h, None, mode, Some(actor.id)).await?;
    Ok(queued.jobs)
}

/// The partnership's years: twelve-month periods from its start, the last one ending at
/// its end date (a renewal adds years).
pub fn years(inst: &institution::Model) -> Vec<(NaiveDate, NaiveDate)> {
    let start = inst
        .partnership_start
        .unwrap_or_else(|| inst.created_at.date_naive());
    let end = inst
        .partnership_end
        .filter(|e| *e > start)
        .unwrap_or_else(|| start.checked_add_months(Months::new(12)).unwrap_or(start));
    let mut out = vec![];
    let mut from = start;
    while from < end && out.len() < 50 {
        let next = from.checked_add_months(Months::new(12)).unwrap_or(end);
        // A stub of less than a month joins the year before it.
        let to = if next >= end || end.signed_duration_since(next).num_days() < 31 {
            end
        } else {
            next
        };
        out.push((from, to));
        from = to;
    }
    // A report always has a year to show, even for dates at the calendar's edge.
    if out.is_empty() {
        out.push((start, end));
    }
    out
}

/// Active people holding `role`, with those of one institution only when given.
async fn holders(
    db: &impl ConnectionTrait,
    role: Role,
    institution_id: Option<i32>,
) -> Result<Vec<user::Model>, DbErr> {
    let ids: Vec<i32> = user_role::Entity::find()
        .filter(user_role::Column::Role.eq(role.as_str()))
        .all(db)
        .await?
        .into_iter()
        .map(|r| r.user_id)
        .collect();
    let mut q = user::Entity::find()
        .filter(user::Column::Id.is_in(ids))
        .filter(user::Column::Active.eq(true));
    if let Some(i) = institution_id {
        q = q.filter(user::Column::InstitutionId.eq(i));
    }
    q.all(db).await
}

/// The reminder due on `day` for a partnership ending on `end`: the nearest threshold that
/// has been reached, if the year has not ended.
pub fn reminder_due(day: NaiveDate, end: NaiveDate) -> Option<i64> {
    let left = end.signed_duration_since(day).num_days();
    (left >= 0)
        .then(|| REMINDER_DAYS.into_iter().find(|t| left <= *t))
        .flatten()
}

/// Sends the reminders due on `day` (`YYYY-MM-DD`). Each (partnership, threshold, end date)
/// is claimed in `scheduled_runs` in the transaction that queues its mails, so several
/// instances or a retried job never send one twice, and a renewal (a new end date) starts
/// the reminders afresh. A threshold passed while no reminder went out (the server was
/// down) is claimed silently with the nearer one. Returns how many mails were queued.
pub async fn send_reminders(state: &AppState, day: &str) -> Result<usize, JobError> {
    let db = &state.db;
    let today = NaiveDate::parse_from_str(day, "%Y-%m-%d")
        .map_err(|e| JobError::Permanent(e.to_string()))?;
    let partnerships = institution::Entity::find()
        .filter(institution::Column::PartnershipStatus.eq(ACTIVE))
        .all(db)
        .await
        .map_err(JobError::retry)?;
    let organizers = holders(db, Role::Organizer, None)
        .await
        .map_err(JobError::retry)?;
    let mut sent = 0;
    for inst in partnerships {
        let Some(end) = inst.partnership_end else {
            continue;
        };
        let Some(due) = reminder_due(today, end) else {
            continue;
        };
        let txn = db.begin().await.map_err(JobError::retry)?;
        let period = end.to_string();
        let mut claimed = false;
        for t in REMINDER_DAYS.into_iter().filter(|t| *t >= due) {
            let won = schedule::claim(&txn, &format!("{REMINDER_JOB}:{}:{t}", inst.id), &period)
                .await
                .map_err(JobError::retry)?;
            claimed |= won && t == due;
        }
        if claimed {
            let leads = holders(&txn, Role::PartnerLead, Some(inst.id))
                .await
                .map_err(JobError::retry)?;
            let days = end.signed_duration_since(today).num_days();
            let link = state.config.link(&format!("/partnership/{}", inst.id));
            for p in leads.iter().chain(organizers.iter()) {
                let locale = Locale::parse(&p.locale).unwrap_or(Locale::En);
                mail::outbox::queue(
                    state,
                    &txn,
                    &p.email,
                    locale,
                    "partner-year-ending",
                    &[
                        ("name", p.name.clone().into()),
                        ("institution", inst.name.clone().into()),
                        ("date", format_date(&state.i18n, locale, end).into()),
                        ("days", days.into()),
                        ("link", link.clone().into()),
                    ],
                )
                .await
                .map_err(JobError::retry)?;
                sent += 1;
            }
        }
        txn.commit().await.map_err(JobError::retry)?;
    }
    Ok(sent)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn reminders_fall_due_at_sixty_and_fourteen_days() {
        let end = d("2027-03-02");
        assert_eq!(reminder_due(d("2026-12-31"), end), None);
        assert_eq!(reminder_due(d("2027-01-01"), end), Some(60));
        assert_eq!(reminder_due(d("2027-02-15"), end), Some(60));
        assert_eq!(reminder_due(d("2027-02-16"), end), Some(14));
        assert_eq!(reminder_due(d("2027-03-02"), end), Some(14));
        assert_eq!(reminder_due(d("2027-03-03"), end), None);
    }

    #[test]
    fn years_run_twelve_months_from_the_start() {
        let inst = institution::Model {
            id: 1,
            name: "X".into(),
            country: "Y".into(),
            partnership_start: Some(d("2025-01-15")),
            partnership_end: Some(d("2027-02-01")),
            created_at: Utc::now(),
            listed_publicly: false,
            team_target: 5,
            team_share: 50,
            partnership_status: ACTIVE.into(),
            wound_down_at: None,
        };
        assert_eq!(
            years(&inst),
            vec![
                (d("2025-01-15"), d("2026-01-15")),
                (d("2026-01-15"), d("2027-02-01")),
            ]
        );
    }
}
