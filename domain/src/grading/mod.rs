//! Exercises and mentor grading. Learners `submit` attempts (kept forever); choice exercises
//! are graded at once against the English lesson's right options; written and notebook work
//! waits in the `queue` of the mentors whose `scope` covers the learner, who `grade` it with
//! the rubric (a stale version is refused, so two mentors never overwrite each other), which
//! mails the learner in their language. `gradebook` is the learners × exercises matrix and its
//! CSV; `digest` mails each mentor their waiting queue once a day; `audit` keeps every change.
pub mod audit;
pub mod digest;
pub mod grade;
pub mod gradebook;
pub mod notebook;
pub mod queue;
pub mod rendered;
pub mod scope;
pub mod submit;
pub mod work;

/// Work states. `submitted` and `resubmitted` wait for a mentor.
pub const SUBMITTED: &str = "submitted";
pub const NEEDS_REVISION: &str = "needs_revision";
pub const RESUBMITTED: &str = "resubmitted";
pub const ACCEPTED: &str = "accepted";
pub const GRADED: &str = "graded";
pub const STATES: [&str; 5] = [SUBMITTED, NEEDS_REVISION, RESUBMITTED, ACCEPTED, GRADED];
pub const WAITING: [&str; 2] = [SUBMITTED, RESUBMITTED];

/// Where grades come from; a manual grade is never replaced by an automatic one.
pub const AUTO: &str = "auto";
pub const MANUAL: &str = "manual";

/// The largest notebook a learner may hand in (a 200-cell notebook with plots is ~5 MB).
pub const NOTEBOOK_MAX_BYTES: usize = 8 * 1024 * 1024;
/// The longest written answer or feedback, in characters.
pub const TEXT_MAX_CHARS: usize = 20_000;
