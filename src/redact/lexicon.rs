//! Keyword phrases in five languages, matched on folded tokens.
//!
//! Detectors decide from context ("passport", "téléphone", "родилась",
//! "مواليد") whether a digit run is a phone number, an ID or a birth date.
//! A [`Lexicon`] is built once from plain entries and answers "does a phrase
//! start at this token, and where does it end?". Entry syntax: words
//! separated by spaces (a hyphen, apostrophe or abbreviation dot in the text
//! may stand for the space: `sage femme` matches "sage-femme", `д р`
//! matches "д.р."); a trailing `*` makes a word a
//! prefix (`телефон*` for every case form); a leading `=` compares the
//! lowercase word with its accents kept (`=né`, because folded "ne" is the
//! French negation). The first word of an Arabic phrase also matches behind
//! the attached clitics و ف ب ل ك and the article ال.

use std::collections::HashMap;

use super::fold::fold;
use super::text::{Text, TokenKind, is_arabic};

#[derive(Debug)]
enum Pat {
    Exact(String),
    Prefix(String),
    Raw(String),
}

impl Pat {
    fn parse(word: &str) -> Self {
        if let Some(raw) = word.strip_prefix('=') {
            Pat::Raw(raw.to_lowercase())
        } else if let Some(p) = word.strip_suffix('*') {
            Pat::Prefix(fold(p))
        } else {
            Pat::Exact(fold(word))
        }
    }

    fn matches(&self, folded: &str, raw_lower: impl FnOnce() -> String) -> bool {
        match self {
            Pat::Exact(s) => folded == s,
            Pat::Prefix(p) => folded.starts_with(p.as_str()),
            Pat::Raw(r) => raw_lower() == *r,
        }
    }
}

#[derive(Debug)]
struct Phrase {
    rest: Vec<Pat>,
}

/// Clitics and article an Arabic word may carry in front (folded forms).
const ARABIC_LEADS: &[&str] = &[
    "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك", "ال", "وال", "فال", "بال", "كال",
    "وبال", "فبال", "وكال", "لل", "ولل", "فلل",
];

/// The forms of a folded word to look up: itself and, for Arabic, the word
/// without each attached clitic or article (the remainder at least two
/// letters long).
pub(crate) fn arabic_cores(folded: &str) -> impl Iterator<Item = &str> {
    let arabic = folded.chars().next().is_some_and(is_arabic);
    std::iter::once(folded).chain(
        ARABIC_LEADS
            .iter()
            .filter(move |_| arabic)
            .filter_map(move |p| folded.strip_prefix(p))
            .filter(|rest| rest.chars().count() >= 2),
    )
}

#[derive(Debug, Default)]
pub(crate) struct Lexicon {
    exact: HashMap<String, Vec<Phrase>>,
    prefix: Vec<(String, Phrase)>,
    raw: HashMap<String, Vec<Phrase>>,
}

impl Lexicon {
    pub(crate) fn new(entries: &[&str]) -> Self {
        let mut lex = Lexicon::default();
        for entry in entries {
            let mut words = entry.split([' ', '-']).filter(|w| !w.is_empty());
            let Some(first) = words.next() else { continue };
            let phrase = Phrase {
                rest: words.map(Pat::parse).collect(),
            };
            match Pat::parse(first) {
                Pat::Exact(s) => lex.exact.entry(s).or_default().push(phrase),
                Pat::Prefix(p) => lex.prefix.push((p, phrase)),
                Pat::Raw(r) => lex.raw.entry(r).or_default().push(phrase),
            }
        }
        lex
    }

    /// If a phrase starts at word token `t`, the index just past its last
    /// token (longest phrase wins).
    pub(crate) fn match_at(&self, text: &Text, t: usize) -> Option<usize> {
        let tok = text.tokens.get(t)?;
        if tok.kind != TokenKind::Word {
            return None;
        }
        let raw_lower = || text.tok_str(t).to_lowercase();
        let mut best: Option<usize> = None;
        let mut consider = |phrase: &Phrase| {
            if let Some(end) = match_rest(text, t + 1, &phrase.rest) {
                best = Some(best.map_or(end, |b: usize| b.max(end)));
            }
        };
        for form in arabic_cores(&tok.folded) {
            if let Some(ps) = self.exact.get(form) {
                ps.iter().for_each(&mut consider);
            }
            for (p, phrase) in &self.prefix {
                if form.starts_with(p.as_str()) {
                    consider(phrase);
                }
            }
        }
        if !self.raw.is_empty()
            && let Some(ps) = self.raw.get(&raw_lower())
        {
            ps.iter().for_each(&mut consider);
        }
        best
    }

    /// Whether word token `t` starts a phrase.
    pub(crate) fn contains(&self, text: &Text, t: usize) -> bool {
        self.match_at(text, t).is_some()
    }
}

/// Skips spaces, hyphens and apostrophes between the words of a phrase.
fn skip_joiners(text: &Text, mut t: usize) -> usize {
    while let Some(tok) = text.tokens.get(t) {
        let joiner = match tok.kind {
            TokenKind::Space => true,
            TokenKind::Punct => matches!(text.chars[tok.start], '-' | '\'' | '’' | '‐' | '.'),
            _ => false,
        };
        if !joiner {
            break;
        }
        t += 1;
    }
    t
}

fn match_rest(text: &Text, mut t: usize, rest: &[Pat]) -> Option<usize> {
    for pat in rest {
        t = skip_joiners(text, t);
        let tok = text.tokens.get(t)?;
        if tok.kind != TokenKind::Word
            || !pat.matches(&tok.folded, || text.tok_str(t).to_lowercase())
        {
            return None;
        }
        t += 1;
    }
    Some(t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_match_across_hyphens_prefixes_and_arabic_clitics() {
        let lex = Lexicon::new(&["sage femme", "телефон*", "=né", "هاتف*", "carte d identite"]);
        let t = Text::new("la Sage-Femme, телефона, ne, né, وبالهاتف, carte d'identité");
        let words: Vec<usize> = (0..t.tokens.len()).filter(|&i| t.is_word(i)).collect();
        let hits: Vec<String> = words
            .iter()
            .filter_map(|&w| {
                lex.match_at(&t, w)
                    .map(|e| t.slice(t.tokens[w].start, t.tokens[e - 1].end))
            })
            .collect();
        assert_eq!(
            hits,
            vec![
                "Sage-Femme",
                "телефона",
                "né",
                "وبالهاتف",
                "carte d'identité"
            ]
        );
    }
}
