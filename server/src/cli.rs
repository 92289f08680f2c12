//! `academy serve | migrate | admin create | demo`.
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
