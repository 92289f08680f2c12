//! Handed-in notebooks are rendered once, on tokio's blocking pool, when they arrive; the
//! sanitized HTML is stored with the attempt and the grading page only fills in the reader's
//! words. Attempts from before this (or from an older renderer) are rendered the first time
//! they are viewed and stored, so no notebook is parsed on every view (issue 15, finding 4).
use super::notebook::{self, Invalid, Labels};
use crate::{entities::exercise_attempt, ServiceError, ServiceResult};
use sea_orm::{prelude::*, sea_query::Expr};

/// Validates (at most `max` bytes, checked before parsing) and renders for storage, off the
/// async workers. The bytes are handed back to be stored.
pub async fn validate_and_render(
    bytes: Vec<u8>,
    max: usize,
) -> ServiceResult<(Vec<u8>, Result<String, Invalid>)> {
    tokio::task::spawn_blocking(move || {
        let html = notebook::validate(&bytes, max).map(|nb| notebook::render_for_storage(&nb));
        (bytes, html)
    })
    .await
    .map_err(|e| ServiceError::Internal(format!("notebook rendering: {e}")))
}

/// The attempt's notebook as HTML in the reader's words; None when the attempt has no
/// notebook file or the file does not render.
pub async fn notebook_html(
    db: &impl ConnectionTrait,
    attempt_id: i32,
    labels: &Labels,
) -> ServiceResult<Option<String>> {
    let a = exercise_attempt::Entity::find_by_id(attempt_id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    if let (Some(html), Some(notebook::RENDER_VERSION)) =
        (&a.notebook_html, a.notebook_html_version)
    {
        return Ok(Some(notebook::localize(html, labels)));
    }
    let Some(bytes) = a.notebook else {
        return Ok(None);
    };
    let (_, html) = validate_and_render(bytes, super::NOTEBOOK_MAX_BYTES).await?;
    let Ok(html) = html else {
        return Ok(None);
    };
    exercise_attempt::Entity::update_many()
        .col_expr(
            exercise_attempt::Column::NotebookHtml,
            Expr::value(html.clone()),
        )
        .col_expr(
            exercise_attempt::Column::NotebookHtmlVersion,
            Expr::value(notebook::RENDER_VERSION),
        )
        .filter(exercise_attempt::Column::Id.eq(attempt_id))
        .exec(db)
        .await?;
    Ok(Some(notebook::localize(&html, labels)))
}
