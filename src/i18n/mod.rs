//! Fluent loading and language negotiation.
//!
//! Every string a person reads (CLI output, errors, report text, UI) comes
//! from `locales/<lang>/*.ftl`; `build.rs` embeds those files so the binaries
//! need nothing at run time. A [`Localizer`] holds the negotiated language and
//! English as fallback, so a message missing in one language still reads.
//! Errors cross the API as a [`Message`] (a code and arguments, no text) and
//! become sentences only here.

pub mod plural;

use std::collections::BTreeMap;

use fluent_bundle::{
    FluentArgs, FluentResource, FluentValue, concurrent::FluentBundle, types::FluentNumber,
};
use serde::Serialize;
use unic_langid::LanguageIdentifier;

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// The languages Hearken ships, English first (the fallback).
pub const LANGUAGES: &[&str] = &["en", "fr", "es", "ar", "ru"];

/// Languages written right to left.
pub fn is_rtl(lang: &str) -> bool {
    primary(lang) == "ar"
}

fn primary(lang: &str) -> &str {
    lang.split(['-', '_', '.']).next().unwrap_or(lang)
}

/// One argument of a [`Message`]. In JSON (`--json` errors, the app) a
/// whole number is written as one (`4000`, not `4000.0`), so scripts
/// compare it as they would expect.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Str(String),
    Num(f64),
}

impl Serialize for Arg {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Arg::Str(v) => s.serialize_str(v),
            // Exactly representable whole numbers (|n| < 2^53) as integers.
            Arg::Num(n) if n.fract() == 0.0 && n.abs() < 9_007_199_254_740_992.0 => {
                s.serialize_i64(*n as i64)
            }
            Arg::Num(n) => s.serialize_f64(*n),
        }
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Str(s.to_owned())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Str(s)
    }
}
macro_rules! num_arg {
    ($($t:ty),*) => {$(impl From<$t> for Arg { fn from(n: $t) -> Self { Arg::Num(n as f64) } })*};
}
num_arg!(u8, u16, u32, u64, usize, i32, i64, f64);

/// A translatable message: a Fluent id and its arguments. Errors are turned
/// into one of these (see [`Localized`]); arguments never carry participant
/// text, passphrases or keys.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Message {
    pub code: &'static str,
    pub args: BTreeMap<&'static str, Arg>,
}

impl Message {
    pub fn new(code: &'static str) -> Self {
        Self {
            code,
            args: BTreeMap::new(),
        }
    }
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.insert(name, value.into());
        self
    }
}

/// An error that can be told to a person: `err-<code>` says what happened,
/// `rec-<code>` (optional) what to do.
pub trait Localized {
    fn message(&self) -> Message;
}

/// Negotiated Fluent bundles: the chosen language, then English.
pub struct Localizer {
    lang: &'static str,
    numbers: Numbers,
    bundles: Vec<FluentBundle<FluentResource>>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer")
            .field("lang", &self.lang)
            .finish()
    }
}

/// Picks the best shipped language for a list of requested ones
/// (e.g. `["fr-CA", "en"]`), English when none matches.
pub fn negotiate<S: AsRef<str>>(requested: &[S]) -> &'static str {
    for want in requested {
        let p = primary(want.as_ref()).to_ascii_lowercase();
        if let Some(l) = LANGUAGES.iter().find(|l| **l == p) {
            return l;
        }
    }
    LANGUAGES[0]
}

/// The language the operating system asks for (`LC_ALL`, `LC_MESSAGES`, `LANG`).
pub fn system_language() -> &'static str {
    let vars = ["LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"];
    let requested: Vec<String> = vars
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .filter(|v| !v.is_empty() && v != "C" && v != "POSIX")
        .flat_map(|v| v.split(':').map(str::to_owned).collect::<Vec<_>>())
        .collect();
    negotiate(&requested)
}

/// Thousands grouping of a whole number as the language writes it (CLDR):
/// "12,345" in English and Arabic (Latin digits), "12 345" in French (a
/// narrow no-break space) and Russian (a no-break space), "12.345" in
/// Spanish, which leaves four-digit numbers ungrouped.
pub fn group_digits(lang: &str, n: u64) -> String {
    let (sep, min) = match lang {
        "fr" => ('\u{202F}', 1000),
        "ru" => ('\u{00A0}', 1000),
        "es" => ('.', 10_000),
        _ => (',', 1000),
    };
    let digits = n.to_string();
    if n < min {
        return digits;
    }
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// A Fluent number placeable in a reader's document: whole numbers grouped
/// as the language writes them; anything else as Fluent would.
fn grouped(lang: &str, v: &FluentValue) -> Option<String> {
    match v {
        FluentValue::Number(FluentNumber { value, .. })
            if value.fract() == 0.0 && *value >= 0.0 && *value < 1e15 =>
        {
            Some(group_digits(lang, *value as u64))
        }
        _ => None,
    }
}

/// How a bundle writes numbers: as Fluent does (screens, the command line,
/// where scripts read them), or grouped for a reader's document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Numbers {
    Plain,
    Grouped,
}

