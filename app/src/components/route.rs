//! What a page reads from its address: path parameters, query values, and a value made safe
//! to put back into a path segment. Usable on the server and in the browser.
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

/// The path parameter `name` (`:slug`), or "".
pub fn param(name: &str) -> String {
    use_params_map().with_untracked(|p| p.get(name).unwrap_or_default())
}

/// The query value `name` (`?filter=`), or "".
pub fn query(name: &str) -> String {
    use_query_map().with_untracked(|q| q.get(name).unwrap_or_default())
}

/// The path parameter `id` as a number (0 when it is not one, which no row has).
pub fn param_id() -> i32 {
    param("id").parse().unwrap_or(0)
}

/// `s` percent-encoded for one path segment (a `/` inside it is encoded too).
pub fn segment(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_segment_cannot_climb_out_of_its_place() {
        assert_eq!(super::segment("../en"), "..%2Fen");
        assert_eq!(super::segment("main.ftl"), "main.ftl");
        assert_eq!(super::segment("a b"), "a%20b");
    }
}
