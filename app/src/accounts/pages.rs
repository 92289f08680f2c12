use super::actions::{invitation_info, reset_info};
use crate::{
    components::*,
    i18n::{t, t_args},
};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn SignInPage() -> impl IntoView {
    let next = use_query_map().with_untracked(|q| q.get("next").unwrap_or_default());
    view! {
        <Layout title="sign-in-title">
            <Notice/>
            <form method="post" action="/api/sign_in" class="card narrow">
                <CsrfField/>
                <input type="hidden" name="next" value=next/>
                <FormError/>
                <TextField name="email" label="field-email" kind="email" required=true autocomplete="username"/>
                <PasswordField name="password" label="field-password"/>
                <button type="submit">{t("sign-in-submit")}</button>
                <p><a href="/reset">{t("sign-in-forgot")}</a></p>
            </form>
            <p class="muted">{t("home-invitation-only")}</p>
        </Layout>
    }
}

#[component]
pub fn AcceptInvitationPage() -> impl IntoView {
    let token = use_params_map().with_untracked(|p| p.get("token").unwrap_or_default());
    let info = invitation_info(token.clone());
    view! {
        <Layout title="invitation-title">
            {load(info, move |info| view! {
                {match info.clone() {
                    Ok(info) => view! {
                        <p class="lead">{t_args("invitation-intro", &[("email", info.email.clone()), ("role", t(&format!("role-{}", info.role)))])}</p>
                        <form method="post" action="/api/accept_invitation" class="card narrow">
                            <CsrfField/>
                            <input type="hidden" name="token" value=token.clone()/>
                            <FormError/>
                            <TextField name="name" label="field-name" required=true autocomplete="name"/>
                            <LocaleSelect name="locale" label="field-language" selected=info.locale.clone()/>
                            <PasswordField name="password" label="field-new-password" autocomplete="new-password" hint="password-hint"/>
                            <PasswordField name="confirm_password" label="field-confirm-password" autocomplete="new-password"/>
                            <button type="submit">{t("invitation-submit")}</button>
                        </form>
                    }.into_any(),
                    Err(e) => error_view(e),
                }}
            })}
        </Layout>
    }
}

#[component]
pub fn ResetRequestPage() -> impl IntoView {
    view! {
        <Layout title="reset-title">
            <Notice/>
            <p>{t("reset-intro")}</p>
            <form method="post" action="/api/request_reset" class="card narrow">
                <CsrfField/>
                <FormError/>
                <TextField name="email" label="field-email" kind="email" required=true autocomplete="username"/>
                <button type="submit">{t("reset-submit")}</button>
            </form>
        </Layout>
    }
}

#[component]
pub fn ResetPasswordPage() -> impl IntoView {
    let token = use_params_map().with_untracked(|p| p.get("token").unwrap_or_default());
    let check = reset_info(token.clone());
    view! {
        <Layout title="reset-new-title">
            {load(check, move |ok| view! {
                {match ok.clone() {
                    Ok(()) => view! {
                        <form method="post" action="/api/reset_password" class="card narrow">
                            <CsrfField/>
                            <input type="hidden" name="token" value=token.clone()/>
                            <FormError/>
                            <PasswordField name="password" label="field-new-password" autocomplete="new-password" hint="password-hint"/>
                            <PasswordField name="confirm_password" label="field-confirm-password" autocomplete="new-password"/>
                            <button type="submit">{t("reset-new-submit")}</button>
                        </form>
                    }.into_any(),
                    Err(e) => view! {
                        <p class="form-error">{t(&server_error_key(e))}</p>
                        <p><a href="/reset">{t("reset-again")}</a></p>
                    }.into_any(),
                }}
            })}
        </Layout>
    }
}

#[component]
pub fn AccountPage() -> impl IntoView {
    let me = account_summary();
    view! {
        <Layout title="account-title">
            <Notice/>
            {load(me, move |me| view! {
                {match me.clone() {
                    Ok(me) => view! {
                        <dl class="facts">
                            <dt>{t("field-name")}</dt><dd>{me.name.clone()}</dd>
                            <dt>{t("field-email")}</dt><dd>{me.email.clone()}</dd>
                            <dt>{t("field-roles")}</dt>
                            <dd>{me.roles.iter().map(|r| t(&format!("role-{r}"))).collect::<Vec<_>>().join(", ")}</dd>
                            <dt>{t("field-member-since")}</dt><dd>{me.since.clone()}</dd>
                        </dl>
                        <h2 id="github">{t("account-github")}</h2>
                        <form method="post" action="/api/set_github_username" class="card narrow">
                            <CsrfField/>
                            <TextField name="github_username" label="field-github-username" value=me.github.clone() autocomplete="username" hint="github-hint"/>
                            {(!me.github.is_empty()).then(|| view! {
                                <p class="hint" id="github-status">{t(if me.github_verified { "github-verified" } else { "github-unverified" })}</p>
                            })}
                            <button type="submit">{t("save")}</button>
                        </form>
                        <h2>{t("account-change-password")}</h2>
                        <form method="post" action="/api/change_password" class="card narrow">
                            <CsrfField/>
                            <FormError/>
                            <PasswordField name="current_password" label="field-current-password"/>
                            <PasswordField name="new_password" label="field-new-password" autocomplete="new-password" hint="password-hint"/>
                            <PasswordField name="confirm_password" label="field-confirm-password" autocomplete="new-password"/>
                            <button type="submit">{t("account-change-password-submit")}</button>
                        </form>
                    }.into_any(),
                    Err(e) => error_view(e),
                }}
            })}
        </Layout>
    }
}

#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct AccountFacts {
    pub name: String,
    pub email: String,
    pub roles: Vec<String>,
    pub since: String,
    pub github: String,
    pub github_verified: bool,
}

#[server(endpoint = "account_summary")]
pub async fn account_summary() -> Result<AccountFacts, ServerFnError> {
    let (r, u) = crate::ctx::action::require_user()?;
    let since = domain::accounts::people::member_since(&r.state.db, u.id)
        .await
        .map_err(|e| ServerFnError::new(e.message_key()))?;
    Ok(AccountFacts {
        name: u.name.clone(),
        email: u.email.clone(),
        roles: u.roles.iter().map(|r| r.as_str().to_owned()).collect(),
        since: domain::i18n::format_date(&r.state.i18n, r.locale, since.date_naive()),
        github: domain::accounts::people::github_username(&r.state.db, u.id)
            .await
            .map_err(|e| ServerFnError::new(e.message_key()))?
            .unwrap_or_default(),
        github_verified: domain::accounts::github::github_verified(&r.state.db, u.id)
            .await
            .map_err(|e| ServerFnError::new(e.message_key()))?,
    })
}
