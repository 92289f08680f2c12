//! Enrollment and per-lesson progress: what a learner has opened and completed, when, and
//! where to resume.
use super::catalog::{Catalog, Course};
use crate::{
    accounts::{CurrentUser, EmailAddress},
    entities::{enrollment, lesson_progress, user},
    ServiceError, ServiceResult,
};
use chrono::Utc;
use sea_orm::{prelude::*, sea_query::OnConflict, ActiveValue::Set, QueryOrder};

/// Enrolls a person (idempotent). `by` is the staff member who did it, if not the learner.
pub async fn enroll(
    db: &DatabaseConnection,
    user_id: i32,
    slug: &str,
    by: Option<i32>,
) -> ServiceResult<()> {
    enrollment::Entity::insert(enrollment::ActiveModel {
        user_id: Set(user_id),
        course_slug: Set(slug.to_owned()),
        enrolled_by: Set(by),
        created_at: Set(Utc::now()),
        ..Default::default()
    })
    .on_conflict(
        OnConflict::columns([enrollment::Column::UserId, enrollment::Column::CourseSlug])
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    crate::hubs::provisioning::after_enrollment(db, user_id).await;
    Ok(())
}

pub async fn is_enrolled(db: &DatabaseConnection, user_id: i32, slug: &str) -> ServiceResult<bool> {
    Ok(enrollment::Entity::find()
        .filter(enrollment::Column::UserId.eq(user_id))
        .filter(enrollment::Column::CourseSlug.eq(slug))
        .count(db)
        .await?
        > 0)
}

/// Staff enroll one person, by email address. Returns whether they were newly enrolled.
pub async fn enroll_person(
    actor: &CurrentUser,
    db: &DatabaseConnection,
    catalog: &Catalog,
    email: &str,
    slug: &str,
) -> ServiceResult<()> {
    actor.require_staff()?;
    catalog
        .course(slug)
        .ok_or(ServiceError::invalid("course", "error-course-unknown"))?;
    let email = EmailAddress::parse(email)?;
    let person = user::Entity::find()
        .filter(user::Column::Email.eq(email.as_str()))
        .one(db)
        .await?
        .ok_or(ServiceError::invalid("email", "error-person-unknown"))?;
    enroll(db, person.id, slug, Some(actor.id)).await
}

/// Staff enroll every active member of an institution. Returns how many people that is.
pub async fn enroll_institution(
    actor: &CurrentUser,
    db: &DatabaseConnection,
    catalog: &Catalog,
    institution_id: i32,
    slug: &str,
) -> ServiceResult<usize> {
    actor.require_staff()?;
    catalog
        .course(slug)
        .ok_or(ServiceError::invalid("course", "error-course-unknown"))?;
    let members = user::Entity::find()
        .filter(user::Column::InstitutionId.eq(institution_id))
        .filter(user::Column::Active.eq(true))
        .all(db)
        .await?;
    if members.is_empty() {
        return Err(ServiceError::invalid(
            "institution_id",
            "error-institution-no-members",
        ));
    }
    for m in &members {
        enroll(db, m.id, slug, Some(actor.id)).await?;
    }
    Ok(members.len())
}

/// Remembers that the learner opened a lesson (for "resume where you left off").
pub async fn record_view(
    db: &DatabaseConnection,
    user_id: i32,
    slug: &str,
    lesson: &str,
) -> ServiceResult<()> {
    upsert(db, user_id, slug, lesson, false).await
}

/// Marks a lesson complete (enrolling the learner if needed); completing twice keeps the first
/// date.
pub async fn mark_complete(
    db: &DatabaseConnection,
    catalog: &Catalog,
    user_id: i32,
    slug: &str,
    lesson: &str,
) -> ServiceResult<()> {
    let course = catalog.course(slug).ok_or(ServiceError::NotFound)?;
    course.position(lesson).ok_or(ServiceError::NotFound)?;
    enroll(db, user_id, slug, None).await?;
    upsert(db, user_id, slug, lesson, true).await
}

async fn upsert(
    db: &DatabaseConnection,
    user_id: i32,
    slug: &str,
    lesson: &str,
    complete: bool,
) -> ServiceResult<()> {
    let now = Utc::now();
    let existing = lesson_progress::Entity::find()
        .filter(lesson_progress::Column::UserId.eq(user_id))
        .filter(lesson_progress::Column::CourseSlug.eq(slug))
        .filter(lesson_progress::Column::Lesson.eq(lesson))
        .one(db)
        .await?;
    match existing {
        Some(row) => {
            let mut m: lesson_progress::ActiveModel = row.clone().into();
            m.last_viewed_at = Set(now);
            if complete && row.completed_at.is_none() {
                m.completed_at = Set(Some(now));
            }
            m.update(db).await?;
        }
        None => {
            lesson_progress::Entity::insert(lesson_progress::ActiveModel {
                user_id: Set(user_id),
                course_slug: Set(slug.to_owned()),
                lesson: Set(lesson.to_owned()),
                last_viewed_at: Set(now),
                completed_at: Set(complete.then_some(now)),
                ..Default::default()
            })
            .on_conflict(
                OnConflict::columns([
                    lesson_progress::Column::UserId,
                    lesson_progress::Column::CourseSlug,
                    lesson_progress::Column::Lesson,
                ])
                .update_column(lesson_progress::Column::LastViewedAt)
                .to_owned(),
            )
            .exec_without_returning(db)
            .await?;
        }
    }
    Ok(())
}

/// A learner's standing in one course.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CourseProgress {
    pub enrolled: bool,
    pub completed: Vec<String>,
    /// The lesson opened most recently, to resume from, and when.
    pub last_viewed: Option<String>,
    pub last_viewed_at: Option<DateTimeUtc>,
    pub percent: u32,
}

