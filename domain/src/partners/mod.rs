//! Partner onboarding: the public application to become a Catalyst Community Partner
//! (`application`), its review by organizers (`review`): accepting creates the partner
//! institution with its partnership year and invites the contact person as partner lead.
//! The lead builds their team (`team`); the onboarding `checklist` follows the partnership
//! from acceptance to a team that trains others; the partnership `year` brings reminders,
//! renewal and wind-down; `report` sums up each year.
pub mod application;
pub mod checklist;
pub mod report;
pub mod review;
pub mod team;
pub mod year;

pub const NEW: &str = "new";
pub const IN_REVIEW: &str = "in_review";
pub const ACCEPTED: &str = "accepted";
pub const DECLINED: &str = "declined";
pub const WITHDRAWN: &str = "withdrawn";
pub const STATUSES: [&str; 5] = [NEW, IN_REVIEW, ACCEPTED, DECLINED, WITHDRAWN];

/// The partner institutions organizers chose to list on the public page, by name.
pub async fn listed(
    db: &sea_orm::DatabaseConnection,
) -> crate::ServiceResult<Vec<crate::entities::institution::Model>> {
    use crate::entities::institution;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
    Ok(institution::Entity::find()
        .filter(institution::Column::ListedPublicly.eq(true))
        .order_by_asc(institution::Column::Name)
        .all(db)
        .await?)
}
