//! Cohorts on SQLite and PostgreSQL: an OLS-format cohort (16 weeks, every call type,
//! several projects, a participants CSV) previewed, applied in one transaction, matching
//! the files, and exported back to equivalent YAML; malformed files rejected with their line
//! or row and nothing written.
mod common;
use common::{
    cohort_world::{fixture, setting, upload},
    TestDb,
};
use domain::{
    cohorts::{access, apply, export, import},
    entities::{cohort, cohort_call, cohort_member, cohort_project, email, invitation},
};
use sea_orm::{EntityTrait, PaginatorTrait};

/// YAML as data, without what an export may legitimately drop: nulls, empty lists, empty maps.
fn normalized(yaml: &str) -> serde_json::Value {
    fn clean(v: serde_json::Value) -> Option<serde_json::Value> {
        match v {
            serde_json::Value::Null => None,
            serde_json::Value::Array(a) => {
                let a: Vec<_> = a.into_iter().filter_map(clean).collect();
                (!a.is_empty()).then_some(serde_json::Value::Array(a))
            }
            serde_json::Value::Object(o) => {
                let o: serde_json::Map<_, _> = o
                    .into_iter()
                    .filter_map(|(k, v)| clean(v).map(|v| (k, v)))
                    .collect();
                (!o.is_empty()).then_some(serde_json::Value::Object(o))
            }
            other => Some(other),
        }
    }
    clean(yaml_serde::from_str(yaml).unwrap()).unwrap_or(serde_json::Value::Null)
}

