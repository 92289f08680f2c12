//! The other parsers of untrusted input: the cohort importer (OLS YAML files and the
//! participants CSV, through `import::plan` on an in-memory SQLite database, as an organizer's
//! upload is read), Fluent files (a translator's save is parsed, checked and its references
//! resolved across the locale), and url-encoded forms.
use super::{fill, Case};
use domain::cohorts::import::{self, Upload};
use domain::translation::{audit, ftl::FtlFile, references::Definitions};
use std::sync::OnceLock;

fn runtime() -> &'static (tokio::runtime::Runtime, sea_orm::DatabaseConnection) {
    static RT: OnceLock<(tokio::runtime::Runtime, sea_orm::DatabaseConnection)> = OnceLock::new();
    RT.get_or_init(|| {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let db = rt
            .block_on(domain::db::connect_and_migrate("sqlite::memory:"))
            .unwrap();
        (rt, db)
    })
}

fn plan(up: Upload) -> usize {
    let (rt, db) = runtime();
    let p = rt.block_on(import::plan(db, &up)).unwrap();
    p.weeks.map_or(0, |w| w.len()) + p.people.len() + p.fatal.len() + p.rejected.len()
}

fn upload() -> Upload {
    Upload {
        slug: "bench".into(),
        name: "Bench".into(),
        programme: String::new(),
        timezone: "UTC".into(),
        metadata: String::new(),
        projects: String::new(),
        schedule: String::new(),
        participants: String::new(),
    }
}

fn schedule(text: &str) -> usize {
    plan(Upload {
        schedule: text.to_owned(),
        ..upload()
    })
}

fn participants(text: &str) -> usize {
    plan(Upload {
        schedule: "weeks: {}\n".into(),
        participants: text.to_owned(),
        ..upload()
    })
}

fn fluent(text: &str) -> usize {
    let english = FtlFile::parse(text.to_owned());
    let target = FtlFile::parse(text.to_owned());
    let mut report = audit::Report::default();
    let mut counts = audit::Counts::default();
    audit::check_file(
        &english,
        &target,
        std::path::Path::new("x.ftl"),
        &mut report,
        &mut counts,
    );
    let defs = Definitions::of([text]);
    target
        .message_ids()
        .iter()
        .filter_map(|id| target.message_source(id))
        .map(|m| defs.undefined_in(m).len())
        .sum::<usize>()
        + report.errors.len()
}

fn form(text: &str) -> usize {
    url::form_urlencoded::parse(text.as_bytes()).count()
}

pub fn cases() -> Vec<Case> {
    vec![
        Case {
            name: "ols yaml: many weeks and calls",
            make: |n| {
                let mut s = String::from("weeks:\n");
                let mut i = 0;
                while s.len() < n {
                    s.push_str(&format!(
                        "  '{i:02}':\n    start: 2026-01-05\n    calls:\n      - type: Cohort\n        title: Call {i} — *a* _b_\n        date: 2026-01-07\n        time: '14:00'\n        duration: 1H30\n"
                    ));
                    i += 1;
                }
                s
            },
            parse: schedule,
        },
        Case {
            name: "ols yaml: anchors and aliases",
            make: |n| fill("- &a [x, y, z]\n- *a\n- *a\n", n),
            parse: schedule,
        },
        Case {
            name: "ols yaml: deep flow nesting",
            make: |n| format!("weeks: {}{}\n", "[".repeat(n / 2), "]".repeat(n / 2)),
            parse: schedule,
        },
        Case {
            name: "participants csv: many rows",
            make: |n| {
                let mut s = String::from(
                    "name,email,role,institution,github_username,preferred_language,project\n",
                );
                let mut i = 0;
                while s.len() < n {
                    s.push_str(&format!(
                        "\"=HYPERLINK(\"\"x\"\"), {i}\",p{i}@example.org,participant,,gh{i},es,\n"
                    ));
                    i += 1;
                }
                s
            },
            parse: participants,
        },
        Case {
            name: "participants csv: one huge quoted cell",
            make: |n| format!("name,email\n\"{}\",a@example.org\n", fill("a,\n", n)),
            parse: participants,
        },
        Case {
            name: "fluent: many messages with selectors",
            make: |n| {
                let mut s = String::from("-brand = B\n");
                let mut i = 0;
                while s.len() < n {
                    s.push_str(&format!(
                        "m{i} = {{ $n ->\n    [one] {{ -brand }} one <b>x</b>\n   *[other] {{ $n }} {{ -missing }} {{ m0 }}\n}}\n    .title = T\n"
                    ));
                    i += 1;
                }
                s
            },
            parse: fluent,
        },
        Case {
            name: "fluent: junk and unclosed placeables",
            make: |n| fill("a = { { { $\nb = }\n", n),
            parse: fluent,
        },
        Case {
            name: "form: many fields",
            make: |n| fill("level_1=2&x=%41%42&", n),
            parse: form,
        },
    ]
}
