//! Helpers for the detectors' unit tests: run one detector on a string and
//! compare what it finds with what a reader would mark.

use super::text::Text;
use super::{Candidate, FindingKind};

pub(crate) type Detector = fn(&Text, &mut Vec<Candidate>);

/// What `detect` finds in `s`: kinds and covered text, in reading order.
pub(crate) fn detected(detect: Detector, s: &str) -> Vec<(FindingKind, String)> {
    let t = Text::new(s);
    let mut out = vec![];
    detect(&t, &mut out);
    out.sort_by_key(|c| (c.start, c.kind));
    out.iter()
        .map(|c| (c.kind, t.slice(c.start, c.end)))
        .collect()
}

/// The covered texts only.
pub(crate) fn detected_texts(detect: Detector, s: &str) -> Vec<String> {
    detected(detect, s).into_iter().map(|(_, s)| s).collect()
}

/// Each sentence yields exactly the one expected finding.
pub(crate) fn assert_finds(detect: Detector, cases: &[(&str, &str)]) {
    for (s, want) in cases {
        assert_eq!(detected_texts(detect, s), vec![want.to_string()], "{s}");
    }
}

/// None of the sentences yields anything.
pub(crate) fn assert_finds_nothing(detect: Detector, cases: &[&str]) {
    for s in cases {
        let found = detected(detect, s);
        assert!(found.is_empty(), "{s}: {found:?}");
    }
}
