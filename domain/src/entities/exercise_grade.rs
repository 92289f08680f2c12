use sea_orm::entity::prelude::*;

/// A mentor's decision on an attempt, with the rubric levels chosen and the feedback.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "exercise_grades")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub work_id: i32,
    pub attempt_id: i32,
    pub mentor_id: Option<i32>,
    /// `accept`, `revise` or `score`.
    pub decision: String,
    pub score: Option<i32>,
    /// The chosen level per criterion, comma-separated, `-` for none.
    pub rubric_levels: Option<String>,
    #[sea_orm(column_type = "Text")]
    pub feedback: String,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
