//! Partnerships: each partner institution's onboarding targets and state, and the checklist
//! steps ticked by hand, and when each person last signed in (by an organizer, or "trained others" by the partner lead).
use crate::helpers::{cascade, set_null, unique_index};
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        // SQLite adds one column per ALTER TABLE.
        for mut col in [
            integer("team_target").default(5).to_owned(),
            integer("team_share").default(50).to_owned(),
            string_len("partnership_status", 16)
                .default("active")
                .to_owned(),
            timestamp_with_time_zone_null("wound_down_at").to_owned(),
        ] {
            m.alter_table(
                Table::alter()
                    .table("institutions".to_string())
                    .add_column(&mut col)
                    .to_owned(),
            )
            .await?;
        }
        // "Partner lead signed in" must outlive the session (signing out deletes it).
        m.alter_table(
            Table::alter()
                .table("users".to_string())
                .add_column(timestamp_with_time_zone_null("last_sign_in_at"))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("partnership_ticks")
                .col(pk_auto("id"))
                .col(integer("institution_id"))
                .col(string_len("step", 32))
                .col(integer_null("done_by"))
                .col(timestamp_with_time_zone("done_at"))
                .col(text("note"))
                .foreign_key(&mut cascade(
                    "partnership_ticks",
                    "institution_id",
                    "institutions",
                ))
                .foreign_key(&mut set_null("partnership_ticks", "done_by", "users"))
                .to_owned(),
        )
        .await?;
        m.create_index(unique_index(
            "partnership_ticks_step",
            "partnership_ticks",
            &["institution_id", "step"],
        ))
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(
            Table::drop()
                .table("partnership_ticks".to_string())
                .to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table("users".to_string())
                .drop_column("last_sign_in_at".to_string())
                .to_owned(),
        )
        .await?;
        for col in [
            "wound_down_at",
            "partnership_status",
            "team_share",
            "team_target",
        ] {
            m.alter_table(
                Table::alter()
                    .table("institutions".to_string())
                    .drop_column(col.to_string())
                    .to_owned(),
            )
            .await?;
        }
        Ok(())
    }
}
