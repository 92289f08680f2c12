//! Partnerships over HTTP without JavaScript, per role: a partner lead opens their own
//! partnership, invites and removes through forms with the CSRF token, and gets 403 for
//! another institution's pages, report, CSV and forms; organizers see every partnership.
mod common;
use common::*;
use domain::{
    accounts::{
        institutions::{self, InstitutionForm},
        people, EmailAddress, Role,
    },
    entities::{invitation, user},
    i18n::Locale,
};
use sea_orm::{prelude::*, ActiveValue::Set};

both_backends!(
    a_partner_lead_reaches_only_their_own_partnership,
    |app: TestApp| async move {
        let db = &app.state.db;
        let organizer = people::current_user(
            db,
            people::find_by_email(db, &EmailAddress::parse("organizer@example.org").unwrap())
                .await
                .unwrap()
                .unwrap()
                .id,
        )
        .await
        .unwrap()
        .unwrap();
        let mut ids = vec![];
        for name in ["Fiocruz Bahia", "Instituto Malbrán"] {
            ids.push(
                institutions::create(
                    &organizer,
                    db,
                    &InstitutionForm {
                        name: name.into(),
                        country: "Brasil".into(),
                        partnership_start: "2026-01-01".into(),
                        partnership_end: "2026-12-31".into(),
                    },
                )
                .await
                .unwrap(),
            );
        }
        let (own, other) = (ids[0], ids[1]);
        // The test app's partner lead leads the first institution.
        let lead = people::find_by_email(
            db,
            &EmailAddress::parse("partner_lead@example.org").unwrap(),
        )
        .await
        .unwrap()
        .unwrap();
        user::ActiveModel {
            id: Set(lead.id),
            institution_id: Set(Some(own)),
            ..Default::default()
        }
        .update(db)
        .await
        .unwrap();
        let stranger = people::create(
            db,
            people::NewPerson {
                email: &EmailAddress::parse("eva@malbran.example").unwrap(),
                name: "Eva Malbrán",
                locale: Locale::Es,
                password: "test-password-1",
                institution_id: Some(other),
                roles: &[Role::Learner],
            },
        )
        .await
        .unwrap();

        let c = browser();
        app.sign_in(&c, "partner_lead").await;
        let (status, page) = app.get(&c, &format!("/partnership/{own}")).await;
        assert_eq!(status, 200);
        // The test app's lead reads Portuguese.
        assert!(page.contains("Fiocruz Bahia") && page.contains("Etapas de entrada"));
        assert!(
            page.contains("Minha parceria"),
            "linked from the navigation"
        );
        assert!(!page.contains("Eva Malbrán"));
        assert!(
            !page.contains("Ajustes de entrada"),
            "organizers' controls are not shown"
        );
        for path in [
            format!("/partnership/{other}"),
            format!("/partnership/{other}/report"),
            format!("/partnership/{other}/report.csv"),
            "/admin/partnerships".to_owned(),
        ] {
            assert_eq!(app.get(&c, &path).await.0, 403, "lead on {path}");
        }
        assert_eq!(app.get(&c, "/partnership/999999").await.0, 403);
        let csrf = app.csrf(&c, &format!("/partnership/{own}")).await;

        // Forms aimed at the other institution are refused and change nothing.
        let other_s = other.to_string();
        let stranger_s = stranger.to_string();
        let r = app
            .post(
                &c,
                "/api/invite_team_member",
                &[
                    ("csrf", &csrf),
                    ("id", &other_s),
                    ("email", "x@malbran.example"),
                    ("role", "learner"),
                    ("locale", "es"),
                ],
            )
            .await;
        assert_eq!(r.status().as_u16(), 403);
        let r = app
            .post(
                &c,
                "/api/remove_team_member",
                &[("csrf", &csrf), ("id", &other_s), ("member", &stranger_s)],
            )
            .await;
        assert_eq!(r.status().as_u16(), 403);
        let own_s = own.to_string();
        // Their own id with another institution's person: nothing happens either.
        let r = app
            .post(
                &c,
                "/api/remove_team_member",
                &[("csrf", &csrf), ("id", &own_s), ("member", &stranger_s)],
            )
            .await;
        assert_eq!(r.status().as_u16(), 302);
        let eva = user::Entity::find_by_id(stranger)
            .one(db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(eva.institution_id, Some(other));
        for (path, form) in [
            (
                "/api/save_partnership_settings",
                vec![
                    ("id", own_s.as_str()),
                    ("team_target", "1"),
                    ("team_share", "10"),
                ],
            ),
            (
                "/api/renew_partnership",
                vec![("id", own_s.as_str()), ("end", "2030-01-01")],
            ),
            (
                "/api/wind_down_partnership",
                vec![
                    ("id", own_s.as_str()),
                    ("confirm", "yes"),
                    ("mode", "delete"),
                ],
            ),
        ] {
            let mut f = form.clone();
            f.push(("csrf", &csrf));
            assert_eq!(
                app.post(&c, path, &f).await.status().as_u16(),
                403,
                "lead on {path}"
            );
        }

        // Their own team: without the token refused, with it invited.
        let invite = [
            ("id", own_s.as_str()),
            ("email", "rui@fiocruz.example"),
            ("role", "learner"),
            ("locale", "pt"),
        ];
        assert_eq!(
            app.post(&c, "/api/invite_team_member", &invite)
                .await
                .status()
                .as_u16(),
            403
        );
        let mut with = invite.to_vec();
        with.push(("csrf", &csrf));
        let r = app.post(&c, "/api/invite_team_member", &with).await;
        assert_eq!(r.headers()["location"], format!("/partnership/{own}#team"));
        let inv = invitation::Entity::find()
            .filter(invitation::Column::Email.eq("rui@fiocruz.example"))
            .one(db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(inv.institution_id, Some(own));
        assert_eq!(inv.role, "learner");
        let (_, page) = app.get(&c, &format!("/partnership/{own}")).await;
        assert!(page.contains("rui@fiocruz.example"), "listed as pending");
        let (status, csv) = app.get(&c, &format!("/partnership/{own}/report.csv")).await;
        assert_eq!(status, 200);
        assert!(csv.starts_with('\u{feff}') && csv.contains("partner_lead@example.org"));

        // Everyone else: staff see every partnership, others nothing.
        for (role, status) in [
            ("learner", 403),
            ("mentor", 403),
            ("translator", 403),
            ("organizer", 200),
            ("admin", 200),
        ] {
            let c = browser();
            app.sign_in(&c, role).await;
            for path in [
                format!("/partnership/{own}"),
                format!("/partnership/{other}/report"),
                "/admin/partnerships".to_owned(),
            ] {
                assert_eq!(app.get(&c, &path).await.0, status, "{role} on {path}");
            }
        }
        let staff = browser();
        app.sign_in(&staff, "organizer").await;
        let (_, page) = app.get(&staff, "/admin/partnerships").await;
        assert!(page.contains("Fiocruz Bahia") && page.contains("Instituto Malbrán"));
        let (_, page) = app.get(&staff, &format!("/partnership/{own}")).await;
        assert!(page.contains("Onboarding settings"));
    }
);
