//! Identity: a GitHub username belongs to one person (compared case-insensitively), is marked
//! verified only when proof named it (an invitation sent to the address a cohort file names,
//! or an organizer's confirmation), and a typed username that matches a cohort's rows becomes
//! a pending claim for the cohort's organizers instead of a link.
use crate::helpers::{cascade, index, set_null, unique_index};
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        let db = m.get_connection();
        // Before the unique index: empty values and case-insensitive duplicates would refuse
        // it. Of two people with one name the earlier account keeps it (nobody proved it).
        db.execute_unprepared(
            "UPDATE users SET github_username = NULL WHERE github_username IS NOT NULL \
             AND (github_username = '' OR EXISTS (SELECT 1 FROM users other \
             WHERE lower(other.github_username) = lower(users.github_username) \
             AND other.id < users.id))",
        )
        .await?;
        // An expression index: SQLite (3.9+) and PostgreSQL both accept it, and both allow
        // any number of NULLs in a unique index.
        db.execute_unprepared(
            "CREATE UNIQUE INDEX users_github_username_lower ON users (lower(github_username))",
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table("users")
                .add_column(timestamp_with_time_zone_null("github_verified_at"))
                .to_owned(),
        )
        .await?;
        // Names that came with an accepted invitation to the same address were proven.
        db.execute_unprepared(
            "UPDATE users SET github_verified_at = created_at WHERE github_username IS NOT NULL \
             AND EXISTS (SELECT 1 FROM invitations i WHERE i.accepted_at IS NOT NULL \
             AND lower(i.email) = lower(users.email) \
             AND lower(i.github_username) = lower(users.github_username))",
        )
        .await?;
        m.create_table(
            Table::create()
                .table("cohort_claims")
                .col(pk_auto("id"))
                .col(integer("cohort_id"))
                .col(integer("user_id"))
                .col(string_len("handle", 64))
                .col(string_len("status", 16))
                .col(timestamp_with_time_zone("created_at"))
                .col(timestamp_with_time_zone_null("decided_at"))
                .col(integer_null("decided_by"))
                .foreign_key(&mut cascade("cohort_claims", "cohort_id", "cohorts"))
                .foreign_key(&mut cascade("cohort_claims", "user_id", "users"))
                .foreign_key(&mut set_null("cohort_claims", "decided_by", "users"))
                .to_owned(),
        )
        .await?;
        // One claim per person, handle and cohort: a rejected claim is not asked again.
        m.create_index(unique_index(
            "cohort_claims_once",
            "cohort_claims",
            &["cohort_id", "user_id", "handle"],
        ))
        .await?;
        m.create_index(index(
            "cohort_claims_status",
            "cohort_claims",
            &["cohort_id", "status"],
            false,
        ))
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table("cohort_claims".to_string()).to_owned())
            .await?;
        m.alter_table(
            Table::alter()
                .table("users")
                .drop_column("github_verified_at".to_string())
                .to_owned(),
        )
        .await?;
        m.get_connection()
            .execute_unprepared("DROP INDEX users_github_username_lower")
            .await?;
        Ok(())
    }
}
