//! One durable job queue for every background task, and the mail outbox it drains.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table("jobs")
                .col(big_pk_auto("id"))
                .col(string_len("kind", 64))
                .col(text("payload"))
                .col(integer("priority"))
                .col(string_len("status", 16))
                .col(integer("attempts"))
                .col(integer("max_attempts"))
                .col(timestamp_with_time_zone("run_at"))
                .col(timestamp_with_time_zone_null("locked_until"))
                .col(string_null("locked_by"))
                .col(text_null("last_error"))
                .col(timestamp_with_time_zone("created_at"))
                .col(timestamp_with_time_zone_null("finished_at"))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("jobs_ready")
                .table("jobs".to_string())
                .col("status".to_string())
                .col("run_at".to_string())
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("emails")
                .col(big_pk_auto("id"))
                .col(string("to_address"))
                .col(string("subject"))
                .col(text("body_text"))
                .col(string_len("locale", 8))
                .col(string_len("template", 64))
                .col(timestamp_with_time_zone("created_at"))
                .col(timestamp_with_time_zone_null("sent_at"))
                .col(string_null("delivered_to"))
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table("emails".to_string()).to_owned())
            .await?;
        m.drop_table(Table::drop().table("jobs".to_string()).to_owned())
            .await
    }
}
