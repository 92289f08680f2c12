//! Hub provisioning against a real JupyterHub (6.1.1 from PyPI), on SQLite and PostgreSQL:
//! users and groups as designed, a second run that changes nothing, normalized names, a bad
//! token that fails clearly without retries, missing scopes named, a hub that stops and
//! comes back mid-batch, deprovisioning both ways, and what a learner sees.
mod common;
use common::{hub_world::*, jupyterhub::TestHub, TestDb};
use domain::{
    accounts::people,
    courses::progress,
    entities::hub_account,
    hubs::{
        overview,
        provisioning::{self, status, Deprovision},
        registry,
    },
    jobs::{queue, worker::Worker},
    mail::delivery::Mailer,
};
use std::collections::BTreeMap;

fn test_state(t: &TestDb, dir: &std::path::Path) -> domain::AppState {
    common::state(
        t,
        dir,
        &[
            ("ACADEMY_JOB_RETRY_BASE_MS", "100"),
            ("ACADEMY_JOB_WORKERS", "2"),
        ],
    )
}

/// What each test starts from: a real hub, a data folder, the state, a registered hub.
struct Scene {
    hub: TestHub,
    _dir: tempfile::TempDir,
    state: domain::AppState,
    w: World,
}

async fn scene(
    t: &TestDb,
    hub: TestHub,
    token: &str,
    scheme: &str,
    groups: &str,
    course_groups: bool,
) -> Scene {
    let dir = tempfile::tempdir().unwrap();
    let state = test_state(t, dir.path());
    let w = world(&state, &hub.url(), token, scheme, groups, course_groups).await;
    Scene {
        hub,
        _dir: dir,
        state,
        w,
    }
}

fn worker(state: &domain::AppState) -> Worker {
    Worker::new(state.clone(), Mailer::Files(state.config.mail_dir()))
}

