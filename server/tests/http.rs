//! The real application on a random port, driven over HTTP like a browser without JavaScript:
//! CSRF on every post, authorization per role on every staff page and server function, the
//! language choice, and security headers. Runs on SQLite and on PostgreSQL.
mod common;
use common::*;
use domain::{accounts::people, i18n::Locale};
use sea_orm::ConnectionTrait;

both_backends!(
    posts_without_a_valid_csrf_token_are_refused,
    |app: TestApp| async move {
        let c = browser();
        let csrf = app.csrf(&c, "/login").await;
        let no_token = app
            .post(
                &c,
                "/api/sign_in",
                &[
                    ("email", "admin@example.org"),
                    ("password", "test-password-1"),
                ],
            )
            .await;
        assert_eq!(no_token.status().as_u16(), 403);
        let wrong = app
            .post(
                &c,
                "/api/sign_in",
                &[
                    ("csrf", "forged"),
                    ("email", "admin@example.org"),
                    ("password", "test-password-1"),
                ],
            )
            .await;
        assert_eq!(wrong.status().as_u16(), 403);
        // A token from another browser (another CSRF cookie) does not work either.
        let other = browser();
        let r = app
            .post(
                &other,
                "/api/sign_in",
                &[
                    ("csrf", &csrf),
                    ("email", "admin@example.org"),
                    ("password", "test-password-1"),
                ],
            )
            .await;
        assert_eq!(r.status().as_u16(), 403);
        let ok = app
            .post(
                &c,
                "/api/sign_in",
                &[
                    ("csrf", &csrf),
                    ("email", "admin@example.org"),
                    ("password", "test-password-1"),
                ],
            )
            .await;
        assert_eq!(ok.status().as_u16(), 302);
    }
);

both_backends!(
    staff_pages_and_functions_are_checked_on_the_server_for_every_role,
    |app: TestApp| async move {
        let staff_pages = [
            "/admin",
            "/admin/people",
            "/admin/institutions",
            "/admin/invitations",
            "/admin/hubs",
        ];
        // Anonymous: sent to sign in.
        let anon = browser();
        for p in staff_pages {
            let r = anon
                .get(format!("{}{p}", app.base))
                .header("accept", "text/html")
                .send()
                .await
                .unwrap();
            assert_eq!(r.status().as_u16(), 302, "{p}");
            assert!(
                r.headers()["location"]
                    .to_str()
                    .unwrap()
                    .starts_with("/login?next="),
                "{p}"
            );
        }
        for role in ["learner", "mentor", "translator", "organizer", "admin"] {
            let c = browser();
            app.sign_in(&c, role).await;
            let staff = matches!(role, "organizer" | "admin");
            for p in staff_pages {
                let (status, _) = app.get(&c, p).await;
                assert_eq!(status, if staff { 200 } else { 403 }, "{role} on {p}");
            }
            // The server function behind the invitation form, posted directly.
            let csrf = app.csrf(&c, "/").await;
            let email = format!("invitee-{role}@example.org");
            app.post(
                &c,
                "/api/invite",
                &[
                    ("csrf", &csrf),
                    ("email", &email),
                    ("role", "learner"),
                    ("institution_id", ""),
                    ("locale", "pt"),
                ],
            )
            .await;
            let invited = app
                .state
                .db
                .query_one_raw(sea_orm::Statement::from_string(
                    app.state.db.get_database_backend(),
                    format!("SELECT id FROM invitations WHERE email = '{email}'"),
                ))
                .await
                .unwrap()
                .is_some();
            assert_eq!(invited, staff, "{role} inviting");
            let (_, account) = app.get(&c, "/account").await;
            assert!(
                account.contains(&format!("{role}@example.org")),
                "{role} sees their own account"
            );
        }
    }
);

