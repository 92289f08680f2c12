//! The public partnership page, the application form and its thanks page, and the
//! organizers' review of applications.
use super::actions::*;
use crate::{
    components::*,
    ctx,
    i18n::{t, t_args},
};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

/// Who the Catalyst Project is for, what partners receive and how to apply: plain HTML, no
/// script, for phones on metered connections.
#[component]
pub fn PartnersPage() -> impl IntoView {
    view! {
        <Layout title="partners-title">
            <Notice/>
            <p class="lead">{t("partners-lead")}</p>
            <section aria-labelledby="p-who">
                <h2 id="p-who">{t("partners-who-title")}</h2>
                <p>{t("partners-who-body")}</p>
            </section>
            <section aria-labelledby="p-get">
                <h2 id="p-get">{t("partners-get-title")}</h2>
                <ul class="benefits">
                    <li><strong>{t("partners-get-hub")}</strong>" "{t("partners-get-hub-body")}</li>
                    <li><strong>{t("partners-get-training")}</strong>" "{t("partners-get-training-body")}</li>
                    <li><strong>{t("partners-get-cohort")}</strong>" "{t("partners-get-cohort-body")}</li>
                    <li><strong>{t("partners-get-teams")}</strong>" "{t("partners-get-teams-body")}</li>
                </ul>
            </section>
            <section aria-labelledby="p-how">
                <h2 id="p-how">{t("partners-how-title")}</h2>
                <ol class="steps">
                    <li>{t("partners-how-apply")}</li>
                    <li>{t("partners-how-review")}</li>
                    <li>{t("partners-how-setup")}</li>
                    <li>{t("partners-how-year")}</li>
                </ol>
                <p><a class="button" href="/partners/apply">{t("partners-apply-button")}</a></p>
            </section>
            <section aria-labelledby="p-list">
                <h2 id="p-list">{t("partners-list-title")}</h2>
                {load(public_partners(), |rows| match rows {
                    Ok(rows) if rows.is_empty() => view! { <p class="muted">{t("partners-list-empty")}</p> }.into_any(),
                    Ok(rows) => view! {
                        <ul class="partner-list">
                            {rows.into_iter().map(|p| view! {
                                <li>
                                    <strong>{p.name}</strong>" · "{p.country}
                                    {(!p.since.is_empty()).then(|| view! { <span class="meta">" · "{t_args("partners-since", &[("date", p.since.clone())])}</span> })}
                                </li>
                            }).collect_view()}
                        </ul>
                    }.into_any(),
                    Err(e) => error_view(e),
                })}
            </section>
        </Layout>
    }
}

#[component]
pub fn ApplyPage() -> impl IntoView {
    let flash = ctx::flash();
    let limited = flash.error.as_deref() == Some("error-application-rate-limited");
    view! {
        <Layout title="apply-title">
            <p class="lead">{t("apply-lead")}</p>
            <FormError/>
            {limited.then(|| view! { <p class="form-error" role="alert">{t("error-application-rate-limited")}</p> })}
            <form method="post" action="/api/apply_partner" class="card">
                <CsrfField/>
                <fieldset class="stacked">
                    <legend>{t("apply-institution-legend")}</legend>
                    <TextField name="institution" label="apply-institution" required=true autocomplete="organization"/>
                    <TextField name="country" label="apply-country" required=true autocomplete="country-name"/>
                    <TextField name="website" label="apply-website" kind="url" required=true hint="apply-website-hint"/>
                </fieldset>
                <fieldset class="stacked">
                    <legend>{t("apply-contact-legend")}</legend>
                    <TextField name="contact_name" label="apply-contact-name" required=true autocomplete="name"/>
                    <TextField name="contact_email" label="apply-contact-email" kind="email" required=true autocomplete="email"/>
                    <LocaleSelect name="locale" label="apply-language" selected=ctx::locale_code().to_owned()/>
                </fieldset>
                <fieldset class="stacked">
                    <legend>{t("apply-plans-legend")}</legend>
                    <TextArea name="research" label="apply-research" hint="apply-research-hint" required=true/>
                    <TextField name="expected_users" label="apply-users" kind="number" required=true/>
                    <TextArea name="open_science" label="apply-open-science" hint="apply-open-science-hint" required=true/>
                    <TextArea name="infrastructure" label="apply-infrastructure" hint="apply-infrastructure-hint"/>
                </fieldset>
                // Hidden from people (and from screen readers); bots fill it in.
                <div class="hp" aria-hidden="true">
                    <label for="f-homepage">{t("apply-honeypot")}</label>
                    <input id="f-homepage" name="homepage" type="text" tabindex="-1" autocomplete="off"/>
                </div>
                <button type="submit">{t("apply-submit")}</button>
            </form>
        </Layout>
    }
}

#[component]
pub fn ApplyThanksPage() -> impl IntoView {
    view! {
        <Layout title="apply-thanks-title">
            <Notice/>
            <p class="lead">{t("apply-thanks-body")}</p>
            <p><a href="/partners">{t("apply-thanks-back")}</a></p>
        </Layout>
    }
}

const STATUS_FILTERS: [&str; 6] = ["", "new", "in_review", "accepted", "declined", "withdrawn"];

