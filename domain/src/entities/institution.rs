use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "institutions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub name: String,
    pub country: String,
    pub partnership_start: Option<Date>,
    pub partnership_end: Option<Date>,
    pub created_at: DateTimeUtc,
    /// Shown in the public list of partners (organizers choose).
    pub listed_publicly: bool,
    /// Onboarding: how many team members make "team invited", and the share (percent) of
    /// the team that must reach the cohort and first-steps steps.
    pub team_target: i32,
    pub team_share: i32,
    /// `active` or `wound_down` (hub accounts removed; data kept for reports).
    pub partnership_status: String,
    pub wound_down_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
