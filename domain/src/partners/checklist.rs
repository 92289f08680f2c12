//! The onboarding checklist of a partnership. Each step is done when its fact becomes true
//! (computed here from the data, never stored), or when someone ticks it by hand: an
//! organizer any step, the partner lead "a team member has trained others".
use super::team::{self, Member};
use crate::{
    accounts::{CurrentUser, Role},
    courses::Catalog,
    entities::{hub, institution, invitation, partner_application, partnership_tick},
    hubs::{provisioning::status, registry},
    AppState, ServiceError, ServiceResult,
};
use chrono::{DateTime, Duration, Utc};
use sea_orm::{prelude::*, sea_query::OnConflict, ActiveValue::Set, QueryOrder};

pub const ACCEPTED: &str = "accepted";
pub const HUB_READY: &str = "hub_ready";
pub const LEAD_SIGNED_IN: &str = "lead_signed_in";
pub const TEAM_INVITED: &str = "team_invited";
pub const TEAM_HUB_ACCOUNTS: &str = "team_hub_accounts";
pub const TEAM_IN_COHORT: &str = "team_in_cohort";
pub const FIRST_STEPS: &str = "first_steps";
pub const TRAINED_OTHERS: &str = "trained_others";
/// In the order partners go through them. Pages name them `checklist-step-<step>`.
pub const STEPS: [&str; 8] = [
    ACCEPTED,
    HUB_READY,
    LEAD_SIGNED_IN,
    TEAM_INVITED,
    TEAM_HUB_ACCOUNTS,
    TEAM_IN_COHORT,
    FIRST_STEPS,
    TRAINED_OTHERS,
];
/// The step the lead records themself.
pub const LEAD_STEPS: [&str; 1] = [TRAINED_OTHERS];

/// The course every partner team starts with ("First steps on your Catalyst hub").
pub const FIRST_STEPS_COURSE: &str = "first-steps";
/// A partnership that has not advanced for this long is shown as stalled.
pub const STALL_DAYS: i64 = 21;

#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    pub key: &'static str,
    pub done: bool,
    /// When the step became done, where the data tells.
    pub done_at: Option<DateTime<Utc>>,
    /// Ticked by hand: the tick's note (may be empty).
    pub ticked: Option<String>,
    /// Progress towards the step: (have, need), for steps that count people.
    pub count: Option<(usize, usize)>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Checklist {
    pub steps: Vec<Step>,
    pub stalled: bool,
    /// The last time a step was done (or the partnership began).
    pub last_progress: DateTime<Utc>,
}

impl Checklist {
    /// The first step not done yet: what the partnership should do next.
    pub fn next(&self) -> Option<&Step> {
        self.steps.iter().find(|s| !s.done)
    }

    pub fn done(&self) -> usize {
        self.steps.iter().filter(|s| s.done).count()
    }
}

/// How many of `team` people make "a share of the team" (at least one).
pub fn share_needed(team: usize, share_percent: i32) -> usize {
    let share = share_percent.clamp(1, 100) as usize;
    (team * share).div_ceil(100).max(1)
}

/// The n-th earliest of these dates (1-based), once there are n.
fn nth(mut dates: Vec<DateTime<Utc>>, n: usize) -> Option<DateTime<Utc>> {
    dates.sort();
    n.checked_sub(1).and_then(|i| dates.get(i).copied())
}

fn counted(key: &'static str, dates: Vec<DateTime<Utc>>, have: usize, need: usize) -> Step {
    Step {
        key,
        done: need > 0 && have >= need,
        done_at: nth(dates, need),
        ticked: None,
        count: Some((have, need)),
    }
}

fn fact(key: &'static str, done_at: Option<DateTime<Utc>>) -> Step {
    Step {
        key,
        done: done_at.is_some(),
        done_at,
        ticked: None,
        count: None,
    }
}

/// Computes the checklist of one partnership (no scope check: callers have done it).
pub async fn compute(
    db: &impl ConnectionTrait,
    catalog: &Catalog,
    inst: &institution::Model,
    now: DateTime<Utc>,
) -> ServiceResult<Checklist> {
    let members = team::members_of(db, catalog, inst.id).await?;
    of_members(db, inst, &members, now).await
}

