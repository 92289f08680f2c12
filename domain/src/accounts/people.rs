//! People: creating accounts, loading who is signed in, listing and changing roles.
use super::{passwords, CurrentUser, EmailAddress, Role};
use crate::{
    entities::{user, user_role},
    i18n::Locale,
    ServiceError, ServiceResult,
};
use chrono::Utc;
use sea_orm::{prelude::*, ActiveValue::Set, ConnectionTrait, QueryOrder, TransactionTrait};

pub struct NewPerson<'a> {
    pub email: &'a EmailAddress,
    pub name: &'a str,
    pub locale: Locale,
    pub password: &'a str,
    pub institution_id: Option<i32>,
    pub roles: &'a [Role],
}

/// A name as people type it: trimmed, not empty, not a novel, plain text on one line.
pub fn check_name(name: &str) -> ServiceResult<String> {
    crate::text::plain_line("name", name, 120)
}

pub async fn create(db: &impl ConnectionTrait, p: NewPerson<'_>) -> ServiceResult<i32> {
    let name = check_name(p.name)?;
    passwords::check_policy("password", p.password)?;
    if find_by_email(db, p.email).await?.is_some() {
        return Err(ServiceError::invalid("email", "error-email-taken"));
    }
    let hash = passwords::hash(p.password)?;
    let u = user::ActiveModel {
        email: Set(p.email.as_str().to_owned()),
        name: Set(name),
        locale: Set(p.locale.code().to_owned()),
        password_hash: Set(hash),
        institution_id: Set(p.institution_id),
        active: Set(true),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    for role in p.roles {
        add_role(db, u.id, *role).await?;
    }
    Ok(u.id)
}

pub async fn add_role(db: &impl ConnectionTrait, user_id: i32, role: Role) -> ServiceResult<()> {
    let exists = user_role::Entity::find_by_id((user_id, role.as_str().to_owned()))
        .one(db)
        .await?;
    if exists.is_none() {
        user_role::ActiveModel {
            user_id: Set(user_id),
            role: Set(role.as_str().to_owned()),
        }
        .insert(db)
        .await?;
    }
    Ok(())
}

pub async fn find_by_email(
    db: &impl ConnectionTrait,
    email: &EmailAddress,
) -> ServiceResult<Option<user::Model>> {
    Ok(user::Entity::find()
        .filter(user::Column::Email.eq(email.as_str()))
        .one(db)
        .await?)
}

pub async fn roles_of(db: &impl ConnectionTrait, user_id: i32) -> ServiceResult<Vec<Role>> {
    let mut roles: Vec<Role> = user_role::Entity::find()
        .filter(user_role::Column::UserId.eq(user_id))
        .all(db)
        .await?
        .into_iter()
        .filter_map(|r| Role::parse(&r.role))
        .collect();
    roles.sort();
    Ok(roles)
}

pub async fn current_user(
    db: &impl ConnectionTrait,
    user_id: i32,
) -> ServiceResult<Option<CurrentUser>> {
    let Some(u) = user::Entity::find_by_id(user_id).one(db).await? else {
        return Ok(None);
    };
    if !u.active {
        return Ok(None);
    }
    Ok(Some(CurrentUser {
        id: u.id,
        roles: roles_of(db, u.id).await?,
        name: u.name,
        email: u.email,
        locale: Locale::parse(&u.locale).unwrap_or(Locale::En),
        institution_id: u.institution_id,
    }))
}

pub async fn set_locale(
    db: &impl ConnectionTrait,
    user_id: i32,
    locale: Locale,
) -> ServiceResult<()> {
    user::ActiveModel {
        id: Set(user_id),
        locale: Set(locale.code().to_owned()),
        ..Default::default()
    }
    .update(db)
    .await?;
    Ok(())
}

/// A GitHub login as GitHub allows it: 1 to 39 letters, digits or single inner hyphens.
pub fn check_github_username(s: &str) -> ServiceResult<Option<String>> {
    let s = s.trim().trim_start_matches('@');
    if s.is_empty() {
        return Ok(None);
    }
    let valid = s.len() <= 39
        && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--");
    if !valid {
        return Err(ServiceError::invalid(
            "github_username",
            "error-github-invalid",
        ));
    }
    Ok(Some(s.to_owned()))
}

pub use super::github::{github_username, set_github_username};

/// One row of the people list that staff see.
#[derive(Clone, Debug)]
pub struct PersonRow {
    pub id: i32,
    pub name: String,
    pub email: String,
    pub locale: Locale,
    pub roles: Vec<Role>,
    pub institution_id: Option<i32>,
    pub active: bool,
    pub created_at: DateTimeUtc,
}

pub async fn list(actor: &CurrentUser, db: &DatabaseConnection) -> ServiceResult<Vec<PersonRow>> {
    actor.require_staff()?;
    let users = user::Entity::find()
        .order_by_asc(user::Column::Name)
        .all(db)
        .await?;
    let roles = user_role::Entity::find().all(db).await?;
    Ok(users
        .into_iter()
        .map(|u| {
            let mut rs: Vec<Role> = roles
                .iter()
                .filter(|r| r.user_id == u.id)
                .filter_map(|r| Role::parse(&r.role))
                .collect();
            rs.sort();
            PersonRow {
                id: u.id,
                name: u.name,
                email: u.email,
                locale: Locale::parse(&u.locale).unwrap_or(Locale::En),
                roles: rs,
                institution_id: u.institution_id,
                active: u.active,
                created_at: u.created_at,
            }
        })
        .collect())
}

/// Replaces a person's roles. Only admins grant or take away the admin role, and nobody
/// removes their own admin role (so the last admin cannot lock everyone out by accident).
pub async fn set_roles(
    actor: &CurrentUser,
    db: &DatabaseConnection,
    user_id: i32,
    roles: &[Role],
) -> ServiceResult<()> {
    actor.require_staff()?;
    let before = roles_of(db, user_id).await?;
    let touches_admin = before.contains(&Role::Admin) != roles.contains(&Role::Admin);
    if touches_admin && !actor.has(Role::Admin) {
        return Err(ServiceError::Forbidden);
    }
    if actor.id == user_id && before.contains(&Role::Admin) && !roles.contains(&Role::Admin) {
        return Err(ServiceError::invalid(
            "roles",
            "error-cannot-drop-own-admin",
        ));
    }
    if user::Entity::find_by_id(user_id).one(db).await?.is_none() {
        return Err(ServiceError::NotFound);
    }
    let txn = db.begin().await?;
    user_role::Entity::delete_many()
        .filter(user_role::Column::UserId.eq(user_id))
        .exec(&txn)
        .await?;
    for r in roles {
        add_role(&txn, user_id, *r).await?;
    }
    txn.commit().await?;
    Ok(())
}

pub async fn member_since(db: &DatabaseConnection, user_id: i32) -> ServiceResult<DateTimeUtc> {
    Ok(user::Entity::find_by_id(user_id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?
        .created_at)
}
