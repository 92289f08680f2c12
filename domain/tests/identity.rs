//! Identity on SQLite and PostgreSQL: a GitHub username a person types grants nothing. People
//! outside a cohort who type an organizer's, a mentor's or a host's username get no access
//! (cohort page, dashboard, participants export, grading scope, attendance) until one of the
//! cohort's organizers confirms their claim; confirming grants exactly the roles of that
//! row; rejecting leaves nothing. Usernames are unique whatever their case; an invitation
//! still links by the address it was sent to.
mod common;
use common::{
    cohort_world::{person, setting, upload},
    partner_world::join,
    TestDb,
};
use domain::{
    accounts::{people, CurrentUser, Role},
    cohorts::{
        access, apply, attendance,
        claims::{self, Decision},
        dashboard, export, import, manual,
    },
    entities::{cohort_call, cohort_claim, cohort_member, user},
    grading::scope,
    AppState, ServiceError,
};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter};

const SLUG: &str = "catalyst-2027";

async fn imported(state: &AppState) -> CurrentUser {
    let staff = setting(state).await;
    let id = import::store(&state.db, &staff, &upload()).await.unwrap();
    apply::apply_stored(state, &staff, id).await.unwrap();
    staff
}

/// Fresh roles and access for a person (roles are read at sign-in).
async fn me(state: &AppState, id: i32) -> CurrentUser {
    people::current_user(&state.db, id).await.unwrap().unwrap()
}

/// The id of a call hosted by `host` (adds one when the schedule has none).
async fn call_hosted_by(state: &AppState, staff: &CurrentUser, host: &str) -> i32 {
    let title = format!("Call with {host}");
    manual::add_call(
        state,
        staff,
        SLUG,
        &manual::CallForm {
            week: "1".into(),
            kind: "cohort".into(),
            title: title.clone(),
            date: String::new(),
            time: String::new(),
            duration: "60 min".into(),
            hosts: host.into(),
        },
    )
    .await
    .unwrap();
    cohort_call::Entity::find()
        .filter(cohort_call::Column::Title.eq(title))
        .one(&state.db)
        .await
        .unwrap()
        .unwrap()
        .id
}

fn forbidden<T: std::fmt::Debug>(r: Result<T, ServiceError>, what: &str) {
    assert!(
        matches!(r, Err(ServiceError::Forbidden)),
        "{what}: expected Forbidden, got {r:?}"
    );
}

/// Everything a cohort role could open is refused to `who`.
async fn no_access(state: &AppState, who: &CurrentUser, call: i32, what: &str) {
    forbidden(access::access(&state.db, who, SLUG).await, what);
    forbidden(
        dashboard::build(state, who, SLUG, &Default::default()).await,
        what,
    );
    forbidden(attendance::sheet(&state.db, who, SLUG, call).await, what);
    forbidden(
        attendance::record(&state.db, who, SLUG, call, &[]).await,
        what,
    );
    let s = scope::of(&state.db, who).await.unwrap();
    assert!(s.learners.is_empty(), "{what}: grading scope {s:?}");
}

async fn unlinked(state: &AppState, handle: &str) -> bool {
    cohort_member::Entity::find()
        .filter(cohort_member::Column::Handle.eq(handle))
        .all(&state.db)
        .await
        .unwrap()
        .iter()
        .all(|m| m.user_id.is_none())
}

async fn pending_claim(
    state: &AppState,
    staff: &CurrentUser,
    user_id: i32,
) -> claims::PendingClaim {
    let a = access::access(&state.db, staff, SLUG).await.unwrap();
    claims::pending(&state.db, &a)
        .await
        .unwrap()
        .into_iter()
        .find(|c| c.user_id == user_id)
        .expect("a pending claim")
}

