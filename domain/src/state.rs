//! What every request handler and background worker shares.
use crate::{config::Config, courses::Library, i18n::Translations};
use sea_orm::DatabaseConnection;
use std::sync::Arc;

#[derive(Clone)]
pub struct AppState {
    pub db: DatabaseConnection,
    pub config: Arc<Config>,
    pub i18n: Arc<Translations>,
    pub library: Arc<Library>,
}
