//! The vocabulary of cohorts: roles, call kinds, milestones, and how OLS labels map to them.

/// A person's part in a cohort. Pages name them `cohort-role-<role>`.
pub const ROLES: [&str; 6] = [
    "participant",
    "mentor",
    "expert",
    "facilitator",
    "organizer",
    "host",
];

/// Kinds of calls, each named `call-kind-<kind>`.
pub const KINDS: [&str; 9] = [
    "cohort",
    "mentor-meeting",
    "mentor-training",
    "skill-up",
    "qa",
    "coworking",
    "rehearsal",
    "graduation",
    "other",
];

/// The kind of a call from the OLS `type` and its title (rehearsals and graduations are
/// "Cohort" or "Skill-up" calls in the files, told apart by their titles).
pub fn kind_of(label: Option<&str>, title: &str) -> &'static str {
    let t = title.to_lowercase();
    if t.contains("rehearsal") {
        return "rehearsal";
    }
    if t.contains("graduation") || t.contains("final presentation") {
        return "graduation";
    }
    match label.map(|l| l.trim().to_lowercase()).as_deref() {
        Some("cohort") => "cohort",
        Some("mentor-mentee") | Some("mentor mentee") => "mentor-meeting",
        Some("mentor") => "mentor-training",
        Some("skill-up") | Some("skill up") | Some("skillup") => "skill-up",
        Some("q&a") | Some("qa") => "qa",
        Some("co-working") | Some("coworking") => "coworking",
        _ => "other",
    }
}

/// The OLS label an export writes for a kind when the import gave none.
pub fn label_of(kind: &str) -> &'static str {
    match kind {
        "cohort" | "graduation" => "Cohort",
        "mentor-meeting" => "Mentor-Mentee",
        "mentor-training" => "Mentor",
        "skill-up" | "rehearsal" => "Skill-up",
        "qa" => "Q&A",
        "coworking" => "Co-working",
        _ => "",
    }
}

/// Calls a participant is expected at (mentor training is for mentors).
pub fn for_participants(kind: &str) -> bool {
    kind != "mentor-training"
}

/// Calls whose attendance a participant reports themselves, for their mentor to confirm.
pub fn self_reported(kind: &str) -> bool {
    kind == "mentor-meeting"
}

/// Milestones every new cohort starts with: (key, scope). Titles are `milestone-<key>`.
pub const DEFAULT_MILESTONES: [(&str, &str); 6] = [
    ("roadmap", "project"),
    ("licence", "project"),
    ("code-of-conduct", "project"),
    ("readme", "project"),
    ("contributing", "project"),
    ("final-presentation", "participant"),
];

pub const STATUSES: [&str; 3] = ["planned", "running", "finished"];

/// The platform role a person invited through a cohort gets.
pub fn platform_role(cohort_role: &str) -> crate::accounts::Role {
    match cohort_role {
        "mentor" => crate::accounts::Role::Mentor,
        _ => crate::accounts::Role::Learner,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ols_labels_map_to_kinds() {
        assert_eq!(kind_of(Some("Cohort"), "Welcome to Open Seeds"), "cohort");
        assert_eq!(
            kind_of(Some("Mentor-Mentee"), "1st mentor-mentee meeting"),
            "mentor-meeting"
        );
        assert_eq!(
            kind_of(Some("Mentor"), "Mentor onboarding group 1"),
            "mentor-training"
        );
        assert_eq!(
            kind_of(Some("Skill-up"), "Final presentation rehearsal - Group 1"),
            "rehearsal"
        );
        assert_eq!(
            kind_of(
                Some("Cohort"),
                "Final presentations & Graduation! - Group 2"
            ),
            "graduation"
        );
        assert_eq!(kind_of(Some("Q&A"), "Office hour"), "qa");
        assert_eq!(kind_of(None, "Something"), "other");
        for k in KINDS {
            assert!(k == "other" || !label_of(k).is_empty());
        }
    }
}
