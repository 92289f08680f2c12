use sea_orm::entity::prelude::*;

/// Whether a person attended a call: recorded by a host or organizer, or reported by the
/// participant (`self_reported`) and then confirmed by their mentor.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "call_attendance")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub call_id: i32,
    pub user_id: i32,
    pub present: bool,
    pub self_reported: bool,
    pub confirmed_by: Option<i32>,
    pub recorded_by: i32,
    pub recorded_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