storage_test!(
    typed_usernames_grant_nothing_until_an_organizer_confirms,
    |t: TestDb| async move {
        let dir = tempfile::tempdir().unwrap();
        let state = common::state(&t, dir.path(), &[]);
        let staff = imported(&state).await;
        // Chidi accepts his invitation: a participant of manulera's project with an account.
        let chidi = join(&state, "chidi.okafor@example.ng", "Chidi Okafor").await;
        let bebatut_call = call_hosted_by(&state, &staff, "bebatut").await;

        // Outsiders of every kind claim an organizer's, a mentor's and a host's username.
        let translator = person(&state, "tr@example.org", "Tre Translator", Role::Translator).await;
        let learner = person(&state, "le@example.org", "Lee Learner", Role::Learner).await;
        let mentor = person(&state, "me@example.org", "Mo Mentor", Role::Mentor).await;
        for (who, handle) in [
            (&translator, "bebatut"),
            (&learner, "manulera"),
            (&mentor, "TajuDDeen1"),
        ] {
            people::set_github_username(&state.db, who.id, handle)
                .await
                .unwrap();
            let who = me(&state, who.id).await;
            no_access(&state, &who, bebatut_call, handle).await;
            assert!(unlinked(&state, &handle.to_lowercase()).await, "{handle}");
            let c = pending_claim(&state, &staff, who.id).await;
            assert_eq!(c.handle, handle.to_lowercase());
            assert_eq!(
                (c.name.as_str(), c.email.as_str()),
                (who.name.as_str(), who.email.as_str())
            );
        }
        assert_eq!(
            pending_claim(&state, &staff, learner.id).await.roles,
            vec!["mentor".to_string()]
        );
        // Nobody outside the cohort's managers decides, the claimant least of all.
        let lina = people::find_by_email(
            &state.db,
            &domain::accounts::EmailAddress::parse("learner@demo.academy").unwrap(),
        )
        .await
        .unwrap()
        .unwrap();
        let lina = me(&state, lina.id).await;
        let claim = pending_claim(&state, &staff, translator.id).await.id;
        forbidden(
            claims::decide(&state.db, &lina, SLUG, claim, Decision::Confirm).await,
            "a participant",
        );
        forbidden(
            claims::decide(&state.db, &translator, SLUG, claim, Decision::Confirm).await,
            "the claimant",
        );

        // Confirmed: exactly the row's role.
        claims::decide(&state.db, &staff, SLUG, claim, Decision::Confirm)
            .await
            .unwrap();
        let translator = me(&state, translator.id).await;
        let a = access::access(&state.db, &translator, SLUG).await.unwrap();
        assert_eq!(a.roles.iter().collect::<Vec<_>>(), vec!["organizer"]);
        assert!(
            dashboard::build(&state, &translator, SLUG, &Default::default())
                .await
                .is_ok()
        );
        assert!(export::participants_csv(&state.db, &a).await.is_ok());
        assert!(
            attendance::sheet(&state.db, &translator, SLUG, bebatut_call)
                .await
                .is_ok()
        );
        let u = user::Entity::find_by_id(translator.id)
            .one(&state.db)
            .await
            .unwrap()
            .unwrap();
        assert!(u.github_verified_at.is_some(), "confirmed means verified");
        // Decided once.
        assert!(matches!(
            claims::decide(&state.db, &staff, SLUG, claim, Decision::Reject).await,
            Err(ServiceError::Invalid {
                key: "error-claim-decided",
                ..
            })
        ));

        // The mentor's username: after confirmation a mentor, not a manager, grading Chidi.
        let claim = pending_claim(&state, &staff, learner.id).await.id;
        claims::decide(&state.db, &staff, SLUG, claim, Decision::Confirm)
            .await
            .unwrap();
        let learner = me(&state, learner.id).await;
        let a = access::access(&state.db, &learner, SLUG).await.unwrap();
        assert_eq!(a.roles.iter().collect::<Vec<_>>(), vec!["mentor"]);
        assert!(!a.manages());
        forbidden(
            dashboard::build(&state, &learner, SLUG, &Default::default()).await,
            "a confirmed mentor",
        );
        forbidden(
            attendance::sheet(&state.db, &learner, SLUG, bebatut_call).await,
            "a confirmed mentor",
        );
        let s = scope::of(&state.db, &learner).await.unwrap();
        assert!(s.learners.contains(&chidi), "{s:?}");

        // Rejected: nothing, and the username is taken back.
        let claim = pending_claim(&state, &staff, mentor.id).await.id;
        claims::decide(&state.db, &staff, SLUG, claim, Decision::Reject)
            .await
            .unwrap();
        let mentor = me(&state, mentor.id).await;
        no_access(&state, &mentor, bebatut_call, "rejected").await;
        assert!(unlinked(&state, "tajuddeen1").await);
        assert_eq!(
            people::github_username(&state.db, mentor.id).await.unwrap(),
            None
        );
        // Typing it again does not ask the organizers again.
        people::set_github_username(&state.db, mentor.id, "tajuddeen1")
            .await
            .unwrap();
        let a = access::access(&state.db, &staff, SLUG).await.unwrap();
        assert!(claims::pending(&state.db, &a).await.unwrap().is_empty());
        no_access(&state, &mentor, bebatut_call, "typed again").await;
    }
);

