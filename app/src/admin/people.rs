use crate::{components::*, i18n::t};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
use crate::ctx::action::*;

pub const ROLES: [&str; 5] = ["learner", "mentor", "translator", "organizer", "admin"];

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct PersonView {
    pub id: i32,
    pub name: String,
    pub email: String,
    pub roles: Vec<String>,
    pub institution: String,
    pub language: String,
}

#[server(endpoint = "list_people")]
pub async fn list_people() -> Result<Vec<PersonView>, ServerFnError> {
    let (r, u) = require_staff()?;
    let err = |e: domain::ServiceError| ServerFnError::new(e.message_key());
    let people = domain::accounts::people::list(&u, &r.state.db)
        .await
        .map_err(err)?;
    let names = domain::accounts::institutions::names(&r.state.db)
        .await
        .map_err(err)?;
    Ok(people
        .into_iter()
        .map(|p| PersonView {
            id: p.id,
            name: p.name,
            email: p.email,
            roles: p.roles.iter().map(|r| r.as_str().to_owned()).collect(),
            institution: p
                .institution_id
                .and_then(|id| names.iter().find(|(i, _)| *i == id))
                .map(|(_, n)| n.clone())
                .unwrap_or_default(),
            language: p.locale.native_name().to_owned(),
        })
        .collect())
}

/// One checkbox per role (plain form fields, so it works without JavaScript).
#[server(endpoint = "set_roles")]
pub async fn set_roles(
    #[server(default)] user_id: i32,
    #[server(default)] learner: String,
    #[server(default)] mentor: String,
    #[server(default)] translator: String,
    #[server(default)] organizer: String,
    #[server(default)] admin: String,
) -> Result<(), ServerFnError> {
    use domain::accounts::Role;
    let (r, u) = require_staff()?;
    let roles: Vec<Role> = [
        (Role::Learner, learner),
        (Role::Mentor, mentor),
        (Role::Translator, translator),
        (Role::Organizer, organizer),
        (Role::Admin, admin),
    ]
    .into_iter()
    .filter(|(_, v)| !v.is_empty())
    .map(|(r, _)| r)
    .collect();
    finish(
        domain::accounts::people::set_roles(&u, &r.state.db, user_id, &roles).await,
        "/admin/people",
        "notice-roles-saved",
        "/admin/people",
        &[],
    )
}

#[component]
pub fn PeoplePage() -> impl IntoView {
    view! {
        <Layout title="admin-people">
            <Notice/>
            <FormError/>
            <p><a class="button" href="/admin/invitations">{t("invitations-add")}</a></p>
            {load(list_people(), move |rows| view! {
                {match rows.clone() {
                    Ok(rows) => view! {
                        <div class="table-wrap">
                        <table>
                            <thead><tr>
                                <th scope="col">{t("field-name")}</th>
                                <th scope="col">{t("field-email")}</th>
                                <th scope="col">{t("field-institution")}</th>
                                <th scope="col">{t("field-language")}</th>
                                <th scope="col">{t("field-roles")}</th>
                            </tr></thead>
                            <tbody>
                                {rows.into_iter().map(|p| {
                                    let name = p.name.clone();
                                    view! {
                                        <tr>
                                            <td>{p.name}</td>
                                            <td>{p.email}</td>
                                            <td>{p.institution}</td>
                                            <td>{p.language}</td>
                                            <td>
                                                <form method="post" action="/api/set_roles" class="roles">
                                                    <CsrfField/>
                                                    <input type="hidden" name="user_id" value=p.id/>
                                                    <fieldset>
                                                        <legend class="visually-hidden">{format!("{} — {}", t("field-roles"), name)}</legend>
                                                        {ROLES.iter().map(|role| {
                                                            let id = format!("role-{}-{}", p.id, role);
                                                            let for_id = id.clone();
                                                            view! {
                                                                <label for=for_id class="check">
                                                                    <input type="checkbox" id=id name=*role value="on" checked=p.roles.iter().any(|r| r == role)/>
                                                                    {t(&format!("role-{role}"))}
                                                                </label>
                                                            }
                                                        }).collect_view()}
                                                    </fieldset>
                                                    <button type="submit" class="small">{t("save")}</button>
                                                </form>
                                            </td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                        </div>
                    }.into_any(),
                    Err(e) => error_view(e),
                }}
            })}
        </Layout>
    }
}
