//! schedule.yaml: weeks keyed `'00'`..`'60'`, each with a start date and calls.
use super::{lines::Lines, model, ols, Plan, PlannedCall, PlannedWeek, Problem, SCHEDULE};
use chrono::{Datelike, Duration, NaiveDate};

/// A week's start when the file leaves it empty (OLS week `'00'`, mentor onboarding before
/// the cohort starts, has dated calls and no start): from the week before, else the week
/// after, else the Monday of its earliest dated call.
fn infer_start(number: i32, known: &[(i32, NaiveDate)], week: &ols::Week) -> Option<NaiveDate> {
    let weeks = |n: i32| Duration::days(7 * i64::from(n));
    if let Some((n, d)) = known.iter().rev().find(|(n, _)| *n < number) {
        return Some(*d + weeks(number - n));
    }
    if let Some((n, d)) = known.iter().find(|(n, _)| *n > number) {
        return Some(*d - weeks(n - number));
    }
    let first = week
        .calls
        .iter()
        .filter_map(|c| c.date.as_deref().and_then(ols::parse_date))
        .min()?;
    Some(first - Duration::days(i64::from(first.weekday().num_days_from_monday())))
}

pub(super) fn plan_schedule(text: &str, plan: &mut Plan) {
    let schedule: ols::Schedule = match ols::parse(text) {
        Ok(s) => s,
        Err(e) => {
            plan.fatal
                .push(Problem::new(SCHEDULE, e.line, e.key(), e.message));
            return;
        }
    };
    if schedule.weeks.is_empty() {
        plan.fatal
            .push(Problem::new(SCHEDULE, None, "import-no-weeks", ""));
        return;
    }
    let lines = Lines::new(text);
    let keys = lines.keys();
    // First the weeks' numbers and the starts the file gives, so a week without one can be
    // placed from its neighbours.
    let mut numbered = vec![];
    for (key, week) in &schedule.weeks {
        let at = keys.get(key.as_str()).copied();
        match key
            .trim()
            .parse::<i32>()
            .ok()
            .filter(|n| (0..=60).contains(n))
        {
            Some(n) => numbered.push((n, key, week, at)),
            None => plan.rejected.push(Problem::new(
                SCHEDULE,
                at,
                "import-week-key-invalid",
                key.clone(),
            )),
        }
    }
    numbered.sort_by_key(|(n, ..)| *n);
    let mut known: Vec<(i32, NaiveDate)> = vec![];
    let mut bad_start = vec![];
    for (n, _, week, at) in &numbered {
        if let Some(raw) = week.start.as_deref() {
            match ols::parse_date(raw) {
                Some(d) => known.push((*n, d)),
                None => bad_start.push((*n, raw, *at)),
            }
        }
    }
    let mut weeks: Vec<PlannedWeek> = vec![];
    for (number, key, week, at) in &numbered {
        let number = *number;
        if let Some((_, raw, at)) = bad_start.iter().find(|(n, ..)| *n == number) {
            plan.rejected.push(Problem::new(
                SCHEDULE,
                lines.find(*at, None, raw),
                "import-date-invalid",
                *raw,
            ));
            continue;
        }
        let starts_on = match known.iter().find(|(n, _)| *n == number) {
            Some((_, d)) => *d,
            None => match infer_start(number, &known, week) {
                Some(d) => {
                    plan.notices.push(Problem::new(
                        SCHEDULE,
                        *at,
                        "import-week-start-inferred",
                        format!("{key}: {}", ols::format_date(d)),
                    ));
                    d
                }
                None => {
                    plan.rejected.push(Problem::new(
                        SCHEDULE,
                        *at,
                        "import-week-no-start",
                        (*key).clone(),
                    ));
                    continue;
                }
            },
        };
        let call_lines = lines.children(*at);
        let calls = plan_calls(plan, &lines, key, week, starts_on, &call_lines);
        weeks.push(PlannedWeek {
            number,
            starts_on,
            calls,
        });
    }
    plan.starts_on = weeks.first().map(|w| w.starts_on);
    plan.ends_on = weeks.last().map(|w| w.starts_on + Duration::days(6));
    plan.schedule_extra = schedule.extra;
    plan.weeks = Some(weeks);
}

fn plan_calls(
    plan: &mut Plan,
    lines: &Lines,
    key: &str,
    week: &ols::Week,
    starts_on: NaiveDate,
    call_lines: &[usize],
) -> Vec<PlannedCall> {
    let mut calls = vec![];
    for (i, c) in week.calls.iter().enumerate() {
        let line = call_lines.get(i).copied();
        let next = call_lines.get(i + 1).copied();
        let mut reject = |key: &str, raw: &str| {
            plan.rejected.push(Problem::new(
                SCHEDULE,
                lines.find(line, next, raw),
                key,
                raw,
            ));
        };
        let Some(title) = c.title.clone() else {
            plan.rejected.push(Problem::new(
                SCHEDULE,
                line,
                "import-call-no-title",
                format!("{key} #{}", i + 1),
            ));
            continue;
        };
        let mut extra = c.extra.clone();
        let on_date = match c.date.as_deref() {
            None => None,
            Some(raw) => match ols::parse_date(raw) {
                // A date years away from its week is a placeholder ("March 05, 1900"):
                // the call is not scheduled yet; the text is kept for the export.
                Some(d) if (d.year() - starts_on.year()).abs() > 1 => {
                    extra.insert("date".into(), serde_json::Value::String(raw.to_owned()));
                    None
                }
                Some(d) => Some(d),
                None => {
                    reject("import-date-invalid", raw);
                    continue;
                }
            },
        };
        if let Some(t) = c.time.as_deref() {
            if ols::parse_time(t).is_none() {
                reject("import-time-invalid", t);
                continue;
            }
        }
        let duration = match c.duration.as_deref() {
            None => None,
            Some(raw) => match ols::parse_duration(raw) {
                Some(m) => Some(m),
                None => {
                    reject("import-duration-invalid", raw);
                    continue;
                }
            },
        };
        calls.push(PlannedCall {
            kind: model::kind_of(c.kind.as_deref(), &title),
            label: c.kind.clone().unwrap_or_default(),
            title,
            on_date,
            at_time: c.time.clone(),
            duration,
            hosts: c.hosts.iter().map(|h| h.to_lowercase()).collect(),
            notes: c.notes.clone(),
            recording: c.recording.clone(),
            talks: c.talks.clone(),
            extra,
        });
    }
    calls
}
