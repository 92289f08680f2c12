//! Courses: the content check on broken fixtures and on the real starter content, the lesson
//! library (fallback, outdated translations, reload on change), and progress on both databases.
mod common;
use common::TestDb;
use domain::{
    accounts::{people, CurrentUser, EmailAddress, Role},
    courses::{check, front_matter, progress, render::Severity, Catalog, Library, Translation},
    i18n::{Locale, Translations},
    ServiceError,
};
use std::path::Path;

fn write(root: &Path, rel: &str, text: &str) {
    let p = root.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, text).unwrap();
}

const TOML: &str = "slug = \"demo\"\nlessons = [\"01-one\", \"02-two\"]\n\n[en]\ntitle = \"Demo\"\nsummary = \"A demo.\"\n\n[es]\ntitle = \"Demostración\"\nsummary = \"Una demo.\"\n";

fn fixture() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let r = dir.path();
    write(r, "courses/demo/course.toml", TOML);
    write(
        r,
        "courses/demo/images/hub.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
    );
    write(r, "courses/demo/en/01-one.md", "---\ntitle: One\nminutes: 5\n---\n\n:::{note}\nHello.\n:::\n\n![A hub](../images/hub.svg) [Next](02-two.md)\n");
    write(
        r,
        "courses/demo/en/02-two.md",
        "---\ntitle: Two\nminutes: 7\n---\n\nThe end.\n",
    );
    dir
}

fn translations() -> Translations {
    Translations::load(&common::workspace_root().join("locales")).unwrap()
}

#[test]
fn the_starter_content_passes_the_check() {
    let findings = check::check(&common::workspace_root().join("content"));
    let errors: Vec<String> = findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .map(|f| f.to_string())
        .collect();
    assert!(errors.is_empty(), "{}", errors.join("\n"));
    let catalog = Catalog::load(&common::workspace_root().join("content"));
    assert!(catalog.courses.len() >= 2, "two starter courses");
    for c in &catalog.courses {
        for l in &c.lessons {
            for loc in Locale::ALL {
                assert!(
                    c.lesson_path(loc, l).is_file(),
                    "{} {l} missing in {loc}",
                    c.slug
                );
            }
        }
    }
}

#[test]
fn a_clean_fixture_passes_and_broken_ones_are_reported_with_file_and_line() {
    let dir = fixture();
    let r = dir.path();
    assert!(
        check::check(r)
            .iter()
            .all(|f| f.severity != Severity::Error),
        "{:?}",
        check::check(r)
    );
    // Break it four ways.
    write(
        r,
        "courses/demo/en/01-one.md",
        "---\ntitle: One\nminutes: five\n---\n",
    );
    write(r, "courses/demo/en/02-two.md", "---\ntitle: Two\nminutes: 7\n---\n\nSee [this](03-three.md).\n\n:::{sidenote}\nNo.\n:::\n\n<script>alert(1)</script>\n");
    let findings = check::check(r);
    let has_as = |file: &str, line: usize, text: &str, severity: Severity| {
        findings.iter().any(|f| {
            f.file.ends_with(file)
                && f.line == line
                && f.message.contains(text)
                && f.severity == severity
        })
    };
    let has = |file: &str, line: usize, text: &str| has_as(file, line, text, Severity::Error);
    assert!(has("en/01-one.md", 3, "minutes"), "{findings:#?}");
    assert!(has("en/02-two.md", 6, "03-three"), "{findings:#?}");
    // An unknown directive or raw HTML does not withhold the lesson: a warning with its line
    // (issue 16: real Jupyter Book pages were all withheld).
    assert!(
        has_as(
            "en/02-two.md",
            8,
            "unknown directive {sidenote}",
            Severity::Warning
        ),
        "{findings:#?}"
    );
    assert!(
        has_as("en/02-two.md", 12, "raw HTML", Severity::Warning),
        "{findings:#?}"
    );
    // A broken course.toml is reported too, and does not hide other courses.
    write(
        r,
        "courses/other/course.toml",
        "slug = \"other\"\nlessons = 3\n",
    );
    assert!(
        check::check(r)
            .iter()
            .any(|f| f.file.ends_with("other/course.toml") && f.line == 2),
        "{:?}",
        check::check(r)
    );
}

#[test]
fn missing_translations_fall_back_outdated_ones_are_flagged_and_saves_show_at_once() {
    let dir = fixture();
    let r = dir.path();
    let tr = translations();
    let en_one = std::fs::read_to_string(r.join("courses/demo/en/01-one.md")).unwrap();
    let hash = front_matter::source_hash(&en_one);
    write(
        r,
        "courses/demo/es/01-one.md",
        &format!(
            "---\ntitle: Uno\nminutes: 5\nsource_hash: {hash}\n---\n\n:::{{note}}\nHola.\n:::\n"
        ),
    );
    let lib = Library::load(r);
    let es = lib.lesson(&tr, "demo", "01-one", Locale::Es).unwrap();
    assert_eq!(
        (es.translation, es.locale, es.title.as_str()),
        (Translation::Current, Locale::Es, "Uno")
    );
    assert!(
        es.html.contains("<p class=\"admonition-title\">Nota</p>"),
        "admonition title in Spanish: {}",
        es.html
    );
    let missing = lib.lesson(&tr, "demo", "02-two", Locale::Es).unwrap();
    assert_eq!(
        (missing.translation, missing.locale),
        (Translation::Missing, Locale::En)
    );
    assert!(lib.lesson(&tr, "demo", "03-none", Locale::En).is_none());
    // The English source changes: the translation is now outdated.
    std::thread::sleep(std::time::Duration::from_millis(20));
    write(
        r,
        "courses/demo/en/01-one.md",
        &format!("{en_one}\nA new paragraph.\n"),
    );
    assert_eq!(
        lib.lesson(&tr, "demo", "01-one", Locale::Es)
            .unwrap()
            .translation,
        Translation::Outdated
    );
    // A translator saves: the new text shows without a restart.
    write(
        r,
        "courses/demo/es/01-one.md",
        &format!(
            "---\ntitle: Uno, revisado\nminutes: 6\nsource_hash: {hash}\n---\n\nTexto nuevo.\n"
        ),
    );
    let again = lib.lesson(&tr, "demo", "01-one", Locale::Es).unwrap();
    assert_eq!(again.title, "Uno, revisado");
    assert!(again.html.contains("Texto nuevo."));
}

