//! A one-time message carried across a redirect (post, redirect, get): a notice after success,
//! or an error with the form's values so nothing typed is lost. Kept in a signed cookie that
//! the next page view consumes. Passwords are never put in it.
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq)]
pub struct Flash {
    /// Fluent id of a success message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notice: Option<String>,
    /// Fluent id of an error message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// The form field the error is about.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// Arguments of the error's message (a line number, a size).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub args: BTreeMap<String, String>,
    /// What was typed, to fill the form again.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub values: BTreeMap<String, String>,
}

impl Flash {
    /// The error's arguments, as `t_args` takes them.
    pub fn error_args(&self) -> Vec<(&str, String)> {
        self.args
            .iter()
            .map(|(k, v)| (k.as_str(), v.clone()))
            .collect()
    }

    pub fn value(&self, field: &str) -> String {
        self.values.get(field).cloned().unwrap_or_default()
    }

    pub fn error_for(&self, field: &str) -> Option<String> {
        (self.field.as_deref() == Some(field))
            .then(|| self.error.clone())
            .flatten()
    }
}

pub const COOKIE: &str = "academy_flash";

#[cfg(feature = "ssr")]
pub mod codec {
    use super::Flash;
    use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine};

    pub fn encode(key: &[u8], flash: &Flash) -> String {
        let json = serde_json::to_string(flash).unwrap_or_default();
        let body = URL_SAFE_NO_PAD.encode(json);
        let sig = domain::security::sign(key, &format!("flash:{body}"));
        format!("{body}.{sig}")
    }

    pub fn decode(key: &[u8], value: &str) -> Option<Flash> {
        let (body, sig) = value.split_once('.')?;
        if !domain::security::verify(key, &format!("flash:{body}"), sig) {
            return None;
        }
        let json = URL_SAFE_NO_PAD.decode(body).ok()?;
        serde_json::from_slice(&json).ok()
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn round_trips_and_refuses_tampering() {
            let mut f = Flash {
                error: Some("error-email-invalid".into()),
                field: Some("email".into()),
                ..Default::default()
            };
            f.values.insert("email".into(), "ana@".into());
            let enc = encode(b"k", &f);
            assert_eq!(decode(b"k", &enc), Some(f));
            assert_eq!(decode(b"other", &enc), None);
            assert_eq!(decode(b"k", &enc.replace('.', "x.")), None);
        }
    }
}
