use super::people::ROLES;
use crate::{components::*, ctx, i18n::t};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
use crate::ctx::action::*;
#[cfg(feature = "ssr")]
use domain::accounts::invitations;

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct InvitationView {
    pub id: i32,
    pub email: String,
    pub role: String,
    pub institution: String,
    pub status: String,
    pub pending: bool,
    pub accepted: bool,
    pub expires: String,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct InvitationsData {
    pub invitations: Vec<InvitationView>,
    pub institutions: Vec<(i32, String)>,
}

#[server(endpoint = "list_invitations")]
pub async fn list_invitations() -> Result<InvitationsData, ServerFnError> {
    let (r, u) = require_staff()?;
    let err = |e: domain::ServiceError| ServerFnError::new(e.message_key());
    let rows = invitations::list(&r.state, &u).await.map_err(err)?;
    let names = domain::accounts::institutions::names(&r.state.db)
        .await
        .map_err(err)?;
    Ok(InvitationsData {
        invitations: rows
            .into_iter()
            .map(|i| {
                let status = invitations::InvitationStatus::of(&i);
                InvitationView {
                    id: i.id,
                    institution: i
                        .institution_id
                        .and_then(|id| names.iter().find(|(n, _)| *n == id))
                        .map(|(_, n)| n.clone())
                        .unwrap_or_default(),
                    email: i.email,
                    role: i.role,
                    pending: status == invitations::InvitationStatus::Pending,
                    accepted: status == invitations::InvitationStatus::Accepted,
                    status: status.key().to_owned(),
                    expires: domain::i18n::format_date(
                        &r.state.i18n,
                        r.locale,
                        i.expires_at.date_naive(),
                    ),
                }
            })
            .collect(),
        institutions: names,
    })
}

#[server(endpoint = "invite")]
pub async fn invite(
    #[server(default)] email: String,
    #[server(default)] role: String,
    #[server(default)] institution_id: String,
    #[server(default)] locale: String,
) -> Result<(), ServerFnError> {
    let (r, u) = require_staff()?;
    let form = invitations::InviteForm {
        email,
        role,
        institution_id,
        locale,
    };
    let result = invitations::invite(&r.state, &u, &form).await;
    if result.is_ok() {
        crate::server_ctx::wake_workers();
    }
    let values = [
        ("email", form.email.as_str()),
        ("role", form.role.as_str()),
        ("institution_id", form.institution_id.as_str()),
        ("locale", form.locale.as_str()),
    ];
    finish(
        result,
        "/admin/invitations",
        "notice-invitation-sent",
        "/admin/invitations",
        &values,
    )
}

#[server(endpoint = "resend_invitation")]
pub async fn resend_invitation(#[server(default)] id: i32) -> Result<(), ServerFnError> {
    let (r, u) = require_staff()?;
    let result = invitations::resend(&r.state, &u, id).await;
    crate::server_ctx::wake_workers();
    finish(
        result,
        "/admin/invitations",
        "notice-invitation-sent",
        "/admin/invitations",
        &[],
    )
}

#[server(endpoint = "revoke_invitation")]
pub async fn revoke_invitation(#[server(default)] id: i32) -> Result<(), ServerFnError> {
    let (r, u) = require_staff()?;
    finish(
        invitations::revoke(&r.state, &u, id).await,
        "/admin/invitations",
        "notice-invitation-revoked",
        "/admin/invitations",
        &[],
    )
}

#[component]
pub fn InvitationsPage() -> impl IntoView {
    let flash = ctx::flash();
    let chosen_role = Some(flash.value("role"))
        .filter(|v| !v.is_empty())
        .unwrap_or_else(|| "learner".into());
    let chosen_inst = flash.value("institution_id");
    view! {
        <Layout title="admin-invitations">
            <Notice/>
            {load(list_invitations(), move |data| view! {
                {match data.clone() {
                    Ok(data) => {
                        let role = chosen_role.clone();
                        let inst = chosen_inst.clone();
                        view! {
                        <h2>{t("invitations-add")}</h2>
                        <form method="post" action="/api/invite" class="card">
                            <CsrfField/>
                            <FormError/>
                            <TextField name="email" label="field-email" kind="email" required=true/>
                            <div class="row">
                                <div class="field">
                                    <label for="f-role">{t("field-role")}</label>
                                    <select id="f-role" name="role">
                                        {ROLES.iter().map(|r| view! { <option value=*r selected=role == *r>{t(&format!("role-{r}"))}</option> }).collect_view()}
                                    </select>
                                </div>
                                <div class="field">
                                    <label for="f-institution_id">{t("field-institution")}</label>
                                    <select id="f-institution_id" name="institution_id">
                                        <option value="">{t("institution-none")}</option>
                                        {data.institutions.iter().map(|(id, name)| view! { <option value=*id selected=inst == id.to_string()>{name.clone()}</option> }).collect_view()}
                                    </select>
                                </div>
                                <LocaleSelect name="locale" label="field-language" selected=ctx::locale_code()/>
                            </div>
                            <button type="submit">{t("invitations-add-submit")}</button>
                        </form>
                        <h2>{t("invitations-list")}</h2>
                        <div class="table-wrap">
                        <table>
                            <thead><tr>
                                <th scope="col">{t("field-email")}</th>
                                <th scope="col">{t("field-role")}</th>
                                <th scope="col">{t("field-institution")}</th>
                                <th scope="col">{t("field-status")}</th>
                                <th scope="col">{t("field-expires")}</th>
                                <th scope="col">{t("field-actions")}</th>
                            </tr></thead>
                            <tbody>
                                {data.invitations.into_iter().map(|i| view! {
                                    <tr>
                                        <td>{i.email.clone()}</td>
                                        <td>{t(&format!("role-{}", i.role))}</td>
                                        <td>{i.institution}</td>
                                        <td><span class=format!("status {}", i.status)>{t(&i.status)}</span></td>
                                        <td>{i.expires}</td>
                                        <td class="actions">
                                            {(!i.accepted).then(|| view! {
                                                <form method="post" action="/api/resend_invitation" class="inline">
                                                    <CsrfField/>
                                                    <input type="hidden" name="id" value=i.id/>
                                                    <button type="submit" class="small" aria-label=format!("{} {}", t("invitations-resend"), i.email)>{t("invitations-resend")}</button>
                                                </form>
                                            })}
                                            {i.pending.then(|| view! {
                                                <form method="post" action="/api/revoke_invitation" class="inline">
                                                    <CsrfField/>
                                                    <input type="hidden" name="id" value=i.id/>
                                                    <button type="submit" class="small danger" aria-label=format!("{} {}", t("invitations-revoke"), i.email)>{t("invitations-revoke")}</button>
                                                </form>
                                            })}
                                        </td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                        </div>
                    }.into_any()},
                    Err(e) => error_view(e),
                }}
            })}
        </Layout>
    }
}
