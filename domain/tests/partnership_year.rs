//! The partnership year on SQLite and PostgreSQL: year-end reminders go out once per
//! threshold however often the job runs, and a renewal re-arms them; wind-down needs
//! confirmation and removes hub accounts through provisioning jobs.
mod common;
use chrono::{Duration, Utc};
use common::{partner_world::*, TestDb};
use domain::{
    accounts::Role,
    entities::{hub_account, institution, job},
    hubs::{provisioning, registry},
    i18n::Locale,
    jobs::schedule,
    partners::{checklist, team, year},
    ServiceError,
};
use sea_orm::{prelude::*, ActiveValue::Set};

storage_test!(
    year_end_reminders_go_out_once_per_threshold,
    |t: TestDb| async move {
        let data = tempfile::tempdir().unwrap();
        let state = common::state(&t, data.path(), &[]);
        let db = &state.db;
        let org = person(
            &state,
            "olu@catalyst.example",
            "Olu",
            Role::Organizer,
            None,
            Locale::En,
        )
        .await;
        let a = partnership(&state, &org, "Universidad de Antioquia", "2027-03-02").await;
        person(
            &state,
            "ana@udea.example",
            "Ana",
            Role::PartnerLead,
            Some(a),
            Locale::Es,
        )
        .await;
        let run = |day: &'static str| {
            let state = state.clone();
            async move { year::send_reminders(&state, day).await.unwrap() }
        };
        assert_eq!(run("2026-12-31").await, 0, "61 days left: nothing yet");
        assert_eq!(
            run("2027-01-01").await,
            2,
            "60 days: the lead and the organizer"
        );
        assert_eq!(
            run("2027-01-01").await,
            0,
            "a retried job sends nothing twice"
        );
        assert_eq!(run("2027-01-02").await, 0);
        let lead_mail = mails_to(db, "ana@udea.example").await;
        assert_eq!(lead_mail.len(), 1);
        assert!(
            lead_mail[0].subject.contains("Universidad de Antioquia"),
            "{}",
            lead_mail[0].subject
        );
        assert!(
            lead_mail[0].body_text.contains("60 días"),
            "{}",
            lead_mail[0].body_text
        );
        assert!(
            lead_mail[0].body_text.contains("/partnership/"),
            "{}",
            lead_mail[0].body_text
        );
        assert!(mails_to(db, "olu@catalyst.example").await[0]
            .body_text
            .contains("60 days"));
        assert_eq!(
            run("2027-02-15").await,
            0,
            "15 days: the 60-day reminder went out already"
        );
        assert_eq!(run("2027-02-16").await, 2, "14 days");
        assert_eq!(run("2027-02-17").await, 0);
        assert_eq!(run("2027-03-03").await, 0, "the year is over");

        // A renewal starts the reminders afresh for the new end date.
        assert_eq!(
            key_of(year::renew(db, &org, a, "2027-01-01").await.unwrap_err()),
            "error-renewal-not-later"
        );
        year::renew(db, &org, a, "2028-03-02").await.unwrap();
        assert_eq!(run("2028-01-01").await, 0);
        assert_eq!(run("2028-01-02").await, 2);

        // A server that was down at 60 days sends only the 14-day reminder.
        let b = partnership(&state, &org, "Universidad de Chile", "2027-06-30").await;
        person(
            &state,
            "leo@uchile.example",
            "Leo",
            Role::PartnerLead,
            Some(b),
            Locale::Es,
        )
        .await;
        assert_eq!(run("2027-06-20").await, 2);
        assert_eq!(run("2027-06-21").await, 0);
        assert_eq!(mails_to(db, "leo@uchile.example").await.len(), 1);

        // The scheduler queues the day's reminder job once, from 08:00 UTC.
        let at = |h: u32| {
            chrono::NaiveDate::from_ymd_opt(2027, 1, 5)
                .unwrap()
                .and_hms_opt(h, 0, 0)
                .unwrap()
                .and_utc()
        };
        let jobs = || async {
            job::Entity::find()
                .filter(job::Column::Kind.eq(year::REMINDER_JOB))
                .count(db)
                .await
                .unwrap()
        };
        schedule::tick(&state, at(7)).await.unwrap();
        assert_eq!(jobs().await, 0);
        schedule::tick(&state, at(8)).await.unwrap();
        schedule::tick(&state, at(9)).await.unwrap();
        assert_eq!(jobs().await, 1);
    }
);