fn bundle_for(
    lang: &'static str,
    isolating: bool,
    numbers: Numbers,
) -> FluentBundle<FluentResource> {
    let id: LanguageIdentifier = lang.parse().expect("shipped language ids parse");
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    bundle.set_use_isolating(isolating);
    if numbers == Numbers::Grouped {
        bundle.set_formatter(Some(match lang {
            "fr" => |v, _| grouped("fr", v),
            "es" => |v, _| grouped("es", v),
            "ru" => |v, _| grouped("ru", v),
            "ar" => |v, _| grouped("ar", v),
            _ => |v, _| grouped("en", v),
        }));
    }
    bundle
        .add_function("PLURAL", move |positional, _named| {
            match positional.first() {
                Some(FluentValue::Number(FluentNumber { value, .. })) => {
                    FluentValue::from(plural::cardinal(lang, *value).as_str())
                }
                _ => FluentValue::from("other"),
            }
        })
        .expect("PLURAL registered once");
    for (l, _name, src) in LOCALE_FILES {
        if *l == lang {
            let res = FluentResource::try_new((*src).to_owned()).unwrap_or_else(|(res, _)| res);
            // Duplicate ids are caught by the locale tests; keep the first.
            let _ = bundle.add_resource(res);
        }
    }
    bundle
}

impl Localizer {
    /// Bundles for `lang` (negotiated) with English fallback. `isolating`
    /// wraps placeables in Unicode isolation marks: right for screens that mix
    /// scripts, wrong for CSV or PDF text.
    pub fn new(lang: &str, isolating: bool) -> Self {
        Self::with(lang, isolating, Numbers::Plain)
    }

    /// For a document a person reads (reports, summaries): placeables
    /// isolated, so a Latin run keeps its punctuation inside Arabic, and
    /// whole numbers grouped as the language writes them ([`group_digits`]).
    pub fn report(lang: &str) -> Self {
        Self::with(lang, true, Numbers::Grouped)
    }

    fn with(lang: &str, isolating: bool, numbers: Numbers) -> Self {
        let lang = negotiate(&[lang]);
        let mut bundles = vec![bundle_for(lang, isolating, numbers)];
        if lang != LANGUAGES[0] {
            bundles.push(bundle_for(LANGUAGES[0], isolating, numbers));
        }
        Self {
            lang,
            numbers,
            bundles,
        }
    }

    /// A count as the reader's language writes it in a document
    /// ([`Localizer::report`]); plain digits elsewhere.
    pub fn count(&self, n: usize) -> String {
        match self.numbers {
            Numbers::Grouped => group_digits(self.lang, n as u64),
            Numbers::Plain => n.to_string(),
        }
    }

    /// A date (YYYY-MM-DD) as the reader's language writes it, "1 March
    /// 2026", « 1 mars 2026 », "1 марта 2026 г."; anything else as given.
    pub fn date(&self, iso: &str) -> String {
        let parts: Vec<&str> = iso.split('-').collect();
        let [year, month, day] = parts.as_slice() else {
            return iso.to_owned();
        };
        let (Ok(m), Ok(d)) = (month.parse::<u8>(), day.parse::<u8>()) else {
            return iso.to_owned();
        };
        if year.len() != 4 || !(1..=12).contains(&m) || !(1..=31).contains(&d) {
            return iso.to_owned();
        }
        // One run of words: no isolate marks inside it.
        self.format(
            "date-long",
            &[
                ("day", Arg::from(d.to_string())),
                ("month", Arg::from(self.text(&format!("month-{m}")))),
                ("year", Arg::from(*year)),
            ],
        )
        .chars()
        .filter(|c| !('\u{2066}'..='\u{2069}').contains(c))
        .collect()
    }