storage_test!(
    a_call_host_is_the_linked_account_not_a_typed_username,
    |t: TestDb| async move {
        let dir = tempfile::tempdir().unwrap();
        let state = common::state(&t, dir.path(), &[]);
        let staff = imported(&state).await;
        let guest_call = call_hosted_by(&state, &staff, "guest-host").await;
        let expert_call = call_hosted_by(&state, &staff, "npdebs").await;
        let bebatut_call = call_hosted_by(&state, &staff, "bebatut").await;
        // Lina is in the cohort (a participant): typing a host's name makes her no host.
        let lina = people::find_by_email(
            &state.db,
            &domain::accounts::EmailAddress::parse("learner@demo.academy").unwrap(),
        )
        .await
        .unwrap()
        .unwrap();
        people::set_github_username(&state.db, lina.id, "guest-host")
            .await
            .unwrap();
        let lina = me(&state, lina.id).await;
        forbidden(
            attendance::sheet(&state.db, &lina, SLUG, guest_call).await,
            "a typed host name",
        );
        // Nor does typing an organizer's name make her one.
        people::set_github_username(&state.db, lina.id, "bebatut")
            .await
            .unwrap();
        let a = access::access(&state.db, &lina, SLUG).await.unwrap();
        assert_eq!(a.roles.iter().collect::<Vec<_>>(), vec!["participant"]);
        forbidden(export::participants_csv(&state.db, &a).await, "participant");
        forbidden(
            dashboard::build(&state, &lina, SLUG, &Default::default()).await,
            "participant",
        );
        forbidden(
            attendance::sheet(&state.db, &lina, SLUG, bebatut_call).await,
            "participant",
        );
        forbidden(
            attendance::record(&state.db, &lina, SLUG, guest_call, &[]).await,
            "a typed host name",
        );
        // An outsider claims the expert who hosts a call: nothing until confirmed, then that
        // call only.
        let outsider = person(&state, "x@example.org", "Xu", Role::Learner).await;
        people::set_github_username(&state.db, outsider.id, "npdebs")
            .await
            .unwrap();
        forbidden(
            attendance::sheet(&state.db, &outsider, SLUG, expert_call).await,
            "before confirmation",
        );
        let claim = pending_claim(&state, &staff, outsider.id).await;
        assert_eq!(claim.roles, vec!["expert".to_string()]);
        claims::decide(&state.db, &staff, SLUG, claim.id, Decision::Confirm)
            .await
            .unwrap();
        assert!(attendance::sheet(&state.db, &outsider, SLUG, expert_call)
            .await
            .is_ok());
        forbidden(
            attendance::sheet(&state.db, &outsider, SLUG, bebatut_call).await,
            "another host's call",
        );
        forbidden(
            attendance::sheet(&state.db, &outsider, SLUG, guest_call).await,
            "another host's call",
        );
    }
);

