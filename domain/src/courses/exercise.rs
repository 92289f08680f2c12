//! Exercises inside a lesson: the `{exercise}` block syntax (documented in
//! `content/README.md`) parsed into its parts, each with the line it came from. The renderer
//! turns the Markdown parts into sanitized HTML; grading uses the English file's exercise for
//! the right answers and points, so a translation only changes the words.
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Kind {
    /// One right option, graded automatically.
    Single,
    /// Several right options (all of them, and nothing else), graded automatically.
    Multiple,
    /// A written answer, graded by a mentor.
    Written,
    /// A notebook uploaded (or linked) from the learner's hub, graded by a mentor.
    Notebook,
}

impl Kind {
    pub fn parse(s: &str) -> Option<Kind> {
        match s {
            "single" => Some(Kind::Single),
            "multiple" => Some(Kind::Multiple),
            "written" => Some(Kind::Written),
            "notebook" => Some(Kind::Notebook),
            _ => None,
        }
    }
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Single => "single",
            Kind::Multiple => "multiple",
            Kind::Written => "written",
            Kind::Notebook => "notebook",
        }
    }
    pub fn auto_graded(self) -> bool {
        matches!(self, Kind::Single | Kind::Multiple)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Choice {
    pub correct: bool,
    pub html: String,
    pub explanation_html: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Level {
    pub points: i32,
    pub title: String,
    pub description: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Criterion {
    pub title: String,
    pub description: String,
    pub levels: Vec<Level>,
}

impl Criterion {
    pub fn max_points(&self) -> i32 {
        self.levels.iter().map(|l| l.points).max().unwrap_or(0)
    }
}

/// An exercise ready to show and to grade.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Exercise {
    pub id: String,
    /// 1 for the lesson's first exercise: "Exercise 1" in lists.
    pub number: usize,
    pub line: usize,
    pub kind: Kind,
    pub points: i32,
    pub prompt_html: String,
    pub choices: Vec<Choice>,
    pub rubric: Vec<Criterion>,
}

impl Exercise {
    /// Whether `chosen` (option positions) is exactly the set of right options.
    pub fn is_correct(&self, chosen: &[usize]) -> bool {
        let right: Vec<usize> = (0..self.choices.len())
            .filter(|i| self.choices[*i].correct)
            .collect();
        let mut chosen = chosen.to_vec();
        chosen.sort_unstable();
        chosen.dedup();
        chosen == right
    }

    /// What a translation must keep from the English exercise so grading stays the same.
    /// None when it matches; otherwise what differs.
    pub fn shape_differs(&self, translation: &Exercise) -> Option<String> {
        let shape = |e: &Exercise| {
            (
                e.kind,
                e.points,
                e.choices.iter().map(|c| c.correct).collect::<Vec<_>>(),
                e.rubric
                    .iter()
                    .map(|c| c.levels.iter().map(|l| l.points).collect::<Vec<_>>())
                    .collect::<Vec<_>>(),
            )
        };
        (shape(self) != shape(translation)).then(|| {
            format!(
                "exercise {:?} differs from the English one (type, points, right options or rubric points): a translation changes only the words",
                self.id
            )
        })
    }
}

/// Lines of a file with their numbers.
pub type Lines<'a> = [(usize, &'a str)];

/// An exercise block split into parts, before any Markdown is rendered.
#[derive(Debug, Default)]
pub struct Source<'a> {
    pub kind: Option<Kind>,
    pub points: Option<i32>,
    pub prompt: Vec<(usize, &'a str)>,
    /// Per option: right or not, its text lines, its explanation lines.
    pub options: Vec<OptionSource<'a>>,
    pub rubric: Vec<Criterion>,
    pub rubric_line: Option<usize>,
    pub problems: Vec<(usize, String)>,
}

