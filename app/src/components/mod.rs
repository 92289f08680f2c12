//! Building blocks shared by every page.
mod forms;
mod layout;
mod load;
mod password;
mod progress;
mod route;

pub use forms::{CsrfField, FieldError, FormError, LocaleSelect, Notice, TextArea, TextField};
pub use layout::{Layout, PageError};
pub use load::{error_view, load, server_error_key};
pub use password::PasswordField;
pub use progress::progress_bar;
pub use route::{param, param_id, query, segment};