storage_test!(
    github_usernames_are_unique_whatever_their_case,
    |t: TestDb| async move {
        let dir = tempfile::tempdir().unwrap();
        let state = common::state(&t, dir.path(), &[]);
        let a = person(&state, "a@example.org", "Ana", Role::Learner).await;
        let b = person(&state, "b@example.org", "Bo", Role::Learner).await;
        people::set_github_username(&state.db, a.id, "Octo-Cat")
            .await
            .unwrap();
        for taken in ["Octo-Cat", "octo-cat", "OCTO-CAT", "@octo-cat"] {
            assert!(
                matches!(
                    people::set_github_username(&state.db, b.id, taken).await,
                    Err(ServiceError::Invalid {
                        field: "github_username",
                        key: "error-github-taken"
                    })
                ),
                "{taken}"
            );
        }
        // Its holder may change its case.
        people::set_github_username(&state.db, a.id, "octo-cat")
            .await
            .unwrap();
        // The database refuses a second spelling too, whatever writes it.
        let direct = user::ActiveModel {
            id: Set(b.id),
            github_username: Set(Some("OctO-cAt".into())),
            ..Default::default()
        }
        .update(&state.db)
        .await;
        assert!(
            direct.is_err(),
            "the unique index on lower(github_username)"
        );
        // Once given up, it is free.
        people::set_github_username(&state.db, a.id, "")
            .await
            .unwrap();
        people::set_github_username(&state.db, b.id, "OCTO-CAT")
            .await
            .unwrap();
        assert_eq!(
            people::github_username(&state.db, b.id)
                .await
                .unwrap()
                .as_deref(),
            Some("OCTO-CAT")
        );
    }
);

