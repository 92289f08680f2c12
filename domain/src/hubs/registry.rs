//! The hub registry: organizers register each partner institution's JupyterHub, with its API
//! token sealed at rest, and check that the hub answers and the token can do what
//! provisioning needs.
use super::{
    client::{HubClient, HubError},
    network::{self, HubNetwork},
    secret::{self, HubToken},
    username::UsernameScheme,
};
use crate::{
    accounts::CurrentUser,
    entities::{hub, hub_account, hub_url_change, institution},
    AppState, ServiceError, ServiceResult,
};
use chrono::Utc;
use sea_orm::{prelude::*, ActiveValue::Set, QueryOrder, TransactionTrait};
use serde::{Deserialize, Serialize};

/// Scopes provisioning cannot work without.
pub const REQUIRED_SCOPES: [&str; 3] = ["admin:users", "admin:groups", "list:users"];
/// Scopes that enable more: reading the authenticator, stopping servers at the year's end.
pub const OPTIONAL_SCOPES: [&str; 2] = ["read:hub", "delete:servers"];

#[derive(Clone, Debug, Default)]
pub struct HubForm {
    pub institution_id: String,
    pub name: String,
    pub base_url: String,
    /// Empty when editing means "keep the stored token".
    pub token: String,
    pub username_scheme: String,
    pub default_groups: String,
    pub course_groups: bool,
    /// Put before platform-chosen names (`academy-` by default on the form).
    pub name_prefix: String,
}

struct ValidHub {
    institution_id: i32,
    name: String,
    base_url: String,
    token: Option<HubToken>,
    scheme: UsernameScheme,
    groups: Vec<String>,
    prefix: String,
}

/// A name prefix the hub accepts and that normalization leaves alone: lowercase ASCII
/// letters, digits, `-`, `_` and `.`, starting with a letter.
fn check_prefix(p: &str) -> bool {
    p.len() <= 20
        && p.chars().next().is_none_or(|c| c.is_ascii_lowercase())
        && p.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '-' | '_' | '.'))
        && !p.contains("..")
}

/// A group name the hub will accept: no slash, no surrounding spaces, not too long.
fn check_group(g: &str) -> bool {
    !g.is_empty() && g.len() <= 100 && !g.contains('/') && g != "." && g != ".."
}

pub fn parse_groups(text: &str) -> Vec<String> {
    text.lines()
        .flat_map(|l| l.split(','))
        .map(str::trim)
        .filter(|g| !g.is_empty())
        .map(str::to_owned)
        .collect()
}

impl HubForm {
    fn validate(&self, creating: bool, network: HubNetwork) -> ServiceResult<ValidHub> {
        let institution_id =
            self.institution_id.trim().parse().map_err(|_| {
                ServiceError::invalid("institution_id", "error-institution-required")
            })?;
        let name = self.name.trim();
        if name.is_empty() {
            return Err(ServiceError::invalid("name", "error-name-required"));
        }
        if name.chars().count() > 200 {
            return Err(ServiceError::invalid("name", "error-name-too-long"));
        }
        let base_url = network::hub_address(&self.base_url, network)
            .map(|u| network::stored_form(&u))
            .map_err(|key| ServiceError::invalid("base_url", key))?;
        let token = self.token.trim();
        let token = if token.is_empty() {
            if creating {
                return Err(ServiceError::invalid("token", "error-hub-token-required"));
            }
            None
        } else if token.len() < 8 || token.len() > 500 || token.chars().any(char::is_whitespace) {
            return Err(ServiceError::invalid("token", "error-hub-token-invalid"));
        } else {
            Some(HubToken::new(token))
        };
        let scheme = UsernameScheme::parse(&self.username_scheme)
            .ok_or_else(|| ServiceError::invalid("username_scheme", "error-hub-scheme-invalid"))?;
        let groups = parse_groups(&self.default_groups);
        if groups.len() > 20 || !groups.iter().all(|g| check_group(g)) {
            return Err(ServiceError::invalid(
                "default_groups",
                "error-hub-groups-invalid",
            ));
        }
        let prefix = self.name_prefix.trim();
        if !check_prefix(prefix) {
            return Err(ServiceError::invalid(
                "name_prefix",
                "error-hub-prefix-invalid",
            ));
        }
        Ok(ValidHub {
            institution_id,
            name: name.to_owned(),
            base_url,
            token,
            scheme,
            groups,
            prefix: prefix.to_owned(),
        })
    }
}

