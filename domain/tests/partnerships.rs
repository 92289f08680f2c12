//! Partnerships on SQLite and PostgreSQL: a partner lead builds their team and the
//! onboarding checklist follows the facts; a lead reaches nothing of another institution;
//! the yearly report. (The partnership year: `partnership_year.rs`.)
mod common;
use chrono::{Duration, Utc};
use common::{partner_world::*, TestDb};
use domain::{
    accounts::{people, sessions, Role},
    courses::progress,
    entities::{institution, user},
    i18n::Locale,
    partners::{checklist, report, team, year},
    ServiceError,
};
use sea_orm::prelude::*;

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
