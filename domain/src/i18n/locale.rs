use serde::{Deserialize, Serialize};

/// A language the platform is offered in. English is the source of every text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
pub enum Locale {
    En,
    Es,
    Pt,
}

impl Locale {
    pub const ALL: [Locale; 3] = [Locale::En, Locale::Es, Locale::Pt];

    pub fn code(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Es => "es",
            Locale::Pt => "pt",
        }
    }

    /// Accepts `es`, `ES`, `es-AR`, `pt_BR` and the like.
    pub fn parse(s: &str) -> Option<Locale> {
        let primary = s.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Locale::En),
            "es" => Some(Locale::Es),
            "pt" => Some(Locale::Pt),
            _ => None,
        }
    }

    /// The language's own name, shown in the language switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Es => "Español",
            Locale::Pt => "Português",
        }
    }
}

impl std::fmt::Display for Locale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// Picks the best supported language from an `Accept-Language` header, honouring q-values.
pub fn negotiate(accept_language: &str) -> Option<Locale> {
    let mut best: Option<(f32, Locale)> = None;
    for part in accept_language.split(',') {
        let mut pieces = part.split(';');
        let tag = pieces.next().unwrap_or("").trim();
        let q = pieces
            .find_map(|p| p.trim().strip_prefix("q="))
            .and_then(|q| q.parse::<f32>().ok())
            .unwrap_or(1.0);
        if let Some(locale) = Locale::parse(tag) {
            if q > 0.0 && best.is_none_or(|(bq, _)| q > bq) {
                best = Some((q, locale));
            }
        }
    }
    best.map(|(_, l)| l)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_regional_tags() {
        assert_eq!(Locale::parse("pt-BR"), Some(Locale::Pt));
        assert_eq!(Locale::parse("es_AR"), Some(Locale::Es));
        assert_eq!(Locale::parse("fr"), None);
    }

    #[test]
    fn negotiates_by_quality() {
        assert_eq!(
            negotiate("fr-FR,fr;q=0.9,pt-BR;q=0.8,en;q=0.5"),
            Some(Locale::Pt)
        );
        assert_eq!(negotiate("es-MX, en;q=0.1"), Some(Locale::Es));
        assert_eq!(negotiate("de, fr"), None);
        assert_eq!(negotiate("en;q=0, es;q=0.2"), Some(Locale::Es));
    }
}
