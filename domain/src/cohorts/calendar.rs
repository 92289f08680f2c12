//! iCalendar (RFC 5545) feeds: a cohort's calls, and a person's calls across their cohorts
//! (behind a signed link, since calendar apps fetch without cookies).
use super::model;
use crate::{
    entities::{cohort, cohort_call, cohort_member},
    security, ServiceResult,
};
use chrono::{Duration, Utc};
use sea_orm::{prelude::*, QueryOrder};

/// Escapes a text value (backslash, semicolon, comma, line breaks of any kind); other control
/// characters are dropped, so no value can end its line and start a property of its own.
fn text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                chars.next_if_eq(&'\n');
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A link for the URL property: only a well-formed http(s) URL, as the URL parser writes it
/// (no spaces, no line breaks).
fn link(s: &str) -> Option<String> {
    url::Url::parse(s.trim())
        .ok()
        .filter(|u| matches!(u.scheme(), "http" | "https"))
        .map(|u| u.to_string())
}

/// Folds a content line at 75 octets, as the RFC asks, without splitting a character.
fn fold(line: &str) -> String {
    let mut out = String::new();
    let mut len = 0;
    for c in line.chars() {
        if len + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            len = 1;
        }
        out.push(c);
        len += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}

fn event(out: &mut String, host: &str, c: &cohort_call::Model, cohort: &cohort::Model) {
    let stamp = Utc::now().format("%Y%m%dT%H%M%SZ");
    let mut lines = vec![
        "BEGIN:VEVENT".to_owned(),
        format!("UID:call-{}@{host}", c.id),
        format!("DTSTAMP:{stamp}"),
    ];
    match (c.starts_at, c.on_date) {
        (Some(at), _) => {
            let end = at + Duration::minutes(i64::from(c.duration_minutes.unwrap_or(60)));
            lines.push(format!("DTSTART:{}", at.format("%Y%m%dT%H%M%SZ")));
            lines.push(format!("DTEND:{}", end.format("%Y%m%dT%H%M%SZ")));
        }
        (None, Some(d)) => {
            lines.push(format!("DTSTART;VALUE=DATE:{}", d.format("%Y%m%d")));
            lines.push(format!(
                "DTEND;VALUE=DATE:{}",
                (d + Duration::days(1)).format("%Y%m%d")
            ));
        }
        _ => return,
    }
    lines.push(format!(
        "SUMMARY:{}",
        text(&format!("{} — {}", c.title, cohort.name))
    ));
    if let Some(n) = &c.notes_url {
        if let Some(url) = link(n) {
            lines.push(format!("URL:{url}"));
        }
        lines.push(format!("DESCRIPTION:{}", text(n)));
    }
    lines.push(format!("CATEGORIES:{}", text(c.kind.as_str())));
    lines.push("END:VEVENT".into());
    for l in lines {
        out.push_str(&fold(&l));
    }
}

fn wrap(name: &str, body: &str) -> String {
    let mut out = String::new();
    for l in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Catalyst Academy//Cohorts//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ] {
        out.push_str(&fold(l));
    }
    out.push_str(&fold(&format!("X-WR-CALNAME:{}", text(name))));
    out.push_str(body);
    out.push_str(&fold("END:VCALENDAR"));
    out
}

/// Every scheduled call of a cohort.
pub async fn cohort_feed(
    db: &DatabaseConnection,
    host: &str,
    c: &cohort::Model,
) -> ServiceResult<String> {
    let calls = cohort_call::Entity::find()
        .filter(cohort_call::Column::CohortId.eq(c.id))
        .order_by_asc(cohort_call::Column::Id)
        .all(db)
        .await?;
    let mut body = String::new();
    for call in &calls {
        event(&mut body, host, call, c);
    }
    Ok(wrap(&c.name, &body))
}

