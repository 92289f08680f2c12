//! Who may see and do what in a cohort. Platform staff manage every cohort; a cohort's own
//! organizers manage it; mentors follow their mentees (the participants of the projects they
//! mentor); hosts take attendance for their calls; participants see their own track and
//! their project.
use crate::{
    accounts::CurrentUser,
    entities::{cohort, cohort_member, cohort_project, project_person},
    ServiceError, ServiceResult,
};
use sea_orm::prelude::*;
use std::collections::BTreeSet;

#[derive(Clone, Debug)]
pub struct CohortAccess {
    pub cohort: cohort::Model,
    pub user_id: i32,
    /// Platform organizers and admins.
    pub staff: bool,
    /// The viewer's roles in this cohort.
    pub roles: BTreeSet<String>,
    /// The handles of this cohort's rows linked to the viewer's account (by user id, so a
    /// username the viewer typed adds none): call host lists name people by them.
    pub linked_handles: BTreeSet<String>,
}

impl CohortAccess {
    pub fn manages(&self) -> bool {
        self.staff || self.roles.contains("organizer")
    }
    pub fn is(&self, role: &str) -> bool {
        self.roles.contains(role)
    }
    pub fn require_manage(&self) -> ServiceResult<()> {
        if self.manages() {
            Ok(())
        } else {
            Err(ServiceError::Forbidden)
        }
    }
    /// Hosts of a call and managers may take its attendance. A host is the account the
    /// cohort's row for that handle is linked to, never whoever typed that username.
    pub fn hosts(&self, hosts_json: &str) -> bool {
        let hosts: Vec<String> = serde_json::from_str(hosts_json).unwrap_or_default();
        self.manages()
            || hosts
                .iter()
                .any(|h| self.linked_handles.contains(&h.to_lowercase()))
    }
}

/// The cohort by slug and what the viewer may do in it; `Forbidden` for people outside it.
pub async fn access(
    db: &DatabaseConnection,
    actor: &CurrentUser,
    slug: &str,
) -> ServiceResult<CohortAccess> {
    let c = cohort::Entity::find()
        .filter(cohort::Column::Slug.eq(slug))
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    access_to(db, actor, c).await
}

pub async fn access_to(
    db: &DatabaseConnection,
    actor: &CurrentUser,
    c: cohort::Model,
) -> ServiceResult<CohortAccess> {
    let rows = cohort_member::Entity::find()
        .filter(cohort_member::Column::CohortId.eq(c.id))
        .filter(cohort_member::Column::UserId.eq(actor.id))
        .all(db)
        .await?;
    let roles: BTreeSet<String> = rows.iter().map(|m| m.role.clone()).collect();
    let staff = actor.is_staff();
    if !staff && roles.is_empty() {
        return Err(ServiceError::Forbidden);
    }
    Ok(CohortAccess {
        cohort: c,
        user_id: actor.id,
        staff,
        roles,
        linked_handles: rows.into_iter().map(|m| m.handle.to_lowercase()).collect(),
    })
}

/// The participants (user ids) of the projects this person mentors in the cohort.
pub async fn mentees(
    db: &impl ConnectionTrait,
    cohort_id: i32,
    mentor_id: i32,
) -> ServiceResult<BTreeSet<i32>> {
    let projects: Vec<i32> = cohort_project::Entity::find()
        .filter(cohort_project::Column::CohortId.eq(cohort_id))
        .all(db)
        .await?
        .into_iter()
        .map(|p| p.id)
        .collect();
    mentees_among(db, Some(projects), mentor_id).await
}

/// The participants of the projects (among `projects`, or any) that `mentor_id` mentors.
pub async fn mentees_among(
    db: &impl ConnectionTrait,
    projects: Option<Vec<i32>>,
    mentor_id: i32,
) -> ServiceResult<BTreeSet<i32>> {
    let mut q = project_person::Entity::find()
        .filter(project_person::Column::UserId.eq(mentor_id))
        .filter(project_person::Column::Role.eq("mentor"));
    if let Some(p) = projects {
        q = q.filter(project_person::Column::ProjectId.is_in(p));
    }
    let mentored: Vec<i32> = q.all(db).await?.into_iter().map(|p| p.project_id).collect();
    Ok(project_person::Entity::find()
        .filter(project_person::Column::ProjectId.is_in(mentored))
        .filter(project_person::Column::Role.eq("participant"))
        .all(db)
        .await?
        .into_iter()
        .filter_map(|p| p.user_id)
        .collect())
}

impl CohortAccess {
    /// Whether the viewer may see this person's track: themselves, their mentor, managers.
    pub async fn may_follow(&self, db: &DatabaseConnection, person: i32) -> ServiceResult<bool> {
        if person == self.user_id || self.manages() {
            return Ok(true);
        }
        Ok(self.is("mentor")
            && mentees(db, self.cohort.id, self.user_id)
                .await?
                .contains(&person))
    }
}
