//! Cohort imports against hostile or mistaken uploads, on SQLite and PostgreSQL: a YAML alias
//! fan-out is refused before it is built and the plan is computed once, not per view; a file
//! in the wrong slot is refused naming what it looks like; personal fields the app does not
//! use are named in the preview; the participants CSV survives export and import again,
//! formula-like names included; every CSV the project writes goes through `csv_out`.
mod common;
use common::{
    cohort_world::{person, setting, upload},
    TestDb,
};
use domain::{
    accounts::Role,
    cohorts::{access, apply, export, import},
    entities::cohort_import,
};
use sea_orm::{ActiveModelTrait, ActiveValue::Set};
use std::time::{Duration, Instant};

fn ols_fixture(name: &str) -> String {
    std::fs::read_to_string(
        common::workspace_root()
            .join("domain/tests/fixtures/ols")
            .join(name),
    )
    .unwrap()
}

/// A schedule.yaml of about 19 KiB whose one anchor of 400 calls is referenced by 120
/// weeks: 48,000 calls once expanded.
fn alias_bomb() -> String {
    let mut s = String::from("weeks:\n  '01':\n    start: January 05, 2026\n    calls: &c\n");
    for i in 0..400 {
        s.push_str(&format!("    - title: Call {i}\n      type: Cohort\n"));
    }
    for w in 2..=60 {
        s.push_str(&format!("  '{w:02}': {{start: '', calls: *c}}\n"));
    }
    s.push_str("timeline:\n");
    for _ in 0..61 {
        s.push_str("- *c\n");
    }
    s
}

storage_test!(
    an_alias_fan_out_is_refused_and_the_plan_is_made_once,
    |t: TestDb| async move {
        let dir = tempfile::tempdir().unwrap();
        let state = common::state(&t, dir.path(), &[]);
        let organizer = setting(&state).await;
        let mut up = upload();
        up.schedule = alias_bomb();
        assert!(up.schedule.len() < 24 * 1024, "{}", up.schedule.len());

        let started = Instant::now();
        let id = import::store(&state.db, &organizer, &up).await.unwrap();
        let review = import::review(&state.db, &organizer, id).await.unwrap();
        assert!(
            started.elapsed() < Duration::from_secs(3),
            "{:?}",
            started.elapsed()
        );
        let p = &review.plan.fatal[0];
        assert_eq!(
            (p.file.as_str(), p.key.as_str()),
            ("schedule.yaml", "import-yaml-aliases")
        );
        assert!(p.line.is_some(), "{p:?}");
        assert!(apply::apply_stored(&state, &organizer, id).await.is_err());

        // Views read the stored plan: files changed underneath are not parsed again.
        let good = import::store(&state.db, &organizer, &upload())
            .await
            .unwrap();
        let stored = import::review(&state.db, &organizer, good).await.unwrap();
        assert!(stored.plan.can_apply());
        let mut swapped = upload();
        swapped.schedule = alias_bomb();
        cohort_import::ActiveModel {
            id: Set(good),
            files: Set(serde_json::to_string(&swapped).unwrap()),
            ..Default::default()
        }
        .update(&state.db)
        .await
        .unwrap();
        let again = import::review(&state.db, &organizer, good).await.unwrap();
        assert_eq!(again.plan, stored.plan, "the stored plan, not a new parse");
    }
);

