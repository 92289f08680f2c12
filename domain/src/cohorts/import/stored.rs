//! An upload kept for review with its plan. The plan is computed once, when the files are
//! stored; the review page and Apply read it (a crafted schedule once cost 35 s and 1 GB on
//! every view while the plan was recomputed per view).
use super::{plan, Plan, Upload};
use crate::entities::{cohort, cohort_import};
use sea_orm::{prelude::*, ActiveValue::Set};

/// Largest upload accepted per file: OLS files are a few KB; a cohort CSV a few hundred rows.
/// Checked before anything is parsed.
pub const MAX_FILE_BYTES: usize = 512 * 1024;

fn internal(e: impl ToString) -> crate::ServiceError {
    crate::ServiceError::Internal(e.to_string())
}

/// Keeps an upload and its plan for review; returns its id.
pub async fn store(
    db: &DatabaseConnection,
    actor: &crate::accounts::CurrentUser,
    up: &Upload,
) -> crate::ServiceResult<i32> {
    actor.require_staff()?;
    for (field, text) in [
        ("metadata", &up.metadata),
        ("projects", &up.projects),
        ("schedule", &up.schedule),
        ("participants", &up.participants),
    ] {
        if text.len() > MAX_FILE_BYTES {
            return Err(crate::ServiceError::invalid(field, "import-file-too-large"));
        }
    }
    let planned = plan(db, up).await?;
    let m = cohort_import::ActiveModel {
        created_by: Set(actor.id),
        files: Set(serde_json::to_string(up).map_err(internal)?),
        plan: Set(Some(serde_json::to_string(&planned).map_err(internal)?)),
        created_at: Set(chrono::Utc::now()),
        applied_at: Set(None),
        cohort_id: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(m.id)
}

/// A stored upload and its plan, as the organizer reviews it.
pub struct Review {
    pub id: i32,
    pub upload: Upload,
    pub plan: Plan,
    pub applied_to: Option<String>,
}

/// Computes and stores the plan of an upload again (an upload kept before plans were
/// stored, or one whose cohort was created or removed since).
pub(crate) async fn replan(
    db: &DatabaseConnection,
    id: i32,
    upload: &Upload,
) -> crate::ServiceResult<Plan> {
    let p = plan(db, upload).await?;
    cohort_import::ActiveModel {
        id: Set(id),
        plan: Set(Some(serde_json::to_string(&p).map_err(internal)?)),
        ..Default::default()
    }
    .update(db)
    .await?;
    Ok(p)
}

pub async fn review(
    db: &DatabaseConnection,
    actor: &crate::accounts::CurrentUser,
    id: i32,
) -> crate::ServiceResult<Review> {
    actor.require_staff()?;
    let row = cohort_import::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(crate::ServiceError::NotFound)?;
    let upload: Upload = serde_json::from_str(&row.files).map_err(internal)?;
    let stored = row
        .plan
        .as_deref()
        .and_then(|p| serde_json::from_str::<Plan>(p).ok());
    let plan = match stored {
        Some(p) => p,
        None => replan(db, id, &upload).await?,
    };
    let applied_to = match (row.applied_at, row.cohort_id) {
        (Some(_), Some(cid)) => cohort::Entity::find_by_id(cid)
            .one(db)
            .await?
            .map(|c| c.slug),
        _ => None,
    };
    Ok(Review {
        id,
        upload,
        plan,
        applied_to,
    })
}
