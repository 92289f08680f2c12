//! Invitation-based sign-up: staff invite an address with a role and an institution; the link
//! in the mail (single use, expiring) lets the person choose name, language and password.
use super::{people, CurrentUser, EmailAddress, Role};
use crate::{
    entities::{institution, invitation},
    i18n::Locale,
    mail, security,
    state::AppState,
    ServiceError, ServiceResult,
};
use chrono::{Duration, Utc};
use sea_orm::{prelude::*, ActiveValue::Set, QueryOrder, TransactionTrait};

pub const VALID_DAYS: i64 = 14;

#[derive(Clone, Debug, Default)]
pub struct InviteForm {
    pub email: String,
    pub role: String,
    pub institution_id: String,
    pub locale: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InvitationStatus {
    Pending,
    Accepted,
    Revoked,
    Expired,
}

impl InvitationStatus {
    pub fn of(i: &invitation::Model) -> Self {
        if i.accepted_at.is_some() {
            Self::Accepted
        } else if i.revoked_at.is_some() {
            Self::Revoked
        } else if i.expires_at <= Utc::now() {
            Self::Expired
        } else {
            Self::Pending
        }
    }

    pub fn key(&self) -> &'static str {
        match self {
            Self::Pending => "invitation-status-pending",
            Self::Accepted => "invitation-status-accepted",
            Self::Revoked => "invitation-status-revoked",
            Self::Expired => "invitation-status-expired",
        }
    }
}

/// Creates the invitation and queues its mail in the invitee's language. Returns its id.
pub async fn invite(
    state: &AppState,
    actor: &CurrentUser,
    form: &InviteForm,
) -> ServiceResult<i32> {
    actor.require_staff()?;
    let email = EmailAddress::parse(&form.email)?;
    let role =
        Role::parse(&form.role).ok_or(ServiceError::invalid("role", "error-role-invalid"))?;
    if role == Role::Admin && !actor.has(Role::Admin) {
        return Err(ServiceError::invalid("role", "error-role-not-allowed"));
    }
    let locale = Locale::parse(&form.locale).unwrap_or(state.config.default_locale);
    let institution_id = match form.institution_id.trim() {
        "" => None,
        s => {
            let id: i32 = s.parse().map_err(|_| {
                ServiceError::invalid("institution_id", "error-institution-invalid")
            })?;
            institution::Entity::find_by_id(id)
                .one(&state.db)
                .await?
                .ok_or(ServiceError::invalid(
                    "institution_id",
                    "error-institution-invalid",
                ))?;
            Some(id)
        }
    };
    if people::find_by_email(&state.db, &email).await?.is_some() {
        return Err(ServiceError::invalid("email", "error-email-taken"));
    }
    let txn = state.db.begin().await?;
    let id = insert(
        state,
        &txn,
        actor,
        NewInvitation {
            email: email.as_str().to_owned(),
            role,
            institution_id,
            locale,
            cohort: None,
        },
    )
    .await?;
    txn.commit().await?;
    Ok(id)
}

/// Where an invitation from a cohort import places the person once they accept.
#[derive(Clone, Debug)]
pub struct CohortPlace {
    pub cohort_id: i32,
    pub role: String,
    pub project: Option<String>,
    pub github: Option<String>,
}

#[derive(Clone, Debug)]
pub struct NewInvitation {
    pub email: String,
    pub role: Role,
    pub institution_id: Option<i32>,
    pub locale: Locale,
    pub cohort: Option<CohortPlace>,
}

/// Creates an invitation and queues its mail inside the caller's transaction (a cohort
/// import invites many people and commits them together).
pub async fn invite_in(
    state: &AppState,
    txn: &impl ConnectionTrait,
    actor: &CurrentUser,
    new: NewInvitation,
) -> ServiceResult<()> {
    actor.require_staff()?;
    insert(state, txn, actor, new).await.map(|_| ())
}

