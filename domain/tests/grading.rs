//! Exercises and grading on SQLite and PostgreSQL: automatic grading and a mentor's override,
//! the revision cycle with mails in the learner's language, two mentors grading at once,
//! who may see and grade what, notebook validation, gradebooks and their CSV, and the daily
//! digest claimed once.
mod common;
use chrono::TimeZone;
use common::{cohort_world::person, TestDb};
use domain::{
    accounts::{CurrentUser, Role},
    entities::{email, exercise_attempt, exercise_grade, grading_audit, job},
    grading::{
        self, digest,
        grade::{self as grading_grade, Decision, GradeInput},
        gradebook, queue, scope,
        submit::{self, Answer},
    },
    i18n::Locale,
    jobs::schedule,
    AppState, ServiceError,
};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use std::path::Path;

fn write(root: &Path, rel: &str, text: &str) {
    let p = root.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, text).unwrap();
}

const LESSON_EN: &str = "---\ntitle: Practice\nminutes: 10\n---\n\nRead this first.\n\n::::{exercise} kernel\n:type: single\n\nWhat runs your code?\n\n- [ ] The file\n  > Files only store.\n- [x] The kernel\n  > Yes.\n::::\n\n::::{exercise} explain\n:type: written\n:points: 4\n\nExplain a hub.\n::::\n\n::::{exercise} notebook\n:type: notebook\n\nHand in a notebook.\n\n:::{rubric}\n- Runs: no errors\n  - 0 Errors: fails\n  - 2 Runs: works\n- Explains: says what it does\n  - 0 Missing: nothing\n  - 1 Brief: a line\n  - 3 Clear: all of it\n:::\n::::\n";

const LESSON_ES: &str = "---\ntitle: Práctica\nminutes: 10\n---\n\nLee esto primero.\n\n::::{exercise} kernel\n:type: single\n\n¿Qué ejecuta tu código?\n\n- [ ] El archivo\n  > Los archivos solo guardan.\n- [x] El kernel\n  > Sí.\n::::\n\n::::{exercise} explain\n:type: written\n:points: 4\n\nExplica qué es un hub.\n::::\n\n::::{exercise} notebook\n:type: notebook\n\nEntrega un notebook.\n\n:::{rubric}\n- Funciona: sin errores\n  - 0 Errores: falla\n  - 2 Funciona: anda\n- Se explica: dice qué hace\n  - 0 Falta: nada\n  - 1 Breve: una línea\n  - 3 Clara: todo\n:::\n::::\n";

struct World {
    state: AppState,
    _content: tempfile::TempDir,
    learner: CurrentUser,
    other_learner: CurrentUser,
    mentor: CurrentUser,
    mentor2: CurrentUser,
    outsider_mentor: CurrentUser,
    organizer: CurrentUser,
}

async fn world(t: &TestDb) -> World {
    let content = tempfile::tempdir().unwrap();
    let r = content.path();
    write(r, "courses/lab/course.toml", "slug = \"lab\"\nlessons = [\"01-practice\"]\n\n[en]\ntitle = \"Lab\"\nsummary = \"Practice.\"\n\n[es]\ntitle = \"Laboratorio\"\nsummary = \"Práctica.\"\n");
    write(r, "courses/lab/en/01-practice.md", LESSON_EN);
    let hash = domain::courses::front_matter::source_hash(LESSON_EN);
    write(
        r,
        "courses/lab/es/01-practice.md",
        &LESSON_ES.replace(
            "minutes: 10\n",
            &format!("minutes: 10\nsource_hash: {hash}\n"),
        ),
    );
    let data = tempfile::tempdir().unwrap();
    let dir = r.display().to_string();
    let state = common::state(t, data.path(), &[("ACADEMY_CONTENT_DIR", &dir)]);
    let learner = person(&state, "lucia@lab.example", "Lúcia Souza", Role::Learner).await;
    let other_learner = person(&state, "omar@lab.example", "Omar", Role::Learner).await;
    let mentor = person(&state, "marta@lab.example", "Marta", Role::Mentor).await;
    let mentor2 = person(&state, "kofi@lab.example", "Kofi", Role::Mentor).await;
    let outsider_mentor = person(&state, "nadia@lab.example", "Nadia", Role::Mentor).await;
    let organizer = person(&state, "olu@lab.example", "Olu", Role::Organizer).await;
    for m in [&mentor, &mentor2] {
        scope::add_course_mentor(&state.db, m.id, "lab")
            .await
            .unwrap();
    }
    // Only enrolled people may hand in work (grading_render.rs tests the refusal).
    domain::courses::progress::enroll(&state.db, learner.id, "lab", None)
        .await
        .unwrap();
    World {
        state,
        _content: content,
        learner,
        other_learner,
        mentor,
        mentor2,
        outsider_mentor,
        organizer,
    }
}

