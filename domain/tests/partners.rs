//! Partner applications on SQLite and PostgreSQL: validation with the field at fault, the
//! honeypot and the per-IP limit, mails in the applicant's language and to organizers, and the
//! review: notes and status, accepting (institution, partnership year, partner lead invited)
//! and declining, for organizers only.
mod common;
use common::{cohort_world::person, TestDb};
use domain::{
    accounts::Role,
    entities::{email, institution, invitation, partner_application},
    partners::{
        application::{self, ApplicationForm},
        review,
    },
    ServiceError,
};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

fn form() -> ApplicationForm {
    ApplicationForm {
        institution: "Instituto de Genómica de Córdoba".into(),
        country: "Argentina".into(),
        website: "https://igc.example.org".into(),
        contact_name: "Ana Pérez".into(),
        contact_email: "Ana.Perez@IGC.example.org".into(),
        locale: "es".into(),
        research: "Genómica de enfermedades infecciosas.".into(),
        expected_users: "40".into(),
        open_science: "Publicamos datos y código abiertos.".into(),
        infrastructure: String::new(),
        homepage: String::new(),
    }
}

async fn mails_to(db: &sea_orm::DatabaseConnection, to: &str) -> Vec<email::Model> {
    email::Entity::find()
        .filter(email::Column::ToAddress.eq(to))
        .all(db)
        .await
        .unwrap()
}

storage_test!(
    applications_are_validated_limited_and_acknowledged,
    |t: TestDb| async move {
        let data = tempfile::tempdir().unwrap();
        let state = common::state(&t, data.path(), &[]);
        let organizer = person(&state, "olu@catalyst.example", "Olu", Role::Organizer).await;
        let db = &state.db;
        for (change, field, key) in [
            (
                ApplicationForm {
                    institution: " ".into(),
                    ..form()
                },
                "institution",
                "error-application-required",
            ),
            (
                ApplicationForm {
                    website: "igc.example.org".into(),
                    ..form()
                },
                "website",
                "error-application-website",
            ),
            (
                ApplicationForm {
                    contact_email: "ana@".into(),
                    ..form()
                },
                "contact_email",
                "error-email-invalid",
            ),
            (
                ApplicationForm {
                    locale: "fr".into(),
                    ..form()
                },
                "locale",
                "error-locale-invalid",
            ),
            (
                ApplicationForm {
                    expected_users: "many".into(),
                    ..form()
                },
                "expected_users",
                "error-application-users",
            ),
            (
                ApplicationForm {
                    open_science: "x".repeat(5001),
                    ..form()
                },
                "open_science",
                "error-application-too-long",
            ),
        ] {
            let e = application::submit(&state, &change, "10.0.0.1")
                .await
                .unwrap_err();
            assert_eq!((e.field(), e.message_key()), (Some(field), key));
        }
        assert_eq!(
            partner_application::Entity::find().count(db).await.unwrap(),
            0
        );

        // A bot fills the hidden field: thanked, nothing stored or sent.
        let bot = ApplicationForm {
            homepage: "http://spam.example".into(),
            ..form()
        };
        assert_eq!(
            application::submit(&state, &bot, "10.0.0.9").await.unwrap(),
            None
        );
        assert_eq!(
            partner_application::Entity::find().count(db).await.unwrap(),
            0
        );

        let id = application::submit(&state, &form(), "10.0.0.1")
            .await
            .unwrap()
            .unwrap();
        let app = partner_application::Entity::find_by_id(id)
            .one(db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            (app.status.as_str(), app.contact_email.as_str()),
            ("new", "ana.perez@igc.example.org")
        );
        let ack = mails_to(db, "ana.perez@igc.example.org").await;
        assert_eq!(ack.len(), 1);
        assert_eq!(
            ack[0].subject,
            "Recibimos tu solicitud al Proyecto Catalyst"
        );
        assert!(ack[0]
            .body_text
            .contains("Instituto de Genómica de Córdoba"));
        let note = mails_to(db, &organizer.email).await;
        assert_eq!(note.len(), 1);
        assert!(note[0].body_text.contains(&format!("/admin/partners/{id}")));

        // Five per hour from one address; another address is not affected.
        for _ in 0..4 {
            application::submit(&state, &form(), "10.0.0.1")
                .await
                .unwrap();
        }
        let e = application::submit(&state, &form(), "10.0.0.1")
            .await
            .unwrap_err();
        assert_eq!(e.message_key(), "error-application-rate-limited");
        application::submit(&state, &form(), "10.0.0.2")
            .await
            .unwrap();
    }
);