/// The calls a person is expected at, in every cohort they take part in.
pub async fn person_feed(
    db: &DatabaseConnection,
    host: &str,
    user_id: i32,
    title: &str,
) -> ServiceResult<String> {
    let roles = cohort_member::Entity::find()
        .filter(cohort_member::Column::UserId.eq(user_id))
        .all(db)
        .await?;
    let mut body = String::new();
    let mut ids: Vec<i32> = roles.iter().map(|r| r.cohort_id).collect();
    ids.sort();
    ids.dedup();
    for cid in ids {
        let Some(c) = cohort::Entity::find_by_id(cid).one(db).await? else {
            continue;
        };
        let mentor = roles
            .iter()
            .any(|r| r.cohort_id == cid && r.role != "participant");
        for call in cohort_call::Entity::find()
            .filter(cohort_call::Column::CohortId.eq(cid))
            .order_by_asc(cohort_call::Column::Id)
            .all(db)
            .await?
        {
            if mentor || model::for_participants(&call.kind) {
                event(&mut body, host, &call, &c);
            }
        }
    }
    Ok(wrap(title, &body))
}

/// The secret part of a person's feed address.
pub fn person_token(secret: &[u8], user_id: i32) -> String {
    format!(
        "{user_id}-{}",
        signature(secret, &format!("calendar:{user_id}"))
    )
}

/// 32 hex digits derived from an HMAC of `message`: safe in a path, no dashes.
fn signature(secret: &[u8], message: &str) -> String {
    security::hash_token(&security::sign(secret, message))[..32].to_owned()
}

fn same(a: &str, b: &str) -> bool {
    use subtle::ConstantTimeEq;
    a.len() == b.len() && bool::from(a.as_bytes().ct_eq(b.as_bytes()))
}

/// The secret part of a cohort's feed address.
pub fn cohort_token(secret: &[u8], slug: &str) -> String {
    format!(
        "{slug}-{}",
        signature(secret, &format!("calendar-cohort:{slug}"))
    )
}

pub fn verify_cohort_token(secret: &[u8], token: &str) -> Option<String> {
    let (slug, _) = token.rsplit_once('-')?;
    same(&cohort_token(secret, slug), token).then(|| slug.to_owned())
}

pub fn verify_person_token(secret: &[u8], token: &str) -> Option<i32> {
    let (id, _) = token.split_once('-')?;
    let id: i32 = id.parse().ok()?;
    same(&person_token(secret, id), token).then_some(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_escaped_and_folded() {
        assert_eq!(text("a, b; c\\d\ne"), "a\\, b\\; c\\\\d\\ne");
        assert_eq!(
            text("Call\r\nATTENDEE:mailto:x@evil.example\rX\u{7}"),
            "Call\\nATTENDEE:mailto:x@evil.example\\nX"
        );
        assert_eq!(
            link("https://docs.example/a b\r\nX-INJECT:1").as_deref(),
            Some("https://docs.example/a%20bX-INJECT:1")
        );
        assert_eq!(link("javascript:alert(1)"), None);
        let long = format!("SUMMARY:{}", "é".repeat(60));
        let folded = fold(&long);
        assert!(folded.split("\r\n").all(|l| l.len() <= 75));
        assert_eq!(folded.replace("\r\n ", "").trim_end(), long);
    }

    #[test]
    fn tokens_are_per_person() {
        let k = b"0123456789abcdef0123456789abcdef";
        let t = person_token(k, 7);
        assert_eq!(verify_person_token(k, &t), Some(7));
        assert_eq!(verify_person_token(k, &t.replacen('7', "8", 1)), None);
        let c = cohort_token(k, "ols-9-catalyst");
        assert_eq!(
            verify_cohort_token(k, &c).as_deref(),
            Some("ols-9-catalyst")
        );
        assert_eq!(verify_cohort_token(k, &c.replace("ols-9", "ols-8")), None);
        assert_eq!(
            verify_person_token(b"another-key-another-key-another-k", &t),
            None
        );
    }
}
