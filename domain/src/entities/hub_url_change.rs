use sea_orm::entity::prelude::*;

/// A change of a hub's address: who made it, the address before and after, and when. The
/// token is sealed with the address's origin, so a change of origin also asked for it again.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "hub_url_changes")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub hub_id: i32,
    pub changed_by: Option<i32>,
    pub before: String,
    pub after: String,
    pub changed_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