#[test]
fn a_lesson_that_cannot_be_parsed_is_not_published() {
    let dir = fixture();
    write(
        dir.path(),
        "courses/demo/en/02-two.md",
        "no front matter at all\n",
    );
    let lib = Library::load(dir.path());
    let page = lib
        .lesson(&translations(), "demo", "02-two", Locale::En)
        .unwrap();
    assert!(!page.errors.is_empty());
    assert!(page.errors[0].contains("02-two.md:1"), "{:?}", page.errors);
}

storage_test!(enrollment_progress_and_resume, |t: TestDb| async move {
    let dir = fixture();
    let catalog = Catalog::load(dir.path());
    let course = catalog.course("demo").unwrap().clone();
    let email = EmailAddress::parse("lia@example.org").unwrap();
    let lia = people::create(
        &t.db,
        people::NewPerson {
            email: &email,
            name: "Lia",
            locale: Locale::Pt,
            password: "long password 1",
            institution_id: None,
            roles: &[Role::Learner],
        },
    )
    .await
    .unwrap();
    let p = progress::course_progress(&t.db, lia, &course)
        .await
        .unwrap();
    assert!(!p.enrolled);
    assert_eq!(p.resume_lesson(&course), "01-one");
    progress::enroll(&t.db, lia, "demo", None).await.unwrap();
    progress::enroll(&t.db, lia, "demo", None).await.unwrap(); // idempotent
    progress::record_view(&t.db, lia, "demo", "02-two")
        .await
        .unwrap();
    let p = progress::course_progress(&t.db, lia, &course)
        .await
        .unwrap();
    assert!(p.enrolled);
    assert_eq!(
        p.resume_lesson(&course),
        "02-two",
        "resume where you left off"
    );
    progress::mark_complete(&t.db, &catalog, lia, "demo", "02-two")
        .await
        .unwrap();
    progress::mark_complete(&t.db, &catalog, lia, "demo", "02-two")
        .await
        .unwrap();
    let p = progress::course_progress(&t.db, lia, &course)
        .await
        .unwrap();
    assert_eq!(
        (p.percent, p.completed.clone()),
        (50, vec!["02-two".to_owned()])
    );
    assert_eq!(
        p.resume_lesson(&course),
        "01-one",
        "the first lesson not completed"
    );
    assert!(matches!(
        progress::mark_complete(&t.db, &catalog, lia, "demo", "09-nope").await,
        Err(ServiceError::NotFound)
    ));
    let dash = progress::dashboard(&t.db, lia, &catalog).await.unwrap();
    assert_eq!(dash.len(), 1);
    assert_eq!(dash[0].1.percent, 50);
});

storage_test!(only_staff_enroll_others, |t: TestDb| async move {
    let dir = fixture();
    let catalog = Catalog::load(dir.path());
    let email = EmailAddress::parse("kofi@example.org").unwrap();
    let kofi = people::create(
        &t.db,
        people::NewPerson {
            email: &email,
            name: "Kofi",
            locale: Locale::En,
            password: "long password 1",
            institution_id: None,
            roles: &[Role::Learner],
        },
    )
    .await
    .unwrap();
    let as_role = |roles: Vec<Role>| CurrentUser {
        id: kofi,
        name: "K".into(),
        email: "kofi@example.org".into(),
        locale: Locale::En,
        roles,
        institution_id: None,
    };
    for role in [Role::Learner, Role::Mentor, Role::Translator] {
        let r = progress::enroll_person(
            &as_role(vec![role]),
            &t.db,
            &catalog,
            "kofi@example.org",
            "demo",
        )
        .await;
        assert!(matches!(r, Err(ServiceError::Forbidden)), "{role:?}");
    }
    let organizer = as_role(vec![Role::Organizer]);
    assert!(matches!(
        progress::enroll_person(&organizer, &t.db, &catalog, "nobody@example.org", "demo").await,
        Err(ServiceError::Invalid { field: "email", .. })
    ));
    assert!(matches!(
        progress::enroll_person(&organizer, &t.db, &catalog, "kofi@example.org", "nope").await,
        Err(ServiceError::Invalid {
            field: "course",
            ..
        })
    ));
    progress::enroll_person(&organizer, &t.db, &catalog, "kofi@example.org", "demo")
        .await
        .unwrap();
    assert!(progress::is_enrolled(&t.db, kofi, "demo").await.unwrap());
});
