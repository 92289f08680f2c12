//! Exercises and grading over HTTP, as a browser without JavaScript: answers and notebook
//! uploads with and without their CSRF token, localized errors back on the lesson, and who
//! may open the queue, grade, download a notebook or a gradebook. SQLite and PostgreSQL.
mod common;
use common::*;
use domain::{
    accounts::{people, EmailAddress},
    entities::exercise_work,
};
use sea_orm::EntityTrait;

const LESSON: &str = "/courses/first-steps/04-notebooks-and-kernels";
const NOTEBOOK_LESSON: &str = "/courses/first-steps/07-sharing-your-work";

async fn user_id(app: &TestApp, role: &str) -> i32 {
    people::find_by_email(
        &app.state.db,
        &EmailAddress::parse(&format!("{role}@example.org")).unwrap(),
    )
    .await
    .unwrap()
    .unwrap()
    .id
}

fn location(r: &reqwest::Response) -> String {
    r.headers()
        .get("location")
        .map(|l| l.to_str().unwrap().to_owned())
        .unwrap_or_default()
}

both_backends!(
    learners_answer_and_hand_in_notebooks_with_forms,
    |app: TestApp| async move {
        let learner = browser();
        app.sign_in(&learner, "learner").await;
        // Only enrolled people hand in work (domain/tests/grading_render.rs tests the refusal).
        domain::courses::progress::enroll(
            &app.state.db,
            user_id(&app, "learner").await,
            "first-steps",
            None,
        )
        .await
        .unwrap();
        let (status, page) = app.get(&learner, LESSON).await;
        assert_eq!(status, 200);
        assert!(
            page.contains("id=\"exercise-kernel-role\""),
            "the exercise is in the lesson"
        );
        assert!(
            !page.contains("Right answer"),
            "right answers stay hidden before answering"
        );
        let fields = [
            ("course", "first-steps"),
            ("lesson", "04-notebooks-and-kernels"),
            ("exercise", "kernel-role"),
            ("choice", "1"),
        ];
        let refused = app.post(&learner, "/exercises/answer", &fields).await;
        assert_eq!(refused.status().as_u16(), 403, "no CSRF token");
        let csrf = app.csrf(&learner, LESSON).await;
        let mut with_token = fields.to_vec();
        with_token.push(("csrf", &csrf));
        let r = app.post(&learner, "/exercises/answer", &with_token).await;
        assert_eq!(r.status().as_u16(), 303);
        assert_eq!(location(&r), format!("{LESSON}#exercise-kernel-role"));
        let (_, page) = app.get(&learner, LESSON).await;
        assert!(
            page.contains("Right! Read why below each option."),
            "the result is shown"
        );
        assert!(
            page.contains("restarting the kernel clears its memory"),
            "with the explanations"
        );

        // A broken notebook comes back as a localized error naming the line.
        let csrf = app.csrf(&learner, NOTEBOOK_LESSON).await;
        let upload = |bytes: &'static [u8]| {
            reqwest::multipart::Form::new()
                .text("course", "first-steps")
                .text("lesson", "07-sharing-your-work")
                .text("exercise", "share-a-notebook")
                .part(
                    "notebook",
                    reqwest::multipart::Part::bytes(bytes).file_name("mine.ipynb"),
                )
        };
        let post = |form: reqwest::multipart::Form, token: Option<&str>| {
            let url = match token {
                Some(t) => format!("{}/exercises/notebook?csrf={t}", app.base),
                None => format!("{}/exercises/notebook", app.base),
            };
            learner.post(url).multipart(form).send()
        };
        let r = post(upload(b"{\"nbformat\": 4, \"cells\": [}"), None)
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 403, "multipart without the token");
        let r = post(upload(b"{\n\"nbformat\": 4,\n\"cells\": [}"), Some(&csrf))
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 303);
        let (_, page) = app.get(&learner, NOTEBOOK_LESSON).await;
        assert!(
            page.contains("its JSON breaks at line 3, column 11"),
            "{}",
            &page[page.find("exercise-share").unwrap_or(0)..][..600.min(page.len())]
        );
        let good = br#"{"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [{"cell_type": "code", "source": "print(1)", "outputs": [], "execution_count": 1, "metadata": {}}]}"#;
        let r = post(upload(good), Some(&csrf)).await.unwrap();
        assert_eq!(r.status().as_u16(), 303);
        let (_, page) = app.get(&learner, NOTEBOOK_LESSON).await;
        assert!(page.contains("Waiting for a mentor"));
        let attempt = regex::Regex::new(r#"/exercises/notebooks/(\d+)"#)
            .unwrap()
            .captures(&page)
            .expect("a download link")[1]
            .to_owned();

        // The notebook: its learner and the course's mentor may download it, nobody else.
        let mentor = browser();
        app.sign_in(&mentor, "mentor").await;
        domain::grading::scope::add_course_mentor(
            &app.state.db,
            user_id(&app, "mentor").await,
            "first-steps",
        )
        .await
        .unwrap();
        let other = browser();
        app.sign_in(&other, "translator").await;
        let path = format!("/exercises/notebooks/{attempt}");
        assert_eq!(app.get(&learner, &path).await.0, 200);
        let (status, body) = app.get(&mentor, &path).await;
        assert_eq!((status, body.as_bytes()), (200, good.as_slice()));
        assert_eq!(app.get(&other, &path).await.0, 403);
    }
);

