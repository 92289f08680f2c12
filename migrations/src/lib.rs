//! Database schema, one migration per step. The same migrations run on SQLite and PostgreSQL.
pub use sea_orm_migration::prelude::*;

mod helpers;
mod m20261125_000001_accounts;
mod m20261125_000002_jobs_and_mail;
mod m20261125_000003_courses;
mod m20261125_000004_hubs;
mod m20261125_000005_cohorts;
mod m20261125_000006_grading;
mod m20261126_000007_partners;
mod m20261126_000008_partnerships;
mod m20261126_000009_translation;
mod m20261130_000001_identity_claims;
mod m20261130_000002_hubs_security;
mod m20261130_000003_render_notebook_html;
mod m20261130_000004_cohorts_stored_plan;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261125_000001_accounts::Migration),
            Box::new(m20261125_000002_jobs_and_mail::Migration),
            Box::new(m20261125_000003_courses::Migration),
            Box::new(m20261125_000004_hubs::Migration),
            Box::new(m20261125_000005_cohorts::Migration),
            Box::new(m20261125_000006_grading::Migration),
            Box::new(m20261126_000007_partners::Migration),
            Box::new(m20261126_000008_partnerships::Migration),
            Box::new(m20261126_000009_translation::Migration),
            Box::new(m20261130_000001_identity_claims::Migration),
            Box::new(m20261130_000002_hubs_security::Migration),
            Box::new(m20261130_000003_render_notebook_html::Migration),
            Box::new(m20261130_000004_cohorts_stored_plan::Migration),
        ]
    }
}
