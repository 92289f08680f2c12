//! Small builders the migrations share: foreign keys by column and indexes by name.
use sea_orm_migration::prelude::*;

fn foreign_key(
    from: &str,
    col: &str,
    to: &str,
    on_delete: ForeignKeyAction,
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(from.to_string(), col.to_string())
        .to(to.to_string(), "id".to_string())
        .on_delete(on_delete)
        .to_owned()
}

/// `from.col` references `to.id`; deleting the target deletes the row.
pub fn cascade(from: &str, col: &str, to: &str) -> ForeignKeyCreateStatement {
    foreign_key(from, col, to, ForeignKeyAction::Cascade)
}

/// `from.col` references `to.id`; deleting the target empties the column.
pub fn set_null(from: &str, col: &str, to: &str) -> ForeignKeyCreateStatement {
    foreign_key(from, col, to, ForeignKeyAction::SetNull)
}

pub fn index(name: &str, table: &str, cols: &[&str], unique: bool) -> IndexCreateStatement {
    let mut i = Index::create();
    i.name(name).table(table.to_string());
    if unique {
        i.unique();
    }
    for c in cols {
        i.col(ToString::to_string(c));
    }
    i.to_owned()
}

pub fn unique_index(name: &str, table: &str, cols: &[&str]) -> IndexCreateStatement {
    index(name, table, cols, true)
}