both_backends!(
    hub_registry_is_staff_only_and_never_shows_the_token,
    |app: TestApp| async move {
        use domain::{entities::hub, hubs::registry};
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
        const TOKEN: &str = "very-secret-hub-token-42";
        let admin = people::current_user(&app.state.db, 5)
            .await
            .unwrap()
            .unwrap();
        for role in ["learner", "mentor", "translator", "organizer", "admin"] {
            let inst = domain::accounts::institutions::create(
                &admin,
                &app.state.db,
                &domain::accounts::institutions::InstitutionForm {
                    name: format!("Institute of {role}"),
                    country: "Kenya".into(),
                    ..Default::default()
                },
            )
            .await
            .unwrap();
            let c = browser();
            app.sign_in(&c, role).await;
            let csrf = app.csrf(&c, "/").await;
            let inst_s = inst.to_string();
            let r = app
                .post(
                    &c,
                    "/api/create_hub",
                    &[
                        ("csrf", &csrf),
                        ("institution_id", &inst_s),
                        ("name", "Hub"),
                        ("base_url", "http://127.0.0.1:9"),
                        ("token", TOKEN),
                        ("username_scheme", "email"),
                        ("default_groups", "catalyst"),
                    ],
                )
                .await;
            let staff = matches!(role, "organizer" | "admin");
            let created = hub::Entity::find()
                .filter(hub::Column::InstitutionId.eq(inst))
                .one(&app.state.db)
                .await
                .unwrap();
            assert_eq!(created.is_some(), staff, "{role} registering a hub");
            if !staff {
                assert_eq!(r.status().as_u16(), 403, "{role}");
                let sync = app
                    .post(&c, "/api/sync_hub", &[("csrf", &csrf), ("id", "1")])
                    .await;
                assert_eq!(sync.status().as_u16(), 403, "{role} syncing");
                continue;
            }
            let h = created.unwrap();
            assert!(!h.token_encrypted.contains(TOKEN), "sealed at rest");
            let (status, page) = app.get(&c, &format!("/admin/hubs/{}", h.id)).await;
            assert_eq!(status, 200);
            assert!(
                page.contains("Institute of"),
                "the hub page names its institution"
            );
            assert!(!page.contains(TOKEN), "the token is never shown again");
            // Testing the connection to a closed port says so in the page, not a crash.
            let r = app
                .post(
                    &c,
                    "/api/test_hub_connection",
                    &[("csrf", &csrf), ("id", &h.id.to_string())],
                )
                .await;
            assert_eq!(r.status().as_u16(), 302);
            // In the person's language (the organizer reads English, the admin Spanish).
            let locale = if role == "admin" {
                Locale::Es
            } else {
                Locale::En
            };
            let said = |key: &str| app.state.i18n.t(locale, key, &[]);
            let (_, page) = app.get(&c, &format!("/admin/hubs/{}", h.id)).await;
            assert!(page.contains(&said("hub-check-unreachable")), "{role}");
            let check =
                registry::last_check(&registry::find(&app.state.db, h.id).await.unwrap()).unwrap();
            assert!(!check.reachable);
            // The end of the year needs the confirmation box, checked on the server.
            app.post(
                &c,
                "/api/deprovision_hub",
                &[
                    ("csrf", &csrf),
                    ("id", &h.id.to_string()),
                    ("mode", "delete"),
                ],
            )
            .await;
            let (_, page) = app.get(&c, &format!("/admin/hubs/{}", h.id)).await;
            assert!(page.contains(&said("error-hub-confirm-required")), "{role}");
        }
    }
);