impl CourseProgress {
    pub fn is_complete(&self, lesson: &str) -> bool {
        self.completed.iter().any(|l| l == lesson)
    }

    /// Where "continue" leads: the last lesson opened if it is not finished, else the first
    /// lesson not yet completed, else the first lesson.
    pub fn resume_lesson<'c>(&self, course: &'c Course) -> &'c str {
        if let Some(last) = self.last_viewed.as_deref() {
            if !self.is_complete(last) {
                if let Some(l) = course.lessons.iter().find(|l| *l == last) {
                    return l;
                }
            }
        }
        course
            .lessons
            .iter()
            .find(|l| !self.is_complete(l))
            .unwrap_or(&course.lessons[0])
    }
}

pub async fn course_progress(
    db: &DatabaseConnection,
    user_id: i32,
    course: &Course,
) -> ServiceResult<CourseProgress> {
    let rows = lesson_progress::Entity::find()
        .filter(lesson_progress::Column::UserId.eq(user_id))
        .filter(lesson_progress::Column::CourseSlug.eq(&course.slug))
        .order_by_desc(lesson_progress::Column::LastViewedAt)
        .all(db)
        .await?;
    let completed: Vec<String> = rows
        .iter()
        .filter(|r| r.completed_at.is_some() && course.position(&r.lesson).is_some())
        .map(|r| r.lesson.clone())
        .collect();
    let percent = (completed.len() * 100 / course.lessons.len().max(1)) as u32;
    Ok(CourseProgress {
        enrolled: is_enrolled(db, user_id, &course.slug).await?,
        last_viewed: rows.first().map(|r| r.lesson.clone()),
        last_viewed_at: rows.first().map(|r| r.last_viewed_at),
        completed,
        percent,
    })
}

/// The courses a learner is enrolled in, with progress, most recently used first.
pub async fn dashboard(
    db: &DatabaseConnection,
    user_id: i32,
    catalog: &Catalog,
) -> ServiceResult<Vec<(Course, CourseProgress)>> {
    let enrolled = enrollment::Entity::find()
        .filter(enrollment::Column::UserId.eq(user_id))
        .all(db)
        .await?;
    let mut out = vec![];
    for e in enrolled {
        if let Some(course) = catalog.course(&e.course_slug) {
            out.push((course.clone(), course_progress(db, user_id, course).await?));
        }
    }
    out.sort_by_key(|(_, p)| std::cmp::Reverse(p.last_viewed_at));
    Ok(out)
}