storage_test!(
    organizers_review_accept_and_decline,
    |t: TestDb| async move {
        let data = tempfile::tempdir().unwrap();
        let state = common::state(&t, data.path(), &[]);
        let organizer = person(&state, "olu@catalyst.example", "Olu", Role::Organizer).await;
        let learner = person(&state, "lina@catalyst.example", "Lina", Role::Learner).await;
        let db = &state.db;
        let id = application::submit(&state, &form(), "10.0.0.1")
            .await
            .unwrap()
            .unwrap();
        let other = ApplicationForm {
            institution: "Bioinformatics Hub Kisumu".into(),
            contact_email: "kisumu@bh.example".into(),
            locale: "en".into(),
            ..form()
        };
        let id2 = application::submit(&state, &other, "10.0.0.1")
            .await
            .unwrap()
            .unwrap();

        assert!(matches!(
            review::list(db, &learner, None).await.unwrap_err(),
            ServiceError::Forbidden
        ));
        assert!(matches!(
            review::accept(&state, &learner, id, &Default::default())
                .await
                .unwrap_err(),
            ServiceError::Forbidden
        ));
        assert_eq!(
            review::list(db, &organizer, Some("new"))
                .await
                .unwrap()
                .len(),
            2
        );

        review::update(db, &organizer, id, "Called them on Tuesday.", "in_review")
            .await
            .unwrap();
        assert_eq!(
            review::list(db, &organizer, Some("in_review"))
                .await
                .unwrap()
                .len(),
            1
        );
        let e = review::update(db, &organizer, id, "", "accepted")
            .await
            .unwrap_err();
        assert_eq!(e.message_key(), "error-application-status");

        let decision = review::Decision {
            start: "2027-01-01".into(),
            end: "2026-12-01".into(),
            message: "¡Bienvenidos!".into(),
        };
        let e = review::accept(&state, &organizer, id, &decision)
            .await
            .unwrap_err();
        assert_eq!(
            (e.field(), e.message_key()),
            (Some("end"), "error-end-before-start")
        );
        assert_eq!(
            institution::Entity::find().count(db).await.unwrap(),
            0,
            "nothing half-done"
        );

        let decision = review::Decision {
            end: String::new(),
            ..decision
        };
        let inst = review::accept(&state, &organizer, id, &decision)
            .await
            .unwrap();
        let i = institution::Entity::find_by_id(inst)
            .one(db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(i.name, "Instituto de Genómica de Córdoba");
        assert_eq!(i.partnership_start.unwrap().to_string(), "2027-01-01");
        assert_eq!(
            i.partnership_end.unwrap().to_string(),
            "2028-01-01",
            "a year by default"
        );
        let inv = invitation::Entity::find()
            .filter(invitation::Column::Email.eq("ana.perez@igc.example.org"))
            .one(db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            (inv.role.as_str(), inv.institution_id, inv.locale.as_str()),
            ("partner_lead", Some(inst), "es")
        );
        let mails = mails_to(db, "ana.perez@igc.example.org").await;
        let templates: Vec<&str> = mails.iter().map(|m| m.template.as_str()).collect();
        assert_eq!(
            templates,
            ["partner-received", "invitation", "partner-accepted"]
        );
        assert!(
            mails[2].body_text.contains("¡Bienvenidos!")
                && mails[2].subject == "Te damos la bienvenida al Proyecto Catalyst"
        );
        let e = review::decline(&state, &organizer, id, "No.")
            .await
            .unwrap_err();
        assert_eq!(e.message_key(), "error-application-decided");

        assert_eq!(
            review::decline(&state, &organizer, id2, " ")
                .await
                .unwrap_err()
                .message_key(),
            "error-application-message"
        );
        review::decline(&state, &organizer, id2, "We have no capacity this year.")
            .await
            .unwrap();
        let declined = mails_to(db, "kisumu@bh.example").await;
        assert_eq!(
            declined.last().unwrap().subject,
            "Your application to the Catalyst Project"
        );
        let app = partner_application::Entity::find_by_id(id2)
            .one(db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            (app.status.as_str(), app.decided_by),
            ("declined", Some(organizer.id))
        );
    }
);
