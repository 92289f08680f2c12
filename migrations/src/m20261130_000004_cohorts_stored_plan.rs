//! A cohort import's plan is computed once, when the files are uploaded, and stored with them:
//! the review page and Apply read it instead of parsing the files again on every view (a
//! crafted file once cost 35 s per view).
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        // JSON of the reviewed plan; empty for uploads stored before this column existed
        // (their plan is computed once on their next view and stored).
        m.alter_table(
            Table::alter()
                .table("cohort_imports")
                .add_column(text_null("plan"))
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table("cohort_imports")
                .drop_column("plan".to_string())
                .to_owned(),
        )
        .await
    }
}
