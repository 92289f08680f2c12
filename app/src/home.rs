use crate::{
    components::{Layout, Notice},
    ctx,
    i18n::{t, t_args},
};
use leptos::prelude::*;

/// The front page: what Catalyst Academy is, and where to go next.
#[component]
pub fn HomePage() -> impl IntoView {
    let viewer = ctx::viewer();
    view! {
        <Layout title="home-title">
            <Notice/>
            {match viewer {
                Some(v) => view! {
                    <p class="lead">{t_args("home-welcome-back", &[("name", v.name.clone())])}</p>
                    <ul class="cards">
                        <li><a href="/account">{t("nav-account")}</a></li>
                        {v.staff.then(|| view! { <li><a href="/admin">{t("nav-admin")}</a></li> })}
                    </ul>
                }.into_any(),
                None => view! {
                    <p class="lead">{t("home-intro")}</p>
                    <p>{t("home-invitation-only")}</p>
                    <p><a class="button" href="/login">{t("nav-sign-in")}</a></p>
                }.into_any(),
            }}
            <section class="about">
                <h2>{t("home-about-title")}</h2>
                <p>{t("home-about-body")}</p>
            </section>
        </Layout>
    }
}
