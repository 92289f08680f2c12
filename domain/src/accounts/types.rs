use crate::{i18n::Locale, ServiceError};
use serde::{Deserialize, Serialize};

/// What a person may do here. A person may hold several roles.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
pub enum Role {
    Learner,
    Mentor,
    Translator,
    Organizer,
    Admin,
    /// Leads one partner institution's team: invites and follows its members only.
    PartnerLead,
}

impl Role {
    pub const ALL: [Role; 6] = [
        Role::Learner,
        Role::Mentor,
        Role::Translator,
        Role::Organizer,
        Role::Admin,
        Role::PartnerLead,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Learner => "learner",
            Role::Mentor => "mentor",
            Role::Translator => "translator",
            Role::Organizer => "organizer",
            Role::Admin => "admin",
            Role::PartnerLead => "partner_lead",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == s.trim())
    }
}

/// An email address as people type it, refused at the edge when it is not one, kept lowercase
/// so the same person is never two accounts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmailAddress(String);

impl EmailAddress {
    pub fn parse(s: &str) -> Result<EmailAddress, ServiceError> {
        let s = s.trim().to_lowercase();
        if s.is_empty() {
            return Err(ServiceError::invalid("email", "error-email-required"));
        }
        if s.len() > 254 || !email_address::EmailAddress::is_valid(&s) || !s.contains('@') {
            return Err(ServiceError::invalid("email", "error-email-invalid"));
        }
        Ok(EmailAddress(s))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The signed-in person, as every page and server function sees them.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct CurrentUser {
    pub id: i32,
    pub name: String,
    pub email: String,
    pub locale: Locale,
    pub roles: Vec<Role>,
    pub institution_id: Option<i32>,
}

impl CurrentUser {
    pub fn has(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }

    /// Admins may do everything; otherwise the role must be held.
    pub fn can(&self, role: Role) -> bool {
        self.has(Role::Admin) || self.has(role)
    }

    /// Organizers and admins run the platform: institutions, people and invitations.
    pub fn is_staff(&self) -> bool {
        self.can(Role::Organizer)
    }

    pub fn require_staff(&self) -> Result<(), ServiceError> {
        if self.is_staff() {
            Ok(())
        } else {
            Err(ServiceError::Forbidden)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_normalised_and_checked() {
        assert_eq!(
            EmailAddress::parse("  Ana@Example.ORG ").unwrap().as_str(),
            "ana@example.org"
        );
        assert!(matches!(
            EmailAddress::parse(""),
            Err(ServiceError::Invalid {
                key: "error-email-required",
                ..
            })
        ));
        assert!(matches!(
            EmailAddress::parse("ana"),
            Err(ServiceError::Invalid {
                key: "error-email-invalid",
                ..
            })
        ));
        assert!(EmailAddress::parse("ana@@x").is_err());
    }

    #[test]
    fn roles_round_trip() {
        for r in Role::ALL {
            assert_eq!(Role::parse(r.as_str()), Some(r));
        }
        assert_eq!(Role::parse("root"), None);
    }
}
