use sea_orm::entity::prelude::*;

/// A call in a week. `on_date`/`at_time` are as scheduled (either may be unknown, as for
/// mentor meetings); `starts_at` is the instant when both are known, in the cohort's timezone.
/// `hosts` and `talks` are JSON; `extra` keeps unknown YAML fields.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "cohort_calls")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub cohort_id: i32,
    pub week_id: i32,
    pub position: i32,
    pub kind: String,
    pub kind_label: String,
    pub title: String,
    pub on_date: Option<Date>,
    pub at_time: Option<String>,
    pub starts_at: Option<DateTimeUtc>,
    pub duration_minutes: Option<i32>,
    #[sea_orm(column_type = "Text")]
    pub hosts: String,
    #[sea_orm(column_type = "Text", nullable)]
    pub notes_url: Option<String>,
    #[sea_orm(column_type = "Text", nullable)]
    pub recording_url: Option<String>,
    #[sea_orm(column_type = "Text")]
    pub talks: String,
    #[sea_orm(column_type = "Text")]
    pub extra: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
