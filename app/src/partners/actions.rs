//! Server functions of the partner pages: thin glue over `domain::partners`.
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
use crate::ctx::action::*;
#[cfg(feature = "ssr")]
use domain::partners::{application, review};

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct PartnerView {
    pub name: String,
    pub country: String,
    pub since: String,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct ApplicationRow {
    pub id: i32,
    pub institution: String,
    pub country: String,
    pub contact: String,
    pub status: String,
    pub received: String,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct ApplicationView {
    pub id: i32,
    pub institution: String,
    pub country: String,
    pub website: String,
    pub contact_name: String,
    pub contact_email: String,
    pub language: String,
    pub research: String,
    pub expected_users: i32,
    pub open_science: String,
    pub infrastructure: String,
    pub status: String,
    pub notes: String,
    pub decision_message: Option<String>,
    pub institution_id: Option<i32>,
    pub received: String,
    pub open: bool,
    /// Partnership dates proposed when accepting: today and a year later.
    pub default_start: String,
    pub default_end: String,
}

/// The partner institutions organizers chose to list publicly.
#[server(endpoint = "public_partners")]
pub async fn public_partners() -> Result<Vec<PartnerView>, ServerFnError> {
    let r = crate::server_ctx::req();
    let rows = domain::partners::listed(&r.state.db)
        .await
        .map_err(|e| ServerFnError::new(e.message_key()))?;
    Ok(rows
        .into_iter()
        .map(|i| PartnerView {
            name: i.name,
            country: i.country,
            since: i
                .partnership_start
                .map(|d| domain::i18n::format_date(&r.state.i18n, r.locale, d))
                .unwrap_or_default(),
        })
        .collect())
}

#[allow(clippy::too_many_arguments)]
#[server(endpoint = "apply_partner")]
pub async fn apply_partner(
    #[server(default)] institution: String,
    #[server(default)] country: String,
    #[server(default)] website: String,
    #[server(default)] contact_name: String,
    #[server(default)] contact_email: String,
    #[server(default)] locale: String,
    #[server(default)] research: String,
    #[server(default)] expected_users: String,
    #[server(default)] open_science: String,
    #[server(default)] infrastructure: String,
    #[server(default)] homepage: String,
) -> Result<(), ServerFnError> {
    let r = crate::server_ctx::req();
    let form = application::ApplicationForm {
        institution,
        country,
        website,
        contact_name,
        contact_email,
        locale,
        research,
        expected_users,
        open_science,
        infrastructure,
        homepage,
    };
    let result = application::submit(&r.state, &form, &r.client_ip).await;
    let typed: Vec<(&str, &str)> = [
        ("institution", form.institution.as_str()),
        ("country", &form.country),
        ("website", &form.website),
        ("contact_name", &form.contact_name),
        ("contact_email", &form.contact_email),
        ("locale", &form.locale),
        ("research", &form.research),
        ("expected_users", &form.expected_users),
        ("open_science", &form.open_science),
        ("infrastructure", &form.infrastructure),
    ]
    .into_iter()
    .filter(|(_, v)| v.len() <= 600)
    .collect();
    finish(
        result,
        "/partners/thanks",
        "notice-application-received",
        "/partners/apply",
        &typed,
    )
}

#[server(endpoint = "list_applications")]
pub async fn list_applications(
    status: Option<String>,
) -> Result<Vec<ApplicationRow>, ServerFnError> {
    let (r, u) = require_staff()?;
    let rows = review::list(&r.state.db, &u, status.as_deref().filter(|s| !s.is_empty()))
        .await
        .map_err(|e| ServerFnError::new(e.message_key()))?;
    Ok(rows
        .into_iter()
        .map(|a| ApplicationRow {
            id: a.id,
            institution: a.institution,
            country: a.country,
            contact: format!("{} <{}>", a.contact_name, a.contact_email),
            status: a.status,
            received: domain::i18n::format_datetime(&r.state.i18n, r.locale, a.created_at),
        })
        .collect())
}

#[server(endpoint = "load_application")]
pub async fn load_application(id: i32) -> Result<ApplicationView, ServerFnError> {
    let (r, u) = require_staff()?;
    let a = review::find(&r.state.db, &u, id).await.map_err(|e| {
        if matches!(e, domain::ServiceError::NotFound) {
            not_found();
        }
        ServerFnError::new(e.message_key())
    })?;
    let today = chrono::Utc::now().date_naive();
    let open = [domain::partners::NEW, domain::partners::IN_REVIEW].contains(&a.status.as_str());
    Ok(ApplicationView {
        id: a.id,
        language: r
            .state
            .i18n
            .t(r.locale, &format!("language-{}", a.locale), &[]),
        institution: a.institution,
        country: a.country,
        website: a.website,
        contact_name: a.contact_name,
        contact_email: a.contact_email,
        research: a.research,
        expected_users: a.expected_users,
        open_science: a.open_science,
        infrastructure: a.infrastructure,
        status: a.status,
        notes: a.notes,
        decision_message: a.decision_message,
        institution_id: a.institution_id,
        received: domain::i18n::format_datetime(&r.state.i18n, r.locale, a.created_at),
        open,
        default_start: today.to_string(),
        default_end: today
            .checked_add_months(chrono::Months::new(12))
            .unwrap_or(today)
            .to_string(),
    })
}

#[server(endpoint = "update_application")]
pub async fn update_application(
    #[server(default)] id: i32,
    #[server(default)] notes: String,
    #[server(default)] status: String,
) -> Result<(), ServerFnError> {
    let (r, u) = require_staff()?;
    let back = format!("/admin/partners/{id}");
    let result = review::update(&r.state.db, &u, id, &notes, &status).await;
    finish(
        result,
        &back,
        "notice-application-saved",
        &back,
        &[("notes", &notes)],
    )
}

#[server(endpoint = "decide_application")]
pub async fn decide_application(
    #[server(default)] id: i32,
    #[server(default)] decision: String,
    #[server(default)] start: String,
    #[server(default)] end: String,
    #[server(default)] message: String,
) -> Result<(), ServerFnError> {
    let (r, u) = require_staff()?;
    let back = format!("/admin/partners/{id}");
    let result = match decision.as_str() {
        "accept" => review::accept(
            &r.state,
            &u,
            id,
            &review::Decision {
                start: start.clone(),
                end: end.clone(),
                message: message.clone(),
            },
        )
        .await
        .map(|_| "notice-application-accepted"),
        _ => review::decline(&r.state, &u, id, &message)
            .await
            .map(|_| "notice-application-declined"),
    };
    match result {
        Ok(notice) => finish_ok(&back, Some(notice)),
        Err(e) => finish_err(
            &back,
            e,
            &[("message", &message), ("start", &start), ("end", &end)],
        ),
    }
}
