//! Partner onboarding: applications to become a Community Partner (with their review), and
//! which partner institutions are listed publicly.
use crate::helpers::{index, set_null};
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        let mut public = boolean("listed_publicly").default(false).to_owned();
        m.alter_table(
            Table::alter()
                .table("institutions".to_string())
                .add_column(&mut public)
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("partner_applications")
                .col(pk_auto("id"))
                .col(string_len("institution", 200))
                .col(string_len("country", 100))
                .col(string_len("website", 300))
                .col(string_len("contact_name", 200))
                .col(string_len("contact_email", 254))
                .col(string_len("locale", 8))
                .col(text("research"))
                .col(integer("expected_users"))
                .col(text("open_science"))
                .col(text("infrastructure"))
                .col(string_len("status", 16))
                .col(text("notes"))
                .col(text_null("decision_message"))
                .col(integer_null("institution_id"))
                .col(integer_null("decided_by"))
                .col(timestamp_with_time_zone_null("decided_at"))
                .col(timestamp_with_time_zone("created_at"))
                .foreign_key(&mut set_null(
                    "partner_applications",
                    "institution_id",
                    "institutions",
                ))
                .foreign_key(&mut set_null("partner_applications", "decided_by", "users"))
                .to_owned(),
        )
        .await?;
        m.create_index(index(
            "partner_applications_status",
            "partner_applications",
            &["status", "created_at"],
            false,
        ))
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(
            Table::drop()
                .table("partner_applications".to_string())
                .to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table("institutions".to_string())
                .drop_column("listed_publicly".to_string())
                .to_owned(),
        )
        .await
    }
}
