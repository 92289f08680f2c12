//! Accounts services against a real database (SQLite and PostgreSQL).
mod common;
use common::TestDb;
use domain::{
    accounts::{
        institutions, invitations, people, resets, sessions, CurrentUser, EmailAddress, Role,
    },
    entities::email,
    i18n::Locale,
    ServiceError,
};
use sea_orm::{EntityTrait, QueryOrder};

async fn admin(state: &domain::AppState) -> CurrentUser {
    let e = EmailAddress::parse("root@example.org").unwrap();
    let id = people::create(
        &state.db,
        people::NewPerson {
            email: &e,
            name: "Root",
            locale: Locale::En,
            password: "root-password-1",
            institution_id: None,
            roles: &[Role::Admin],
        },
    )
    .await
    .unwrap();
    people::current_user(&state.db, id).await.unwrap().unwrap()
}

fn token_from(body: &str, prefix: &str) -> String {
    let start = body.find(prefix).expect("link in mail") + prefix.len();
    body[start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect()
}

async fn last_mail(db: &sea_orm::DatabaseConnection) -> email::Model {
    email::Entity::find()
        .order_by_desc(email::Column::Id)
        .one(db)
        .await
        .unwrap()
        .unwrap()
}

storage_test!(invitation_round_trip, |t: TestDb| async move {
    let dir = tempfile::tempdir().unwrap();
    let state = common::state(&t, dir.path(), &[]);
    let root = admin(&state).await;
    let inst = institutions::create(
        &root,
        &state.db,
        &institutions::InstitutionForm {
            name: "Instituto Ñandú".into(),
            country: "Uruguay".into(),
            partnership_start: "2026-03-01".into(),
            partnership_end: "2027-02-28".into(),
        },
    )
    .await
    .unwrap();
    invitations::invite(
        &state,
        &root,
        &invitations::InviteForm {
            email: " Zoe@Example.org ".into(),
            role: "mentor".into(),
            institution_id: inst.to_string(),
            locale: "es".into(),
        },
    )
    .await
    .unwrap();
    // The mail is in the invitee's language and carries a working link.
    let mail = last_mail(&state.db).await;
    assert_eq!(mail.to_address, "zoe@example.org");
    assert_eq!(mail.locale, "es");
    assert!(mail.subject.contains("invitación"), "{}", mail.subject);
    let token = token_from(&mail.body_text, "/invitation/");
    // Bad input is refused with the field it concerns and nothing is created.
    let bad = invitations::accept(
        &state.db,
        &token,
        &invitations::AcceptForm {
            name: "Zoë".into(),
            locale: "es".into(),
            password: "short".into(),
            confirm_password: "short".into(),
        },
    )
    .await;
    assert!(
        matches!(
            bad,
            Err(ServiceError::Invalid {
                field: "password",
                ..
            })
        ),
        "{bad:?}"
    );
    let id = invitations::accept(
        &state.db,
        &token,
        &invitations::AcceptForm {
            name: "Zoë Ñandú".into(),
            locale: "es".into(),
            password: "a long enough password".into(),
            confirm_password: "a long enough password".into(),
        },
    )
    .await
    .unwrap();
    let zoe = people::current_user(&state.db, id).await.unwrap().unwrap();
    assert_eq!(zoe.name, "Zoë Ñandú");
    assert_eq!(zoe.roles, vec![Role::Mentor]);
    assert_eq!(zoe.locale, Locale::Es);
    assert_eq!(zoe.institution_id, Some(inst));
    // Single use.
    let again = invitations::accept(
        &state.db,
        &token,
        &invitations::AcceptForm {
            name: "X".into(),
            locale: "en".into(),
            password: "another long password".into(),
            confirm_password: "another long password".into(),
        },
    )
    .await;
    assert!(matches!(
        again,
        Err(ServiceError::Invalid {
            key: "error-invitation-invalid",
            ..
        })
    ));
    // Inviting an address that already has an account is refused.
    let dup = invitations::invite(
        &state,
        &root,
        &invitations::InviteForm {
            email: "zoe@example.org".into(),
            role: "learner".into(),
            institution_id: String::new(),
            locale: "en".into(),
        },
    )
    .await;
    assert!(matches!(
        dup,
        Err(ServiceError::Invalid {
            field: "email",
            key: "error-email-taken"
        })
    ));
});

storage_test!(
    only_staff_invite_and_only_admins_invite_admins,
    |t: TestDb| async move {
        let dir = tempfile::tempdir().unwrap();
        let state = common::state(&t, dir.path(), &[]);
        let root = admin(&state).await;
        let learner = CurrentUser {
            id: root.id,
            name: "L".into(),
            email: "l@x.org".into(),
            locale: Locale::En,
            roles: vec![Role::Learner, Role::Mentor, Role::Translator],
            institution_id: None,
        };
        let organizer = CurrentUser {
            roles: vec![Role::Organizer],
            ..learner.clone()
        };
        let form = |role: &str| invitations::InviteForm {
            email: "new@example.org".into(),
            role: role.into(),
            institution_id: String::new(),
            locale: "en".into(),
        };
        assert!(matches!(
            invitations::invite(&state, &learner, &form("learner")).await,
            Err(ServiceError::Forbidden)
        ));
        assert!(matches!(
            invitations::invite(&state, &organizer, &form("admin")).await,
            Err(ServiceError::Invalid {
                key: "error-role-not-allowed",
                ..
            })
        ));
        assert!(matches!(
            invitations::invite(&state, &organizer, &form("root")).await,
            Err(ServiceError::Invalid { field: "role", .. })
        ));
        assert!(invitations::invite(&state, &organizer, &form("learner"))
            .await
            .is_ok());
        assert!(matches!(
            people::list(&learner, &state.db).await,
            Err(ServiceError::Forbidden)
        ));
        assert!(matches!(
            institutions::list(&learner, &state.db).await,
            Err(ServiceError::Forbidden)
        ));
    }
);

storage_test!(revoked_and_resent_invitations, |t: TestDb| async move {
    let dir = tempfile::tempdir().unwrap();
    let state = common::state(&t, dir.path(), &[]);
    let root = admin(&state).await;
    let id = invitations::invite(
        &state,
        &root,
        &invitations::InviteForm {
            email: "pat@example.org".into(),
            role: "learner".into(),
            institution_id: String::new(),
            locale: "pt".into(),
        },
    )
    .await
    .unwrap();
    let first = token_from(&last_mail(&state.db).await.body_text, "/invitation/");
    invitations::revoke(&state, &root, id).await.unwrap();
    assert!(invitations::find_open(&state.db, &first).await.is_err());
    invitations::resend(&state, &root, id).await.unwrap();
    let mail = last_mail(&state.db).await;
    assert!(mail.subject.contains("convite"), "{}", mail.subject);
    let second = token_from(&mail.body_text, "/invitation/");
    assert_ne!(first, second);
    assert!(
        invitations::find_open(&state.db, &first).await.is_err(),
        "the old link stops working"
    );
    assert!(invitations::find_open(&state.db, &second).await.is_ok());
});

storage_test!(
    sign_in_is_rate_limited_and_sessions_end_on_password_change,
    |t: TestDb| async move {
        let dir = tempfile::tempdir().unwrap();
        let state = common::state(&t, dir.path(), &[]);
        let root = admin(&state).await;
        let (token, who) =
            sessions::sign_in(&state.db, "ROOT@example.org", "root-password-1", "10.0.0.1")
                .await
                .unwrap();
        assert_eq!(who.id, root.id);
        assert_eq!(
            sessions::resolve(&state.db, &token)
                .await
                .unwrap()
                .unwrap()
                .id,
            root.id
        );
        for _ in 0..5 {
            let r = sessions::sign_in(&state.db, "root@example.org", "wrong password!", "10.0.0.2")
                .await;
            assert!(matches!(
                r,
                Err(ServiceError::Invalid {
                    key: "error-sign-in-failed",
                    ..
                })
            ));
        }
        // Locked for this account, even with the right password and from another address.
        let r =
            sessions::sign_in(&state.db, "root@example.org", "root-password-1", "10.0.0.3").await;
        assert!(matches!(r, Err(ServiceError::RateLimited)), "{r:?}");
        // Unknown accounts answer like wrong passwords.
        let r = sessions::sign_in(
            &state.db,
            "nobody@example.org",
            "whatever-password",
            "10.0.0.4",
        )
        .await;
        assert!(matches!(
            r,
            Err(ServiceError::Invalid {
                key: "error-sign-in-failed",
                ..
            })
        ));
        // Changing the password ends every other session.
        let fresh = sessions::change_password(
            &state.db,
            &root,
            "root-password-1",
            "a brand new password",
            "a brand new password",
        )
        .await
        .unwrap();
        assert!(sessions::resolve(&state.db, &token)
            .await
            .unwrap()
            .is_none());
        assert!(sessions::resolve(&state.db, &fresh)
            .await
            .unwrap()
            .is_some());
        let wrong = sessions::change_password(
            &state.db,
            &root,
            "not it",
            "x".repeat(12).as_str(),
            "x".repeat(12).as_str(),
        )
        .await;
        assert!(matches!(
            wrong,
            Err(ServiceError::Invalid {
                field: "current_password",
                ..
            })
        ));
    }
);

storage_test!(
    password_reset_is_single_use_and_silent_about_unknown_addresses,
    |t: TestDb| async move {
        let dir = tempfile::tempdir().unwrap();
        let state = common::state(&t, dir.path(), &[]);
        let root = admin(&state).await;
        let (old_session, _) =
            sessions::sign_in(&state.db, "root@example.org", "root-password-1", "1.1.1.1")
                .await
                .unwrap();
        let jobs = domain::jobs::worker::Worker::new(
            state.clone(),
            domain::mail::delivery::Mailer::Files(state.config.mail_dir()),
        );
        resets::request(&state, "nobody@example.org", "1.1.1.1")
            .await
            .unwrap();
        jobs.drain().await;
        assert!(
            email::Entity::find()
                .one(&state.db)
                .await
                .unwrap()
                .is_none(),
            "no mail for unknown addresses"
        );
        assert!(matches!(
            resets::request(&state, "not an address", "1.1.1.1").await,
            Err(ServiceError::Invalid { field: "email", .. })
        ));
        resets::request(&state, "root@example.org", "1.1.1.1")
            .await
            .unwrap();
        jobs.drain().await;
        let token = token_from(&last_mail(&state.db).await.body_text, "/reset/");
        let mismatch =
            resets::complete(&state.db, &token, "new password one", "new password two").await;
        assert!(matches!(
            mismatch,
            Err(ServiceError::Invalid {
                field: "confirm_password",
                ..
            })
        ));
        assert_eq!(
            resets::complete(&state.db, &token, "new password one", "new password one")
                .await
                .unwrap(),
            root.id
        );
        assert!(
            resets::complete(&state.db, &token, "new password one", "new password one")
                .await
                .is_err(),
            "single use"
        );
        assert!(
            sessions::resolve(&state.db, &old_session)
                .await
                .unwrap()
                .is_none(),
            "sessions ended"
        );
        assert!(
            sessions::sign_in(&state.db, "root@example.org", "new password one", "1.1.1.1")
                .await
                .is_ok()
        );
    }
);

storage_test!(
    roles_can_be_changed_by_staff_but_admin_is_guarded,
    |t: TestDb| async move {
        let dir = tempfile::tempdir().unwrap();
        let state = common::state(&t, dir.path(), &[]);
        let root = admin(&state).await;
        let e = EmailAddress::parse("m@example.org").unwrap();
        let m = people::create(
            &state.db,
            people::NewPerson {
                email: &e,
                name: "M",
                locale: Locale::Pt,
                password: "mentor-password",
                institution_id: None,
                roles: &[Role::Learner],
            },
        )
        .await
        .unwrap();
        people::set_roles(&root, &state.db, m, &[Role::Mentor, Role::Translator])
            .await
            .unwrap();
        assert_eq!(
            people::roles_of(&state.db, m).await.unwrap(),
            vec![Role::Mentor, Role::Translator]
        );
        let organizer = CurrentUser {
            id: m,
            name: "M".into(),
            email: "m@example.org".into(),
            locale: Locale::Pt,
            roles: vec![Role::Organizer],
            institution_id: None,
        };
        assert!(matches!(
            people::set_roles(&organizer, &state.db, m, &[Role::Admin]).await,
            Err(ServiceError::Forbidden)
        ));
        assert!(matches!(
            people::set_roles(&root, &state.db, root.id, &[Role::Learner]).await,
            Err(ServiceError::Invalid {
                key: "error-cannot-drop-own-admin",
                ..
            })
        ));
    }
);
