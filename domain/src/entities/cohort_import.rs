use sea_orm::entity::prelude::*;

/// Uploaded cohort files awaiting review (JSON of the texts) with the plan computed from them
/// once (JSON of `cohorts::import::Plan`), applied at most once.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "cohort_imports")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub created_by: i32,
    #[sea_orm(column_type = "Text")]
    pub files: String,
    pub created_at: DateTimeUtc,
    pub applied_at: Option<DateTimeUtc>,
    pub cohort_id: Option<i32>,
    #[sea_orm(column_type = "Text", nullable)]
    pub plan: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
