//! The grading audit log: who changed a work's grade or assignment, when, before and after.
use crate::entities::{exercise_work, grading_audit};
use chrono::Utc;
use sea_orm::{prelude::*, ActiveValue::Set};

/// The parts of a work a grade or an assignment changes, as recorded.
pub fn snapshot(w: &exercise_work::Model) -> serde_json::Value {
    serde_json::json!({
        "state": w.state,
        "score": w.score,
        "source": w.grade_source,
        "graded_by": w.graded_by,
        "assigned_mentor_id": w.assigned_mentor_id,
    })
}

pub async fn record(
    db: &impl ConnectionTrait,
    work_id: i32,
    actor: Option<i32>,
    action: &str,
    before: &serde_json::Value,
    after: &serde_json::Value,
) -> Result<(), DbErr> {
    grading_audit::ActiveModel {
        work_id: Set(work_id),
        actor_id: Set(actor),
        action: Set(action.to_owned()),
        before: Set(before.to_string()),
        after: Set(after.to_string()),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await
    .map(|_| ())
}

/// A work's audit entries, oldest first.
pub async fn of_work(
    db: &impl ConnectionTrait,
    work_id: i32,
) -> Result<Vec<grading_audit::Model>, DbErr> {
    use sea_orm::QueryOrder;
    grading_audit::Entity::find()
        .filter(grading_audit::Column::WorkId.eq(work_id))
        .order_by_asc(grading_audit::Column::Id)
        .all(db)
        .await
}
