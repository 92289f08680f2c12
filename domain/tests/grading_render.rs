//! Issue 15, finding 4, on SQLite and PostgreSQL: only people enrolled in a course (or staff)
//! may hand in work for its exercises, refused before anything is parsed or stored; a
//! notebook is rendered once when handed in and the grading page shows the stored HTML
//! (even if the notebook could no longer be parsed), and an older attempt without a stored
//! rendering is rendered the first time it is viewed, then stored.
mod common;
use common::{cohort_world::person, TestDb};
use domain::{
    accounts::{CurrentUser, Role},
    courses::progress,
    entities::{exercise_attempt, exercise_work},
    grading::{
        notebook::{self, Labels},
        rendered,
        submit::{self, Answer},
    },
    AppState,
};
use sea_orm::{
    sea_query::Expr, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QuerySelect,
};

const LESSON: &str = "---\ntitle: Practice\nminutes: 10\n---\n\n::::{exercise} explain\n:type: written\n\nExplain a hub.\n::::\n\n::::{exercise} notebook\n:type: notebook\n\nHand in a notebook.\n::::\n";

const NOTEBOOK: &str = r##"{"nbformat": 4, "nbformat_minor": 5, "metadata": {},
 "cells": [{"cell_type": "markdown", "metadata": {}, "source": ["# Análisis\n"]},
           {"cell_type": "code", "execution_count": 1, "metadata": {}, "source": ["plot()"], "outputs": [
             {"output_type": "display_data", "metadata": {}, "data": {"image/png": "iVBORw0KGgo="}},
             {"output_type": "error", "ename": "ZeroDivisionError", "evalue": "division by zero",
              "traceback": ["\u001b[0;31mZeroDivisionError\u001b[0m: division by zero"]}]}]}"##;

struct World {
    state: AppState,
    _content: tempfile::TempDir,
    _data: tempfile::TempDir,
    learner: CurrentUser,
    organizer: CurrentUser,
}

async fn world(t: &TestDb) -> World {
    let content = tempfile::tempdir().unwrap();
    let p = content.path().join("courses/lab/en/01-practice.md");
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(&p, LESSON).unwrap();
    std::fs::write(
        content.path().join("courses/lab/course.toml"),
        "slug = \"lab\"\nlessons = [\"01-practice\"]\n\n[en]\ntitle = \"Lab\"\nsummary = \"Practice.\"\n",
    )
    .unwrap();
    let data = tempfile::tempdir().unwrap();
    let dir = content.path().display().to_string();
    let state = common::state(t, data.path(), &[("ACADEMY_CONTENT_DIR", &dir)]);
    let learner = person(&state, "lucia@lab.example", "Lúcia", Role::Learner).await;
    let organizer = person(&state, "olu@lab.example", "Olu", Role::Organizer).await;
    World {
        state,
        _content: content,
        _data: data,
        learner,
        organizer,
    }
}

async fn send(w: &World, who: &CurrentUser, exercise: &str, answer: Answer) -> Result<i32, String> {
    submit::submit(&w.state, who, "lab", "01-practice", exercise, answer)
        .await
        .map(|s| s.work_id)
        .map_err(|e| e.message_key().to_owned())
}

fn notebook_file(bytes: &[u8]) -> Answer {
    Answer::NotebookFile {
        name: "work.ipynb".into(),
        bytes: bytes.to_vec(),
    }
}

