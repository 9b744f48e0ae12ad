//! CLDR plural categories for the languages Hearken ships.
//!
//! Why this exists: `intl_pluralrules` 7.0.2, which `fluent-bundle` uses for
//! `{ $n -> [few] ... }` selection, drops the `n % 100` part of the Arabic
//! rules (103-110 must be `few`, 111-199 `many`). Coordinators routinely count
//! past 100, so Hearken's Fluent files select plurals through the `PLURAL()`
//! function backed by these rules instead. The rules are CLDR 46's
//! `plurals.xml` for cardinal integers (and plain decimals where the language
//! distinguishes them), checked against CLDR's own sample ranges in tests.

/// A CLDR plural category.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PluralCategory {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl PluralCategory {
    /// The category's CLDR keyword, as written in Fluent variant keys.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Zero => "zero",
            Self::One => "one",
            Self::Two => "two",
            Self::Few => "few",
            Self::Many => "many",
            Self::Other => "other",
        }
    }
}

/// The cardinal plural category of `n` in `lang` (a primary language subtag).
/// Unknown languages fall back to the English rule.
pub fn cardinal(lang: &str, n: f64) -> PluralCategory {
    use PluralCategory::*;
    let n = n.abs();
    let is_int = n.fract() == 0.0 && n < 1e15;
    // `i` is the integer digits of n; CLDR's v (visible fraction digits) is 0
    // exactly when the number is an integer as Hearken formats it.
    let i = n.trunc() as u64;
    match lang {
        "ar" => {
            if !is_int {
                return Other;
            }
            match (i, i % 100) {
                (0, _) => Zero,
                (1, _) => One,
                (2, _) => Two,
                (_, 3..=10) => Few,
                (_, 11..=99) => Many,
                _ => Other,
            }
        }
        "ru" => {
            if !is_int {
                return Other;
            }
            match (i % 10, i % 100) {
                (1, m) if m != 11 => One,
                (2..=4, m) if !(12..=14).contains(&m) => Few,
                _ => Many,
            }
        }
        "fr" => {
            if i == 0 || i == 1 {
                One
            } else if is_int && i != 0 && i.is_multiple_of(1_000_000) {
                Many
            } else {
                Other
            }
        }
        "es" => {
            if n == 1.0 {
                One
            } else if is_int && i != 0 && i.is_multiple_of(1_000_000) {
                Many
            } else {
                Other
            }
        }
        _ => {
            if n == 1.0 && is_int {
                One
            } else {
                Other
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{PluralCategory::*, *};

    fn all(lang: &str, range: impl IntoIterator<Item = u64>, want: PluralCategory) {
        for n in range {
            assert_eq!(cardinal(lang, n as f64), want, "{lang} {n}");
        }
    }

    // Sample ranges from CLDR's plurals.xml @integer samples.
    #[test]
    fn arabic_follows_cldr_past_one_hundred() {
        all("ar", [0], Zero);
        all("ar", [1], One);
        all("ar", [2], Two);
        all("ar", (3..=10).chain(103..=110).chain(1003..=1010), Few);
        all("ar", (11..=26).chain(111..=199).chain(1011..=1099), Many);
        all(
            "ar",
            (100..=102).chain(200..=202).chain([1000, 10000, 100000]),
            Other,
        );
    }

    #[test]
    fn russian_one_few_many() {
        all("ru", [1, 21, 31, 101, 1001], One);
        all("ru", [2, 3, 4, 22, 24, 102, 1002], Few);
        all("ru", (5..=20).chain([0, 25, 100, 111, 112, 1000]), Many);
    }

    #[test]
    fn french_spanish_english() {
        all("fr", [0, 1], One);
        all("fr", [2, 17, 100, 1000], Other);
        all("fr", [1_000_000, 2_000_000], Many);
        assert_eq!(cardinal("fr", 1.5), One);
        all("es", [1], One);
        all("es", [0, 2, 16, 100], Other);
        all("es", [1_000_000], Many);
        all("en", [1], One);
        all("en", [0, 2, 100, 1_000_000], Other);
        assert_eq!(cardinal("en", 1.5), Other);
    }
}
