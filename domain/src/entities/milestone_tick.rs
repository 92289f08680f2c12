use sea_orm::entity::prelude::*;

/// A milestone reached by a project (`subject` = `p:<id>`) or a participant (`u:<id>`).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "milestone_ticks")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub milestone_id: i32,
    pub subject: String,
    pub project_id: Option<i32>,
    pub user_id: Option<i32>,
    pub ticked_by: i32,
    pub ticked_on: Date,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
