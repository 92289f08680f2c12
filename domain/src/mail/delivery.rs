use crate::{
    config::{Config, SmtpSecurity},
    entities::email,
    jobs::JobError,
};
use chrono::Utc;
use lettre::{
    message::{header::ContentType, Mailbox},
    transport::smtp::authentication::Credentials,
    AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor,
};
use sea_orm::{prelude::*, ActiveValue::Set};
use std::path::PathBuf;

/// Where mail goes: a real SMTP server, or files a person can open.
#[derive(Clone)]
pub enum Mailer {
    Smtp {
        transport: AsyncSmtpTransport<Tokio1Executor>,
        host: String,
    },
    Files(PathBuf),
}

impl Mailer {
    pub fn from_config(config: &Config) -> Result<Mailer, String> {
        let Some(smtp) = &config.smtp else {
            return Ok(Mailer::Files(config.mail_dir()));
        };
        let builder = match smtp.security {
            SmtpSecurity::None => {
                AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&smtp.host)
            }
            SmtpSecurity::StartTls => {
                AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(&smtp.host)
                    .map_err(|e| e.to_string())?
            }
            SmtpSecurity::Tls => AsyncSmtpTransport::<Tokio1Executor>::relay(&smtp.host)
                .map_err(|e| e.to_string())?,
        };
        let mut builder = builder
            .port(smtp.port)
            .timeout(Some(std::time::Duration::from_secs(20)));
        if let (Some(u), Some(p)) = (&smtp.username, &smtp.password) {
            builder = builder.credentials(Credentials::new(u.clone(), p.clone()));
        }
        Ok(Mailer::Smtp {
            transport: builder.build(),
            host: format!("{}:{}", smtp.host, smtp.port),
        })
    }
}

/// Sends one queued message. Already sent means done (the job may run twice after a crash
/// between sending and recording).
pub async fn deliver(
    db: &DatabaseConnection,
    config: &Config,
    mailer: &Mailer,
    email_id: i64,
) -> Result<(), JobError> {
    let Some(row) = email::Entity::find_by_id(email_id)
        .one(db)
        .await
        .map_err(JobError::retry)?
    else {
        return Err(JobError::Permanent(format!(
            "email {email_id} does not exist"
        )));
    };
    if row.sent_at.is_some() {
        return Ok(());
    }
    let from: Mailbox = config
        .mail_from
        .parse()
        .map_err(|e| JobError::Permanent(format!("mail_from: {e}")))?;
    let to: Mailbox = row
        .to_address
        .parse()
        .map_err(|e| JobError::Permanent(format!("recipient {}: {e}", row.to_address)))?;
    let message = Message::builder()
        .from(from)
        .to(to)
        .subject(row.subject.clone())
        .header(ContentType::TEXT_PLAIN)
        .body(row.body_text.clone())
        .map_err(|e| JobError::Permanent(format!("building message: {e}")))?;
    let delivered_to = match mailer {
        Mailer::Smtp { transport, host } => {
            transport.send(message).await.map_err(|e| {
                if e.is_permanent() {
                    JobError::Permanent(format!("smtp {host}: {e}"))
                } else {
                    JobError::Retry(format!("smtp {host}: {e}"))
                }
            })?;
            format!("smtp:{host}")
        }
        Mailer::Files(dir) => {
            tokio::fs::create_dir_all(dir)
                .await
                .map_err(JobError::retry)?;
            let path = dir.join(format!("{:06}-{}.eml", row.id, row.template));
            tokio::fs::write(&path, message.formatted())
                .await
                .map_err(JobError::retry)?;
            tracing::info!(path = %path.display(), "mail written to file (no SMTP configured)");
            path.display().to_string()
        }
    };
    email::ActiveModel {
        id: Set(row.id),
        sent_at: Set(Some(Utc::now())),
        delivered_to: Set(Some(delivered_to)),
        ..Default::default()
    }
    .update(db)
    .await
    .map_err(JobError::retry)?;
    Ok(())
}
