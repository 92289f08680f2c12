//! Organizers review applications: by status, with internal notes; accept (creating the
//! partner institution with its partnership year and inviting the contact person as its
//! partner lead) or decline, each with a message mailed in the applicant's language.
use super::{ACCEPTED, DECLINED, IN_REVIEW, NEW, STATUSES, WITHDRAWN};
use crate::{
    accounts::{
        institutions::{self, InstitutionForm},
        invitations::{self, NewInvitation},
        CurrentUser, Role,
    },
    entities::partner_application,
    i18n::Locale,
    mail, AppState, ServiceError, ServiceResult,
};
use chrono::{Months, NaiveDate, Utc};
use sea_orm::{prelude::*, ActiveValue::Set, IntoActiveModel, QueryOrder, TransactionTrait};

/// Applications with `status` (all when None), newest first.
pub async fn list(
    db: &DatabaseConnection,
    actor: &CurrentUser,
    status: Option<&str>,
) -> ServiceResult<Vec<partner_application::Model>> {
    actor.require_staff()?;
    let mut q = partner_application::Entity::find();
    if let Some(s) = status.filter(|s| STATUSES.contains(s)) {
        q = q.filter(partner_application::Column::Status.eq(s));
    }
    Ok(q.order_by_desc(partner_application::Column::CreatedAt)
        .all(db)
        .await?)
}

pub async fn find(
    db: &impl ConnectionTrait,
    actor: &CurrentUser,
    id: i32,
) -> ServiceResult<partner_application::Model> {
    actor.require_staff()?;
    partner_application::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)
}

/// Internal notes, and moving an open application to "in review" or "withdrawn".
pub async fn update(
    db: &DatabaseConnection,
    actor: &CurrentUser,
    id: i32,
    notes: &str,
    status: &str,
) -> ServiceResult<()> {
    let app = find(db, actor, id).await?;
    if notes.chars().count() > 20_000 {
        return Err(ServiceError::detail(
            "notes",
            "error-application-too-long",
            vec![("max", "20000".into())],
        ));
    }
    let open = [NEW, IN_REVIEW].contains(&app.status.as_str());
    let status = match status {
        s if s == app.status => s,
        s @ (NEW | IN_REVIEW | WITHDRAWN) if open => s,
        _ => return Err(ServiceError::invalid("status", "error-application-status")),
    };
    let mut m = app.into_active_model();
    m.notes = Set(notes.trim().to_owned());
    m.status = Set(status.to_owned());
    m.update(db).await?;
    Ok(())
}

#[derive(Clone, Debug, Default)]
pub struct Decision {
    /// Accepting: the partnership year (the end defaults to a year after the start).
    pub start: String,
    pub end: String,
    /// Mailed to the applicant with the decision.
    pub message: String,
}

fn open_or_refuse(app: &partner_application::Model) -> ServiceResult<()> {
    if [NEW, IN_REVIEW].contains(&app.status.as_str()) {
        Ok(())
    } else {
        Err(ServiceError::invalid("status", "error-application-decided"))
    }
}

/// Accepts: the institution, the lead's invitation and the mail commit together. Returns the
/// new institution's id.
pub async fn accept(
    state: &AppState,
    actor: &CurrentUser,
    id: i32,
    d: &Decision,
) -> ServiceResult<i32> {
    let txn = state.db.begin().await?;
    let app = find(&txn, actor, id).await?;
    open_or_refuse(&app)?;
    let start = match d.start.trim() {
        "" => Utc::now().date_naive(),
        s => NaiveDate::parse_from_str(s, "%Y-%m-%d")
            .map_err(|_| ServiceError::invalid("start", "error-date-invalid"))?,
    };
    let end = match d.end.trim() {
        "" => start
            .checked_add_months(Months::new(12))
            .ok_or(ServiceError::invalid("end", "error-date-invalid"))?,
        s => NaiveDate::parse_from_str(s, "%Y-%m-%d")
            .map_err(|_| ServiceError::invalid("end", "error-date-invalid"))?,
    };
    let institution_id = institutions::create(
        actor,
        &txn,
        &InstitutionForm {
            name: app.institution.clone(),
            country: app.country.clone(),
            partnership_start: start.to_string(),
            partnership_end: end.to_string(),
        },
    )
    .await
    .map_err(|e| match e.message_key() {
        "error-end-before-start" => ServiceError::invalid("end", "error-end-before-start"),
        _ => e,
    })?;
    let locale = Locale::parse(&app.locale).unwrap_or(Locale::En);
    invitations::invite_in(
        state,
        &txn,
        actor,
        NewInvitation {
            email: app.contact_email.clone(),
            role: Role::PartnerLead,
            institution_id: Some(institution_id),
            locale,
            cohort: None,
        },
    )
    .await?;
    decide(
        state,
        &txn,
        actor,
        app,
        ACCEPTED,
        &d.message,
        Some(institution_id),
    )
    .await?;
    txn.commit().await?;
    Ok(institution_id)
}

pub async fn decline(
    state: &AppState,
    actor: &CurrentUser,
    id: i32,
    message: &str,
) -> ServiceResult<()> {
    let txn = state.db.begin().await?;
    let app = find(&txn, actor, id).await?;
    open_or_refuse(&app)?;
    if message.trim().is_empty() {
        return Err(ServiceError::invalid(
            "message",
            "error-application-message",
        ));
    }
    decide(state, &txn, actor, app, DECLINED, message, None).await?;
    txn.commit().await?;
    Ok(())
}

async fn decide(
    state: &AppState,
    db: &impl ConnectionTrait,
    actor: &CurrentUser,
    app: partner_application::Model,
    status: &str,
    message: &str,
    institution_id: Option<i32>,
) -> ServiceResult<()> {
    let locale = Locale::parse(&app.locale).unwrap_or(Locale::En);
    let message = message.trim().to_owned();
    let (to, name, institution) = (
        app.contact_email.clone(),
        app.contact_name.clone(),
        app.institution.clone(),
    );
    let mut m = app.into_active_model();
    m.status = Set(status.to_owned());
    m.decision_message = Set(Some(message.clone()));
    m.decided_by = Set(Some(actor.id));
    m.decided_at = Set(Some(Utc::now()));
    m.institution_id = Set(institution_id);
    m.update(db).await?;
    mail::outbox::queue(
        state,
        db,
        &to,
        locale,
        if status == ACCEPTED {
            "partner-accepted"
        } else {
            "partner-declined"
        },
        &[
            ("name", name.into()),
            ("institution", institution.into()),
            ("message", message.into()),
        ],
    )
    .await?;
    Ok(())
}