async fn send(
    w: &World,
    who: &CurrentUser,
    exercise: &str,
    answer: Answer,
) -> Result<submit::Submitted, ServiceError> {
    submit::submit(&w.state, who, "lab", "01-practice", exercise, answer).await
}

fn grade_input(work_id: i32, version: i32, decision: Decision) -> GradeInput {
    GradeInput {
        work_id,
        version,
        decision,
        levels: vec![],
        score: None,
        feedback: String::new(),
    }
}

async fn work(w: &World, id: i32) -> grading::work::WorkWithHistory {
    grading::work::one(&w.state.db, id).await.unwrap()
}

fn key(e: ServiceError) -> &'static str {
    e.message_key()
}

storage_test!(
    choices_are_graded_at_once_and_a_mentors_grade_wins,
    |t: TestDb| async move {
        let w = world(&t).await;
        let wrong = send(&w, &w.learner, "kernel", Answer::Choices(vec![0]))
            .await
            .unwrap();
        assert_eq!(wrong.correct, Some(false));
        let x = work(&w, wrong.work_id).await;
        assert_eq!((x.work.state.as_str(), x.work.score), ("graded", Some(0)));
        let right = send(&w, &w.learner, "kernel", Answer::Choices(vec![1]))
            .await
            .unwrap();
        assert_eq!((right.correct, right.attempt), (Some(true), 2));
        assert_eq!(work(&w, right.work_id).await.work.score, Some(1));
        // Two options for a single-choice question, or none, are refused.
        assert_eq!(
            key(send(&w, &w.learner, "kernel", Answer::Choices(vec![0, 1]))
                .await
                .unwrap_err()),
            "error-exercise-choose-one"
        );
        assert_eq!(
            key(send(&w, &w.learner, "kernel", Answer::Choices(vec![]))
                .await
                .unwrap_err()),
            "error-exercise-choose"
        );

        // The mentor overrides: 0 points (say the learner guessed).
        let v = work(&w, right.work_id).await.work.version;
        let mut g = grade_input(right.work_id, v, Decision::Score);
        g.score = Some(0);
        g.feedback = "Tell me *why* in the forum.".into();
        grading_grade::grade(&w.state, &w.mentor, g).await.unwrap();
        // Answering right again does not replace the manual grade.
        send(&w, &w.learner, "kernel", Answer::Choices(vec![1]))
            .await
            .unwrap();
        let x = work(&w, right.work_id).await;
        assert_eq!(
            (x.work.score, x.work.grade_source.as_deref()),
            (Some(0), Some("manual"))
        );
        assert_eq!(x.attempts.len(), 3, "every attempt is kept");
        let actions: Vec<String> = grading_audit::Entity::find()
            .filter(grading_audit::Column::WorkId.eq(right.work_id))
            .all(&w.state.db)
            .await
            .unwrap()
            .into_iter()
            .map(|a| a.action)
            .collect();
        assert_eq!(actions, ["auto", "auto", "override"]);
        let last = grading_audit::Entity::find()
            .filter(grading_audit::Column::Action.eq("override"))
            .one(&w.state.db)
            .await
            .unwrap()
            .unwrap();
        assert!(
            last.before.contains("\"score\":1") && last.after.contains("\"score\":0"),
            "{last:?}"
        );
        assert_eq!(last.actor_id, Some(w.mentor.id));
    }
);

