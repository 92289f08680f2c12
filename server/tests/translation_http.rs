//! The translator workspace over HTTP, per role: only translators and admins reach it, saves
//! need the CSRF token, paths outside the allow-list are 404 and write nothing, and a save
//! lands in the locale file (a copy of the project's, made for this test).
mod common;
use common::*;

both_backends!(
    only_translators_and_admins_reach_the_workspace,
    |app: TestApp| async move {
        for (role, status) in [
            ("learner", 403),
            ("mentor", 403),
            ("organizer", 403),
            ("partner_lead", 403),
            ("translator", 200),
            ("admin", 200),
        ] {
            let c = browser();
            app.sign_in(&c, role).await;
            for path in [
                "/translate",
                "/translate/es/strings/main.ftl",
                "/translate/es/strings/main.ftl/nav-home",
                "/translate/es/lessons",
                "/translate/es/lessons/first-steps/01-what-is-a-hub",
            ] {
                assert_eq!(app.get(&c, path).await.0, status, "{role} on {path}");
            }
        }
        let c = browser();
        app.sign_in(&c, "translator").await;
        for path in [
            "/translate/..%2Fen/strings/main.ftl",
            "/translate/es/strings/..%2F..%2FCargo.toml",
            "/translate/es/strings/main.ftl/no-such-id",
            "/translate/fr/strings/main.ftl",
            "/translate/es/lessons/first-steps/..%2F..%2Fcourse.toml",
        ] {
            assert_eq!(app.get(&c, path).await.0, 404, "{path}");
        }
        let csrf = app.csrf(&c, "/translate").await;
        let form = [
            ("locale", "es"),
            ("file", "../../Cargo.toml"),
            ("id", "nav-home"),
            ("body", "x"),
            ("base", ""),
            ("intent", "save"),
        ];
        let mut with = form.to_vec();
        with.push(("csrf", &csrf));
        assert_eq!(
            app.post(&c, "/api/save_message", &with)
                .await
                .status()
                .as_u16(),
            404
        );
        assert_eq!(
            app.post(&c, "/api/save_message", &form)
                .await
                .status()
                .as_u16(),
            403,
            "no CSRF token"
        );
        let learner = browser();
        app.sign_in(&learner, "learner").await;
        let lcsrf = app.csrf(&learner, "/").await;
        let ok_form = [
            ("locale", "es"),
            ("file", "main.ftl"),
            ("id", "nav-home"),
            ("body", "Inicio"),
            ("base", ""),
            ("intent", "save"),
            ("csrf", lcsrf.as_str()),
        ];
        assert_eq!(
            app.post(&learner, "/api/save_message", &ok_form)
                .await
                .status()
                .as_u16(),
            403
        );
    }
);
