//! The browser bundle. It only wakes the islands (`#[island]` components) the server rendered;
//! every other part of a page stays plain server-rendered HTML.

// Without this the islands defined in `app` are not linked into the wasm (measured: the build
// succeeds and ships no island at all).
#[allow(unused_imports, clippy::single_component_path_imports)]
use app;

#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    leptos::mount::hydrate_islands();
}
