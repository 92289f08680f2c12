//! Property test of the other parsers of untrusted input, run briefly with the test suite:
//! the cohort importer (OLS YAML files and the participants CSV, through `import::plan`), the
//! Fluent file reader, checks and reference resolution, and the CSV writer's round trip. Random
//! mixes of the syntax each knows, broken on purpose, must never panic; every problem the
//! importer reports names its file; a formula-like cell survives export and import. A fixed
//! seed keeps failures reproducible; FUZZ_CASES raises the count for a longer run.
use domain::cohorts::import::{self, Upload};
use domain::translation::{audit, ftl::FtlFile, references::Definitions};

#[path = "support/rng.rs"]
mod rng;
use rng::Rng;

fn cases() -> usize {
    std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(150)
}

const YAML: &[&str] = &[
    "weeks:\n",
    "  '00':\n",
    "  '01':\n",
    "    start: ",
    "2026-01-05",
    "\n",
    "    calls:\n",
    "      - type: ",
    "Cohort",
    "Mentor",
    "Expert",
    "\n        date: ",
    "2026-02-30",
    "\n        time: ",
    "14:00",
    "25:99",
    "\n        duration: ",
    "1H30",
    "90",
    "&a ",
    "*a",
    "*b",
    "[",
    "]",
    "{",
    "}",
    ": ",
    "- ",
    "'",
    "\"",
    "#",
    "---\n",
    "!!binary ",
    "<<: *a\n",
    "\t",
    "é",
    "=cmd|' /C calc'!A0",
    "projects:\n",
    "  - name: ",
    "participants:\n",
];

const CSV: &[&str] = &[
    "name,email,role,institution,github_username,preferred_language,project\n",
    ",",
    "\"",
    "\"\"",
    "\n",
    "\r\n",
    "Ana",
    "a@example.org",
    "not-an-email",
    "participant",
    "mentor",
    "host",
    "organizer",
    "es",
    "pt",
    "xx",
    "=HYPERLINK(\"x\")",
    "'=1",
    "+1",
    "-1",
    "@x",
    "\t",
    "\u{feff}",
    "gh-user",
    "Proyecto",
    ";",
];

const FTL: &[&str] = &[
    "a = ",
    "b = ",
    "-t = ",
    "{ ",
    " }",
    "$n",
    "-t",
    "-missing",
    "b",
    "b.attr",
    " ->\n",
    "    [one] ",
    "   *[other] ",
    "\n",
    "    .title = ",
    "# c\n",
    "## g\n",
    "### r\n",
    "NUMBER(",
    ")",
    "\"s\"",
    "<b>",
    "</b>",
    "\\",
    "{{",
    "}}",
    "é",
    "=",
];

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

#[test]
fn the_cohort_importer_takes_any_text_without_panicking() {
    let rt = runtime();
    let db = rt
        .block_on(domain::db::connect_and_migrate("sqlite::memory:"))
        .unwrap();
    let mut rng = Rng(0x5eed_1234_abcd_0001);
    for case in 0..cases() {
        let up = Upload {
            slug: "fuzz".into(),
            name: "Fuzz".into(),
            programme: String::new(),
            timezone: "UTC".into(),
            metadata: rng.text(YAML, 40),
            projects: rng.text(YAML, 40),
            schedule: rng.text(YAML, 80),
            participants: rng.text(CSV, 60),
        };
        let plan = rt
            .block_on(import::plan(&db, &up))
            .unwrap_or_else(|e| panic!("case {case}: {e}\n{up:#?}"));
        for p in plan.fatal.iter().chain(&plan.rejected) {
            assert!(
                !p.file.is_empty(),
                "case {case}: every problem names its file: {p:?}"
            );
        }
    }
}

#[test]
fn fluent_files_of_any_shape_are_read_checked_and_resolved() {
    let mut rng = Rng(0x5eed_1234_abcd_0002);
    for case in 0..cases() {
        let source = rng.text(FTL, 60);
        let target = rng.text(FTL, 60);
        let (s, t) = (
            FtlFile::parse(source.clone()),
            FtlFile::parse(target.clone()),
        );
        let mut report = audit::Report::default();
        let mut counts = audit::Counts::default();
        audit::check_file(
            &s,
            &t,
            std::path::Path::new("t.ftl"),
            &mut report,
            &mut counts,
        );
        let defs = Definitions::of([source.as_str(), target.as_str()]);
        for id in t.message_ids() {
            if let Some(m) = t.message_source(id) {
                defs.undefined_in(m);
            }
            // A message saved unchanged leaves a file that parses as it was. (In a file
            // with junk next to it, a save may re-indent the message: the workspace then
            // shows the junk's own error first.)
            if let Some(body) = t.editable_body(id).filter(|_| t.errors.is_empty()) {
                if let Ok(saved) = t.replace_message(id, &body, None) {
                    assert_eq!(saved, target, "case {case}: {id}");
                }
            }
        }
        for e in report.errors {
            assert!(e.line >= 1, "case {case}: every error names its line: {e}");
        }
    }
}

#[test]
fn exported_cells_come_back_as_they_were() {
    let mut rng = Rng(0x5eed_1234_abcd_0003);
    for case in 0..cases() {
        let cell = rng.text(CSV, 8);
        // As in every export, a header row comes first (a reader drops a byte-order mark at
        // the very start of the file, which is the writer's own).
        let mut w = domain::csv_out::Writer::new();
        w.row(["name", "email"]);
        w.row([cell.as_str(), "x"]);
        let out = w.finish();
        let mut r = csv::ReaderBuilder::new()
            .has_headers(true)
            .from_reader(out.strip_prefix('\u{feff}').unwrap_or(&out).as_bytes());
        let row = r.records().next().and_then(|r| r.ok());
        let Some(row) = row else {
            panic!("case {case}: {out:?} reads back");
        };
        assert_eq!(domain::csv_out::restore(&row[0]), cell, "case {case}");
        assert!(
            !row[0].starts_with(['=', '+', '-', '@', '\t', '\r']),
            "case {case}: {:?} is no formula",
            &row[0]
        );
    }
}