/// The checklist from a team already loaded (the partnership page shows both).
pub async fn of_members(
    db: &impl ConnectionTrait,
    inst: &institution::Model,
    members: &[Member],
    now: DateTime<Utc>,
) -> ServiceResult<Checklist> {
    let (leads, crew): (Vec<&Member>, Vec<&Member>) = members.iter().partition(|m| m.is_lead());
    let target = inst.team_target.max(1) as usize;
    let share = share_needed(crew.len(), inst.team_share);

    let accepted = partner_application::Entity::find()
        .filter(partner_application::Column::InstitutionId.eq(inst.id))
        .one(db)
        .await?
        .and_then(|a| a.decided_at)
        .unwrap_or(inst.created_at);
    let hub = registry::for_institution(db, inst.id).await?;
    let hub_ready = hub.as_ref().and_then(hub_tested_at);
    let lead_in = leads.iter().filter_map(|l| l.person.last_sign_in_at).min();

    // Team invited: members who joined, plus invitations still open.
    let invites = invitation::Entity::find()
        .filter(invitation::Column::InstitutionId.eq(inst.id))
        .filter(invitation::Column::Role.ne(Role::PartnerLead.as_str()))
        .filter(invitation::Column::RevokedAt.is_null())
        .all(db)
        .await?;
    let open: Vec<&invitation::Model> = invites
        .iter()
        .filter(|i| i.accepted_at.is_none() && i.expires_at > now)
        .collect();
    let mut invited: Vec<DateTime<Utc>> = crew
        .iter()
        .map(|m| {
            invites
                .iter()
                .find(|i| i.email == m.person.email)
                .map_or(m.person.created_at, |i| i.created_at)
        })
        .collect();
    invited.extend(open.iter().map(|i| i.created_at));
    let invited_count = invited.len();

    let ready: Vec<DateTime<Utc>> = crew
        .iter()
        .filter_map(|m| m.hub_account.as_ref())
        .filter(|a| a.status == status::READY)
        .map(|a| a.ready_at.unwrap_or(a.updated_at))
        .collect();
    let ready_count = ready.len();

    let in_cohort = crew
        .iter()
        .filter(|m| m.cohorts.iter().any(|c| c.status != "finished"))
        .count();

    let finished = |m: &Member| {
        m.courses
            .iter()
            .find(|c| c.slug == FIRST_STEPS_COURSE)
            .and_then(|c| c.completed_at)
    };
    let lead_done = leads.iter().filter_map(|l| finished(l)).min();
    let crew_done: Vec<DateTime<Utc>> = crew.iter().filter_map(|m| finished(m)).collect();
    let crew_done_count = crew_done.len();
    let first_steps = match (lead_done, nth(crew_done, share)) {
        (Some(a), Some(b)) if !crew.is_empty() => Some(a.max(b)),
        _ => None,
    };

    let mut steps = vec![
        fact(ACCEPTED, Some(accepted)),
        fact(HUB_READY, hub_ready),
        fact(LEAD_SIGNED_IN, lead_in),
        counted(TEAM_INVITED, invited, invited_count, target),
        counted(TEAM_HUB_ACCOUNTS, ready, ready_count, target),
        Step {
            count: Some((in_cohort, share)),
            ..fact(TEAM_IN_COHORT, None)
        },
        Step {
            count: Some((crew_done_count, share)),
            ..fact(FIRST_STEPS, first_steps)
        },
        fact(TRAINED_OTHERS, None),
    ];
    // The cohort step has no date in the data: done when the share is reached.
    steps[5].done = !crew.is_empty() && in_cohort >= share;

    for t in partnership_tick::Entity::find()
        .filter(partnership_tick::Column::InstitutionId.eq(inst.id))
        .all(db)
        .await?
    {
        if let Some(s) = steps.iter_mut().find(|s| s.key == t.step) {
            if !s.done {
                s.done = true;
                s.done_at = Some(t.done_at);
            }
            s.ticked = Some(t.note);
        }
    }
    let last_progress = steps
        .iter()
        .filter(|s| s.done)
        .filter_map(|s| s.done_at)
        .max()
        .unwrap_or(inst.created_at)
        .max(inst.created_at);
    let complete = steps.iter().all(|s| s.done);
    Ok(Checklist {
        stalled: !complete
            && inst.partnership_status == super::year::ACTIVE
            && now - last_progress > Duration::days(STALL_DAYS),
        last_progress,
        steps,
    })
}

