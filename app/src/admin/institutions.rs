use crate::{components::*, i18n::t};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
use crate::ctx::action::*;
#[cfg(feature = "ssr")]
use domain::accounts::institutions::{self, InstitutionForm};

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct InstitutionView {
    pub id: i32,
    pub name: String,
    pub country: String,
    pub start: String,
    pub end: String,
    pub start_iso: String,
    pub end_iso: String,
    pub members: u64,
}

#[server(endpoint = "list_institutions")]
pub async fn list_institutions() -> Result<Vec<InstitutionView>, ServerFnError> {
    let (r, u) = require_staff()?;
    let rows = institutions::list(&u, &r.state.db)
        .await
        .map_err(|e| ServerFnError::new(e.message_key()))?;
    let fmt = |d: Option<chrono::NaiveDate>| {
        d.map(|d| domain::i18n::format_date(&r.state.i18n, r.locale, d))
            .unwrap_or_default()
    };
    let iso = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
    Ok(rows
        .into_iter()
        .map(|row| {
            let i = row.institution;
            InstitutionView {
                id: i.id,
                start: fmt(i.partnership_start),
                end: fmt(i.partnership_end),
                start_iso: iso(i.partnership_start),
                end_iso: iso(i.partnership_end),
                name: i.name,
                country: i.country,
                members: row.members,
            }
        })
        .collect())
}

#[server(endpoint = "create_institution")]
pub async fn create_institution(
    #[server(default)] name: String,
    #[server(default)] country: String,
    #[server(default)] partnership_start: String,
    #[server(default)] partnership_end: String,
) -> Result<(), ServerFnError> {
    let (r, u) = require_staff()?;
    let form = InstitutionForm {
        name,
        country,
        partnership_start,
        partnership_end,
    };
    let values = [
        ("name", form.name.as_str()),
        ("country", form.country.as_str()),
        ("partnership_start", form.partnership_start.as_str()),
        ("partnership_end", form.partnership_end.as_str()),
    ];
    finish(
        institutions::create(&u, &r.state.db, &form).await,
        "/admin/institutions",
        "notice-institution-created",
        "/admin/institutions",
        &values,
    )
}

#[server(endpoint = "update_institution")]
pub async fn update_institution(
    #[server(default)] id: i32,
    #[server(default)] name: String,
    #[server(default)] country: String,
    #[server(default)] partnership_start: String,
    #[server(default)] partnership_end: String,
) -> Result<(), ServerFnError> {
    let (r, u) = require_staff()?;
    let form = InstitutionForm {
        name,
        country,
        partnership_start,
        partnership_end,
    };
    let values = [
        ("name", form.name.as_str()),
        ("country", form.country.as_str()),
        ("partnership_start", form.partnership_start.as_str()),
        ("partnership_end", form.partnership_end.as_str()),
    ];
    let back = format!("/admin/institutions/{id}");
    finish(
        institutions::update(&u, &r.state.db, id, &form).await,
        "/admin/institutions",
        "notice-institution-saved",
        &back,
        &values,
    )
}

/// The fields shared by the create and edit forms.
#[component]
fn InstitutionFields(#[prop(optional)] current: Option<InstitutionView>) -> impl IntoView {
    let c = current.unwrap_or(InstitutionView {
        id: 0,
        name: String::new(),
        country: String::new(),
        start: String::new(),
        end: String::new(),
        start_iso: String::new(),
        end_iso: String::new(),
        members: 0,
    });
    view! {
        <TextField name="name" label="field-institution-name" required=true value=c.name/>
        <TextField name="country" label="field-country" required=true value=c.country/>
        <div class="row">
            <TextField name="partnership_start" label="field-partnership-start" kind="date" value=c.start_iso/>
            <TextField name="partnership_end" label="field-partnership-end" kind="date" value=c.end_iso/>
        </div>
    }
}

#[component]
pub fn InstitutionsPage() -> impl IntoView {
    view! {
        <Layout title="admin-institutions">
            <Notice/>
            {load(list_institutions(), move |rows| view! {
                {match rows.clone() {
                    Ok(rows) if rows.is_empty() => view! { <p class="muted">{t("institutions-empty")}</p> }.into_any(),
                    Ok(rows) => view! {
                        <div class="table-wrap">
                        <table>
                            <thead><tr>
                                <th scope="col">{t("field-institution-name")}</th>
                                <th scope="col">{t("field-country")}</th>
                                <th scope="col">{t("field-partnership")}</th>
                                <th scope="col">{t("field-members")}</th>
                            </tr></thead>
                            <tbody>
                                {rows.into_iter().map(|i| view! {
                                    <tr>
                                        <td><a href=format!("/admin/institutions/{}", i.id)>{i.name}</a></td>
                                        <td>{i.country}</td>
                                        <td>{if i.start.is_empty() && i.end.is_empty() { String::new() } else { format!("{} – {}", i.start, i.end) }}</td>
                                        <td>{i.members}</td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                        </div>
                    }.into_any(),
                    Err(e) => error_view(e),
                }}
            })}
            <h2>{t("institutions-add")}</h2>
            <form method="post" action="/api/create_institution" class="card">
                <CsrfField/>
                <FormError/>
                <InstitutionFields/>
                <button type="submit">{t("institutions-add-submit")}</button>
            </form>
        </Layout>
    }
}

#[component]
pub fn EditInstitutionPage() -> impl IntoView {
    let id: i32 =
        use_params_map().with_untracked(|p| p.get("id").and_then(|s| s.parse().ok()).unwrap_or(0));
    view! {
        <Layout title="institutions-edit">
            {load(list_institutions(), move |rows| view! {
                {match rows.clone().map(|rows| rows.into_iter().find(|i| i.id == id)) {
                    Ok(Some(i)) => view! {
                        <form method="post" action="/api/update_institution" class="card">
                            <CsrfField/>
                            <input type="hidden" name="id" value=i.id/>
                            <FormError/>
                            <InstitutionFields current=i/>
                            <button type="submit">{t("save")}</button>
                        </form>
                    }.into_any(),
                    Ok(None) => view! { <p class="form-error">{t("error-not-found")}</p> }.into_any(),
                    Err(e) => error_view(e),
                }}
            })}
            <p><a href=format!("/partnership/{id}")>{t("institutions-partnership-link")}</a>" · "<a href="/admin/institutions">{t("back")}</a></p>
        </Layout>
    }
}
