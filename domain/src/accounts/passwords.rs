//! argon2id password hashing with OWASP's recommended parameters (19 MiB, 2 passes, 1 lane).
use crate::ServiceError;
use argon2::{
    password_hash::{rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString},
    Algorithm, Argon2, Params, Version,
};

pub const MIN_LENGTH: usize = 10;
pub const MAX_LENGTH: usize = 256;

fn argon2() -> Argon2<'static> {
    let params = Params::new(19 * 1024, 2, 1, None).expect("valid argon2 parameters");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// Refuses passwords that are too short or absurdly long, with the field they belong to.
pub fn check_policy(field: &'static str, password: &str) -> Result<(), ServiceError> {
    let n = password.chars().count();
    if n < MIN_LENGTH {
        return Err(ServiceError::invalid(field, "error-password-too-short"));
    }
    if n > MAX_LENGTH {
        return Err(ServiceError::invalid(field, "error-password-too-long"));
    }
    Ok(())
}

pub fn hash(password: &str) -> Result<String, ServiceError> {
    let salt = SaltString::generate(&mut OsRng);
    argon2()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| ServiceError::Internal(format!("argon2: {e}")))
}

pub fn verify(password: &str, stored: &str) -> bool {
    PasswordHash::new(stored)
        .map(|h| argon2().verify_password(password.as_bytes(), &h).is_ok())
        .unwrap_or(false)
}

/// At most this many argon2 computations run at once (each takes 19 MiB and a core for tens
/// of milliseconds): a burst of sign-ins queues here instead of starving the async workers
/// and the database pool.
fn argon2_permits() -> &'static tokio::sync::Semaphore {
    static PERMITS: std::sync::OnceLock<tokio::sync::Semaphore> = std::sync::OnceLock::new();
    PERMITS.get_or_init(|| {
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        tokio::sync::Semaphore::new(cores)
    })
}

/// `verify` on the blocking pool, behind the argon2 semaphore. Without a stored hash (no such
/// account) it verifies against the dummy hash, so both take the same time.
pub async fn verify_off_thread(password: &str, stored: Option<String>) -> bool {
    let Ok(_permit) = argon2_permits().acquire().await else {
        return false;
    };
    let password = password.to_owned();
    tokio::task::spawn_blocking(move || {
        let ok = verify(&password, stored.as_deref().unwrap_or(dummy_hash()));
        ok && stored.is_some()
    })
    .await
    .unwrap_or(false)
}

/// `hash` on the blocking pool, behind the argon2 semaphore.
pub async fn hash_off_thread(password: &str) -> Result<String, ServiceError> {
    let _permit = argon2_permits()
        .acquire()
        .await
        .map_err(|e| ServiceError::Internal(format!("argon2 permits: {e}")))?;
    let password = password.to_owned();
    tokio::task::spawn_blocking(move || hash(&password))
        .await
        .map_err(|e| ServiceError::Internal(format!("argon2 task: {e}")))?
}

/// A hash to verify against when the account does not exist, so that a wrong email and a
/// wrong password take the same time.
pub fn dummy_hash() -> &'static str {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DUMMY.get_or_init(|| hash("not-a-real-password-ever").expect("argon2 works"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_with_argon2id_and_verifies() {
        let h = hash("correct horse battery").unwrap();
        assert!(h.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{h}");
        assert!(verify("correct horse battery", &h));
        assert!(!verify("wrong horse battery", &h));
        assert!(!verify("x", "not a hash"));
    }

    #[test]
    fn policy_names_the_field() {
        assert!(matches!(
            check_policy("password", "short"),
            Err(ServiceError::Invalid {
                field: "password",
                key: "error-password-too-short"
            })
        ));
        assert!(check_policy("password", &"x".repeat(300)).is_err());
        assert!(check_policy("password", "long enough pass").is_ok());
    }
}
