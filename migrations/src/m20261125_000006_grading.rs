//! Exercises and mentor grading: one `exercise_works` row per learner and exercise (its state,
//! score and who grades it), every attempt kept in `exercise_attempts` (uploaded notebooks in
//! the database, so every server instance sees them), mentors' decisions in `exercise_grades`,
//! an audit log of grades and overrides, the mentors of each course, and `scheduled_runs`,
//! which lets one of several server instances claim a daily task.
use crate::helpers::{cascade, index, set_null, unique_index};
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table("exercise_works")
                .col(pk_auto("id"))
                .col(integer("user_id"))
                .col(string_len("course", 64))
                .col(string_len("lesson", 128))
                .col(string_len("exercise", 64))
                .col(string_len("kind", 16))
                .col(string_len("state", 16))
                .col(integer_null("score"))
                .col(integer("max_points"))
                .col(string_len_null("grade_source", 8))
                .col(integer_null("graded_by"))
                .col(timestamp_with_time_zone_null("graded_at"))
                .col(integer_null("assigned_mentor_id"))
                .col(integer("attempts"))
                .col(integer("version"))
                .col(timestamp_with_time_zone("submitted_at"))
                .col(timestamp_with_time_zone("created_at"))
                .foreign_key(&mut cascade("exercise_works", "user_id", "users"))
                .foreign_key(&mut set_null("exercise_works", "graded_by", "users"))
                .foreign_key(&mut set_null(
                    "exercise_works",
                    "assigned_mentor_id",
                    "users",
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(unique_index(
            "exercise_works_one_per_learner",
            "exercise_works",
            &["user_id", "course", "lesson", "exercise"],
        ))
        .await?;
        m.create_index(index(
            "exercise_works_queue",
            "exercise_works",
            &["state", "submitted_at"],
            false,
        ))
        .await?;
        m.create_table(
            Table::create()
                .table("exercise_attempts")
                .col(pk_auto("id"))
                .col(integer("work_id"))
                .col(integer("number"))
                .col(text_null("answer"))
                .col(string_len_null("choices", 200))
                .col(blob_null("notebook"))
                .col(string_len_null("notebook_name", 255))
                .col(boolean_null("auto_correct"))
                .col(timestamp_with_time_zone("created_at"))
                .foreign_key(&mut cascade(
                    "exercise_attempts",
                    "work_id",
                    "exercise_works",
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(unique_index(
            "exercise_attempts_number",
            "exercise_attempts",
            &["work_id", "number"],
        ))
        .await?;
        m.create_table(
            Table::create()
                .table("exercise_grades")
                .col(pk_auto("id"))
                .col(integer("work_id"))
                .col(integer("attempt_id"))
                .col(integer_null("mentor_id"))
                .col(string_len("decision", 16))
                .col(integer_null("score"))
                .col(string_len_null("rubric_levels", 200))
                .col(text("feedback"))
                .col(timestamp_with_time_zone("created_at"))
                .foreign_key(&mut cascade("exercise_grades", "work_id", "exercise_works"))
                .foreign_key(&mut cascade(
                    "exercise_grades",
                    "attempt_id",
                    "exercise_attempts",
                ))
                .foreign_key(&mut set_null("exercise_grades", "mentor_id", "users"))
                .to_owned(),
        )
        .await?;
        m.create_index(index(
            "exercise_grades_work",
            "exercise_grades",
            &["work_id"],
            false,
        ))
        .await?;
        m.create_table(
            Table::create()
                .table("grading_audit")
                .col(pk_auto("id"))
                .col(integer("work_id"))
                .col(integer_null("actor_id"))
                .col(string_len("action", 16))
                .col(text("before"))
                .col(text("after"))
                .col(timestamp_with_time_zone("created_at"))
                .foreign_key(&mut cascade("grading_audit", "work_id", "exercise_works"))
                .foreign_key(&mut set_null("grading_audit", "actor_id", "users"))
                .to_owned(),
        )
        .await?;
        m.create_index(index(
            "grading_audit_work",
            "grading_audit",
            &["work_id"],
            false,
        ))
        .await?;
        m.create_table(
            Table::create()
                .table("course_mentors")
                .col(integer("user_id"))
                .col(string_len("course", 64))
                .primary_key(
                    Index::create()
                        .col("user_id".to_string())
                        .col("course".to_string()),
                )
                .foreign_key(&mut cascade("course_mentors", "user_id", "users"))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("scheduled_runs")
                .col(string_len("name", 100))
                .col(string_len("period", 32))
                .col(timestamp_with_time_zone("created_at"))
                .primary_key(
                    Index::create()
                        .col("name".to_string())
                        .col("period".to_string()),
                )
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for t in [
            "scheduled_runs",
            "course_mentors",
            "grading_audit",
            "exercise_grades",
            "exercise_attempts",
            "exercise_works",
        ] {
            m.drop_table(Table::drop().table(t.to_string()).to_owned())
                .await?;
        }
        Ok(())
    }
}
