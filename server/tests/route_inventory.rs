//! The route inventory covers every page, server function and endpoint the server answers,
//! and its guard holds for every role: a visitor, a learner, a mentor, a translator, an
//! organizer, an admin, a partner lead and the lead of another institution. A route added
//! without an entry makes this test fail (and answers 404 in the meantime).
mod common;
use academy::route_inventory::{find, Access, Decision, Kind, REFUSED_HEADER, ROUTES};
use common::*;
use domain::{
    accounts::{
        institutions::{self, InstitutionForm},
        people, CurrentUser, EmailAddress, Role,
    },
    entities::user,
    i18n::Locale,
};
use sea_orm::{prelude::*, ActiveValue::Set};

/// `{slug}` (axum) and `:slug` (the inventory) name the same thing.
fn normalize(path: &str) -> String {
    path.split('/')
        .map(
            |seg| match seg.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
                Some(name) => format!(":{name}"),
                None => seg.to_owned(),
            },
        )
        .collect::<Vec<_>>()
        .join("/")
}

/// A concrete path for a pattern: numbers for ids, a real course and lesson, words otherwise.
fn sample(pattern: &str, own_institution: i32) -> String {
    if let Some(prefix) = pattern.strip_suffix('*') {
        return format!("{prefix}academy.css");
    }
    pattern
        .split('/')
        .map(|seg| match seg {
            ":id" => own_institution.to_string(),
            ":slug" | ":course" => "first-steps".to_owned(),
            ":lesson" => "01-welcome".to_owned(),
            ":locale" => "es".to_owned(),
            ":file" => "main".to_owned(),
            s if s.starts_with(':') => "1".to_owned(),
            s => s.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("/")
}

#[test]
fn every_page_and_server_function_is_listed_and_nothing_listed_is_stale() {
    let pages: Vec<String> = leptos_axum::generate_route_list(app::App)
        .iter()
        .map(|r| normalize(r.path()))
        .collect();
    assert!(pages.len() > 30, "the route list was read: {pages:?}");
    for page in &pages {
        assert!(
            ROUTES
                .iter()
                .any(|r| r.kind == Kind::Page && r.pattern == page),
            "page {page} has no entry in server/src/route_table.rs"
        );
    }
    let fns: Vec<String> = leptos::server_fn::axum::server_fn_paths()
        .map(|(p, _)| p.to_owned())
        .collect();
    assert!(fns.len() > 50, "server functions registered: {}", fns.len());
    for f in &fns {
        assert!(
            ROUTES
                .iter()
                .any(|r| r.kind == Kind::ServerFn && r.pattern == f),
            "server function {f} has no entry in server/src/route_table.rs"
        );
    }
    for r in ROUTES {
        match r.kind {
            Kind::Page => assert!(
                pages.iter().any(|p| p == r.pattern),
                "stale page entry {}",
                r.pattern
            ),
            Kind::ServerFn => assert!(
                fns.iter().any(|p| p == r.pattern),
                "stale server function entry {}",
                r.pattern
            ),
            _ => {}
        }
    }
}

#[test]
fn the_table_says_what_each_kind_of_person_may_reach() {
    let person = |roles: &[Role], institution: Option<i32>| CurrentUser {
        id: 1,
        name: "x".into(),
        email: "x@example.org".into(),
        locale: Locale::En,
        roles: roles.to_vec(),
        institution_id: institution,
    };
    let learner = person(&[Role::Learner], None);
    let lead = person(&[Role::PartnerLead], Some(7));
    let organizer = person(&[Role::Organizer], None);
    let translator = person(&[Role::Translator], None);
    let get = http::Method::GET;
    let post = http::Method::POST;
    let decide = |m: &http::Method, path: &str, who: Option<&CurrentUser>| {
        let (route, id) = find(m, path).unwrap_or_else(|| panic!("{path} is listed"));
        route.access.decide(who, id)
    };
    assert_eq!(
        decide(&get, "/admin/people", Some(&learner)),
        Decision::Forbid
    );
    assert_eq!(decide(&get, "/admin/people", None), Decision::SignIn);
    assert_eq!(
        decide(&get, "/admin/people", Some(&organizer)),
        Decision::Allow
    );
    assert_eq!(
        decide(&post, "/api/set_roles", Some(&lead)),
        Decision::Forbid
    );
    assert_eq!(decide(&get, "/partnership/7", Some(&lead)), Decision::Allow);
    assert_eq!(
        decide(&get, "/partnership/8", Some(&lead)),
        Decision::Forbid
    );
    assert_eq!(
        decide(&get, "/partnership/8/report.csv", Some(&lead)),
        Decision::Forbid
    );
    assert_eq!(decide(&get, "/translate", Some(&learner)), Decision::Forbid);
    assert_eq!(
        decide(&post, "/api/save_message", Some(&translator)),
        Decision::Allow
    );
    assert_eq!(
        decide(&post, "/api/save_message", Some(&organizer)),
        Decision::Forbid
    );
    assert_eq!(
        decide(&get, "/courses/first-steps/01-welcome", None),
        Decision::Allow
    );
    assert_eq!(
        decide(&post, "/grading/4/assign", Some(&learner)),
        Decision::Forbid
    );
    assert!(find(&get, "/no/such/page").is_none(), "unlisted: 404");
    assert!(find(&http::Method::DELETE, "/api/sign_in").is_none());
    assert_eq!(Access::Public.decide(None, None), Decision::Allow);
}

both_backends!(
    the_guard_holds_for_every_route_and_every_role,
    |app: TestApp| async move {
        let db = &app.state.db;
        let staff =
            people::find_by_email(db, &EmailAddress::parse("organizer@example.org").unwrap())
                .await
                .unwrap()
                .unwrap();
        let staff = people::current_user(db, staff.id).await.unwrap().unwrap();
        let mut ids = vec![];
        for name in ["Instituto Uno", "Instituto Dos"] {
            ids.push(
                institutions::create(
                    &staff,
                    db,
                    &InstitutionForm {
                        name: name.into(),
                        country: "Chile".into(),
                        partnership_start: "2026-01-01".into(),
                        partnership_end: "2026-12-31".into(),
                    },
                )
                .await
                .unwrap(),
            );
        }
        let lead = people::find_by_email(
            db,
            &EmailAddress::parse("partner_lead@example.org").unwrap(),
        )
        .await
        .unwrap()
        .unwrap();
        user::ActiveModel {
            id: Set(lead.id),
            institution_id: Set(Some(ids[0])),
            ..Default::default()
        }
        .update(db)
        .await
        .unwrap();
        let other = EmailAddress::parse("other_lead@example.org").unwrap();
        people::create(
            db,
            people::NewPerson {
                email: &other,
                name: "Otra",
                locale: Locale::Es,
                password: "test-password-1",
                institution_id: Some(ids[1]),
                roles: &[Role::PartnerLead],
            },
        )
        .await
        .unwrap();

        let people_to_try = [
            None,
            Some("learner"),
            Some("mentor"),
            Some("translator"),
            Some("organizer"),
            Some("admin"),
            Some("partner_lead"),
            Some("other_lead"),
        ];
        let mut checked = 0;
        for who in people_to_try {
            let client = browser();
            let current = match who {
                None => None,
                Some(role) => {
                    app.sign_in(&client, role).await;
                    let u = people::find_by_email(
                        db,
                        &EmailAddress::parse(&format!("{role}@example.org")).unwrap(),
                    )
                    .await
                    .unwrap()
                    .unwrap();
                    people::current_user(db, u.id).await.unwrap()
                }
            };
            let csrf = app.csrf(&client, "/login").await;
            // Signing out would make the rest of the walk a visitor's: last.
            let mut routes: Vec<_> = ROUTES.iter().collect();
            routes.sort_by_key(|r| r.pattern == "/api/sign_out");
            for route in routes {
                let path = sample(route.pattern, ids[0]);
                let method = match route.kind {
                    Kind::Page | Kind::Static => "GET",
                    Kind::ServerFn => "POST",
                    Kind::Endpoint(m) => m,
                };
                let url = format!("{}{path}", app.base);
                let res = if method == "GET" {
                    client
                        .get(&url)
                        .header("accept", "text/html")
                        .send()
                        .await
                        .unwrap()
                } else {
                    client
                        .post(&url)
                        .header("accept", "text/html")
                        .form(&[("csrf", csrf.as_str())])
                        .send()
                        .await
                        .unwrap()
                };
                let status = res.status().as_u16();
                let by_guard = res
                    .headers()
                    .get(REFUSED_HEADER)
                    .map(|v| v.to_str().unwrap().to_owned());
                let label = format!("{method} {path} as {}", who.unwrap_or("visitor"));
                assert_ne!(by_guard.as_deref(), Some("unlisted"), "{label}: listed");
                let id = path.split('/').find_map(|s| s.parse::<i32>().ok());
                let expected = route.access.decide(
                    current.as_ref(),
                    id.filter(|_| route.pattern.contains(":id")),
                );
                match expected {
                    Decision::Allow => assert_eq!(by_guard, None, "{label}: let through"),
                    Decision::SignIn => {
                        assert_eq!(status, 302, "{label}");
                        assert!(
                            res.headers()["location"]
                                .to_str()
                                .unwrap()
                                .starts_with("/login?next="),
                            "{label}"
                        );
                    }
                    Decision::Forbid => {
                        assert_eq!(status, 403, "{label}");
                        assert_eq!(by_guard.as_deref(), Some("route-guard"), "{label}");
                    }
                }
                checked += 1;
            }
        }
        assert_eq!(checked, ROUTES.len() * people_to_try.len());
    }
);