both_backends!(
    grading_is_for_the_learners_mentors_and_staff,
    |app: TestApp| async move {
        let learner = browser();
        app.sign_in(&learner, "learner").await;
        domain::courses::progress::enroll(
            &app.state.db,
            user_id(&app, "learner").await,
            "first-steps",
            None,
        )
        .await
        .unwrap();
        let csrf = app
            .csrf(&learner, "/courses/first-steps/08-being-a-good-neighbour")
            .await;
        let r = app
            .post(
                &learner,
                "/exercises/answer",
                &[
                    ("csrf", &csrf),
                    ("course", "first-steps"),
                    ("lesson", "08-being-a-good-neighbour"),
                    ("exercise", "good-neighbour-plan"),
                    ("answer", "Run it at night on a sample first."),
                ],
            )
            .await;
        assert_eq!(r.status().as_u16(), 303);
        let work = exercise_work::Entity::find()
            .one(&app.state.db)
            .await
            .unwrap()
            .unwrap();
        domain::grading::scope::add_course_mentor(
            &app.state.db,
            user_id(&app, "mentor").await,
            "first-steps",
        )
        .await
        .unwrap();
        let grade_path = format!("/grading/{}", work.id);
        for (role, queue, grade_page) in [
            ("learner", 403, 403),
            ("translator", 403, 403),
            ("mentor", 200, 200),
            ("organizer", 200, 200),
            ("admin", 200, 200),
        ] {
            let c = browser();
            app.sign_in(&c, role).await;
            assert_eq!(
                app.get(&c, "/grading").await.0,
                queue,
                "{role} opening the queue"
            );
            assert_eq!(
                app.get(&c, &grade_path).await.0,
                grade_page,
                "{role} opening the work"
            );
            let csv = app
                .get(&c, "/grading/gradebook.csv?course=first-steps")
                .await;
            assert_eq!(csv.0, queue, "{role} downloading the gradebook");
            if csv.0 == 200 {
                assert!(csv.1.starts_with('\u{feff}') && csv.1.contains("learner"));
            }
        }
        // The learner cannot grade their own work, even with a valid token.
        let csrf = app
            .csrf(&learner, "/courses/first-steps/08-being-a-good-neighbour")
            .await;
        let version = work.version.to_string();
        let r = app
            .post(
                &learner,
                &format!("{grade_path}/grade"),
                &[
                    ("csrf", &csrf),
                    ("version", &version),
                    ("decision", "accept"),
                    ("score", "3"),
                ],
            )
            .await;
        assert_eq!(r.status().as_u16(), 403);

        // Two mentors on the same version: the second is told, and keeps what they typed.
        let mentor = browser();
        app.sign_in(&mentor, "mentor").await;
        let admin = browser();
        app.sign_in(&admin, "admin").await;
        let m_csrf = app.csrf(&mentor, &grade_path).await;
        let a_csrf = app.csrf(&admin, &grade_path).await;
        let r = app
            .post(
                &admin,
                &format!("{grade_path}/grade"),
                &[
                    ("csrf", &a_csrf),
                    ("version", &version),
                    ("decision", "score"),
                    ("score", "2"),
                    ("feedback", "Good start."),
                ],
            )
            .await;
        assert_eq!(
            (r.status().as_u16(), location(&r).as_str()),
            (303, "/grading")
        );
        let r = app
            .post(
                &mentor,
                &format!("{grade_path}/grade"),
                &[
                    ("csrf", &m_csrf),
                    ("version", &version),
                    ("decision", "accept"),
                    ("feedback", "Mi versión."),
                ],
            )
            .await;
        assert_eq!(
            (r.status().as_u16(), location(&r)),
            (303, grade_path.clone())
        );
        let (_, page) = app.get(&mentor, &grade_path).await;
        // The mentor reads Spanish (their profile language in the test app is es).
        assert!(
            page.contains("Alguien cambió este trabajo"),
            "conflict explained"
        );
        assert!(
            page.contains("Mi versión."),
            "their feedback kept in the form"
        );
        assert!(page.contains("Good start."), "the other grade shown");
        let saved = exercise_work::Entity::find_by_id(work.id)
            .one(&app.state.db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(saved.score, Some(2));
    }
);