    /// The negotiated language code.
    pub fn lang(&self) -> &'static str {
        self.lang
    }

    /// Whether a message id exists in the chosen language or the fallback.
    pub fn has(&self, id: &str) -> bool {
        self.bundles.iter().any(|b| b.has_message(id))
    }

    /// Formats message `id` with `args`. A missing id formats as the id itself,
    /// so a gap shows up instead of an empty line (tests catch gaps).
    pub fn format(&self, id: &str, args: &[(&str, Arg)]) -> String {
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            match v {
                Arg::Str(s) => fargs.set(*k, s.as_str()),
                Arg::Num(n) => fargs.set(*k, *n),
            }
        }
        for bundle in &self.bundles {
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = vec![];
                return bundle
                    .format_pattern(pattern, Some(&fargs), &mut errors)
                    .into_owned();
            }
        }
        id.to_owned()
    }

    /// Formats a plain message with no arguments.
    pub fn text(&self, id: &str) -> String {
        self.format(id, &[])
    }

    /// `err-<code>` and, when it exists, `rec-<code>`, for a [`Message`].
    pub fn explain(&self, msg: &Message) -> (String, Option<String>) {
        let args: Vec<(&str, Arg)> = msg.args.iter().map(|(k, v)| (*k, v.clone())).collect();
        let err = self.format(&format!("err-{}", msg.code), &args);
        let rec_id = format!("rec-{}", msg.code);
        let rec = self.has(&rec_id).then(|| self.format(&rec_id, &args));
        (err, rec)
    }

    /// One line for a terminal: what happened, then what to do.
    pub fn error_line(&self, e: &dyn Localized) -> String {
        match self.explain(&e.message()) {
            (err, Some(rec)) => format!("{err} {rec}"),
            (err, None) => err,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documents_group_digits_and_write_dates_as_each_language_does() {
        assert_eq!(group_digits("en", 1234567), "1,234,567");
        assert_eq!(group_digits("fr", 12345), "12\u{202F}345");
        assert_eq!(group_digits("ru", 1000), "1\u{00A0}000");
        assert_eq!(group_digits("es", 1234), "1234");
        assert_eq!(group_digits("es", 12345), "12.345");
        assert_eq!(group_digits("ar", 999), "999");
        let fr = Localizer::report("fr");
        assert_eq!(fr.date("2026-03-01"), "1 mars 2026");
        assert_eq!(
            Localizer::report("es").date("2026-12-25"),
            "25 de diciembre de 2026"
        );
        assert_eq!(Localizer::report("ru").date("2026-05-09"), "9 мая 2026 г.");
        assert_eq!(Localizer::report("en").date("not a date"), "not a date");
        // Numbers in messages: grouped in documents, plain for scripts.
        let args = [("n", Arg::from(12345usize))];
        assert!(
            Localizer::report("en")
                .format(
                    "report-page-of",
                    &[
                        ("n", Arg::from(12345usize)),
                        ("total", Arg::from(20000usize))
                    ]
                )
                .contains("12,345")
        );
        assert!(
            !Localizer::new("en", false)
                .format(
                    "labels-template-written",
                    &[args[0].clone(), ("path", Arg::from("x"))]
                )
                .contains("12,345")
        );
    }

    #[test]
    fn whole_numbers_are_integers_in_json() {
        let m = Message::new("x")
            .arg("max", 4000usize)
            .arg("share", 0.5)
            .arg("at", "line");
        assert_eq!(
            serde_json::to_string(&m.args).unwrap(),
            r#"{"at":"line","max":4000,"share":0.5}"#
        );
    }

    #[test]
    fn negotiation_prefers_primary_subtag_and_falls_back_to_english() {
        assert_eq!(negotiate(&["fr-CA"]), "fr");
        assert_eq!(negotiate(&["ar_EG.UTF-8"]), "ar");
        assert_eq!(negotiate(&["de", "es"]), "es");
        assert_eq!(negotiate(&["de"]), "en");
        assert!(is_rtl("ar-SA"));
        assert!(!is_rtl("ru"));
    }

    #[test]
    fn every_shipped_language_has_every_english_message() {
        let ids = |lang: &str| -> std::collections::BTreeSet<String> {
            LOCALE_FILES
                .iter()
                .filter(|(l, _, _)| *l == lang)
                .flat_map(|(_, name, src)| {
                    let res = FluentResource::try_new((*src).to_owned())
                        .unwrap_or_else(|(_, e)| panic!("{lang}/{name} does not parse: {e:?}"));
                    res.entries()
                        .filter_map(|e| match e {
                            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                            fluent_syntax::ast::Entry::Term(t) => Some(format!("-{}", t.id.name)),
                            _ => None,
                        })
                        .collect::<Vec<_>>()
                })
                .collect()
        };
        let en = ids("en");
        assert!(!en.is_empty());
        for lang in LANGUAGES {
            let missing: Vec<_> = en.difference(&ids(lang)).cloned().collect();
            assert!(missing.is_empty(), "{lang} lacks {missing:?}");
        }
    }

    #[test]
    fn arabic_plural_selection_is_right_past_one_hundred() {
        let l = Localizer::new("ar", false);
        let words = |n: f64| {
            let s = l.format("count-quotes", &[("n", Arg::Num(n))]);
            s.chars()
                .filter(|c| !c.is_ascii_digit())
                .collect::<String>()
        };
        // 105 takes the form of 5 (few), 150 the form of 50 (many), and 100
        // the form of 1000 (other): the n % 100 part of CLDR's rule.
        assert_eq!(words(105.0), words(5.0));
        assert_eq!(words(150.0), words(50.0));
        assert_eq!(words(100.0), words(1000.0));
        assert_ne!(words(105.0), words(100.0));
        assert_ne!(words(150.0), words(105.0));
    }
}
