//! Cohorts made by hand: a name, a start date and a number of weeks; calls added one by one.
use super::{
    access,
    apply::{self, starts_at},
    import::{check_slug, Plan, PlannedWeek},
    model, ols,
};
use crate::{
    accounts::CurrentUser,
    entities::{cohort_call, cohort_week},
    AppState, ServiceError, ServiceResult,
};
use sea_orm::{prelude::*, ActiveValue::Set, QueryOrder};

#[derive(Clone, Debug, Default)]
pub struct CohortForm {
    pub slug: String,
    pub name: String,
    pub programme: String,
    pub starts_on: String,
    pub weeks: String,
    pub timezone: String,
}

pub async fn create(
    state: &AppState,
    actor: &CurrentUser,
    f: &CohortForm,
) -> ServiceResult<String> {
    actor.require_staff()?;
    let slug = f.slug.trim().to_lowercase();
    if !check_slug(&slug) {
        return Err(ServiceError::invalid("slug", "import-slug-invalid"));
    }
    if crate::entities::cohort::Entity::find_by_slug(&state.db, &slug)
        .await?
        .is_some()
    {
        return Err(ServiceError::invalid("slug", "error-cohort-exists"));
    }
    let name = crate::text::plain_line("name", &f.name, 200)?;
    let name = name.as_str();
    let start = chrono::NaiveDate::parse_from_str(f.starts_on.trim(), "%Y-%m-%d")
        .map_err(|_| ServiceError::invalid("starts_on", "error-date-invalid"))?;
    let weeks: i32 = f
        .weeks
        .trim()
        .parse()
        .ok()
        .filter(|n| (1..=52).contains(n))
        .ok_or(ServiceError::invalid("weeks", "error-number-invalid"))?;
    let timezone = Some(f.timezone.trim())
        .filter(|t| !t.is_empty())
        .unwrap_or("UTC");
    if timezone.parse::<chrono_tz::Tz>().is_err() {
        return Err(ServiceError::invalid("timezone", "import-timezone-invalid"));
    }
    let plan = Plan {
        slug: slug.clone(),
        name: name.to_owned(),
        programme: Some(f.programme.trim())
            .filter(|p| !p.is_empty())
            .unwrap_or("OLS Open Seeds")
            .to_owned(),
        timezone: timezone.to_owned(),
        starts_on: Some(start),
        ends_on: Some(start + chrono::Duration::days(7 * i64::from(weeks) - 1)),
        weeks: Some(
            (0..weeks)
                .map(|n| PlannedWeek {
                    number: n,
                    starts_on: start + chrono::Duration::weeks(i64::from(n)),
                    calls: vec![],
                })
                .collect(),
        ),
        ..Default::default()
    };
    apply::apply(state, actor, &plan).await?;
    Ok(slug)
}

#[derive(Clone, Debug, Default)]
pub struct CallForm {
    pub week: String,
    pub kind: String,
    pub title: String,
    pub date: String,
    pub time: String,
    pub duration: String,
    pub hosts: String,
}

pub async fn add_call(
    state: &AppState,
    actor: &CurrentUser,
    slug: &str,
    f: &CallForm,
) -> ServiceResult<()> {
    let a = access::access(&state.db, actor, slug).await?;
    a.require_manage()?;
    let number: i32 = f
        .week
        .trim()
        .parse()
        .map_err(|_| ServiceError::invalid("week", "error-number-invalid"))?;
    let week = cohort_week::Entity::find()
        .filter(cohort_week::Column::CohortId.eq(a.cohort.id))
        .filter(cohort_week::Column::Number.eq(number))
        .one(&state.db)
        .await?
        .ok_or(ServiceError::invalid("week", "error-number-invalid"))?;
    if !model::KINDS.contains(&f.kind.as_str()) {
        return Err(ServiceError::invalid("kind", "error-call-kind-invalid"));
    }
    let title = f.title.trim();
    if title.is_empty() {
        return Err(ServiceError::invalid("title", "error-title-required"));
    }
    let date = match f.date.trim() {
        "" => None,
        d => Some(
            chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d")
                .map_err(|_| ServiceError::invalid("date", "error-date-invalid"))?,
        ),
    };
    let time = match f.time.trim() {
        "" => None,
        t => Some(
            ols::parse_time(t)
                .ok_or(ServiceError::invalid("time", "error-time-invalid"))?
                .format("%H:%M")
                .to_string(),
        ),
    };
    let duration = match f.duration.trim() {
        "" => None,
        d => Some(
            ols::parse_duration(d)
                .ok_or(ServiceError::invalid("duration", "error-duration-invalid"))?,
        ),
    };
    let hosts: Vec<String> = f
        .hosts
        .split([',', ' ', '\n'])
        .map(|h| h.trim().trim_start_matches('@').to_lowercase())
        .filter(|h| !h.is_empty())
        .collect();
    let position = cohort_call::Entity::find()
        .filter(cohort_call::Column::WeekId.eq(week.id))
        .order_by_desc(cohort_call::Column::Position)
        .one(&state.db)
        .await?
        .map_or(0, |c| c.position + 1);
    cohort_call::ActiveModel {
        cohort_id: Set(a.cohort.id),
        week_id: Set(week.id),
        position: Set(position),
        kind: Set(f.kind.clone()),
        kind_label: Set(model::label_of(&f.kind).to_owned()),
        title: Set(title.to_owned()),
        on_date: Set(date),
        at_time: Set(time.clone()),
        starts_at: Set(starts_at(&a.cohort.timezone, date, time.as_deref())),
        duration_minutes: Set(duration),
        hosts: Set(serde_json::to_string(&hosts).unwrap_or_else(|_| "[]".into())),
        notes_url: Set(None),
        recording_url: Set(None),
        talks: Set("[]".into()),
        extra: Set("{}".into()),
        ..Default::default()
    }
    .insert(&state.db)
    .await?;
    Ok(())
}
