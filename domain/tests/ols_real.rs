//! Every cohort the Open Life Science website publishes (domain/tests/fixtures/ols/, see its
//! SOURCES) imports whole: the preview's counts of weeks, calls by type, projects and people
//! equal counts made here from the YAML, independently of the importer; applied, exported
//! and imported again, it gives the same plan; the export reads the same in YAML 1.1 (PyYAML)
//! as in YAML 1.2. On SQLite and PostgreSQL.
mod common;
use common::{cohort_world::setting, TestDb};
use domain::cohorts::{access, apply, export, import};
use std::collections::{BTreeMap, BTreeSet};
use yaml_serde::Value;

const COHORTS: [&str; 11] = [
    "ols-1",
    "ols-2",
    "ols-3",
    "ols-4",
    "ols-5",
    "ols-6",
    "ols-7",
    "ols-8",
    "ols-9-catalyst",
    "ols-9-dra",
    "cat-1",
];

fn file(cohort: &str, name: &str) -> String {
    std::fs::read_to_string(
        common::workspace_root()
            .join("domain/tests/fixtures/ols")
            .join(cohort)
            .join(name),
    )
    .unwrap()
}

fn upload(slug: &str, metadata: String, projects: String, schedule: String) -> import::Upload {
    import::Upload {
        slug: slug.into(),
        name: slug.into(),
        programme: "OLS Open Seeds".into(),
        timezone: "UTC".into(),
        metadata,
        projects,
        schedule,
        participants: String::new(),
    }
}

/// What a person reading the files would count.
#[derive(Debug, PartialEq)]
struct Counts {
    weeks: usize,
    /// By the `type` the file gives (first of a list; "" when none).
    calls: BTreeMap<String, usize>,
    projects: usize,
    /// (handle, role): metadata lists, then projects' participants and mentors.
    people: BTreeSet<(String, String)>,
}

