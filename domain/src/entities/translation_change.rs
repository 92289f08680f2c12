use sea_orm::entity::prelude::*;

/// One saved translation of one message: the entry before and after, the English entry it
/// was made against (and its hash, to flag it outdated when English changes), and its review.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "translation_changes")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub locale: String,
    pub file: String,
    pub message_id: String,
    #[sea_orm(column_type = "Text")]
    pub before: String,
    #[sea_orm(column_type = "Text")]
    pub after: String,
    #[sea_orm(column_type = "Text")]
    pub source_text: String,
    pub source_hash: String,
    pub author_id: Option<i32>,
    pub created_at: DateTimeUtc,
    /// `saved`, `needs_review` or `approved`.
    pub review: String,
    pub reviewed_by: Option<i32>,
    pub reviewed_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
