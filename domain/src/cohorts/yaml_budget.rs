//! A budget for YAML aliases, checked on the parser's events before anything is built.
//!
//! An anchor of N items referenced M times makes N×M nodes when deserialized: a 19 KiB
//! schedule.yaml cost 35 s and 1 GB. The OLS files use no aliases at all, so the budget is
//! small. The events come from the same parser the deserializer uses (libyaml), so what is
//! counted is exactly what would be built; counting costs one pass, linear in the text.
use std::collections::HashMap;

/// Most alias references a file may make.
pub const MAX_ALIASES: u64 = 64;
/// Most nodes the aliases of a file may add to it when expanded.
pub const MAX_ALIAS_NODES: u64 = 10_000;
/// Deepest nesting of collections (the OLS files go four deep). Past it the parser's own
/// bookkeeping grows faster than the text: half a megabyte of `[` took minutes.
pub const MAX_DEPTH: usize = 32;

/// Why a text was refused: too many aliases, or aliases that expand too far, at this line.
#[derive(Debug, PartialEq, Eq)]
pub struct OverBudget {
    pub line: usize,
    pub aliases: u64,
    pub nodes: u64,
    /// Refused for nesting deeper than `MAX_DEPTH`, not for aliases.
    pub too_deep: bool,
}

/// One libyaml parser over a borrowed text, freed on drop.
struct Events<'a> {
    parser: Box<std::mem::MaybeUninit<libyaml_rs::yaml_parser_t>>,
    _text: &'a [u8],
}

enum Event {
    /// A scalar, with its anchor.
    Scalar(Option<Vec<u8>>),
    /// A sequence or mapping opens, with its anchor.
    Start(Option<Vec<u8>>),
    End,
    Alias(Vec<u8>),
    Other,
    Done,
}

impl<'a> Events<'a> {
    fn new(text: &'a str) -> Self {
        let mut parser = Box::new(std::mem::MaybeUninit::<libyaml_rs::yaml_parser_t>::uninit());
        // SAFETY: the parser is initialized in place and stays in its box (libyaml keeps
        // pointers into it); the input outlives it through `_text`.
        unsafe {
            let p = parser.as_mut_ptr();
            if libyaml_rs::yaml_parser_initialize(p).fail {
                panic!("libyaml could not allocate a parser");
            }
            libyaml_rs::yaml_parser_set_encoding(p, libyaml_rs::YAML_UTF8_ENCODING);
            libyaml_rs::yaml_parser_set_input_string(p, text.as_ptr(), text.len() as _);
        }
        Events {
            parser,
            _text: text.as_bytes(),
        }
    }

    /// The next event and its line (0-based); None on a syntax error (the deserializer
    /// reports it with its line).
    fn next(&mut self) -> Option<(Event, usize)> {
        let mut ev = std::mem::MaybeUninit::<libyaml_rs::yaml_event_t>::uninit();
        // SAFETY: the parser was initialized in `new`; the event is read only after a
        // successful parse filled it, its anchors are NUL-terminated strings owned by the
        // event, copied before the event is deleted.
        unsafe {
            let p = self.parser.as_mut_ptr();
            if (&(*p)).error != libyaml_rs::YAML_NO_ERROR {
                return None;
            }
            let e = ev.as_mut_ptr();
            if libyaml_rs::yaml_parser_parse(p, e).fail {
                return None;
            }
            let anchor = |a: *mut u8| {
                (!a.is_null()).then(|| std::ffi::CStr::from_ptr(a as *const _).to_bytes().to_vec())
            };
            let out = match (*e).type_ {
                libyaml_rs::YAML_STREAM_END_EVENT => Event::Done,
                libyaml_rs::YAML_ALIAS_EVENT => {
                    Event::Alias(anchor((*e).data.alias.anchor).unwrap_or_default())
                }
                libyaml_rs::YAML_SCALAR_EVENT => Event::Scalar(anchor((*e).data.scalar.anchor)),
                libyaml_rs::YAML_SEQUENCE_START_EVENT => {
                    Event::Start(anchor((*e).data.sequence_start.anchor))
                }
                libyaml_rs::YAML_MAPPING_START_EVENT => {
                    Event::Start(anchor((*e).data.mapping_start.anchor))
                }
                libyaml_rs::YAML_SEQUENCE_END_EVENT | libyaml_rs::YAML_MAPPING_END_EVENT => {
                    Event::End
                }
                _ => Event::Other,
            };
            let line = (*e).start_mark.line as usize;
            libyaml_rs::yaml_event_delete(e);
            Some((out, line))
        }
    }
}

