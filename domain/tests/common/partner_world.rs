//! Partnerships in tests: people, partnerships, invitation mails and checklist steps.
#![allow(dead_code)]
use domain::{
    accounts::{
        institutions::{self, InstitutionForm},
        invitations::{self, AcceptForm},
        people, CurrentUser, EmailAddress, Role,
    },
    entities::email,
    i18n::Locale,
    partners::{checklist, team},
    AppState, ServiceError,
};
use sea_orm::{prelude::*, QueryOrder};

pub async fn person(
    state: &AppState,
    email: &str,
    name: &str,
    role: Role,
    institution_id: Option<i32>,
    locale: Locale,
) -> CurrentUser {
    let e = EmailAddress::parse(email).unwrap();
    let id = people::create(
        &state.db,
        people::NewPerson {
            email: &e,
            name,
            locale,
            password: "a-long-password-1",
            institution_id,
            roles: &[role],
        },
    )
    .await
    .unwrap();
    people::current_user(&state.db, id).await.unwrap().unwrap()
}

pub async fn partnership(state: &AppState, organizer: &CurrentUser, name: &str, end: &str) -> i32 {
    institutions::create(
        organizer,
        &state.db,
        &InstitutionForm {
            name: name.into(),
            country: "Brasil".into(),
            partnership_start: "2026-01-01".into(),
            partnership_end: end.into(),
        },
    )
    .await
    .unwrap()
}

pub async fn mails_to(db: &DatabaseConnection, to: &str) -> Vec<email::Model> {
    email::Entity::find()
        .filter(email::Column::ToAddress.eq(to))
        .order_by_asc(email::Column::Id)
        .all(db)
        .await
        .unwrap()
}

pub fn token_from(body: &str) -> String {
    let start = body.find("/invitation/").expect("link in mail") + "/invitation/".len();
    body[start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect()
}

pub async fn join(state: &AppState, address: &str, name: &str) -> i32 {
    let mail = mails_to(&state.db, address)
        .await
        .pop()
        .expect("invitation mail");
    invitations::accept(
        &state.db,
        &token_from(&mail.body_text),
        &AcceptForm {
            name: name.into(),
            locale: "pt".into(),
            password: "a-long-password-1".into(),
            confirm_password: "a-long-password-1".into(),
        },
    )
    .await
    .unwrap()
}

pub fn step<'a>(c: &'a checklist::Checklist, key: &str) -> &'a checklist::Step {
    c.steps.iter().find(|s| s.key == key).unwrap()
}

pub async fn list_of(state: &AppState, who: &CurrentUser, id: i32) -> checklist::Checklist {
    checklist::for_partnership(state, who, id).await.unwrap().1
}

pub fn invite(email: &str, role: &str) -> team::TeamInvite {
    team::TeamInvite {
        email: email.into(),
        role: role.into(),
        locale: "pt".into(),
    }
}

pub fn key_of(e: ServiceError) -> &'static str {
    e.message_key()
}
