//! Errors a service returns. User-facing ones carry a Fluent message id (and the form field
//! they concern) so every page can show them in the reader's language.
use sea_orm::DbErr;

#[derive(Debug, thiserror::Error)]
pub enum ServiceError {
    /// Bad input: `key` is a Fluent message id, `field` the form field it concerns.
    #[error("invalid input in {field}: {key}")]
    Invalid {
        field: &'static str,
        key: &'static str,
    },
    /// Bad input with details for the message (a line, a cell, a size).
    #[error("invalid input in {field}: {key} {args:?}")]
    InvalidDetail {
        field: &'static str,
        key: &'static str,
        args: Vec<(&'static str, String)>,
    },
    #[error("not found")]
    NotFound,
    #[error("forbidden")]
    Forbidden,
    #[error("not signed in")]
    Unauthenticated,
    #[error("too many attempts")]
    RateLimited,
    #[error("database error: {0}")]
    Db(#[from] DbErr),
    #[error("internal error: {0}")]
    Internal(String),
}

impl ServiceError {
    pub fn invalid(field: &'static str, key: &'static str) -> Self {
        ServiceError::Invalid { field, key }
    }

    pub fn detail(
        field: &'static str,
        key: &'static str,
        args: Vec<(&'static str, String)>,
    ) -> Self {
        ServiceError::InvalidDetail { field, key, args }
    }

    /// The field the error concerns, if it is about one.
    pub fn field(&self) -> Option<&'static str> {
        match self {
            ServiceError::Invalid { field, .. } | ServiceError::InvalidDetail { field, .. } => {
                Some(field)
            }
            _ => None,
        }
    }

    /// The arguments of the error's message.
    pub fn args(&self) -> Vec<(&'static str, String)> {
        match self {
            ServiceError::InvalidDetail { args, .. } => args.clone(),
            _ => vec![],
        }
    }

    /// The Fluent id of the message to show a person for this error.
    pub fn message_key(&self) -> &'static str {
        match self {
            ServiceError::Invalid { key, .. } | ServiceError::InvalidDetail { key, .. } => key,
            ServiceError::NotFound => "error-not-found",
            ServiceError::Forbidden => "error-forbidden",
            ServiceError::Unauthenticated => "error-sign-in-required",
            ServiceError::RateLimited => "error-rate-limited",
            ServiceError::Db(_) | ServiceError::Internal(_) => "error-internal",
        }
    }
}

pub type ServiceResult<T> = Result<T, ServiceError>;
