//! projects.yaml: a list of projects with their participants and mentors.
use super::{lines::Lines, ols, Plan, PlannedProject, Problem, PROJECTS};
use crate::entities::cohort_project;

pub(super) fn plan_projects(text: &str, plan: &mut Plan, existing: &[cohort_project::Model]) {
    let projects: Vec<ols::Project> = match ols::parse::<Option<Vec<ols::Project>>>(text) {
        Ok(p) => p.unwrap_or_default(),
        Err(e) => {
            plan.fatal
                .push(Problem::new(PROJECTS, e.line, e.key(), e.message));
            return;
        }
    };
    let items = Lines::new(text).items();
    let mut out: Vec<PlannedProject> = vec![];
    let mut seen = std::collections::HashSet::new();
    for (i, p) in projects.into_iter().enumerate() {
        let line = items.get(i).copied();
        let Some(name) = p.name.clone() else {
            plan.rejected.push(Problem::new(
                PROJECTS,
                line,
                "import-project-no-name",
                format!("#{}", i + 1),
            ));
            continue;
        };
        if !seen.insert(name.clone()) {
            plan.rejected.push(Problem::new(
                PROJECTS,
                line,
                "import-project-duplicate",
                name,
            ));
            continue;
        }
        super::shape::notice_unused(PROJECTS, &p.extra, &mut plan.notices);
        out.push(PlannedProject {
            is_new: !existing.iter().any(|e| e.name == name),
            description: p.description.unwrap_or_default(),
            keywords: p.keywords,
            participants: p.participants.iter().map(|h| h.to_lowercase()).collect(),
            mentors: p.mentors.iter().map(|h| h.to_lowercase()).collect(),
            extra: p.extra,
            name,
        });
    }
    plan.projects = Some(out);
}
