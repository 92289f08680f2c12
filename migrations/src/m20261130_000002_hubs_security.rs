//! Hub security: hub users the platform created are told apart from ones it found already
//! there (adopted), which it never deletes or regroups without an organizer's confirmation;
//! platform-chosen names get a per-hub prefix; every change of a hub's address is recorded.
//!
//! Accounts that existed before this migration are marked `unknown`: the platform may have
//! created them or found them, so they are treated like adopted ones at deletion time (only
//! stopped) until an organizer confirms them. API tokens are now sealed with the hub's id and
//! origin; older (`v1:`) tokens are not opened any more, and each hub page asks for its token
//! again (nothing to migrate here: the database cannot open them without the secret key).
use crate::helpers::{cascade, index, set_null};
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table("hubs")
                .add_column(string_len("name_prefix", 32).default(""))
                .to_owned(),
        )
        .await?;
        // SQLite adds one column per ALTER TABLE.
        for col in [
            string_len_null("origin", 16),
            integer_null("adoption_confirmed_by"),
            timestamp_with_time_zone_null("adoption_confirmed_at"),
        ] {
            m.alter_table(
                Table::alter()
                    .table("hub_accounts")
                    .add_column(col)
                    .to_owned(),
            )
            .await?;
        }
        m.get_connection()
            .execute_unprepared(
                "UPDATE hub_accounts SET origin = 'unknown' \
                 WHERE status IN ('ready', 'suspended', 'removing', 'removed')",
            )
            .await?;
        m.create_table(
            Table::create()
                .table("hub_url_changes")
                .col(pk_auto("id"))
                .col(integer("hub_id"))
                .col(integer_null("changed_by"))
                .col(string_len("before", 500))
                .col(string_len("after", 500))
                .col(timestamp_with_time_zone("changed_at"))
                .foreign_key(&mut cascade("hub_url_changes", "hub_id", "hubs"))
                .foreign_key(&mut set_null("hub_url_changes", "changed_by", "users"))
                .to_owned(),
        )
        .await?;
        m.create_index(index(
            "hub_url_changes_hub",
            "hub_url_changes",
            &["hub_id"],
            false,
        ))
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table("hub_url_changes").to_owned())
            .await?;
        for c in ["adoption_confirmed_at", "adoption_confirmed_by", "origin"] {
            m.alter_table(
                Table::alter()
                    .table("hub_accounts")
                    .drop_column(c.to_string())
                    .to_owned(),
            )
            .await?;
        }
        m.alter_table(
            Table::alter()
                .table("hubs")
                .drop_column("name_prefix".to_string())
                .to_owned(),
        )
        .await
    }
}
