use sea_orm::entity::prelude::*;

/// A partner institution's JupyterHub. The API token is stored encrypted (see
/// `hubs::secret`); `last_check` is the JSON of the last "test connection".
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "hubs")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub institution_id: i32,
    pub name: String,
    pub base_url: String,
    #[sea_orm(column_type = "Text")]
    pub token_encrypted: String,
    pub username_scheme: String,
    /// One group name per line.
    #[sea_orm(column_type = "Text")]
    pub default_groups: String,
    pub course_groups: bool,
    /// Put before every platform-chosen name (scheme `platform`), so those names cannot be
    /// one of the hub's own users.
    pub name_prefix: String,
    #[sea_orm(column_type = "Text", nullable)]
    pub last_check: Option<String>,
    pub checked_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
