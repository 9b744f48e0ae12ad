//! Matching the session's private name list and the kit's gazetteer.
//!
//! Every entry is folded (see [`fold`](super::fold)) and cut into tokens; the
//! first token's stem goes into one Aho-Corasick automaton built when the
//! [`Scanner`](super::Scanner) is built, so a scan costs one pass over the
//! folded quote whatever the length of the lists. Each automaton hit is then
//! checked token by token:
//! - word boundaries on both sides (an apostrophe or hyphen is a boundary,
//!   so "Amina's", "d'Amina" and "Jean-Baptiste" match);
//! - Russian case endings on Cyrillic tokens ("Ивану", "Берёзовке",
//!   "Нижнего Тагила"), chosen by the entry's declension;
//! - Arabic attached clitics و ف ب ل ك in front of the first token, and the
//!   article ال optional when the entry has it ("بالخرطوم", "للخرطوم",
//!   "خرطوم" all match "الخرطوم"); the clitics stay outside the finding;
//! - spaces and hyphens interchangeable between tokens.
//!
//! Names also match token by token ("Amina" alone for "Amina Yusuf"), except
//! tokens shorter than three letters and name particles (de, van, bin, al...);
//! places only match whole.

use aho_corasick::AhoCorasick;

use super::FindingKind;
use super::fold::{FoldedText, fold, strip_marks};
use super::text::{is_arabic, is_cyrillic};
use super::{Candidate, RedactError};

/// Particles inside names that identify no one on their own.
const PARTICLES: &[&str] = &[
    "de", "da", "del", "della", "der", "den", "di", "do", "dos", "das", "du", "des", "la", "le",
    "les", "el", "al", "van", "von", "bin", "ibn", "bint", "ben", "abu", "y", "e", "and", "of",
    "the", "st", "ال", "بن", "ابن", "بنت", "ابو", "عبد", "ام",
];

/// Generic words that open a place name ("Camp Zaatari", "مخيم الزعتري",
/// "село Ивановка"): the rest of the entry also matches alone.
const PLACE_TYPES: &[&str] = &[
    "camp",
    "village",
    "city",
    "town",
    "district",
    "ville",
    "quartier",
    "commune",
    "campement",
    "barrio",
    "colonia",
    "aldea",
    "pueblo",
    "ciudad",
    "asentamiento",
    "село",
    "деревня",
    "поселок",
    "посёлок",
    "город",
    "район",
    "аул",
    "кишлак",
    "مخيم",
    "قريه",
    "مدينه",
    "حي",
    "بلده",
];

/// Arabic function words that folding makes look like names (على and the
/// name علي differ only in alef maqsura versus ya): never a name unless the
/// list spells the name exactly so.
const ARABIC_FUNCTION_WORDS: &[&str] = &["على", "إلى", "الى", "حتى", "متى", "لدى", "سوى", "مدى"];

const CLITICS: &[&str] = &["و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"];
const CLITICS_WITH_ARTICLE: &[&str] = &[
    "ال", "وال", "فال", "بال", "كال", "وبال", "فبال", "وكال", "لل", "ولل", "فلل",
];

/// Russian declension of a list token, and the endings it may take.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Endings {
    None,
    Noun,
    Adjective,
    /// -ий: a noun (Валерий, Юрий) or an adjective (Вишневский).
    NounOrAdjective,
    AdjectiveNeuter,
    AdjectiveFeminine,
}

const NOUN: &[&str] = &[
    "", "а", "я", "у", "ю", "е", "и", "ы", "о", "ом", "ем", "ои", "еи", "ою", "ею", "ам", "ям",
    "ами", "ями", "ах", "ях", "ь", "ым", "им", "ых", "их",
];
const ADJECTIVE: &[&str] = &[
    "ыи", "ии", "ои", "ого", "его", "ому", "ему", "ым", "им", "ом", "ем",
];
const NOUN_IN_II: &[&str] = &["ия", "ию", "ием", "ие"];
const ADJECTIVE_NEUTER: &[&str] = &[
    "ое", "ее", "ого", "его", "ому", "ему", "ым", "им", "ом", "ем",
];
const ADJECTIVE_FEMININE: &[&str] = &["ая", "яя", "ои", "еи", "ую", "юю"];

