use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "users")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub email: String,
    pub name: String,
    pub locale: String,
    pub password_hash: String,
    pub institution_id: Option<i32>,
    pub active: bool,
    pub github_username: Option<String>,
    /// IANA timezone for the person's track and calendar (none: their cohort's).
    pub timezone: Option<String>,
    pub created_at: DateTimeUtc,
    /// Kept when the session ends (the partnership checklist asks whether the lead came).
    pub last_sign_in_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
