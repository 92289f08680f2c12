//! Typed configuration from an optional `academy.toml` overlaid by `ACADEMY_*` environment
//! variables (and `DATABASE_URL`). An invalid value is refused at start with the setting's name.
use crate::i18n::Locale;
use serde::Deserialize;
use std::{net::SocketAddr, path::PathBuf};

#[derive(Clone, Debug)]
pub struct Config {
    pub bind: SocketAddr,
    pub base_url: url::Url,
    pub data_dir: PathBuf,
    pub database_url: String,
    pub secret_key: SecretKey,
    pub default_locale: Locale,
    pub locales_dir: PathBuf,
    pub content_dir: PathBuf,
    pub smtp: Option<SmtpConfig>,
    pub mail_from: String,
    pub jobs: JobSettings,
    /// Which addresses registered hubs may have (`ACADEMY_HUB_NETWORK`).
    pub hub_network: crate::hubs::network::HubNetwork,
}

/// How background workers run: how many jobs at once per server instance, how long a claimed
/// job is theirs before another instance may take it over, and the first retry delay.
#[derive(Clone, Copy, Debug)]
pub struct JobSettings {
    pub workers: usize,
    pub lease: std::time::Duration,
    pub retry_base: std::time::Duration,
    /// How often an idle worker looks for jobs queued by other processes.
    pub poll: std::time::Duration,
}

impl Default for JobSettings {
    fn default() -> Self {
        JobSettings {
            workers: 4,
            lease: std::time::Duration::from_secs(300),
            retry_base: std::time::Duration::from_secs(5),
            poll: std::time::Duration::from_secs(5),
        }
    }
}

#[derive(Clone)]
pub struct SmtpConfig {
    pub host: String,
    pub port: u16,
    pub username: Option<String>,
    pub password: Option<String>,
    /// `none` (plain, for a local relay), `starttls` or `tls`.
    pub security: SmtpSecurity,
}

impl std::fmt::Debug for SmtpConfig {
    // The password is never printed, not even in a debug dump of the configuration.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SmtpConfig")
            .field("host", &self.host)
            .field("port", &self.port)
            .field("username", &self.username)
            .field("password", &self.password.as_ref().map(|_| "[redacted]"))
            .field("security", &self.security)
            .finish()
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SmtpSecurity {
    None,
    StartTls,
    Tls,
}

/// The key that signs CSRF tokens and derives other secrets. Never printed.
#[derive(Clone)]
pub struct SecretKey(pub Vec<u8>);

impl std::fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SecretKey([redacted])")
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("invalid setting {setting}: {reason}")]
    Invalid {
        setting: &'static str,
        reason: String,
    },
    #[error("cannot read {path}: {reason}")]
    File { path: String, reason: String },
}

/// What `academy.toml` may hold; every field optional, environment variables win.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileConfig {
    bind: Option<String>,
    base_url: Option<String>,
    data_dir: Option<String>,
    database_url: Option<String>,
    secret_key: Option<String>,
    default_locale: Option<String>,
    locales_dir: Option<String>,
    content_dir: Option<String>,
    mail_from: Option<String>,
    smtp_host: Option<String>,
    smtp_port: Option<String>,
    smtp_username: Option<String>,
    smtp_password: Option<String>,
    smtp_security: Option<String>,
    job_workers: Option<String>,
    job_lease_seconds: Option<String>,
    job_retry_base_ms: Option<String>,
    job_poll_ms: Option<String>,
    hub_network: Option<String>,
}

impl Config {
    /// Loads `academy.toml` (or the file named by `ACADEMY_CONFIG`) when present, then the
    /// environment.
    pub fn load() -> Result<Config, ConfigError> {
        let path = std::env::var("ACADEMY_CONFIG").unwrap_or_else(|_| "academy.toml".into());
        let file = match std::fs::read_to_string(&path) {
            Ok(text) => toml::from_str::<FileConfig>(&text).map_err(|e| ConfigError::File {
                path: path.clone(),
                reason: e.to_string(),
            })?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => FileConfig::default(),
            Err(e) => {
                return Err(ConfigError::File {
                    path,
                    reason: e.to_string(),
                })
            }
        };
        Self::from_sources(file, |k| std::env::var(k).ok())
    }

    /// Builds a configuration from explicit key/value pairs (tests, tools).
    pub fn from_pairs(pairs: &[(&str, &str)]) -> Result<Config, ConfigError> {
        let map: std::collections::HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Self::from_sources(FileConfig::default(), |k| map.get(k).cloned())
    }

