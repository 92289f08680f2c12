//! Hub user names. The hub's single-user `POST /users/{name}` does not normalize names (it
//! would create "Alice" beside "alice"), so every name is normalized here before any call:
//! Unicode NFC, lowercase, accents removed, spaces and other separators turned into `-`.
use crate::entities::user;
use unicode_normalization::{char::is_combining_mark, UnicodeNormalization};

/// How a person's hub user name is derived. It must equal what the hub's authenticator
/// returns at sign-in, or the person would get a second, empty account.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UsernameScheme {
    /// The whole email address (CILogon, email-domain login).
    Email,
    /// The part before the `@`.
    EmailLocal,
    /// The person's GitHub username (GitHub OAuth).
    Github,
    /// Made by the platform from the person's name.
    Platform,
}

impl UsernameScheme {
    pub const ALL: [UsernameScheme; 4] = [
        UsernameScheme::Email,
        UsernameScheme::EmailLocal,
        UsernameScheme::Github,
        UsernameScheme::Platform,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            UsernameScheme::Email => "email",
            UsernameScheme::EmailLocal => "email-local",
            UsernameScheme::Github => "github",
            UsernameScheme::Platform => "platform",
        }
    }

    pub fn parse(s: &str) -> Option<UsernameScheme> {
        Self::ALL.into_iter().find(|k| k.as_str() == s.trim())
    }

    /// The scheme that matches a hub's authenticator class, when we recognise it.
    pub fn for_authenticator(class: &str) -> Option<UsernameScheme> {
        let c = class.to_lowercase();
        if c.contains("github") {
            Some(UsernameScheme::Github)
        } else if c.contains("cilogon")
            || c.contains("google")
            || c.contains("azuread")
            || c.contains("generic")
            || c.contains("auth0")
        {
            Some(UsernameScheme::Email)
        } else {
            None
        }
    }
}

/// A name as JupyterHub expects it: NFC, lowercase, without accents, no spaces. Letters of
/// other scripts stay (the hub accepts them). None when nothing usable is left.
pub fn normalize(raw: &str) -> Option<String> {
    let mut out = String::with_capacity(raw.len());
    let folded: String = raw.nfd().filter(|c| !is_combining_mark(*c)).collect();
    for c in folded.nfc().flat_map(char::to_lowercase) {
        let c = match c {
            'ø' => 'o',
            'đ' | 'ð' => 'd',
            'ł' => 'l',
            'ß' => {
                out.push_str("ss");
                continue;
            }
            'æ' => {
                out.push_str("ae");
                continue;
            }
            'œ' => {
                out.push_str("oe");
                continue;
            }
            c => c,
        };
        if c == '.' && out.ends_with('.') {
            // The hub refuses `..` in a name.
            continue;
        }
        if c.is_alphanumeric() || matches!(c, '.' | '_' | '@' | '+') {
            out.push(c);
        } else if !out.ends_with('-') {
            // Spaces, slashes and other separators become a single dash.
            out.push('-');
        }
    }
    let trimmed: String = out
        .trim_matches(|c| matches!(c, '-' | '.' | '_'))
        .chars()
        .take(100)
        .collect();
    let trimmed = trimmed.trim_end_matches(['-', '.', '_']).to_owned();
    (!trimmed.is_empty()).then_some(trimmed)
}

/// The name a person should have on a hub with this scheme, before collisions are resolved.
/// Err is the Fluent id of the reason there is none.
pub fn base_name(scheme: UsernameScheme, person: &user::Model) -> Result<String, &'static str> {
    let raw = match scheme {
        UsernameScheme::Email => person.email.clone(),
        UsernameScheme::EmailLocal => person
            .email
            .split('@')
            .next()
            .unwrap_or_default()
            .to_owned(),
        // Only a verified username: a typed one could be someone else's, and would take
        // their name on the hub (and their hub account at their first GitHub sign-in).
        UsernameScheme::Github => match person.github_username.as_deref().map(str::trim) {
            Some(g) if !g.is_empty() && person.github_verified_at.is_some() => g.to_owned(),
            _ => return Err("hub-error-no-github"),
        },
        UsernameScheme::Platform => person.name.clone(),
    };
    normalize(&raw).ok_or("hub-error-no-username")
}

/// Names a hub keeps for itself or its operators: never given to a person, whatever the
/// scheme, so a learner called "Admin" cannot be matched to the hub's administrator.
pub const RESERVED: [&str; 16] = [
    "admin",
    "administrator",
    "root",
    "hub",
    "jupyter",
    "jupyterhub",
    "jovyan",
    "system",
    "sysadmin",
    "superuser",
    "nobody",
    "daemon",
    "service",
    "api",
    "user",
    "www",
];

pub fn is_reserved(name: &str) -> bool {
    RESERVED.contains(&name)
}

