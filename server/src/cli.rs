//! `academy serve | migrate | admin create | demo | hubs sync | content check`.
use crate::{demo, startup};
use clap::{Parser, Subcommand};
use domain::{
    accounts::{people, EmailAddress, Role},
    config::Config,
    db,
    i18n::Locale,
};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "academy",
    about = "Catalyst Academy: training and onboarding for Catalyst Community Partners"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Run the web server and the background worker (the default).
    Serve {
        /// Seed the demo institutions and accounts first.
        #[arg(long)]
        demo: bool,
    },
    /// Bring the database schema up to date and exit.
    Migrate,
    /// Manage administrators.
    Admin {
        #[command(subcommand)]
        command: AdminCommand,
    },
    /// Seed demo institutions and one account per role (idempotent) and print the sign-ins.
    Demo,
    /// JupyterHub provisioning.
    Hubs {
        #[command(subcommand)]
        command: HubsCommand,
    },
    /// Cohort tools.
    Cohorts {
        #[command(subcommand)]
        command: CohortsCommand,
    },
    /// Course content tools.
    Content {
        #[command(subcommand)]
        command: ContentCommand,
    },
    /// Translation tools.
    I18n {
        #[command(subcommand)]
        command: I18nCommand,
    },
}

#[derive(Subcommand)]
enum I18nCommand {
    /// Check every locale's Fluent files against English (syntax, variables, attributes,
    /// default variants, HTML) and count missing and outdated strings and lessons. Exits
    /// with an error when there is an error; missing and outdated items are warnings.
    Check {
        /// The locales folder (default: ACADEMY_LOCALES_DIR or ./locales).
        #[arg(long)]
        locales: Option<std::path::PathBuf>,
        /// The content folder (default: ACADEMY_CONTENT_DIR or ./content).
        #[arg(long)]
        content: Option<std::path::PathBuf>,
        /// Also print each warning, not only the counts.
        #[arg(long)]
        verbose: bool,
    },
}

#[derive(Subcommand)]
enum ContentCommand {
    /// Validate every course; exits with an error when a problem is an error (warnings,
    /// such as outdated translations, are printed but do not fail).
    Check {
        /// The content folder (default: ACADEMY_CONTENT_DIR or ./content).
        #[arg(long)]
        dir: Option<std::path::PathBuf>,
    },
    /// Print the source_hash a translation of this English lesson must record.
    Hash { file: std::path::PathBuf },
}

#[derive(Subcommand)]
enum HubsCommand {
    /// Give every member of an institution an account on its hub: queues one job per person
    /// and runs them here with a progress bar (a running server's workers help).
    Sync {
        /// The institution, by id or by name.
        #[arg(long)]
        institution: String,
        /// Re-check accounts that are already ready, too.
        #[arg(long)]
        all: bool,
        /// Only queue the jobs; the server's workers run them.
        #[arg(long)]
        queue_only: bool,
    },
    /// List the registered hubs with their accounts by state.
    List,
}

#[derive(Subcommand)]
enum CohortsCommand {
    /// Create a large synthetic cohort (for the dashboard benchmark, bench/dashboard.sh):
    /// participants in teams of four, 17 weeks, full attendance and course progress.
    Synthetic {
        #[arg(long, default_value = "synthetic")]
        slug: String,
        #[arg(long, default_value_t = 1000)]
        participants: usize,
    },
}

#[derive(Subcommand)]
enum AdminCommand {
    /// Create an administrator account. The password comes from ACADEMY_ADMIN_PASSWORD or
    /// is read from standard input, so it never appears in the shell history.
    Create {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        #[arg(long, default_value = "en")]
        locale: String,
    },
}

