use sea_orm::entity::prelude::*;

/// A person who typed a GitHub username that a cohort names: their rows stay unlinked until
/// one of the cohort's organizers confirms (`status`: see `cohorts::claims::ClaimStatus`).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "cohort_claims")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub cohort_id: i32,
    pub user_id: i32,
    /// Lowercase, as cohort rows hold handles.
    pub handle: String,
    pub status: String,
    pub created_at: DateTimeUtc,
    pub decided_at: Option<DateTimeUtc>,
    pub decided_by: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