storage_test!(
    wind_down_needs_confirmation_and_removes_hub_accounts,
    |t: TestDb| async move {
        let data = tempfile::tempdir().unwrap();
        let state = common::state(&t, data.path(), &[]);
        let db = &state.db;
        let org = person(
            &state,
            "olu@catalyst.example",
            "Olu",
            Role::Organizer,
            None,
            Locale::En,
        )
        .await;
        let a = partnership(&state, &org, "KEMRI", "2026-12-31").await;
        let lead = person(
            &state,
            "amina@kemri.example",
            "Amina",
            Role::PartnerLead,
            Some(a),
            Locale::En,
        )
        .await;
        let learner = person(
            &state,
            "joy@kemri.example",
            "Joy",
            Role::Learner,
            Some(a),
            Locale::En,
        )
        .await;
        let hub_id = registry::create(
            &org,
            &state,
            &registry::HubForm {
                institution_id: a.to_string(),
                name: "KEMRI hub".into(),
                base_url: "http://127.0.0.1:9".into(),
                token: "a-token-that-is-long-enough-0123456789".into(),
                username_scheme: "platform".into(),
                default_groups: String::new(),
                course_groups: false,
                name_prefix: String::new(),
            },
        )
        .await
        .unwrap();
        for (u, name) in [(lead.id, "amina"), (learner.id, "joy")] {
            hub_account::ActiveModel {
                hub_id: Set(hub_id),
                user_id: Set(u),
                hub_username: Set(name.into()),
                status: Set(provisioning::status::READY.into()),
                groups: Set("[]".into()),
                updated_at: Set(Utc::now()),
                ready_at: Set(Some(Utc::now())),
                ..Default::default()
            }
            .insert(db)
            .await
            .unwrap();
        }
        let c = list_of(&state, &org, a).await;
        assert_eq!(step(&c, checklist::TEAM_HUB_ACCOUNTS).count, Some((1, 5)));

        assert!(matches!(
            year::wind_down(&state, &lead, a, true, "delete").await,
            Err(ServiceError::Forbidden)
        ));
        assert_eq!(
            key_of(
                year::wind_down(&state, &org, a, false, "delete")
                    .await
                    .unwrap_err()
            ),
            "error-wind-down-confirm"
        );
        assert_eq!(
            key_of(
                year::wind_down(&state, &org, a, true, "explode")
                    .await
                    .unwrap_err()
            ),
            "error-wind-down-mode"
        );
        assert_eq!(
            year::wind_down(&state, &org, a, true, "delete")
                .await
                .unwrap(),
            2
        );
        let inst = institution::Entity::find_by_id(a)
            .one(db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(inst.partnership_status, year::WOUND_DOWN);
        assert!(!inst.listed_publicly);
        let accounts = hub_account::Entity::find()
            .filter(hub_account::Column::HubId.eq(hub_id))
            .all(db)
            .await
            .unwrap();
        assert!(accounts
            .iter()
            .all(|x| x.status == provisioning::status::REMOVING));
        let jobs = job::Entity::find()
            .filter(job::Column::Kind.eq(provisioning::DEPROVISION_JOB))
            .count(db)
            .await
            .unwrap();
        assert_eq!(jobs, 2);
        // The people and their data stay; nothing more can be done to the team.
        assert_eq!(team::team(&state, &lead, a).await.unwrap().members.len(), 2);
        assert_eq!(
            key_of(
                team::invite(&state, &lead, a, &invite("new@kemri.example", "learner"))
                    .await
                    .unwrap_err()
            ),
            "error-partnership-ended"
        );
        assert_eq!(
            key_of(
                year::wind_down(&state, &org, a, true, "delete")
                    .await
                    .unwrap_err()
            ),
            "error-partnership-ended"
        );
        // A wound-down partnership is never "stalled".
        let later = Utc::now() + Duration::days(60);
        assert!(
            !checklist::compute(db, &state.library.catalog(), &inst, later)
                .await
                .unwrap()
                .stalled
        );
    }
);