storage_test!(
    a_file_in_the_wrong_slot_is_refused_naming_what_it_looks_like,
    |t: TestDb| async move {
        let dir = tempfile::tempdir().unwrap();
        let state = common::state(&t, dir.path(), &[]);
        // The CSV names these institutions.
        setting(&state).await;
        let people = ols_fixture("people-excerpt.yaml");
        let schedule = ols_fixture("ols-8/schedule.yaml");
        let projects = ols_fixture("ols-8/projects.yaml");
        let csv = upload().participants;
        for (slot, file, text, looks_like) in [
            ("metadata", "metadata.yaml", &people, "people.yaml"),
            ("metadata", "metadata.yaml", &csv, "participants.csv"),
            ("projects", "projects.yaml", &schedule, "schedule.yaml"),
            ("schedule", "schedule.yaml", &projects, "projects.yaml"),
            ("participants", "participants.csv", &people, "people.yaml"),
        ] {
            let mut up = upload();
            match slot {
                "metadata" => up.metadata = text.clone(),
                "projects" => up.projects = text.clone(),
                "schedule" => up.schedule = text.clone(),
                _ => up.participants = text.clone(),
            }
            let plan = import::plan(&state.db, &up).await.unwrap();
            assert!(
                plan.fatal.iter().any(|p| p.file == file
                    && p.key == "import-file-wrong-kind"
                    && p.detail == looks_like),
                "{slot} ← {looks_like}: {:?}",
                plan.fatal
            );
            assert!(!plan.can_apply());
        }

        // The right kind with personal fields the app does not use: kept, and said so.
        let mut up = upload();
        up.metadata = format!(
            "{}\nbio: Likes long walks\norcid: 0000-0002-1825-0097\nhistory: old\n",
            up.metadata
        );
        let plan = import::plan(&state.db, &up).await.unwrap();
        assert!(plan.fatal.is_empty(), "{:?}", plan.fatal);
        let personal = plan
            .notices
            .iter()
            .find(|n| n.key == "import-personal-fields-kept")
            .expect("a notice");
        assert_eq!(
            (personal.file.as_str(), personal.detail.as_str()),
            ("metadata.yaml", "bio, orcid")
        );
        assert!(plan
            .notices
            .iter()
            .any(|n| n.key == "import-fields-kept" && n.detail == "history"));
    }
);

storage_test!(
    the_participants_csv_survives_export_and_import_formulas_included,
    |t: TestDb| async move {
        let dir = tempfile::tempdir().unwrap();
        let state = common::state(&t, dir.path(), &[]);
        let organizer = setting(&state).await;
        // Someone whose display name is a spreadsheet formula.
        let evil = "=HYPERLINK(\"http://evil.example\",\"Sofía\")";
        person(
            &state,
            "sofia.rodriguez@ibm.example.uy",
            evil,
            Role::Learner,
        )
        .await;
        let mut up = upload();
        up.participants
            .push_str("'=Evil,evil@example.org,participant,,,en,\n");
        let id = import::store(&state.db, &organizer, &up).await.unwrap();
        let first = import::review(&state.db, &organizer, id)
            .await
            .unwrap()
            .plan;
        assert!(first.rejected.is_empty(), "{:?}", first.rejected);
        let invitee = first
            .people
            .iter()
            .find_map(|p| p.invite.as_ref().filter(|i| i.email == "evil@example.org"))
            .unwrap();
        assert_eq!(
            invitee.name, "=Evil",
            "a neutralized cell is read back as written"
        );
        let slug = apply::apply_stored(&state, &organizer, id).await.unwrap();
        let a = access::access(&state.db, &organizer, &slug).await.unwrap();

        let csv = export::participants_csv(&state.db, &a).await.unwrap();
        assert!(
            csv.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Sofía\"\")\","),
            "{csv}"
        );
        assert!(!csv.lines().any(|l| l.starts_with('=')), "{csv}");

        // The exported CSV alone, imported into a new cohort, names the same people.
        let mut again = upload();
        again.slug = "catalyst-copy".into();
        again.participants = csv;
        let second = import::plan(&state.db, &again).await.unwrap();
        assert!(second.rejected.is_empty(), "{:?}", second.rejected);
        let who = |p: &import::Plan| {
            let mut v: Vec<(String, String, Option<String>, Option<i32>)> = p
                .people
                .iter()
                .map(|x| {
                    (
                        x.handle.clone(),
                        x.role.clone(),
                        x.project.clone(),
                        x.user.as_ref().map(|u| u.0),
                    )
                })
                .collect();
            v.sort();
            v
        };
        assert_eq!(who(&second), who(&first));
    }
);

/// Every CSV the project writes goes through `domain::csv_out`, so none can skip the
/// formula guard.
#[test]
fn every_csv_writer_is_the_guarded_one() {
    let root = common::workspace_root();
    let mut offenders = vec![];
    let mut stack: Vec<std::path::PathBuf> = ["domain/src", "server/src", "app/src"]
        .iter()
        .map(|d| root.join(d))
        .collect();
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs")
                && !path.ends_with("domain/src/csv_out.rs")
            {
                let text = std::fs::read_to_string(&path).unwrap();
                if text.contains("csv::Writer") || text.contains("csv::WriterBuilder") {
                    offenders.push(path.display().to_string());
                }
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "CSV written outside csv_out: {offenders:?}"
    );
}
