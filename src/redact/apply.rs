//! Replacing findings with typed placeholders in the quote's language
//! ("[name]", "[lieu]", "[الاسم]"), and logging what was replaced: the kind
//! and where the placeholder now sits, never the removed text.

use serde::{Deserialize, Serialize};

use super::{Finding, FindingKind, RedactError};
use crate::i18n::Localizer;

/// The placeholder for every kind, formatted once for one language.
#[derive(Debug, Clone)]
pub struct Placeholders {
    by_kind: Vec<String>,
}

impl Placeholders {
    /// Placeholders from `redact-placeholder-<kind>` in the localizer's
    /// language. Use a non-isolating localizer: the text goes into the quote.
    pub fn new(l10n: &Localizer) -> Self {
        Self {
            by_kind: FindingKind::ALL
                .iter()
                .map(|k| {
                    l10n.text(&format!(
                        "redact-placeholder-{}",
                        k.as_str().replace('_', "-")
                    ))
                })
                .collect(),
        }
    }

    /// Placeholders in `lang` (negotiated among the shipped languages).
    pub fn for_language(lang: &str) -> Self {
        Self::new(&Localizer::new(lang, false))
    }

    pub fn get(&self, kind: FindingKind) -> &str {
        let i = FindingKind::ALL
            .iter()
            .position(|k| *k == kind)
            .unwrap_or(0);
        &self.by_kind[i]
    }
}

/// One replacement: the kind removed and where its placeholder sits in the
/// redacted text (character offsets, end exclusive).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Redaction {
    pub kind: FindingKind,
    pub start: usize,
    pub end: usize,
}

/// A redacted quote and its log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Redacted {
    pub text: String,
    pub log: Vec<Redaction>,
}

/// Replaces each finding with its placeholder. Findings may come in any
/// order (the scanner's, or ones the facilitator marked by hand);
/// overlapping ones are merged into one placeholder of the first one's kind.
/// A finding outside the text is an error and nothing is redacted.
pub fn apply(
    text: &str,
    findings: &[Finding],
    placeholders: &Placeholders,
) -> Result<Redacted, RedactError> {
    let chars: Vec<char> = text.chars().collect();
    let len = chars.len();
    if let Some(f) = findings.iter().find(|f| f.start >= f.end || f.end > len) {
        return Err(RedactError::SpanOutOfRange {
            start: f.start,
            end: f.end,
            len,
        });
    }
    let mut spans: Vec<Finding> = findings.to_vec();
    spans.sort_by_key(|f| (f.start, std::cmp::Reverse(f.end)));
    let mut merged: Vec<Finding> = Vec::with_capacity(spans.len());
    for f in spans {
        match merged.last_mut() {
            Some(last) if f.start < last.end => last.end = last.end.max(f.end),
            _ => merged.push(f),
        }
    }
    let mut out = String::with_capacity(text.len());
    let mut out_len = 0;
    let mut log = Vec::with_capacity(merged.len());
    let mut at = 0;
    for f in merged {
        for c in &chars[at..f.start] {
            out.push(*c);
        }
        out_len += f.start - at;
        let placeholder = placeholders.get(f.kind);
        let n = placeholder.chars().count();
        out.push_str(placeholder);
        log.push(Redaction {
            kind: f.kind,
            start: out_len,
            end: out_len + n,
        });
        out_len += n;
        at = f.end;
    }
    out.extend(&chars[at..]);
    Ok(Redacted { text: out, log })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(kind: FindingKind, start: usize, end: usize) -> Finding {
        Finding { kind, start, end }
    }

    #[test]
    fn placeholders_are_typed_and_in_the_quote_language() {
        let text = "Amina (+221 77 123 45 67) à Pikine";
        let findings = [
            f(FindingKind::Name, 0, 5),
            f(FindingKind::Phone, 7, 24),
            f(FindingKind::Place, 28, 34),
        ];
        let fr = apply(text, &findings, &Placeholders::for_language("fr")).unwrap();
        assert_eq!(fr.text, "[nom] ([téléphone]) à [lieu]");
        let placed: Vec<String> = fr
            .log
            .iter()
            .map(|r| {
                fr.text
                    .chars()
                    .skip(r.start)
                    .take(r.end - r.start)
                    .collect()
            })
            .collect();
        assert_eq!(placed, vec!["[nom]", "[téléphone]", "[lieu]"]);
        let ar = apply(
            "قالت أمينة",
            &[f(FindingKind::Name, 5, 10)],
            &Placeholders::for_language("ar"),
        )
        .unwrap();
        assert_eq!(ar.text, "قالت [الاسم]");
    }

    #[test]
    fn overlaps_merge_and_out_of_range_spans_are_refused() {
        let p = Placeholders::for_language("en");
        let r = apply(
            "abcdefgh",
            &[f(FindingKind::Name, 4, 6), f(FindingKind::Email, 1, 5)],
            &p,
        )
        .unwrap();
        assert_eq!(r.text, "a[email]gh");
        assert_eq!(r.log.len(), 1);
        let err = apply("abc", &[f(FindingKind::Name, 2, 9)], &p).unwrap_err();
        assert_eq!(
            err,
            RedactError::SpanOutOfRange {
                start: 2,
                end: 9,
                len: 3
            }
        );
        // The log holds kinds and positions only.
        let json = serde_json::to_string(&r.log).unwrap();
        assert!(!json.contains("bcdef"));
    }
}
