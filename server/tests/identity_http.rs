//! Identity over HTTP, as a browser without JavaScript: a translator outside a cohort types an
//! organizer's GitHub username from the cohort's public files and is still refused the
//! cohort page, its dashboard and the participants export (403) until an organizer confirms
//! the claim listed on the cohort page. Nobody else can take that username. SQLite and
//! PostgreSQL.
mod common;
use common::*;
use domain::{
    accounts::{people, EmailAddress},
    cohorts::{apply, import},
    entities::cohort_claim,
};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

const SLUG: &str = "catalyst-2027";

fn fixture(name: &str) -> String {
    let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .join("end2end/fixtures/cohorts/catalyst-2027");
    std::fs::read_to_string(root.join(name)).unwrap()
}

async fn user_id(app: &TestApp, role: &str) -> i32 {
    people::find_by_email(
        &app.state.db,
        &EmailAddress::parse(&format!("{role}@example.org")).unwrap(),
    )
    .await
    .unwrap()
    .unwrap()
    .id
}

async fn import_cohort(app: &TestApp) {
    let staff = people::current_user(&app.state.db, user_id(app, "organizer").await)
        .await
        .unwrap()
        .unwrap();
    let up = import::Upload {
        slug: SLUG.into(),
        name: "Open Seeds 2027 — Catalyst track".into(),
        programme: "OLS Open Seeds".into(),
        timezone: "UTC".into(),
        metadata: fixture("metadata.yaml"),
        projects: fixture("projects.yaml"),
        schedule: fixture("schedule.yaml"),
        participants: fixture("participants.csv"),
    };
    let id = import::store(&app.state.db, &staff, &up).await.unwrap();
    apply::apply_stored(&app.state, &staff, id).await.unwrap();
}

async fn set_github(app: &TestApp, c: &reqwest::Client, handle: &str) -> reqwest::Response {
    let csrf = app.csrf(c, "/account").await;
    app.post(
        c,
        "/api/set_github_username",
        &[("csrf", &csrf), ("github_username", handle)],
    )
    .await
}

both_backends!(
    a_typed_organizer_username_opens_nothing,
    |app: TestApp| async move {
        import_cohort(&app).await;
        let translator = browser();
        app.sign_in(&translator, "translator").await;
        let r = set_github(&app, &translator, "bebatut").await;
        assert!(r.status().is_redirection(), "{}", r.status());
        for path in [
            format!("/cohorts/{SLUG}"),
            format!("/cohorts/{SLUG}/dashboard"),
            format!("/cohorts/{SLUG}/export/participants.csv"),
            format!("/cohorts/{SLUG}/export/dashboard.csv"),
        ] {
            let (status, body) = app.get(&translator, &path).await;
            assert_eq!(status, 403, "{path}");
            assert!(!body.contains("@example.ng"), "{path} leaks addresses");
        }
        let (_, account) = app.get(&translator, "/account").await;
        assert!(
            account.contains("id=\"github-status\""),
            "shown as unconfirmed"
        );

        // Nobody else may hold it, in any case.
        let learner = browser();
        app.sign_in(&learner, "learner").await;
        set_github(&app, &learner, "BEBATUT").await;
        assert_eq!(
            people::github_username(&app.state.db, user_id(&app, "learner").await)
                .await
                .unwrap(),
            None
        );

        // The claim is on the cohort page for its organizers.
        let organizer = browser();
        app.sign_in(&organizer, "organizer").await;
        let (status, page) = app.get(&organizer, &format!("/cohorts/{SLUG}")).await;
        assert_eq!(status, 200);
        assert!(page.contains("id=\"claims\""));
        assert!(page.contains("translator@example.org"), "who claimed");
        let claim = cohort_claim::Entity::find()
            .filter(cohort_claim::Column::UserId.eq(user_id(&app, "translator").await))
            .one(&app.state.db)
            .await
            .unwrap()
            .unwrap();
        let claim_id = claim.id.to_string();
        let decide = |who: &reqwest::Client, csrf: String| {
            let (app, who, claim_id) = (&app, who.clone(), claim_id.clone());
            async move {
                app.post(
                    &who,
                    "/api/decide_cohort_claim",
                    &[
                        ("csrf", csrf.as_str()),
                        ("slug", SLUG),
                        ("claim", claim_id.as_str()),
                        ("decision", "confirm"),
                    ],
                )
                .await
            }
        };
        // The claimant cannot confirm their own claim, nor can a learner.
        for who in [&translator, &learner] {
            let csrf = app.csrf(who, "/account").await;
            decide(who, csrf).await;
        }
        let (status, _) = app
            .get(
                &translator,
                &format!("/cohorts/{SLUG}/export/participants.csv"),
            )
            .await;
        assert_eq!(status, 403, "still refused");
        // Without the CSRF token the organizer's confirmation is refused too.
        decide(&organizer, "wrong".into()).await;
        let (status, _) = app
            .get(&translator, &format!("/cohorts/{SLUG}/dashboard"))
            .await;
        assert_eq!(status, 403, "still refused");

        let csrf = app.csrf(&organizer, &format!("/cohorts/{SLUG}")).await;
        let r = decide(&organizer, csrf).await;
        assert!(r.status().is_redirection(), "{}", r.status());
        for path in [
            format!("/cohorts/{SLUG}/dashboard"),
            format!("/cohorts/{SLUG}/export/participants.csv"),
        ] {
            let (status, _) = app.get(&translator, &path).await;
            assert_eq!(status, 200, "{path} after confirmation");
        }
    }
);