storage_test!(
    provisioning_creates_users_and_groups_once,
    |t: TestDb| async move {
        let Scene {
            hub,
            _dir,
            state,
            mut w,
        } = scene(
            &t,
            TestHub::start().await,
            common::jupyterhub::TOKEN,
            "platform",
            "catalyst\nols-cohort-9",
            true,
        )
        .await;
        let names: Vec<String> = [
            "María José Núñez",
            "JOÃO   Gonçalves",
            "Ngozi Okonjo-Iweala",
            "Ana Souza",
            "Ana Souza",
            "Jose\u{301} Pe\u{301}rez", // decomposed accents
        ]
        .map(String::from)
        .to_vec();
        add_learners(&state, &mut w, &names).await;
        progress::enroll(&state.db, w.learners[0], "first-steps", None)
            .await
            .unwrap();
        // Enrolling queued a job for that learner already (the hub keeps course groups).
        assert_eq!(hub_jobs(&state, &w).await.len(), 1);

        let queued = provisioning::sync_institution(&state.db, &w.hub, false, Some(w.organizer.id))
            .await
            .unwrap();
        assert_eq!(queued.jobs, 5, "the enrolled learner is already queued");
        assert_eq!(worker(&state).drain().await, 6);

        let second_ana = format!("ana-souza-{}", w.learners[4]);
        let mut expected = vec![
            "maria-jose-nunez".to_string(),
            "joao-goncalves".into(),
            "ngozi-okonjo-iweala".into(),
            "ana-souza".into(),
            second_ana.clone(),
            "jose-perez".into(),
        ];
        expected.sort();
        assert_eq!(hub.users().await, expected);
        let groups = hub.groups().await;
        assert_eq!(groups["catalyst"], expected);
        assert_eq!(groups["ols-cohort-9"], expected);
        assert_eq!(
            groups["course-first-steps"],
            vec!["maria-jose-nunez".to_string()]
        );
        let accounts = accounts(&state, &w).await;
        assert!(
            accounts.iter().all(|a| a.status == status::READY),
            "{accounts:?}"
        );

        // A second, full run: every account re-checked, nothing changes on the hub or here.
        let before_groups = groups;
        let again = provisioning::sync_institution(&state.db, &w.hub, true, None)
            .await
            .unwrap();
        assert_eq!(again.jobs, 6);
        assert_eq!(worker(&state).drain().await, 6);
        assert_eq!(hub.users().await, expected);
        assert_eq!(hub.groups().await, before_groups);
        let after = common::hub_world::accounts(&state, &w).await;
        let strip = |v: &[hub_account::Model]| {
            v.iter()
                .map(|a| {
                    (
                        a.user_id,
                        a.hub_username.clone(),
                        a.status.clone(),
                        a.groups.clone(),
                        a.ready_at,
                    )
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(strip(&after), strip(&accounts));
        // The ordinary sync has nothing left to do.
        assert_eq!(
            provisioning::sync_institution(&state.db, &w.hub, false, None)
                .await
                .unwrap()
                .jobs,
            0
        );
        let done = hub_jobs(&state, &w).await;
        assert!(
            done.iter()
                .all(|j| j.status == queue::DONE && j.attempts == 1),
            "{done:?}"
        );
    }
);

storage_test!(
    a_bad_token_fails_clearly_without_retries,
    |t: TestDb| async move {
        let Scene {
            hub,
            _dir,
            state,
            mut w,
        } = scene(
            &t,
            TestHub::start().await,
            "not-the-right-token",
            "email-local",
            "",
            false,
        )
        .await;
        add_learners(&state, &mut w, &numbered("Learner", 3)).await;

        let check = registry::check_connection(&w.organizer, &state, w.hub.id)
            .await
            .unwrap();
        assert!(check.reachable && !check.token_ok && !check.passed());
        assert_eq!(check.error_key.as_deref(), Some("hub-check-token-refused"));
        assert!(check.error_detail.unwrap().contains("403"));

        provisioning::sync_institution(&state.db, &w.hub, false, None)
            .await
            .unwrap();
        assert_eq!(worker(&state).drain().await, 3);
        for a in accounts(&state, &w).await {
            assert_eq!(a.status, status::FAILED);
            assert_eq!(a.error_key.as_deref(), Some("hub-error-token"));
            // The status, never the hub's own words.
            let detail = a.error_detail.unwrap();
            assert!(
                detail.contains("403") && !detail.contains("credentials"),
                "{detail}"
            );
        }
        for j in hub_jobs(&state, &w).await {
            assert_eq!(
                (j.status.as_str(), j.attempts),
                (queue::FAILED, 1),
                "no retry for a refused token"
            );
        }
        assert!(hub.users().await.is_empty());

        // The organizer enters the right token and retries every failure.
        registry::update(
            &w.organizer,
            &state,
            w.hub.id,
            &registry::HubForm {
                institution_id: w.institution_id.to_string(),
                name: w.hub.name.clone(),
                base_url: w.hub.base_url.clone(),
                token: common::jupyterhub::TOKEN.into(),
                username_scheme: "email-local".into(),
                default_groups: String::new(),
                course_groups: false,
                name_prefix: String::new(),
            },
        )
        .await
        .unwrap();
        let retried = provisioning::retry_failed(&state.db, &w.hub, None, None)
            .await
            .unwrap();
        assert_eq!(retried.jobs, 3);
        worker(&state).drain().await;
        assert_eq!(count_status(&state, &w, status::READY).await, 3);
        assert_eq!(hub.users().await.len(), 3);
    }
);

storage_test!(missing_scopes_are_named, |t: TestDb| async move {
    let Scene {
        hub: _hub,
        _dir,
        state,
        w,
    } = scene(
        &t,
        TestHub::start_with_scopes("list:users,read:hub").await,
        common::jupyterhub::TOKEN,
        "email",
        "",
        false,
    )
    .await;
    let check = registry::check_connection(&w.organizer, &state, w.hub.id)
        .await
        .unwrap();
    assert!(check.reachable && check.token_ok && !check.passed());
    assert_eq!(check.missing_scopes, vec!["admin:users", "admin:groups"]);
    assert_eq!(check.missing_optional, vec!["delete:servers"]);
    assert_eq!(check.version.as_deref(), Some("6.1.1"));
    assert!(check.warn_allow_existing_users);
    assert_eq!(
        check.authenticator.as_deref(),
        Some("jupyterhub.auth.DummyAuthenticator")
    );
    // Stored with the hub for its page.
    let stored = registry::last_check(&registry::find(&state.db, w.hub.id).await.unwrap()).unwrap();
    assert_eq!(stored, check);

    let full = TestHub::start().await;
    let ok = registry::probe(&full.client()).await;
    assert!(ok.passed(), "{ok:?}");
    assert!(ok.missing_optional.is_empty());
});

storage_test!(
    a_hub_that_stops_mid_batch_ends_with_everyone_once,
    |t: TestDb| async move {
        let Scene {
            mut hub,
            _dir,
            state,
            mut w,
        } = scene(
            &t,
            TestHub::start().await,
            common::jupyterhub::TOKEN,
            "platform",
            "catalyst",
            false,
        )
        .await;
        add_learners(&state, &mut w, &numbered("Participante", 40)).await;
        provisioning::sync_institution(&state.db, &w.hub, false, None)
            .await
            .unwrap();

        let (stop_tx, mut stop_rx) = tokio::sync::watch::channel(false);
        let running = tokio::spawn(worker(&state).run(
            std::time::Duration::from_millis(100),
            async move {
                let _ = stop_rx.wait_for(|s| *s).await;
            },
        ));
        // Let some accounts through, then take the hub away for a while.
        for _ in 0..300 {
            if count_status(&state, &w, status::READY).await >= 5 {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
        hub.stop();
        let during = count_status(&state, &w, status::READY).await;
        assert!(during < 40, "the hub stopped before the batch ended");
        tokio::time::sleep(std::time::Duration::from_secs(3)).await;
        hub.spawn().await;
        wait_all_ready(&state, &w, 120).await;
        let _ = stop_tx.send(true);
        running.await.unwrap();

        let expected: Vec<String> = (1..=40).map(|i| format!("participante-{i:03}")).collect();
        assert_eq!(hub.users().await, expected, "every learner exactly once");
        assert_eq!(hub.groups().await["catalyst"], expected);
        let jobs = hub_jobs(&state, &w).await;
        assert_eq!(jobs.len(), 40);
        assert!(jobs.iter().all(|j| j.status == queue::DONE));
        assert!(
            jobs.iter().any(|j| j.attempts > 1),
            "some jobs met the outage and were retried"
        );
    }
);

storage_test!(
    deprovisioning_deletes_or_only_suspends,
    |t: TestDb| async move {
        let Scene {
            hub,
            _dir,
            state,
            mut w,
        } = scene(
            &t,
            TestHub::start().await,
            common::jupyterhub::TOKEN,
            "platform",
            "catalyst",
            false,
        )
        .await;
        add_learners(&state, &mut w, &["Ana Lima".into(), "Bruno Dias".into()]).await;
        provisioning::sync_institution(&state.db, &w.hub, false, None)
            .await
            .unwrap();
        worker(&state).drain().await;
        assert_eq!(hub.users().await, vec!["ana-lima", "bruno-dias"]);

        let q = provisioning::queue_deprovision(
            &state.db,
            &w.hub,
            Some(&[w.learners[0]]),
            Deprovision::Delete,
            None,
        )
        .await
        .unwrap();
        assert_eq!(q.jobs, 1);
        provisioning::queue_deprovision(
            &state.db,
            &w.hub,
            Some(&[w.learners[1]]),
            Deprovision::StopOnly,
            None,
        )
        .await
        .unwrap();
        assert_eq!(worker(&state).drain().await, 2);
        assert_eq!(
            hub.users().await,
            vec!["bruno-dias"],
            "deleted on the hub, the other kept"
        );
        let groups: BTreeMap<String, Vec<String>> = hub.groups().await;
        assert!(
            groups["catalyst"].is_empty(),
            "removed from the platform's groups"
        );
        let a = accounts(&state, &w).await;
        assert_eq!(
            (a[0].status.as_str(), a[1].status.as_str()),
            (status::REMOVED, status::SUSPENDED)
        );
        // Running it again is harmless.
        provisioning::queue_deprovision(&state.db, &w.hub, None, Deprovision::Delete, None)
            .await
            .unwrap();
        worker(&state).drain().await;
        assert!(hub.users().await.is_empty());
        assert!(accounts(&state, &w)
            .await
            .iter()
            .all(|a| a.status == status::REMOVED));
    }
);

storage_test!(
    learners_see_their_own_account_and_reason,
    |t: TestDb| async move {
        let Scene {
            hub,
            _dir,
            state,
            mut w,
        } = scene(
            &t,
            TestHub::start().await,
            common::jupyterhub::TOKEN,
            "github",
            "",
            false,
        )
        .await;
        add_learners(&state, &mut w, &["Chidi Okafor".into()]).await;
        let me = people::current_user(&state.db, w.learners[0])
            .await
            .unwrap()
            .unwrap();
        let mine = overview::my_account(&state.db, &me).await.unwrap().unwrap();
        assert_eq!(
            (mine.status.as_str(), mine.hub_url.clone()),
            (status::PENDING, format!("{}/hub/", hub.url()))
        );

        // No GitHub username yet: refused before any call, with a reason the learner can act on.
        let q = provisioning::sync_institution(&state.db, &w.hub, false, None)
            .await
            .unwrap();
        assert_eq!(
            (q.jobs, q.refused.clone()),
            (0, vec![(w.learners[0], "hub-error-no-github")])
        );
        let mine = overview::my_account(&state.db, &me).await.unwrap().unwrap();
        assert_eq!(
            (mine.status.as_str(), mine.error_key.as_deref()),
            (status::FAILED, Some("hub-error-no-github"))
        );

        // Adding the username queues the account again by itself.
        assert!(people::set_github_username(&state.db, me.id, "not valid!")
            .await
            .is_err());
        people::set_github_username(&state.db, me.id, "Chidi-O")
            .await
            .unwrap();
        let mine = overview::my_account(&state.db, &me).await.unwrap().unwrap();
        assert_eq!(mine.status, status::PENDING);
        assert_eq!(worker(&state).drain().await, 1);
        let mine = overview::my_account(&state.db, &me).await.unwrap().unwrap();
        assert_eq!(
            (mine.status.as_str(), mine.hub_username.as_deref()),
            (status::READY, Some("chidi-o"))
        );
        assert_eq!(hub.users().await, vec!["chidi-o"]);

        // Only staff may see a hub's members.
        assert!(overview::members(&me, &state.db, &w.hub).await.is_err());
        let rows = overview::members(&w.organizer, &state.db, &w.hub)
            .await
            .unwrap();
        assert_eq!(rows.len(), 1);
    }
);

storage_test!(
    names_taken_on_the_hub_are_never_taken_over,
    |t: TestDb| async move {
        use domain::hubs::adoption;
        // The hub has an administrator and a person who signed in before the academy came.
        let hub = TestHub::start_with_admins("carla-admin").await;
        hub.client().create_user("bruno-dias").await.unwrap();
        let Scene {
            hub,
            _dir,
            state,
            mut w,
        } = scene(
            &t,
            hub,
            common::jupyterhub::TOKEN,
            "platform",
            "catalyst",
            false,
        )
        .await;
        let names = ["Ana Lima", "Bruno Dias", "Carla Admin", "Admin"].map(String::from);
        add_learners(&state, &mut w, &names).await;
        let q = provisioning::sync_institution(&state.db, &w.hub, false, None)
            .await
            .unwrap();
        // A reserved name is never asked for.
        assert_eq!(q.refused, vec![(w.learners[3], "hub-error-reserved-name")]);
        worker(&state).drain().await;
        let a = accounts(&state, &w).await;
        let states: Vec<(&str, Option<&str>, Option<&str>)> = a
            .iter()
            .map(|a| {
                (
                    a.status.as_str(),
                    a.origin.as_deref(),
                    a.error_key.as_deref(),
                )
            })
            .collect();
        assert_eq!(
            states,
            vec![
                (status::READY, Some("created"), None),
                (
                    status::CONFLICT,
                    Some("adopted"),
                    Some("hub-error-name-taken")
                ),
                (
                    status::CONFLICT,
                    Some("adopted"),
                    Some("hub-error-name-admin")
                ),
                (status::FAILED, None, Some("hub-error-reserved-name")),
            ]
        );
        // Found users are put in no group.
        assert_eq!(hub.groups().await["catalyst"], vec!["ana-lima"]);
        let collisions = adoption::collisions(&state.db, w.hub.id).await.unwrap();
        assert_eq!(collisions.len(), 2);

        // An administrator cannot be linked; another user needs the box ticked.
        let e = adoption::confirm(&w.organizer, &state.db, &w.hub, w.learners[2], true)
            .await
            .unwrap_err();
        assert_eq!(e.message_key(), "error-hub-adopt-admin");
        let e = adoption::confirm(&w.organizer, &state.db, &w.hub, w.learners[1], false)
            .await
            .unwrap_err();
        assert_eq!(e.message_key(), "error-hub-confirm-required");
        let me = people::current_user(&state.db, w.learners[0])
            .await
            .unwrap()
            .unwrap();
        assert!(
            adoption::confirm(&me, &state.db, &w.hub, w.learners[1], true)
                .await
                .is_err()
        );

        // The end of the year, deleting: only the user the platform made goes.
        provisioning::queue_deprovision(&state.db, &w.hub, None, Deprovision::Delete, None)
            .await
            .unwrap();
        worker(&state).drain().await;
        assert_eq!(
            hub.users().await,
            vec!["bruno-dias", "carla-admin"],
            "found users are never deleted unconfirmed"
        );
        let admin = hub.client().get_user("carla-admin").await.unwrap().unwrap();
        assert!(admin.admin);
    }
);

storage_test!(
    a_confirmed_hub_user_is_managed_like_one_created,
    |t: TestDb| async move {
        use domain::hubs::adoption;
        let hub = TestHub::start().await;
        hub.client().create_user("bruno-dias").await.unwrap();
        let Scene {
            hub,
            _dir,
            state,
            mut w,
        } = scene(
            &t,
            hub,
            common::jupyterhub::TOKEN,
            "platform",
            "catalyst",
            false,
        )
        .await;
        add_learners(&state, &mut w, &["Bruno Dias".into()]).await;
        provisioning::sync_institution(&state.db, &w.hub, false, None)
            .await
            .unwrap();
        worker(&state).drain().await;
        assert!(hub
            .groups()
            .await
            .get("catalyst")
            .is_none_or(|g| g.is_empty()));
        let q = adoption::confirm(&w.organizer, &state.db, &w.hub, w.learners[0], true)
            .await
            .unwrap();
        assert_eq!(q.jobs, 1);
        worker(&state).drain().await;
        let a = &accounts(&state, &w).await[0];
        assert_eq!(
            (a.status.as_str(), a.adoption_confirmed_by),
            (status::READY, Some(w.organizer.id))
        );
        assert_eq!(hub.groups().await["catalyst"], vec!["bruno-dias"]);
        provisioning::queue_deprovision(&state.db, &w.hub, None, Deprovision::Delete, None)
            .await
            .unwrap();
        worker(&state).drain().await;
        assert!(hub.users().await.is_empty(), "deleted once confirmed");
    }
);
