//! A word diff, to show translators how the English changed since their translation.

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece {
    Same(String),
    Removed(String),
    Added(String),
}

/// The words (with the spaces after them) of `old` and `new`, as kept, removed and added
/// runs. Longest common subsequence over words: messages are short.
pub fn words(old: &str, new: &str) -> Vec<Piece> {
    let split = |s: &str| -> Vec<String> {
        s.split_inclusive(char::is_whitespace)
            .map(str::to_owned)
            .collect()
    };
    let (a, b) = (split(old), split(new));
    let (n, m) = (a.len(), b.len());
    let mut lcs = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if a[i].trim_end() == b[j].trim_end() {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let mut out: Vec<Piece> = vec![];
    let push = |out: &mut Vec<Piece>, p: Piece| match (out.last_mut(), p) {
        (Some(Piece::Same(s)), Piece::Same(t)) => s.push_str(&t),
        (Some(Piece::Removed(s)), Piece::Removed(t)) => s.push_str(&t),
        (Some(Piece::Added(s)), Piece::Added(t)) => s.push_str(&t),
        (_, p) => out.push(p),
    };
    let (mut i, mut j) = (0, 0);
    while i < n || j < m {
        if i < n && j < m && a[i].trim_end() == b[j].trim_end() {
            push(&mut out, Piece::Same(b[j].clone()));
            i += 1;
            j += 1;
        } else if j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j]) {
            push(&mut out, Piece::Added(b[j].clone()));
            j += 1;
        } else {
            push(&mut out, Piece::Removed(a[i].clone()));
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shows_the_changed_words() {
        assert_eq!(
            words(
                "Sign in to your account",
                "Sign in to your Catalyst account"
            ),
            vec![
                Piece::Same("Sign in to your ".into()),
                Piece::Added("Catalyst ".into()),
                Piece::Same("account".into()),
            ]
        );
        assert_eq!(
            words("one two", "one three"),
            vec![
                Piece::Same("one ".into()),
                Piece::Added("three".into()),
                Piece::Removed("two".into())
            ]
        );
    }
}