storage_test!(
    written_work_goes_through_revision_with_mails_in_the_learners_language,
    |t: TestDb| async move {
        let w = world(&t).await;
        assert_eq!(
            key(
                send(&w, &w.learner, "explain", Answer::Written("  ".into()))
                    .await
                    .unwrap_err()
            ),
            "error-answer-empty"
        );
        let s = send(
            &w,
            &w.learner,
            "explain",
            Answer::Written("A hub is a shared server.".into()),
        )
        .await
        .unwrap();
        assert_eq!(work(&w, s.work_id).await.work.state, "submitted");
        assert_eq!(
            key(
                send(&w, &w.learner, "explain", Answer::Written("again".into()))
                    .await
                    .unwrap_err()
            ),
            "error-work-waiting"
        );

        let v = work(&w, s.work_id).await.work.version;
        let revise = grade_input(s.work_id, v, Decision::Revise);
        assert_eq!(
            key(grading_grade::grade(&w.state, &w.mentor, revise.clone())
                .await
                .unwrap_err()),
            "error-grade-feedback-needed"
        );
        grading_grade::grade(
            &w.state,
            &w.mentor,
            GradeInput {
                feedback: "Say **who** shares it.".into(),
                ..revise
            },
        )
        .await
        .unwrap();
        let x = work(&w, s.work_id).await;
        assert_eq!(
            (x.work.state.as_str(), x.work.score),
            ("needs_revision", None)
        );

        let mails = email::Entity::find()
            .filter(email::Column::ToAddress.eq("lucia@lab.example"))
            .all(&w.state.db)
            .await
            .unwrap();
        assert_eq!(mails.len(), 1);
        assert_eq!(
            (mails[0].template.as_str(), mails[0].locale.as_str()),
            ("grading-revision", "es")
        );
        assert_eq!(mails[0].subject, "Tu mentor/a te pide una revisión");
        assert!(
            mails[0].body_text.contains("«Práctica»"),
            "{}",
            mails[0].body_text
        );
        assert!(mails[0]
            .body_text
            .contains("http://academy.test/courses/lab/01-practice#exercise-explain"));

        let s2 = send(
            &w,
            &w.learner,
            "explain",
            Answer::Written("A hub is a server my institution shares.".into()),
        )
        .await
        .unwrap();
        assert_eq!(s2.attempt, 2);
        let x = work(&w, s.work_id).await;
        assert_eq!(x.work.state, "resubmitted");
        assert_eq!(
            x.attempts
                .iter()
                .map(|a| a.answer.clone().unwrap())
                .collect::<Vec<_>>(),
            [
                "A hub is a server my institution shares.",
                "A hub is a shared server."
            ]
        );

        grading_grade::grade(
            &w.state,
            &w.mentor,
            grade_input(s.work_id, x.work.version, Decision::Accept),
        )
        .await
        .unwrap();
        let x = work(&w, s.work_id).await;
        assert_eq!((x.work.state.as_str(), x.work.score), ("accepted", Some(4)));
        assert_eq!(x.grades.len(), 2);
        assert_eq!(x.grades[1].grade.feedback, "Say **who** shares it.");
        let last = email::Entity::find()
            .filter(email::Column::Template.eq("grading-accepted"))
            .one(&w.state.db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(last.subject, "Tu ejercicio fue aceptado");
        assert_eq!(
            key(
                send(&w, &w.learner, "explain", Answer::Written("more".into()))
                    .await
                    .unwrap_err()
            ),
            "error-work-closed"
        );
    }
);

storage_test!(
    two_mentors_grading_the_same_work_do_not_overwrite_each_other,
    |t: TestDb| async move {
        let w = world(&t).await;
        let s = send(&w, &w.learner, "explain", Answer::Written("Mine.".into()))
            .await
            .unwrap();
        // Both open the grading page on the same version.
        let v = work(&w, s.work_id).await.work.version;
        let mut first = grade_input(s.work_id, v, Decision::Score);
        first.score = Some(3);
        let mut second = grade_input(s.work_id, v, Decision::Score);
        second.score = Some(1);
        grading_grade::grade(&w.state, &w.mentor, first)
            .await
            .unwrap();
        let e = grading_grade::grade(&w.state, &w.mentor2, second)
            .await
            .unwrap_err();
        assert_eq!(e.message_key(), "error-grade-conflict");
        let x = work(&w, s.work_id).await;
        assert_eq!(
            (x.work.score, x.work.graded_by),
            (Some(3), Some(w.mentor.id))
        );
        assert_eq!(x.grades.len(), 1);
        // Reloaded, the second mentor can grade on top, knowingly.
        let mut again = grade_input(s.work_id, x.work.version, Decision::Score);
        again.score = Some(2);
        grading_grade::grade(&w.state, &w.mentor2, again)
            .await
            .unwrap();
        assert_eq!(work(&w, s.work_id).await.work.score, Some(2));
    }
);

storage_test!(
    only_the_learners_mentors_and_staff_see_and_grade_their_work,
    |t: TestDb| async move {
        let w = world(&t).await;
        let db = &w.state.db;
        let s = send(&w, &w.learner, "explain", Answer::Written("Mine.".into()))
            .await
            .unwrap();
        let v = work(&w, s.work_id).await.work.version;
        let accept = || grade_input(s.work_id, v, Decision::Accept);
        for who in [&w.outsider_mentor, &w.other_learner, &w.learner] {
            let e = grading_grade::grade(&w.state, who, accept())
                .await
                .unwrap_err();
            assert!(
                matches!(e, ServiceError::Forbidden),
                "{} may not grade",
                who.name
            );
        }
        let list = |who: CurrentUser| {
            let state = w.state.clone();
            async move {
                let s = scope::of(&state.db, &who).await.unwrap();
                queue::list(&state, &s, &queue::Filter::default(), Locale::En)
                    .await
                    .unwrap()
            }
        };
        assert_eq!(list(w.mentor.clone()).await.len(), 1);
        assert_eq!(list(w.organizer.clone()).await.len(), 1);
        assert!(list(w.outsider_mentor.clone()).await.is_empty());
        assert!(
            list(w.learner.clone()).await.is_empty(),
            "nobody grades their own work"
        );
        for who in [&w.outsider_mentor, &w.other_learner] {
            assert!(matches!(
                gradebook::for_course(&w.state, who, "lab", Locale::En)
                    .await
                    .unwrap_err(),
                ServiceError::Forbidden
            ));
        }
        // Reassignment is for organizers, and moves the work out of other mentors' reach.
        assert!(matches!(
            grading_grade::reassign(db, &w.mentor, s.work_id, v, Some(w.mentor2.id))
                .await
                .unwrap_err(),
            ServiceError::Forbidden
        ));
        grading_grade::reassign(db, &w.organizer, s.work_id, v, Some(w.mentor2.id))
            .await
            .unwrap();
        assert!(list(w.mentor.clone()).await.is_empty());
        assert_eq!(list(w.mentor2.clone()).await.len(), 1);
        let v = work(&w, s.work_id).await.work.version;
        let e = grading_grade::grade(
            &w.state,
            &w.mentor,
            grade_input(s.work_id, v, Decision::Accept),
        )
        .await
        .unwrap_err();
        assert!(matches!(e, ServiceError::Forbidden));
        grading_grade::grade(
            &w.state,
            &w.organizer,
            grade_input(s.work_id, v, Decision::Accept),
        )
        .await
        .unwrap();
        let reassign = grading_audit::Entity::find()
            .filter(grading_audit::Column::Action.eq("reassign"))
            .one(db)
            .await
            .unwrap()
            .unwrap();
        assert!(reassign
            .after
            .contains(&format!("\"assigned_mentor_id\":{}", w.mentor2.id)));
    }
);

const NOTEBOOK: &str = r##"{"nbformat": 4, "nbformat_minor": 5, "metadata": {"kernelspec": {"language": "python"}},
 "cells": [{"cell_type": "markdown", "metadata": {}, "source": ["# Análisis\n"]},
           {"cell_type": "code", "execution_count": 1, "metadata": {}, "source": ["1/0"], "outputs": [
             {"output_type": "error", "ename": "ZeroDivisionError", "evalue": "division by zero",
              "traceback": ["\u001b[0;31mZeroDivisionError\u001b[0m: division by zero"]}]}]}"##;

