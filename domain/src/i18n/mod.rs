//! UI strings from the Fluent files under `locales/`, and locale-aware dates and numbers.
mod format;
mod locale;
mod translations;

pub use format::{format_date, format_datetime, format_in_zone, format_number};
pub use locale::{negotiate, Locale};
pub use translations::{Arg, Args, LoadError, Translations};