    fn from_sources(
        file: FileConfig,
        env: impl Fn(&str) -> Option<String>,
    ) -> Result<Config, ConfigError> {
        let pick = |env_key: &str, file_val: &Option<String>| {
            env(env_key)
                .filter(|v| !v.is_empty())
                .or_else(|| file_val.clone())
        };
        let bind_s = pick("ACADEMY_BIND", &file.bind).unwrap_or_else(|| "127.0.0.1:3000".into());
        let bind: SocketAddr = bind_s.parse().map_err(|_| ConfigError::Invalid {
            setting: "ACADEMY_BIND",
            reason: format!("{bind_s:?} is not an address such as 127.0.0.1:3000"),
        })?;
        let base_s =
            pick("ACADEMY_BASE_URL", &file.base_url).unwrap_or_else(|| format!("http://{bind}"));
        let base_url = url::Url::parse(&base_s)
            .ok()
            .filter(|u| matches!(u.scheme(), "http" | "https"))
            .ok_or_else(|| ConfigError::Invalid {
                setting: "ACADEMY_BASE_URL",
                reason: format!("{base_s:?} is not an http(s) URL"),
            })?;
        let data_dir = PathBuf::from(
            pick("ACADEMY_DATA_DIR", &file.data_dir).unwrap_or_else(|| "data".into()),
        );
        let database_url = pick("DATABASE_URL", &file.database_url).unwrap_or_else(|| {
            format!(
                "sqlite://{}?mode=rwc",
                data_dir.join("academy.db").display()
            )
        });
        if !(database_url.starts_with("sqlite:") || database_url.starts_with("postgres")) {
            return Err(ConfigError::Invalid {
                setting: "DATABASE_URL",
                reason: "must start with sqlite: or postgres://".into(),
            });
        }
        let secret_key = match pick("ACADEMY_SECRET_KEY", &file.secret_key) {
            Some(s) if s.len() >= 32 => SecretKey(s.into_bytes()),
            Some(_) => {
                return Err(ConfigError::Invalid {
                    setting: "ACADEMY_SECRET_KEY",
                    reason: "must be at least 32 characters".into(),
                })
            }
            None => SecretKey(load_or_create_key(&data_dir)?),
        };
        let default_locale = match pick("ACADEMY_DEFAULT_LOCALE", &file.default_locale) {
            None => Locale::En,
            Some(s) => Locale::parse(&s).ok_or_else(|| ConfigError::Invalid {
                setting: "ACADEMY_DEFAULT_LOCALE",
                reason: format!("{s:?} is not one of en, es, pt"),
            })?,
        };
        let locales_dir = PathBuf::from(
            pick("ACADEMY_LOCALES_DIR", &file.locales_dir).unwrap_or_else(|| "locales".into()),
        );
        let content_dir = PathBuf::from(
            pick("ACADEMY_CONTENT_DIR", &file.content_dir).unwrap_or_else(|| "content".into()),
        );
        let mail_from = pick("ACADEMY_MAIL_FROM", &file.mail_from)
            .unwrap_or_else(|| "Catalyst Academy <academy@localhost>".into());
        if mail_from.parse::<lettre::message::Mailbox>().is_err() {
            return Err(ConfigError::Invalid {
                setting: "ACADEMY_MAIL_FROM",
                reason: format!("{mail_from:?} is not a mailbox such as Name <a@b.org>"),
            });
        }
        let smtp = match pick("ACADEMY_SMTP_HOST", &file.smtp_host) {
            None => None,
            Some(host) => {
                let security = match pick("ACADEMY_SMTP_SECURITY", &file.smtp_security).as_deref() {
                    None | Some("starttls") => SmtpSecurity::StartTls,
                    Some("tls") => SmtpSecurity::Tls,
                    Some("none") => SmtpSecurity::None,
                    Some(other) => {
                        return Err(ConfigError::Invalid {
                            setting: "ACADEMY_SMTP_SECURITY",
                            reason: format!("{other:?} is not one of none, starttls, tls"),
                        })
                    }
                };
                let default_port = match security {
                    SmtpSecurity::None => 25,
                    SmtpSecurity::StartTls => 587,
                    SmtpSecurity::Tls => 465,
                };
                let port = match pick("ACADEMY_SMTP_PORT", &file.smtp_port) {
                    None => default_port,
                    Some(p) => p.parse().map_err(|_| ConfigError::Invalid {
                        setting: "ACADEMY_SMTP_PORT",
                        reason: format!("{p:?} is not a port number"),
                    })?,
                };
                Some(SmtpConfig {
                    host,
                    port,
                    username: pick("ACADEMY_SMTP_USERNAME", &file.smtp_username),
                    password: pick("ACADEMY_SMTP_PASSWORD", &file.smtp_password),
                    security,
                })
            }
        };
        let number = |setting: &'static str, v: Option<String>, min: u64, max: u64| {
            v.map(|s| {
                s.parse::<u64>()
                    .ok()
                    .filter(|n| (min..=max).contains(n))
                    .ok_or_else(|| ConfigError::Invalid {
                        setting,
                        reason: format!("{s:?} is not a whole number from {min} to {max}"),
                    })
            })
            .transpose()
        };
        let defaults = JobSettings::default();
        let jobs = JobSettings {
            workers: number(
                "ACADEMY_JOB_WORKERS",
                pick("ACADEMY_JOB_WORKERS", &file.job_workers),
                1,
                64,
            )?
            .map_or(defaults.workers, |n| n as usize),
            lease: number(
                "ACADEMY_JOB_LEASE_SECONDS",
                pick("ACADEMY_JOB_LEASE_SECONDS", &file.job_lease_seconds),
                1,
                86_400,
            )?
            .map_or(defaults.lease, std::time::Duration::from_secs),
            retry_base: number(
                "ACADEMY_JOB_RETRY_BASE_MS",
                pick("ACADEMY_JOB_RETRY_BASE_MS", &file.job_retry_base_ms),
                1,
                3_600_000,
            )?
            .map_or(defaults.retry_base, std::time::Duration::from_millis),
            poll: number(
                "ACADEMY_JOB_POLL_MS",
                pick("ACADEMY_JOB_POLL_MS", &file.job_poll_ms),
                10,
                600_000,
            )?
            .map_or(defaults.poll, std::time::Duration::from_millis),
        };
        let hub_network = match pick("ACADEMY_HUB_NETWORK", &file.hub_network) {
            None => crate::hubs::network::HubNetwork::Public,
            Some(s) => {
                crate::hubs::network::HubNetwork::parse(&s).ok_or_else(|| ConfigError::Invalid {
                    setting: "ACADEMY_HUB_NETWORK",
                    reason: format!("{s:?} is not one of public, private, loopback"),
                })?
            }
        };
        Ok(Config {
            jobs,
            hub_network,
            bind,
            base_url,
            data_dir,
            database_url,
            secret_key,
            default_locale,
            locales_dir,
            content_dir,
            smtp,
            mail_from,
        })
    }

    /// Cookies get `Secure` only when people reach the site over https.
    pub fn secure_cookies(&self) -> bool {
        self.base_url.scheme() == "https"
    }

    /// An absolute link for mails, from a path such as `/invitations/abc`.
    pub fn link(&self, path: &str) -> String {
        let base = self.base_url.as_str().trim_end_matches('/');
        format!("{base}{path}")
    }

    pub fn mail_dir(&self) -> PathBuf {
        self.data_dir.join("mail")
    }
}

