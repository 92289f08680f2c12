//! Courses for learners: catalog, course page, lesson page, dashboard, enrollment and
//! progress. Lessons are plain server-rendered HTML with plain forms: no wasm at all.
pub mod actions;
pub mod pages;
pub mod views;
