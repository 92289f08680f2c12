//! Partner institutions: the Catalyst Community Partners and their partnership years.
use super::CurrentUser;
use crate::{
    entities::{institution, user},
    ServiceError, ServiceResult,
};
use chrono::{NaiveDate, Utc};
use sea_orm::{prelude::*, ActiveValue::Set, QueryOrder};

#[derive(Clone, Debug, Default)]
pub struct InstitutionForm {
    pub name: String,
    pub country: String,
    pub partnership_start: String,
    pub partnership_end: String,
}

pub struct ValidInstitution {
    name: String,
    country: String,
    start: Option<NaiveDate>,
    end: Option<NaiveDate>,
}

fn parse_date(field: &'static str, s: &str) -> ServiceResult<Option<NaiveDate>> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(None);
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map(Some)
        .map_err(|_| ServiceError::invalid(field, "error-date-invalid"))
}

impl InstitutionForm {
    pub fn validate(&self) -> ServiceResult<ValidInstitution> {
        let name = crate::text::plain_line("name", &self.name, 200)?;
        let name = name.as_str();
        let country = self.country.trim();
        if country.is_empty() {
            return Err(ServiceError::invalid("country", "error-country-required"));
        }
        let start = parse_date("partnership_start", &self.partnership_start)?;
        let end = parse_date("partnership_end", &self.partnership_end)?;
        if let (Some(s), Some(e)) = (start, end) {
            if e <= s {
                return Err(ServiceError::invalid(
                    "partnership_end",
                    "error-end-before-start",
                ));
            }
        }
        Ok(ValidInstitution {
            name: name.to_owned(),
            country: country.to_owned(),
            start,
            end,
        })
    }
}

pub async fn create(
    actor: &CurrentUser,
    db: &impl ConnectionTrait,
    form: &InstitutionForm,
) -> ServiceResult<i32> {
    actor.require_staff()?;
    let v = form.validate()?;
    if institution::Entity::find()
        .filter(institution::Column::Name.eq(&v.name))
        .one(db)
        .await?
        .is_some()
    {
        return Err(ServiceError::invalid("name", "error-institution-exists"));
    }
    let m = institution::ActiveModel {
        name: Set(v.name),
        country: Set(v.country),
        partnership_start: Set(v.start),
        partnership_end: Set(v.end),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(m.id)
}

pub async fn update(
    actor: &CurrentUser,
    db: &DatabaseConnection,
    id: i32,
    form: &InstitutionForm,
) -> ServiceResult<()> {
    actor.require_staff()?;
    let v = form.validate()?;
    let existing = institution::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    if let Some(other) = institution::Entity::find()
        .filter(institution::Column::Name.eq(&v.name))
        .one(db)
        .await?
    {
        if other.id != existing.id {
            return Err(ServiceError::invalid("name", "error-institution-exists"));
        }
    }
    institution::ActiveModel {
        id: Set(id),
        name: Set(v.name),
        country: Set(v.country),
        partnership_start: Set(v.start),
        partnership_end: Set(v.end),
        ..Default::default()
    }
    .update(db)
    .await?;
    Ok(())
}

#[derive(Clone, Debug)]
pub struct InstitutionRow {
    pub institution: institution::Model,
    pub members: u64,
}

pub async fn list(
    actor: &CurrentUser,
    db: &DatabaseConnection,
) -> ServiceResult<Vec<InstitutionRow>> {
    actor.require_staff()?;
    let all = institution::Entity::find()
        .order_by_asc(institution::Column::Name)
        .all(db)
        .await?;
    let mut rows = Vec::with_capacity(all.len());
    for i in all {
        let members = user::Entity::find()
            .filter(user::Column::InstitutionId.eq(i.id))
            .count(db)
            .await?;
        rows.push(InstitutionRow {
            institution: i,
            members,
        });
    }
    Ok(rows)
}

/// Names for selects and labels; any signed-in staff member may read them.
pub async fn names(db: &DatabaseConnection) -> ServiceResult<Vec<(i32, String)>> {
    Ok(institution::Entity::find()
        .order_by_asc(institution::Column::Name)
        .all(db)
        .await?
        .into_iter()
        .map(|i| (i.id, i.name))
        .collect())
}
