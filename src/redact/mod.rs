//! The anonymization assistant: finds identifying details in quotes while the
//! facilitator types, replaces them with typed placeholders, and keeps small
//! demographic counts out of reports.
//!
//! Why: a quote is the easiest way to re-identify a participant. [`Scanner`]
//! flags emails, phone numbers, links, social-media handles, ID and case
//! numbers, dates of birth, GPS coordinates, street addresses, an age next to
//! a rare attribute, and the names and places on the session's private lists,
//! in English, French, Spanish, Arabic and Russian text (every language's cues
//! apply to every quote, since quotes mix languages). Handles, emails and
//! links may be in any script; dates of birth and phone numbers may be
//! written in words. It is built once per session from the lists and is
//! cheap to reuse on every keystroke.
//!
//! Guarantees:
//! - findings are sorted, never overlap, and are character offsets (Unicode
//!   scalar values) into the scanned text, end exclusive;
//! - a finding never carries the text it covers, and neither does a
//!   [`Redaction`] log entry;
//! - ordinary numbers (years, prices, times, quantities, percentages, treaty
//!   articles, UPR recommendation numbers) are not findings unless their
//!   context says otherwise;
//! - [`review::check_export`] refuses a quote while any finding is neither
//!   redacted nor marked reviewed by the facilitator for that exact text;
//! - [`cells::suppress`] never shows a count below k, nor one that the shown
//!   cells and totals would let a reader work out.

mod address;
mod age;
mod apply;
pub mod cells;
mod contact;
mod cues;
mod dates;
mod error;
mod fold;
mod gps;
mod lexicon;
mod lists;
mod numbers;
mod numwords;
pub mod review;
#[cfg(test)]
mod testing;
mod text;

use serde::{Deserialize, Serialize};

pub use apply::{Placeholders, Redacted, Redaction, apply};
pub use error::RedactError;

use lists::ListMatcher;
use text::Text;

/// What kind of identifying detail a finding is.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, ts_rs::TS,
)]
#[serde(rename_all = "snake_case")]
pub enum FindingKind {
    /// A personal name from the session's name list.
    Name,
    /// A place from the kit's gazetteer.
    Place,
    Email,
    Phone,
    Url,
    /// A social-media handle such as `@amina_d`.
    Handle,
    /// A passport, national ID, refugee case or court file number.
    IdNumber,
    DateOfBirth,
    /// GPS coordinates.
    Gps,
    /// A street address (house number and street).
    Address,
    /// An age next to a rare attribute ("the 82-year-old deaf midwife"):
    /// flagged for the facilitator to review.
    AgeAttribute,
}

impl FindingKind {
    /// Every kind, in the order listings show them.
    pub const ALL: [FindingKind; 11] = [
        FindingKind::Name,
        FindingKind::Place,
        FindingKind::Email,
        FindingKind::Phone,
        FindingKind::Url,
        FindingKind::Handle,
        FindingKind::IdNumber,
        FindingKind::DateOfBirth,
        FindingKind::Gps,
        FindingKind::Address,
        FindingKind::AgeAttribute,
    ];

    /// The snake_case name used in JSON and in Fluent ids.
    pub fn as_str(self) -> &'static str {
        match self {
            FindingKind::Name => "name",
            FindingKind::Place => "place",
            FindingKind::Email => "email",
            FindingKind::Phone => "phone",
            FindingKind::Url => "url",
            FindingKind::Handle => "handle",
            FindingKind::IdNumber => "id_number",
            FindingKind::DateOfBirth => "date_of_birth",
            FindingKind::Gps => "gps",
            FindingKind::Address => "address",
            FindingKind::AgeAttribute => "age_attribute",
        }
    }

    /// Which detections win when two overlap: structured identifiers first,
    /// then addresses, then age remarks, then list matches.
    fn rank(self) -> u8 {
        match self {
            FindingKind::Email => 0,
            FindingKind::Url => 1,
            FindingKind::Handle => 2,
            FindingKind::Gps => 3,
            FindingKind::DateOfBirth => 4,
            FindingKind::IdNumber => 5,
            FindingKind::Phone => 6,
            FindingKind::Address => 7,
            FindingKind::AgeAttribute => 8,
            FindingKind::Name | FindingKind::Place => 9,
        }
    }
}

/// One identifying detail: its kind and where it is, as character offsets
/// (Unicode scalar values) into the scanned text, end exclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
pub struct Finding {
    pub kind: FindingKind,
    pub start: usize,
    pub end: usize,
}

/// A detection before overlaps are resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Candidate {
    pub(crate) kind: FindingKind,
    pub(crate) start: usize,
    pub(crate) end: usize,
}

impl Candidate {
    pub(crate) fn new(kind: FindingKind, start: usize, end: usize) -> Self {
        Self { kind, start, end }
    }
}

/// The detector for one session: its name list and gazetteer compiled once,
/// reused for every scan. `Send + Sync`, so the desktop shell can share it.
/// It holds the session's names in memory (folded): drop it when the vault
/// locks. Its `Debug` output shows counts, never names.
#[derive(Debug)]
pub struct Scanner {
    lists: ListMatcher,
}

impl Scanner {
    /// Compiles the session's name list and the kit's gazetteer (one entry
    /// per item; blank entries are ignored).
    pub fn new(names: &[String], places: &[String]) -> Result<Self, RedactError> {
        Ok(Self {
            lists: ListMatcher::new(names, places)?,
        })
    }

