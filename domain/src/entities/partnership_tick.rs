use sea_orm::entity::prelude::*;

/// A checklist step of a partnership marked done by hand: by an organizer (any step), or by
/// the partner lead ("a team member has trained others"), with a note.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "partnership_ticks")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub institution_id: i32,
    pub step: String,
    pub done_by: Option<i32>,
    pub done_at: DateTimeUtc,
    #[sea_orm(column_type = "Text")]
    pub note: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
