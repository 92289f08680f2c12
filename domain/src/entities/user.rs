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
    /// Unique case-insensitively. Names nothing until `github_verified_at` is set.
    pub github_username: Option<String>,
    /// When proof named this username (an invitation to this person's address from a cohort
    /// file, or an organizer's confirmation); None while it is only what the person typed.
    pub github_verified_at: Option<DateTimeUtc>,
    /// IANA timezone for the person's track and calendar (none: their cohort's).
    pub timezone: Option<String>,
    pub created_at: DateTimeUtc,
    /// Kept when the session ends (the partnership checklist asks whether the lead came).
    pub last_sign_in_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