impl Endings {
    fn accepts(self, tail: &str) -> bool {
        match self {
            Endings::None => tail.is_empty(),
            Endings::Noun => NOUN.contains(&tail),
            Endings::Adjective => ADJECTIVE.contains(&tail),
            Endings::NounOrAdjective => ADJECTIVE.contains(&tail) || NOUN_IN_II.contains(&tail),
            Endings::AdjectiveNeuter => ADJECTIVE_NEUTER.contains(&tail),
            Endings::AdjectiveFeminine => ADJECTIVE_FEMININE.contains(&tail),
        }
    }
}

#[derive(Clone, PartialEq, Eq)]
struct TokenSpec {
    stem: String,
    endings: Endings,
    /// Arabic clitics allowed in front; `Some(true)` if the article is too.
    clitics: Option<bool>,
}

impl TokenSpec {
    fn new(token: &str, first: bool) -> Self {
        let chars: Vec<char> = token.chars().collect();
        let n = chars.len();
        if first && chars.first().is_some_and(|c| is_arabic(*c)) {
            if let Some(core) = token.strip_prefix("ال").filter(|c| c.chars().count() >= 2) {
                return Self::plain(core, Some(true));
            }
            return Self::plain(token, Some(false));
        }
        if n < 2 || !chars.iter().all(|c| is_cyrillic(*c)) {
            return Self::plain(token, None);
        }
        let ends = |s: &str| token.ends_with(s);
        let cut = |k: usize| chars[..n - k].iter().collect::<String>();
        let (stem, endings) = if n >= 5 && (ends("ыи") || ends("ои")) {
            (cut(2), Endings::Adjective)
        } else if n >= 5 && ends("ии") {
            (cut(2), Endings::NounOrAdjective)
        } else if n >= 5 && (ends("ое") || ends("ее")) {
            (cut(2), Endings::AdjectiveNeuter)
        } else if n >= 5 && (ends("ая") || ends("яя")) {
            (cut(2), Endings::AdjectiveFeminine)
        } else if n >= 3 && "аяьоеыи".contains(chars[n - 1]) {
            (cut(1), Endings::Noun)
        } else {
            (token.to_owned(), Endings::Noun)
        };
        Self {
            stem,
            endings,
            clitics: None,
        }
    }

    fn plain(stem: &str, clitics: Option<bool>) -> Self {
        Self {
            stem: stem.to_owned(),
            endings: Endings::None,
            clitics,
        }
    }
}

struct Variant {
    kind: FindingKind,
    tokens: Vec<TokenSpec>,
    /// The first token as listed, marks removed (for the function-word rule).
    listed_first: String,
}

/// A compiled name list and gazetteer. Its `Debug` shows counts only: the
/// names are participants' and never go to logs.
pub(crate) struct ListMatcher {
    automaton: Option<AhoCorasick>,
    /// For each automaton pattern, the variants whose first stem it is.
    heads: Vec<Vec<usize>>,
    variants: Vec<Variant>,
}

impl std::fmt::Debug for ListMatcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let count = |k: FindingKind| self.variants.iter().filter(|v| v.kind == k).count();
        f.debug_struct("ListMatcher")
            .field("name_variants", &count(FindingKind::Name))
            .field("place_variants", &count(FindingKind::Place))
            .finish()
    }
}

/// Entries longer than this are not names or places; they are refused so a
/// pasted document cannot bloat the automaton.
pub(crate) const MAX_ENTRY_CHARS: usize = 120;

