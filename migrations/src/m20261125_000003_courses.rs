//! Course enrollment and per-lesson progress. Courses themselves live in `content/`.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table("enrollments")
                .col(pk_auto("id"))
                .col(integer("user_id"))
                .col(string_len("course_slug", 100))
                .col(integer_null("enrolled_by"))
                .col(timestamp_with_time_zone("created_at"))
                .foreign_key(
                    ForeignKey::create()
                        .from("enrollments".to_string(), "user_id".to_string())
                        .to("users".to_string(), "id".to_string())
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("enrollments_user_course")
                .table("enrollments".to_string())
                .col("user_id".to_string())
                .col("course_slug".to_string())
                .unique()
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("lesson_progress")
                .col(pk_auto("id"))
                .col(integer("user_id"))
                .col(string_len("course_slug", 100))
                .col(string_len("lesson", 100))
                .col(timestamp_with_time_zone("last_viewed_at"))
                .col(timestamp_with_time_zone_null("completed_at"))
                .foreign_key(
                    ForeignKey::create()
                        .from("lesson_progress".to_string(), "user_id".to_string())
                        .to("users".to_string(), "id".to_string())
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("lesson_progress_user_lesson")
                .table("lesson_progress".to_string())
                .col("user_id".to_string())
                .col("course_slug".to_string())
                .col("lesson".to_string())
                .unique()
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(
            Table::drop()
                .table("lesson_progress".to_string())
                .to_owned(),
        )
        .await?;
        m.drop_table(Table::drop().table("enrollments".to_string()).to_owned())
            .await
    }
}
