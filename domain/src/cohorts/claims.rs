//! Claims: a person who types a GitHub username that a cohort's rows name is not linked to
//! those rows (anyone can type anyone's username). Their claim waits for one of the cohort's
//! organizers, who sees who claimed what and when, and confirms (the rows are linked, the
//! username counts as verified) or rejects it (the username is taken back from them).
use super::access::{self, CohortAccess};
use crate::{
    accounts::CurrentUser,
    entities::{cohort_claim, cohort_member, cohort_project, project_person, user},
    ServiceError, ServiceResult,
};
use chrono::Utc;
use sea_orm::{prelude::*, ActiveValue::Set};
use std::collections::{BTreeMap, BTreeSet};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClaimStatus {
    Pending,
    Confirmed,
    Rejected,
}

impl ClaimStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            ClaimStatus::Pending => "pending",
            ClaimStatus::Confirmed => "confirmed",
            ClaimStatus::Rejected => "rejected",
        }
    }
}

/// What an organizer decides about a claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decision {
    Confirm,
    Reject,
}

impl Decision {
    pub fn parse(s: &str) -> Option<Decision> {
        match s.trim() {
            "confirm" => Some(Decision::Confirm),
            "reject" => Some(Decision::Reject),
            _ => None,
        }
    }
}

/// Projects of a cohort, by id.
async fn project_ids(db: &impl ConnectionTrait, cohort_id: i32) -> ServiceResult<Vec<i32>> {
    Ok(cohort_project::Entity::find()
        .filter(cohort_project::Column::CohortId.eq(cohort_id))
        .all(db)
        .await?
        .into_iter()
        .map(|p| p.id)
        .collect())
}

/// The cohorts whose unlinked rows (members or project people) name `handle` (lowercase),
/// with the roles those rows give.
async fn cohorts_naming(
    db: &impl ConnectionTrait,
    handle: &str,
) -> ServiceResult<BTreeMap<i32, BTreeSet<String>>> {
    let mut out: BTreeMap<i32, BTreeSet<String>> = BTreeMap::new();
    for m in cohort_member::Entity::find()
        .filter(cohort_member::Column::UserId.is_null())
        .filter(cohort_member::Column::Handle.eq(handle))
        .all(db)
        .await?
    {
        out.entry(m.cohort_id).or_default().insert(m.role);
    }
    let people = project_person::Entity::find()
        .filter(project_person::Column::UserId.is_null())
        .filter(project_person::Column::Handle.eq(handle))
        .all(db)
        .await?;
    if !people.is_empty() {
        let projects: BTreeMap<i32, i32> = cohort_project::Entity::find()
            .filter(cohort_project::Column::Id.is_in(people.iter().map(|p| p.project_id)))
            .all(db)
            .await?
            .into_iter()
            .map(|p| (p.id, p.cohort_id))
            .collect();
        for p in people {
            if let Some(c) = projects.get(&p.project_id) {
                out.entry(*c).or_default().insert(p.role);
            }
        }
    }
    Ok(out)
}

/// Records a pending claim in every cohort whose unlinked rows name `handle`, unless this
/// person already claimed it there (a rejected claim is not asked again). Returns how many
/// were recorded.
pub async fn record(db: &impl ConnectionTrait, user_id: i32, handle: &str) -> ServiceResult<usize> {
    let handle = handle.to_lowercase();
    let mut n = 0;
    for cohort_id in cohorts_naming(db, &handle).await?.into_keys() {
        let exists = cohort_claim::Entity::find()
            .filter(cohort_claim::Column::CohortId.eq(cohort_id))
            .filter(cohort_claim::Column::UserId.eq(user_id))
            .filter(cohort_claim::Column::Handle.eq(&handle))
            .one(db)
            .await?;
        if exists.is_none() {
            cohort_claim::ActiveModel {
                cohort_id: Set(cohort_id),
                user_id: Set(user_id),
                handle: Set(handle.clone()),
                status: Set(ClaimStatus::Pending.as_str().into()),
                created_at: Set(Utc::now()),
                ..Default::default()
            }
            .insert(db)
            .await?;
            n += 1;
        }
    }
    Ok(n)
}

/// Withdraws a person's pending claims, except those for `keep` (their current username).
pub async fn withdraw(
    db: &impl ConnectionTrait,
    user_id: i32,
    keep: Option<&str>,
) -> ServiceResult<()> {
    let mut q = cohort_claim::Entity::delete_many()
        .filter(cohort_claim::Column::UserId.eq(user_id))
        .filter(cohort_claim::Column::Status.eq(ClaimStatus::Pending.as_str()));
    if let Some(k) = keep {
        q = q.filter(cohort_claim::Column::Handle.ne(k.to_lowercase()));
    }
    q.exec(db).await?;
    Ok(())
}