storage_test!(
    an_invitation_links_by_its_address_and_takes_the_username_back,
    |t: TestDb| async move {
        let dir = tempfile::tempdir().unwrap();
        let state = common::state(&t, dir.path(), &[]);
        let staff = imported(&state).await;
        // Someone takes Chidi's username before he joins: a claim, no link.
        let squatter = person(&state, "sq@example.org", "Squatter", Role::Learner).await;
        people::set_github_username(&state.db, squatter.id, "chidi-okafor")
            .await
            .unwrap();
        assert!(unlinked(&state, "chidi-okafor").await);
        pending_claim(&state, &staff, squatter.id).await;
        forbidden(
            access::access(&state.db, &me(&state, squatter.id).await, SLUG).await,
            "squatter",
        );

        // Chidi accepts the invitation sent to the address the CSV names.
        let chidi = join(&state, "chidi.okafor@example.ng", "Chidi Okafor").await;
        let rows = cohort_member::Entity::find()
            .filter(cohort_member::Column::Handle.eq("chidi-okafor"))
            .all(&state.db)
            .await
            .unwrap();
        assert!(!rows.is_empty());
        assert!(rows.iter().all(|m| m.user_id == Some(chidi)), "{rows:?}");
        let a = access::access(&state.db, &me(&state, chidi).await, SLUG)
            .await
            .unwrap();
        assert_eq!(a.roles.iter().collect::<Vec<_>>(), vec!["participant"]);
        let u = user::Entity::find_by_id(chidi)
            .one(&state.db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(u.github_username.as_deref(), Some("chidi-okafor"));
        assert!(u.github_verified_at.is_some());
        // The squatter lost the username and their claim.
        assert_eq!(
            people::github_username(&state.db, squatter.id)
                .await
                .unwrap(),
            None
        );
        assert!(cohort_claim::Entity::find()
            .filter(cohort_claim::Column::UserId.eq(squatter.id))
            .all(&state.db)
            .await
            .unwrap()
            .is_empty());
    }
);

storage_test!(
    the_migration_keeps_one_holder_per_username_and_verifies_invited_ones,
    |t: TestDb| async move {
        use migration::{Migrator, MigratorTrait};
        use sea_orm::ConnectionTrait;
        // Back to the schema before the identity migration (and whatever came after it).
        let all = Migrator::migrations();
        let at = all
            .iter()
            .position(|m| m.name() == "m20261130_000001_identity_claims")
            .unwrap();
        Migrator::down(&t.db, Some((all.len() - at) as u32))
            .await
            .unwrap();
        // Two spellings of one username, an empty one, and one an invitation carried.
        for (email, github) in [
            ("first@example.org", "'Octo-Cat'"),
            ("second@example.org", "'octo-cat'"),
            ("empty@example.org", "''"),
            ("invited@example.org", "'Invited-One'"),
        ] {
            t.db.execute_unprepared(&format!(
                "INSERT INTO users (email, name, locale, password_hash, active, created_at, \
                 github_username) VALUES ('{email}', 'X', 'en', 'x', TRUE, \
                 '2026-11-01 10:00:00+00:00', {github})"
            ))
            .await
            .unwrap();
        }
        t.db.execute_unprepared(
            "INSERT INTO invitations (email, role, locale, token_hash, created_at, expires_at, \
             accepted_at, github_username) VALUES ('invited@example.org', 'learner', 'en', 'h', \
             '2026-11-01 10:00:00+00:00', '2026-11-15 10:00:00+00:00', '2026-11-02 10:00:00+00:00', \
             'invited-one')",
        )
        .await
        .unwrap();
        Migrator::up(&t.db, None).await.unwrap();
        let users: std::collections::BTreeMap<String, user::Model> = user::Entity::find()
            .all(&t.db)
            .await
            .unwrap()
            .into_iter()
            .map(|u| (u.email.clone(), u))
            .collect();
        let gh = |e: &str| users[e].github_username.clone();
        assert_eq!(gh("first@example.org").as_deref(), Some("Octo-Cat"));
        assert_eq!(
            gh("second@example.org"),
            None,
            "the later holder gives it up"
        );
        assert_eq!(gh("empty@example.org"), None);
        assert!(users["first@example.org"].github_verified_at.is_none());
        assert!(
            users["invited@example.org"].github_verified_at.is_some(),
            "named by an accepted invitation to that address"
        );
    }
);

storage_test!(
    a_username_typed_before_the_import_waits_for_the_organizers,
    |t: TestDb| async move {
        let dir = tempfile::tempdir().unwrap();
        let state = common::state(&t, dir.path(), &[]);
        let early = person(&state, "early@example.org", "Eli Early", Role::Learner).await;
        people::set_github_username(&state.db, early.id, "Bebatut")
            .await
            .unwrap();
        let staff = imported(&state).await;
        assert!(
            unlinked(&state, "bebatut").await,
            "an import matches verified names only"
        );
        forbidden(
            access::access(&state.db, &me(&state, early.id).await, SLUG).await,
            "typed before the import",
        );
        let c = pending_claim(&state, &staff, early.id).await;
        assert_eq!(
            (c.handle.as_str(), c.roles.clone()),
            ("bebatut", vec!["organizer".to_string()])
        );
    }
);

storage_test!(
    every_outsider_claiming_any_role_gets_nothing,
    |t: TestDb| async move {
        let dir = tempfile::tempdir().unwrap();
        let state = common::state(&t, dir.path(), &[]);
        let staff = imported(&state).await;
        join(&state, "chidi.okafor@example.ng", "Chidi Okafor").await;
        let mut calls = vec![];
        // An organizer, a project mentor, an expert: each hosts a call.
        for handle in ["bebatut", "manulera", "npdebs"] {
            calls.push((handle, call_hosted_by(&state, &staff, handle).await));
        }
        for (i, role) in [Role::Learner, Role::Translator, Role::Mentor]
            .into_iter()
            .enumerate()
        {
            let who = person(
                &state,
                &format!("outsider{i}@example.org"),
                "Out Sider",
                role,
            )
            .await;
            for (handle, call) in &calls {
                people::set_github_username(&state.db, who.id, handle)
                    .await
                    .unwrap();
                let what = format!("{role:?} claiming {handle}");
                no_access(&state, &who, *call, &what).await;
                assert!(unlinked(&state, handle).await, "{what}");
                assert_eq!(pending_claim(&state, &staff, who.id).await.handle, *handle);
                // Giving it up withdraws the claim.
                people::set_github_username(&state.db, who.id, "")
                    .await
                    .unwrap();
                let a = access::access(&state.db, &staff, SLUG).await.unwrap();
                let pending = claims::pending(&state.db, &a).await.unwrap();
                assert!(pending.iter().all(|c| c.user_id != who.id), "{what}");
            }
        }
    }
);
