use crate::i18n::t_args;
use leptos::prelude::*;

/// A bar and its label, "40 % done". Widths come from classes (`p0`..`p100` in steps of 5)
/// because the content security policy allows no inline styles.
pub fn progress_bar(percent: u32) -> impl IntoView {
    let percent = percent.min(100);
    let label = t_args("progress-percent", &[("percent", percent.to_string())]);
    view! {
        <div class="progress" role="img" aria-label=label.clone()>
            <div class=format!("bar p{}", (percent / 5) * 5)></div>
        </div>
        <p class="progress-label">{label}</p>
    }
}