/// The name a person gets on a hub: the scheme's name, after the hub's prefix when the
/// platform chooses it (other schemes must equal what the hub's authenticator returns), and
/// never a reserved name.
pub fn hub_name(
    scheme: UsernameScheme,
    prefix: &str,
    person: &user::Model,
) -> Result<String, &'static str> {
    let base = base_name(scheme, person)?;
    let name = match scheme {
        UsernameScheme::Platform => format!("{prefix}{base}"),
        _ => base,
    };
    if is_reserved(&name) {
        return Err("hub-error-reserved-name");
    }
    Ok(name)
}

/// When two people map to the same name on one hub, the one provisioned first keeps it and
/// the other gets their platform id appended: stable, whatever order later runs take.
pub fn with_suffix(base: &str, user_id: i32) -> String {
    format!("{base}-{user_id}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_lowercased_and_lose_accents_and_spaces() {
        assert_eq!(normalize("Alice").as_deref(), Some("alice"));
        assert_eq!(
            normalize("María José Núñez").as_deref(),
            Some("maria-jose-nunez")
        );
        assert_eq!(
            normalize("  João   Gonçalves ").as_deref(),
            Some("joao-goncalves")
        );
        assert_eq!(
            normalize("Ørsted Straße").as_deref(),
            Some("orsted-strasse")
        );
        assert_eq!(
            normalize("ana.souza+lab@Exemplo.org").as_deref(),
            Some("ana.souza+lab@exemplo.org")
        );
        assert_eq!(normalize("a/../b").as_deref(), Some("a-.-b"));
        assert_eq!(
            normalize("Ngozi Okonjo-Iweala").as_deref(),
            Some("ngozi-okonjo-iweala")
        );
        assert_eq!(normalize(" - ").as_deref(), None);
        assert_eq!(normalize("🙂").as_deref(), None);
    }

    #[test]
    fn composed_and_decomposed_accents_give_one_name() {
        let composed = "Jos\u{e9}";
        let decomposed = "Jose\u{301}";
        assert_eq!(normalize(composed), normalize(decomposed));
        assert_eq!(normalize(composed).as_deref(), Some("jose"));
    }

    #[test]
    fn each_scheme_picks_its_source() {
        let p = user::Model {
            id: 7,
            email: "ana.souza@fiocruz.example".into(),
            name: "Ana Souza".into(),
            locale: "pt".into(),
            password_hash: String::new(),
            institution_id: None,
            active: true,
            github_username: Some("AnaSouza-Lab".into()),
            github_verified_at: Some(chrono::Utc::now()),
            timezone: None,
            created_at: chrono::Utc::now(),
            last_sign_in_at: None,
        };
        assert_eq!(
            base_name(UsernameScheme::Email, &p).unwrap(),
            "ana.souza@fiocruz.example"
        );
        assert_eq!(
            base_name(UsernameScheme::EmailLocal, &p).unwrap(),
            "ana.souza"
        );
        assert_eq!(
            base_name(UsernameScheme::Github, &p).unwrap(),
            "anasouza-lab"
        );
        assert_eq!(
            base_name(UsernameScheme::Platform, &p).unwrap(),
            "ana-souza"
        );
        // A username the person only typed names no hub user.
        let unverified = user::Model {
            github_verified_at: None,
            ..p.clone()
        };
        assert_eq!(
            base_name(UsernameScheme::Github, &unverified),
            Err("hub-error-no-github")
        );
        let no_github = user::Model {
            github_username: None,
            ..p
        };
        assert_eq!(
            base_name(UsernameScheme::Github, &no_github),
            Err("hub-error-no-github")
        );
        assert_eq!(with_suffix("ana-souza", 7), "ana-souza-7");
        assert_eq!(
            hub_name(UsernameScheme::Platform, "academy-", &no_github).unwrap(),
            "academy-ana-souza"
        );
        assert_eq!(
            hub_name(UsernameScheme::EmailLocal, "academy-", &no_github).unwrap(),
            "ana.souza",
            "the prefix is for platform names only"
        );
        let admin = user::Model {
            name: "Admin".into(),
            email: "root@partner.example".into(),
            ..no_github
        };
        assert_eq!(
            hub_name(UsernameScheme::Platform, "", &admin),
            Err("hub-error-reserved-name")
        );
        assert_eq!(
            hub_name(UsernameScheme::EmailLocal, "", &admin),
            Err("hub-error-reserved-name")
        );
        assert_eq!(
            hub_name(UsernameScheme::Platform, "academy-", &admin).unwrap(),
            "academy-admin"
        );
    }

    #[test]
    fn authenticators_suggest_a_scheme() {
        assert_eq!(
            UsernameScheme::for_authenticator("oauthenticator.github.GitHubOAuthenticator"),
            Some(UsernameScheme::Github)
        );
        assert_eq!(
            UsernameScheme::for_authenticator("oauthenticator.cilogon.CILogonOAuthenticator"),
            Some(UsernameScheme::Email)
        );
        assert_eq!(
            UsernameScheme::for_authenticator("jupyterhub.auth.DummyAuthenticator"),
            None
        );
    }
}
