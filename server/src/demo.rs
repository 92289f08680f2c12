//! Demo data for a first look: two partner institutions and one account per role.
use chrono::NaiveDate;
use domain::{
    accounts::{people, EmailAddress, Role},
    config::Config,
    entities::institution,
    i18n::Locale,
    AppState,
};
use sea_orm::{prelude::*, ActiveValue::Set};

pub const DEMO_PASSWORD: &str = "catalyst-demo";

pub const ACCOUNTS: [(&str, &str, Role, Locale); 5] = [
    ("admin@demo.academy", "Ada Admin", Role::Admin, Locale::En),
    (
        "organizer@demo.academy",
        "Olu Organizer",
        Role::Organizer,
        Locale::En,
    ),
    (
        "mentor@demo.academy",
        "Marta Mentora",
        Role::Mentor,
        Locale::Es,
    ),
    (
        "translator@demo.academy",
        "Tiago Tradutor",
        Role::Translator,
        Locale::Pt,
    ),
    (
        "learner@demo.academy",
        "Lina Learner",
        Role::Learner,
        Locale::En,
    ),
];

/// Idempotent: running it twice changes nothing.
pub async fn seed(state: &AppState) -> anyhow::Result<()> {
    let mut ids = vec![];
    for (name, country, start) in [
        (
            "Instituto de Biomedicina de Montevideo",
            "Uruguay",
            "2026-03-01",
        ),
        (
            "Kilimanjaro Bioinformatics Centre",
            "Tanzania",
            "2026-06-01",
        ),
    ] {
        let existing = institution::Entity::find()
            .filter(institution::Column::Name.eq(name))
            .one(&state.db)
            .await?;
        let id = match existing {
            Some(i) => i.id,
            None => {
                let start = NaiveDate::parse_from_str(start, "%Y-%m-%d")?;
                institution::ActiveModel {
                    name: Set(name.into()),
                    country: Set(country.into()),
                    partnership_start: Set(Some(start)),
                    partnership_end: Set(start.checked_add_months(chrono::Months::new(12))),
                    created_at: Set(chrono::Utc::now()),
                    ..Default::default()
                }
                .insert(&state.db)
                .await?
                .id
            }
        };
        ids.push(id);
    }
    for (i, (email, name, role, locale)) in ACCOUNTS.iter().enumerate() {
        let email = EmailAddress::parse(email).map_err(|e| anyhow::anyhow!("{e}"))?;
        if people::find_by_email(&state.db, &email).await?.is_some() {
            continue;
        }
        let institution_id =
            matches!(role, Role::Learner | Role::Mentor).then(|| ids[i % ids.len()]);
        people::create(
            &state.db,
            people::NewPerson {
                email: &email,
                name,
                locale: *locale,
                password: DEMO_PASSWORD,
                institution_id,
                roles: &[*role],
            },
        )
        .await
        .map_err(|e| anyhow::anyhow!("demo account {}: {e}", email.as_str()))?;
    }
    Ok(())
}

pub fn print_sign_ins(config: &Config) {
    println!();
    println!("  Catalyst Academy is at {}", config.base_url);
    println!("  Demo sign-ins (password for all: {DEMO_PASSWORD}):");
    for (email, _, role, _) in ACCOUNTS {
        println!("    {:<11} {email}", role.as_str());
    }
    println!("  Mails are written to {}", config.mail_dir().display());
    println!();
}
