//! The learner's hub account on their dashboard: pending, ready with a link, or failed with
//! a reason in their language.
use super::actions::my_hub_status;
use crate::{
    components::load,
    i18n::{t, t_args},
};
use leptos::prelude::*;

#[component]
pub fn HubAccountCard() -> impl IntoView {
    load(my_hub_status(), move |mine| {
        mine.ok().flatten().map(|m| {
            let body = match m.status.as_str() {
                "ready" => view! {
                    <p>{t_args("hub-card-ready", &[("hub", m.hub_name.clone()), ("username", m.hub_username.clone())])}</p>
                    <p><a class="button" href=m.hub_url.clone()>{t("hub-card-open")}</a></p>
                }
                .into_any(),
                "failed" => view! {
                    <p>{t_args("hub-card-failed", &[("hub", m.hub_name.clone())])}</p>
                    <p class="form-error">{t(if m.reason_key.is_empty() { "hub-error-server" } else { &m.reason_key })}</p>
                    {(m.reason_key == "hub-error-no-github").then(|| view! { <p><a href="/account#github">{t("hub-card-add-github")}</a></p> })}
                }
                .into_any(),
                "conflict" => view! { <p>{t_args("hub-card-conflict", &[("hub", m.hub_name.clone())])}</p> }.into_any(),
                "removed" | "suspended" | "removing" => view! { <p>{t_args("hub-card-removed", &[("hub", m.hub_name.clone())])}</p> }.into_any(),
                _ => view! { <p>{t_args("hub-card-pending", &[("hub", m.hub_name.clone())])}</p> }.into_any(),
            };
            view! {
                <section class=format!("card hub-card hub-card-{}", m.status) aria-labelledby="h-hub">
                    <h2 id="h-hub">{t("hub-card-title")}</h2>
                    {body}
                </section>
            }
        })
    })
}