async fn check_institution(
    db: &DatabaseConnection,
    v: &ValidHub,
    hub_id: Option<i32>,
) -> ServiceResult<()> {
    if institution::Entity::find_by_id(v.institution_id)
        .one(db)
        .await?
        .is_none()
    {
        return Err(ServiceError::invalid(
            "institution_id",
            "error-institution-required",
        ));
    }
    let other = hub::Entity::find()
        .filter(hub::Column::InstitutionId.eq(v.institution_id))
        .one(db)
        .await?;
    if other.is_some_and(|o| Some(o.id) != hub_id) {
        return Err(ServiceError::invalid(
            "institution_id",
            "error-hub-institution-taken",
        ));
    }
    Ok(())
}

pub async fn create(actor: &CurrentUser, state: &AppState, form: &HubForm) -> ServiceResult<i32> {
    actor.require_staff()?;
    let v = form.validate(true, state.config.hub_network)?;
    check_institution(&state.db, &v, None).await?;
    let token = v.token.as_ref().expect("required when creating");
    // The token is sealed with the hub's id, known only once the row exists.
    let txn = state.db.begin().await?;
    let m = hub::ActiveModel {
        institution_id: Set(v.institution_id),
        name: Set(v.name),
        base_url: Set(v.base_url.clone()),
        token_encrypted: Set(String::new()),
        username_scheme: Set(v.scheme.as_str().to_owned()),
        default_groups: Set(v.groups.join("\n")),
        course_groups: Set(form.course_groups),
        name_prefix: Set(v.prefix),
        last_check: Set(None),
        checked_at: Set(None),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    hub::ActiveModel {
        id: Set(m.id),
        token_encrypted: Set(seal(state, m.id, &v.base_url, token)),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    txn.commit().await?;
    tracing::info!(hub = m.id, actor = actor.id, "hub registered");
    Ok(m.id)
}

fn seal(state: &AppState, hub_id: i32, base_url: &str, token: &HubToken) -> String {
    secret::encrypt(
        &state.config.secret_key.0,
        token,
        &secret::binding(hub_id, base_url),
    )
}

fn origin_of(base_url: &str) -> Option<String> {
    url::Url::parse(base_url)
        .ok()
        .map(|u| u.origin().ascii_serialization())
}

/// Saves a hub's settings. A new origin (scheme, host or port) needs the token typed again:
/// the stored one was given for the old address and is never sent anywhere else. Every
/// change of address is recorded (who, before, after, when).
pub async fn update(
    actor: &CurrentUser,
    state: &AppState,
    id: i32,
    form: &HubForm,
) -> ServiceResult<()> {
    actor.require_staff()?;
    let existing = find(&state.db, id).await?;
    let v = form.validate(false, state.config.hub_network)?;
    check_institution(&state.db, &v, Some(id)).await?;
    let moved = origin_of(&existing.base_url) != origin_of(&v.base_url);
    if moved && v.token.is_none() {
        return Err(ServiceError::invalid("token", "error-hub-token-again"));
    }
    let txn = state.db.begin().await?;
    let mut m = hub::ActiveModel {
        id: Set(existing.id),
        institution_id: Set(v.institution_id),
        name: Set(v.name),
        base_url: Set(v.base_url.clone()),
        username_scheme: Set(v.scheme.as_str().to_owned()),
        default_groups: Set(v.groups.join("\n")),
        course_groups: Set(form.course_groups),
        name_prefix: Set(v.prefix),
        ..Default::default()
    };
    if let Some(t) = &v.token {
        m.token_encrypted = Set(seal(state, existing.id, &v.base_url, t));
    }
    if v.token.is_some() || v.base_url != existing.base_url {
        // The old check said nothing about the new token or address.
        m.last_check = Set(None);
        m.checked_at = Set(None);
    }
    m.update(&txn).await?;
    if v.base_url != existing.base_url {
        hub_url_change::ActiveModel {
            hub_id: Set(existing.id),
            changed_by: Set(Some(actor.id)),
            before: Set(existing.base_url.clone()),
            after: Set(v.base_url.clone()),
            changed_at: Set(Utc::now()),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        tracing::warn!(hub = id, actor = actor.id, before = %existing.base_url, after = %v.base_url, "hub address changed");
    }
    txn.commit().await?;
    Ok(())
}

/// The recorded changes of a hub's address, newest first.
pub async fn url_changes(
    db: &DatabaseConnection,
    hub_id: i32,
) -> ServiceResult<Vec<hub_url_change::Model>> {
    Ok(hub_url_change::Entity::find()
        .filter(hub_url_change::Column::HubId.eq(hub_id))
        .order_by_desc(hub_url_change::Column::Id)
        .all(db)
        .await?)
}

/// The same, each with the name of who made it (empty when that account is gone).
pub async fn url_changes_named(
    db: &DatabaseConnection,
    hub_id: i32,
) -> ServiceResult<Vec<(hub_url_change::Model, String)>> {
    let changes = url_changes(db, hub_id).await?;
    let ids: Vec<i32> = changes.iter().filter_map(|c| c.changed_by).collect();
    let names: std::collections::HashMap<i32, String> = crate::entities::user::Entity::find()
        .filter(crate::entities::user::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.name))
        .collect();
    Ok(changes
        .into_iter()
        .map(|c| {
            let who = c
                .changed_by
                .and_then(|id| names.get(&id).cloned())
                .unwrap_or_default();
            (c, who)
        })
        .collect())
}

/// Whether the organizer must enter the hub's token again (sealed for another address, with
/// another secret key, or before tokens were bound to their hub).
pub fn token_needed(state: &AppState, h: &hub::Model) -> bool {
    !secret::opens(
        &state.config.secret_key.0,
        &h.token_encrypted,
        &secret::binding(h.id, &h.base_url),
    )
}

pub async fn find(db: &DatabaseConnection, id: i32) -> ServiceResult<hub::Model> {
    hub::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)
}

pub async fn for_institution(
    db: &impl ConnectionTrait,
    institution_id: i32,
) -> ServiceResult<Option<hub::Model>> {
    Ok(hub::Entity::find()
        .filter(hub::Column::InstitutionId.eq(institution_id))
        .one(db)
        .await?)
}

/// A client for the hub, with its token unsealed in memory only, and only for the hub and
/// origin it was given for.
pub fn client(state: &AppState, h: &hub::Model) -> Result<HubClient, HubError> {
    let token = secret::decrypt(
        &state.config.secret_key.0,
        &h.token_encrypted,
        &secret::binding(h.id, &h.base_url),
    )
    .ok_or(HubError::TokenSealed)?;
    HubClient::new(&h.base_url, token, state.config.hub_network)
}

#[derive(Clone, Debug)]
pub struct HubRow {
    pub hub: hub::Model,
    pub institution: String,
    pub accounts: Vec<(String, u64)>,
}

pub async fn list(actor: &CurrentUser, db: &DatabaseConnection) -> ServiceResult<Vec<HubRow>> {
    actor.require_staff()?;
    let hubs = hub::Entity::find()
        .order_by_asc(hub::Column::Name)
        .all(db)
        .await?;
    let names: std::collections::HashMap<i32, String> = institution::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|i| (i.id, i.name))
        .collect();
    let mut rows = Vec::with_capacity(hubs.len());
    for h in hubs {
        let accounts = super::provisioning::status_counts(db, h.id).await?;
        rows.push(HubRow {
            institution: names.get(&h.institution_id).cloned().unwrap_or_default(),
            hub: h,
            accounts,
        });
    }
    Ok(rows)
}

