//! LaTeX math (`$…$`, `$$…$$`, MyST `{math}`) as MathML, made on the server so readers need
//! no script. pulldown-latex is a pull parser (one pass); a formula over the size limit, or
//! one it cannot parse, is shown as its source in `<code>` (escaped), never as broken markup.
use super::render::escape_text;
use pulldown_latex::{config::DisplayMode, push_mathml, Parser, RenderConfig, Storage};

/// The longest formula converted; real formulas are a few hundred bytes.
pub const MAX_FORMULA_BYTES: usize = 8 * 1024;

/// `latex` as a `<math>` element (block when `display`), or its escaped source when it cannot
/// be converted. The second value says whether it was converted.
pub fn to_mathml(latex: &str, display: bool) -> (String, bool) {
    let fallback = || {
        (
            format!(
                "<code class=\"language-latex\">{}</code>",
                escape_text(latex)
            ),
            false,
        )
    };
    let src = latex.trim();
    if src.is_empty() || src.len() > MAX_FORMULA_BYTES {
        return fallback();
    }
    // The annotation (the source, for screen readers and copying) is written as given.
    let annotation = escape_text(src);
    let storage = Storage::new();
    let parser = Parser::new(src, &storage);
    let config = RenderConfig {
        display_mode: if display {
            DisplayMode::Block
        } else {
            DisplayMode::Inline
        },
        annotation: Some(&annotation),
        ..RenderConfig::default()
    };
    let mut out = String::new();
    // The renderer reports unknown commands inside the output (<merror>); a panic in a
    // third-party parser must not take the page down with it.
    let ok = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        push_mathml(&mut out, parser, config).is_ok()
    }))
    .unwrap_or(false);
    if !ok || out.contains("<merror") {
        return fallback();
    }
    (out, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_become_mathml_and_broken_ones_stay_text() {
        let (m, ok) = to_mathml("x^2 + \\alpha_i", false);
        assert!(ok && m.starts_with("<math") && m.contains("<msup>"), "{m}");
        let (m, ok) = to_mathml("\\frac{a}{b}", true);
        assert!(
            ok && m.contains("display=\"block\"") && m.contains("<mfrac"),
            "{m}"
        );
        let (m, ok) = to_mathml("\\frac{a}{<script>", false);
        assert!(!ok && m.contains("&lt;script&gt;"), "{m}");
    }
}
