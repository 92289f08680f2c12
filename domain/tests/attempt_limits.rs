//! Limits on guessing and on mail-sending forms hold when requests arrive all at once, lock
//! nobody out for good, and leave reset links dead once a password changes (SQLite and
//! PostgreSQL).
mod common;
use common::TestDb;
use domain::{
    accounts::{people, rate_limit, resets, sessions, EmailAddress, Role},
    entities::{email, login_attempt},
    i18n::Locale,
    jobs::worker::Worker,
    mail::delivery::Mailer,
    ServiceError,
};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

async fn person(state: &domain::AppState, address: &str) -> i32 {
    let e = EmailAddress::parse(address).unwrap();
    people::create(
        &state.db,
        people::NewPerson {
            email: &e,
            name: "Ada",
            locale: Locale::En,
            password: "right-password-1",
            institution_id: None,
            roles: &[Role::Learner],
        },
    )
    .await
    .unwrap()
}

storage_test!(
    parallel_guesses_are_counted_before_any_password_is_checked,
    |t: TestDb| async move {
        let dir = tempfile::tempdir().unwrap();
        let state = common::state(&t, dir.path(), &[]);
        person(&state, "ada@example.org").await;
        // 22 guesses at once: before the fix every one was checked against a count of 0.
        let guesses = (0..22).map(|i| {
            let db = state.db.clone();
            tokio::spawn(async move {
                sessions::sign_in(
                    &db,
                    "ada@example.org",
                    &format!("wrong guess {i}"),
                    "203.0.113.9",
                )
                .await
            })
        });
        let mut refused = 0;
        let mut checked = 0;
        for g in guesses {
            match g.await.unwrap() {
                Err(ServiceError::RateLimited) => refused += 1,
                Err(ServiceError::Invalid {
                    key: "error-sign-in-failed",
                    ..
                }) => checked += 1,
                other => panic!("unexpected {:?}", other.map(|_| ())),
            }
        }
        assert_eq!(
            checked,
            rate_limit::MAX_FAILURES_PER_ACCOUNT,
            "exactly the allowed number of passwords checked"
        );
        assert_eq!(refused, 22 - checked);
        let failures = login_attempt::Entity::find()
            .filter(login_attempt::Column::ScopeKey.eq(rate_limit::account_key("ada@example.org")))
            .count(&state.db)
            .await
            .unwrap();
        assert_eq!(failures, checked, "refused attempts leave no row");

        // No lock-out for good: after the doubling wait (1 s after five failures) the owner
        // signs in, and that clears the account's failures.
        tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
        let (_, who) = sessions::sign_in(
            &state.db,
            "ada@example.org",
            "right-password-1",
            "198.51.100.7",
        )
        .await
        .expect("the owner gets in after the wait");
        assert_eq!(who.email, "ada@example.org");
    }
);

storage_test!(
    one_busy_address_does_not_lock_out_everyone_behind_it,
    |t: TestDb| async move {
        let dir = tempfile::tempdir().unwrap();
        let state = common::state(&t, dir.path(), &[]);
        person(&state, "ada@example.org").await;
        // 30 failures from one address for 30 different accounts (a proxy's address before
        // trusted proxies were configured): that address is limited…
        for i in 0..rate_limit::MAX_FAILURES_PER_IP {
            let r = sessions::sign_in(
                &state.db,
                &format!("p{i}@example.org"),
                "nope nope",
                "192.0.2.1",
            )
            .await;
            assert!(matches!(r, Err(ServiceError::Invalid { .. })), "{i}");
        }
        let r = sessions::sign_in(
            &state.db,
            "ada@example.org",
            "right-password-1",
            "192.0.2.1",
        )
        .await;
        assert!(matches!(r, Err(ServiceError::RateLimited)));
        // …but the account itself is not, from its owner's own address.
        assert!(sessions::sign_in(
            &state.db,
            "ada@example.org",
            "right-password-1",
            "192.0.2.55"
        )
        .await
        .is_ok());
    }
);

storage_test!(
    reset_requests_are_limited_and_links_die_with_a_password_change,
    |t: TestDb| async move {
        let dir = tempfile::tempdir().unwrap();
        let state = common::state(&t, dir.path(), &[]);
        let id = person(&state, "ada@example.org").await;
        let jobs = Worker::new(state.clone(), Mailer::Files(state.config.mail_dir()));
        for _ in 0..resets::MAX_PER_ADDRESS_PER_HOUR {
            resets::request(&state, "ada@example.org", "192.0.2.1")
                .await
                .unwrap();
        }
        assert!(matches!(
            resets::request(&state, "ada@example.org", "192.0.2.2").await,
            Err(ServiceError::RateLimited)
        ));
        // An unknown address is limited the same way: the answer tells nothing.
        for _ in 0..resets::MAX_PER_ADDRESS_PER_HOUR {
            resets::request(&state, "nobody@example.org", "192.0.2.3")
                .await
                .unwrap();
        }
        assert!(matches!(
            resets::request(&state, "nobody@example.org", "192.0.2.4").await,
            Err(ServiceError::RateLimited)
        ));
        jobs.drain().await;
        let mails = email::Entity::find()
            .filter(email::Column::ToAddress.eq("ada@example.org"))
            .all(&state.db)
            .await
            .unwrap();
        assert_eq!(mails.len() as u64, resets::MAX_PER_ADDRESS_PER_HOUR);
        let body = &mails[0].body_text;
        let start = body.find("/reset/").unwrap() + "/reset/".len();
        let token: String = body[start..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
            .collect();
        assert!(resets::find_open(&state.db, &token).await.is_ok());

        // The password changes another way (the owner remembered it): the link dies.
        sessions::set_password(&state.db, id, "another-password-2")
            .await
            .unwrap();
        assert!(resets::find_open(&state.db, &token).await.is_err());
        assert!(
            resets::complete(&state.db, &token, "attacker-password", "attacker-password")
                .await
                .is_err()
        );
    }
);

storage_test!(
    parallel_partner_applications_from_one_address_stop_at_the_limit,
    |t: TestDb| async move {
        use domain::partners::application::{self, ApplicationForm, MAX_PER_IP_PER_HOUR};
        let dir = tempfile::tempdir().unwrap();
        let state = common::state(&t, dir.path(), &[]);
        let posts = (0..12).map(|i| {
            let state = state.clone();
            tokio::spawn(async move {
                let form = ApplicationForm {
                    institution: format!("Instituto {i}"),
                    country: "Chile".into(),
                    website: "https://uno.example.cl".into(),
                    contact_name: "Uno".into(),
                    contact_email: format!("uno{i}@example.cl"),
                    locale: "es".into(),
                    research: "Genómica.".into(),
                    expected_users: "10".into(),
                    open_science: "Datos abiertos.".into(),
                    ..Default::default()
                };
                application::submit(&state, &form, "203.0.113.9").await
            })
        });
        let mut stored = 0;
        for p in posts {
            match p.await.unwrap() {
                Ok(Some(_)) => stored += 1,
                Err(e) => assert_eq!(e.message_key(), "error-application-rate-limited"),
                Ok(None) => panic!("no honeypot here"),
            }
        }
        assert_eq!(
            stored, MAX_PER_IP_PER_HOUR,
            "exactly the limit, however many at once"
        );
        let rows = domain::entities::partner_application::Entity::find()
            .count(&state.db)
            .await
            .unwrap();
        assert_eq!(rows, MAX_PER_IP_PER_HOUR);
    }
);