#[derive(Debug, Default)]
pub struct OptionSource<'a> {
    pub line: usize,
    pub correct: bool,
    pub text: Vec<(usize, &'a str)>,
    pub explanation: Vec<(usize, &'a str)>,
}

fn option_start(line: &str) -> Option<(bool, &str)> {
    for (prefix, correct) in [("- [ ] ", false), ("- [x] ", true), ("- [X] ", true)] {
        if let Some(rest) = line.strip_prefix(prefix) {
            return Some((correct, rest));
        }
    }
    None
}

/// A rubric fence's marker (`:::` or longer, then `{rubric}`), if this line opens one.
fn rubric_fence(line: &str) -> Option<&str> {
    let t = line.trim();
    let n = t.chars().take_while(|c| *c == ':').count();
    (n >= 3 && t[n..].trim() == "{rubric}").then(|| &t[..n])
}

/// Splits the lines between an exercise's fences (`block`, first line `open_line` being the
/// opening fence) into options, prompt, choices and rubric.
pub fn split<'a>(block: &Lines<'a>, open_line: usize) -> Source<'a> {
    let mut src = Source::default();
    let mut i = 0;
    while i < block.len() {
        let (no, l) = block[i];
        let t = l.trim();
        if let Some(v) = t.strip_prefix(":type:") {
            match Kind::parse(v.trim()) {
                Some(k) => src.kind = Some(k),
                None => src.problems.push((
                    no,
                    format!(
                        "unknown exercise type {:?}: use single, multiple, written or notebook",
                        v.trim()
                    ),
                )),
            }
        } else if let Some(v) = t.strip_prefix(":points:") {
            match v.trim().parse::<i32>() {
                Ok(p) if p > 0 => src.points = Some(p),
                _ => src.problems.push((
                    no,
                    format!(
                        ":points: must be a whole number above 0, not {:?}",
                        v.trim()
                    ),
                )),
            }
        } else {
            break;
        }
        i += 1;
    }
    if src.kind.is_none() {
        src.problems.push((
            open_line,
            "the exercise has no :type: line (single, multiple, written or notebook)".into(),
        ));
    }
    let mut in_options = false;
    while i < block.len() {
        let (no, l) = block[i];
        if let Some(marker) = rubric_fence(l) {
            let close = block[i + 1..]
                .iter()
                .position(|(_, x)| x.trim() == marker)
                .map(|p| i + 1 + p);
            let Some(end) = close else {
                src.problems
                    .push((no, format!("the rubric is not closed with a line {marker}")));
                break;
            };
            src.rubric_line = Some(no);
            parse_rubric(&block[i + 1..end], &mut src);
            i = end + 1;
            continue;
        }
        if let Some((correct, rest)) = option_start(l) {
            in_options = true;
            src.options.push(OptionSource {
                line: no,
                correct,
                text: vec![(no, rest)],
                explanation: vec![],
            });
        } else if in_options {
            let indented = l.starts_with("  ") || l.starts_with('\t');
            let last = src.options.last_mut().expect("in options");
            if l.trim().is_empty() {
                // A blank line between options is fine.
            } else if indented && l.trim_start().starts_with('>') {
                let text = l.trim_start()[1..]
                    .strip_prefix(' ')
                    .unwrap_or(&l.trim_start()[1..]);
                last.explanation.push((no, text));
            } else if indented {
                last.text.push((no, l.trim_start()));
            } else {
                src.problems.push((no, "text after the options: put it before the first option, or indent it under an option".into()));
            }
        } else {
            src.prompt.push((no, l));
        }
        i += 1;
    }
    check(&mut src, open_line);
    src
}

fn check(src: &mut Source, open_line: usize) {
    let right = src.options.iter().filter(|o| o.correct).count();
    match src.kind {
        Some(Kind::Single) | Some(Kind::Multiple) => {
            if src.options.len() < 2 {
                src.problems.push((open_line, "a choice exercise needs at least two options, written as - [ ] wrong and - [x] right".into()));
            }
            if src.kind == Some(Kind::Single) && right != 1 {
                src.problems.push((
                    open_line,
                    format!("a single-choice exercise needs exactly one right option (- [x]), it has {right}"),
                ));
            }
            if src.kind == Some(Kind::Multiple) && right == 0 {
                src.problems.push((
                    open_line,
                    "a multiple-choice exercise needs at least one right option (- [x])".into(),
                ));
            }
            if let Some(line) = src.rubric_line {
                src.problems.push((
                    line,
                    "choice exercises are graded automatically: a rubric is only for written and notebook exercises".into(),
                ));
            }
        }
        Some(Kind::Written) | Some(Kind::Notebook) => {
            if let Some(o) = src.options.first() {
                src.problems.push((
                    o.line,
                    "options (- [ ]) are only for single and multiple exercises".into(),
                ));
            }
            let rubric_total: i32 = src.rubric.iter().map(Criterion::max_points).sum();
            match (src.points, src.rubric.is_empty()) {
                (None, true) => src.problems.push((
                    open_line,
                    "give the exercise :points: or a rubric, so mentors know what it is worth"
                        .into(),
                )),
                (Some(p), false) if p != rubric_total => src.problems.push((
                    open_line,
                    format!(
                        ":points: is {p} but the rubric's best levels add up to {rubric_total}"
                    ),
                )),
                _ => {}
            }
        }
        None => {}
    }
    if src.prompt.iter().all(|(_, l)| l.trim().is_empty()) {
        src.problems.push((
            open_line,
            "the exercise has no question before its answers".into(),
        ));
    }
}