impl ListMatcher {
    pub(crate) fn new(names: &[String], places: &[String]) -> Result<Self, RedactError> {
        let mut variants: Vec<Variant> = Vec::new();
        let mut add = |kind: FindingKind, tokens: &[&str], listed: &str| {
            let specs: Vec<TokenSpec> = tokens
                .iter()
                .enumerate()
                .map(|(i, t)| TokenSpec::new(t, i == 0))
                .collect();
            if specs.is_empty() || specs[0].stem.is_empty() {
                return;
            }
            if variants.iter().any(|v| v.kind == kind && v.tokens == specs) {
                return;
            }
            let listed_first = strip_marks(listed.split([' ', '-']).next().unwrap_or(""));
            variants.push(Variant {
                kind,
                tokens: specs,
                listed_first,
            });
        };
        for (kind, list) in [(FindingKind::Name, names), (FindingKind::Place, places)] {
            for (line, entry) in list.iter().enumerate() {
                if entry.chars().count() > MAX_ENTRY_CHARS {
                    return Err(RedactError::EntryTooLong {
                        line: line + 1,
                        max: MAX_ENTRY_CHARS,
                    });
                }
                let folded = fold(entry);
                let tokens: Vec<&str> =
                    folded.split([' ', '-']).filter(|t| !t.is_empty()).collect();
                if tokens.is_empty() {
                    continue;
                }
                add(kind, &tokens, entry.trim());
                if kind == FindingKind::Place
                    && tokens.len() > 1
                    && PLACE_TYPES.contains(&tokens[0])
                {
                    let listed = entry.trim().split_once(' ').map_or("", |(_, rest)| rest);
                    add(kind, &tokens[1..], listed);
                }
                if kind == FindingKind::Name && tokens.len() > 1 {
                    let listed: Vec<&str> = entry
                        .split([' ', '-'])
                        .filter(|t| !t.trim().is_empty())
                        .collect();
                    for (i, token) in tokens.iter().enumerate() {
                        if token.chars().count() >= 3 && !PARTICLES.contains(token) {
                            add(kind, &[token], listed.get(i).copied().unwrap_or(token));
                        }
                    }
                }
            }
        }
        let mut stems: Vec<String> = Vec::new();
        let mut heads: Vec<Vec<usize>> = Vec::new();
        for (i, v) in variants.iter().enumerate() {
            let stem = &v.tokens[0].stem;
            match stems.iter().position(|s| s == stem) {
                Some(p) => heads[p].push(i),
                None => {
                    stems.push(stem.clone());
                    heads.push(vec![i]);
                }
            }
        }
        let automaton = if stems.is_empty() {
            None
        } else {
            Some(AhoCorasick::new(&stems).map_err(|_| RedactError::ListsTooLarge)?)
        };
        Ok(Self {
            automaton,
            heads,
            variants,
        })
    }

    pub(crate) fn scan(&self, chars: &[char], out: &mut Vec<Candidate>) {
        let Some(ac) = &self.automaton else { return };
        let folded = FoldedText::new(chars);
        let text = folded.text.as_str();
        for m in ac.find_overlapping_iter(text) {
            for &v in &self.heads[m.pattern().as_usize()] {
                let variant = &self.variants[v];
                if let Some((s, e)) = match_variant(text, m.start(), m.end(), variant) {
                    let (start, end) = folded.original(s, e);
                    if variant.tokens.len() == 1
                        && variant.tokens[0].clitics.is_some()
                        && is_function_word(chars, &folded, m.start(), e, &variant.listed_first)
                    {
                        continue;
                    }
                    out.push(Candidate::new(variant.kind, start, end));
                }
            }
        }
    }
}