both_backends!(cohort_endpoints_check_who_asks, |app: TestApp| async move {
    use domain::cohorts::{calendar, manual};
    let admin = people::current_user(&app.state.db, 5)
        .await
        .unwrap()
        .unwrap();
    manual::create(
        &app.state,
        &admin,
        &manual::CohortForm {
            slug: "ols-x".into(),
            name: "OLS X".into(),
            starts_on: "2027-01-04".into(),
            weeks: "3".into(),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    for role in ["learner", "mentor", "organizer", "admin"] {
        let c = browser();
        app.sign_in(&c, role).await;
        let staff = matches!(role, "organizer" | "admin");
        let (status, _) = app.get(&c, "/cohorts/ols-x/export/schedule.yaml").await;
        assert_eq!(status, if staff { 200 } else { 403 }, "{role} exporting");
        let (status, _) = app.get(&c, "/cohorts/ols-x/dashboard").await;
        assert_eq!(
            status,
            if staff { 200 } else { 403 },
            "{role} on the dashboard"
        );
        let (status, _) = app.get(&c, "/admin/cohorts").await;
        assert_eq!(
            status,
            if staff { 200 } else { 403 },
            "{role} on the cohort admin page"
        );
        // The upload itself, with a valid CSRF token in the address.
        let csrf = app.csrf(&c, "/").await;
        let form = reqwest::multipart::Form::new()
            .text("slug", format!("from-{role}"))
            .text("name", "Uploaded")
            .part(
                "schedule",
                reqwest::multipart::Part::text("weeks:\n  '00':\n    start: January 04, 2027\n")
                    .file_name("schedule.yaml"),
            );
        let r = c
            .post(format!("{}/cohorts/import?csrf={csrf}", app.base))
            .multipart(form)
            .send()
            .await
            .unwrap();
        if staff {
            assert_eq!(r.status().as_u16(), 303, "{role} uploading");
            assert!(r.headers()["location"]
                .to_str()
                .unwrap()
                .starts_with("/admin/cohorts/import/"));
        } else {
            assert_eq!(r.status().as_u16(), 403, "{role} uploading");
        }
    }
    // Calendar feeds: the signed address works without a session, a forged one does not.
    let key = &app.state.config.secret_key.0;
    let anon = browser();
    let (status, body) = app
        .get(
            &anon,
            &format!(
                "/calendar/cohort/{}.ics",
                calendar::cohort_token(key, "ols-x")
            ),
        )
        .await;
    assert_eq!(status, 200);
    assert!(body.starts_with("BEGIN:VCALENDAR"));
    let (status, _) = app
        .get(
            &anon,
            "/calendar/cohort/ols-x-0000000000000000000000000000000000.ics",
        )
        .await;
    assert_eq!(status, 404);
    // A multipart post without the token is refused by the CSRF check.
    let c = browser();
    app.sign_in(&c, "admin").await;
    let r = c
        .post(format!("{}/cohorts/import", app.base))
        .multipart(reqwest::multipart::Form::new().text("slug", "no-token"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 403);
});

both_backends!(
    language_follows_profile_cookie_and_browser,
    |app: TestApp| async move {
        let c = browser();
        let r = c
            .get(format!("{}/", app.base))
            .header("accept-language", "pt-BR,pt;q=0.9")
            .send()
            .await
            .unwrap();
        assert!(r.text().await.unwrap().contains(r#"<html lang="pt""#));
        let csrf = app.csrf(&c, "/").await;
        app.post(
            &c,
            "/api/set_language",
            &[("csrf", &csrf), ("locale", "es"), ("back", "/login")],
        )
        .await;
        let (_, html) = app.get(&c, "/login").await;
        assert!(
            html.contains(r#"<html lang="es""#),
            "cookie wins over the browser"
        );
        assert!(html.contains("Iniciar sesión"));
        // Signed in, the profile's language wins: the mentor chose Spanish, translator Portuguese.
        let t = browser();
        app.sign_in(&t, "mentor").await;
        let (_, html) = app.get(&t, "/").await;
        assert!(
            html.contains(r#"<html lang="es""#),
            "mentor's profile is Spanish"
        );
    }
);

both_backends!(
    failed_forms_come_back_with_a_localized_error_and_the_typed_values,
    |app: TestApp| async move {
        let c = browser();
        let csrf = app.csrf(&c, "/").await;
        app.post(
            &c,
            "/api/set_language",
            &[("csrf", &csrf), ("locale", "pt"), ("back", "/")],
        )
        .await;
        let r = app
            .post(
                &c,
                "/api/sign_in",
                &[
                    ("csrf", &csrf),
                    ("email", "nobody@example.org"),
                    ("password", "wrong-password"),
                ],
            )
            .await;
        assert_eq!(r.headers()["location"], "/login");
        let (_, html) = app.get(&c, "/login").await;
        assert!(
            html.contains("nobody@example.org"),
            "the typed email is kept"
        );
        assert!(
            html.contains("O e-mail ou a senha"),
            "Portuguese error: {html}"
        );
        // Shown once.
        let (_, again) = app.get(&c, "/login").await;
        assert!(!again.contains("O e-mail ou a senha"));
    }
);

both_backends!(health_and_security_headers, |app: TestApp| async move {
    let c = browser();
    let r = c.get(format!("{}/healthz", app.base)).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 200);
    let r = c.get(format!("{}/login", app.base)).send().await.unwrap();
    let h = r.headers();
    let csp = h["content-security-policy"].to_str().unwrap();
    assert!(
        csp.contains("frame-ancestors 'none'") && !csp.contains("unsafe-inline"),
        "{csp}"
    );
    assert_eq!(h["x-content-type-options"], "nosniff");
    assert_eq!(h["referrer-policy"], "same-origin");
    let cookie = h
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .find(|v| v.starts_with("academy_csrf="))
        .unwrap();
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );
    let (status, _) = app.get(&c, "/no-such-page").await;
    assert_eq!(status, 404);
});
