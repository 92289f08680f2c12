//! Random tokens, their stored hashes and HMAC signatures. Tokens that travel in links or
//! cookies are stored only as SHA-256 hashes, so a database leak does not hand out sessions.
use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine};
use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::{Digest, Sha256};

/// 256 random bits, URL-safe.
pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

pub fn hash_token(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

pub fn sign(key: &[u8], message: &str) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(key).expect("HMAC takes any key length");
    mac.update(message.as_bytes());
    URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes())
}

/// Constant-time check of a signature made by [`sign`].
pub fn verify(key: &[u8], message: &str, signature: &str) -> bool {
    let Ok(sig) = URL_SAFE_NO_PAD.decode(signature) else {
        return false;
    };
    let mut mac = Hmac::<Sha256>::new_from_slice(key).expect("HMAC takes any key length");
    mac.update(message.as_bytes());
    mac.verify_slice(&sig).is_ok()
}

/// The CSRF token that forms must carry: the visitor's random CSRF cookie signed with the
/// server key (a signed double-submit cookie, which also defeats cookie tossing).
pub fn csrf_token(key: &[u8], cookie_value: &str) -> String {
    sign(key, &format!("csrf:{cookie_value}"))
}

pub fn csrf_valid(key: &[u8], cookie_value: &str, token: &str) -> bool {
    !cookie_value.is_empty() && verify(key, &format!("csrf:{cookie_value}"), token)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_random_and_hashes_stable() {
        let a = random_token();
        assert_ne!(a, random_token());
        assert_eq!(hash_token(&a), hash_token(&a));
        assert_ne!(hash_token(&a), a);
    }

    #[test]
    fn csrf_tokens_bind_to_cookie_and_key() {
        let t = csrf_token(b"key-one", "cookie");
        assert!(csrf_valid(b"key-one", "cookie", &t));
        assert!(!csrf_valid(b"key-two", "cookie", &t));
        assert!(!csrf_valid(b"key-one", "other", &t));
        assert!(!csrf_valid(b"key-one", "", &t));
        assert!(!csrf_valid(b"key-one", "cookie", "garbage!"));
    }
}
