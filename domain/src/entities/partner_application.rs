use sea_orm::entity::prelude::*;

/// An institution's application to become a Catalyst Community Partner.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "partner_applications")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub institution: String,
    pub country: String,
    pub website: String,
    pub contact_name: String,
    pub contact_email: String,
    /// The applicant's language, for every mail they get.
    pub locale: String,
    #[sea_orm(column_type = "Text")]
    pub research: String,
    pub expected_users: i32,
    #[sea_orm(column_type = "Text")]
    pub open_science: String,
    #[sea_orm(column_type = "Text")]
    pub infrastructure: String,
    /// `new`, `in_review`, `accepted`, `declined` or `withdrawn`.
    pub status: String,
    /// Organizers' internal notes, never shown to the applicant.
    #[sea_orm(column_type = "Text")]
    pub notes: String,
    #[sea_orm(column_type = "Text", nullable)]
    pub decision_message: Option<String>,
    pub institution_id: Option<i32>,
    pub decided_by: Option<i32>,
    pub decided_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
