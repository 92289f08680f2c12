//! Whose work a person may see and grade. Staff (organizers, admins): everyone's. A mentor:
//! work assigned to them, and unassigned work of the participants of cohorts where they are a
//! mentor (their project mentees included) or in courses they mentor. Nobody grades their own.
use crate::{
    accounts::{CurrentUser, Role},
    entities::{cohort_member, course_mentor, exercise_work, user_role},
    ServiceResult,
};
use sea_orm::{prelude::*, Condition, QuerySelect};
use std::collections::BTreeSet;

#[derive(Clone, Debug, Default)]
pub struct Scope {
    pub user_id: i32,
    pub staff: bool,
    pub learners: BTreeSet<i32>,
    pub courses: BTreeSet<String>,
}

impl Scope {
    pub fn covers(&self, w: &exercise_work::Model) -> bool {
        if w.user_id == self.user_id {
            return false;
        }
        match w.assigned_mentor_id {
            Some(m) => self.staff || m == self.user_id,
            None => {
                self.staff || self.learners.contains(&w.user_id) || self.courses.contains(&w.course)
            }
        }
    }

    /// The same rule as a query condition on `exercise_works`.
    pub fn condition(&self) -> Condition {
        let not_own = exercise_work::Column::UserId.ne(self.user_id);
        if self.staff {
            return Condition::all().add(not_own);
        }
        let unassigned = Condition::all()
            .add(exercise_work::Column::AssignedMentorId.is_null())
            .add(
                Condition::any()
                    .add(exercise_work::Column::UserId.is_in(self.learners.iter().copied()))
                    .add(exercise_work::Column::Course.is_in(self.courses.iter().cloned())),
            );
        Condition::all().add(not_own).add(
            Condition::any()
                .add(exercise_work::Column::AssignedMentorId.eq(self.user_id))
                .add(unassigned),
        )
    }

    /// Whether the person grades anything at all (the grading pages are for them).
    pub fn grades_anything(&self) -> bool {
        self.staff || !self.learners.is_empty() || !self.courses.is_empty()
    }
}

pub async fn of(db: &impl ConnectionTrait, actor: &CurrentUser) -> ServiceResult<Scope> {
    let mut s = of_user(db, actor.id).await?;
    s.staff = actor.is_staff();
    Ok(s)
}

/// A person's mentoring scope (without staff powers): for the daily digest.
pub async fn of_user(db: &impl ConnectionTrait, user_id: i32) -> ServiceResult<Scope> {
    let cohorts: Vec<i32> = cohort_member::Entity::find()
        .filter(cohort_member::Column::UserId.eq(user_id))
        .filter(cohort_member::Column::Role.eq("mentor"))
        .all(db)
        .await?
        .into_iter()
        .map(|m| m.cohort_id)
        .collect();
    let mut learners: BTreeSet<i32> = cohort_member::Entity::find()
        .filter(cohort_member::Column::CohortId.is_in(cohorts))
        .filter(cohort_member::Column::Role.eq("participant"))
        .all(db)
        .await?
        .into_iter()
        .filter_map(|m| m.user_id)
        .collect();
    // Project mentors, even when the cohort lists them under another role.
    learners.extend(crate::cohorts::access::mentees_among(db, None, user_id).await?);
    let courses = course_mentor::Entity::find()
        .filter(course_mentor::Column::UserId.eq(user_id))
        .all(db)
        .await?
        .into_iter()
        .map(|c| c.course)
        .collect();
    Ok(Scope {
        user_id,
        staff: false,
        learners,
        courses,
    })
}

/// Everyone who may have work to grade outside staff powers: mentors by role, course
/// mentors, cohort mentors and project mentors, and people work is assigned to.
pub async fn mentors(db: &impl ConnectionTrait) -> ServiceResult<BTreeSet<i32>> {
    let mut ids: BTreeSet<i32> = user_role::Entity::find()
        .filter(user_role::Column::Role.eq(Role::Mentor.as_str()))
        .all(db)
        .await?
        .into_iter()
        .map(|r| r.user_id)
        .collect();
    ids.extend(
        course_mentor::Entity::find()
            .all(db)
            .await?
            .into_iter()
            .map(|c| c.user_id),
    );
    ids.extend(
        cohort_member::Entity::find()
            .filter(cohort_member::Column::Role.eq("mentor"))
            .all(db)
            .await?
            .into_iter()
            .filter_map(|m| m.user_id),
    );
    ids.extend(
        exercise_work::Entity::find()
            .select_only()
            .column(exercise_work::Column::AssignedMentorId)
            .filter(exercise_work::Column::AssignedMentorId.is_not_null())
            .into_tuple::<Option<i32>>()
            .all(db)
            .await?
            .into_iter()
            .flatten(),
    );
    Ok(ids)
}

/// Organizers name the mentors of a course by email (`mentor` true) or remove one by id.
pub async fn set_course_mentor(
    db: &impl ConnectionTrait,
    actor: &CurrentUser,
    catalog: &crate::courses::Catalog,
    course: &str,
    who: MentorRef<'_>,
) -> ServiceResult<()> {
    use crate::{accounts::EmailAddress, entities::user, ServiceError};
    actor.require_staff()?;
    catalog
        .course(course)
        .ok_or(ServiceError::invalid("course", "error-course-unknown"))?;
    let user_id = match who {
        MentorRef::Add(email) => {
            let email = EmailAddress::parse(email)?;
            let person = user::Entity::find()
                .filter(user::Column::Email.eq(email.as_str()))
                .one(db)
                .await?
                .ok_or(ServiceError::invalid("email", "error-person-unknown"))?;
            return add_course_mentor(db, person.id, course).await;
        }
        MentorRef::Remove(id) => id,
    };
    let existing = course_mentor::Entity::find_by_id((user_id, course.to_owned()))
        .one(db)
        .await?;
    if let Some(m) = existing {
        m.delete(db).await?;
    }
    Ok(())
}

/// Whom `set_course_mentor` adds (by email) or removes (by id).
pub enum MentorRef<'a> {
    Add(&'a str),
    Remove(i32),
}

/// Makes a person a mentor of a course (nothing happens if they already are).
pub async fn add_course_mentor(
    db: &impl ConnectionTrait,
    user_id: i32,
    course: &str,
) -> ServiceResult<()> {
    if course_mentor::Entity::find_by_id((user_id, course.to_owned()))
        .one(db)
        .await?
        .is_none()
    {
        course_mentor::ActiveModel {
            user_id: sea_orm::ActiveValue::Set(user_id),
            course: sea_orm::ActiveValue::Set(course.to_owned()),
        }
        .insert(db)
        .await?;
    }
    Ok(())
}

/// The mentors of a course: (id, name).
pub async fn course_mentors(
    db: &impl ConnectionTrait,
    course: &str,
) -> ServiceResult<Vec<(i32, String)>> {
    use crate::entities::user;
    let ids: Vec<i32> = course_mentor::Entity::find()
        .filter(course_mentor::Column::Course.eq(course))
        .all(db)
        .await?
        .into_iter()
        .map(|c| c.user_id)
        .collect();
    Ok(user::Entity::find()
        .filter(user::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.name))
        .collect())
}
