//! Accounts: partner institutions, people, roles, invitations, sessions, password resets and
//! the log of sign-in attempts used for rate limiting.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

fn index(name: &str, table: &str, cols: &[&str], unique: bool) -> IndexCreateStatement {
    let mut idx = Index::create();
    idx.name(name).table(table.to_string());
    for c in cols {
        idx.col(String::from(*c));
    }
    if unique {
        idx.unique();
    }
    idx.to_owned()
}

fn fk(from: &str, col: &str, to: &str, cascade: bool) -> ForeignKeyCreateStatement {
    let mut fk = ForeignKey::create();
    fk.from(from.to_string(), col.to_string())
        .to(to.to_string(), "id".to_string());
    if cascade {
        fk.on_delete(ForeignKeyAction::Cascade);
    } else {
        fk.on_delete(ForeignKeyAction::SetNull);
    }
    fk.to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table("institutions")
                .col(pk_auto("id"))
                .col(string_uniq("name"))
                .col(string("country"))
                .col(date_null("partnership_start"))
                .col(date_null("partnership_end"))
                .col(timestamp_with_time_zone("created_at"))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("users")
                .col(pk_auto("id"))
                .col(string_uniq("email"))
                .col(string("name"))
                .col(string_len("locale", 8))
                .col(string("password_hash"))
                .col(integer_null("institution_id"))
                .col(boolean("active"))
                .col(timestamp_with_time_zone("created_at"))
                .foreign_key(&mut fk("users", "institution_id", "institutions", false))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("user_roles")
                .col(integer("user_id"))
                .col(string_len("role", 16))
                .primary_key(
                    Index::create()
                        .col("user_id".to_string())
                        .col("role".to_string()),
                )
                .foreign_key(&mut fk("user_roles", "user_id", "users", true))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("invitations")
                .col(pk_auto("id"))
                .col(string("email"))
                .col(string_len("role", 16))
                .col(integer_null("institution_id"))
                .col(string_len("locale", 8))
                .col(string_uniq("token_hash"))
                .col(integer_null("invited_by"))
                .col(timestamp_with_time_zone("created_at"))
                .col(timestamp_with_time_zone("expires_at"))
                .col(timestamp_with_time_zone_null("accepted_at"))
                .col(timestamp_with_time_zone_null("revoked_at"))
                .foreign_key(&mut fk(
                    "invitations",
                    "institution_id",
                    "institutions",
                    false,
                ))
                .foreign_key(&mut fk("invitations", "invited_by", "users", false))
                .to_owned(),
        )
        .await?;
        m.create_index(index("invitations_email", "invitations", &["email"], false))
            .await?;
        m.create_table(
            Table::create()
                .table("sessions")
                .col(pk_auto("id"))
                .col(string_uniq("token_hash"))
                .col(integer("user_id"))
                .col(timestamp_with_time_zone("created_at"))
                .col(timestamp_with_time_zone("expires_at"))
                .col(timestamp_with_time_zone("last_seen_at"))
                .foreign_key(&mut fk("sessions", "user_id", "users", true))
                .to_owned(),
        )
        .await?;
        m.create_index(index("sessions_user", "sessions", &["user_id"], false))
            .await?;
        m.create_table(
            Table::create()
                .table("password_resets")
                .col(pk_auto("id"))
                .col(integer("user_id"))
                .col(string_uniq("token_hash"))
                .col(timestamp_with_time_zone("created_at"))
                .col(timestamp_with_time_zone("expires_at"))
                .col(timestamp_with_time_zone_null("used_at"))
                .foreign_key(&mut fk("password_resets", "user_id", "users", true))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("login_attempts")
                .col(pk_auto("id"))
                .col(string("scope_key"))
                .col(boolean("succeeded"))
                .col(timestamp_with_time_zone("created_at"))
                .to_owned(),
        )
        .await?;
        m.create_index(index(
            "login_attempts_key_time",
            "login_attempts",
            &["scope_key", "created_at"],
            false,
        ))
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for t in [
            "login_attempts",
            "password_resets",
            "sessions",
            "invitations",
            "user_roles",
            "users",
            "institutions",
        ] {
            m.drop_table(Table::drop().table(t.to_string()).to_owned())
                .await?;
        }
        Ok(())
    }
}
