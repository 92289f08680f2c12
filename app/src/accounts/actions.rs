//! Server functions behind the account forms. Each is a thin step: read the request context,
//! call a `domain::accounts` service, finish with a redirect (and a flash on error).
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
use crate::ctx::action::*;
#[cfg(feature = "ssr")]
use domain::accounts::{invitations, resets, sessions};

#[cfg(feature = "ssr")]
pub const SESSION_COOKIE: &str = "academy_session";
#[cfg(feature = "ssr")]
pub const LANG_COOKIE: &str = "academy_lang";

#[server(endpoint = "sign_in")]
pub async fn sign_in(
    #[server(default)] email: String,
    #[server(default)] password: String,
    #[server(default)] next: String,
) -> Result<(), ServerFnError> {
    let r = crate::server_ctx::req();
    let back = if next.is_empty() {
        "/login".to_owned()
    } else {
        format!("/login?next={}", urlencode(&next))
    };
    match sessions::sign_in(&r.state.db, &email, &password, &r.client_ip).await {
        Ok((token, user)) => {
            tracing::info!(user = user.id, "signed in");
            set_cookie(format!(
                "{SESSION_COOKIE}={token}; {}",
                cookie_attrs(&r, Some(sessions::SESSION_DAYS * 24 * 3600))
            ));
            // The person's own language wins from now on.
            set_cookie(format!(
                "{LANG_COOKIE}={}; {}",
                user.locale.code(),
                cookie_attrs(&r, Some(365 * 24 * 3600))
            ));
            let to = if next.is_empty() {
                "/"
            } else {
                safe_local_path(&next)
            };
            finish_ok(to, None)
        }
        Err(e) => finish_err(&back, e, &[("email", &email)]),
    }
}

#[server(endpoint = "sign_out")]
pub async fn sign_out() -> Result<(), ServerFnError> {
    let r = crate::server_ctx::req();
    if let Some(token) = &r.session_token {
        if let Err(e) = sessions::destroy(&r.state.db, token).await {
            return finish_err("/", e, &[]);
        }
    }
    set_cookie(format!("{SESSION_COOKIE}=; {}", cookie_attrs(&r, Some(0))));
    finish_ok("/", Some("notice-signed-out"))
}

#[server(endpoint = "set_language")]
pub async fn set_language(
    #[server(default)] locale: String,
    #[server(default)] back: String,
) -> Result<(), ServerFnError> {
    let r = crate::server_ctx::req();
    let Some(loc) = domain::i18n::Locale::parse(&locale) else {
        return finish_err(
            &back,
            domain::ServiceError::invalid("locale", "error-locale-invalid"),
            &[],
        );
    };
    if let Some(u) = &r.user {
        if let Err(e) = domain::accounts::people::set_locale(&r.state.db, u.id, loc).await {
            return finish_err(&back, e, &[]);
        }
    }
    set_cookie(format!(
        "{LANG_COOKIE}={}; {}",
        loc.code(),
        cookie_attrs(&r, Some(365 * 24 * 3600))
    ));
    finish_ok(if back.is_empty() { "/" } else { &back }, None)
}

/// What the invitation page shows about the invitation behind a link.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct InvitationDetails {
    pub email: String,
    pub role: String,
    pub locale: String,
}

#[server(endpoint = "invitation_info")]
pub async fn invitation_info(token: String) -> Result<InvitationDetails, ServerFnError> {
    let r = crate::server_ctx::req();
    match invitations::find_open(&r.state.db, &token).await {
        Ok(inv) => Ok(InvitationDetails {
            email: inv.email,
            role: inv.role,
            locale: inv.locale,
        }),
        Err(e) => {
            not_found();
            Err(ServerFnError::new(e.message_key()))
        }
    }
}

#[server(endpoint = "accept_invitation")]
pub async fn accept_invitation(
    #[server(default)] token: String,
    #[server(default)] name: String,
    #[server(default)] locale: String,
    #[server(default)] password: String,
    #[server(default)] confirm_password: String,
) -> Result<(), ServerFnError> {
    let r = crate::server_ctx::req();
    let form = invitations::AcceptForm {
        name: name.clone(),
        locale: locale.clone(),
        password,
        confirm_password,
    };
    match invitations::accept(&r.state.db, &token, &form).await {
        Ok(user_id) => {
            tracing::info!(user = user_id, "invitation accepted");
            finish_ok("/login", Some("notice-account-created"))
        }
        Err(e) => finish_err(
            &format!("/invitation/{}", urlencode(&token)),
            e,
            &[("name", &name), ("locale", &locale)],
        ),
    }
}

#[server(endpoint = "request_reset")]
pub async fn request_reset(#[server(default)] email: String) -> Result<(), ServerFnError> {
    let r = crate::server_ctx::req();
    // The same answer whether or not the address has an account.
    let result = resets::request(&r.state, &email, &r.client_ip).await;
    crate::server_ctx::wake_workers();
    finish(
        result,
        "/reset",
        "notice-reset-sent",
        "/reset",
        &[("email", &email)],
    )
}

#[server(endpoint = "reset_info")]
pub async fn reset_info(token: String) -> Result<(), ServerFnError> {
    let r = crate::server_ctx::req();
    match resets::find_open(&r.state.db, &token).await {
        Ok(_) => Ok(()),
        Err(e) => {
            not_found();
            Err(ServerFnError::new(e.message_key()))
        }
    }
}

#[server(endpoint = "reset_password")]
pub async fn reset_password(
    #[server(default)] token: String,
    #[server(default)] password: String,
    #[server(default)] confirm_password: String,
) -> Result<(), ServerFnError> {
    let r = crate::server_ctx::req();
    let back = format!("/reset/{}", urlencode(&token));
    finish(
        resets::complete(&r.state.db, &token, &password, &confirm_password).await,
        "/login",
        "notice-password-reset",
        &back,
        &[],
    )
}

#[server(endpoint = "change_password")]
pub async fn change_password(
    #[server(default)] current_password: String,
    #[server(default)] new_password: String,
    #[server(default)] confirm_password: String,
) -> Result<(), ServerFnError> {
    let (r, user) = require_user()?;
    match sessions::change_password(
        &r.state.db,
        &user,
        &current_password,
        &new_password,
        &confirm_password,
    )
    .await
    {
        Ok(token) => {
            // Every other session ended; this browser keeps going with a fresh one.
            set_cookie(format!(
                "{SESSION_COOKIE}={token}; {}",
                cookie_attrs(&r, Some(sessions::SESSION_DAYS * 24 * 3600))
            ));
            finish_ok("/account", Some("notice-password-changed"))
        }
        Err(e) => finish_err("/account", e, &[]),
    }
}
