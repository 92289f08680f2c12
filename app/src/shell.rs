use crate::{
    accounts, admin, cohorts, components::PageError, courses, ctx, grading, home, hubs, partners,
    translation,
};
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, MetaTags, Stylesheet, Title};
use leptos_router::{
    components::{Route, Router, Routes},
    path, SsrMode,
};

/// The HTML document around every page. No hydration script here: an island adds its own
/// loader (see `components::password`), so pages without islands ship no JavaScript at all.
pub fn shell(_options: LeptosOptions) -> impl IntoView {
    view! {
        <!DOCTYPE html>
        <html lang=ctx::locale_code()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="color-scheme" content="light"/>
                <link rel="icon" href="/favicon.svg" type="image/svg+xml"/>
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    #[cfg(feature = "ssr")]
    if let Some(r) = crate::server_ctx::try_req() {
        provide_context(r);
        if let (Some(nonce), Some(res)) = (
            leptos::nonce::use_nonce(),
            use_context::<leptos_axum::ResponseOptions>(),
        ) {
            let csp = crate::ctx::content_security_policy(Some(&nonce.to_string()));
            if let Ok(v) = http::HeaderValue::from_str(&csp) {
                res.insert_header(http::header::CONTENT_SECURITY_POLICY, v);
            }
        }
    }
    view! {
        <Stylesheet id="stylesheet" href="/pkg/academy.css"/>
        <Title formatter=page_title/>
        <Router>
            <Routes fallback=|| view! { <NotFound/> }>
                <Route path=path!("/") view=home::HomePage ssr=SsrMode::Async/>
                <Route path=path!("/login") view=accounts::pages::SignInPage ssr=SsrMode::Async/>
                <Route path=path!("/invitation/:token") view=accounts::pages::AcceptInvitationPage ssr=SsrMode::Async/>
                <Route path=path!("/reset") view=accounts::pages::ResetRequestPage ssr=SsrMode::Async/>
                <Route path=path!("/reset/:token") view=accounts::pages::ResetPasswordPage ssr=SsrMode::Async/>
                <Route path=path!("/account") view=accounts::pages::AccountPage ssr=SsrMode::Async/>
                <Route path=path!("/courses") view=courses::pages::CatalogPage ssr=SsrMode::Async/>
                <Route path=path!("/courses/:slug") view=courses::pages::CoursePage ssr=SsrMode::Async/>
                <Route path=path!("/courses/:slug/:lesson") view=courses::pages::LessonPage ssr=SsrMode::Async/>
                <Route path=path!("/dashboard") view=courses::pages::DashboardPage ssr=SsrMode::Async/>
                <Route path=path!("/admin") view=admin::AdminHome ssr=SsrMode::Async/>
                <Route path=path!("/admin/institutions") view=admin::institutions::InstitutionsPage ssr=SsrMode::Async/>
                <Route path=path!("/admin/institutions/:id") view=admin::institutions::EditInstitutionPage ssr=SsrMode::Async/>
                <Route path=path!("/admin/hubs") view=hubs::pages::HubsPage ssr=SsrMode::Async/>
                <Route path=path!("/admin/hubs/:id") view=hubs::pages::HubPage ssr=SsrMode::Async/>
                <Route path=path!("/admin/cohorts") view=cohorts::pages::AdminCohortsPage ssr=SsrMode::Async/>
                <Route path=path!("/admin/cohorts/import/:id") view=cohorts::pages::ImportReviewPage ssr=SsrMode::Async/>
                <Route path=path!("/cohorts") view=cohorts::pages::CohortsPage ssr=SsrMode::Async/>
                <Route path=path!("/cohorts/:slug") view=cohorts::pages::CohortPage ssr=SsrMode::Async/>
                <Route path=path!("/cohorts/:slug/track") view=cohorts::pages::TrackPage ssr=SsrMode::Async/>
                <Route path=path!("/cohorts/:slug/dashboard") view=cohorts::pages::DashboardPage ssr=SsrMode::Async/>
                <Route path=path!("/cohorts/:slug/calls/:call") view=cohorts::pages::AttendancePage ssr=SsrMode::Async/>
                <Route path=path!("/cohorts/:slug/projects/:id") view=cohorts::pages::ProjectPage ssr=SsrMode::Async/>
                <Route path=path!("/grading") view=grading::pages::GradingQueuePage ssr=SsrMode::Async/>
                <Route path=path!("/grading/gradebook") view=grading::pages::GradebookPage ssr=SsrMode::Async/>
                <Route path=path!("/grading/:id") view=grading::pages::GradeWorkPage ssr=SsrMode::Async/>
                <Route path=path!("/partners") view=partners::pages::PartnersPage ssr=SsrMode::Async/>
                <Route path=path!("/partners/apply") view=partners::pages::ApplyPage ssr=SsrMode::Async/>
                <Route path=path!("/partners/thanks") view=partners::pages::ApplyThanksPage ssr=SsrMode::Async/>
                <Route path=path!("/admin/partners") view=partners::pages::ApplicationsPage ssr=SsrMode::Async/>
                <Route path=path!("/admin/partners/:id") view=partners::pages::ApplicationPage ssr=SsrMode::Async/>
                <Route path=path!("/admin/partnerships") view=partners::partnership_pages::PartnershipsPage ssr=SsrMode::Async/>
                <Route path=path!("/partnership/:id") view=partners::partnership_pages::PartnershipPage ssr=SsrMode::Async/>
                <Route path=path!("/partnership/:id/report") view=partners::partnership_pages::PartnershipReportPage ssr=SsrMode::Async/>
                <Route path=path!("/translate") view=translation::pages::TranslateHome ssr=SsrMode::Async/>
                <Route path=path!("/translate/:locale/strings/:file") view=translation::pages::MessagesPage ssr=SsrMode::Async/>
                <Route path=path!("/translate/:locale/strings/:file/:id") view=translation::pages::MessageEditorPage ssr=SsrMode::Async/>
                <Route path=path!("/translate/:locale/lessons") view=translation::pages::LessonsPage ssr=SsrMode::Async/>
                <Route path=path!("/translate/:locale/lessons/:course/:lesson") view=translation::pages::LessonEditorPage ssr=SsrMode::Async/>
                <Route path=path!("/admin/people") view=admin::people::PeoplePage ssr=SsrMode::Async/>
                <Route path=path!("/admin/invitations") view=admin::invitations::InvitationsPage ssr=SsrMode::Async/>
            </Routes>
        </Router>
    }
}

/// The document title. leptos_meta 0.8 writes the title's text into `<head>` without escaping
/// it, and page titles carry data (course, lesson, institution and people's names), so this,
/// the one place every title passes through, escapes it.
pub fn page_title(page: String) -> String {
    #[cfg(feature = "ssr")]
    let page = domain::text::escape_html(&page);
    format!("{page} · Catalyst Academy")
}

#[component]
fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    crate::ctx::action::not_found();
    view! { <PageError title="not-found-title" message="error-not-found"/> }
}

#[allow(unused_imports)]
use Title as _;
