use sea_orm::entity::prelude::*;

/// Who changed a grade or an assignment, when, and the work's state before and after (JSON).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "grading_audit")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub work_id: i32,
    pub actor_id: Option<i32>,
    pub action: String,
    #[sea_orm(column_type = "Text")]
    pub before: String,
    #[sea_orm(column_type = "Text")]
    pub after: String,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