/// What "Test connection" found, kept with the hub and shown on its page.
#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq)]
pub struct ConnectionCheck {
    pub reachable: bool,
    pub version: Option<String>,
    pub token_ok: bool,
    pub missing_scopes: Vec<String>,
    pub missing_optional: Vec<String>,
    pub authenticator: Option<String>,
    pub proposed_scheme: Option<String>,
    /// JupyterHub 5 and later: users created through the API sign in only where the hub
    /// sets `allow_existing_users`.
    pub warn_allow_existing_users: bool,
    /// Fluent id of what went wrong, and a fixed technical description (never the hub's
    /// own words: whatever answers at the address must not be able to write on the page).
    pub error_key: Option<String>,
    pub error_detail: Option<String>,
}

impl ConnectionCheck {
    pub fn passed(&self) -> bool {
        self.reachable && self.token_ok && self.missing_scopes.is_empty()
    }
}

/// Probes a hub the way provisioning will use it, step by step, stopping at the first
/// step that fails so the organizer knows exactly what to fix.
pub async fn probe(client: &HubClient) -> ConnectionCheck {
    let mut c = ConnectionCheck::default();
    let fail = |mut c: ConnectionCheck, e: HubError, key: &str| {
        c.error_key = Some(key.to_owned());
        c.error_detail = Some(e.to_string());
        c
    };
    match client.version().await {
        Ok(v) => {
            c.reachable = true;
            c.warn_allow_existing_users = v
                .split('.')
                .next()
                .and_then(|m| m.parse::<u32>().ok())
                .is_some_and(|m| m >= 5);
            c.version = Some(v);
        }
        Err(e @ (HubError::Blocked | HubError::Redirected { .. })) => {
            let key = e.message_key();
            return fail(c, e, key);
        }
        Err(e) => return fail(c, e, "hub-check-unreachable"),
    }
    let me = match client.whoami().await {
        Ok(me) => me,
        Err(e @ HubError::Auth { .. }) => return fail(c, e, "hub-check-token-refused"),
        Err(e) => return fail(c, e, "hub-check-failed"),
    };
    c.token_ok = true;
    let has = |s: &str| me.scopes.iter().any(|x| x == s);
    c.missing_scopes = REQUIRED_SCOPES
        .iter()
        .filter(|s| !has(s))
        .map(|s| String::from(*s))
        .collect();
    c.missing_optional = OPTIONAL_SCOPES
        .iter()
        // The hub lists expanded scopes: `servers` shows up as `delete:servers` too.
        .filter(|s| !has(s))
        .map(|s| String::from(*s))
        .collect();
    if has("read:hub") {
        if let Ok(info) = client.info().await {
            if let Some(a) = info.authenticator {
                c.proposed_scheme =
                    UsernameScheme::for_authenticator(&a.class).map(|s| s.as_str().to_owned());
                c.authenticator = Some(a.class);
            }
        }
    }
    if !c.missing_scopes.is_empty() {
        c.error_key = Some("hub-check-missing-scopes".into());
    }
    c
}

