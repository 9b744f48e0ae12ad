//! Emails spelled out to dodge spam filters: "amina at mail dot com",
//! "moussa arobase gmail point com", "vera[at]gmail.com", "gulnara собака
//! yandex точка ru", "jb.kabore [at] gmail [point] com", "amina آت gmail
//! نقطة com". A bare "at" is an ordinary word in English, so with it the
//! last label must be a known top-level domain and no label may be a little
//! word ("at the dot on").

use super::super::text::Text;
use super::super::{Candidate, FindingKind};
use super::{chunk_backward, chunk_forward, is_tld};

/// Words an email spelled out with a bare "at" never has as a label.
const NOT_LABELS: &[&str] = &[
    "the", "a", "an", "my", "your", "his", "her", "our", "this", "that", "le", "la", "les", "el",
    "los", "un", "une", "mi", "su", "mon", "ma", "home", "work", "school", "night", "noon",
];

/// How a spelled-out "@" or "." was written.
#[derive(Clone, Copy, PartialEq)]
enum Marker {
    /// A bare word ("at", "dot", "arobase", "точка").
    Word,
    /// In brackets ("[at]", "(dot)", "[@]").
    Bracketed,
}

/// Folded, as tokens carry them ("آت" folds to "ات", "نقطة" to "نقطه").
const AT_WORDS: &[&str] = &[
    "at",
    "arobase",
    "arobas",
    "arroba",
    "собака",
    "собачка",
    "ات",
];
const DOT_WORDS: &[&str] = &["dot", "point", "punto", "точка", "نقطه", "دوت"];

/// A marker at token `t`: its kind and the token index after it.
fn marker(text: &Text, t: usize, words: &[&str], symbol: char) -> Option<(Marker, usize)> {
    let open = text.punct(t).filter(|c| matches!(c, '[' | '(' | '{'));
    let inner = if open.is_some() { t + 1 } else { t };
    let is_marker = (text.is_word(inner) && words.contains(&text.tokens[inner].folded.as_str()))
        || text.punct(inner) == Some(symbol);
    if !is_marker {
        return None;
    }
    match open {
        Some(_) => {
            let close = text.punct(inner + 1)?;
            matches!(close, ']' | ')' | '}').then_some((Marker::Bracketed, inner + 2))
        }
        None if text.is_word(inner) => Some((Marker::Word, inner + 1)),
        None => None,
    }
}

fn skip_spaces(text: &Text, mut t: usize) -> usize {
    while text.is_space(t) {
        t += 1;
    }
    t
}

fn chunk_text(text: &Text, from: usize, to: usize) -> String {
    text.slice(text.tokens[from].start, text.tokens[to - 1].end)
        .to_lowercase()
}

/// Emails written with a spelled or bracketed "@".
pub(super) fn emails(text: &Text, out: &mut Vec<Candidate>) {
    for t in 0..text.tokens.len() {
        let Some((at_kind, after_at)) = marker(text, t, AT_WORDS, '@') else {
            continue;
        };
        if at_kind == Marker::Word && text.punct(t) == Some('@') {
            continue;
        }
        // Domain: chunk (marker chunk)*, at least two labels in all.
        let u = skip_spaces(text, after_at);
        let Some(mut end) = chunk_forward(text, u) else {
            continue;
        };
        let mut labels: Vec<String> = chunk_text(text, u, end)
            .split('.')
            .map(str::to_owned)
            .collect();
        loop {
            let v = skip_spaces(text, end);
            let Some((_, after)) = marker(text, v, DOT_WORDS, '.') else {
                break;
            };
            let w = skip_spaces(text, after);
            let Some(e) = chunk_forward(text, w) else {
                break;
            };
            labels.extend(chunk_text(text, w, e).split('.').map(str::to_owned));
            end = e;
        }
        // Local part: chunk (marker chunk)* backwards.
        let mut l = t;
        while l > 0 && text.is_space(l - 1) {
            l -= 1;
        }
        let Some(mut start) = chunk_backward(text, l) else {
            continue;
        };
        let mut local = vec![chunk_text(text, start, l)];
        loop {
            let mut v = start;
            while v > 0 && text.is_space(v - 1) {
                v -= 1;
            }
            if v == 0
                || !text.is_word(v - 1)
                || !DOT_WORDS.contains(&text.tokens[v - 1].folded.as_str())
            {
                break;
            }
            let mut w = v - 1;
            while w > 0 && text.is_space(w - 1) {
                w -= 1;
            }
            let Some(s) = chunk_backward(text, w) else {
                break;
            };
            local.push(chunk_text(text, s, w));
            start = s;
        }
        let strict = at_kind == Marker::Word;
        let tld = labels.last().map(String::as_str).unwrap_or("");
        if labels.len() < 2 || !is_tld(tld, strict) {
            continue;
        }
        if strict {
            let plain =
                |l: &String| NOT_LABELS.contains(&l.as_str()) || FILLER_WORDS.contains(&l.as_str());
            if labels.iter().any(plain) || local.iter().any(plain) {
                continue;
            }
        }
        out.push(Candidate::new(
            FindingKind::Email,
            text.tokens[start].start,
            text.tokens[end - 1].end,
        ));
    }
}

/// Little words that are never an email label after a bare "at".
const FILLER_WORDS: &[&str] = &[
    "is", "was", "on", "in", "to", "and", "or", "et", "y", "и", "و",
];