/// When the hub's last connection test passed.
fn hub_tested_at(h: &hub::Model) -> Option<DateTime<Utc>> {
    registry::last_check(h)
        .filter(|c| c.passed())
        .and(h.checked_at)
}

/// One partnership's checklist, for its lead or staff.
pub async fn for_partnership(
    state: &AppState,
    actor: &CurrentUser,
    institution_id: i32,
) -> ServiceResult<(institution::Model, Checklist)> {
    let inst = team::partnership(&state.db, actor, institution_id).await?;
    let list = compute(&state.db, &state.library.catalog(), &inst, Utc::now()).await?;
    Ok((inst, list))
}

/// Every partnership's checklist side by side, for organizers: stalled ones first, then by
/// name. Partnerships that were wound down come last.
pub async fn overview(
    state: &AppState,
    actor: &CurrentUser,
) -> ServiceResult<Vec<(institution::Model, Checklist)>> {
    actor.require_staff()?;
    let catalog = state.library.catalog();
    let now = Utc::now();
    let mut out = vec![];
    for inst in institution::Entity::find()
        .order_by_asc(institution::Column::Name)
        .all(&state.db)
        .await?
    {
        let list = compute(&state.db, &catalog, &inst, now).await?;
        out.push((inst, list));
    }
    out.sort_by_key(|(i, c)| (i.partnership_status != super::year::ACTIVE, !c.stalled));
    Ok(out)
}

/// Ticks a step by hand (or unticks it). Organizers may tick any step; the lead only the
/// steps they record themself.
pub async fn tick(
    state: &AppState,
    actor: &CurrentUser,
    institution_id: i32,
    step: &str,
    done: bool,
    note: &str,
) -> ServiceResult<()> {
    team::partnership(&state.db, actor, institution_id).await?;
    let step = STEPS
        .into_iter()
        .find(|s| *s == step)
        .ok_or(ServiceError::invalid("step", "error-checklist-step"))?;
    if !actor.is_staff() && !LEAD_STEPS.contains(&step) {
        return Err(ServiceError::Forbidden);
    }
    let note = note.trim();
    if note.chars().count() > 2000 {
        return Err(ServiceError::detail(
            "note",
            "error-application-too-long",
            vec![("max", "2000".into())],
        ));
    }
    if LEAD_STEPS.contains(&step) && done && note.is_empty() {
        return Err(ServiceError::invalid(
            "note",
            "error-checklist-note-required",
        ));
    }
    if !done {
        partnership_tick::Entity::delete_many()
            .filter(partnership_tick::Column::InstitutionId.eq(institution_id))
            .filter(partnership_tick::Column::Step.eq(step))
            .exec(&state.db)
            .await?;
        return Ok(());
    }
    partnership_tick::Entity::insert(partnership_tick::ActiveModel {
        institution_id: Set(institution_id),
        step: Set(step.to_owned()),
        done_by: Set(Some(actor.id)),
        done_at: Set(Utc::now()),
        note: Set(note.to_owned()),
        ..Default::default()
    })
    .on_conflict(
        OnConflict::columns([
            partnership_tick::Column::InstitutionId,
            partnership_tick::Column::Step,
        ])
        .update_columns([
            partnership_tick::Column::Note,
            partnership_tick::Column::DoneBy,
        ])
        .to_owned(),
    )
    .exec_without_returning(&state.db)
    .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_share_of_the_team_is_at_least_one_person() {
        assert_eq!(share_needed(0, 50), 1);
        assert_eq!(share_needed(2, 50), 1);
        assert_eq!(share_needed(3, 50), 2);
        assert_eq!(share_needed(10, 100), 10);
        assert_eq!(share_needed(10, 0), 1);
    }

    #[test]
    fn the_nth_date_needs_n_dates() {
        let d = |h: i64| DateTime::<Utc>::from_timestamp(h * 3600, 0).unwrap();
        assert_eq!(nth(vec![d(3), d(1), d(2)], 2), Some(d(2)));
        assert_eq!(nth(vec![d(1)], 2), None);
        assert_eq!(nth(vec![d(1)], 0), None);
    }
}
