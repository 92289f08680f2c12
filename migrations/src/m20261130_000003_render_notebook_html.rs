//! A handed-in notebook is rendered once, when it arrives (or the first time an older attempt
//! is viewed), and the HTML is kept with the attempt: the grading page never parses the
//! notebook again. The version says which renderer made the HTML, so a renderer change
//! re-renders each attempt once more instead of showing stale markup.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite alters one column at a time.
        m.alter_table(
            Table::alter()
                .table("exercise_attempts")
                .add_column(text_null("notebook_html"))
                .to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table("exercise_attempts")
                .add_column(integer_null("notebook_html_version"))
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for c in ["notebook_html_version", "notebook_html"] {
            m.alter_table(
                Table::alter()
                    .table("exercise_attempts")
                    .drop_column(c.to_string())
                    .to_owned(),
            )
            .await?;
        }
        Ok(())
    }
}
