//! Open Seeds cohorts: weeks and calls, people with roles (matched to accounts, or kept by
//! their GitHub username or email until they join), projects, mentor pairings, required
//! courses, milestones and their ticks, attendance, and uploaded imports awaiting review.
use crate::helpers::{cascade, index, set_null};
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

async fn add_column(m: &SchemaManager<'_>, table: &str, col: ColumnDef) -> Result<(), DbErr> {
    let mut col = col;
    m.alter_table(
        Table::alter()
            .table(table.to_string())
            .add_column(&mut col)
            .to_owned(),
    )
    .await
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        // A person's own timezone, for their track and calendar.
        add_column(m, "users", string_len_null("timezone", 64)).await?;
        // An invitation may place the person in a cohort (and a project) when accepted.
        add_column(m, "invitations", integer_null("cohort_id")).await?;
        add_column(m, "invitations", string_len_null("cohort_role", 16)).await?;
        add_column(m, "invitations", string_len_null("project", 300)).await?;
        add_column(m, "invitations", string_len_null("github_username", 39)).await?;

        m.create_table(
            Table::create()
                .table("cohorts")
                .col(pk_auto("id"))
                .col(string_len("slug", 64))
                .col(string_len("name", 200))
                .col(string_len("programme", 200))
                .col(date("starts_on"))
                .col(date("ends_on"))
                .col(string_len("timezone", 64))
                .col(string_len("status", 16))
                .col(string_len_null("hub_group", 100))
                .col(integer("missed_calls_alert"))
                .col(integer("inactive_weeks_alert"))
                .col(text("extra"))
                .col(timestamp_with_time_zone("created_at"))
                .to_owned(),
        )
        .await?;
        m.create_index(index("cohorts_slug", "cohorts", &["slug"], true))
            .await?;
        m.create_table(
            Table::create()
                .table("cohort_weeks")
                .col(pk_auto("id"))
                .col(integer("cohort_id"))
                .col(integer("number"))
                .col(date("starts_on"))
                .foreign_key(&mut cascade("cohort_weeks", "cohort_id", "cohorts"))
                .to_owned(),
        )
        .await?;
        m.create_index(index(
            "cohort_weeks_number",
            "cohort_weeks",
            &["cohort_id", "number"],
            true,
        ))
        .await?;
        m.create_table(
            Table::create()
                .table("cohort_calls")
                .col(pk_auto("id"))
                .col(integer("cohort_id"))
                .col(integer("week_id"))
                .col(integer("position"))
                .col(string_len("kind", 32))
                .col(string_len("kind_label", 64))
                .col(string_len("title", 300))
                .col(date_null("on_date"))
                .col(string_len_null("at_time", 8))
                .col(timestamp_with_time_zone_null("starts_at"))
                .col(integer_null("duration_minutes"))
                .col(text("hosts"))
                .col(text_null("notes_url"))
                .col(text_null("recording_url"))
                .col(text("talks"))
                .col(text("extra"))
                .foreign_key(&mut cascade("cohort_calls", "cohort_id", "cohorts"))
                .foreign_key(&mut cascade("cohort_calls", "week_id", "cohort_weeks"))
                .to_owned(),
        )
        .await?;
        m.create_index(index(
            "cohort_calls_cohort",
            "cohort_calls",
            &["cohort_id", "week_id"],
            false,
        ))
        .await?;
        m.create_table(
            Table::create()
                .table("cohort_members")
                .col(pk_auto("id"))
                .col(integer("cohort_id"))
                .col(integer_null("user_id"))
                .col(string_len("handle", 254))
                .col(string_len("role", 16))
                .foreign_key(&mut cascade("cohort_members", "cohort_id", "cohorts"))
                .foreign_key(&mut set_null("cohort_members", "user_id", "users"))
                .to_owned(),
        )
        .await?;
        m.create_index(index(
            "cohort_members_handle",
            "cohort_members",
            &["cohort_id", "handle", "role"],
            true,
        ))
        .await?;
        m.create_index(index(
            "cohort_members_user",
            "cohort_members",
            &["user_id"],
            false,
        ))
        .await?;
        m.create_table(
            Table::create()
                .table("cohort_projects")
                .col(pk_auto("id"))
                .col(integer("cohort_id"))
                .col(integer("position"))
                .col(string_len("name", 300))
                .col(text("description"))
                .col(text("keywords"))
                .col(text("extra"))
                .foreign_key(&mut cascade("cohort_projects", "cohort_id", "cohorts"))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("project_people")
                .col(pk_auto("id"))
                .col(integer("project_id"))
                .col(integer_null("user_id"))
                .col(string_len("handle", 254))
                .col(string_len("role", 16))
                .foreign_key(&mut cascade(
                    "project_people",
                    "project_id",
                    "cohort_projects",
                ))
                .foreign_key(&mut set_null("project_people", "user_id", "users"))
                .to_owned(),
        )
        .await?;
        m.create_index(index(
            "project_people_handle",
            "project_people",
            &["project_id", "handle", "role"],
            true,
        ))
        .await?;
        m.create_table(
            Table::create()
                .table("cohort_courses")
                .col(pk_auto("id"))
                .col(integer("cohort_id"))
                .col(string_len("course_slug", 100))
                .foreign_key(&mut cascade("cohort_courses", "cohort_id", "cohorts"))
                .to_owned(),
        )
        .await?;
        m.create_index(index(
            "cohort_courses_slug",
            "cohort_courses",
            &["cohort_id", "course_slug"],
            true,
        ))
        .await?;
        m.create_table(
            Table::create()
                .table("cohort_milestones")
                .col(pk_auto("id"))
                .col(integer("cohort_id"))
                .col(string_len("key", 64))
                .col(string_len_null("title", 200))
                .col(string_len("scope", 16))
                .col(integer("position"))
                .foreign_key(&mut cascade("cohort_milestones", "cohort_id", "cohorts"))
                .to_owned(),
        )
        .await?;
        m.create_index(index(
            "cohort_milestones_key",
            "cohort_milestones",
            &["cohort_id", "key"],
            true,
        ))
        .await?;
        m.create_table(
            Table::create()
                .table("milestone_ticks")
                .col(pk_auto("id"))
                .col(integer("milestone_id"))
                .col(string_len("subject", 32))
                .col(integer_null("project_id"))
                .col(integer_null("user_id"))
                .col(integer("ticked_by"))
                .col(date("ticked_on"))
                .col(timestamp_with_time_zone("created_at"))
                .foreign_key(&mut cascade(
                    "milestone_ticks",
                    "milestone_id",
                    "cohort_milestones",
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(index(
            "milestone_ticks_subject",
            "milestone_ticks",
            &["milestone_id", "subject"],
            true,
        ))
        .await?;
        m.create_table(
            Table::create()
                .table("call_attendance")
                .col(pk_auto("id"))
                .col(integer("call_id"))
                .col(integer("user_id"))
                .col(boolean("present"))
                .col(boolean("self_reported"))
                .col(integer_null("confirmed_by"))
                .col(integer("recorded_by"))
                .col(timestamp_with_time_zone("recorded_at"))
                .foreign_key(&mut cascade("call_attendance", "call_id", "cohort_calls"))
                .foreign_key(&mut cascade("call_attendance", "user_id", "users"))
                .to_owned(),
        )
        .await?;
        m.create_index(index(
            "call_attendance_person",
            "call_attendance",
            &["call_id", "user_id"],
            true,
        ))
        .await?;
        m.create_table(
            Table::create()
                .table("cohort_imports")
                .col(pk_auto("id"))
                .col(integer("created_by"))
                .col(text("files"))
                .col(timestamp_with_time_zone("created_at"))
                .col(timestamp_with_time_zone_null("applied_at"))
                .col(integer_null("cohort_id"))
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for t in [
            "cohort_imports",
            "call_attendance",
            "milestone_ticks",
            "cohort_milestones",
            "cohort_courses",
            "project_people",
            "cohort_projects",
            "cohort_members",
            "cohort_calls",
            "cohort_weeks",
            "cohorts",
        ] {
            m.drop_table(Table::drop().table(t.to_string()).to_owned())
                .await?;
        }
        for (t, c) in [
            ("invitations", "github_username"),
            ("invitations", "project"),
            ("invitations", "cohort_role"),
            ("invitations", "cohort_id"),
            ("users", "timezone"),
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
