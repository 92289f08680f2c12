//! A partner institution with a registered hub and a crowd of learners, set up straight in
//! the database (no password hashing per person), for provisioning tests and the benchmark.
#![allow(dead_code)]
use chrono::Utc;
use domain::{
    accounts::{institutions, people, CurrentUser, EmailAddress, Role},
    entities::{hub_account, job, user},
    hubs::{provisioning, registry},
    i18n::Locale,
    AppState,
};
use sea_orm::{prelude::*, ActiveValue::Set, QueryOrder};

pub struct World {
    pub organizer: CurrentUser,
    pub institution_id: i32,
    pub hub: domain::entities::hub::Model,
    pub learners: Vec<i32>,
}

pub async fn organizer(state: &AppState) -> CurrentUser {
    let e = EmailAddress::parse("organizer@catalyst.example").unwrap();
    let id = match people::find_by_email(&state.db, &e).await.unwrap() {
        Some(u) => u.id,
        None => people::create(
            &state.db,
            people::NewPerson {
                email: &e,
                name: "Organizer",
                locale: Locale::En,
                password: "organizer-password-1",
                institution_id: None,
                roles: &[Role::Organizer],
            },
        )
        .await
        .unwrap(),
    };
    people::current_user(&state.db, id).await.unwrap().unwrap()
}

/// Registers a hub for a new institution; `scheme` is a `UsernameScheme` name.
pub async fn world(
    state: &AppState,
    hub_url: &str,
    token: &str,
    scheme: &str,
    default_groups: &str,
    course_groups: bool,
) -> World {
    let organizer = organizer(state).await;
    let institution_id = institutions::create(
        &organizer,
        &state.db,
        &institutions::InstitutionForm {
            name: format!("Instituto {}", &domain::security::random_token()[..6]),
            country: "Brasil".into(),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    let hub_id = registry::create(
        &organizer,
        state,
        &registry::HubForm {
            institution_id: institution_id.to_string(),
            name: "Test hub".into(),
            base_url: hub_url.into(),
            token: token.into(),
            username_scheme: scheme.into(),
            default_groups: default_groups.into(),
            course_groups,
            name_prefix: String::new(),
        },
    )
    .await
    .unwrap();
    World {
        organizer,
        institution_id,
        hub: registry::find(&state.db, hub_id).await.unwrap(),
        learners: vec![],
    }
}

/// Adds learners to the world's institution, named as given.
pub async fn add_learners(state: &AppState, w: &mut World, names: &[String]) {
    for n in names {
        let email = format!(
            "{}.{}@partner.example",
            domain::hubs::username::normalize(n).unwrap_or_else(|| "x".into()),
            &domain::security::random_token()[..6]
        )
        .to_lowercase();
        let u = user::ActiveModel {
            email: Set(email),
            name: Set(n.clone()),
            locale: Set("pt".into()),
            password_hash: Set("not-a-real-hash".into()),
            institution_id: Set(Some(w.institution_id)),
            active: Set(true),
            github_username: Set(None),
            created_at: Set(Utc::now()),
            ..Default::default()
        }
        .insert(&state.db)
        .await
        .unwrap();
        w.learners.push(u.id);
    }
}

pub fn numbered(prefix: &str, n: usize) -> Vec<String> {
    (1..=n).map(|i| format!("{prefix} {i:03}")).collect()
}

pub async fn accounts(state: &AppState, w: &World) -> Vec<hub_account::Model> {
    hub_account::Entity::find()
        .filter(hub_account::Column::HubId.eq(w.hub.id))
        .order_by_asc(hub_account::Column::UserId)
        .all(&state.db)
        .await
        .unwrap()
}

pub async fn count_status(state: &AppState, w: &World, status: &str) -> usize {
    accounts(state, w)
        .await
        .iter()
        .filter(|a| a.status == status)
        .count()
}

pub async fn hub_jobs(state: &AppState, w: &World) -> Vec<job::Model> {
    job::Entity::find()
        .filter(job::Column::Subject.eq(provisioning::subject(w.hub.id)))
        .order_by_asc(job::Column::Id)
        .all(&state.db)
        .await
        .unwrap()
}

/// Waits (up to `secs`) until every learner's account is ready.
pub async fn wait_all_ready(state: &AppState, w: &World, secs: u64) {
    for _ in 0..secs * 10 {
        if count_status(state, w, provisioning::status::READY).await == w.learners.len() {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let accounts = accounts(state, w).await;
    panic!(
        "not every account became ready in {secs} s: {:?}",
        accounts
            .iter()
            .filter(|a| a.status != provisioning::status::READY)
            .map(|a| (&a.hub_username, &a.status, &a.error_detail))
            .collect::<Vec<_>>()
    );
}
