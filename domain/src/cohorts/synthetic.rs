//! A large synthetic cohort for the dashboard benchmark: N participants in teams of four,
//! 17 weeks of calls with attendance for everyone, and full progress in a required course.
//! Written straight to the database in a few bulk statements.
use super::import::{Plan, PlannedCall, PlannedProject, PlannedWeek};
use crate::{
    accounts::CurrentUser,
    entities::{
        call_attendance, cohort_call, cohort_course, cohort_member, lesson_progress,
        project_person, user,
    },
    AppState, ServiceResult,
};
use chrono::{Duration, NaiveDate, Utc};
use sea_orm::{prelude::*, ActiveValue::Set, TransactionTrait};

pub async fn seed(
    state: &AppState,
    actor: &CurrentUser,
    slug: &str,
    participants: usize,
) -> ServiceResult<()> {
    let start = NaiveDate::from_ymd_opt(2026, 9, 7).expect("a date");
    let call = |kind: &'static str, title: String, day: i64, week: NaiveDate| PlannedCall {
        kind,
        label: super::model::label_of(kind).to_owned(),
        title,
        on_date: Some(week + Duration::days(day)),
        at_time: Some("16:00".into()),
        duration: Some(90),
        hosts: vec![],
        notes: None,
        recording: None,
        talks: vec![],
        extra: Default::default(),
    };
    let weeks: Vec<PlannedWeek> = (0..17)
        .map(|n| {
            let w = start + Duration::weeks(n);
            PlannedWeek {
                number: n as i32,
                starts_on: w,
                calls: vec![
                    call("cohort", format!("Cohort call {n:02}"), 2, w),
                    call("skill-up", format!("Skill-up {n:02}"), 3, w),
                ],
            }
        })
        .collect();
    let handles: Vec<String> = (1..=participants)
        .map(|i| format!("participant-{i:04}"))
        .collect();
    let projects: Vec<PlannedProject> = handles
        .chunks(4)
        .enumerate()
        .map(|(i, team)| PlannedProject {
            name: format!("Open project {:03}", i + 1),
            description: "A synthetic project for the benchmark.".into(),
            keywords: vec!["Benchmark".into()],
            participants: team.to_vec(),
            mentors: vec![format!("mentor-{:03}", i + 1)],
            extra: Default::default(),
            is_new: true,
        })
        .collect();
    let plan = Plan {
        slug: slug.to_owned(),
        name: format!("Synthetic cohort of {participants}"),
        programme: "OLS Open Seeds".into(),
        timezone: "UTC".into(),
        starts_on: Some(start),
        ends_on: Some(start + Duration::weeks(17)),
        weeks: Some(weeks),
        projects: Some(projects),
        people: handles
            .iter()
            .map(|h| super::import::PlannedPerson {
                handle: h.clone(),
                role: "participant".into(),
                project: None,
                user: None,
                invite: None,
            })
            .collect(),
        ..Default::default()
    };
    let cohort_id = super::apply::apply(state, actor, &plan).await?;
    let txn = state.db.begin().await?;
    let now = Utc::now();
    let mut ids = Vec::with_capacity(participants);
    for chunk in handles.chunks(200) {
        let rows: Vec<user::ActiveModel> = chunk
            .iter()
            .map(|h| user::ActiveModel {
                email: Set(format!("{h}@synthetic.example")),
                name: Set(h.replace('-', " ")),
                locale: Set("en".into()),
                password_hash: Set("not-a-real-hash".into()),
                institution_id: Set(None),
                active: Set(true),
                github_username: Set(Some(h.clone())),
                timezone: Set(None),
                created_at: Set(now),
                ..Default::default()
            })
            .collect();
        user::Entity::insert_many(rows)
            .exec_without_returning(&txn)
            .await?;
    }
    for u in user::Entity::find()
        .filter(user::Column::Email.like("%@synthetic.example"))
        .all(&txn)
        .await?
    {
        ids.push(u.id);
        for table in [0, 1] {
            if table == 0 {
                cohort_member::Entity::update_many()
                    .col_expr(cohort_member::Column::UserId, Expr::value(u.id))
                    .filter(cohort_member::Column::CohortId.eq(cohort_id))
                    .filter(
                        cohort_member::Column::Handle
                            .eq(u.github_username.clone().unwrap_or_default()),
                    )
                    .exec(&txn)
                    .await?;
            } else {
                project_person::Entity::update_many()
                    .col_expr(project_person::Column::UserId, Expr::value(u.id))
                    .filter(
                        project_person::Column::Handle
                            .eq(u.github_username.clone().unwrap_or_default()),
                    )
                    .exec(&txn)
                    .await?;
            }
        }
    }
    let calls = cohort_call::Entity::find()
        .filter(cohort_call::Column::CohortId.eq(cohort_id))
        .all(&txn)
        .await?;
    for call in &calls {
        for chunk in ids.chunks(500) {
            let rows: Vec<call_attendance::ActiveModel> = chunk
                .iter()
                .map(|u| call_attendance::ActiveModel {
                    call_id: Set(call.id),
                    user_id: Set(*u),
                    present: Set(true),
                    self_reported: Set(false),
                    confirmed_by: Set(Some(actor.id)),
                    recorded_by: Set(actor.id),
                    recorded_at: Set(now),
                    ..Default::default()
                })
                .collect();
            call_attendance::Entity::insert_many(rows)
                .exec_without_returning(&txn)
                .await?;
        }
    }
    let catalog = state.library.catalog();
    if let Some(course) = catalog.course("first-steps") {
        cohort_course::ActiveModel {
            cohort_id: Set(cohort_id),
            course_slug: Set(course.slug.clone()),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        for chunk in ids.chunks(100) {
            let rows: Vec<lesson_progress::ActiveModel> = chunk
                .iter()
                .flat_map(|u| {
                    course.lessons.iter().enumerate().map(move |(i, l)| {
                        lesson_progress::ActiveModel {
                            user_id: Set(*u),
                            course_slug: Set("first-steps".into()),
                            lesson: Set(l.clone()),
                            last_viewed_at: Set(now - Duration::days(7 * (8 - i as i64))),
                            completed_at: Set(Some(now - Duration::days(7 * (8 - i as i64)))),
                            ..Default::default()
                        }
                    })
                })
                .collect();
            lesson_progress::Entity::insert_many(rows)
                .exec_without_returning(&txn)
                .await?;
        }
    }
    txn.commit().await?;
    Ok(())
}
