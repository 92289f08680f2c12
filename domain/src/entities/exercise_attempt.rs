use sea_orm::entity::prelude::*;

/// One attempt at an exercise, never changed once written (except `notebook_html`, the
/// rendering of `notebook`, which is derived from it).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "exercise_attempts")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub work_id: i32,
    pub number: i32,
    /// A written answer, or the link to a notebook.
    #[sea_orm(column_type = "Text", nullable)]
    pub answer: Option<String>,
    /// The chosen options' positions, comma-separated (`0,2`).
    pub choices: Option<String>,
    #[sea_orm(column_type = "Blob", nullable)]
    pub notebook: Option<Vec<u8>>,
    pub notebook_name: Option<String>,
    pub auto_correct: Option<bool>,
    /// The notebook rendered for the grading page (sanitized HTML; the image label is a slot
    /// filled in the reader's language), made once from `notebook`.
    #[sea_orm(column_type = "Text", nullable)]
    pub notebook_html: Option<String>,
    /// The renderer version that made `notebook_html`.
    pub notebook_html_version: Option<i32>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
