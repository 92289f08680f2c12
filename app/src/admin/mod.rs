//! Staff pages (organizers and admins): partner institutions, people and invitations. The
//! hub pages live with their capability in `crate::hubs`.
pub mod institutions;
pub mod invitations;
pub mod people;

use crate::{components::*, i18n::t};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Overview {
    pub institutions: usize,
    pub people: usize,
    pub pending_invitations: usize,
    pub hubs: usize,
}

#[server(endpoint = "admin_overview")]
pub async fn admin_overview() -> Result<Overview, ServerFnError> {
    let (r, u) = crate::ctx::action::require_staff()?;
    let err = |e: domain::ServiceError| ServerFnError::new(e.message_key());
    let institutions = domain::accounts::institutions::list(&u, &r.state.db)
        .await
        .map_err(err)?
        .len();
    let people = domain::accounts::people::list(&u, &r.state.db)
        .await
        .map_err(err)?
        .len();
    let pending_invitations = domain::accounts::invitations::list(&r.state, &u)
        .await
        .map_err(err)?
        .iter()
        .filter(|i| {
            domain::accounts::invitations::InvitationStatus::of(i)
                == domain::accounts::invitations::InvitationStatus::Pending
        })
        .count();
    let hubs = domain::hubs::registry::list(&u, &r.state.db)
        .await
        .map_err(err)?
        .len();
    Ok(Overview {
        hubs,
        institutions,
        people,
        pending_invitations,
    })
}

#[component]
pub fn AdminHome() -> impl IntoView {
    view! {
        <Layout title="admin-title">
            {load(admin_overview(), move |o| view! {
                {match o.clone() {
                    Ok(o) => view! {
                        <ul class="cards">
                            <li><a href="/admin/institutions">{t("admin-institutions")}</a><span class="count">{o.institutions}</span></li>
                            <li><a href="/admin/cohorts">{t("admin-cohorts")}</a></li>
                            <li><a href="/admin/partners">{t("applications-title")}</a></li>
                            <li><a href="/admin/partnerships">{t("partnerships-title")}</a></li>
                            <li><a href="/admin/hubs">{t("admin-hubs")}</a><span class="count">{o.hubs}</span></li>
                            <li><a href="/admin/people">{t("admin-people")}</a><span class="count">{o.people}</span></li>
                            <li><a href="/admin/invitations">{t("admin-invitations")}</a><span class="count">{o.pending_invitations}</span></li>
                        </ul>
                    }.into_any(),
                    Err(e) => error_view(e),
                }}
            })}
        </Layout>
    }
}
