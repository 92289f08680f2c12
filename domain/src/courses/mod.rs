//! Localized courses: Markdown lessons under `content/courses/<slug>/<locale>/`, rendered to
//! sanitized HTML (cached until the file changes), checked by `academy content check`, and
//! learner enrollment and progress.
pub mod catalog;
pub mod check;
pub mod exercise;
pub mod front_matter;
pub mod library;
pub mod lines;
pub mod math;
pub mod progress;
pub mod render;
pub mod sanitize;

pub use catalog::{Catalog, Course, CourseMeta};
pub use library::{LessonPage, Library, Translation};
