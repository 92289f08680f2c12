//! Partner onboarding over HTTP without JavaScript: the public pages for everyone, the
//! application form's CSRF token and field errors, and the review pages for staff only.
mod common;
use common::*;

both_backends!(
    the_public_pages_and_the_review_pages_check_who_asks,
    |app: TestApp| async move {
        let visitor = browser();
        for path in ["/partners", "/partners/apply"] {
            assert_eq!(app.get(&visitor, path).await.0, 200, "{path} is public");
        }
        let fields = [
            ("institution", "Instituto Uno"),
            ("country", "Chile"),
            ("website", "https://uno.example.cl"),
            ("contact_name", "Uno"),
            ("contact_email", "uno@uno.example.cl"),
            ("locale", "es"),
            ("research", "Genómica."),
            ("expected_users", "10"),
            ("open_science", "Datos abiertos."),
        ];
        let refused = app.post(&visitor, "/api/apply_partner", &fields).await;
        assert_eq!(refused.status().as_u16(), 403, "no CSRF token");
        let csrf = app.csrf(&visitor, "/partners/apply").await;
        let mut bad = fields.to_vec();
        bad.push(("csrf", &csrf));
        bad[7] = ("expected_users", "lots");
        let r = app.post(&visitor, "/api/apply_partner", &bad).await;
        assert_eq!(r.headers()["location"], "/partners/apply");
        let (_, page) = app.get(&visitor, "/partners/apply").await;
        assert!(
            page.contains("Give a whole number between 1 and 100000."),
            "the error, in English"
        );
        assert!(
            page.contains("value=\"Instituto Uno\""),
            "what was typed is kept"
        );
        let mut good = fields.to_vec();
        good.push(("csrf", &csrf));
        let r = app.post(&visitor, "/api/apply_partner", &good).await;
        assert_eq!(r.headers()["location"], "/partners/thanks");

        for (role, status) in [
            ("learner", 403),
            ("mentor", 403),
            ("translator", 403),
            ("partner_lead", 403),
            ("organizer", 200),
            ("admin", 200),
        ] {
            let c = browser();
            app.sign_in(&c, role).await;
            assert_eq!(
                app.get(&c, "/admin/partners").await.0,
                status,
                "{role} listing applications"
            );
            assert_eq!(
                app.get(&c, "/admin/partners/1").await.0,
                status,
                "{role} opening one"
            );
        }
    }
);
