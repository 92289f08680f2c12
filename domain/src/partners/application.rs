//! "Become a Community Partner": the public form, validated field by field, protected
//! against spam without third-party services (a honeypot field bots fill in, and a limit of
//! applications per IP address per hour, counted in the database so every instance shares
//! it), stored, acknowledged to the applicant in their language and announced to organizers.
use super::NEW;
use crate::{
    accounts::{rate_limit, EmailAddress, Role},
    entities::{partner_application, user, user_role},
    i18n::Locale,
    mail, AppState, ServiceError, ServiceResult,
};
use chrono::{Duration, Utc};
use sea_orm::{prelude::*, ActiveValue::Set, TransactionTrait};

/// Applications one IP address may send per hour.
pub const MAX_PER_IP_PER_HOUR: u64 = 5;
const LONG_TEXT_MAX: usize = 5000;

#[derive(Clone, Debug, Default)]
pub struct ApplicationForm {
    pub institution: String,
    pub country: String,
    pub website: String,
    pub contact_name: String,
    pub contact_email: String,
    pub locale: String,
    pub research: String,
    pub expected_users: String,
    pub open_science: String,
    pub infrastructure: String,
    /// The honeypot: hidden from people, filled in by bots.
    pub homepage: String,
}

pub struct ValidApplication {
    institution: String,
    country: String,
    website: String,
    contact_name: String,
    contact_email: EmailAddress,
    locale: Locale,
    research: String,
    expected_users: i32,
    open_science: String,
    infrastructure: String,
}

fn required(field: &'static str, value: &str, max: usize) -> ServiceResult<String> {
    let v = value.trim();
    if v.is_empty() {
        return Err(ServiceError::invalid(field, "error-application-required"));
    }
    if v.chars().count() > max {
        return Err(ServiceError::detail(
            field,
            "error-application-too-long",
            vec![("max", max.to_string())],
        ));
    }
    Ok(v.to_owned())
}

/// A required one-line value (names end up in titles, mail subjects and CSV cells): no markup,
/// no line breaks.
fn one_line(field: &'static str, value: &str, max: usize) -> ServiceResult<String> {
    let v = required(field, value, max)?;
    if crate::text::looks_like_markup(&v) {
        return Err(ServiceError::invalid(field, "error-text-markup"));
    }
    Ok(v)
}

impl ApplicationForm {
    pub fn validate(&self) -> ServiceResult<ValidApplication> {
        let institution = one_line("institution", &self.institution, 200)?;
        let country = one_line("country", &self.country, 100)?;
        let website = self.website.trim();
        let website_ok = url::Url::parse(website)
            .is_ok_and(|u| matches!(u.scheme(), "http" | "https") && u.host().is_some());
        if !website_ok || website.len() > 300 {
            return Err(ServiceError::invalid(
                "website",
                "error-application-website",
            ));
        }
        let contact_name = one_line("contact_name", &self.contact_name, 200)?;
        let contact_email = EmailAddress::parse(&self.contact_email)
            .map_err(|e| ServiceError::invalid("contact_email", e.message_key()))?;
        let locale = Locale::parse(self.locale.trim())
            .ok_or(ServiceError::invalid("locale", "error-locale-invalid"))?;
        let research = required("research", &self.research, LONG_TEXT_MAX)?;
        let expected_users = match self.expected_users.trim().parse::<i32>() {
            Ok(n) if (1..=100_000).contains(&n) => n,
            _ => {
                return Err(ServiceError::invalid(
                    "expected_users",
                    "error-application-users",
                ))
            }
        };
        let open_science = required("open_science", &self.open_science, LONG_TEXT_MAX)?;
        let infrastructure = self.infrastructure.trim().to_owned();
        if infrastructure.chars().count() > LONG_TEXT_MAX {
            return Err(ServiceError::detail(
                "infrastructure",
                "error-application-too-long",
                vec![("max", LONG_TEXT_MAX.to_string())],
            ));
        }
        Ok(ValidApplication {
            institution,
            country,
            website: website.to_owned(),
            contact_name,
            contact_email,
            locale,
            research,
            expected_users,
            open_science,
            infrastructure,
        })
    }
}

fn ip_key(ip: &str) -> String {
    format!("apply:{ip}")
}

/// Stores an application and queues its mails. `Ok(None)` when the honeypot was filled in:
/// the sender sees the same thanks as everyone, and nothing is stored or sent.
pub async fn submit(
    state: &AppState,
    form: &ApplicationForm,
    ip: &str,
) -> ServiceResult<Option<i32>> {
    if !form.homepage.trim().is_empty() {
        tracing::info!("partner application dropped: honeypot filled in");
        return Ok(None);
    }
    let v = form.validate()?;
    // Counted and reserved atomically, so parallel posts cannot all slip under the limit.
    let rule = rate_limit::Rule {
        key: ip_key(ip),
        window: Duration::hours(1),
        max: MAX_PER_IP_PER_HOUR,
        count_all: true,
        progressive: false,
    };
    if let Err(e) = rate_limit::reserve(&state.db, &[rule]).await {
        return Err(match e {
            ServiceError::RateLimited => {
                ServiceError::invalid("form", "error-application-rate-limited")
            }
            e => e,
        });
    }
    let txn = state.db.begin().await?;
    let app = partner_application::ActiveModel {
        institution: Set(v.institution),
        country: Set(v.country),
        website: Set(v.website),
        contact_name: Set(v.contact_name),
        contact_email: Set(v.contact_email.as_str().to_owned()),
        locale: Set(v.locale.code().to_owned()),
        research: Set(v.research),
        expected_users: Set(v.expected_users),
        open_science: Set(v.open_science),
        infrastructure: Set(v.infrastructure),
        status: Set(NEW.to_owned()),
        notes: Set(String::new()),
        decision_message: Set(None),
        institution_id: Set(None),
        decided_by: Set(None),
        decided_at: Set(None),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    mail::outbox::queue(
        state,
        &txn,
        &app.contact_email,
        v.locale,
        "partner-received",
        &[
            ("name", app.contact_name.clone().into()),
            ("institution", app.institution.clone().into()),
        ],
    )
    .await?;
    notify_organizers(state, &txn, &app).await?;
    txn.commit().await?;
    tracing::info!(application = app.id, "partner application received");
    Ok(Some(app.id))
}

/// Every organizer and administrator hears of a new application, in their own language.
async fn notify_organizers(
    state: &AppState,
    db: &impl ConnectionTrait,
    app: &partner_application::Model,
) -> ServiceResult<()> {
    let ids: Vec<i32> = user_role::Entity::find()
        .filter(user_role::Column::Role.is_in([Role::Organizer.as_str(), Role::Admin.as_str()]))
        .all(db)
        .await?
        .into_iter()
        .map(|r| r.user_id)
        .collect();
    let people = user::Entity::find()
        .filter(user::Column::Id.is_in(ids))
        .filter(user::Column::Active.eq(true))
        .all(db)
        .await?;
    let link = state.config.link(&format!("/admin/partners/{}", app.id));
    for p in people {
        let locale = Locale::parse(&p.locale).unwrap_or(Locale::En);
        mail::outbox::queue(
            state,
            db,
            &p.email,
            locale,
            "partner-new",
            &[
                ("institution", app.institution.clone().into()),
                ("country", app.country.clone().into()),
                ("link", link.clone().into()),
            ],
        )
        .await?;
    }
    Ok(())
}
