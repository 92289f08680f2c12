use crate::{
    ctx,
    i18n::{t, t_args},
};
use leptos::prelude::*;

/// The hidden CSRF token every state-changing form carries.
#[component]
pub fn CsrfField() -> impl IntoView {
    view! { <input type="hidden" name="csrf" value=ctx::csrf_token()/> }
}

/// A labelled input whose value and error come back from the flash after a failed post.
#[component]
pub fn TextField(
    name: &'static str,
    label: &'static str,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional, into)] value: Option<String>,
    #[prop(optional)] required: bool,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional)] hint: Option<&'static str>,
) -> impl IntoView {
    let flash = ctx::flash();
    let error = flash.error_for(name);
    let typed = flash.values.get(name).cloned();
    let value = typed.or(value).unwrap_or_default();
    let id = format!("f-{name}");
    let err_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let described = match (error.is_some(), hint.is_some()) {
        (true, true) => Some(format!("{err_id} {hint_id}")),
        (true, false) => Some(err_id.clone()),
        (false, true) => Some(hint_id.clone()),
        _ => None,
    };
    view! {
        <div class="field" class:has-error=error.is_some()>
            <label for=id.clone()>{t(label)}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{t(h)}</p> })}
            <FieldError id=err_id message=error.clone()/>
            <input
                id=id
                name=name
                type=kind
                value=value
                required=required
                autocomplete=autocomplete
                aria-invalid=error.as_ref().map(|_| "true")
                aria-describedby=described
            />
        </div>
    }
}

/// A labelled multi-line field, like [`TextField`]: typed text and error come back from the
/// flash after a failed post.
#[component]
pub fn TextArea(
    name: &'static str,
    label: &'static str,
    #[prop(optional)] required: bool,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(default = 5)] rows: u32,
) -> impl IntoView {
    let flash = ctx::flash();
    let error = flash.error_for(name);
    let value = flash.values.get(name).cloned().unwrap_or_default();
    let id = format!("f-{name}");
    let err_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let described = [
        error.as_ref().map(|_| err_id.clone()),
        hint.map(|_| hint_id.clone()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    view! {
        <div class="field" class:has-error=error.is_some()>
            <label for=id.clone()>{t(label)}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{t(h)}</p> })}
            <FieldError id=err_id message=error.clone()/>
            <textarea
                id=id
                name=name
                rows=rows
                required=required
                aria-invalid=error.as_ref().map(|_| "true")
                aria-describedby=(!described.is_empty()).then_some(described)
            >{value}</textarea>
        </div>
    }
}

#[component]
pub fn FieldError(id: String, message: Option<String>) -> impl IntoView {
    let args = ctx::flash();
    message.map(|m| view! { <p class="field-error" id=id>{t_args(&m, &args.error_args())}</p> })
}

/// The flash error that is not about one field, shown at the top of a form.
#[component]
pub fn FormError() -> impl IntoView {
    let f = ctx::flash();
    f.error
        .clone()
        .filter(|_| f.field.is_none())
        .map(|e| view! { <p class="form-error" role="alert">{t_args(&e, &f.error_args())}</p> })
}

/// The flash notice after a successful action.
#[component]
pub fn Notice() -> impl IntoView {
    ctx::flash()
        .notice
        .map(|n| view! { <p class="notice" role="status">{t(&n)}</p> })
}

/// A select of the three languages, each named in its own language.
#[component]
pub fn LocaleSelect(
    name: &'static str,
    label: &'static str,
    #[prop(into)] selected: String,
) -> impl IntoView {
    let selected = Some(ctx::flash().value(name))
        .filter(|v| !v.is_empty())
        .unwrap_or(selected);
    let id = format!("f-{name}");
    view! {
        <div class="field">
            <label for=id.clone()>{t(label)}</label>
            <select id=id name=name>
                {[("en", "English"), ("es", "Español"), ("pt", "Português")]
                    .into_iter()
                    .map(|(code, native)| {
                        view! { <option value=code selected=selected == code lang=code>{native}</option> }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}
