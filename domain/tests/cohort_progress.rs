//! A cohort in use, on SQLite and PostgreSQL: who may see and do what (outsider,
//! participant, mentor, host, cohort organizer), attendance with a participant's report
//! confirmed by their mentor, milestones, the participant's track, the dashboard's
//! highlights, and the calendar feeds.
mod common;
use common::{
    cohort_world::{person, setting, upload},
    TestDb,
};
use domain::{
    accounts::{people, CurrentUser, EmailAddress, Role},
    cohorts::{
        access, apply, attendance, calendar, dashboard, import, manual, milestones, schedule,
        settings, track,
    },
    entities::{cohort_call, cohort_milestone},
    ServiceError,
};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

struct Cast {
    staff: CurrentUser,
    lina: CurrentUser,
    marta: CurrentUser,
    outsider: CurrentUser,
    cohort_organizer: CurrentUser,
}

async fn cohort(state: &domain::AppState) -> Cast {
    let staff = setting(state).await;
    let find = |email: &'static str| async move {
        let u = people::find_by_email(&state.db, &EmailAddress::parse(email).unwrap())
            .await
            .unwrap()
            .unwrap();
        people::current_user(&state.db, u.id)
            .await
            .unwrap()
            .unwrap()
    };
    let lina = find("learner@demo.academy").await;
    let marta = find("mentor@demo.academy").await;
    let outsider = person(state, "someone@else.example", "Sam Else", Role::Learner).await;
    let cohort_organizer = person(state, "berenice@ols.example", "Bérénice", Role::Learner).await;
    let up = upload();
    let id = import::store(&state.db, &staff, &up).await.unwrap();
    apply::apply_stored(state, &staff, id).await.unwrap();
    // Named by GitHub username in metadata.yaml: linked once they add it and the cohort's
    // organizers confirm their claim.
    people::set_github_username(&state.db, cohort_organizer.id, "bebatut")
        .await
        .unwrap();
    let a = domain::cohorts::access::access(&state.db, &staff, "catalyst-2027")
        .await
        .unwrap();
    let claim = domain::cohorts::claims::pending(&state.db, &a)
        .await
        .unwrap()
        .into_iter()
        .find(|c| c.user_id == cohort_organizer.id)
        .unwrap();
    domain::cohorts::claims::decide(
        &state.db,
        &staff,
        "catalyst-2027",
        claim.id,
        domain::cohorts::claims::Decision::Confirm,
    )
    .await
    .unwrap();
    people::set_github_username(&state.db, lina.id, "lina-learner")
        .await
        .unwrap();
    Cast {
        staff,
        lina,
        marta,
        outsider,
        cohort_organizer,
    }
}

async fn call_titled(state: &domain::AppState, title: &str) -> cohort_call::Model {
    cohort_call::Entity::find()
        .filter(cohort_call::Column::Title.eq(title))
        .one(&state.db)
        .await
        .unwrap()
        .unwrap()
}

fn forbidden<T: std::fmt::Debug>(r: Result<T, ServiceError>) -> bool {
    matches!(r, Err(ServiceError::Forbidden))
}

