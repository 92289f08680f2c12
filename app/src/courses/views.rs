//! What the course pages show, computed on the server in the reader's language.
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct CourseCard {
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub lessons: usize,
    pub minutes: u32,
    /// Lessons available in the reader's language.
    pub translated: usize,
    pub percent: Option<u32>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct LessonLine {
    pub slug: String,
    pub title: String,
    pub minutes: u32,
    pub done: bool,
    /// "current", "outdated" or "missing" in the reader's language.
    pub translation: String,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct CourseView {
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub audience: String,
    pub minutes: u32,
    pub lessons: Vec<LessonLine>,
    pub translated: usize,
    pub signed_in: bool,
    pub enrolled: bool,
    pub percent: u32,
    pub resume: String,
    pub started: bool,
    pub staff: bool,
    pub institutions: Vec<(i32, String)>,
    /// The course's mentors (staff only): (id, name).
    pub mentors: Vec<(i32, String)>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct LessonView {
    pub course_slug: String,
    pub course_title: String,
    pub slug: String,
    pub title: String,
    pub minutes: u32,
    pub html: String,
    /// The language the text is written in (English when falling back).
    pub text_locale: String,
    pub translation: String,
    pub number: usize,
    pub total: usize,
    pub previous: Option<(String, String)>,
    pub next: Option<(String, String)>,
    pub signed_in: bool,
    pub done: bool,
    /// Why the lesson cannot be shown; only staff see the details.
    pub errors: Vec<String>,
    pub staff: bool,
    /// The lesson's exercises, in the order of the slots in `html`.
    pub exercises: Vec<crate::grading::views::ExerciseView>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct DashboardRow {
    pub slug: String,
    pub title: String,
    pub percent: u32,
    pub completed: usize,
    pub lessons: usize,
    pub resume_slug: String,
    pub resume_title: String,
}
