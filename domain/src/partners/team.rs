//! A partner lead's team: the people of their institution. The lead invites learners and
//! mentors to it, removes them, and follows their courses, hub accounts and cohorts; staff
//! may do the same for any partnership. Everything here is scoped by `partnership()`, so a
//! lead never reaches another institution's people.
use crate::{
    accounts::{invitations, people, CurrentUser, EmailAddress, Role},
    courses::Catalog,
    entities::{
        cohort, cohort_member, hub_account, institution, invitation, lesson_progress, user,
        user_role,
    },
    hubs::{provisioning, registry},
    i18n::Locale,
    AppState, ServiceError, ServiceResult,
};
use chrono::Utc;
use sea_orm::{prelude::*, ActiveValue::Set, QueryOrder};
use std::collections::HashMap;

/// The partnership (institution) `id` if the actor may see it: staff any, a partner lead
/// only their own. Another institution's lead gets Forbidden, as does everyone else.
pub async fn partnership(
    db: &impl ConnectionTrait,
    actor: &CurrentUser,
    id: i32,
) -> ServiceResult<institution::Model> {
    let own = actor.has(Role::PartnerLead) && actor.institution_id == Some(id);
    if !(actor.is_staff() || own) {
        return Err(ServiceError::Forbidden);
    }
    institution::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)
}

/// Where "My partnership" leads a partner lead.
pub fn own_partnership(actor: &CurrentUser) -> Option<i32> {
    actor
        .has(Role::PartnerLead)
        .then_some(actor.institution_id)
        .flatten()
}

/// A person's standing in one course of the catalog.
#[derive(Clone, Debug, PartialEq)]
pub struct CourseStanding {
    pub slug: String,
    pub completed_lessons: usize,
    pub lessons: usize,
    /// When the last lesson was completed, once all are.
    pub completed_at: Option<DateTimeUtc>,
}

impl CourseStanding {
    pub fn percent(&self) -> u32 {
        (self.completed_lessons * 100 / self.lessons.max(1)) as u32
    }
}

/// Course standings of these people (courses they have started), in catalog order.
pub async fn standings(
    db: &impl ConnectionTrait,
    catalog: &Catalog,
    user_ids: &[i32],
) -> ServiceResult<HashMap<i32, Vec<CourseStanding>>> {
    let rows = lesson_progress::Entity::find()
        .filter(lesson_progress::Column::UserId.is_in(user_ids.iter().copied()))
        .all(db)
        .await?;
    let mut done: HashMap<(i32, &str), Vec<&lesson_progress::Model>> = HashMap::new();
    for r in &rows {
        done.entry((r.user_id, r.course_slug.as_str()))
            .or_default()
            .push(r);
    }
    let mut out: HashMap<i32, Vec<CourseStanding>> = HashMap::new();
    for uid in user_ids {
        for c in &catalog.courses {
            let Some(lessons) = done.get(&(*uid, c.slug.as_str())) else {
                continue;
            };
            let completed: Vec<_> = lessons
                .iter()
                .filter(|l| l.completed_at.is_some() && c.position(&l.lesson).is_some())
                .collect();
            let all = completed.len() >= c.lessons.len() && !c.lessons.is_empty();
            out.entry(*uid).or_default().push(CourseStanding {
                slug: c.slug.clone(),
                completed_lessons: completed.len(),
                lessons: c.lessons.len(),
                completed_at: all
                    .then(|| completed.iter().filter_map(|l| l.completed_at).max())
                    .flatten(),
            });
        }
    }
    Ok(out)
}

/// A cohort a team member takes part in, with their role there.
#[derive(Clone, Debug, PartialEq)]
pub struct CohortPlace {
    pub slug: String,
    pub name: String,
    pub status: String,
    pub role: String,
    pub starts_on: chrono::NaiveDate,
    pub ends_on: chrono::NaiveDate,
}

#[derive(Clone, Debug)]
pub struct Member {
    pub person: user::Model,
    pub roles: Vec<Role>,
    pub hub_account: Option<hub_account::Model>,
    pub courses: Vec<CourseStanding>,
    pub cohorts: Vec<CohortPlace>,
}