storage_test!(
    an_ols_cohort_is_previewed_applied_and_exported_back,
    |t: TestDb| async move {
        let dir = tempfile::tempdir().unwrap();
        let state = common::state(&t, dir.path(), &[]);
        let organizer = setting(&state).await;

        let id = import::store(&state.db, &organizer, &upload())
            .await
            .unwrap();
        let review = import::review(&state.db, &organizer, id).await.unwrap();
        let plan = &review.plan;
        assert!(
            plan.fatal.is_empty() && plan.rejected.is_empty(),
            "{:?} {:?}",
            plan.fatal,
            plan.rejected
        );
        let weeks = plan.weeks.as_ref().unwrap();
        assert_eq!((weeks.len(), plan.calls()), (17, 35));
        let kinds: std::collections::BTreeSet<&str> = weeks
            .iter()
            .flat_map(|w| w.calls.iter().map(|c| c.kind))
            .collect();
        assert_eq!(kinds.len(), 8, "every kind of call but 'other': {kinds:?}");
        assert_eq!(plan.projects.as_ref().unwrap().len(), 4);
        let lina = plan
            .people
            .iter()
            .find(|p| p.handle == "lina-learner" && p.role == "participant")
            .unwrap();
        assert_eq!(
            lina.user.as_ref().map(|u| u.1.as_str()),
            Some("Lina Learner"),
            "matched by the CSV's email"
        );
        let invited: Vec<&str> = plan
            .people
            .iter()
            .filter_map(|p| p.invite.as_ref().map(|i| i.email.as_str()))
            .collect();
        assert_eq!(invited.len(), 6, "{invited:?}");
        assert!(
            plan.people.iter().any(|p| p.handle == "bebatut"
                && p.role == "organizer"
                && p.user.is_none()
                && p.invite.is_none()),
            "unmatched people are listed"
        );
        // Nothing is written by a preview.
        assert_eq!(cohort::Entity::find().count(&state.db).await.unwrap(), 0);

        let slug = apply::apply_stored(&state, &organizer, id).await.unwrap();
        assert_eq!(slug, "catalyst-2027");
        assert_eq!(
            apply::apply_stored(&state, &organizer, id).await.unwrap(),
            slug,
            "applied once"
        );
        assert_eq!(cohort::Entity::find().count(&state.db).await.unwrap(), 1);
        assert_eq!(
            cohort_call::Entity::find().count(&state.db).await.unwrap(),
            35
        );
        assert_eq!(
            cohort_project::Entity::find()
                .count(&state.db)
                .await
                .unwrap(),
            4
        );
        let c = cohort::Entity::find()
            .one(&state.db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            (c.starts_on.to_string(), c.ends_on.to_string()),
            ("2026-11-02".into(), "2027-03-14".into())
        );
        // Invitations went out in each person's language, and remember the cohort.
        let invitations = invitation::Entity::find().all(&state.db).await.unwrap();
        assert_eq!(invitations.len(), 6);
        let sofia = invitations
            .iter()
            .find(|i| i.email == "sofia.rodriguez@ibm.example.uy")
            .unwrap();
        assert_eq!(
            (
                sofia.locale.as_str(),
                sofia.cohort_role.as_deref(),
                sofia.github_username.as_deref()
            ),
            ("es", Some("participant"), Some("sofia-rodriguez"))
        );
        let mails = email::Entity::find().all(&state.db).await.unwrap();
        assert!(mails
            .iter()
            .any(|m| m.to_address == "joao.pereira@fiocruz.example.br" && m.locale == "pt"));
        // A timed call is stored at its instant in the cohort's timezone; a mentor meeting has none.
        let calls = cohort_call::Entity::find().all(&state.db).await.unwrap();
        let welcome = calls
            .iter()
            .find(|c| c.title.starts_with("Welcome to Open Seeds"))
            .unwrap();
        assert_eq!(
            welcome.starts_at.unwrap().to_rfc3339(),
            "2026-11-11T16:00:00+00:00"
        );
        assert!(calls
            .iter()
            .filter(|c| c.kind == "mentor-meeting")
            .all(|c| c.starts_at.is_none()));

        // Lina accepted long ago: she is linked. Accepting Sofía's invitation links her too.
        let members = cohort_member::Entity::find().all(&state.db).await.unwrap();
        assert!(members
            .iter()
            .any(|m| m.handle == "lina-learner" && m.user_id.is_some()));

        // The export gives back equivalent files.
        let a = access::access(&state.db, &organizer, &slug).await.unwrap();
        assert_eq!(
            normalized(&export::schedule(&state.db, &a).await.unwrap()),
            normalized(&fixture("schedule.yaml"))
        );
        assert_eq!(
            normalized(&export::projects(&state.db, &a).await.unwrap()),
            normalized(&fixture("projects.yaml"))
        );
        let meta_out = normalized(&export::metadata(&state.db, &a).await.unwrap());
        let meta_in = normalized(&fixture("metadata.yaml"));
        for key in ["experts", "organizers"] {
            assert_eq!(meta_out[key], meta_in[key], "{key}");
        }
        // The CSV added a facilitator the YAML did not name (by email: no GitHub username).
        let mut facilitators = meta_in["facilitators"].as_array().unwrap().clone();
        facilitators.push("joao.pereira@fiocruz.example.br".into());
        assert_eq!(
            meta_out["facilitators"],
            serde_json::Value::Array(facilitators)
        );
        // Every listed mentor is still a mentor (project mentors are added to the list).
        for m in meta_in["possible-mentors"].as_array().unwrap() {
            assert!(meta_out["possible-mentors"].as_array().unwrap().contains(m));
        }
        let csv = export::participants_csv(&state.db, &a).await.unwrap();
        assert!(csv.starts_with('\u{feff}'));
        assert!(
            csv.contains("Sofía") || csv.contains("sofia.rodriguez@ibm.example.uy"),
            "{csv}"
        );
        assert!(
            csv.contains("Lina Learner,learner@demo.academy,participant"),
            "{csv}"
        );

        // Importing the same files again changes nothing.
        let again = import::store(&state.db, &organizer, &upload())
            .await
            .unwrap();
        apply::apply_stored(&state, &organizer, again)
            .await
            .unwrap();
        assert_eq!(
            cohort_call::Entity::find().count(&state.db).await.unwrap(),
            35
        );
        assert_eq!(
            cohort_member::Entity::find()
                .count(&state.db)
                .await
                .unwrap() as usize,
            members.len()
        );
        assert_eq!(
            invitation::Entity::find().count(&state.db).await.unwrap(),
            6,
            "no second invitation"
        );
    }
);

