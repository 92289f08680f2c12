//! What a registered hub address may reach and what the hub client accepts, against small
//! local servers standing in for hubs and for what an address could point at instead:
//! loopback, private and metadata addresses refused at connect time (names included, so DNS
//! rebinding cannot pass), no redirects, API paths the address cannot change, none of the
//! target's words repeated, answers capped in size and pages, and a hub's token sealed to
//! its hub and origin, asked for again when the address moves, with the move recorded.
mod common;
use common::{
    fake_hub::{self, json, version_ok, FakeHub},
    hub_world::world,
    TestDb,
};
use domain::{
    entities::hub,
    hubs::{
        client::{HubClient, HubError, RetryPolicy, MAX_PAGES},
        network::{CheckedResolver, HubNetwork},
        registry,
        secret::HubToken,
    },
    ServiceError,
};
use reqwest::dns::Resolve;
use sea_orm::{prelude::*, ActiveValue::Set};
use std::time::Duration;

const TOKEN: &str = "the-hubs-own-api-token-0123456789";

fn client(url: &str, network: HubNetwork) -> Result<HubClient, HubError> {
    HubClient::new(url, HubToken::new(TOKEN), network).map(|c| {
        c.with_retry(RetryPolicy {
            attempts: 1,
            base_delay: Duration::from_millis(1),
            max_delay: Duration::from_millis(1),
        })
    })
}

/// A host name from /etc/hosts, other than localhost, that resolves to the loopback.
async fn loopback_name() -> Option<String> {
    let hosts = std::fs::read_to_string("/etc/hosts").unwrap_or_default();
    for line in hosts.lines() {
        let mut words = line.split('#').next().unwrap_or("").split_whitespace();
        let Some(ip) = words
            .next()
            .and_then(|w| w.parse::<std::net::IpAddr>().ok())
        else {
            continue;
        };
        if !ip.is_loopback() {
            continue;
        }
        for name in words.filter(|w| !w.eq_ignore_ascii_case("localhost")) {
            if let Ok(found) = tokio::net::lookup_host((name, 0)).await {
                let found: Vec<_> = found.collect();
                if !found.is_empty() && found.iter().all(|a| a.ip().is_loopback()) {
                    return Some(name.to_owned());
                }
            }
        }
    }
    None
}

async fn ok_hub() -> FakeHub {
    fake_hub::start(|_, _| version_ok()).await
}

#[tokio::test]
async fn loopback_private_and_metadata_addresses_are_refused() {
    let target = ok_hub().await;
    let port = target.port;
    for (url, network) in [
        (format!("http://127.0.0.1:{port}"), HubNetwork::Public),
        (format!("https://127.0.0.1:{port}"), HubNetwork::Private),
        (
            format!("https://[::ffff:127.0.0.1]:{port}"),
            HubNetwork::Public,
        ),
        (format!("https://localhost:{port}"), HubNetwork::Public),
        (
            "https://169.254.169.254/latest/meta-data".into(),
            HubNetwork::Loopback,
        ),
        ("https://10.0.0.1".into(), HubNetwork::Public),
    ] {
        assert_eq!(
            client(&url, network).unwrap_err(),
            HubError::Blocked,
            "{url} with {network:?}"
        );
    }
    // A name is checked where it is resolved, at every connection: a name other than
    // "localhost" that leads to the loopback (from /etc/hosts here; a rebinding DNS server
    // elsewhere) passes any look at the address text and still never reaches it.
    match loopback_name().await {
        Some(host) => {
            let by_name = client(&format!("https://{host}:{port}"), HubNetwork::Public).unwrap();
            assert_eq!(
                by_name.version().await.unwrap_err(),
                HubError::Blocked,
                "{host}"
            );
        }
        None => eprintln!("no name other than localhost leads to the loopback here"),
    }
    assert_eq!(target.count(), 0, "nothing reached the loopback");
    // The resolver itself: the same name resolves only where the policy allows.
    let name = |s: &str| s.parse::<reqwest::dns::Name>().unwrap();
    let refused = CheckedResolver(HubNetwork::Public)
        .resolve(name("localhost"))
        .await
        .err()
        .unwrap();
    assert!(refused.is::<domain::hubs::network::Blocked>(), "{refused}");
    assert!(CheckedResolver(HubNetwork::Private)
        .resolve(name("localhost"))
        .await
        .is_err());
    let found: Vec<_> = CheckedResolver(HubNetwork::Loopback)
        .resolve(name("localhost"))
        .await
        .ok()
        .unwrap()
        .collect();
    assert!(found.iter().all(|a| a.ip().is_loopback()) && !found.is_empty());
}

