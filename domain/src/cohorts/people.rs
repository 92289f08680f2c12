//! People in cohorts: the files name them by GitHub username or email. Rows are linked to an
//! account only on proof: an accepted invitation (sent to the address the files name), or an
//! organizer's confirmation of a claim (`claims`). A username a person typed links nothing.
use crate::{
    entities::{cohort_member, cohort_project, invitation, project_person},
    ServiceResult,
};
use sea_orm::{prelude::*, ActiveValue::Set};

/// Links every unlinked row that names this address: the person proved it by accepting an
/// invitation sent there.
pub async fn link_by_email(
    db: &impl ConnectionTrait,
    user_id: i32,
    email: &str,
) -> ServiceResult<()> {
    let email = email.to_lowercase();
    cohort_member::Entity::update_many()
        .col_expr(cohort_member::Column::UserId, Expr::value(user_id))
        .filter(cohort_member::Column::UserId.is_null())
        .filter(cohort_member::Column::Handle.eq(&email))
        .exec(db)
        .await?;
    project_person::Entity::update_many()
        .col_expr(project_person::Column::UserId, Expr::value(user_id))
        .filter(project_person::Column::UserId.is_null())
        .filter(project_person::Column::Handle.eq(&email))
        .exec(db)
        .await?;
    Ok(())
}

/// On accepting an invitation: the rows naming the invited address are linked, for a cohort
/// import's invitation also that cohort's rows naming the username it came with, and their
/// role and project recorded if the import had not named them otherwise.
pub async fn join_on_acceptance(
    db: &impl ConnectionTrait,
    user_id: i32,
    inv: &invitation::Model,
) -> ServiceResult<()> {
    link_by_email(db, user_id, &inv.email).await?;
    let (Some(cohort_id), Some(role)) = (inv.cohort_id, inv.cohort_role.as_deref()) else {
        return Ok(());
    };
    // The cohort's files named this username together with the invited address: in this
    // cohort, that is proof. Other cohorts naming it ask their organizers (`claims`).
    if let Some(g) = &inv.github_username {
        super::claims::link_in_cohort(db, cohort_id, user_id, g).await?;
    }
    let handle = inv
        .github_username
        .clone()
        .map(|g| g.to_lowercase())
        .unwrap_or_else(|| inv.email.to_lowercase());
    super::apply::add_member(db, cohort_id, &handle, role, Some(user_id)).await?;
    if let Some(name) = &inv.project {
        if let Some(p) = cohort_project::Entity::find()
            .filter(cohort_project::Column::CohortId.eq(cohort_id))
            .filter(cohort_project::Column::Name.eq(name))
            .one(db)
            .await?
        {
            let exists = project_person::Entity::find()
                .filter(project_person::Column::ProjectId.eq(p.id))
                .filter(project_person::Column::Handle.eq(&handle))
                .one(db)
                .await?;
            if exists.is_none() && matches!(role, "participant" | "mentor") {
                project_person::ActiveModel {
                    project_id: Set(p.id),
                    user_id: Set(Some(user_id)),
                    handle: Set(handle),
                    role: Set(role.to_owned()),
                    ..Default::default()
                }
                .insert(db)
                .await?;
            }
        }
    }
    Ok(())
}
