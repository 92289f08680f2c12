//! The people, institutions and files the cohort fixtures (end2end/fixtures/cohorts/) refer to.
#![allow(dead_code)]
use domain::{
    accounts::{institutions, people, CurrentUser, EmailAddress, Role},
    cohorts::import,
    i18n::Locale,
    AppState,
};

pub fn fixture(name: &str) -> String {
    std::fs::read_to_string(
        super::workspace_root()
            .join("end2end/fixtures/cohorts/catalyst-2027")
            .join(name),
    )
    .unwrap()
}

/// The whole OLS fixture as one upload.
pub fn upload() -> import::Upload {
    import::Upload {
        slug: "catalyst-2027".into(),
        name: "Open Seeds 2027 — Catalyst track".into(),
        programme: "OLS Open Seeds".into(),
        timezone: "UTC".into(),
        metadata: fixture("metadata.yaml"),
        projects: fixture("projects.yaml"),
        schedule: fixture("schedule.yaml"),
        participants: fixture("participants.csv"),
    }
}

pub async fn person(state: &AppState, email: &str, name: &str, role: Role) -> CurrentUser {
    let e = EmailAddress::parse(email).unwrap();
    let id = people::create(
        &state.db,
        people::NewPerson {
            email: &e,
            name,
            locale: Locale::Es,
            password: "a-long-password-1",
            institution_id: None,
            roles: &[role],
        },
    )
    .await
    .unwrap();
    people::current_user(&state.db, id).await.unwrap().unwrap()
}

/// A platform organizer, the two institutions the CSV names, and the two people it matches
/// (Lina by her email, Marta by hers). Returns the organizer.
pub async fn setting(state: &AppState) -> CurrentUser {
    let organizer = person(
        state,
        "organizer@catalyst.example",
        "Olu Organizer",
        Role::Organizer,
    )
    .await;
    for (name, country) in [
        ("Instituto de Biomedicina de Montevideo", "Uruguay"),
        ("Kilimanjaro Bioinformatics Centre", "Tanzania"),
    ] {
        institutions::create(
            &organizer,
            &state.db,
            &institutions::InstitutionForm {
                name: name.into(),
                country: country.into(),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    }
    person(state, "learner@demo.academy", "Lina Learner", Role::Learner).await;
    person(state, "mentor@demo.academy", "Marta Mentora", Role::Mentor).await;
    organizer
}
