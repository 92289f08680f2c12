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
