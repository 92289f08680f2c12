use crate::{ctx, i18n::t};
use leptos::prelude::*;

/// A password input with a "show" toggle, which matters on phone keyboards. The input works
/// without JavaScript; the toggle appears only once the island has hydrated.
#[component]
pub fn PasswordField(
    name: &'static str,
    label: &'static str,
    #[prop(default = "current-password")] autocomplete: &'static str,
    #[prop(optional)] hint: Option<&'static str>,
) -> impl IntoView {
    let error = ctx::flash().error_for(name);
    view! {
        <div class="field" class:has-error=error.is_some()>
            <label for=format!("f-{name}")>{t(label)}</label>
            {hint.map(|h| view! { <p class="hint" id=format!("f-{name}-hint")>{t(h)}</p> })}
            {error.clone().map(|e| view! { <p class="field-error" id=format!("f-{name}-error")>{t(&e)}</p> })}
            <PasswordInput
                name=name.to_owned()
                autocomplete=autocomplete.to_owned()
                invalid=error.is_some()
                described=error.as_ref().map(|_| format!("f-{name}-error")).or(hint.map(|_| format!("f-{name}-hint")))
                show_label=t("password-show")
            />
            <script type="module" src="/islands.js"></script>
        </div>
    }
}

#[island]
fn PasswordInput(
    name: String,
    autocomplete: String,
    invalid: bool,
    described: Option<String>,
    show_label: String,
) -> impl IntoView {
    let visible = RwSignal::new(false);
    let hydrated = RwSignal::new(false);
    // Effects run only in the browser: the toggle is revealed once it can work.
    Effect::new(move |_| hydrated.set(true));
    let id = format!("f-{name}");
    view! {
        <div class="password-row">
            <input
                id=id.clone()
                name=name
                type=move || if visible.get() { "text" } else { "password" }
                autocomplete=autocomplete
                required=true
                aria-invalid=invalid.then_some("true")
                aria-describedby=described
            />
            <button
                type="button"
                class="toggle"
                hidden=move || !hydrated.get()
                aria-controls=id
                aria-pressed=move || if visible.get() { "true" } else { "false" }
                on:click=move |_| visible.update(|v| *v = !*v)
            >
                // A toggle button keeps its label; aria-pressed says whether it is on.
                {show_label}
            </button>
        </div>
    }
}
