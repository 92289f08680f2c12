//! The one CSV writer of the project. Every export (gradebook, cohort dashboard and
//! participants, partnership report) goes through it, so none can write a cell that a
//! spreadsheet program runs as a formula: a display name `=HYPERLINK(...)` once came out live.
//!
//! A cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`
//! (the OWASP advice; spreadsheets show the text, not the `'`). So that importers can give
//! back exactly what was exported, a cell that already starts with `'`s before such a
//! character gets one more, and [`restore`] removes exactly one.

/// What a spreadsheet may read as the start of a formula.
fn is_trigger(c: char) -> bool {
    matches!(c, '=' | '+' | '-' | '@' | '\t' | '\r')
}

/// Whether the cell, after any leading `'`s, starts like a formula.
fn needs_guard(cell: &str) -> bool {
    cell.trim_start_matches('\'')
        .chars()
        .next()
        .is_some_and(is_trigger)
}

/// The cell as it is written: formula-like text gets a leading `'`.
pub fn neutralize(cell: &str) -> std::borrow::Cow<'_, str> {
    if needs_guard(cell) {
        format!("'{cell}").into()
    } else {
        cell.into()
    }
}

/// A cell read back from an export: undoes [`neutralize`]. Other cells are unchanged.
pub fn restore(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if needs_guard(rest) => rest,
        _ => cell,
    }
}

/// Rows in, UTF-8 text with a byte-order mark out (so spreadsheet programs read accents
/// right).
pub struct Writer {
    inner: csv::Writer<Vec<u8>>,
}

impl Default for Writer {
    fn default() -> Self {
        Self::new()
    }
}

impl Writer {
    pub fn new() -> Self {
        Writer {
            inner: csv::Writer::from_writer(vec![]),
        }
    }

    /// Writes one row, every cell neutralized. Writing to memory cannot fail.
    pub fn row<I, S>(&mut self, cells: I)
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let cells: Vec<String> = cells
            .into_iter()
            .map(|c| neutralize(c.as_ref()).into_owned())
            .collect();
        let _ = self.inner.write_record(&cells);
    }

    pub fn finish(self) -> String {
        let bytes = self.inner.into_inner().unwrap_or_default();
        format!("\u{feff}{}", String::from_utf8_lossy(&bytes))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_text_and_come_back_exactly() {
        for (cell, written) in [
            (
                "=HYPERLINK(\"http://x\",\"y\")",
                "'=HYPERLINK(\"http://x\",\"y\")",
            ),
            ("+1", "'+1"),
            ("-2", "'-2"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
            ("\rx", "'\rx"),
            ("'=x", "''=x"),
            ("''=x", "'''=x"),
            ("'quoted", "'quoted"),
            ("Ana", "Ana"),
            ("", ""),
        ] {
            assert_eq!(neutralize(cell), written, "{cell:?}");
            assert_eq!(restore(written), cell, "{cell:?}");
        }
        let mut w = Writer::new();
        w.row(["=1+1", "ok"]);
        assert_eq!(w.finish(), "\u{feff}'=1+1,ok\n");
    }
}
