//! Pending claims on the cohort page: people who typed a GitHub username the cohort's files
//! name. Its organizers see who claimed which handle (and the roles it carries) and when, and
//! confirm or reject; nothing is linked before that.
use crate::{components::*, i18n::t};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
use crate::ctx::action::*;

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct ClaimV {
    pub id: i32,
    pub name: String,
    pub email: String,
    pub handle: String,
    pub roles: Vec<String>,
    pub when: String,
}

/// The cohort's pending claims for the overview; empty for people who do not manage it.
#[cfg(feature = "ssr")]
pub async fn claim_views(
    r: &crate::server_ctx::RequestCtx,
    a: &domain::cohorts::access::CohortAccess,
) -> Vec<ClaimV> {
    if !a.manages() {
        return vec![];
    }
    match domain::cohorts::claims::pending(&r.state.db, a).await {
        Ok(list) => list
            .into_iter()
            .map(|c| ClaimV {
                id: c.id,
                name: c.name,
                email: c.email,
                handle: c.handle,
                roles: c.roles,
                when: domain::i18n::format_date(&r.state.i18n, r.locale, c.created_at.date_naive()),
            })
            .collect(),
        Err(e) => {
            tracing::warn!(error = %e, "could not list cohort claims");
            vec![]
        }
    }
}

/// An organizer confirms or rejects a claim (`decision`: confirm | reject).
#[server(endpoint = "decide_cohort_claim")]
pub async fn decide_cohort_claim(
    #[server(default)] slug: String,
    #[server(default)] claim: i32,
    #[server(default)] decision: String,
) -> Result<(), ServerFnError> {
    use domain::cohorts::claims::{self, Decision};
    let (r, u) = require_user()?;
    let back = format!("/cohorts/{slug}#claims");
    let result = match Decision::parse(&decision) {
        Some(d) => claims::decide(&r.state.db, &u, &slug, claim, d).await,
        None => Err(domain::ServiceError::invalid(
            "decision",
            "error-claim-decision",
        )),
    };
    crate::server_ctx::wake_workers();
    let notice = match Decision::parse(&decision) {
        Some(Decision::Confirm) => "notice-claim-confirmed",
        _ => "notice-claim-rejected",
    };
    finish(result, &back, notice, &back, &[])
}

/// The list with a confirm and a reject button per claim (plain forms: work without JS).
pub fn claims_view(slug: String, claims: Vec<ClaimV>) -> impl IntoView {
    view! {
        <h2 id="claims">{t("cohort-claims")}</h2>
        {if claims.is_empty() {
            view! { <p class="muted">{t("cohort-claims-none")}</p> }.into_any()
        } else {
            view! {
                <p>{t("cohort-claims-hint")}</p>
                <ul class="claims">
                    {claims.into_iter().map(|c| {
                        let roles = c.roles.iter().map(|r| t(&format!("cohort-role-{r}"))).collect::<Vec<_>>().join(", ");
                        view! {
                            <li class="card">
                                <p>
                                    <strong>{c.name.clone()}</strong>" ("{c.email.clone()}") · "
                                    <code>{c.handle.clone()}</code>" · "{roles}" · "{c.when.clone()}
                                </p>
                                <div class="button-row">
                                    {[("confirm", "cohort-claim-confirm", ""), ("reject", "cohort-claim-reject", "secondary")].into_iter().map(|(d, label, class)| view! {
                                        <form method="post" action="/api/decide_cohort_claim">
                                            <CsrfField/>
                                            <input type="hidden" name="slug" value=slug.clone()/>
                                            <input type="hidden" name="claim" value=c.id/>
                                            <input type="hidden" name="decision" value=d/>
                                            <button type="submit" class=class aria-label=format!("{}: {}", t(label), c.handle)>{t(label)}</button>
                                        </form>
                                    }).collect_view()}
                                </div>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }.into_any()
        }}
    }
}
