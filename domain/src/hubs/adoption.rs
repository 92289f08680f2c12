//! Hub users the platform made versus ones it found. A `POST /users/{name}` answered 409
//! means the name is taken, not that the user is ours: it may be the hub's administrator or
//! a person who signed in to the hub before. Such a user is recorded as adopted and left
//! alone (no groups, never deleted) until an organizer confirms on the hub page that it is
//! this person; hub administrators cannot be confirmed at all.
use super::{
    client::{HubClient, HubError},
    provisioning::{self, status},
    registry,
};
use crate::{
    accounts::CurrentUser,
    entities::{hub, hub_account},
    ServiceError, ServiceResult,
};
use chrono::Utc;
use sea_orm::{prelude::*, ActiveValue::Set};

/// Where a hub user came from, as stored in `hub_accounts.origin`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// The platform is about to create it (set before the POST, so a run that crashed after
    /// the hub created the user knows the user is its own).
    Creating,
    Created,
    /// It existed on the hub before the platform asked for it.
    Adopted,
    /// Linked before origins were recorded.
    Unknown,
}

impl Origin {
    pub fn as_str(self) -> &'static str {
        match self {
            Origin::Creating => "creating",
            Origin::Created => "created",
            Origin::Adopted => "adopted",
            Origin::Unknown => "unknown",
        }
    }

    pub fn parse(s: &str) -> Option<Origin> {
        [
            Origin::Creating,
            Origin::Created,
            Origin::Adopted,
            Origin::Unknown,
        ]
        .into_iter()
        .find(|o| o.as_str() == s)
    }

    pub fn of(a: &hub_account::Model) -> Option<Origin> {
        a.origin.as_deref().and_then(Origin::parse)
    }
}

/// The Fluent ids of why an adopted user waits (`hub_accounts.error_key`).
pub const NAME_TAKEN: &str = "hub-error-name-taken";
pub const NAME_ADMIN: &str = "hub-error-name-admin";

/// Whether the platform may delete this hub user and change its groups: it made it, or an
/// organizer confirmed it is this person.
pub fn managed(a: &hub_account::Model) -> bool {
    match Origin::of(a) {
        Some(Origin::Created) | Some(Origin::Creating) => true,
        Some(Origin::Adopted) | Some(Origin::Unknown) => a.adoption_confirmed_at.is_some(),
        None => false,
    }
}

/// What provisioning should do with the hub user of this account.
pub enum Claim {
    /// Ours (or confirmed): go on with its groups.
    Proceed,
    /// Taken by a user the platform did not create: recorded, nothing more.
    Held,
}

async fn set_origin(
    db: &DatabaseConnection,
    a: &hub_account::Model,
    origin: Origin,
) -> Result<(), DbErr> {
    hub_account::ActiveModel {
        id: Set(a.id),
        origin: Set(Some(origin.as_str().to_owned())),
        updated_at: Set(Utc::now()),
        ..Default::default()
    }
    .update(db)
    .await
    .map(|_| ())
}

/// Makes sure the account's hub user exists and says whether the platform may manage it.
/// The first time, the hub is asked whether the name is taken before anything is created.
pub async fn claim(
    db: &DatabaseConnection,
    client: &HubClient,
    a: &hub_account::Model,
) -> Result<Claim, ClaimError> {
    match Origin::of(a) {
        Some(Origin::Created) | Some(Origin::Unknown) => {
            // Ours already: re-create it if someone deleted it on the hub.
            client.create_user(&a.hub_username).await?;
            Ok(Claim::Proceed)
        }
        Some(Origin::Adopted) if a.adoption_confirmed_at.is_some() => {
            client.create_user(&a.hub_username).await?;
            Ok(Claim::Proceed)
        }
        Some(Origin::Adopted) => {
            let admin = client
                .get_user(&a.hub_username)
                .await?
                .is_some_and(|u| u.admin);
            hold(db, a, admin).await?;
            Ok(Claim::Held)
        }
        None | Some(Origin::Creating) => {
            if Origin::of(a).is_none() {
                if let Some(found) = client.get_user(&a.hub_username).await? {
                    set_origin(db, a, Origin::Adopted).await?;
                    hold(db, a, found.admin).await?;
                    return Ok(Claim::Held);
                }
                set_origin(db, a, Origin::Creating).await?;
            }
            // "Already exists" here is this run's own earlier attempt (a lost answer, or a
            // crash after the hub created the user): the name was free when we looked.
            client.create_user(&a.hub_username).await?;
            set_origin(db, a, Origin::Created).await?;
            Ok(Claim::Proceed)
        }
    }
}

async fn hold(db: &DatabaseConnection, a: &hub_account::Model, admin: bool) -> Result<(), DbErr> {
    hub_account::ActiveModel {
        id: Set(a.id),
        status: Set(status::CONFLICT.to_owned()),
        error_key: Set(Some(if admin { NAME_ADMIN } else { NAME_TAKEN }.to_owned())),
        error_detail: Set(None),
        updated_at: Set(Utc::now()),
        ..Default::default()
    }
    .update(db)
    .await
    .map(|_| ())
}

pub enum ClaimError {
    Hub(HubError),
    Db(DbErr),
}

impl From<HubError> for ClaimError {
    fn from(e: HubError) -> Self {
        ClaimError::Hub(e)
    }
}
impl From<DbErr> for ClaimError {
    fn from(e: DbErr) -> Self {
        ClaimError::Db(e)
    }
}

/// An organizer confirms that the hub user found under this person's name is this person:
/// the platform may then add it to groups and, at the end of the year, delete it. Needs the
/// explicit confirmation box; refused for the hub's administrators.
pub async fn confirm(
    actor: &CurrentUser,
    db: &DatabaseConnection,
    h: &hub::Model,
    user_id: i32,
    confirmed: bool,
) -> ServiceResult<provisioning::Queued> {
    actor.require_staff()?;
    let a = hub_account::Entity::find()
        .filter(hub_account::Column::HubId.eq(h.id))
        .filter(hub_account::Column::UserId.eq(user_id))
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    if !matches!(
        Origin::of(&a),
        Some(Origin::Adopted) | Some(Origin::Unknown)
    ) {
        return Err(ServiceError::invalid("confirm", "error-hub-not-adopted"));
    }
    if a.error_key.as_deref() == Some(NAME_ADMIN) {
        return Err(ServiceError::invalid("confirm", "error-hub-adopt-admin"));
    }
    if !confirmed {
        return Err(ServiceError::invalid(
            "confirm",
            "error-hub-confirm-required",
        ));
    }
    hub_account::ActiveModel {
        id: Set(a.id),
        adoption_confirmed_by: Set(Some(actor.id)),
        adoption_confirmed_at: Set(Some(Utc::now())),
        status: Set(status::PENDING.to_owned()),
        error_key: Set(None),
        updated_at: Set(Utc::now()),
        ..Default::default()
    }
    .update(db)
    .await?;
    tracing::info!(hub = h.id, user = user_id, actor = actor.id, name = %a.hub_username, "adopted hub user confirmed");
    let h = registry::find(db, h.id).await?;
    provisioning::queue(db, &h, &[user_id], "person", Some(actor.id)).await
}

/// Accounts whose name was taken on the hub by a user the platform did not create, for the
/// hub page.
pub async fn collisions(
    db: &DatabaseConnection,
    hub_id: i32,
) -> ServiceResult<Vec<hub_account::Model>> {
    Ok(hub_account::Entity::find()
        .filter(hub_account::Column::HubId.eq(hub_id))
        .filter(hub_account::Column::Status.eq(status::CONFLICT))
        .all(db)
        .await?)
}