/// Links the unlinked rows of one cohort that name `handle` to `user_id`: called only with
/// proof (an invitation from this cohort's files, an organizer's confirmation).
pub async fn link_in_cohort(
    db: &impl ConnectionTrait,
    cohort_id: i32,
    user_id: i32,
    handle: &str,
) -> ServiceResult<()> {
    let handle = handle.to_lowercase();
    cohort_member::Entity::update_many()
        .col_expr(cohort_member::Column::UserId, Expr::value(user_id))
        .filter(cohort_member::Column::CohortId.eq(cohort_id))
        .filter(cohort_member::Column::UserId.is_null())
        .filter(cohort_member::Column::Handle.eq(&handle))
        .exec(db)
        .await?;
    project_person::Entity::update_many()
        .col_expr(project_person::Column::UserId, Expr::value(user_id))
        .filter(project_person::Column::ProjectId.is_in(project_ids(db, cohort_id).await?))
        .filter(project_person::Column::UserId.is_null())
        .filter(project_person::Column::Handle.eq(&handle))
        .exec(db)
        .await?;
    Ok(())
}

/// A claim as the cohort's organizers see it.
#[derive(Clone, Debug)]
pub struct PendingClaim {
    pub id: i32,
    pub user_id: i32,
    pub name: String,
    pub email: String,
    pub handle: String,
    /// The roles the cohort's rows with this handle would give.
    pub roles: Vec<String>,
    pub created_at: DateTimeUtc,
}

/// The cohort's pending claims, oldest first; for its managers only.
pub async fn pending(
    db: &impl ConnectionTrait,
    a: &CohortAccess,
) -> ServiceResult<Vec<PendingClaim>> {
    a.require_manage()?;
    let claims = cohort_claim::Entity::find()
        .filter(cohort_claim::Column::CohortId.eq(a.cohort.id))
        .filter(cohort_claim::Column::Status.eq(ClaimStatus::Pending.as_str()))
        .all(db)
        .await?;
    let users: BTreeMap<i32, user::Model> = user::Entity::find()
        .filter(user::Column::Id.is_in(claims.iter().map(|c| c.user_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u))
        .collect();
    let mut out = Vec::with_capacity(claims.len());
    for c in claims {
        let Some(u) = users.get(&c.user_id) else {
            continue;
        };
        let roles = cohorts_naming(db, &c.handle)
            .await?
            .remove(&a.cohort.id)
            .unwrap_or_default();
        out.push(PendingClaim {
            id: c.id,
            user_id: u.id,
            name: u.name.clone(),
            email: u.email.clone(),
            handle: c.handle,
            roles: roles.into_iter().collect(),
            created_at: c.created_at,
        });
    }
    out.sort_by_key(|c| (c.created_at, c.id));
    Ok(out)
}

/// An organizer (or staff) of the claim's cohort confirms or rejects it. Nobody decides
/// their own claim. Confirming links the cohort's rows with that handle and marks the
/// username verified; rejecting takes an unverified username back from the claimant, so
/// its owner can set it.
pub async fn decide(
    db: &DatabaseConnection,
    actor: &CurrentUser,
    slug: &str,
    claim_id: i32,
    decision: Decision,
) -> ServiceResult<()> {
    let a = access::access(db, actor, slug).await?;
    a.require_manage()?;
    let claim = cohort_claim::Entity::find_by_id(claim_id)
        .filter(cohort_claim::Column::CohortId.eq(a.cohort.id))
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    if claim.user_id == actor.id {
        return Err(ServiceError::Forbidden);
    }
    if claim.status != ClaimStatus::Pending.as_str() {
        return Err(ServiceError::invalid("claim", "error-claim-decided"));
    }
    let txn = crate::db::begin_write(db).await?;
    let claimant = user::Entity::find_by_id(claim.user_id)
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let holds = claimant
        .github_username
        .as_deref()
        .is_some_and(|g| g.eq_ignore_ascii_case(&claim.handle));
    let status = match decision {
        Decision::Confirm => {
            if !holds {
                // They changed their username since: nothing to confirm any more.
                return Err(ServiceError::invalid("claim", "error-claim-stale"));
            }
            link_in_cohort(&txn, a.cohort.id, claimant.id, &claim.handle).await?;
            if claimant.github_verified_at.is_none() {
                user::ActiveModel {
                    id: Set(claimant.id),
                    github_verified_at: Set(Some(Utc::now())),
                    ..Default::default()
                }
                .update(&txn)
                .await?;
            }
            ClaimStatus::Confirmed
        }
        Decision::Reject => ClaimStatus::Rejected,
    };
    cohort_claim::ActiveModel {
        id: Set(claim.id),
        status: Set(status.as_str().into()),
        decided_at: Set(Some(Utc::now())),
        decided_by: Set(Some(actor.id)),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    if decision == Decision::Reject && holds && claimant.github_verified_at.is_none() {
        user::ActiveModel {
            id: Set(claimant.id),
            github_username: Set(None),
            ..Default::default()
        }
        .update(&txn)
        .await?;
        // Their other pending claims were for the same username.
        withdraw(&txn, claimant.id, None).await?;
    }
    txn.commit().await?;
    if decision == Decision::Confirm {
        // A hub that signs in with GitHub may have been waiting for a verified username.
        crate::hubs::provisioning::after_github_username(db, claimant.id).await;
    }
    Ok(())
}