/// Without a configured key, a random one is kept in the data directory so sessions and
/// tokens survive restarts of a single-instance install.
fn load_or_create_key(data_dir: &std::path::Path) -> Result<Vec<u8>, ConfigError> {
    let path = data_dir.join("secret.key");
    if let Ok(text) = std::fs::read_to_string(&path) {
        if text.trim().len() >= 32 {
            return Ok(text.trim().as_bytes().to_vec());
        }
    }
    let key = crate::security::random_token();
    std::fs::create_dir_all(data_dir)
        .and_then(|_| std::fs::write(&path, &key))
        .map_err(|e| ConfigError::File {
            path: path.display().to_string(),
            reason: e.to_string(),
        })?;
    Ok(key.into_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_the_invalid_setting() {
        let err = Config::from_pairs(&[
            ("ACADEMY_BIND", "nowhere"),
            ("ACADEMY_SECRET_KEY", &"k".repeat(32)),
        ])
        .unwrap_err();
        assert!(err.to_string().contains("ACADEMY_BIND"), "{err}");
        let err = Config::from_pairs(&[("ACADEMY_SECRET_KEY", "short")]).unwrap_err();
        assert!(err.to_string().contains("ACADEMY_SECRET_KEY"), "{err}");
        let err = Config::from_pairs(&[
            ("ACADEMY_SECRET_KEY", &"k".repeat(32)),
            ("ACADEMY_SMTP_HOST", "mail"),
            ("ACADEMY_SMTP_PORT", "lots"),
        ])
        .unwrap_err();
        assert!(err.to_string().contains("ACADEMY_SMTP_PORT"), "{err}");
        let err = Config::from_pairs(&[
            ("ACADEMY_SECRET_KEY", &"k".repeat(32)),
            ("ACADEMY_HUB_NETWORK", "anywhere"),
        ])
        .unwrap_err();
        assert!(err.to_string().contains("ACADEMY_HUB_NETWORK"), "{err}");
    }

    #[test]
    fn defaults_to_sqlite_in_the_data_dir() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path().display().to_string();
        let c = Config::from_pairs(&[("ACADEMY_DATA_DIR", &d)]).unwrap();
        assert!(c.database_url.starts_with("sqlite://"));
        assert!(c.database_url.contains(&d));
        assert!(!c.secure_cookies());
        // the generated key is kept and reused
        let again = Config::from_pairs(&[("ACADEMY_DATA_DIR", &d)]).unwrap();
        assert_eq!(c.secret_key.0, again.secret_key.0);
    }

    #[test]
    fn never_prints_secrets() {
        let c = Config::from_pairs(&[
            (
                "ACADEMY_SECRET_KEY",
                "super-secret-super-secret-super-secret",
            ),
            ("ACADEMY_SMTP_HOST", "mail"),
            ("ACADEMY_SMTP_PASSWORD", "hunter2hunter2"),
        ])
        .unwrap();
        let dump = format!("{c:?}");
        assert!(
            !dump.contains("super-secret") && !dump.contains("hunter2"),
            "{dump}"
        );
    }
}