storage_test!(
    only_enrolled_people_and_staff_hand_in_work,
    |t: TestDb| async move {
        let w = world(&t).await;
        let db = &w.state.db;
        for answer in [
            Answer::Written("Mine.".into()),
            // Even a notebook far over the limit is refused for entitlement, not parsed.
            notebook_file(&vec![b'['; 9 * 1024 * 1024]),
        ] {
            let exercise = if matches!(answer, Answer::Written(_)) {
                "explain"
            } else {
                "notebook"
            };
            assert_eq!(
                send(&w, &w.learner, exercise, answer).await,
                Err("error-exercise-not-enrolled".into())
            );
        }
        assert_eq!(exercise_work::Entity::find().count(db).await.unwrap(), 0);
        assert_eq!(exercise_attempt::Entity::find().count(db).await.unwrap(), 0);
        // Staff may try exercises out without enrolling.
        send(
            &w,
            &w.organizer,
            "explain",
            Answer::Written("Staff.".into()),
        )
        .await
        .unwrap();
        progress::enroll(db, w.learner.id, "lab", None)
            .await
            .unwrap();
        send(&w, &w.learner, "explain", Answer::Written("Mine.".into()))
            .await
            .unwrap();
        assert_eq!(exercise_work::Entity::find().count(db).await.unwrap(), 2);
    }
);

async fn attempt_of(w: &World, work_id: i32) -> exercise_attempt::Model {
    exercise_attempt::Entity::find()
        .filter(exercise_attempt::Column::WorkId.eq(work_id))
        .one(&w.state.db)
        .await
        .unwrap()
        .unwrap()
}

storage_test!(
    notebooks_are_rendered_once_when_handed_in,
    |t: TestDb| async move {
        let w = world(&t).await;
        let db = &w.state.db;
        progress::enroll(db, w.learner.id, "lab", None)
            .await
            .unwrap();
        let work_id = send(
            &w,
            &w.learner,
            "notebook",
            notebook_file(NOTEBOOK.as_bytes()),
        )
        .await
        .unwrap();
        let a = attempt_of(&w, work_id).await;
        let stored = a.notebook_html.clone().expect("rendered when handed in");
        assert_eq!(a.notebook_html_version, Some(notebook::RENDER_VERSION));
        assert!(stored.contains("<span class=\"ansi-red\">ZeroDivisionError</span>"));

        // The view uses the stored HTML: it does not even look at the notebook any more.
        exercise_attempt::Entity::update_many()
            .col_expr(
                exercise_attempt::Column::Notebook,
                Expr::value(b"not a notebook".to_vec()),
            )
            .filter(exercise_attempt::Column::Id.eq(a.id))
            .exec(db)
            .await
            .unwrap();
        let labels = Labels {
            image: "Gráfico <sin texto>".into(),
            output: "Salida".into(),
        };
        let html = rendered::notebook_html(db, a.id, &labels)
            .await
            .unwrap()
            .unwrap();
        assert!(html.contains("<h1 id=\"análisis\">Análisis</h1>"), "{html}");
        assert!(
            html.contains("alt=\"Gráfico &lt;sin texto&gt;\""),
            "the reader's label, escaped: {html}"
        );

        // An attempt from before (no stored rendering): rendered on first view, then stored.
        exercise_attempt::Entity::update_many()
            .col_expr(
                exercise_attempt::Column::Notebook,
                Expr::value(NOTEBOOK.as_bytes().to_vec()),
            )
            .col_expr(
                exercise_attempt::Column::NotebookHtml,
                Expr::value(Option::<String>::None),
            )
            .col_expr(
                exercise_attempt::Column::NotebookHtmlVersion,
                Expr::value(Option::<i32>::None),
            )
            .filter(exercise_attempt::Column::Id.eq(a.id))
            .exec(db)
            .await
            .unwrap();
        let first = rendered::notebook_html(db, a.id, &labels)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(first, html);
        let a = attempt_of(&w, work_id).await;
        assert_eq!(a.notebook_html.as_deref(), Some(stored.as_str()));
        assert_eq!(a.notebook_html_version, Some(notebook::RENDER_VERSION));
        // Only the rendering is stored per attempt, never a copy per reader.
        let rows: Vec<i32> = exercise_attempt::Entity::find()
            .select_only()
            .column(exercise_attempt::Column::Id)
            .into_tuple()
            .all(db)
            .await
            .unwrap();
        assert_eq!(rows.len(), 1);
    }
);
