//! Where things are in a text: byte offset → the file's line number, and each directive
//! closing fence's next occurrence. Both are built in one pass over the text and answered by
//! binary search, so finding the line of every Markdown event, or the end of every directive,
//! costs O(n log n) for the whole text, never a rescan from the start (issue 15: counting
//! newlines from the start for each event made a 100 KiB cell cost seconds).
use std::collections::HashMap;

/// Byte offsets of the start of each line of a text built from numbered lines.
pub struct LineIndex {
    starts: Vec<usize>,
    numbers: Vec<usize>,
}

impl LineIndex {
    /// Joins `lines` (file line number, text) with `\n` after each and indexes the result.
    pub fn join(lines: &[(usize, &str)]) -> (String, LineIndex) {
        let mut text = String::with_capacity(lines.iter().map(|(_, l)| l.len() + 1).sum());
        let mut starts = Vec::with_capacity(lines.len());
        let mut numbers = Vec::with_capacity(lines.len());
        for (no, l) in lines {
            starts.push(text.len());
            numbers.push(*no);
            text.push_str(l);
            text.push('\n');
        }
        (text, LineIndex { starts, numbers })
    }

    /// The file line number of byte `offset` of the joined text.
    pub fn line(&self, offset: usize) -> usize {
        let i = self
            .starts
            .partition_point(|s| *s <= offset)
            .saturating_sub(1);
        self.numbers.get(i).copied().unwrap_or(0)
    }
}

/// Positions of the lines that could close a directive (`:::`, a run of backticks, alone on
/// their line), grouped by that marker.
pub struct Closers<'l> {
    at: HashMap<&'l str, Vec<usize>>,
}

impl<'l> Closers<'l> {
    pub fn new(lines: &[(usize, &'l str)]) -> Closers<'l> {
        let mut at: HashMap<&str, Vec<usize>> = HashMap::new();
        for (i, (_, l)) in lines.iter().enumerate() {
            let t = l.trim();
            let fence =
                t.len() >= 3 && (t.bytes().all(|b| b == b':') || t.bytes().all(|b| b == b'`'));
            if fence {
                at.entry(t).or_default().push(i);
            }
        }
        Closers { at }
    }

    /// The first line after `i` that is exactly `marker`.
    pub fn after(&self, i: usize, marker: &str) -> Option<usize> {
        let list = self.at.get(marker)?;
        list.get(list.partition_point(|j| *j <= i)).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_map_to_the_numbered_lines_even_with_gaps() {
        let (text, idx) = LineIndex::join(&[(5, "ab"), (6, ""), (9, "cd")]);
        assert_eq!(text, "ab\n\ncd\n");
        assert_eq!(
            [0, 2, 3, 4, 5, 7, 100].map(|o| idx.line(o)),
            [5, 5, 6, 9, 9, 9, 9]
        );
    }

    #[test]
    fn closers_find_the_next_identical_marker() {
        let lines = [
            (1, ":::{note}"),
            (2, "x"),
            (3, " ::: "),
            (4, "::::"),
            (5, ":::"),
        ];
        let c = Closers::new(&lines);
        assert_eq!(c.after(0, ":::"), Some(2));
        assert_eq!(c.after(2, ":::"), Some(4));
        assert_eq!(c.after(4, ":::"), None);
        assert_eq!(c.after(0, "::::"), Some(3));
        assert_eq!(c.after(0, "```"), None);
    }
}
