use crate::{ctx, i18n::t};
use leptos::prelude::*;
use leptos_meta::Title;

/// The frame of every page: header with navigation and language switcher, the content, a
/// footer. `title` is a Fluent id.
#[component]
pub fn Layout(
    title: &'static str,
    /// A heading that is data rather than a message (a course's or lesson's title).
    #[prop(optional, into)]
    heading: Option<String>,
    children: Children,
) -> impl IntoView {
    let heading = heading.unwrap_or_else(|| t(title));
    view! {
        <Title text=heading.clone()/>
        <a class="skip" href="#main">{t("skip-to-content")}</a>
        <Header/>
        <main id="main" tabindex="-1">
            <h1>{heading}</h1>
            {children()}
        </main>
        <footer class="site-footer">
            <p>{t("footer-text")}</p>
        </footer>
    }
}

#[component]
fn Header() -> impl IntoView {
    let viewer = ctx::viewer();
    let nav = match &viewer {
        Some(v) => view! {
            <li><a href="/dashboard">{t("nav-dashboard")}</a></li>
            <li><a href="/cohorts">{t("nav-cohorts")}</a></li>
            {v.mentor.then(|| view! { <li><a href="/grading">{t("nav-grading")}</a></li> })}
            {v.partnership.map(|id| view! { <li><a href=format!("/partnership/{id}")>{t("nav-partnership")}</a></li> })}
            {v.translator.then(|| view! { <li><a href="/translate">{t("nav-translate")}</a></li> })}
            <li><a href="/account">{t("nav-account")}</a></li>
            {v.staff.then(|| view! { <li><a href="/admin">{t("nav-admin")}</a></li> })}
            <li>
                <form method="post" action="/api/sign_out" class="inline">
                    <super::CsrfField/>
                    <button type="submit" class="link">{t("nav-sign-out")}</button>
                </form>
            </li>
        }
        .into_any(),
        None => view! { <li><a href="/login">{t("nav-sign-in")}</a></li> }.into_any(),
    };
    view! {
        <header class="site-header">
            <a class="brand" href="/">"Catalyst Academy"</a>
            <nav aria-label=t("nav-label")>
                <ul>
                    <li><a href="/">{t("nav-home")}</a></li>
                    <li><a href="/courses">{t("nav-courses")}</a></li>
                    {viewer.is_none().then(|| view! { <li><a href="/partners">{t("nav-partners")}</a></li> })}
                    {nav}
                </ul>
            </nav>
            <LanguageSwitcher/>
        </header>
    }
}

/// Three buttons in one small form: works without JavaScript, and remembers the choice (in
/// the profile when signed in, in a cookie otherwise).
#[component]
fn LanguageSwitcher() -> impl IntoView {
    let current = ctx::locale_code();
    view! {
        <form method="post" action="/api/set_language" class="languages" aria-label=t("language-switcher-label")>
            <super::CsrfField/>
            <input type="hidden" name="back" value=ctx::current_path()/>
            {[("en", "English"), ("es", "Español"), ("pt", "Português")]
                .into_iter()
                .map(|(code, native)| {
                    view! {
                        <button type="submit" name="locale" value=code lang=code aria-current=(code == current).then_some("true")>
                            {native}
                        </button>
                    }
                })
                .collect_view()}
        </form>
    }
}

/// A page that says what went wrong (403, 404, ...), in the reader's language.
#[component]
pub fn PageError(title: &'static str, #[prop(into)] message: String) -> impl IntoView {
    view! {
        <Layout title=title>
            <p class="form-error">{t(&message)}</p>
            <p><a href="/">{t("back-home")}</a></p>
        </Layout>
    }
}
