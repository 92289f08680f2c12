use crate::i18n::t;
use leptos::prelude::*;
use std::future::Future;

/// Awaits data on the server and renders it. Unlike `<Await>`, nothing is serialized into the
/// page for hydration: these parts of the page are never hydrated (only islands are), and a
/// lesson would otherwise be sent twice.
pub fn load<T, V>(
    future: impl Future<Output = T> + Send + 'static,
    render: impl FnOnce(T) -> V + Send + 'static,
) -> impl IntoView
where
    T: Send + 'static,
    V: IntoView + 'static,
{
    view! { <Suspense fallback=|| ()>{Suspend::new(async move { render(future.await) })}</Suspense> }
}

/// The Fluent id carried by a server function's error (see `ctx::action`).
pub fn server_error_key(e: ServerFnError) -> String {
    match e {
        ServerFnError::ServerError(k) => k,
        _ => "error-internal".into(),
    }
}

/// A loaded part of a page that failed: the reason, in the reader's language.
pub fn error_view(e: ServerFnError) -> AnyView {
    view! { <p class="form-error">{t(&server_error_key(e))}</p> }.into_any()
}