pub(crate) async fn insert(
    state: &AppState,
    txn: &impl ConnectionTrait,
    actor: &CurrentUser,
    new: NewInvitation,
) -> ServiceResult<i32> {
    let token = security::random_token();
    let now = Utc::now();
    let place = new.cohort;
    let inv = invitation::ActiveModel {
        email: Set(new.email),
        role: Set(new.role.as_str().to_owned()),
        institution_id: Set(new.institution_id),
        locale: Set(new.locale.code().to_owned()),
        token_hash: Set(security::hash_token(&token)),
        invited_by: Set(Some(actor.id)),
        created_at: Set(now),
        expires_at: Set(now + Duration::days(VALID_DAYS)),
        accepted_at: Set(None),
        revoked_at: Set(None),
        cohort_id: Set(place.as_ref().map(|p| p.cohort_id)),
        cohort_role: Set(place.as_ref().map(|p| p.role.clone())),
        project: Set(place.as_ref().and_then(|p| p.project.clone())),
        github_username: Set(place.as_ref().and_then(|p| p.github.clone())),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    queue_mail(state, txn, &inv, &token, &actor.name).await?;
    Ok(inv.id)
}

async fn queue_mail(
    state: &AppState,
    db: &impl ConnectionTrait,
    inv: &invitation::Model,
    token: &str,
    inviter: &str,
) -> ServiceResult<()> {
    let locale = Locale::parse(&inv.locale).unwrap_or(Locale::En);
    let role = state.i18n.t(locale, &format!("role-{}", inv.role), &[]);
    let link = state.config.link(&format!("/invitation/{token}"));
    mail::outbox::queue(
        state,
        db,
        &inv.email,
        locale,
        "invitation",
        &[
            ("inviter", inviter.to_owned().into()),
            ("role", role.into()),
            ("link", link.into()),
            ("days", VALID_DAYS.into()),
        ],
    )
    .await
    .map(|_| ())
}

/// A fresh link (the old one stops working) and a fresh expiry, mailed again.
pub async fn resend(state: &AppState, actor: &CurrentUser, id: i32) -> ServiceResult<()> {
    actor.require_staff()?;
    let inv = invitation::Entity::find_by_id(id)
        .one(&state.db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    if inv.accepted_at.is_some() {
        return Err(ServiceError::invalid("invitation", "error-invitation-used"));
    }
    let token = security::random_token();
    let txn = state.db.begin().await?;
    let inv = invitation::ActiveModel {
        id: Set(inv.id),
        token_hash: Set(security::hash_token(&token)),
        expires_at: Set(Utc::now() + Duration::days(VALID_DAYS)),
        revoked_at: Set(None),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    queue_mail(state, &txn, &inv, &token, &actor.name).await?;
    txn.commit().await?;
    Ok(())
}

pub async fn revoke(state: &AppState, actor: &CurrentUser, id: i32) -> ServiceResult<()> {
    actor.require_staff()?;
    let inv = invitation::Entity::find_by_id(id)
        .one(&state.db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    if inv.accepted_at.is_some() {
        return Err(ServiceError::invalid("invitation", "error-invitation-used"));
    }
    invitation::ActiveModel {
        id: Set(id),
        revoked_at: Set(Some(Utc::now())),
        ..Default::default()
    }
    .update(&state.db)
    .await?;
    Ok(())
}

pub async fn list(state: &AppState, actor: &CurrentUser) -> ServiceResult<Vec<invitation::Model>> {
    actor.require_staff()?;
    Ok(invitation::Entity::find()
        .order_by_desc(invitation::Column::CreatedAt)
        .all(&state.db)
        .await?)
}

/// The invitation behind a link, only while it can still be accepted.
pub async fn find_open(db: &DatabaseConnection, token: &str) -> ServiceResult<invitation::Model> {
    let inv = invitation::Entity::find()
        .filter(invitation::Column::TokenHash.eq(security::hash_token(token)))
        .one(db)
        .await?
        .ok_or(ServiceError::invalid("token", "error-invitation-invalid"))?;
    match InvitationStatus::of(&inv) {
        InvitationStatus::Pending => Ok(inv),
        InvitationStatus::Expired => {
            Err(ServiceError::invalid("token", "error-invitation-expired"))
        }
        _ => Err(ServiceError::invalid("token", "error-invitation-invalid")),
    }
}

#[derive(Clone, Debug, Default)]
pub struct AcceptForm {
    pub name: String,
    pub locale: String,
    pub password: String,
    pub confirm_password: String,
}

/// Creates the account and marks the invitation used, in one transaction. Returns the new
/// person's id.
pub async fn accept(db: &DatabaseConnection, token: &str, form: &AcceptForm) -> ServiceResult<i32> {
    let inv = find_open(db, token).await?;
    people::check_name(&form.name)?;
    let locale = Locale::parse(&form.locale)
        .ok_or(ServiceError::invalid("locale", "error-locale-invalid"))?;
    super::passwords::check_policy("password", &form.password)?;
    if form.password != form.confirm_password {
        return Err(ServiceError::invalid(
            "confirm_password",
            "error-password-mismatch",
        ));
    }
    let role = Role::parse(&inv.role).unwrap_or(Role::Learner);
    let email = EmailAddress::parse(&inv.email)?;
    let txn = db.begin().await?;
    // Claim the invitation first: a second, concurrent accept finds it used.
    let claimed = invitation::Entity::update_many()
        .col_expr(
            invitation::Column::AcceptedAt,
            Expr::value(Some(Utc::now())),
        )
        .filter(invitation::Column::Id.eq(inv.id))
        .filter(invitation::Column::AcceptedAt.is_null())
        .exec(&txn)
        .await?;
    if claimed.rows_affected != 1 {
        return Err(ServiceError::invalid("token", "error-invitation-invalid"));
    }
    let id = people::create(
        &txn,
        people::NewPerson {
            email: &email,
            name: &form.name,
            locale,
            password: &form.password,
            institution_id: inv.institution_id,
            roles: &[role],
        },
    )
    .await?;
    let github = match &inv.github_username {
        Some(g) if super::github::take_verified(&txn, id, g).await? => Some(g),
        _ => None,
    };
    // A cohort import's invitation: the person joins their cohort (and project) now.
    crate::cohorts::people::join_on_acceptance(&txn, id, &inv).await?;
    if let Some(g) = github {
        // Other cohorts naming the username ask their organizers first.
        crate::cohorts::claims::record(&txn, id, g).await?;
    }
    txn.commit().await?;
    crate::hubs::provisioning::after_joining(db, id).await;
    Ok(id)
}
