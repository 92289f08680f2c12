//! People in cohorts: the files name them by GitHub username or email; once a person has an
//! account with that username or address, their rows are linked to it.
use crate::{
    entities::{cohort_member, cohort_project, invitation, project_person, user},
    ServiceResult,
};
use sea_orm::{prelude::*, ActiveValue::Set};

/// The handles a person is known by: their GitHub username and their email, lowercase.
pub fn handles_of(u: &user::Model) -> Vec<String> {
    let mut h = vec![u.email.to_lowercase()];
    if let Some(g) = &u.github_username {
        h.push(g.to_lowercase());
    }
    h
}

/// Links every cohort and project row that names this person to their account.
pub async fn link(db: &impl ConnectionTrait, user_id: i32) -> ServiceResult<()> {
    let Some(u) = user::Entity::find_by_id(user_id).one(db).await? else {
        return Ok(());
    };
    let handles = handles_of(&u);
    cohort_member::Entity::update_many()
        .col_expr(cohort_member::Column::UserId, Expr::value(user_id))
        .filter(cohort_member::Column::UserId.is_null())
        .filter(cohort_member::Column::Handle.is_in(handles.clone()))
        .exec(db)
        .await?;
    project_person::Entity::update_many()
        .col_expr(project_person::Column::UserId, Expr::value(user_id))
        .filter(project_person::Column::UserId.is_null())
        .filter(project_person::Column::Handle.is_in(handles))
        .exec(db)
        .await?;
    Ok(())
}

/// On accepting an invitation from a cohort import: the rows the import made for this
/// person (by GitHub username or email) are linked, and their role and project recorded if
/// the import had not named them otherwise.
pub async fn join_on_acceptance(
    db: &impl ConnectionTrait,
    user_id: i32,
    inv: &invitation::Model,
) -> ServiceResult<()> {
    link(db, user_id).await?;
    let (Some(cohort_id), Some(role)) = (inv.cohort_id, inv.cohort_role.as_deref()) else {
        return Ok(());
    };
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
