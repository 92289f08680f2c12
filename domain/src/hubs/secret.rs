//! Hub API tokens at rest: XChaCha20-Poly1305 with a key derived from the configured secret
//! key, a random nonce per token. The database alone never reveals a token; the plain token
//! exists only in memory while a request to the hub is made.
use chacha20poly1305::{
    aead::{Aead, KeyInit},
    XChaCha20Poly1305, XNonce,
};
use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::Sha256;

const PREFIX: &str = "v1:";

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

fn cipher(secret_key: &[u8]) -> XChaCha20Poly1305 {
    // A key of its own for this purpose, so the signing key is never used as a cipher key.
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(secret_key).expect("any key length");
    mac.update(b"catalyst-academy hub token encryption v1");
    let key = mac.finalize().into_bytes();
    XChaCha20Poly1305::new(&key)
}

pub fn encrypt(secret_key: &[u8], token: &HubToken) -> String {
    let mut nonce = [0u8; 24];
    rand::thread_rng().fill_bytes(&mut nonce);
    let sealed = cipher(secret_key)
        .encrypt(XNonce::from_slice(&nonce), token.0.as_bytes())
        .expect("encryption of a short token cannot fail");
    let mut out = nonce.to_vec();
    out.extend(sealed);
    format!(
        "{PREFIX}{}",
        base64::Engine::encode(&base64::engine::general_purpose::STANDARD, out)
    )
}

/// None when the stored value was not sealed with this key (the secret key changed).
pub fn decrypt(secret_key: &[u8], stored: &str) -> Option<HubToken> {
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
        .decrypt(XNonce::from_slice(nonce), sealed)
        .ok()?;
    String::from_utf8(plain).ok().map(HubToken)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_wrong_key() {
        let key = b"0123456789abcdef0123456789abcdef";
        let t = HubToken::new("s3cret-token-value");
        let stored = encrypt(key, &t);
        assert!(!stored.contains("s3cret"));
        assert_ne!(stored, encrypt(key, &t), "a fresh nonce each time");
        assert_eq!(decrypt(key, &stored), Some(t.clone()));
        assert_eq!(decrypt(b"another key another key another k", &stored), None);
        assert_eq!(decrypt(key, "v1:not base64"), None);
        assert_eq!(format!("{t:?}"), "HubToken([redacted])");
    }
}