storage_test!(
    each_role_sees_and_does_only_its_part,
    |t: TestDb| async move {
        let dir = tempfile::tempdir().unwrap();
        let content = common::workspace_root()
            .join("content")
            .display()
            .to_string();
        let state = common::state(&t, dir.path(), &[("ACADEMY_CONTENT_DIR", &content)]);
        let c = cohort(&state).await;
        let db = &state.db;
        let slug = "catalyst-2027";
        let welcome =
            call_titled(&state, "Welcome to Open Seeds & Tooling for Project Design").await;
        let github = call_titled(&state, "GitHub for beginners").await;
        let tooling = call_titled(&state, "Tooling for Open Collaboration").await;
        let meeting = call_titled(&state, "1st mentor-mentee meeting").await;
        let projects = schedule::projects(db, 1).await.unwrap();
        let linas = projects
            .iter()
            .find(|p| p.participants.iter().any(|x| x.user_id == Some(c.lina.id)))
            .unwrap()
            .id;
        let other = projects.iter().find(|p| p.id != linas).unwrap().id;
        let licence = cohort_milestone::Entity::find()
            .filter(cohort_milestone::Column::Key.eq("licence"))
            .one(db)
            .await
            .unwrap()
            .unwrap();

        // Someone outside the cohort sees none of it.
        assert!(forbidden(schedule::overview(db, &c.outsider, slug).await));
        assert!(forbidden(
            track::track(&state, &c.outsider, slug, None).await
        ));
        assert!(forbidden(
            dashboard::build(&state, &c.outsider, slug, &Default::default()).await
        ));
        assert!(forbidden(
            attendance::sheet(db, &c.outsider, slug, welcome.id).await
        ));

        // The participant: their schedule, own track and project; nothing of others'.
        assert!(schedule::overview(db, &c.lina, slug).await.is_ok());
        assert!(track::track(&state, &c.lina, slug, None).await.is_ok());
        assert!(forbidden(
            track::track(&state, &c.lina, slug, Some(c.marta.id)).await
        ));
        assert!(forbidden(
            dashboard::build(&state, &c.lina, slug, &Default::default()).await
        ));
        assert!(forbidden(
            attendance::sheet(db, &c.lina, slug, welcome.id).await
        ));
        assert!(
            forbidden(attendance::report(db, &c.lina, slug, welcome.id).await),
            "only mentor meetings are self-reported"
        );
        assert!(forbidden(
            milestones::set(db, &c.lina, slug, licence.id, linas, None, true).await
        ));
        assert!(milestones::project_page(db, &c.lina, slug, linas)
            .await
            .is_ok());
        assert!(forbidden(
            milestones::project_page(db, &c.lina, slug, other).await
        ));

        // A host takes attendance for their own call only.
        manual::add_call(
            &state,
            &c.staff,
            slug,
            &manual::CallForm {
                week: "04".into(),
                kind: "coworking".into(),
                title: "Lina's study group".into(),
                date: "2026-12-02".into(),
                time: "18:00".into(),
                duration: "60 min".into(),
                hosts: "@Lina-Learner".into(),
            },
        )
        .await
        .unwrap();
        let hosted = call_titled(&state, "Lina's study group").await;
        assert_eq!(
            hosted.starts_at.unwrap().to_rfc3339(),
            "2026-12-02T18:00:00+00:00"
        );
        assert!(attendance::sheet(db, &c.lina, slug, hosted.id)
            .await
            .is_ok());
        assert!(forbidden(
            attendance::sheet(db, &c.lina, slug, github.id).await
        ));

        // The cohort's own organizer (not platform staff) runs it: attendance and dashboard.
        attendance::record(db, &c.cohort_organizer, slug, welcome.id, &[c.lina.id])
            .await
            .unwrap();
        attendance::record(db, &c.cohort_organizer, slug, github.id, &[])
            .await
            .unwrap();
        attendance::record(db, &c.staff, slug, tooling.id, &[c.outsider.id])
            .await
            .unwrap();

        // A mentor meeting: reported by the participant, confirmed by their mentor only.
        attendance::report(db, &c.lina, slug, meeting.id)
            .await
            .unwrap();
        let t = track::track(&state, &c.lina, slug, None).await.unwrap();
        let status =
            |t: &track::Track, id: i32| t.calls.iter().find(|x| x.call_id == id).map(|x| x.status);
        assert_eq!(status(&t, meeting.id), Some("reported"));
        assert_eq!(status(&t, welcome.id), Some("present"));
        assert_eq!(status(&t, github.id), Some("absent"));
        let waiting =
            attendance::to_confirm(db, &access::access(db, &c.marta, slug).await.unwrap())
                .await
                .unwrap();
        assert_eq!(waiting.len(), 1);
        assert!(forbidden(
            attendance::confirm(db, &c.outsider, slug, waiting[0].0.id).await
        ));
        assert!(forbidden(
            attendance::confirm(db, &c.lina, slug, waiting[0].0.id).await
        ));
        attendance::confirm(db, &c.marta, slug, waiting[0].0.id)
            .await
            .unwrap();
        let t = track::track(&state, &c.marta, slug, Some(c.lina.id))
            .await
            .unwrap();
        assert_eq!(
            status(&t, meeting.id),
            Some("present"),
            "the mentor follows their mentee"
        );

        // Milestones: the project's mentor ticks theirs, not another project's.
        milestones::set(db, &c.marta, slug, licence.id, linas, None, true)
            .await
            .unwrap();
        assert!(forbidden(
            milestones::set(db, &c.marta, slug, licence.id, other, None, true).await
        ));
        let page = milestones::project_page(db, &c.marta, slug, linas)
            .await
            .unwrap();
        let m = page.milestones.iter().find(|m| m.key == "licence").unwrap();
        assert_eq!(m.project.as_ref().unwrap().by, "Marta Mentora");
        let t = track::track(&state, &c.lina, slug, None).await.unwrap();
        assert!(t
            .milestones
            .iter()
            .any(|(k, _, on)| k == "licence" && on.is_some()));
        assert!(forbidden(
            dashboard::build(&state, &c.marta, slug, &Default::default()).await
        ));

        // Required courses, then the dashboard: Lina missed two recorded calls in a row and has
        // no course progress three weeks into the cohort.
        settings::update(
            &state,
            &c.cohort_organizer,
            slug,
            &settings::SettingsForm {
                status: "running".into(),
                courses: "first-steps".into(),
                hub_group: String::new(),
                missed_calls_alert: "2".into(),
                inactive_weeks_alert: "3".into(),
            },
        )
        .await
        .unwrap();
        assert!(settings::update(&state, &c.lina, slug, &Default::default())
            .await
            .is_err());
        let d = dashboard::build(&state, &c.cohort_organizer, slug, &Default::default())
            .await
            .unwrap();
        let row = d
            .rows
            .iter()
            .find(|r| r.user_id == Some(c.lina.id))
            .unwrap();
        assert!(
            row.behind.contains(&"behind-attendance"),
            "{:?}",
            row.behind
        );
        assert!(row.behind.contains(&"behind-courses"), "{:?}", row.behind);
        assert_eq!(
            row.weeks[1],
            (2, 2),
            "week 01: the cohort call and the confirmed meeting"
        );
        assert_eq!(row.weeks[2], (1, 0));
        assert_eq!(d.attendance_by_week[2], Some(0));
        assert_eq!(d.rows.len(), 6, "every participant, joined or not");
        let behind_only = dashboard::build(
            &state,
            &c.staff,
            slug,
            &dashboard::Filters {
                behind_only: true,
                ..Default::default()
            },
        )
        .await
        .unwrap();
        assert_eq!(behind_only.rows.len(), 1);
        let csv = dashboard::to_csv(&d, |k| k.to_owned());
        assert!(csv.contains("Lina Learner") && csv.contains("behind-attendance"));

        // Calendars: a participant's feed has no mentor training; tokens cannot be forged.
        let key = &state.config.secret_key.0;
        let token = calendar::person_token(key, c.lina.id);
        assert_eq!(calendar::verify_person_token(key, &token), Some(c.lina.id));
        let feed = calendar::person_feed(db, "academy.test", c.lina.id, "My calls")
            .await
            .unwrap();
        assert!(
            feed.starts_with("BEGIN:VCALENDAR\r\n") && feed.trim_end().ends_with("END:VCALENDAR")
        );
        assert!(
            feed.contains("DTSTART:20261111T160000Z") && feed.contains("DTEND:20261111T173000Z")
        );
        assert!(!feed.contains("Mentor onboarding"));
        assert!(feed.lines().all(|l| l.len() <= 76));
    }
);