#[tokio::test]
async fn redirects_are_not_followed() {
    let elsewhere = ok_hub().await;
    let location = format!("{}/hub/api/", elsewhere.url());
    let hub = fake_hub::start(move |_, _| {
        format!("HTTP/1.1 302 Found\r\nLocation: {location}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n").into_bytes()
    })
    .await;
    let e = client(&hub.url(), HubNetwork::Loopback)
        .unwrap()
        .version()
        .await
        .unwrap_err();
    assert_eq!(e, HubError::Redirected { status: 302 });
    assert!(!e.is_transient());
    assert_eq!(elsewhere.count(), 0, "the redirect was not followed");
}

#[tokio::test]
async fn the_address_cannot_choose_the_api_path() {
    let hub = fake_hub::start(|_, _| json("201 Created", r#"{"name": "x"}"#)).await;
    for base in [
        format!("{}/?x=", hub.url()),
        format!("{}/#", hub.url()),
        format!("{}/hub/?next=/hub/api/users/admin#", hub.url()),
    ] {
        client(&base, HubNetwork::Loopback)
            .unwrap()
            .create_user("x")
            .await
            .unwrap();
    }
    let targets: Vec<String> = hub.requests().into_iter().map(|s| s.target).collect();
    assert_eq!(targets, vec!["/hub/api/users/x"; 3]);
}

#[tokio::test]
async fn the_targets_words_are_never_repeated() {
    // Whatever answers at the address writes something secret in its error and its body.
    let hub = fake_hub::start(|s, _| {
        if s.target == "/hub/api/" {
            json("200 OK", r#""SECRET-FROM-THE-TARGET""#)
        } else {
            json("403 Forbidden", r#"{"message": "SECRET-FROM-THE-TARGET"}"#)
        }
    })
    .await;
    let c = client(&hub.url(), HubNetwork::Loopback).unwrap();
    let e = c.whoami().await.unwrap_err();
    assert_eq!(e, HubError::Auth { status: 403 });
    let e = c.version().await.unwrap_err();
    assert!(matches!(e, HubError::Protocol(_)), "{e:?}");
    let check = registry::probe(&c).await;
    let shown = serde_json::to_string(&check).unwrap();
    assert!(!shown.contains("SECRET"), "{shown}");
    assert!(!format!("{e} {e:?}").contains("SECRET"));
}

#[tokio::test]
async fn answers_are_capped_in_size() {
    let big = "x".repeat(2 * 1024 * 1024);
    let announced = {
        let big = big.clone();
        fake_hub::start(move |_, _| json("200 OK", &big)).await
    };
    let streamed = fake_hub::start(move |_, _| {
        // No length: the body runs until the connection closes.
        format!(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n{big}"
        )
        .into_bytes()
    })
    .await;
    for hub in [&announced, &streamed] {
        let e = client(&hub.url(), HubNetwork::Loopback)
            .unwrap()
            .version()
            .await
            .unwrap_err();
        assert_eq!(e, HubError::TooLarge);
    }
}

#[tokio::test]
async fn pages_are_capped_and_stay_on_the_hub() {
    // A hub that always has one more page.
    let endless = fake_hub::start(|_, n| {
        json(
            "200 OK",
            &format!(
                r#"{{"items": [{{"name": "u{n}"}}], "_pagination": {{"offset": {n}, "limit": 1, "total": 1000000000, "next": {{"offset": {}, "limit": 1}}}}}}"#,
                n + 1
            ),
        )
    })
    .await;
    let e = client(&endless.url(), HubNetwork::Loopback)
        .unwrap()
        .list_users()
        .await
        .unwrap_err();
    assert!(matches!(e, HubError::Protocol(_)), "{e:?}");
    assert_eq!(endless.count(), MAX_PAGES);
    // A next page somewhere else is refused at once.
    let away = fake_hub::start(|_, _| {
        json(
            "200 OK",
            r#"{"items": [{"name": "a"}], "_pagination": {"offset": 0, "limit": 1, "next": {"offset": 1, "limit": 1, "url": "http://169.254.169.254/hub/api/users?offset=1"}}}"#,
        )
    })
    .await;
    let e = client(&away.url(), HubNetwork::Loopback)
        .unwrap()
        .list_users()
        .await
        .unwrap_err();
    assert!(matches!(e, HubError::Protocol(_)), "{e:?}");
    assert_eq!(away.count(), 1);
}

fn key_of(e: ServiceError) -> (&'static str, &'static str) {
    match e {
        ServiceError::Invalid { field, key } => (field, key),
        other => panic!("not a field error: {other:?}"),
    }
}

fn form(w: &common::hub_world::World, base_url: &str, token: &str) -> registry::HubForm {
    registry::HubForm {
        institution_id: w.institution_id.to_string(),
        name: w.hub.name.clone(),
        base_url: base_url.into(),
        token: token.into(),
        username_scheme: "platform".into(),
        default_groups: String::new(),
        course_groups: false,
        name_prefix: "academy-".into(),
    }
}

storage_test!(
    a_moved_address_needs_the_token_again,
    |t: TestDb| async move {
        let dir = tempfile::tempdir().unwrap();
        let state = common::state(&t, dir.path(), &[]);
        let home = ok_hub().await;
        let attacker = ok_hub().await;
        let w = world(&state, &home.url(), TOKEN, "platform", "", false).await;
        let stored = registry::find(&state.db, w.hub.id).await.unwrap();
        assert!(!stored.token_encrypted.contains(TOKEN));
        assert!(!registry::token_needed(&state, &stored));

        // Editing the address to another server without the token is refused.
        let e = registry::update(
            &w.organizer,
            &state,
            w.hub.id,
            &form(&w, &attacker.url(), ""),
        )
        .await
        .unwrap_err();
        assert_eq!(key_of(e), ("token", "error-hub-token-again"));
        // A path on the same origin keeps the token, and is recorded.
        let same = format!("{}/hub", home.url());
        registry::update(&w.organizer, &state, w.hub.id, &form(&w, &same, ""))
            .await
            .unwrap();
        registry::check_connection(&w.organizer, &state, w.hub.id)
            .await
            .unwrap();
        assert!(home.with_token(TOKEN) > 0, "the token still works at home");

        // Moving to another server with its token works, and is recorded.
        let second = ok_hub().await;
        registry::update(
            &w.organizer,
            &state,
            w.hub.id,
            &form(&w, &second.url(), "the-second-hubs-token-0123456789"),
        )
        .await
        .unwrap();
        registry::check_connection(&w.organizer, &state, w.hub.id)
            .await
            .unwrap();
        assert!(second.with_token("the-second-hubs-token-0123456789") > 0);
        assert_eq!(second.with_token(TOKEN), 0, "the old token stayed home");
        let changes = registry::url_changes(&state.db, w.hub.id).await.unwrap();
        let seen: Vec<(String, String, Option<i32>)> = changes
            .iter()
            .map(|c| (c.before.clone(), c.after.clone(), c.changed_by))
            .collect();
        assert_eq!(
            seen,
            vec![
                (same.clone(), second.url(), Some(w.organizer.id)),
                (home.url(), same.clone(), Some(w.organizer.id)),
            ]
        );

        // Even with the address changed behind the form's back (straight in the database), the
        // sealed token does not open for the new origin: nothing is sent there.
        hub::ActiveModel {
            id: Set(w.hub.id),
            base_url: Set(attacker.url()),
            ..Default::default()
        }
        .update(&state.db)
        .await
        .unwrap();
        let check = registry::check_connection(&w.organizer, &state, w.hub.id)
            .await
            .unwrap();
        assert_eq!(check.error_key.as_deref(), Some("hub-error-token-again"));
        assert_eq!(attacker.count(), 0, "nothing was sent there");
        let moved = registry::find(&state.db, w.hub.id).await.unwrap();
        assert!(registry::token_needed(&state, &moved));
        // Nor does it open for another hub's row holding a copy of the sealed value.
        let other = world(
            &state,
            &home.url(),
            "another-token-0123456789",
            "platform",
            "",
            false,
        )
        .await;
        hub::ActiveModel {
            id: Set(other.hub.id),
            token_encrypted: Set(stored.token_encrypted.clone()),
            ..Default::default()
        }
        .update(&state.db)
        .await
        .unwrap();
        let copied = registry::find(&state.db, other.hub.id).await.unwrap();
        assert!(registry::token_needed(&state, &copied));
    }
);

storage_test!(only_public_hubs_by_default, |t: TestDb| async move {
    let dir = tempfile::tempdir().unwrap();
    let target = ok_hub().await;
    // Registered while loopback was allowed (a test or demo setting) ...
    let loose = common::state(&t, dir.path(), &[]);
    let w = world(&loose, &target.url(), TOKEN, "platform", "", false).await;
    // ... and used by a server with the default setting: nothing is sent.
    let strict = common::state(&t, dir.path(), &[("ACADEMY_HUB_NETWORK", "public")]);
    let check = registry::check_connection(&w.organizer, &strict, w.hub.id)
        .await
        .unwrap();
    assert_eq!(check.error_key.as_deref(), Some("hub-error-blocked"));
    assert_eq!(target.count(), 0);
    // Registering such addresses is refused with the reason.
    for (url, key) in [
        (target.url(), "error-hub-url-not-public"),
        (
            "https://169.254.169.254".to_owned(),
            "error-hub-url-not-public",
        ),
        (
            "https://192.168.1.10".to_owned(),
            "error-hub-url-not-public",
        ),
        ("http://hub.example.org".to_owned(), "error-hub-url-https"),
        (
            "https://me:pw@hub.example.org".to_owned(),
            "error-hub-url-invalid",
        ),
    ] {
        let e = registry::update(&w.organizer, &strict, w.hub.id, &form(&w, &url, TOKEN))
            .await
            .unwrap_err();
        assert_eq!(key_of(e), ("base_url", key), "{url}");
    }
});
