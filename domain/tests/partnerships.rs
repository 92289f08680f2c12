//! Partnerships on SQLite and PostgreSQL: a partner lead builds their team and the
//! onboarding checklist follows the facts; a lead reaches nothing of another institution;
//! year-end reminders go out once per threshold however often the job runs; wind-down needs
//! confirmation and removes hub accounts through provisioning jobs; the yearly report.
mod common;
use chrono::{Duration, Utc};
use common::TestDb;
use domain::{
    accounts::{
        institutions::{self, InstitutionForm},
        invitations::{self, AcceptForm},
        people, sessions, CurrentUser, EmailAddress, Role,
    },
    courses::progress,
    entities::{email, hub_account, institution, job, user},
    hubs::{provisioning, registry},
    i18n::Locale,
    jobs::schedule,
    partners::{checklist, report, team, year},
    AppState, ServiceError,
};
use sea_orm::{prelude::*, ActiveValue::Set, QueryOrder};

async fn person(
    state: &AppState,
    email: &str,
    name: &str,
    role: Role,
    institution_id: Option<i32>,
    locale: Locale,
) -> CurrentUser {
    let e = EmailAddress::parse(email).unwrap();
    let id = people::create(
        &state.db,
        people::NewPerson {
            email: &e,
            name,
            locale,
            password: "a-long-password-1",
            institution_id,
            roles: &[role],
        },
    )
    .await
    .unwrap();
    people::current_user(&state.db, id).await.unwrap().unwrap()
}

async fn partnership(state: &AppState, organizer: &CurrentUser, name: &str, end: &str) -> i32 {
    institutions::create(
        organizer,
        &state.db,
        &InstitutionForm {
            name: name.into(),
            country: "Brasil".into(),
            partnership_start: "2026-01-01".into(),
            partnership_end: end.into(),
        },
    )
    .await
    .unwrap()
}

async fn mails_to(db: &DatabaseConnection, to: &str) -> Vec<email::Model> {
    email::Entity::find()
        .filter(email::Column::ToAddress.eq(to))
        .order_by_asc(email::Column::Id)
        .all(db)
        .await
        .unwrap()
}

fn token_from(body: &str) -> String {
    let start = body.find("/invitation/").expect("link in mail") + "/invitation/".len();
    body[start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect()
}

async fn join(state: &AppState, address: &str, name: &str) -> i32 {
    let mail = mails_to(&state.db, address)
        .await
        .pop()
        .expect("invitation mail");
    invitations::accept(
        &state.db,
        &token_from(&mail.body_text),
        &AcceptForm {
            name: name.into(),
            locale: "pt".into(),
            password: "a-long-password-1".into(),
            confirm_password: "a-long-password-1".into(),
        },
    )
    .await
    .unwrap()
}

fn step<'a>(c: &'a checklist::Checklist, key: &str) -> &'a checklist::Step {
    c.steps.iter().find(|s| s.key == key).unwrap()
}

async fn list_of(state: &AppState, who: &CurrentUser, id: i32) -> checklist::Checklist {
    checklist::for_partnership(state, who, id).await.unwrap().1
}

fn invite(email: &str, role: &str) -> team::TeamInvite {
    team::TeamInvite {
        email: email.into(),
        role: role.into(),
        locale: "pt".into(),
    }
}

fn key_of(e: ServiceError) -> &'static str {
    e.message_key()
}

