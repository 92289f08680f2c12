//! Dates and numbers written the way each language writes them. Month names come from the
//! Fluent files like every other word; the shapes ("25 de noviembre de 2026") come from there
//! too, through the `date-long` message.
use super::{Locale, Translations};
use chrono::{DateTime, Datelike, NaiveDate, Utc};

pub fn format_date(tr: &Translations, locale: Locale, date: NaiveDate) -> String {
    let month = tr.t(locale, &format!("month-{}", date.month()), &[]);
    tr.t(
        locale,
        "date-long",
        &[
            ("day", date.day().to_string().into()),
            ("month", month.into()),
            ("year", date.year().to_string().into()),
        ],
    )
}

pub fn format_datetime(tr: &Translations, locale: Locale, at: DateTime<Utc>) -> String {
    let date = format_date(tr, locale, at.date_naive());
    tr.t(
        locale,
        "datetime-long",
        &[
            ("date", date.into()),
            ("time", at.format("%H:%M").to_string().into()),
        ],
    )
}

/// A moment in a given timezone: "11 November 2026, 13:00 (America/Montevideo)".
pub fn format_in_zone(
    tr: &Translations,
    locale: Locale,
    at: DateTime<Utc>,
    zone: chrono_tz::Tz,
) -> String {
    let local = at.with_timezone(&zone);
    tr.t(
        locale,
        "datetime-zone",
        &[
            ("date", format_date(tr, locale, local.date_naive()).into()),
            ("time", local.format("%H:%M").to_string().into()),
            ("zone", zone.name().to_owned().into()),
        ],
    )
}

/// Decimal separators and digit grouping: en 12,345.5; es 12.345,5 (but 1234,5: Spanish
/// groups only from five digits); pt 1.234,5.
pub fn format_number(locale: Locale, value: f64, decimals: usize) -> String {
    let s = format!("{:.*}", decimals, value.abs());
    let (int, frac) = s.split_once('.').map_or((s.as_str(), ""), |(i, f)| (i, f));
    let (group, point) = match locale {
        Locale::En => (',', '.'),
        Locale::Es | Locale::Pt => ('.', ','),
    };
    let min_grouping = if locale == Locale::Es { 5 } else { 4 };
    let mut grouped = String::new();
    if int.len() >= min_grouping {
        for (i, c) in int.chars().enumerate() {
            if i > 0 && (int.len() - i) % 3 == 0 {
                grouped.push(group);
            }
            grouped.push(c);
        }
    } else {
        grouped.push_str(int);
    }
    let sign = if value < 0.0 && s.chars().any(|c| c.is_ascii_digit() && c != '0') {
        "-"
    } else {
        ""
    };
    if frac.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}{point}{frac}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_follow_each_language() {
        assert_eq!(format_number(Locale::En, 12345.5, 1), "12,345.5");
        assert_eq!(format_number(Locale::Es, 12345.5, 1), "12.345,5");
        assert_eq!(format_number(Locale::Es, 1234.5, 1), "1234,5");
        assert_eq!(format_number(Locale::Pt, 1234.5, 1), "1.234,5");
        assert_eq!(format_number(Locale::Pt, 1234567.0, 0), "1.234.567");
        assert_eq!(format_number(Locale::En, -3.0, 0), "-3");
        assert_eq!(format_number(Locale::En, 999.0, 0), "999");
    }
}
