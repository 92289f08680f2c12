//! participants.csv: one row per person and role (name, email, role, institution, GitHub
//! username, preferred language, project), as organizers keep them and as the app exports
//! them.
use super::{model, Plan, Problem, PARTICIPANTS};
use crate::{accounts::EmailAddress, entities::institution, i18n::Locale};

/// The line where a quoted field opens and never closes (the CSV reader would quietly read
/// the rest of the file into it).
fn unclosed_quote(text: &str) -> Option<usize> {
    let (mut inside, mut line, mut opened) = (false, 1, 0);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if inside && chars.peek() == Some(&'"') => {
                chars.next();
            }
            '"' => {
                inside = !inside;
                opened = line;
            }
            '\n' => line += 1,
            _ => {}
        }
    }
    inside.then_some(opened)
}

/// A name the OLS files may use for someone: short, one line, no markup.
fn is_file_handle(s: &str) -> bool {
    !s.is_empty()
        && s.chars().count() <= 100
        && !s
            .chars()
            .any(|c| c.is_control() || matches!(c, '<' | '>' | '@'))
}

/// One valid row of the participants CSV.
pub(super) struct CsvPerson {
    pub name: String,
    /// None for someone the files know only by GitHub username (no invitation is sent).
    pub email: Option<String>,
    pub role: String,
    pub institution_id: Option<i32>,
    pub github: Option<String>,
    pub locale: Locale,
    pub project: Option<String>,
}

pub(super) fn plan_participants(
    text: &str,
    plan: &mut Plan,
    institutions: &[institution::Model],
    known_projects: &[String],
) -> Vec<CsvPerson> {
    if let Err(p) = super::shape::expect(PARTICIPANTS, text, super::shape::Shape::Csv) {
        plan.fatal.push(p);
        return vec![];
    }
    if let Some(line) = unclosed_quote(text) {
        plan.fatal.push(Problem::new(
            PARTICIPANTS,
            Some(line),
            "import-csv-unclosed-quote",
            "",
        ));
        return vec![];
    }
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .flexible(true)
        .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let headers: Vec<String> = match reader.headers() {
        Ok(h) => h
            .iter()
            .map(|h| h.to_lowercase().replace([' ', '-'], "_"))
            .collect(),
        Err(e) => {
            plan.fatal.push(Problem::new(
                PARTICIPANTS,
                Some(1),
                "import-csv-invalid",
                e.to_string(),
            ));
            return vec![];
        }
    };
    let col = |name: &str| headers.iter().position(|h| h == name);
    let (Some(c_name), Some(c_email), Some(c_role)) = (col("name"), col("email"), col("role"))
    else {
        plan.fatal.push(Problem::new(
            PARTICIPANTS,
            Some(1),
            "import-csv-columns",
            headers.join(","),
        ));
        return vec![];
    };
    let (c_inst, c_gh, c_lang, c_proj) = (
        col("institution"),
        col("github_username").or(col("github")),
        col("preferred_language").or(col("language")),
        col("project"),
    );
    let mut out = vec![];
    for (i, rec) in reader.records().enumerate() {
        let row = i + 2;
        let rec = match rec {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map(|p| p.line() as usize).unwrap_or(row);
                plan.fatal.push(Problem::new(
                    PARTICIPANTS,
                    Some(line),
                    "import-csv-invalid",
                    e.to_string(),
                ));
                return vec![];
            }
        };
        // Cells our own exports guarded against spreadsheet formulas come back as written.
        let get = |c: Option<usize>| {
            crate::csv_out::restore(c.and_then(|c| rec.get(c)).unwrap_or("").trim())
                .trim()
                .to_owned()
        };
        let line = rec.position().map(|p| p.line() as usize).unwrap_or(row);
        let reject = |plan: &mut Plan, key: &str, detail: String| {
            plan.rejected
                .push(Problem::new(PARTICIPANTS, Some(line), key, detail));
        };
        // An exported row names someone without an account yet by their GitHub username
        // only (no name, no address): it comes back as that person, without an invitation.
        let raw_email = get(Some(c_email));
        let email = if raw_email.is_empty() && !get(c_gh).is_empty() {
            None
        } else {
            match EmailAddress::parse(&raw_email) {
                Ok(e) => Some(e.as_str().to_owned()),
                Err(_) => {
                    reject(plan, "import-row-email-invalid", raw_email);
                    continue;
                }
            }
        };
        let name = Some(get(Some(c_name)))
            .filter(|n| !n.is_empty())
            .or_else(|| Some(get(c_gh)).filter(|g| !g.is_empty()))
            .or_else(|| {
                email
                    .as_ref()
                    .and_then(|e| e.split('@').next().map(str::to_owned))
            })
            .unwrap_or_default();
        if name.is_empty() {
            reject(plan, "import-row-no-name", String::new());
            continue;
        }
        let role = get(Some(c_role)).to_lowercase();
        if !model::ROLES.contains(&role.as_str()) {
            reject(plan, "import-row-role-invalid", role);
            continue;
        }
        let inst = get(c_inst);
        let institution_id = if inst.is_empty() {
            None
        } else {
            match institutions
                .iter()
                .find(|i| i.name.eq_ignore_ascii_case(&inst))
            {
                Some(i) => Some(i.id),
                None => {
                    reject(plan, "import-row-institution-unknown", inst);
                    continue;
                }
            }
        };
        let lang = get(c_lang);
        let locale = if lang.is_empty() {
            Locale::En
        } else {
            match Locale::parse(&lang.to_lowercase()) {
                Some(l) => l,
                None => {
                    reject(plan, "import-row-language-invalid", lang);
                    continue;
                }
            }
        };
        let github = match crate::accounts::people::check_github_username(&get(c_gh)) {
            Ok(g) => g.map(|g| g.to_lowercase()),
            // A row without an address is how an export names someone the YAML files know
            // only by their handle, which need not be a valid GitHub username there
            // ("rs_khetani"): it is kept as the files' name for them, and no invitation
            // or account link comes of it.
            Err(_) if email.is_none() && is_file_handle(&get(c_gh)) => {
                Some(get(c_gh).to_lowercase())
            }
            Err(_) => {
                reject(plan, "import-row-github-invalid", get(c_gh));
                continue;
            }
        };
        let project = Some(get(c_proj)).filter(|p| !p.is_empty());
        if let Some(p) = &project {
            if !known_projects.iter().any(|k| k == p) {
                reject(plan, "import-row-project-unknown", p.clone());
                continue;
            }
        }
        out.push(CsvPerson {
            name,
            email,
            role,
            institution_id,
            github,
            locale,
            project,
        });
    }
    out
}