fn is_function_word(chars: &[char], folded: &FoldedText, s: usize, e: usize, listed: &str) -> bool {
    let start = folded.original_start(s);
    let (_, end) = folded.original(s, e);
    let written = strip_marks(&chars[start..end].iter().collect::<String>());
    ARABIC_FUNCTION_WORDS.contains(&written.as_str()) && written != listed
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// End (byte) of the word that continues at `at`.
fn word_end(text: &str, at: usize) -> usize {
    text[at..]
        .char_indices()
        .find(|(_, c)| !is_word_char(*c))
        .map_or(text.len(), |(i, _)| at + i)
}

/// Checks a variant whose first stem was found at folded bytes `s..e`;
/// returns the folded byte range of the finding.
fn match_variant(text: &str, s: usize, e: usize, v: &Variant) -> Option<(usize, usize)> {
    let first = &v.tokens[0];
    let word_start = text[..s]
        .char_indices()
        .rev()
        .take_while(|(_, c)| is_word_char(*c))
        .last()
        .map_or(s, |(i, _)| i);
    let lead = &text[word_start..s];
    let start = match first.clitics {
        _ if lead.is_empty() => s,
        Some(article) => {
            let allowed =
                CLITICS.contains(&lead) || (article && CLITICS_WITH_ARTICLE.contains(&lead));
            if !allowed {
                return None;
            }
            if article && lead.ends_with("ال") {
                s - "ال".len()
            } else if article && lead.ends_with("لل") {
                s - "ل".len()
            } else {
                s
            }
        }
        None => return None,
    };
    let mut end = word_end(text, e);
    if !first.endings.accepts(&text[e..end]) {
        return None;
    }
    for token in &v.tokens[1..] {
        let rest = &text[end..];
        let gap = rest.len() - rest.trim_start_matches([' ', '-']).len();
        if gap == 0 {
            return None;
        }
        let at = end + gap;
        if !text[at..].starts_with(token.stem.as_str()) {
            return None;
        }
        let stem_end = at + token.stem.len();
        end = word_end(text, stem_end);
        if !token.endings.accepts(&text[stem_end..end]) {
            return None;
        }
    }
    Some((start, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(names: &[&str], places: &[&str], text: &str) -> Vec<(FindingKind, String)> {
        let own = |l: &[&str]| l.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let m = ListMatcher::new(&own(names), &own(places)).unwrap();
        let chars: Vec<char> = text.chars().collect();
        let mut out = vec![];
        m.scan(&chars, &mut out);
        out.sort_by_key(|c| (c.start, c.end));
        out.into_iter()
            .map(|c| (c.kind, chars[c.start..c.end].iter().collect()))
            .collect()
    }

    fn texts(v: Vec<(FindingKind, String)>) -> Vec<String> {
        v.into_iter().map(|(_, s)| s).collect()
    }

    #[test]
    fn latin_names_match_across_case_accents_and_possessives() {
        let hits = texts(found(
            &["Amina Yusuf", "Zoé Lefèvre"],
            &[],
            "AMINA's and d'Amina; zoe lefevre! Aminata",
        ));
        assert_eq!(
            hits,
            vec!["AMINA", "Amina", "zoe", "zoe lefevre", "lefevre"]
        );
    }

    #[test]
    fn russian_names_and_places_match_in_their_case_forms() {
        let names = ["Иван Петров", "Мария", "Вера Соколова"];
        let places = ["Нижний Тагил", "Берёзовка", "Мирный", "Ростов-на-Дону"];
        let t = "Ивану, Марией, Веру Соколову, в Нижнем Тагиле, в Березовке, в Мирном, в Ростове-на-Дону";
        let hits = texts(found(&names, &places, t));
        for want in [
            "Ивану",
            "Марией",
            "Веру Соколову",
            "Нижнем Тагиле",
            "Березовке",
            "Мирном",
            "Ростове-на-Дону",
        ] {
            assert!(hits.iter().any(|h| h == want), "{want} not in {hits:?}");
        }
        // Another word that merely starts like a name, and the feminine of
        // an adjectival place name, are not matches.
        assert!(found(&names, &places, "Иванов пришёл; мирная жизнь; аннулировать").is_empty());
    }

    #[test]
    fn arabic_entries_match_behind_clitics_and_article_variants() {
        let places = ["الخرطوم", "إربد"];
        let names = ["أمينة", "علي حسن"];
        let t = "وبالخرطوم وللخرطوم خرطوم وبإربد لأمينة امينه";
        let hits = texts(found(&names, &places, t));
        assert_eq!(
            hits,
            vec!["الخرطوم", "لخرطوم", "خرطوم", "إربد", "أمينة", "امينه"]
        );
        // The article is only optional when the entry has it, and the
        // preposition على is not the name علي.
        assert!(found(&names, &places, "الأمينة على الطاولة وعلى").is_empty());
        assert_eq!(
            texts(found(&names, &places, "وعلي حسن")),
            vec!["علي", "علي حسن", "حسن"]
        );
    }

    #[test]
    fn places_match_only_whole_and_names_skip_particles() {
        let hits = found(
            &["Mohamed El Amrani"],
            &["Villa El Salvador"],
            "el Salvador, Villa, El Amrani",
        );
        assert_eq!(texts(hits), vec!["Amrani"]);
        let camp = found(&[], &["مخيم الزعتري"], "في الزعتري وبمخيم الزعتري");
        assert_eq!(texts(camp), vec!["الزعتري", "مخيم الزعتري", "الزعتري"]);
    }
}