    /// Finds identifying details in `text`: sorted, non-overlapping.
    pub fn scan(&self, text: &str) -> Vec<Finding> {
        let text = Text::new(text);
        let mut found = Vec::new();
        contact::detect(&text, &mut found);
        gps::detect(&text, &mut found);
        numbers::detect(&text, &mut found);
        dates::detect(&text, &mut found);
        address::detect(&text, &mut found);
        age::detect(&text, &mut found);
        self.lists.scan(&text.chars, &mut found);
        resolve(&text, found)
    }
}

/// Turns overlapping candidates into sorted, disjoint findings. Higher-ranked
/// kinds win, then longer spans; a loser keeps only the parts no winner
/// covers (so nothing flagged goes unflagged). Then adjacent names (or
/// places) separated only by a space or hyphen become one finding, so
/// "Chen Wei" is redacted as one name.
fn resolve(text: &Text, mut found: Vec<Candidate>) -> Vec<Finding> {
    found.retain(|c| c.start < c.end && c.end <= text.len());
    found.sort_by_key(|c| (c.kind.rank(), std::cmp::Reverse(c.end - c.start), c.start));
    let mut taken: Vec<Candidate> = Vec::new();
    for c in found {
        let mut pieces = vec![(c.start, c.end)];
        for t in &taken {
            pieces = pieces
                .into_iter()
                .flat_map(|(s, e)| {
                    if e <= t.start || s >= t.end {
                        vec![(s, e)]
                    } else {
                        [(s, t.start), (t.end, e)]
                            .into_iter()
                            .filter(|(a, b)| a < b)
                            .collect()
                    }
                })
                .collect();
        }
        for (s, e) in pieces {
            if text.chars[s..e].iter().any(|ch| ch.is_alphanumeric()) {
                taken.push(Candidate::new(c.kind, s, e));
            }
        }
    }
    taken.sort_by_key(|c| c.start);
    let mut out: Vec<Finding> = Vec::with_capacity(taken.len());
    for c in taken {
        if let Some(last) = out.last_mut()
            && last.kind == c.kind
            && matches!(c.kind, FindingKind::Name | FindingKind::Place)
            && text.chars[last.end..c.start]
                .iter()
                .all(|ch| ch.is_whitespace() || *ch == '-')
            && c.start - last.end <= 2
        {
            last.end = c.end;
            continue;
        }
        out.push(Finding {
            kind: c.kind,
            start: c.start,
            end: c.end,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_output_never_shows_listed_names() {
        let s = Scanner::new(&["Amina Yusuf".into()], &["Pikine".into()]).unwrap();
        let shown = format!("{s:?}");
        assert!(
            !shown.to_lowercase().contains("amina") && !shown.to_lowercase().contains("pikine"),
            "{shown}"
        );
    }

    /// Random text from characters that stress every detector: scanning
    /// never panics, findings stay sorted, disjoint and inside the text, and
    /// redaction accepts them.
    #[test]
    fn arbitrary_text_yields_valid_findings() {
        let alphabet: Vec<char> =
            "aZé ё،ـً٠٩0123456789+-()./@:#_'’[]°′″NSEWأإىةбвكالو\n\t🙂\u{301}\u{200f}"
                .chars()
                .collect();
        let words = [
            "at", "dot", "rue", "ул", "شارع", "born", "né", "passport", "years", "ans", "deaf",
            "Amina", "www.", "http://",
        ];
        let s = Scanner::new(
            &["Amina".into(), "علي حسن".into(), "Мария".into()],
            &["الخرطوم".into()],
        )
        .unwrap();
        let p = Placeholders::for_language("en");
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..3000 {
            let mut text = String::new();
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            for _ in 0..(x % 60) {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                if x.is_multiple_of(5) {
                    text.push_str(words[(x / 5) as usize % words.len()]);
                } else {
                    text.push(alphabet[(x / 7) as usize % alphabet.len()]);
                }
            }
            let n = text.chars().count();
            let found = s.scan(&text);
            for w in found.windows(2) {
                assert!(w[0].end <= w[1].start, "{text:?}: {found:?}");
            }
            assert!(
                found.iter().all(|f| f.start < f.end && f.end <= n),
                "{text:?}: {found:?}"
            );
            apply(&text, &found, &p).unwrap();
        }
    }

    #[test]
    fn scanner_is_send_and_sync() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<Scanner>();
    }

    #[test]
    fn kinds_serialize_as_snake_case_names() {
        for kind in FindingKind::ALL {
            let json = serde_json::to_string(&kind).unwrap();
            assert_eq!(json, format!("\"{}\"", kind.as_str()));
        }
        let f = Finding {
            kind: FindingKind::IdNumber,
            start: 3,
            end: 9,
        };
        assert_eq!(
            serde_json::to_string(&f).unwrap(),
            r#"{"kind":"id_number","start":3,"end":9}"#
        );
    }

    #[test]
    fn overlapping_detections_resolve_to_disjoint_findings() {
        let s = Scanner::new(&["Amina Yusuf".into()], &[]).unwrap();
        let text = "Write to amina.yusuf@gmail.com, Amina Yusuf's address";
        let f = s.scan(text);
        assert_eq!(f.len(), 2, "{f:?}");
        assert_eq!(f[0].kind, FindingKind::Email);
        assert_eq!(f[1].kind, FindingKind::Name);
        let name: String = text
            .chars()
            .skip(f[1].start)
            .take(f[1].end - f[1].start)
            .collect();
        assert_eq!(name, "Amina Yusuf");
    }
}
