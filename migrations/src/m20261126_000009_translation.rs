//! The translator workspace: every saved translation (who, when, before, after, the English
//! it was made against, its review), the locales a translator is limited to, and drafts kept
//! when a save is refused.
use crate::helpers::{cascade, index, set_null, unique_index};
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table("translation_changes")
                .col(pk_auto("id"))
                .col(string_len("locale", 16))
                .col(string_len("file", 200))
                .col(string_len("message_id", 200))
                .col(text("before"))
                .col(text("after"))
                .col(text("source_text"))
                .col(string_len("source_hash", 16))
                .col(integer_null("author_id"))
                .col(timestamp_with_time_zone("created_at"))
                .col(string_len("review", 16))
                .col(integer_null("reviewed_by"))
                .col(timestamp_with_time_zone_null("reviewed_at"))
                .foreign_key(&mut set_null("translation_changes", "author_id", "users"))
                .foreign_key(&mut set_null("translation_changes", "reviewed_by", "users"))
                .to_owned(),
        )
        .await?;
        m.create_index(index(
            "translation_changes_message",
            "translation_changes",
            &["locale", "file", "message_id"],
            false,
        ))
        .await?;
        m.create_table(
            Table::create()
                .table("translator_locales")
                .col(pk_auto("id"))
                .col(integer("user_id"))
                .col(string_len("locale", 16))
                .foreign_key(&mut cascade("translator_locales", "user_id", "users"))
                .to_owned(),
        )
        .await?;
        m.create_index(unique_index(
            "translator_locales_user_locale",
            "translator_locales",
            &["user_id", "locale"],
        ))
        .await?;
        // What a translator typed when a save was refused (too long for the flash cookie):
        // the editor shows it again, so nothing is lost.
        m.create_table(
            Table::create()
                .table("translation_drafts")
                .col(pk_auto("id"))
                .col(integer("user_id"))
                .col(text("text"))
                .col(timestamp_with_time_zone("created_at"))
                .foreign_key(&mut cascade("translation_drafts", "user_id", "users"))
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for t in [
            "translation_drafts",
            "translator_locales",
            "translation_changes",
        ] {
            m.drop_table(Table::drop().table(t.to_string()).to_owned())
                .await?;
        }
        Ok(())
    }
}
