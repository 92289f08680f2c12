//! `t(id)` for components: the Fluent message with that id. Strings are looked up on the server, in the reader's
//! language; islands receive what they show as props, so no Fluent code ships to browsers.

#[cfg(feature = "ssr")]
pub fn t(id: &str) -> String {
    t_args(id, &[])
}

#[cfg(feature = "ssr")]
pub fn t_args(id: &str, args: &[(&str, String)]) -> String {
    use domain::i18n::Arg;
    let req = crate::server_ctx::req();
    // Numbers stay numbers so Fluent can pick the plural form.
    let args: Vec<(&str, Arg)> = args
        .iter()
        .map(|(k, v)| {
            (
                *k,
                v.parse::<i64>()
                    .map(Arg::from)
                    .unwrap_or_else(|_| Arg::from(v.as_str())),
            )
        })
        .collect();
    req.state.i18n.t(req.locale, id, &args)
}

#[cfg(not(feature = "ssr"))]
pub fn t(id: &str) -> String {
    id.to_owned()
}

#[cfg(not(feature = "ssr"))]
pub fn t_args(id: &str, _args: &[(&str, String)]) -> String {
    id.to_owned()
}
