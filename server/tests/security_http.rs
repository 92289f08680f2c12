//! Findings of the security review, each replayed over HTTP: markup in data-driven titles,
//! markup refused at the door, oversized and overlong forms refused before parsing, the
//! sign-in redirect that must stay on this site, and the headers of an https deployment.
mod common;
use common::*;
use domain::entities::partner_application;
use sea_orm::{ActiveValue::Set, EntityTrait, PaginatorTrait};

const PAYLOAD: &str = "</title><meta http-equiv=refresh content=0;url=https://evil.example>";

fn title_of(html: &str) -> &str {
    let start = html.find("<title>").expect("a title") + "<title>".len();
    let end = html[start..].find("</title>").expect("the title ends") + start;
    &html[start..end]
}

both_backends!(data_driven_titles_are_escaped, |app: TestApp| async move {
    // A row that got in before names were checked at the door (or any other way).
    let row = partner_application::ActiveModel {
        institution: Set(PAYLOAD.into()),
        country: Set("Chile".into()),
        website: Set("https://uno.example.cl".into()),
        contact_name: Set(format!("Ana {PAYLOAD}")),
        contact_email: Set("ana@uno.example.cl".into()),
        locale: Set("es".into()),
        research: Set("x".into()),
        expected_users: Set(3),
        open_science: Set("x".into()),
        infrastructure: Set(String::new()),
        status: Set("new".into()),
        notes: Set(String::new()),
        decision_message: Set(None),
        institution_id: Set(None),
        decided_by: Set(None),
        decided_at: Set(None),
        created_at: Set(chrono::Utc::now()),
        ..Default::default()
    };
    let id = partner_application::Entity::insert(row)
        .exec(&app.state.db)
        .await
        .unwrap()
        .last_insert_id;
    let organizer = browser();
    app.sign_in(&organizer, "organizer").await;
    let (status, html) = app.get(&organizer, &format!("/admin/partners/{id}")).await;
    assert_eq!(status, 200);
    let title = title_of(&html);
    assert!(
        title.contains("&lt;/title&gt;&lt;meta http-equiv=refresh"),
        "escaped in <title>: {title}"
    );
    assert!(
        !html.contains("<meta http-equiv=refresh"),
        "no live refresh anywhere in the page"
    );
});

both_backends!(
    names_with_markup_are_refused_at_the_door,
    |app: TestApp| async move {
        let visitor = browser();
        let csrf = app.csrf(&visitor, "/partners/apply").await;
        let r = app
            .post(
                &visitor,
                "/api/apply_partner",
                &[
                    ("csrf", &csrf),
                    ("institution", "</title><script>alert(1)</script>"),
                    ("country", "Chile"),
                    ("website", "https://uno.example.cl"),
                    ("contact_name", "Uno"),
                    ("contact_email", "uno@uno.example.cl"),
                    ("locale", "en"),
                    ("research", "Genómica."),
                    ("expected_users", "10"),
                    ("open_science", "Datos abiertos."),
                ],
            )
            .await;
        assert_eq!(r.headers()["location"], "/partners/apply");
        let (_, page) = app.get(&visitor, "/partners/apply").await;
        assert!(
            page.contains("Use plain text here"),
            "a clear error on the field"
        );
        assert!(
            page.contains("&lt;/title&gt;&lt;script&gt;"),
            "what was typed comes back as text"
        );
        assert!(!page.contains("<script>alert(1)"));
        assert_eq!(
            partner_application::Entity::find()
                .count(&app.state.db)
                .await
                .unwrap(),
            0,
            "nothing stored"
        );
    }
);

both_backends!(
    large_and_overlong_forms_are_refused_before_parsing,
    |app: TestApp| async move {
        let learner = browser();
        app.sign_in(&learner, "learner").await;
        let csrf = app.csrf(&learner, "/account").await;
        // 40,000 fields, 0.5 MiB, the CSRF token in the query (so the middleware reads no
        // form field): refused by size before any handler runs.
        let big: String = (0..40_000)
            .map(|i| format!("level_{i}=1"))
            .collect::<Vec<_>>()
            .join("&");
        assert!(big.len() > 400_000);
        let r = learner
            .post(format!("{}/grading/1/grade?csrf={csrf}", app.base))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(big)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 413);
        assert!(r.text().await.unwrap().contains("Too much at once"));
        // Small but with too many fields.
        let many: String = (0..3_000).map(|_| "a=1").collect::<Vec<_>>().join("&");
        assert!(many.len() < academy::limits::FORM_MAX_BYTES);
        let r = learner
            .post(format!("{}/grading/1/grade?csrf={csrf}", app.base))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(many)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 413);
    }
);

both_backends!(sign_in_stays_on_this_site, |app: TestApp| async move {
    for next in [
        "/\t/evil.example",
        "/\n/evil.example",
        "//evil.example",
        "/\\evil.example",
    ] {
        let c = browser();
        let csrf = app.csrf(&c, "/login").await;
        let r = app
            .post(
                &c,
                "/api/sign_in",
                &[
                    ("csrf", &csrf),
                    ("email", "learner@example.org"),
                    ("password", "test-password-1"),
                    ("next", next),
                ],
            )
            .await;
        assert_eq!(r.status().as_u16(), 302, "{next:?}");
        assert_eq!(r.headers()["location"], "/", "{next:?}");
    }
});
