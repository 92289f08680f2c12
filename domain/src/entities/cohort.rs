use sea_orm::entity::prelude::*;

/// An Open Seeds cohort. `extra` keeps the YAML fields this model does not use (the
/// application timeline, unknown keys) so an export gives back what was imported.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "cohorts")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub slug: String,
    pub name: String,
    pub programme: String,
    pub starts_on: Date,
    pub ends_on: Date,
    pub timezone: String,
    pub status: String,
    pub hub_group: Option<String>,
    pub missed_calls_alert: i32,
    pub inactive_weeks_alert: i32,
    #[sea_orm(column_type = "Text")]
    pub extra: String,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

impl Entity {
    pub async fn find_by_slug(
        db: &impl ConnectionTrait,
        slug: &str,
    ) -> Result<Option<Model>, DbErr> {
        Self::find().filter(Column::Slug.eq(slug)).one(db).await
    }
}