storage_test!(
    notebooks_are_validated_stored_and_graded_with_the_rubric,
    |t: TestDb| async move {
        let w = world(&t).await;
        let file = |bytes: &str| Answer::NotebookFile {
            name: "work.ipynb".into(),
            bytes: bytes.as_bytes().to_vec(),
        };
        let e = send(
            &w,
            &w.learner,
            "notebook",
            file("{\"nbformat\": 4,\n\"cells\": [}"),
        )
        .await
        .unwrap_err();
        assert_eq!(e.message_key(), "error-notebook-json");
        assert_eq!(
            e.args(),
            vec![("line", "2".to_string()), ("column", "11".to_string())]
        );
        let e = send(
            &w,
            &w.learner,
            "notebook",
            file(r#"{"nbformat": 3, "worksheets": []}"#),
        )
        .await
        .unwrap_err();
        assert_eq!(
            (e.message_key(), e.args()),
            ("error-notebook-version", vec![("found", "3".to_string())])
        );
        let e = send(
            &w,
            &w.learner,
            "notebook",
            Answer::NotebookFile {
                name: "work.py".into(),
                bytes: NOTEBOOK.as_bytes().to_vec(),
            },
        )
        .await
        .unwrap_err();
        assert_eq!(e.message_key(), "error-notebook-extension");
        let ex = w
            .state
            .library
            .source_exercise(&w.state.i18n, "lab", "01-practice", "notebook")
            .unwrap();
        let e = submit::submit_to(
            &w.state,
            &w.learner,
            "lab",
            "01-practice",
            &ex,
            file(NOTEBOOK),
            100,
        )
        .await
        .unwrap_err();
        assert_eq!(e.message_key(), "error-notebook-too-large");
        assert_eq!(
            key(send(
                &w,
                &w.learner,
                "notebook",
                Answer::NotebookLink("javascript:alert(1)".into())
            )
            .await
            .unwrap_err()),
            "error-notebook-link"
        );
        // Nothing was stored by the refused attempts.
        assert_eq!(
            exercise_attempt::Entity::find()
                .count(&w.state.db)
                .await
                .unwrap(),
            0
        );

        let s = send(
            &w,
            &w.learner,
            "notebook",
            Answer::NotebookFile {
                name: "../../etc/análisis.ipynb".into(),
                bytes: NOTEBOOK.as_bytes().to_vec(),
            },
        )
        .await
        .unwrap();
        let (_, name, bytes) =
            grading::work::notebook(&w.state.db, work(&w, s.work_id).await.attempts[0].id)
                .await
                .unwrap();
        assert_eq!(
            (name.as_str(), bytes.as_slice()),
            ("análisis.ipynb", NOTEBOOK.as_bytes())
        );
        let html = grading::notebook::render(
            &grading::notebook::validate(&bytes, usize::MAX).unwrap(),
            &grading::notebook::Labels {
                image: "img".into(),
                output: "out".into(),
            },
        );
        assert!(
            html.contains("<span class=\"ansi-red\">ZeroDivisionError</span>: division by zero")
        );

        let x = work(&w, s.work_id).await;
        assert_eq!(x.work.max_points, 5, "the rubric's best levels add up to 5");
        let mut g = grade_input(s.work_id, x.work.version, Decision::Score);
        g.levels = vec![Some(1)];
        let e = grading_grade::grade(&w.state, &w.mentor, g.clone())
            .await
            .unwrap_err();
        assert_eq!(
            (e.message_key(), e.args()),
            (
                "error-grade-rubric-incomplete",
                vec![("criterion", "Explains".to_string())]
            )
        );
        g.levels = vec![Some(1), Some(1)];
        grading_grade::grade(&w.state, &w.mentor, g).await.unwrap();
        let x = work(&w, s.work_id).await;
        assert_eq!((x.work.state.as_str(), x.work.score), ("graded", Some(3)));
        let grade = exercise_grade::Entity::find()
            .one(&w.state.db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(grade.rubric_levels.as_deref(), Some("1,1"));
    }
);

storage_test!(
    the_gradebook_and_its_csv_show_every_learner_and_exercise,
    |t: TestDb| async move {
        let w = world(&t).await;
        domain::courses::progress::enroll(&w.state.db, w.other_learner.id, "lab", None)
            .await
            .unwrap();
        send(&w, &w.learner, "kernel", Answer::Choices(vec![1]))
            .await
            .unwrap();
        let s = send(&w, &w.learner, "explain", Answer::Written("Mine.".into()))
            .await
            .unwrap();
        let mut g = grade_input(
            s.work_id,
            work(&w, s.work_id).await.work.version,
            Decision::Score,
        );
        g.score = Some(3);
        grading_grade::grade(&w.state, &w.mentor, g).await.unwrap();
        send(
            &w,
            &w.learner,
            "notebook",
            Answer::NotebookLink("https://hub.example/user/lucia/work.ipynb".into()),
        )
        .await
        .unwrap();

        let book = gradebook::for_course(&w.state, &w.mentor, "lab", Locale::Es)
            .await
            .unwrap();
        assert_eq!(book.columns.len(), 3);
        assert_eq!(book.columns[0].lesson_title, "Práctica");
        assert_eq!(book.max_total, 1 + 4 + 5);
        let names: Vec<&str> = book.rows.iter().map(|r| r.name.as_str()).collect();
        assert_eq!(names, ["Lúcia Souza", "Omar"]);
        let lucia = &book.rows[0];
        assert_eq!(lucia.total, 4);
        assert_eq!(lucia.cells[2].as_ref().unwrap().state, "submitted");
        assert!(book.rows[1].cells.iter().all(Option::is_none));

        let csv = gradebook::to_csv(&book, |k| w.state.i18n.t(Locale::Es, k, &[]));
        assert!(
            csv.starts_with('\u{feff}'),
            "a BOM so spreadsheets read UTF-8"
        );
        let mut reader = csv::Reader::from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
        let header: Vec<String> = reader
            .headers()
            .unwrap()
            .iter()
            .map(str::to_owned)
            .collect();
        assert_eq!(header[0], "Nombre");
        assert_eq!(header[2], "Práctica · 1 (1)");
        let rows: Vec<Vec<String>> = reader
            .records()
            .map(|r| r.unwrap().iter().map(str::to_owned).collect())
            .collect();
        assert_eq!(
            rows[0],
            [
                "Lúcia Souza",
                "lucia@lab.example",
                "1",
                "3",
                "Esperando a un/a mentor/a",
                "4"
            ]
        );
    }
);

storage_test!(
    the_daily_digest_goes_out_once_per_mentor_and_day,
    |t: TestDb| async move {
        let w = world(&t).await;
        send(&w, &w.learner, "explain", Answer::Written("Mine.".into()))
            .await
            .unwrap();
        let early = chrono::Utc
            .with_ymd_and_hms(2026, 11, 25, digest::HOUR_UTC - 1, 0, 0)
            .unwrap();
        let later = chrono::Utc
            .with_ymd_and_hms(2026, 11, 25, digest::HOUR_UTC + 2, 0, 0)
            .unwrap();
        // Other daily tasks (the partnership reminders) may fall due too: count digests only.
        let digests = || async {
            job::Entity::find()
                .filter(job::Column::Kind.eq(digest::DIGEST_JOB))
                .count(&w.state.db)
                .await
                .unwrap()
        };
        schedule::tick(&w.state, early).await.unwrap();
        assert_eq!(digests().await, 0, "not yet due");
        schedule::tick(&w.state, later).await.unwrap();
        assert_eq!(digests().await, 1);
        // A second instance ticking the same day queues nothing.
        schedule::tick(&w.state, later).await.unwrap();
        assert_eq!(digests().await, 1);
        assert_eq!(
            digest::run(&w.state, "2026-11-25").await.unwrap(),
            2,
            "both course mentors"
        );
        // The job retried (its lease ran out) sends nothing twice.
        assert_eq!(digest::run(&w.state, "2026-11-25").await.unwrap(), 0);
        let mails = email::Entity::find()
            .filter(email::Column::Template.eq("grading-digest"))
            .all(&w.state.db)
            .await
            .unwrap();
        let mut to: Vec<&str> = mails.iter().map(|m| m.to_address.as_str()).collect();
        to.sort();
        assert_eq!(to, ["kofi@lab.example", "marta@lab.example"]);
        assert_eq!(mails[0].subject, "1 ejercicio te espera");
        // The next day is a new digest.
        assert_eq!(digest::run(&w.state, "2026-11-26").await.unwrap(), 2);
    }
);

storage_test!(
    organizers_name_the_mentors_of_a_course,
    |t: TestDb| async move {
        use scope::MentorRef;
        let w = world(&t).await;
        let catalog = w.state.library.catalog();
        let db = &w.state.db;
        let e = scope::set_course_mentor(
            db,
            &w.mentor,
            &catalog,
            "lab",
            MentorRef::Add("nadia@lab.example"),
        )
        .await
        .unwrap_err();
        assert!(
            matches!(e, ServiceError::Forbidden),
            "a mentor cannot name mentors"
        );
        let e = scope::set_course_mentor(
            db,
            &w.organizer,
            &catalog,
            "lab",
            MentorRef::Add("nobody@lab.example"),
        )
        .await
        .unwrap_err();
        assert_eq!(e.message_key(), "error-person-unknown");
        let e = scope::set_course_mentor(
            db,
            &w.organizer,
            &catalog,
            "no-such-course",
            MentorRef::Add("nadia@lab.example"),
        )
        .await
        .unwrap_err();
        assert_eq!(e.message_key(), "error-course-unknown");
        send(&w, &w.learner, "explain", Answer::Written("Mine.".into()))
            .await
            .unwrap();
        let waiting = |who: CurrentUser| {
            let db = db.clone();
            async move {
                queue::waiting_count(&db, &scope::of(&db, &who).await.unwrap())
                    .await
                    .unwrap()
            }
        };
        assert_eq!(waiting(w.outsider_mentor.clone()).await, 0);
        scope::set_course_mentor(
            db,
            &w.organizer,
            &catalog,
            "lab",
            MentorRef::Add("nadia@lab.example"),
        )
        .await
        .unwrap();
        assert_eq!(
            waiting(w.outsider_mentor.clone()).await,
            1,
            "now Nadia mentors the course"
        );
        scope::set_course_mentor(
            db,
            &w.organizer,
            &catalog,
            "lab",
            MentorRef::Remove(w.outsider_mentor.id),
        )
        .await
        .unwrap();
        assert_eq!(waiting(w.outsider_mentor.clone()).await, 0);
        let names: Vec<String> = scope::course_mentors(db, "lab")
            .await
            .unwrap()
            .into_iter()
            .map(|m| m.1)
            .collect();
        assert_eq!(names.len(), 2);
    }
);