/// ```text
/// - Accuracy: the answer is right
///   - 0 Missing: no answer
///   - 2 Right: every step is right
/// ```
fn parse_rubric(lines: &Lines, src: &mut Source) {
    let split_title = |s: &str| match s.split_once(':') {
        Some((t, d)) => (t.trim().to_owned(), d.trim().to_owned()),
        None => (s.trim().to_owned(), String::new()),
    };
    for (no, l) in lines {
        if l.trim().is_empty() {
            continue;
        }
        if let Some(rest) = l.strip_prefix("- ") {
            let (title, description) = split_title(rest);
            src.rubric.push(Criterion {
                title,
                description,
                levels: vec![],
            });
        } else if let Some(rest) = l
            .trim_start()
            .strip_prefix("- ")
            .filter(|_| l.starts_with(' '))
        {
            let (points, rest) = rest.split_once(' ').unwrap_or((rest, ""));
            let Some(criterion) = src.rubric.last_mut() else {
                src.problems.push((
                    *no,
                    "a level before any criterion: start with - Criterion: description".into(),
                ));
                continue;
            };
            match points.parse::<i32>() {
                Ok(p) if p >= 0 => {
                    let (title, description) = split_title(rest);
                    criterion.levels.push(Level {
                        points: p,
                        title,
                        description,
                    });
                }
                _ => src.problems.push((
                    *no,
                    format!("a rubric level starts with its points, a whole number: \"  - 2 Good: ...\", not {points:?}"),
                )),
            }
        } else {
            src.problems.push((
                *no,
                "a rubric line is either \"- Criterion: description\" or an indented \"  - points Level: description\"".into(),
            ));
        }
    }
    for c in &src.rubric {
        if c.levels.len() < 2 {
            src.problems.push((
                lines.first().map(|l| l.0).unwrap_or(0),
                format!("rubric criterion {:?} needs at least two levels", c.title),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(s: &str) -> Vec<(usize, &str)> {
        s.lines().enumerate().map(|(i, l)| (i + 11, l)).collect()
    }

    #[test]
    fn options_explanations_and_rubric_are_split_with_their_lines() {
        let text = ":type: single\n\nWhat runs code?\n\n- [ ] The file\n  > No: files only store.\n- [x] The kernel\n  > Yes.\n";
        let s = split(&lines(text), 10);
        assert!(s.problems.is_empty(), "{:?}", s.problems);
        assert_eq!(s.kind, Some(Kind::Single));
        assert_eq!(s.options.len(), 2);
        assert!(s.options[1].correct);
        assert_eq!(
            s.options[0].explanation,
            vec![(16, "No: files only store.")]
        );
        assert!(s
            .prompt
            .iter()
            .any(|(n, l)| *n == 13 && *l == "What runs code?"));

        let text = ":type: written\n\nExplain.\n\n:::{rubric}\n- Accuracy: right\n  - 0 Missing: none\n  - 2 Right: all\n- Clarity\n  - 0 Unclear\n  - 1 Clear\n:::\n";
        let s = split(&lines(text), 10);
        assert!(s.problems.is_empty(), "{:?}", s.problems);
        assert_eq!(s.rubric.len(), 2);
        assert_eq!(s.rubric[0].levels[1].points, 2);
        assert_eq!(s.rubric[0].description, "right");
        assert_eq!(s.rubric.iter().map(Criterion::max_points).sum::<i32>(), 3);
    }

    #[test]
    fn mistakes_are_reported_with_their_line() {
        let s = split(&lines(":type: single\nQ\n- [ ] a\n- [ ] b\n"), 10);
        assert!(s
            .problems
            .iter()
            .any(|(n, m)| *n == 10 && m.contains("exactly one")));
        let s = split(&lines(":type: essay\nQ\n"), 10);
        assert!(s
            .problems
            .iter()
            .any(|(n, m)| *n == 11 && m.contains("essay")));
        let s = split(&lines(":type: written\nQ\n"), 10);
        assert!(s.problems.iter().any(|(_, m)| m.contains(":points:")));
        let s = split(
            &lines(
                ":type: notebook\n:points: 5\nQ\n:::{rubric}\n- A\n  - x Bad\n  - 1 Good\n:::\n",
            ),
            10,
        );
        assert!(s
            .problems
            .iter()
            .any(|(n, m)| *n == 16 && m.contains("\"x\"")));
        assert!(s.problems.iter().any(|(_, m)| m.contains("add up to 1")));
        let s = split(&lines(":type: multiple\nQ\n- [x] a\n- [ ] b\nafter\n"), 10);
        assert!(s
            .problems
            .iter()
            .any(|(n, m)| *n == 15 && m.contains("after the options")));
    }

    #[test]
    fn only_exactly_the_right_options_are_correct() {
        let e = Exercise {
            id: "e".into(),
            number: 1,
            line: 1,
            kind: Kind::Multiple,
            points: 1,
            prompt_html: String::new(),
            choices: [true, false, true]
                .into_iter()
                .map(|correct| Choice {
                    correct,
                    html: String::new(),
                    explanation_html: String::new(),
                })
                .collect(),
            rubric: vec![],
        };
        assert!(e.is_correct(&[2, 0]));
        assert!(!e.is_correct(&[0]));
        assert!(!e.is_correct(&[0, 1, 2]));
    }
}
