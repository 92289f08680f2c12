//! Server functions for hub provisioning: thin glue between forms and `domain::hubs`.
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
use crate::ctx::action::*;
#[cfg(feature = "ssr")]
use domain::hubs::{adoption, overview, provisioning, registry};

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct HubRowView {
    pub id: i32,
    pub name: String,
    pub institution: String,
    pub base_url: String,
    /// (status, count) for the states that have accounts.
    pub counts: Vec<(String, u64)>,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct HubsPageData {
    pub hubs: Vec<HubRowView>,
    pub institutions: Vec<(i32, String)>,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct HubSettings {
    pub id: i32,
    pub institution_id: i32,
    pub name: String,
    pub base_url: String,
    pub username_scheme: String,
    pub default_groups: String,
    pub course_groups: bool,
    pub name_prefix: String,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct CheckView {
    pub passed: bool,
    pub checked_at: String,
    pub version: Option<String>,
    pub error_key: Option<String>,
    pub error_detail: Option<String>,
    pub missing_scopes: Vec<String>,
    pub missing_optional: Vec<String>,
    pub authenticator: Option<String>,
    pub proposed_scheme: Option<String>,
    pub warn_allow_existing_users: bool,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct BatchView {
    pub label: String,
    pub total: u64,
    pub done: u64,
    pub failed: u64,
    pub open: u64,
    pub started: String,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct JobView {
    pub person: String,
    pub kind: String,
    pub status: String,
    pub attempts: i32,
    pub max_attempts: i32,
    pub next_run: String,
    pub error: String,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct MemberView {
    pub user_id: i32,
    pub name: String,
    pub email: String,
    pub hub_username: String,
    /// Empty when the person has no account row yet.
    pub status: String,
    pub error_key: String,
    pub error_detail: String,
    pub updated: String,
    /// `adoption::Origin` as stored (empty before any call).
    pub origin: String,
    /// An organizer confirmed the adopted hub user is this person.
    pub confirmed: bool,
}

/// One recorded change of the hub's address.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct UrlChangeView {
    pub who: String,
    pub before: String,
    pub after: String,
    pub when: String,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct HubPageView {
    pub settings: HubSettings,
    pub institution: String,
    pub check: Option<CheckView>,
    pub counts: Vec<(String, u64)>,
    pub batch: Option<BatchView>,
    pub jobs: Vec<JobView>,
    pub members: Vec<MemberView>,
    pub institutions: Vec<(i32, String)>,
    /// The stored token does not open for this hub and address: it must be entered again.
    pub token_needed: bool,
    pub url_changes: Vec<UrlChangeView>,
}

#[cfg(feature = "ssr")]
fn err(e: domain::ServiceError) -> ServerFnError {
    ServerFnError::new(e.message_key())
}

#[server(endpoint = "list_hubs")]
pub async fn list_hubs() -> Result<HubsPageData, ServerFnError> {
    let (r, u) = require_staff()?;
    let rows = registry::list(&u, &r.state.db).await.map_err(err)?;
    Ok(HubsPageData {
        hubs: rows
            .into_iter()
            .map(|row| HubRowView {
                id: row.hub.id,
                name: row.hub.name,
                institution: row.institution,
                base_url: row.hub.base_url,
                counts: row.accounts.into_iter().filter(|(_, n)| *n > 0).collect(),
            })
            .collect(),
        institutions: domain::accounts::institutions::names(&r.state.db)
            .await
            .map_err(err)?,
    })
}

#[server(endpoint = "hub_detail")]
pub async fn hub_detail(id: i32) -> Result<HubPageView, ServerFnError> {
    let (r, u) = require_staff()?;
    let db = &r.state.db;
    let h = match registry::find(db, id).await {
        Ok(h) => h,
        Err(e) => {
            not_found();
            return Err(err(e));
        }
    };
    let when = |at: chrono::DateTime<chrono::Utc>| {
        domain::i18n::format_datetime(&r.state.i18n, r.locale, at)
    };
    let institutions = domain::accounts::institutions::names(db)
        .await
        .map_err(err)?;
    let check = registry::last_check(&h).map(|c| CheckView {
        passed: c.passed(),
        checked_at: h.checked_at.map(when).unwrap_or_default(),
        version: c.version,
        error_key: c.error_key,
        error_detail: c.error_detail,
        missing_scopes: c.missing_scopes,
        missing_optional: c.missing_optional,
        authenticator: c.authenticator,
        proposed_scheme: c.proposed_scheme,
        warn_allow_existing_users: c.warn_allow_existing_users,
    });
    let members = overview::members(&u, db, &h).await.map_err(err)?;
    let token_needed = registry::token_needed(&r.state, &h);
    let url_changes = registry::url_changes_named(db, h.id)
        .await
        .map_err(err)?
        .into_iter()
        .map(|(c, who)| UrlChangeView {
            who,
            before: c.before,
            after: c.after,
            when: when(c.changed_at),
        })
        .collect();
    let names: std::collections::HashMap<i32, String> = members
        .iter()
        .map(|m| (m.user_id, m.name.clone()))
        .collect();
    let jobs = provisioning::open_and_failed_jobs(db, h.id, 50)
        .await
        .map_err(err)?
        .into_iter()
        .map(|j| {
            let uid = serde_json::from_str::<serde_json::Value>(&j.payload)
                .ok()
                .and_then(|p| p["user_id"].as_i64())
                .unwrap_or_default() as i32;
            JobView {
                person: names.get(&uid).cloned().unwrap_or_default(),
                kind: j.kind.replace('.', "-"),
                status: j.status.clone(),
                attempts: j.attempts,
                max_attempts: j.max_attempts,
                next_run: if j.status == domain::jobs::queue::QUEUED {
                    when(j.run_at)
                } else {
                    String::new()
                },
                error: j.last_error.unwrap_or_default(),
            }
        })
        .collect();
    let batch = provisioning::latest_batch(db, h.id)
        .await
        .map_err(err)?
        .map(|p| BatchView {
            label: p.label.clone(),
            total: p.total,
            done: p.done,
            failed: p.failed,
            open: p.open,
            started: when(p.started),
        });
    Ok(HubPageView {
        institution: institutions
            .iter()
            .find(|(i, _)| *i == h.institution_id)
            .map(|(_, n)| n.clone())
            .unwrap_or_default(),
        counts: provisioning::status_counts(db, h.id)
            .await
            .map_err(|e| err(e.into()))?,
        members: members
            .into_iter()
            .map(|m| {
                let a = m.account;
                MemberView {
                    user_id: m.user_id,
                    name: m.name,
                    email: m.email,
                    hub_username: a
                        .as_ref()
                        .filter(|a| !a.hub_username.starts_with('#'))
                        .map(|a| a.hub_username.clone())
                        .unwrap_or_default(),
                    status: a.as_ref().map(|a| a.status.clone()).unwrap_or_default(),
                    error_key: a
                        .as_ref()
                        .and_then(|a| a.error_key.clone())
                        .unwrap_or_default(),
                    error_detail: a
                        .as_ref()
                        .and_then(|a| a.error_detail.clone())
                        .unwrap_or_default(),
                    origin: a
                        .as_ref()
                        .and_then(|a| a.origin.clone())
                        .unwrap_or_default(),
                    confirmed: a
                        .as_ref()
                        .is_some_and(|a| a.adoption_confirmed_at.is_some()),
                    updated: a.map(|a| when(a.updated_at)).unwrap_or_default(),
                }
            })
            .collect(),
        settings: HubSettings {
            id: h.id,
            institution_id: h.institution_id,
            name: h.name,
            base_url: h.base_url,
            username_scheme: h.username_scheme,
            default_groups: h.default_groups,
            course_groups: h.course_groups,
            name_prefix: h.name_prefix,
        },
        token_needed,
        url_changes,
        check,
        batch,
        jobs,
        institutions,
    })
}

#[cfg(feature = "ssr")]
#[allow(clippy::too_many_arguments)]
fn form(
    institution_id: String,
    name: String,
    base_url: String,
    token: String,
    username_scheme: String,
    default_groups: String,
    course_groups: String,
    name_prefix: String,
) -> registry::HubForm {
    registry::HubForm {
        institution_id,
        name,
        base_url,
        token,
        username_scheme,
        default_groups,
        course_groups: !course_groups.is_empty(),
        name_prefix,
    }
}

/// The typed values to show again after a refused form; never the token.
#[cfg(feature = "ssr")]
fn typed(f: &registry::HubForm) -> [(&'static str, &str); 6] {
    [
        ("institution_id", &f.institution_id),
        ("name", &f.name),
        ("base_url", &f.base_url),
        ("username_scheme", &f.username_scheme),
        ("default_groups", &f.default_groups),
        ("name_prefix", &f.name_prefix),
    ]
}

#[allow(clippy::too_many_arguments)]
#[server(endpoint = "create_hub")]
pub async fn create_hub(
    #[server(default)] institution_id: String,
    #[server(default)] name: String,
    #[server(default)] base_url: String,
    #[server(default)] token: String,
    #[server(default)] username_scheme: String,
    #[server(default)] default_groups: String,
    #[server(default)] course_groups: String,
    #[server(default)] name_prefix: String,
) -> Result<(), ServerFnError> {
    let (r, u) = require_staff()?;
    let f = form(
        institution_id,
        name,
        base_url,
        token,
        username_scheme,
        default_groups,
        course_groups,
        name_prefix,
    );
    match registry::create(&u, &r.state, &f).await {
        Ok(id) => finish_ok(&format!("/admin/hubs/{id}"), Some("notice-hub-created")),
        Err(e) => finish_err("/admin/hubs", e, &typed(&f)),
    }
}

#[allow(clippy::too_many_arguments)]
#[server(endpoint = "update_hub")]
pub async fn update_hub(
    #[server(default)] id: i32,
    #[server(default)] institution_id: String,
    #[server(default)] name: String,
    #[server(default)] base_url: String,
    #[server(default)] token: String,
    #[server(default)] username_scheme: String,
    #[server(default)] default_groups: String,
    #[server(default)] course_groups: String,
    #[server(default)] name_prefix: String,
) -> Result<(), ServerFnError> {
    let (r, u) = require_staff()?;
    let f = form(
        institution_id,
        name,
        base_url,
        token,
        username_scheme,
        default_groups,
        course_groups,
        name_prefix,
    );
    let back = format!("/admin/hubs/{id}");
    finish(
        registry::update(&u, &r.state, id, &f).await,
        &back,
        "notice-hub-saved",
        &back,
        &typed(&f),
    )
}

#[server(endpoint = "test_hub_connection")]
pub async fn test_hub_connection(#[server(default)] id: i32) -> Result<(), ServerFnError> {
    let (r, u) = require_staff()?;
    let back = format!("/admin/hubs/{id}");
    finish(
        registry::check_connection(&u, &r.state, id).await,
        &back,
        "notice-hub-checked",
        &back,
        &[],
    )
}

#[cfg(feature = "ssr")]
async fn staff_hub(
    id: i32,
) -> Result<
    (
        std::sync::Arc<crate::server_ctx::RequestCtx>,
        domain::accounts::CurrentUser,
        Result<domain::entities::hub::Model, domain::ServiceError>,
    ),
    ServerFnError,
> {
    let (r, u) = require_staff()?;
    let h = registry::find(&r.state.db, id).await;
    Ok((r, u, h))
}

/// Queues the jobs, wakes this instance's workers, and says how many were queued.
#[cfg(feature = "ssr")]
fn queued(
    back: &str,
    result: Result<provisioning::Queued, domain::ServiceError>,
    notice: &str,
) -> Result<(), ServerFnError> {
    match result {
        Ok(q) => {
            crate::server_ctx::wake_workers();
            let notice = if q.jobs == 0 && q.refused.is_empty() {
                "notice-hub-nothing-to-do"
            } else {
                notice
            };
            finish_ok(back, Some(notice))
        }
        Err(e) => finish_err(back, e, &[]),
    }
}

#[server(endpoint = "sync_hub")]
pub async fn sync_hub(
    #[server(default)] id: i32,
    #[server(default)] all: String,
) -> Result<(), ServerFnError> {
    let (r, u, h) = staff_hub(id).await?;
    let back = format!("/admin/hubs/{id}");
    let result = match h {
        Ok(h) => provisioning::sync_institution(&r.state.db, &h, !all.is_empty(), Some(u.id)).await,
        Err(e) => Err(e),
    };
    queued(&back, result, "notice-hub-sync-queued")
}

/// One person: provision (or re-check) their account, or retry their failed job.
#[server(endpoint = "provision_person")]
pub async fn provision_person(
    #[server(default)] id: i32,
    #[server(default)] user_id: i32,
) -> Result<(), ServerFnError> {
    let (r, u, h) = staff_hub(id).await?;
    let back = format!("/admin/hubs/{id}");
    let result = match h {
        Ok(h) => {
            let retried =
                provisioning::retry_failed(&r.state.db, &h, Some(&[user_id]), Some(u.id)).await;
            match retried {
                Ok(q) if q.jobs > 0 || !q.refused.is_empty() => Ok(q),
                Ok(_) => {
                    provisioning::queue(&r.state.db, &h, &[user_id], "person", Some(u.id)).await
                }
                Err(e) => Err(e),
            }
        }
        Err(e) => Err(e),
    };
    queued(&back, result, "notice-hub-person-queued")
}

#[server(endpoint = "retry_hub_failures")]
pub async fn retry_hub_failures(#[server(default)] id: i32) -> Result<(), ServerFnError> {
    let (r, u, h) = staff_hub(id).await?;
    let back = format!("/admin/hubs/{id}");
    let result = match h {
        Ok(h) => provisioning::retry_failed(&r.state.db, &h, None, Some(u.id)).await,
        Err(e) => Err(e),
    };
    queued(&back, result, "notice-hub-retry-queued")
}

/// An organizer confirms that the hub user found under a person's name is that person (the
/// platform may then regroup and delete it): needs the explicit confirmation box.
#[server(endpoint = "confirm_hub_adoption")]
pub async fn confirm_hub_adoption(
    #[server(default)] id: i32,
    #[server(default)] user_id: i32,
    #[server(default)] confirm: String,
) -> Result<(), ServerFnError> {
    let (r, u, h) = staff_hub(id).await?;
    let back = format!("/admin/hubs/{id}");
    let result = match h {
        Ok(h) => adoption::confirm(&u, &r.state.db, &h, user_id, confirm == "yes").await,
        Err(e) => Err(e),
    };
    queued(&back, result, "notice-hub-adoption-confirmed")
}

/// The end of a partnership year: needs the explicit confirmation box.
#[server(endpoint = "deprovision_hub")]
pub async fn deprovision_hub(
    #[server(default)] id: i32,
    #[server(default)] mode: String,
    #[server(default)] confirm: String,
) -> Result<(), ServerFnError> {
    let (r, u, h) = staff_hub(id).await?;
    let back = format!("/admin/hubs/{id}");
    let Some(mode) = provisioning::Deprovision::parse(&mode) else {
        return finish_err(
            &back,
            domain::ServiceError::invalid("mode", "error-hub-mode-invalid"),
            &[],
        );
    };
    if confirm != "yes" {
        return finish_err(
            &back,
            domain::ServiceError::invalid("confirm", "error-hub-confirm-required"),
            &[("mode", mode.as_str())],
        );
    }
    let result = match h {
        Ok(h) => provisioning::queue_deprovision(&r.state.db, &h, None, mode, Some(u.id)).await,
        Err(e) => Err(e),
    };
    queued(&back, result, "notice-hub-deprovision-queued")
}

/// A learner's own hub account, for their dashboard.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct MyHubView {
    pub hub_name: String,
    pub hub_url: String,
    pub hub_username: String,
    pub status: String,
    pub reason_key: String,
}

#[server(endpoint = "my_hub_status")]
pub async fn my_hub_status() -> Result<Option<MyHubView>, ServerFnError> {
    let (r, u) = require_user()?;
    Ok(overview::my_account(&r.state.db, &u)
        .await
        .map_err(err)?
        .map(|a| MyHubView {
            hub_name: a.hub_name,
            hub_url: a.hub_url,
            hub_username: a.hub_username.unwrap_or_default(),
            status: a.status,
            reason_key: a.error_key.unwrap_or_default(),
        }))
}

#[server(endpoint = "set_github_username")]
pub async fn set_github_username(
    #[server(default)] github_username: String,
) -> Result<(), ServerFnError> {
    let (r, u) = require_user()?;
    let result =
        domain::accounts::people::set_github_username(&r.state.db, u.id, &github_username).await;
    crate::server_ctx::wake_workers();
    finish(
        result,
        "/account",
        "notice-github-saved",
        "/account",
        &[("github_username", github_username.as_str())],
    )
}