storage_test!(
    malformed_files_are_rejected_with_where_and_why,
    |t: TestDb| async move {
        let dir = tempfile::tempdir().unwrap();
        let state = common::state(&t, dir.path(), &[]);
        let organizer = setting(&state).await;

        // YAML that does not parse: the whole import stops, with the line.
        let mut up = upload();
        up.projects = "- name: A\n  mentors: [unclosed\n- name: B\n".into();
        let plan = import::plan(&state.db, &up).await.unwrap();
        let p = &plan.fatal[0];
        assert_eq!(
            (p.file.as_str(), p.key.as_str()),
            ("projects.yaml", "import-yaml-invalid")
        );
        assert!(p.line.is_some_and(|l| l >= 2), "{p:?}");
        let id = import::store(&state.db, &organizer, &up).await.unwrap();
        assert!(apply::apply_stored(&state, &organizer, id).await.is_err());
        assert_eq!(
            cohort::Entity::find().count(&state.db).await.unwrap(),
            0,
            "nothing half-imported"
        );
        assert_eq!(
            invitation::Entity::find().count(&state.db).await.unwrap(),
            0
        );

        // A CSV whose quotes never close: stops with the line.
        let mut up = upload();
        up.participants =
            "name,email,role\n\"Ana,ana@example.org,participant\nBo,bo@example.org,participant\n"
                .into();
        let plan = import::plan(&state.db, &up).await.unwrap();
        let p = plan
            .fatal
            .iter()
            .find(|p| p.file == "participants.csv")
            .expect("the CSV is refused");
        assert_eq!(
            (p.key.as_str(), p.line),
            ("import-csv-unclosed-quote", Some(2))
        );

        // Bad rows and values are left out with row or line and reason; the rest can apply.
        let mut up = upload();
        up.participants =
            "name,email,role,institution,github_username,preferred_language,project\n\
        Ana,not-an-email,participant,,,es,\n\
        Bo,bo@example.org,captain,,,en,\n\
        Cy,cy@example.org,participant,Atlantis Institute,,en,\n\
        Di,di@example.org,participant,,,fr,\n\
        Ed,ed@example.org,participant,,,en,No such project\n\
        Flo,flo@example.org,participant,,,pt,\n"
                .into();
        up.schedule = fixture("schedule.yaml")
            .replacen("start: November 16, 2026", "start: Novembre 16 2026", 1)
            .replacen("duration: 90 min", "duration: soon", 1);
        let plan = import::plan(&state.db, &up).await.unwrap();
        assert!(plan.fatal.is_empty(), "{:?}", plan.fatal);
        let got: Vec<(String, Option<usize>, String)> = plan
            .rejected
            .iter()
            .map(|p| (p.file.clone(), p.line, p.key.clone()))
            .collect();
        for (row, key) in [
            (2, "import-row-email-invalid"),
            (3, "import-row-role-invalid"),
            (4, "import-row-institution-unknown"),
            (5, "import-row-language-invalid"),
            (6, "import-row-project-unknown"),
        ] {
            assert!(
                got.contains(&("participants.csv".into(), Some(row), key.into())),
                "row {row} {key}: {got:?}"
            );
        }
        let bad_week = plan
            .rejected
            .iter()
            .find(|p| p.key == "import-date-invalid")
            .unwrap();
        assert_eq!(bad_week.detail, "Novembre 16 2026");
        let line = bad_week.line.unwrap();
        assert!(up
            .schedule
            .lines()
            .nth(line - 1)
            .unwrap()
            .contains("Novembre 16 2026"));
        let bad_duration = plan
            .rejected
            .iter()
            .find(|p| p.key == "import-duration-invalid")
            .unwrap();
        assert!(up
            .schedule
            .lines()
            .nth(bad_duration.line.unwrap() - 1)
            .unwrap()
            .contains("duration: soon"));
        assert!(plan.people.iter().any(|p| p
            .invite
            .as_ref()
            .is_some_and(|i| i.email == "flo@example.org")));

        // A missing column in the CSV, a bad slug or timezone: stops.
        let mut up = upload();
        up.participants = "name,mail\nAna,ana@example.org\n".into();
        up.slug = "Not A Slug".into();
        up.timezone = "Mars/Olympus".into();
        let plan = import::plan(&state.db, &up).await.unwrap();
        let keys: Vec<&str> = plan.fatal.iter().map(|p| p.key.as_str()).collect();
        assert!(
            keys.contains(&"import-csv-columns")
                && keys.contains(&"import-slug-invalid")
                && keys.contains(&"import-timezone-invalid"),
            "{keys:?}"
        );
        assert_eq!(cohort::Entity::find().count(&state.db).await.unwrap(), 0);
    }
);
