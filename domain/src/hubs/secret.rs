//! Hub API tokens at rest: XChaCha20-Poly1305 with a key derived from the configured secret
//! key, a random nonce per token, and the hub's id and origin as associated data. The
//! database alone never reveals a token; the plain token exists only in memory while a
//! request to the hub is made; and a token sealed for one hub and origin does not open for
//! another, so changing a hub's address in the database (or through a form that forgot to
//! ask for the token again) cannot send the token somewhere new.
//!
//! `v1:` tokens (sealed before the binding existed) are never opened: they could have been
//! moved to another address already, so the organizer enters the token again (the hub page
//! says so).
use chacha20poly1305::{
    aead::{Aead, KeyInit, Payload},
    XChaCha20Poly1305, XNonce,
};
use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::Sha256;

const PREFIX: &str = "v2:";

/// A hub API token in memory. Its `Debug` never prints it, so it cannot end up in a log.
#[derive(Clone, PartialEq, Eq)]
pub struct HubToken(String);

impl HubToken {
    pub fn new(s: impl Into<String>) -> Self {
        HubToken(s.into())
    }
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for HubToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("HubToken([redacted])")
    }
}

/// What a sealed token is bound to: the hub's id and the origin (scheme, host, port) of its
/// address.
pub fn binding(hub_id: i32, base_url: &str) -> Vec<u8> {
    let origin = url::Url::parse(base_url)
        .map(|u| u.origin().ascii_serialization())
        .unwrap_or_default();
    format!("catalyst-academy hub {hub_id} {origin}").into_bytes()
}

fn cipher(secret_key: &[u8]) -> XChaCha20Poly1305 {
    // A key of its own for this purpose, so the signing key is never used as a cipher key.
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(secret_key).expect("any key length");
    mac.update(b"catalyst-academy hub token encryption v1");
    let key = mac.finalize().into_bytes();
    XChaCha20Poly1305::new(&key)
}

pub fn encrypt(secret_key: &[u8], token: &HubToken, aad: &[u8]) -> String {
    let mut nonce = [0u8; 24];
    rand::thread_rng().fill_bytes(&mut nonce);
    let sealed = cipher(secret_key)
        .encrypt(
            XNonce::from_slice(&nonce),
            Payload {
                msg: token.0.as_bytes(),
                aad,
            },
        )
        .expect("encryption of a short token cannot fail");
    let mut out = nonce.to_vec();
    out.extend(sealed);
    format!(
        "{PREFIX}{}",
        base64::Engine::encode(&base64::engine::general_purpose::STANDARD, out)
    )
}

/// None when the stored value was not sealed with this key for this binding (the secret key
/// changed, the address moved to another origin, or it is an old `v1:` token).
pub fn decrypt(secret_key: &[u8], stored: &str, aad: &[u8]) -> Option<HubToken> {
    let raw = base64::Engine::decode(
        &base64::engine::general_purpose::STANDARD,
        stored.strip_prefix(PREFIX)?,
    )
    .ok()?;
    if raw.len() < 24 {
        return None;
    }
    let (nonce, sealed) = raw.split_at(24);
    let plain = cipher(secret_key)
        .decrypt(XNonce::from_slice(nonce), Payload { msg: sealed, aad })
        .ok()?;
    String::from_utf8(plain).ok().map(HubToken)
}

/// Whether the stored value can be opened at all (for the hub page's "enter it again").
pub fn opens(secret_key: &[u8], stored: &str, aad: &[u8]) -> bool {
    decrypt(secret_key, stored, aad).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_wrong_key() {
        let key = b"0123456789abcdef0123456789abcdef";
        let aad = binding(3, "https://hub.example.org/hub");
        let t = HubToken::new("s3cret-token-value");
        let stored = encrypt(key, &t, &aad);
        assert!(!stored.contains("s3cret"));
        assert_ne!(stored, encrypt(key, &t, &aad), "a fresh nonce each time");
        assert_eq!(decrypt(key, &stored, &aad), Some(t.clone()));
        assert_eq!(
            decrypt(b"another key another key another k", &stored, &aad),
            None
        );
        assert_eq!(decrypt(key, "v2:not base64", &aad), None);
        assert_eq!(format!("{t:?}"), "HubToken([redacted])");
    }

    #[test]
    fn a_token_opens_only_for_its_hub_and_origin() {
        let key = b"0123456789abcdef0123456789abcdef";
        let t = HubToken::new("s3cret-token-value");
        let stored = encrypt(key, &t, &binding(3, "https://hub.example.org/hub"));
        // Another path on the same origin is the same server.
        assert!(opens(key, &stored, &binding(3, "https://hub.example.org/")));
        for (id, url) in [
            (3, "https://attacker.example/hub"),
            (3, "http://hub.example.org/hub"),
            (3, "https://hub.example.org:8443/hub"),
            (4, "https://hub.example.org/hub"),
        ] {
            assert!(!opens(key, &stored, &binding(id, url)), "{id} {url}");
        }
        // A token sealed before the binding existed is not opened.
        let v1 = stored.replacen("v2:", "v1:", 1);
        assert!(!opens(key, &v1, &binding(3, "https://hub.example.org/hub")));
    }
}
