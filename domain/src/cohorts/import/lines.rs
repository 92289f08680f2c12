//! Where in a file a problem sits. The lines of a file are indexed once, so locating every
//! problem of a file costs one pass over it, however many problems there are (a file with
//! thousands of bad calls must not cost thousands of passes).

/// A YAML file's lines, indexed once.
pub(super) struct Lines<'a> {
    lines: Vec<&'a str>,
}

fn indent_of(l: &str) -> usize {
    l.len() - l.trim_start().len()
}

impl<'a> Lines<'a> {
    pub fn new(text: &'a str) -> Self {
        Lines {
            lines: text.lines().collect(),
        }
    }

    /// 1-based line of each top-level list item (`- ` at column 0), for projects.yaml.
    pub fn items(&self) -> Vec<usize> {
        self.lines
            .iter()
            .enumerate()
            .filter(|(_, l)| l.starts_with("- "))
            .map(|(i, _)| i + 1)
            .collect()
    }

    /// 1-based line of each indented mapping key (`'00':`, `"00":` or `00:`), first
    /// occurrence, for the weeks of schedule.yaml.
    pub fn keys(&self) -> std::collections::HashMap<String, usize> {
        let mut out = std::collections::HashMap::new();
        for (i, l) in self.lines.iter().enumerate() {
            if indent_of(l) == 0 {
                continue;
            }
            let t = l.trim();
            let Some(k) = t.strip_suffix(':') else {
                continue;
            };
            let k = k
                .strip_prefix('\'')
                .and_then(|k| k.strip_suffix('\''))
                .or_else(|| k.strip_prefix('"').and_then(|k| k.strip_suffix('"')))
                .unwrap_or(k);
            out.entry(k.to_owned()).or_insert(i + 1);
        }
        out
    }

    /// 1-based lines of the list items directly under the key at line `at` (a week's
    /// calls): the items at the indentation of its first item, before the next line at the
    /// key's level.
    pub fn children(&self, at: Option<usize>) -> Vec<usize> {
        let Some(from) = at else { return vec![] };
        let Some(head) = self.lines.get(from.wrapping_sub(1)) else {
            return vec![];
        };
        let week_indent = indent_of(head);
        let mut item_indent = None;
        let mut out = vec![];
        for (i, l) in self.lines.iter().enumerate().skip(from) {
            let t = l.trim_start();
            if t.is_empty() || t.starts_with('#') {
                continue;
            }
            if indent_of(l) <= week_indent {
                break;
            }
            if t.starts_with("- ") || t == "-" {
                match item_indent {
                    None => item_indent = Some(indent_of(l)),
                    Some(x) if x != indent_of(l) => continue,
                    _ => {}
                }
                out.push(i + 1);
            }
        }
        out
    }

    /// The first line in `from..until` (1-based, `until` excluded; None: to the end) that
    /// contains `needle`, else `from`: where a value that parsed but made no sense sits.
    pub fn find(&self, from: Option<usize>, until: Option<usize>, needle: &str) -> Option<usize> {
        let from = from?;
        let end = until
            .unwrap_or(self.lines.len() + 1)
            .min(self.lines.len() + 1);
        (from..end)
            .find(|n| self.lines[n - 1].contains(needle))
            .or(Some(from))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_of_items_weeks_and_calls() {
        let text = "# c\n---\n- name: A\n  mentors: []\n- name: B\n";
        assert_eq!(Lines::new(text).items(), vec![3, 5]);
        let s = "weeks:\n  '00':\n    start: x\n    calls:\n    - title: a\n      type: Cohort\n    - duration: 30 min\n      title: b\n  '01':\n";
        let l = Lines::new(s);
        let at = l.keys().get("00").copied();
        assert_eq!(at, Some(2));
        assert_eq!(l.children(at), vec![5, 7]);
        assert_eq!(l.find(Some(7), Some(9), "30 min"), Some(7));
        assert_eq!(l.find(Some(5), Some(7), "nowhere"), Some(5));
    }
}
