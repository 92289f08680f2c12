//! The outbox and the job queue: mails leave over a real SMTP conversation, survive an SMTP
//! outage, go to files without SMTP, and jobs are claimed once, retried, and recovered after a
//! worker dies.
mod common;
use common::{
    smtp_sink::{free_port, SmtpSink},
    TestDb,
};
use domain::{
    entities::{email, job},
    i18n::Locale,
    jobs::{queue, worker::Worker},
    mail::{delivery::Mailer, outbox},
};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, EntityTrait};

fn worker(state: &domain::AppState) -> Worker {
    Worker::new(state.clone(), Mailer::from_config(&state.config).unwrap())
}

storage_test!(
    mail_goes_over_smtp_in_the_recipients_language,
    |t: TestDb| async move {
        let sink = SmtpSink::start_on(0).await;
        let dir = tempfile::tempdir().unwrap();
        let port = sink.port.to_string();
        let state = common::state(
            &t,
            dir.path(),
            &[
                ("ACADEMY_SMTP_HOST", "127.0.0.1"),
                ("ACADEMY_SMTP_PORT", &port),
                ("ACADEMY_SMTP_SECURITY", "none"),
            ],
        );
        let id = outbox::queue(
            &state,
            &state.db,
            "ana@example.org",
            Locale::Pt,
            "password-reset",
            &[
                ("name", "Ana Conceição".into()),
                ("link", "http://x/reset/abc".into()),
                ("minutes", 60i64.into()),
            ],
        )
        .await
        .unwrap();
        assert_eq!(worker(&state).drain().await, 1);
        let got = sink.received();
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].to, vec!["ana@example.org"]);
        assert!(got[0].data.contains("Subject: "), "{}", got[0].data);
        let row = email::Entity::find_by_id(id)
            .one(&state.db)
            .await
            .unwrap()
            .unwrap();
        assert!(row.sent_at.is_some());
        assert!(
            row.subject.contains("senha"),
            "Portuguese subject: {}",
            row.subject
        );
        assert!(row.body_text.contains("Ana Conceição"));
        // Running the job again (a crash after sending) does not send twice.
        domain::mail::delivery::deliver(&state.db, &state.config, &worker(&state).mailer, id)
            .await
            .unwrap();
        assert_eq!(sink.received().len(), 1);
    }
);

storage_test!(mail_survives_an_smtp_outage, |t: TestDb| async move {
    let port = free_port();
    let dir = tempfile::tempdir().unwrap();
    let p = port.to_string();
    let state = common::state(
        &t,
        dir.path(),
        &[
            ("ACADEMY_SMTP_HOST", "127.0.0.1"),
            ("ACADEMY_SMTP_PORT", &p),
            ("ACADEMY_SMTP_SECURITY", "none"),
        ],
    );
    outbox::queue(
        &state,
        &state.db,
        "bo@example.org",
        Locale::En,
        "password-reset",
        &[
            ("name", "Bo".into()),
            ("link", "l".into()),
            ("minutes", 60i64.into()),
        ],
    )
    .await
    .unwrap();
    let w = worker(&state);
    assert_eq!(w.drain().await, 1, "the attempt runs and fails");
    let j = job::Entity::find().one(&state.db).await.unwrap().unwrap();
    assert_eq!(j.status, queue::QUEUED, "queued again for a retry");
    assert_eq!(j.attempts, 1);
    assert!(
        j.last_error.as_deref().unwrap_or("").contains("smtp"),
        "{:?}",
        j.last_error
    );
    assert!(j.run_at > chrono::Utc::now(), "with a backoff");
    assert_eq!(w.drain().await, 0, "not before the backoff");
    // The server comes back; the retry is due.
    let sink = SmtpSink::start_on(port).await;
    job::ActiveModel {
        id: Set(j.id),
        run_at: Set(chrono::Utc::now()),
        ..Default::default()
    }
    .update(&state.db)
    .await
    .unwrap();
    assert_eq!(w.drain().await, 1);
    assert_eq!(sink.received().len(), 1);
    let j = job::Entity::find_by_id(j.id)
        .one(&state.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(j.status, queue::DONE);
});

storage_test!(
    without_smtp_mail_is_written_to_files,
    |t: TestDb| async move {
        let dir = tempfile::tempdir().unwrap();
        let state = common::state(&t, dir.path(), &[]);
        outbox::queue(
            &state,
            &state.db,
            "cy@example.org",
            Locale::Es,
            "password-reset",
            &[
                ("name", "Cy".into()),
                ("link", "http://x/reset/t".into()),
                ("minutes", 60i64.into()),
            ],
        )
        .await
        .unwrap();
        worker(&state).drain().await;
        let files: Vec<_> = std::fs::read_dir(state.config.mail_dir())
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        assert_eq!(files.len(), 1);
        assert!(files[0].extension().unwrap() == "eml");
        let text = std::fs::read_to_string(&files[0]).unwrap();
        assert!(text.contains("To: cy@example.org"), "{text}");
    }
);

storage_test!(
    a_job_is_claimed_once_and_a_dead_workers_job_comes_back,
    |t: TestDb| async move {
        let db = &t.db;
        let id = queue::enqueue(db, "noop", &serde_json::json!({}), 0)
            .await
            .unwrap();
        let a = queue::claim(db, "a", chrono::Duration::seconds(60))
            .await
            .unwrap()
            .unwrap();
        assert_eq!(a.id, id);
        assert_eq!(a.attempts, 1);
        assert!(
            queue::claim(db, "b", chrono::Duration::seconds(60))
                .await
                .unwrap()
                .is_none(),
            "leased to a"
        );
        // Worker a dies; its lease runs out.
        job::ActiveModel {
            id: Set(id),
            locked_until: Set(Some(chrono::Utc::now() - chrono::Duration::seconds(1))),
            ..Default::default()
        }
        .update(db)
        .await
        .unwrap();
        let b = queue::claim(db, "b", chrono::Duration::seconds(60))
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            (b.id, b.attempts, b.locked_by.as_deref()),
            (id, 2, Some("b"))
        );
        // Permanent failure: no more retries.
        queue::fail(db, &b, "bad data", true, std::time::Duration::from_secs(5))
            .await
            .unwrap();
        let j = queue::find(db, id).await.unwrap().unwrap();
        assert_eq!(j.status, queue::FAILED);
        assert_eq!(j.last_error.as_deref(), Some("bad data"));
    }
);

storage_test!(
    concurrent_workers_never_run_a_job_twice,
    |t: TestDb| async move {
        let db = t.db.clone();
        for _ in 0..40 {
            queue::enqueue(&db, "noop", &serde_json::json!({}), 0)
                .await
                .unwrap();
        }
        let mut tasks = vec![];
        for w in 0..4 {
            let db = db.clone();
            tasks.push(tokio::spawn(async move {
                let mut mine = vec![];
                while let Some(j) =
                    queue::claim(&db, &format!("w{w}"), chrono::Duration::seconds(60))
                        .await
                        .unwrap()
                {
                    queue::complete(&db, j.id).await.unwrap();
                    mine.push(j.id);
                }
                mine
            }));
        }
        let mut all = vec![];
        for t in tasks {
            all.extend(t.await.unwrap());
        }
        let n = all.len();
        all.sort();
        all.dedup();
        assert_eq!((n, all.len()), (40, 40), "every job once, none twice");
    }
);
