//! Exercises and grading in the browser: the exercise blocks inside a lesson (forms that post
//! without JavaScript), the mentors' queue and grading page, and gradebooks.
pub mod actions;
pub mod exercise_block;
pub mod pages;
pub mod views;