storage_test!(
    a_lead_builds_the_team_and_the_checklist_follows,
    |t: TestDb| async move {
        let data = tempfile::tempdir().unwrap();
        let content = common::workspace_root()
            .join("content")
            .display()
            .to_string();
        let state = common::state(&t, data.path(), &[("ACADEMY_CONTENT_DIR", &content)]);
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
        let a = partnership(&state, &org, "Fiocruz Bahia", "2026-12-31").await;
        let b = partnership(&state, &org, "Instituto Malbrán", "2026-12-31").await;
        let lead = person(
            &state,
            "lia@fiocruz.example",
            "Lia",
            Role::PartnerLead,
            Some(a),
            Locale::Pt,
        )
        .await;
        let other_lead = person(
            &state,
            "eva@malbran.example",
            "Eva",
            Role::PartnerLead,
            Some(b),
            Locale::Es,
        )
        .await;

        let c = list_of(&state, &lead, a).await;
        assert!(step(&c, checklist::ACCEPTED).done);
        assert!(!step(&c, checklist::HUB_READY).done);
        assert!(!step(&c, checklist::LEAD_SIGNED_IN).done);
        assert_eq!(c.next().unwrap().key, checklist::HUB_READY);

        // Signing in is remembered after the session ends.
        let (token, _) =
            sessions::sign_in(db, "lia@fiocruz.example", "a-long-password-1", "10.0.0.1")
                .await
                .unwrap();
        sessions::destroy(db, &token).await.unwrap();
        assert!(step(&list_of(&state, &lead, a).await, checklist::LEAD_SIGNED_IN).done);

        // The lead invites learners and mentors only, once per address.
        team::invite(&state, &lead, a, &invite("rui@fiocruz.example", "learner"))
            .await
            .unwrap();
        team::invite(&state, &lead, a, &invite("ines@fiocruz.example", "mentor"))
            .await
            .unwrap();
        assert_eq!(
            key_of(
                team::invite(&state, &lead, a, &invite("x@fiocruz.example", "organizer"))
                    .await
                    .unwrap_err()
            ),
            "error-team-role"
        );
        assert_eq!(
            key_of(
                team::invite(&state, &lead, a, &invite("RUI@fiocruz.example", "learner"))
                    .await
                    .unwrap_err()
            ),
            "error-team-already-invited"
        );
        let mail = mails_to(db, "rui@fiocruz.example").await;
        assert_eq!(mail.len(), 1);
        assert!(
            mail[0].subject.contains("Lia") || mail[0].body_text.contains("Lia"),
            "{}",
            mail[0].body_text
        );
        let c = list_of(&state, &lead, a).await;
        assert_eq!(step(&c, checklist::TEAM_INVITED).count, Some((2, 5)));
        assert!(!step(&c, checklist::TEAM_INVITED).done);

        // Only organizers change the target.
        let settings = year::Settings {
            team_target: "2".into(),
            team_share: "50".into(),
            listed_publicly: true,
        };
        assert!(matches!(
            year::save_settings(db, &lead, a, &settings).await,
            Err(ServiceError::Forbidden)
        ));
        assert_eq!(
            year::save_settings(
                db,
                &org,
                a,
                &year::Settings {
                    team_target: "0".into(),
                    ..settings.clone()
                }
            )
            .await
            .unwrap_err()
            .field(),
            Some("team_target")
        );
        year::save_settings(db, &org, a, &settings).await.unwrap();
        assert!(step(&list_of(&state, &lead, a).await, checklist::TEAM_INVITED).done);

        // The invited people join the institution.
        let rui = join(&state, "rui@fiocruz.example", "Rui").await;
        let ines = join(&state, "ines@fiocruz.example", "Inês").await;
        let t = team::team(&state, &lead, a).await.unwrap();
        assert_eq!(t.members.len(), 3);
        assert!(t.members[0].is_lead());
        assert!(t.pending.is_empty());
        assert!(t
            .members
            .iter()
            .any(|m| m.person.id == ines && m.roles == vec![Role::Mentor]));

        // Nothing of another institution: team, checklist, report, invitations, removal.
        assert!(matches!(
            team::team(&state, &other_lead, a).await,
            Err(ServiceError::Forbidden)
        ));
        assert!(matches!(
            checklist::for_partnership(&state, &other_lead, a).await,
            Err(ServiceError::Forbidden)
        ));
        assert!(matches!(
            report::report(&state, &other_lead, a, None).await,
            Err(ServiceError::Forbidden)
        ));
        assert!(matches!(
            team::invite(&state, &other_lead, a, &invite("z@x.example", "learner")).await,
            Err(ServiceError::Forbidden)
        ));
        assert!(matches!(
            team::remove(&state, &other_lead, a, rui).await,
            Err(ServiceError::Forbidden)
        ));
        // Their own partnership id with someone else's person: not found, and nothing changes.
        assert!(matches!(
            team::remove(&state, &other_lead, b, rui).await,
            Err(ServiceError::NotFound)
        ));
        assert!(matches!(
            checklist::tick(&state, &other_lead, a, checklist::TRAINED_OTHERS, true, "x").await,
            Err(ServiceError::Forbidden)
        ));
        let rui_member = people::current_user(db, rui).await.unwrap().unwrap();
        assert_eq!(rui_member.institution_id, Some(a));
        // A learner of the team is not its lead.
        assert!(matches!(
            team::team(&state, &rui_member, a).await,
            Err(ServiceError::Forbidden)
        ));
        assert!(matches!(
            team::invite(&state, &rui_member, a, &invite("z@x.example", "learner")).await,
            Err(ServiceError::Forbidden)
        ));

        // Ticks: organizers any step, the lead only "trained others", with a note.
        assert!(matches!(
            checklist::tick(&state, &lead, a, checklist::TEAM_IN_COHORT, true, "").await,
            Err(ServiceError::Forbidden)
        ));
        checklist::tick(&state, &org, a, checklist::TEAM_IN_COHORT, true, "OLS-9")
            .await
            .unwrap();
        assert_eq!(
            key_of(
                checklist::tick(&state, &lead, a, checklist::TRAINED_OTHERS, true, " ")
                    .await
                    .unwrap_err()
            ),
            "error-checklist-note-required"
        );
        checklist::tick(
            &state,
            &lead,
            a,
            checklist::TRAINED_OTHERS,
            true,
            "Inês trained 12 students",
        )
        .await
        .unwrap();
        let c = list_of(&state, &lead, a).await;
        assert!(step(&c, checklist::TEAM_IN_COHORT).done);
        assert_eq!(
            step(&c, checklist::TRAINED_OTHERS).ticked.as_deref(),
            Some("Inês trained 12 students")
        );
        checklist::tick(&state, &org, a, checklist::TEAM_IN_COHORT, false, "")
            .await
            .unwrap();
        assert!(!step(&list_of(&state, &lead, a).await, checklist::TEAM_IN_COHORT).done);

        // First steps: the lead and a share (50% of 2 = 1) of the team.
        let catalog = state.library.catalog();
        let course = catalog
            .course(checklist::FIRST_STEPS_COURSE)
            .unwrap()
            .clone();
        for l in &course.lessons {
            progress::mark_complete(db, &catalog, lead.id, &course.slug, l)
                .await
                .unwrap();
        }
        assert!(!step(&list_of(&state, &lead, a).await, checklist::FIRST_STEPS).done);
        for l in &course.lessons {
            progress::mark_complete(db, &catalog, rui, &course.slug, l)
                .await
                .unwrap();
        }
        let c = list_of(&state, &lead, a).await;
        assert!(step(&c, checklist::FIRST_STEPS).done);
        assert_eq!(step(&c, checklist::FIRST_STEPS).count, Some((1, 1)));
        assert!(!c.stalled);

        // Removal: not oneself, not another lead; a member leaves the institution.
        assert_eq!(
            key_of(team::remove(&state, &lead, a, lead.id).await.unwrap_err()),
            "error-team-remove-not-allowed"
        );
        assert!(matches!(
            team::remove(&state, &lead, a, other_lead.id).await,
            Err(ServiceError::NotFound)
        ));
        team::remove(&state, &lead, a, ines).await.unwrap();
        let gone = user::Entity::find_by_id(ines)
            .one(db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(gone.institution_id, None);
        assert_eq!(team::team(&state, &lead, a).await.unwrap().members.len(), 2);

        // The yearly report: Rui and Lia completed First steps this year.
        let r = report::report(&state, &lead, a, Some(0)).await.unwrap();
        assert_eq!(r.totals.people, 2);
        let this_year = report::report(&state, &lead, a, None).await.unwrap();
        assert_eq!(this_year.totals.trained, 2);
        assert_eq!(this_year.totals.courses_completed, 2);
        assert!(matches!(
            report::report(&state, &lead, a, Some(9)).await,
            Err(ServiceError::NotFound)
        ));
        let csv = report::to_csv(
            &this_year,
            |k| state.i18n.t(Locale::Pt, k, &[]),
            |s| catalog.course(s).unwrap().meta(Locale::Pt).title.clone(),
        );
        assert!(csv.starts_with('\u{feff}'));
        assert!(csv.contains("Cursos concluídos neste ano"), "{csv}");
        assert!(
            csv.contains("Primeiros passos no seu hub Catalyst"),
            "{csv}"
        );
        assert!(
            csv.contains("Responsável pela instituição parceira"),
            "{csv}"
        );

        // The organizers' overview lists both partnerships; a lead may not see it.
        assert!(matches!(
            checklist::overview(&state, &lead).await,
            Err(ServiceError::Forbidden)
        ));
        assert_eq!(checklist::overview(&state, &org).await.unwrap().len(), 2);
        // Nobody moved for a month: stalled.
        let inst = institution::Entity::find_by_id(b)
            .one(db)
            .await
            .unwrap()
            .unwrap();
        let later = Utc::now() + Duration::days(30);
        assert!(
            checklist::compute(db, &catalog, &inst, later)
                .await
                .unwrap()
                .stalled
        );
    }
);

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
