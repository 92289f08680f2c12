//! Hub provisioning: the registered JupyterHubs, each person's account on their institution's
//! hub, batches of provisioning jobs, and a GitHub username per person for hubs that sign in
//! with GitHub.
use crate::helpers::{cascade, unique_index};
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table("users")
                .add_column(string_len_null("github_username", 39))
                .to_owned(),
        )
        .await?;
        // SQLite adds one column per ALTER TABLE.
        m.alter_table(
            Table::alter()
                .table("jobs")
                .add_column(string_len_null("subject", 64))
                .to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table("jobs")
                .add_column(big_integer_null("batch_id"))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("jobs_subject")
                .table("jobs".to_string())
                .col("subject".to_string())
                .col("status".to_string())
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("hubs")
                .col(pk_auto("id"))
                .col(integer("institution_id"))
                .col(string_len("name", 200))
                .col(string_len("base_url", 500))
                .col(text("token_encrypted"))
                .col(string_len("username_scheme", 16))
                .col(text("default_groups"))
                .col(boolean("course_groups"))
                .col(text_null("last_check"))
                .col(timestamp_with_time_zone_null("checked_at"))
                .col(timestamp_with_time_zone("created_at"))
                .foreign_key(&mut cascade("hubs", "institution_id", "institutions"))
                .to_owned(),
        )
        .await?;
        m.create_index(unique_index(
            "hubs_institution",
            "hubs",
            &["institution_id"],
        ))
        .await?;
        m.create_table(
            Table::create()
                .table("hub_accounts")
                .col(pk_auto("id"))
                .col(integer("hub_id"))
                .col(integer("user_id"))
                .col(string_len("hub_username", 255))
                .col(string_len("status", 16))
                .col(text("groups"))
                .col(string_len_null("error_key", 64))
                .col(text_null("error_detail"))
                .col(timestamp_with_time_zone("updated_at"))
                .col(timestamp_with_time_zone_null("ready_at"))
                .foreign_key(&mut cascade("hub_accounts", "hub_id", "hubs"))
                .foreign_key(&mut cascade("hub_accounts", "user_id", "users"))
                .to_owned(),
        )
        .await?;
        m.create_index(unique_index(
            "hub_accounts_user",
            "hub_accounts",
            &["hub_id", "user_id"],
        ))
        .await?;
        m.create_index(unique_index(
            "hub_accounts_name",
            "hub_accounts",
            &["hub_id", "hub_username"],
        ))
        .await?;
        m.create_table(
            Table::create()
                .table("job_batches")
                .col(big_pk_auto("id"))
                .col(string_len("subject", 64))
                .col(string_len("label", 64))
                .col(integer("total"))
                .col(integer_null("created_by"))
                .col(timestamp_with_time_zone("created_at"))
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for t in ["job_batches", "hub_accounts", "hubs"] {
            m.drop_table(Table::drop().table(t.to_string()).to_owned())
                .await?;
        }
        m.drop_index(
            Index::drop()
                .name("jobs_subject")
                .table("jobs".to_string())
                .to_owned(),
        )
        .await?;
        for (t, c) in [
            ("jobs", "batch_id"),
            ("jobs", "subject"),
            ("users", "github_username"),
        ] {
            m.alter_table(
                Table::alter()
                    .table(t.to_string())
                    .drop_column(c.to_string())
                    .to_owned(),
            )
            .await?;
        }
        Ok(())
    }
}
