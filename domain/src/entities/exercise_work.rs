use sea_orm::entity::prelude::*;

/// One learner's work on one exercise: its state, score and who grades it. `version` grows
/// with every change, so two mentors grading at once are told instead of overwriting.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "exercise_works")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub user_id: i32,
    pub course: String,
    pub lesson: String,
    pub exercise: String,
    pub kind: String,
    pub state: String,
    pub score: Option<i32>,
    pub max_points: i32,
    /// `auto` or `manual`; a manual grade is never replaced by an automatic one.
    pub grade_source: Option<String>,
    pub graded_by: Option<i32>,
    pub graded_at: Option<DateTimeUtc>,
    pub assigned_mentor_id: Option<i32>,
    pub attempts: i32,
    pub version: i32,
    pub submitted_at: DateTimeUtc,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
