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

/// A transaction for work that reads and then writes. On SQLite its first statement is a
/// write that changes nothing, so the transaction holds the single write lock (waiting with
/// the busy timeout) before it reads: a deferred transaction that reads first and writes
/// later fails at once with "database is locked" when another writer committed in between.
/// On PostgreSQL it is an ordinary transaction.
pub async fn begin_write(db: &DatabaseConnection) -> Result<sea_orm::DatabaseTransaction, DbErr> {
    use sea_orm::TransactionTrait;
    let txn = db.begin().await?;
    if !is_postgres(db) {
        txn.execute_unprepared("DELETE FROM login_attempts WHERE 0")
            .await?;
    }
    Ok(txn)
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
    async fn a_write_transaction_holds_the_lock_before_it_reads() {
        use sea_orm::ConnectionTrait;
        let dir = tempfile_dir();
        let url = format!("sqlite://{}?mode=rwc", dir.join("w.db").display());
        let db = super::connect_and_migrate(&url).await.unwrap();
        let txn = super::begin_write(&db).await.unwrap();
        // Another connection cannot start writing while it is open.
        let other = rusqlite_like_probe(&dir.join("w.db"));
        assert!(other, "the write lock is held from the start");
        txn.commit().await.unwrap();
        db.execute_unprepared("SELECT 1").await.unwrap();
        std::fs::remove_dir_all(&dir).ok();
    }

    /// Whether a second SQLite connection is refused an immediate write right now.
    fn rusqlite_like_probe(path: &std::path::Path) -> bool {
        let out = std::process::Command::new("python3")
            .arg("-c")
            .arg(format!(
                "import sqlite3\nc=sqlite3.connect({:?},isolation_level=None,timeout=0)\ntry:\n c.execute('begin immediate'); print('free')\nexcept Exception: print('locked')",
                path.display().to_string()
            ))
            .output()
            .expect("python3 runs");
        String::from_utf8_lossy(&out.stdout).trim() == "locked"
    }

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