impl Drop for Events<'_> {
    fn drop(&mut self) {
        // SAFETY: initialized in `new`, deleted once.
        unsafe { libyaml_rs::yaml_parser_delete(self.parser.as_mut_ptr()) }
    }
}

/// Counts what the aliases of `text` would add when expanded; refuses past the budget.
/// Texts with syntax errors pass: the deserializer reports them.
pub fn check(text: &str) -> Result<(), OverBudget> {
    let mut events = Events::new(text);
    // Nodes built so far (each alias counts as the nodes of what it names).
    let mut total: u64 = 0;
    let mut aliases: u64 = 0;
    let mut added: u64 = 0;
    // Open collections: their anchor and the total when they opened.
    let mut open: Vec<(Option<Vec<u8>>, u64)> = vec![];
    let mut sizes: HashMap<Vec<u8>, u64> = HashMap::new();
    while let Some((event, line)) = events.next() {
        match event {
            Event::Done => break,
            Event::Other => {}
            Event::Scalar(anchor) => {
                total += 1;
                if let Some(a) = anchor {
                    sizes.insert(a, 1);
                }
            }
            Event::Start(anchor) => {
                total += 1;
                open.push((anchor, total - 1));
                if open.len() > MAX_DEPTH {
                    return Err(OverBudget {
                        line: line + 1,
                        aliases,
                        nodes: added,
                        too_deep: true,
                    });
                }
            }
            Event::End => {
                if let Some((Some(a), from)) = open.pop() {
                    sizes.insert(a, total - from);
                }
            }
            Event::Alias(a) => {
                let n = sizes.get(&a).copied().unwrap_or(0);
                aliases += 1;
                added = added.saturating_add(n);
                total = total.saturating_add(n);
                if aliases > MAX_ALIASES || added > MAX_ALIAS_NODES {
                    return Err(OverBudget {
                        line: line + 1,
                        aliases,
                        nodes: added,
                        too_deep: false,
                    });
                }
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deep_nesting_is_refused_at_once() {
        let deep = format!("weeks: {}{}\n", "[".repeat(500_000), "]".repeat(500_000));
        let e = check(&deep).unwrap_err();
        assert!(e.too_deep);
        assert_eq!(e.line, 1);
        let fine = format!(
            "a: {}{}\n",
            "[".repeat(MAX_DEPTH - 1),
            "]".repeat(MAX_DEPTH - 1)
        );
        assert_eq!(check(&fine), Ok(()));
    }

    #[test]
    fn aliases_within_the_budget_pass() {
        assert_eq!(check("a: &x [1, 2]\nb: *x\nc: *x\n"), Ok(()));
        assert_eq!(check("weeks: {}\n"), Ok(()));
        // Syntax errors are left to the deserializer.
        assert_eq!(check("a: [unclosed\n"), Ok(()));
    }

    #[test]
    fn a_fan_out_is_refused_at_the_alias_that_breaks_the_budget() {
        // 200 items referenced 100 times: 20,000 nodes from a few lines.
        let items: String = (0..200).map(|i| format!("  - {i}\n")).collect();
        let refs: String = (0..100).map(|i| format!("r{i}: *a\n")).collect();
        let e = check(&format!("base: &a\n{items}{refs}")).unwrap_err();
        // Each reference adds the sequence and its 200 items: the 50th passes 10,000.
        assert_eq!((e.aliases, e.line), (50, 202 + 49));
        // Nested (billion laughs): each level references the one before ten times.
        let mut text = "l0: &l0 [x, x, x, x, x, x, x, x, x, x]\n".to_string();
        for i in 1..9 {
            let refs = vec![format!("*l{}", i - 1); 10].join(", ");
            text.push_str(&format!("l{i}: &l{i} [{refs}]\n"));
        }
        assert!(check(&text).is_err());
    }
}
