//! Demo data for a first look: two partner institutions and one account per role (the
//! partner lead leads the first institution).
use chrono::NaiveDate;
use domain::{
    accounts::{people, EmailAddress, Role},
    config::Config,
    entities::institution,
    hubs::{provisioning, registry},
    i18n::Locale,
    AppState,
};
use sea_orm::{prelude::*, ActiveValue::Set};

pub const DEMO_PASSWORD: &str = "catalyst-demo";

pub const ACCOUNTS: [(&str, &str, Role, Locale); 6] = [
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
    (
        "lead@demo.academy",
        "Lucía Líder",
        Role::PartnerLead,
        Locale::Es,
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
        // The partner lead leads the first institution, where the demo learner and mentor are.
        let institution_id = match role {
            Role::Learner | Role::Mentor => Some(ids[i % ids.len()]),
            Role::PartnerLead => Some(ids[0]),
            _ => None,
        };
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
    // The demo mentor mentors every course, so work handed in reaches a grading queue.
    let mentor = EmailAddress::parse(ACCOUNTS[2].0).map_err(|e| anyhow::anyhow!("{e}"))?;
    if let Some(m) = people::find_by_email(&state.db, &mentor).await? {
        for c in &state.library.catalog().courses {
            domain::grading::scope::add_course_mentor(&state.db, m.id, &c.slug)
                .await
                .map_err(|e| anyhow::anyhow!("demo course mentor: {e}"))?;
        }
    }
    seed_hub(state, ids[0]).await
}

/// With ACADEMY_DEMO_HUB_URL and ACADEMY_DEMO_HUB_TOKEN (scripts/run.sh and scripts/test.sh
/// start a local JupyterHub and set them), the first institution gets that hub and its
/// members are provisioned on it, so the demo shows provisioning working end to end.
async fn seed_hub(state: &AppState, institution_id: i32) -> anyhow::Result<()> {
    let (Ok(url), Ok(token)) = (
        std::env::var("ACADEMY_DEMO_HUB_URL"),
        std::env::var("ACADEMY_DEMO_HUB_TOKEN"),
    ) else {
        return Ok(());
    };
    let admin_email = EmailAddress::parse(ACCOUNTS[0].0).map_err(|e| anyhow::anyhow!("{e}"))?;
    let admin = people::find_by_email(&state.db, &admin_email)
        .await?
        .ok_or_else(|| anyhow::anyhow!("demo admin missing"))?;
    let admin = people::current_user(&state.db, admin.id)
        .await?
        .ok_or_else(|| anyhow::anyhow!("demo admin missing"))?;
    let err = |e: domain::ServiceError| anyhow::anyhow!("demo hub: {e}");
    let hub = match registry::for_institution(&state.db, institution_id)
        .await
        .map_err(err)?
    {
        Some(h) if registry::token_needed(state, &h) => {
            // A demo data folder from before tokens were bound to their hub and address, or
            // a demo hub on another port: the token is sealed again for this address.
            let form = registry::HubForm {
                institution_id: h.institution_id.to_string(),
                name: h.name.clone(),
                base_url: url,
                token,
                username_scheme: h.username_scheme.clone(),
                default_groups: h.default_groups.clone(),
                course_groups: h.course_groups,
                name_prefix: h.name_prefix.clone(),
            };
            registry::update(&admin, state, h.id, &form)
                .await
                .map_err(err)?;
            registry::find(&state.db, h.id).await.map_err(err)?
        }
        Some(h) => h,
        None => {
            let form = registry::HubForm {
                institution_id: institution_id.to_string(),
                name: "Montevideo JupyterHub".into(),
                base_url: url,
                token,
                username_scheme: "platform".into(),
                default_groups: "catalyst-demo".into(),
                course_groups: true,
                // The demo hub is the academy's own: names without a prefix.
                name_prefix: String::new(),
            };
            let id = registry::create(&admin, state, &form).await.map_err(err)?;
            registry::find(&state.db, id).await.map_err(err)?
        }
    };
    provisioning::sync_institution(&state.db, &hub, false, Some(admin.id))
        .await
        .map_err(err)?;
    Ok(())
}

pub fn print_sign_ins(config: &Config) {
    println!();
    println!("  Catalyst Academy is at {}", config.base_url);
    println!("  Demo sign-ins (password for all: {DEMO_PASSWORD}):");
    for (email, _, role, _) in ACCOUNTS {
        println!("    {:<13} {email}", role.as_str());
    }
    println!("  Mails are written to {}", config.mail_dir().display());
    println!();
}
