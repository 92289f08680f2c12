//! Connecting to SQLite or PostgreSQL and bringing the schema up to date.
use migration::{Migrator, MigratorTrait};
use sea_orm::{ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DbErr};
use std::time::Duration;

pub async fn connect(url: &str) -> Result<DatabaseConnection, DbErr> {
    if let Some(path) = sqlite_file(url) {
        if let Some(dir) = std::path::Path::new(&path).parent() {
            std::fs::create_dir_all(dir)
                .map_err(|e| DbErr::Custom(format!("{}: {e}", dir.display())))?;
        }
    }
    let mut opts = ConnectOptions::new(url.to_owned());
    opts.sqlx_logging(false)
        .connect_timeout(Duration::from_secs(10))
        .acquire_timeout(Duration::from_secs(30));
    if url.starts_with("sqlite:") {
        // SQLite allows one writer: a small pool avoids "database is locked" storms.
        opts.max_connections(4).min_connections(1);
    } else {
        opts.max_connections(16).min_connections(1);
    }
    let db = Database::connect(opts).await?;
    if url.starts_with("sqlite:") {
        for pragma in [
            "PRAGMA journal_mode = WAL",
            "PRAGMA foreign_keys = ON",
            "PRAGMA busy_timeout = 5000",
            "PRAGMA synchronous = NORMAL",
        ] {
            db.execute_unprepared(pragma).await?;
        }
    }
    Ok(db)
}

pub async fn migrate(db: &DatabaseConnection) -> Result<(), DbErr> {
    Migrator::up(db, None).await
}

pub async fn connect_and_migrate(url: &str) -> Result<DatabaseConnection, DbErr> {
    let db = connect(url).await?;
    migrate(&db).await?;
    Ok(db)
}

fn sqlite_file(url: &str) -> Option<String> {
    let rest = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))?;
    let path = rest.split('?').next()?;
    (!path.is_empty() && path != ":memory:").then(|| path.to_owned())
}

pub async fn ping(db: &DatabaseConnection) -> Result<(), DbErr> {
    db.execute_unprepared("SELECT 1").await.map(|_| ())
}

pub fn is_postgres(db: &DatabaseConnection) -> bool {
    matches!(
        db.get_database_backend(),
        sea_orm::DatabaseBackend::Postgres
    )
}
