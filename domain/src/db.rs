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
    if let Some(path) = sqlite_file(url) {
        // Created readable by its owner only (SQLite gives the -wal and -shm files the
        // same mode): it holds password hashes, sessions and sealed hub tokens.
        let path = std::path::Path::new(&path);
        if !path.exists() {
            write_private(path, b"")
                .map_err(|e| DbErr::Custom(format!("{}: {e}", path.display())))?;
        }
    }
    let mut opts = ConnectOptions::new(url.to_owned());
    opts.sqlx_logging(false)
        .connect_timeout(Duration::from_secs(10))
        .acquire_timeout(Duration::from_secs(30));
    if url.starts_with("sqlite:") {
        // SQLite allows one writer: a small pool, and every connection waits for the lock
        // instead of failing with "database is locked".
        opts.max_connections(4)
            .min_connections(1)
            .map_sqlx_sqlite_opts(|o| {
                o.busy_timeout(Duration::from_secs(10))
                    .journal_mode(sea_orm::sqlx::sqlite::SqliteJournalMode::Wal)
                    .synchronous(sea_orm::sqlx::sqlite::SqliteSynchronous::Normal)
                    .foreign_keys(true)
            });
    } else {
        opts.max_connections(16).min_connections(1);
    }
    Database::connect(opts).await
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

/// Creates (or replaces) a file that only its owner may read and write.
pub fn write_private(path: &std::path::Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut f = options.open(path)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        f.set_permissions(std::fs::Permissions::from_mode(0o600))?;
    }
    f.write_all(bytes)
}

#[cfg(all(test, unix))]
mod tests {
    use std::os::unix::fs::PermissionsExt;

    #[tokio::test]
    async fn the_database_and_the_key_are_private_files() {
        let dir = tempfile_dir();
        let db = dir.join("academy.db");
        let url = format!("sqlite://{}?mode=rwc", db.display());
        let conn = super::connect_and_migrate(&url).await.unwrap();
        conn.close().await.unwrap();
        let mode = std::fs::metadata(&db).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "database file mode {mode:o}");
        let config = crate::config::Config::from_pairs(&[(
            "ACADEMY_DATA_DIR",
            dir.display().to_string().as_str(),
        )])
        .unwrap();
        assert!(config.secret_key.0.len() >= 32);
        let mode = std::fs::metadata(dir.join("secret.key"))
            .unwrap()
            .permissions()
            .mode()
            & 0o777;
        assert_eq!(mode, 0o600, "secret.key mode {mode:o}");
        std::fs::remove_dir_all(&dir).ok();
    }

    fn tempfile_dir() -> std::path::PathBuf {
        let dir =
            std::env::temp_dir().join(format!("academy-db-{}", crate::security::random_token()));
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }
}