/// Runs the probe for a registered hub and stores the result with it.
pub async fn check_connection(
    actor: &CurrentUser,
    state: &AppState,
    id: i32,
) -> ServiceResult<ConnectionCheck> {
    actor.require_staff()?;
    let h = find(&state.db, id).await?;
    let result = match client(state, &h) {
        Ok(c) => probe(&c).await,
        Err(e) => ConnectionCheck {
            error_key: Some(e.message_key().into()),
            error_detail: Some(e.to_string()),
            ..Default::default()
        },
    };
    hub::ActiveModel {
        id: Set(h.id),
        last_check: Set(Some(
            serde_json::to_string(&result).map_err(|e| ServiceError::Internal(e.to_string()))?,
        )),
        checked_at: Set(Some(Utc::now())),
        ..Default::default()
    }
    .update(&state.db)
    .await?;
    Ok(result)
}

pub fn last_check(h: &hub::Model) -> Option<ConnectionCheck> {
    h.last_check
        .as_deref()
        .and_then(|s| serde_json::from_str(s).ok())
}

/// Every account row of a hub (for the CLI and the overview).
pub async fn accounts(
    db: &DatabaseConnection,
    hub_id: i32,
) -> ServiceResult<Vec<hub_account::Model>> {
    Ok(hub_account::Entity::find()
        .filter(hub_account::Column::HubId.eq(hub_id))
        .order_by_asc(hub_account::Column::HubUsername)
        .all(db)
        .await?)
}
