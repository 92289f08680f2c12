use sea_orm::entity::prelude::*;

/// A person's account on a hub. `groups` is the JSON list of hub groups the platform added
/// them to (so deprovisioning removes exactly those).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "hub_accounts")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub hub_id: i32,
    pub user_id: i32,
    pub hub_username: String,
    pub status: String,
    #[sea_orm(column_type = "Text")]
    pub groups: String,
    /// Fluent id of the reason shown to the person, in their language.
    pub error_key: Option<String>,
    /// The hub's own error message, for organizers.
    #[sea_orm(column_type = "Text", nullable)]
    pub error_detail: Option<String>,
    pub updated_at: DateTimeUtc,
    pub ready_at: Option<DateTimeUtc>,
    /// Whether the platform made this hub user (`creating`, `created`), found it there
    /// (`adopted`), or cannot tell (`unknown`, from before this was recorded); None before
    /// any call. See `hubs::provisioning::Origin`.
    pub origin: Option<String>,
    /// The organizer who confirmed an adopted hub user is this person (the platform may then
    /// regroup and delete it), and when.
    pub adoption_confirmed_by: Option<i32>,
    pub adoption_confirmed_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