pub async fn run() -> ExitCode {
    init_tracing();
    let cli = Cli::parse();
    match execute(cli).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn init_tracing() {
    use tracing_subscriber::{fmt, EnvFilter};
    let filter = EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,sea_orm=warn"));
    let _ = fmt().with_env_filter(filter).with_target(false).try_init();
}

async fn execute(cli: Cli) -> anyhow::Result<()> {
    if let Some(Command::Content { command }) = &cli.command {
        return content(command);
    }
    if let Some(Command::I18n { command }) = &cli.command {
        return i18n(command);
    }
    let config = Config::load()?;
    match cli.command.unwrap_or(Command::Serve { demo: false }) {
        Command::Serve { demo: with_demo } => {
            let app = startup::build(config).await?;
            if with_demo {
                demo::seed(&app.state).await?;
                demo::print_sign_ins(&app.state.config);
            }
            startup::serve(app).await
        }
        Command::Migrate => {
            db::connect_and_migrate(&config.database_url).await?;
            println!("database is up to date");
            Ok(())
        }
        Command::Demo => {
            let app = startup::build(config).await?;
            demo::seed(&app.state).await?;
            demo::print_sign_ins(&app.state.config);
            Ok(())
        }
        Command::Content { .. } | Command::I18n { .. } => unreachable!("handled above"),
        Command::Cohorts {
            command: CohortsCommand::Synthetic { slug, participants },
        } => {
            let app = startup::build(config).await?;
            demo::seed(&app.state).await?;
            // The demo administrator records the attendance and ticks.
            let admin =
                EmailAddress::parse(demo::ACCOUNTS[0].0).map_err(|e| anyhow::anyhow!("{e}"))?;
            let admin = people::find_by_email(&app.state.db, &admin)
                .await?
                .ok_or_else(|| anyhow::anyhow!("demo administrator missing"))?;
            let staff = people::current_user(&app.state.db, admin.id)
                .await?
                .ok_or_else(|| anyhow::anyhow!("demo administrator missing"))?;
            domain::cohorts::synthetic::seed(&app.state, &staff, &slug, participants)
                .await
                .map_err(|e| anyhow::anyhow!("{e}"))?;
            println!("cohort {slug} with {participants} participants created");
            Ok(())
        }
        Command::Hubs { command } => {
            let app = startup::build(config).await?;
            match command {
                HubsCommand::Sync {
                    institution,
                    all,
                    queue_only,
                } => crate::hubs_cli::sync(app, &institution, all, queue_only).await,
                HubsCommand::List => crate::hubs_cli::list(&app.state).await,
            }
        }
        Command::Admin {
            command:
                AdminCommand::Create {
                    email,
                    name,
                    locale,
                },
        } => {
            let db = db::connect_and_migrate(&config.database_url).await?;
            let password = match std::env::var("ACADEMY_ADMIN_PASSWORD") {
                Ok(p) => p,
                Err(_) => {
                    eprintln!("password (at least 10 characters), then Enter:");
                    let mut line = String::new();
                    std::io::stdin().read_line(&mut line)?;
                    line.trim_end_matches(['\n', '\r']).to_owned()
                }
            };
            let email = EmailAddress::parse(&email)
                .map_err(|e| anyhow::anyhow!("--email: {}", e.message_key()))?;
            let locale = Locale::parse(&locale)
                .ok_or_else(|| anyhow::anyhow!("--locale must be en, es or pt"))?;
            let id = people::create(
                &db,
                people::NewPerson {
                    email: &email,
                    name: &name,
                    locale,
                    password: &password,
                    institution_id: None,
                    roles: &[Role::Admin],
                },
            )
            .await
            .map_err(|e| match e {
                domain::ServiceError::Invalid { field, key } => anyhow::anyhow!("{field}: {key}"),
                other => anyhow::anyhow!("{other}"),
            })?;
            println!("administrator {} created (id {id})", email.as_str());
            Ok(())
        }
    }
}

fn folder(arg: &Option<std::path::PathBuf>, var: &str, default: &str) -> std::path::PathBuf {
    arg.clone()
        .or_else(|| std::env::var(var).ok().map(Into::into))
        .unwrap_or_else(|| default.into())
}

/// `academy i18n check`: like the content check, it needs only the folders.
fn i18n(command: &I18nCommand) -> anyhow::Result<()> {
    let I18nCommand::Check {
        locales,
        content,
        verbose,
    } = command;
    let locales = folder(locales, "ACADEMY_LOCALES_DIR", "locales");
    let content = folder(content, "ACADEMY_CONTENT_DIR", "content");
    let report = domain::translation::audit::audit(&locales, &content);
    for e in &report.errors {
        println!("error: {e}");
    }
    if *verbose {
        for w in &report.warnings {
            println!("warning: {w}");
        }
    }
    for (locale, c) in &report.counts {
        println!(
            "{locale}: {} of {} strings missing, {} no longer in English; {} of {} lessons missing, {} outdated",
            c.missing_messages,
            c.messages,
            c.obsolete_messages,
            c.missing_lessons,
            c.lessons,
            c.outdated_lessons
        );
    }
    println!("i18n check: {} errors", report.errors.len());
    if !report.errors.is_empty() {
        anyhow::bail!("{} translation errors", report.errors.len());
    }
    Ok(())
}

/// Content tools need no database or configuration beyond the folder.
fn content(command: &ContentCommand) -> anyhow::Result<()> {
    use domain::courses::{check, front_matter, render::Severity};
    match command {
        ContentCommand::Hash { file } => {
            let text = std::fs::read_to_string(file)
                .map_err(|e| anyhow::anyhow!("{}: {e}", file.display()))?;
            println!("{}", front_matter::source_hash(&text));
            Ok(())
        }
        ContentCommand::Check { dir } => {
            let dir = dir
                .clone()
                .or_else(|| std::env::var("ACADEMY_CONTENT_DIR").ok().map(Into::into))
                .unwrap_or_else(|| "content".into());
            let findings = check::check(&dir);
            for f in &findings {
                println!("{f}");
            }
            let errors = findings
                .iter()
                .filter(|f| f.severity == Severity::Error)
                .count();
            let warnings = findings.len() - errors;
            let courses = domain::courses::Catalog::load(&dir).courses.len();
            println!("content check: {courses} courses, {errors} errors, {warnings} warnings");
            if errors > 0 {
                anyhow::bail!("{errors} content errors");
            }
            Ok(())
        }
    }
}
