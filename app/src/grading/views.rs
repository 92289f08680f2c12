//! What the grading pages receive from their server functions.
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct ChoiceView {
    pub html: String,
    /// Shown only once the learner has answered.
    pub explanation_html: String,
    pub correct: Option<bool>,
    pub chosen: bool,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct LevelView {
    pub title: String,
    pub description: String,
    pub points: i32,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct CriterionView {
    pub title: String,
    pub description: String,
    pub levels: Vec<LevelView>,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct AttemptView {
    pub id: i32,
    pub number: i32,
    pub when: String,
    pub answer: Option<String>,
    pub link: Option<String>,
    pub notebook_name: Option<String>,
    pub correct: Option<bool>,
    /// The notebook rendered for the grading page (mentors only).
    pub notebook_html: Option<String>,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct GradeView {
    pub when: String,
    pub mentor: String,
    pub decision: String,
    pub score: Option<i32>,
    pub feedback_html: String,
    /// (criterion, level chosen, its points).
    pub levels: Vec<(String, String, i32)>,
}

/// An exercise inside a lesson, with the reader's own work on it.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct ExerciseView {
    pub id: String,
    pub number: usize,
    pub kind: String,
    pub points: i32,
    pub prompt_html: String,
    pub choices: Vec<ChoiceView>,
    pub rubric: Vec<CriterionView>,
    pub state: Option<String>,
    pub score: Option<i32>,
    pub graded_by_mentor: bool,
    pub last_correct: Option<bool>,
    pub attempts: Vec<AttemptView>,
    pub grades: Vec<GradeView>,
    pub can_submit: bool,
    pub notebook_max_mb: usize,
    /// The language of the exercise's text when it is not the reader's (a missing
    /// translation), for the `lang` attribute.
    pub text_lang: Option<String>,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct QueueRowView {
    pub work_id: i32,
    pub learner: String,
    pub course_title: String,
    pub lesson_title: String,
    pub number: usize,
    pub kind: String,
    pub state: String,
    pub attempts: i32,
    pub score: Option<i32>,
    pub max_points: i32,
    pub submitted: String,
    pub assigned_to: Option<String>,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct QueueView {
    pub rows: Vec<QueueRowView>,
    /// (slug, title)
    pub courses: Vec<(String, String)>,
    /// (`lesson/exercise`, label)
    pub exercises: Vec<(String, String)>,
    pub staff: bool,
    /// Courses the viewer may open a gradebook of: (slug, title).
    pub gradebooks: Vec<(String, String)>,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct WorkView {
    pub work_id: i32,
    pub version: i32,
    pub learner: String,
    pub course_slug: String,
    pub course_title: String,
    pub lesson_slug: String,
    pub lesson_title: String,
    pub exercise: ExerciseView,
    pub state: String,
    pub score: Option<i32>,
    pub max_points: i32,
    pub source: Option<String>,
    pub assigned_to: Option<i32>,
    /// Organizers may reassign: (id, name) of possible mentors.
    pub mentors: Vec<(i32, String)>,
    pub staff: bool,
    /// The latest grade's rubric levels, to start the form from.
    pub current_levels: Vec<Option<usize>>,
    /// Audit entries for organizers: (when, who, action, before → after).
    pub audit: Vec<(String, String, String, String)>,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct GradebookCell {
    pub work_id: i32,
    pub state: String,
    pub score: Option<i32>,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct GradebookView {
    pub title: String,
    /// (lesson title, exercise number, points)
    pub columns: Vec<(String, usize, i32)>,
    /// (name, cells, total)
    pub rows: Vec<(String, Vec<Option<GradebookCell>>, i32)>,
    pub max_total: i32,
    pub csv_href: String,
}