impl Member {
    pub fn is_lead(&self) -> bool {
        self.roles.contains(&Role::PartnerLead)
    }
}

#[derive(Clone, Debug)]
pub struct Team {
    pub institution: institution::Model,
    /// Active people of the institution, leads first, then by name.
    pub members: Vec<Member>,
    /// Invitations to the institution not yet accepted, revoked or expired.
    pub pending: Vec<invitation::Model>,
}

/// The active members of an institution (no scope check: callers have done it).
pub(crate) async fn members_of(
    db: &impl ConnectionTrait,
    catalog: &Catalog,
    institution_id: i32,
) -> ServiceResult<Vec<Member>> {
    let people = user::Entity::find()
        .filter(user::Column::InstitutionId.eq(institution_id))
        .filter(user::Column::Active.eq(true))
        .order_by_asc(user::Column::Name)
        .all(db)
        .await?;
    let ids: Vec<i32> = people.iter().map(|p| p.id).collect();
    let mut roles: HashMap<i32, Vec<Role>> = HashMap::new();
    for r in user_role::Entity::find()
        .filter(user_role::Column::UserId.is_in(ids.iter().copied()))
        .all(db)
        .await?
    {
        if let Some(role) = Role::parse(&r.role) {
            roles.entry(r.user_id).or_default().push(role);
        }
    }
    let mut accounts: HashMap<i32, hub_account::Model> = HashMap::new();
    if let Some(h) = registry::for_institution(db, institution_id).await? {
        for a in hub_account::Entity::find()
            .filter(hub_account::Column::HubId.eq(h.id))
            .filter(hub_account::Column::UserId.is_in(ids.iter().copied()))
            .all(db)
            .await?
        {
            accounts.insert(a.user_id, a);
        }
    }
    let memberships = cohort_member::Entity::find()
        .filter(cohort_member::Column::UserId.is_in(ids.iter().copied()))
        .all(db)
        .await?;
    // Only the cohorts these people are in (a partnership overview asks once per partner).
    let cohorts: HashMap<i32, cohort::Model> = cohort::Entity::find()
        .filter(cohort::Column::Id.is_in(memberships.iter().map(|m| m.cohort_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|c| (c.id, c))
        .collect();
    let mut places: HashMap<i32, Vec<CohortPlace>> = HashMap::new();
    for m in memberships {
        if let (Some(uid), Some(c)) = (m.user_id, cohorts.get(&m.cohort_id)) {
            places.entry(uid).or_default().push(CohortPlace {
                slug: c.slug.clone(),
                name: c.name.clone(),
                status: c.status.clone(),
                role: m.role,
                starts_on: c.starts_on,
                ends_on: c.ends_on,
            });
        }
    }
    let mut courses = standings(db, catalog, &ids).await?;
    let mut out: Vec<Member> = people
        .into_iter()
        .map(|p| {
            let mut r = roles.remove(&p.id).unwrap_or_default();
            r.sort();
            Member {
                roles: r,
                hub_account: accounts.remove(&p.id),
                courses: courses.remove(&p.id).unwrap_or_default(),
                cohorts: places.remove(&p.id).unwrap_or_default(),
                person: p,
            }
        })
        .collect();
    out.sort_by_key(|m| !m.is_lead());
    Ok(out)
}

pub async fn team(
    state: &AppState,
    actor: &CurrentUser,
    institution_id: i32,
) -> ServiceResult<Team> {
    let institution = partnership(&state.db, actor, institution_id).await?;
    let members = members_of(&state.db, &state.library.catalog(), institution_id).await?;
    let now = Utc::now();
    let pending = invitation::Entity::find()
        .filter(invitation::Column::InstitutionId.eq(institution_id))
        .filter(invitation::Column::AcceptedAt.is_null())
        .filter(invitation::Column::RevokedAt.is_null())
        .filter(invitation::Column::ExpiresAt.gt(now))
        .order_by_asc(invitation::Column::CreatedAt)
        .all(&state.db)
        .await?;
    Ok(Team {
        institution,
        members,
        pending,
    })
}

/// The roles a lead may give: learners, and mentors from their institution.
pub const TEAM_ROLES: [Role; 2] = [Role::Learner, Role::Mentor];

#[derive(Clone, Debug, Default)]
pub struct TeamInvite {
    pub email: String,
    pub role: String,
    pub locale: String,
}

/// Invites a person to the team; the mail goes out in the language chosen for them.
pub async fn invite(
    state: &AppState,
    actor: &CurrentUser,
    institution_id: i32,
    form: &TeamInvite,
) -> ServiceResult<()> {
    let inst = partnership(&state.db, actor, institution_id).await?;
    if inst.partnership_status != super::year::ACTIVE {
        return Err(ServiceError::invalid("email", "error-partnership-ended"));
    }
    let email = EmailAddress::parse(&form.email)?;
    let role = Role::parse(&form.role)
        .filter(|r| TEAM_ROLES.contains(r))
        .ok_or(ServiceError::invalid("role", "error-team-role"))?;
    if people::find_by_email(&state.db, &email).await?.is_some() {
        return Err(ServiceError::invalid("email", "error-email-taken"));
    }
    let open = invitation::Entity::find()
        .filter(invitation::Column::Email.eq(email.as_str()))
        .filter(invitation::Column::AcceptedAt.is_null())
        .filter(invitation::Column::RevokedAt.is_null())
        .filter(invitation::Column::ExpiresAt.gt(Utc::now()))
        .one(&state.db)
        .await?;
    if open.is_some() {
        return Err(ServiceError::invalid("email", "error-team-already-invited"));
    }
    let locale = Locale::parse(&form.locale).unwrap_or(actor.locale);
    invitations::insert(
        state,
        &state.db,
        actor,
        invitations::NewInvitation {
            email: email.as_str().to_owned(),
            role,
            institution_id: Some(institution_id),
            locale,
            cohort: None,
        },
    )
    .await?;
    Ok(())
}

/// Withdraws a pending invitation to the team.
pub async fn revoke(
    state: &AppState,
    actor: &CurrentUser,
    institution_id: i32,
    invitation_id: i32,
) -> ServiceResult<()> {
    partnership(&state.db, actor, institution_id).await?;
    let inv = invitation::Entity::find_by_id(invitation_id)
        .one(&state.db)
        .await?
        .filter(|i| i.institution_id == Some(institution_id))
        .ok_or(ServiceError::NotFound)?;
    if inv.accepted_at.is_some() {
        return Err(ServiceError::invalid("invitation", "error-invitation-used"));
    }
    invitation::ActiveModel {
        id: Set(inv.id),
        revoked_at: Set(Some(Utc::now())),
        ..Default::default()
    }
    .update(&state.db)
    .await?;
    Ok(())
}

/// Takes a person off the team: they leave the institution (their history stays, for the
/// reports) and their account on its hub is removed through the provisioning jobs. A lead
/// cannot remove themself, another lead or staff.
pub async fn remove(
    state: &AppState,
    actor: &CurrentUser,
    institution_id: i32,
    user_id: i32,
) -> ServiceResult<()> {
    partnership(&state.db, actor, institution_id).await?;
    let person = user::Entity::find_by_id(user_id)
        .one(&state.db)
        .await?
        .filter(|p| p.institution_id == Some(institution_id))
        .ok_or(ServiceError::NotFound)?;
    let roles = people::roles_of(&state.db, person.id).await?;
    let protected = [Role::PartnerLead, Role::Organizer, Role::Admin];
    if person.id == actor.id || roles.iter().any(|r| protected.contains(r)) {
        return Err(ServiceError::invalid(
            "member",
            "error-team-remove-not-allowed",
        ));
    }
    user::ActiveModel {
        id: Set(person.id),
        institution_id: Set(None),
        ..Default::default()
    }
    .update(&state.db)
    .await?;
    if let Some(h) = registry::for_institution(&state.db, institution_id).await? {
        provisioning::queue_deprovision(
            &state.db,
            &h,
            Some(&[person.id]),
            provisioning::Deprovision::Delete,
            Some(actor.id),
        )
        .await?;
    }
    Ok(())
}