#[component]
pub fn ApplicationsPage() -> impl IntoView {
    let status = use_query_map()
        .with_untracked(|q| q.get("status"))
        .unwrap_or_default();
    let current = status.clone();
    view! {
        <Layout title="applications-title">
            <Notice/>
            <nav class="filter-links" aria-label=t("applications-filter")>
                {STATUS_FILTERS.iter().map(|s| {
                    let href = if s.is_empty() { "/admin/partners".to_owned() } else { format!("/admin/partners?status={s}") };
                    let label = if s.is_empty() { t("applications-all") } else { t(&format!("application-status-{s}")) };
                    view! { <a href=href aria-current=(current == *s).then_some("page")>{label}</a>" " }
                }).collect_view()}
            </nav>
            {load(list_applications(Some(status)), |rows| match rows {
                Ok(rows) if rows.is_empty() => view! { <p class="muted">{t("applications-empty")}</p> }.into_any(),
                Ok(rows) => view! {
                    <table class="stack">
                        <thead><tr>
                            <th scope="col">{t("applications-col-institution")}</th>
                            <th scope="col">{t("applications-col-contact")}</th>
                            <th scope="col">{t("applications-col-status")}</th>
                            <th scope="col">{t("applications-col-received")}</th>
                        </tr></thead>
                        <tbody>
                            {rows.into_iter().map(|a| view! {
                                <tr>
                                    <td><a href=format!("/admin/partners/{}", a.id)>{a.institution}</a>" · "{a.country}</td>
                                    <td>{a.contact}</td>
                                    <td><span class=format!("badge application-{}", a.status)>{t(&format!("application-status-{}", a.status))}</span></td>
                                    <td>{a.received}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any(),
                Err(e) => error_view(e),
            })}
        </Layout>
    }
}

#[component]
pub fn ApplicationPage() -> impl IntoView {
    let id =
        use_params_map().with_untracked(|p| p.get("id").and_then(|i| i.parse().ok()).unwrap_or(0));
    view! {
        {load(load_application(id), |a| match a {
            Ok(a) => application_body(a),
            Err(e) => view! { <PageError title="not-found-title" message=server_error_key(e)/> }.into_any(),
        })}
    }
}

fn application_body(a: ApplicationView) -> AnyView {
    let flash = ctx::flash();
    let notes = Some(flash.value("notes"))
        .filter(|n| !n.is_empty())
        .unwrap_or(a.notes.clone());
    let message = flash.value("message");
    let field = |label: &'static str, value: String| view! { <dt>{t(label)}</dt><dd class="prewrap">{value}</dd> };
    view! {
        <Layout title="applications-title" heading=a.institution.clone()>
            <Notice/>
            <FormError/>
            <p><a href="/admin/partners">{t("applications-back")}</a>" · "
                <span class=format!("badge application-{}", a.status)>{t(&format!("application-status-{}", a.status))}</span>
                " · "{t_args("applications-received-on", &[("date", a.received.clone())])}</p>
            <dl class="details">
                {field("apply-country", a.country.clone())}
                <dt>{t("apply-website")}</dt><dd><a href=a.website.clone() rel="noopener noreferrer nofollow">{a.website.clone()}</a></dd>
                {field("apply-contact-name", a.contact_name.clone())}
                {field("apply-contact-email", a.contact_email.clone())}
                {field("apply-language", a.language.clone())}
                {field("apply-research", a.research.clone())}
                {field("apply-users", a.expected_users.to_string())}
                {field("apply-open-science", a.open_science.clone())}
                {field("apply-infrastructure", a.infrastructure.clone())}
                {a.decision_message.clone().map(|m| field("applications-decision-message", m))}
            </dl>
            {a.institution_id.map(|i| view! { <p><a href=format!("/admin/institutions/{i}")>{t("applications-institution-link")}</a></p> })}
            <form method="post" action="/api/update_application" class="card">
                <CsrfField/>
                <input type="hidden" name="id" value=a.id.to_string()/>
                <div class="field">
                    <label for="f-notes">{t("applications-notes")}</label>
                    <p class="hint" id="f-notes-hint">{t("applications-notes-hint")}</p>
                    <textarea id="f-notes" name="notes" rows="4" aria-describedby="f-notes-hint">{notes}</textarea>
                </div>
                {a.open.then(|| view! {
                    <div class="field">
                        <label for="f-status">{t("applications-col-status")}</label>
                        <select id="f-status" name="status">
                            {["new", "in_review", "withdrawn"].into_iter().map(|s| view! {
                                <option value=s selected=a.status == s>{t(&format!("application-status-{s}"))}</option>
                            }).collect_view()}
                        </select>
                    </div>
                })}
                {(!a.open).then(|| view! { <input type="hidden" name="status" value=a.status.clone()/> })}
                <button type="submit" class="secondary">{t("applications-save")}</button>
            </form>
            {a.open.then(|| view! {
                <section class="card" aria-labelledby="h-decide">
                    <h2 id="h-decide">{t("applications-decide")}</h2>
                    <form method="post" action="/api/decide_application">
                        <CsrfField/>
                        <input type="hidden" name="id" value=a.id.to_string()/>
                        <div class="field">
                            <label for="f-message">{t("applications-message")}</label>
                            <p class="hint" id="f-message-hint">{t_args("applications-message-hint", &[("language", a.language.clone())])}</p>
                            <textarea id="f-message" name="message" rows="5" aria-describedby="f-message-hint">{message}</textarea>
                        </div>
                        <fieldset>
                            <legend>{t("applications-year")}</legend>
                            <TextField name="start" label="applications-start" kind="date" value=a.default_start.clone()/>
                            <TextField name="end" label="applications-end" kind="date" value=a.default_end.clone()/>
                        </fieldset>
                        <button type="submit" name="decision" value="accept">{t("applications-accept")}</button>
                        " "
                        <button type="submit" name="decision" value="decline" class="secondary">{t("applications-decline")}</button>
                    </form>
                </section>
            })}
        </Layout>
    }
    .into_any()
}
