//! Email: a durable outbox (the `emails` table plus a `send_email` job per message) and its
//! delivery over SMTP, or to `.eml` files in the data directory when no SMTP server is set.
pub mod delivery;
pub mod outbox;