fn text_of(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.trim().to_owned()).filter(|s| !s.is_empty()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn names(v: Option<&Value>) -> Vec<String> {
    match v {
        Some(Value::Sequence(s)) => s.iter().filter_map(text_of).collect(),
        Some(v) => text_of(v).into_iter().collect(),
        None => vec![],
    }
}

fn count(metadata: &str, projects: &str, schedule: &str) -> Counts {
    let schedule: Value = yaml_serde::from_str(schedule).unwrap();
    let mut calls = BTreeMap::new();
    let weeks = schedule["weeks"].as_mapping().unwrap();
    for (_, week) in weeks {
        for call in week["calls"].as_sequence().into_iter().flatten() {
            if call.is_null() {
                continue;
            }
            let label = match &call["type"] {
                Value::Sequence(s) => s.first().and_then(text_of),
                v => text_of(v),
            };
            *calls.entry(label.unwrap_or_default()).or_insert(0) += 1;
        }
    }
    let projects: Value = yaml_serde::from_str(projects).unwrap();
    let projects = projects.as_sequence().unwrap();
    let metadata: Value = yaml_serde::from_str(metadata).unwrap();
    let mut people = BTreeSet::new();
    for (key, role) in [
        ("organizers", "organizer"),
        ("experts", "expert"),
        ("facilitators", "facilitator"),
        ("possible-mentors", "mentor"),
    ] {
        for h in names(metadata.get(key)) {
            people.insert((h.to_lowercase(), role.to_owned()));
        }
    }
    for p in projects {
        for (key, role) in [("participants", "participant"), ("mentors", "mentor")] {
            for h in names(p.get(key)) {
                people.insert((h.to_lowercase(), role.to_owned()));
            }
        }
    }
    Counts {
        weeks: weeks.len(),
        calls,
        projects: projects.iter().filter(|p| p.get("name").is_some()).count(),
        people,
    }
}

fn counted(plan: &import::Plan) -> Counts {
    let mut calls = BTreeMap::new();
    for c in plan.weeks.iter().flatten().flat_map(|w| &w.calls) {
        *calls.entry(c.label.clone()).or_insert(0) += 1;
    }
    Counts {
        weeks: plan.weeks.as_ref().map_or(0, Vec::len),
        calls,
        projects: plan.projects.as_ref().map_or(0, Vec::len),
        people: plan
            .people
            .iter()
            .map(|p| (p.handle.clone(), p.role.clone()))
            .collect(),
    }
}

/// What must survive an export and a new import: everything but the ids of this database.
fn essence(plan: &import::Plan) -> serde_json::Value {
    let mut people: Vec<(String, String, Option<String>)> = plan
        .people
        .iter()
        .map(|p| (p.handle.clone(), p.role.clone(), p.project.clone()))
        .collect();
    people.sort();
    let mut projects = serde_json::to_value(&plan.projects).unwrap();
    for p in projects.as_array_mut().into_iter().flatten() {
        p.as_object_mut().unwrap().remove("is_new");
    }
    serde_json::json!({
        "weeks": plan.weeks,
        "projects": projects,
        "people": people,
        "schedule_extra": plan.schedule_extra,
        "metadata_extra": plan.metadata_extra,
        "possible_mentors": plan.possible_mentors,
        "dates": (plan.starts_on, plan.ends_on),
    })
}

/// Where two values first differ, to keep failures readable.
fn first_difference(a: &serde_json::Value, b: &serde_json::Value, at: &str) -> Option<String> {
    use serde_json::Value as J;
    match (a, b) {
        (J::Object(x), J::Object(y)) => {
            let keys: BTreeSet<&String> = x.keys().chain(y.keys()).collect();
            keys.into_iter().find_map(|k| {
                first_difference(
                    x.get(k).unwrap_or(&J::Null),
                    y.get(k).unwrap_or(&J::Null),
                    &format!("{at}/{k}"),
                )
            })
        }
        (J::Array(x), J::Array(y)) if x.len() == y.len() => x
            .iter()
            .zip(y)
            .enumerate()
            .find_map(|(i, (p, q))| first_difference(p, q, &format!("{at}[{i}]"))),
        _ if a == b => None,
        _ => Some(format!(
            "{at}: exported and imported again {a}, first import {b}"
        )),
    }
}

/// A Python with PyYAML (a YAML 1.1 reader, as the Jekyll site that publishes these files):
/// the JupyterHub venv's, else the system's. Under CI its absence fails the test.
fn python_with_pyyaml() -> Option<std::path::PathBuf> {
    let mut candidates = vec![];
    if let Ok(venv) = std::env::var("ACADEMY_JUPYTERHUB_VENV") {
        candidates.push(std::path::Path::new(&venv).join("bin/python"));
    }
    candidates.push("python3".into());
    let found = candidates.into_iter().find(|p| {
        std::process::Command::new(p)
            .args(["-c", "import yaml"])
            .output()
            .is_ok_and(|o| o.status.success())
    });
    if found.is_none() {
        assert!(
            std::env::var_os("CI").is_none(),
            "PyYAML is needed to check the export with a YAML 1.1 reader: run \
             scripts/install-jupyterhub.sh (and set ACADEMY_JUPYTERHUB_VENV) or install \
             python3-yaml"
        );
        eprintln!("skipped: no python with PyYAML (install python3-yaml)");
    }
    found
}

/// PyYAML (YAML 1.1) and yaml_serde (YAML 1.2) read `yaml` as the same data; calls' times
/// are text.
fn same_in_yaml_1_1(python: &std::path::Path, yaml: &str) {
    let as_1_2: serde_json::Value = yaml_serde::from_str(yaml).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let (y, j) = (dir.path().join("f.yaml"), dir.path().join("f.json"));
    std::fs::write(&y, yaml).unwrap();
    std::fs::write(&j, as_1_2.to_string()).unwrap();
    let script = r#"
import json, sys, yaml
a = yaml.safe_load(open(sys.argv[1], encoding="utf-8"))
b = json.load(open(sys.argv[2], encoding="utf-8"))
def diff(x, y, path):
    if type(x) is not type(y) and not (isinstance(x, (int, float)) and isinstance(y, (int, float))):
        sys.exit("%s: YAML 1.1 reads %r (%s), YAML 1.2 %r" % (path, x, type(x).__name__, y))
    if isinstance(x, dict):
        if set(x) != set(y):
            sys.exit("%s: keys %r vs %r" % (path, sorted(map(str, x)), sorted(y)))
        for k in x:
            diff(x[k], y[k], path + "/" + str(k))
    elif isinstance(x, list):
        if len(x) != len(y):
            sys.exit("%s: %d items vs %d" % (path, len(x), len(y)))
        for i, (p, q) in enumerate(zip(x, y)):
            diff(p, q, "%s[%d]" % (path, i))
    elif x != y:
        sys.exit("%s: %r vs %r" % (path, x, y))
diff(a, b, "")
for w in ((a.get("weeks") if isinstance(a, dict) else None) or {}).values():
    for c in (w or {}).get("calls") or []:
        if c and "time" in c and not isinstance(c["time"], str):
            sys.exit("time read as %r" % (c["time"],))
"#;
    let out = std::process::Command::new(python)
        .args(["-c", script])
        .arg(&y)
        .arg(&j)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

storage_test!(
    every_published_ols_cohort_imports_and_round_trips,
    |t: TestDb| async move {
        let dir = tempfile::tempdir().unwrap();
        let state = common::state(&t, dir.path(), &[]);
        let organizer = setting(&state).await;
        let python = python_with_pyyaml();
        for cohort in COHORTS {
            let (m, p, s) = (
                file(cohort, "metadata.yaml"),
                file(cohort, "projects.yaml"),
                file(cohort, "schedule.yaml"),
            );
            let up = upload(cohort, m.clone(), p.clone(), s.clone());
            let id = import::store(&state.db, &organizer, &up).await.unwrap();
            let first = import::review(&state.db, &organizer, id)
                .await
                .unwrap()
                .plan;
            assert!(
                first.fatal.is_empty() && first.rejected.is_empty(),
                "{cohort}: {:?} {:?}",
                first.fatal,
                first.rejected
            );
            assert_eq!(counted(&first), count(&m, &p, &s), "{cohort}");

            let slug = apply::apply_stored(&state, &organizer, id).await.unwrap();
            let a = access::access(&state.db, &organizer, &slug).await.unwrap();
            let files = (
                export::metadata(&state.db, &a).await.unwrap(),
                export::projects(&state.db, &a).await.unwrap(),
                export::schedule(&state.db, &a).await.unwrap(),
            );
            if let Some(py) = &python {
                for f in [&files.0, &files.1, &files.2] {
                    same_in_yaml_1_1(py, f);
                }
            }
            let copy = format!("{cohort}-copy");
            let mut again = upload(&copy, files.0, files.1, files.2);
            again.participants = export::participants_csv(&state.db, &a).await.unwrap();
            let second = import::plan(&state.db, &again).await.unwrap();
            assert!(
                second.fatal.is_empty() && second.rejected.is_empty(),
                "{cohort} again: {:?} {:?}",
                second.fatal,
                second.rejected
            );
            let diff = first_difference(&essence(&second), &essence(&first), "");
            assert!(diff.is_none(), "{cohort}: {}", diff.unwrap_or_default());
        }
    }
);
