//! Folding: the one normal form every comparison in `redact` uses.
//!
//! Facilitators type fast and participants' names come in many spellings, so
//! a listed name must match whatever case, accents or Arabic orthographic
//! variant the quote uses. Folding lowercases, decomposes (NFKD) and drops
//! combining marks (Latin accents, Cyrillic breve and diaeresis, Arabic
//! harakat and hamza carriers), removes tatweel, and maps Arabic letters that
//! writers use interchangeably (alef wasla to alef, alef maqsura to ya, ta
//! marbuta to ha, Persian ya and kaf to Arabic ones). [`FoldedText`] keeps,
//! for every folded byte, the original characters it came from, so a match in
//! folded text maps back to exact positions in the quote.

use unicode_normalization::char::{decompose_compatible, is_combining_mark};

const TATWEEL: char = '\u{640}';

/// Calls `emit` with the folded form of `c` (zero, one or more characters).
pub(crate) fn fold_char(c: char, mut emit: impl FnMut(char)) {
    if c == TATWEEL {
        return;
    }
    for lower in c.to_lowercase() {
        decompose_compatible(lower, |d| {
            if is_combining_mark(d) {
                return;
            }
            emit(match d {
                'ٱ' => 'ا',
                'ى' | 'ی' | 'ې' => 'ي',
                'ة' => 'ه',
                'ک' => 'ك',
                '’' | 'ʼ' | '‘' | '`' | '´' | 'ʻ' => '\'',
                '‐' | '‑' | '‒' | '–' | '—' | '−' => '-',
                d if d.is_whitespace() => ' ',
                d => d,
            })
        });
    }
}

/// The folded form of a whole string, whitespace runs collapsed to one space
/// and trimmed.
pub(crate) fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        fold_char(c, |f| {
            if f == ' ' && (out.is_empty() || out.ends_with(' ')) {
                return;
            }
            out.push(f);
        });
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// Removes combining marks and tatweel but keeps letters as written: the
/// form used to tell an Arabic function word from a name that only folding
/// makes look alike.
pub(crate) fn strip_marks(s: &str) -> String {
    s.chars()
        .filter(|c| *c != TATWEEL && !is_combining_mark(*c))
        .collect()
}

/// Folded text with a map back to the original characters.
pub(crate) struct FoldedText {
    pub(crate) text: String,
    /// For each byte of `text`: the original character range (start, end)
    /// that produced the folded character containing that byte.
    origin: Vec<(u32, u32)>,
}

impl FoldedText {
    pub(crate) fn new(chars: &[char]) -> Self {
        let mut text = String::with_capacity(chars.len() + 8);
        let mut origin: Vec<(u32, u32)> = Vec::with_capacity(chars.len() + 8);
        for (i, &c) in chars.iter().enumerate() {
            let i = i as u32;
            let mut produced = false;
            fold_char(c, |f| {
                produced = true;
                if f == ' ' && text.ends_with(' ') {
                    // Collapsed whitespace still belongs to the space before.
                    if let Some(last) = origin.last_mut() {
                        last.1 = i + 1;
                    }
                    return;
                }
                let before = text.len();
                text.push(f);
                origin.extend(std::iter::repeat_n((i, i + 1), text.len() - before));
            });
            if !produced {
                // A dropped mark or tatweel belongs to the character before it,
                // so a match ending on that character covers it too.
                let n = origin.len();
                if n > 0 {
                    let last_start = origin[n - 1].0;
                    for o in origin.iter_mut().rev() {
                        if o.0 != last_start {
                            break;
                        }
                        o.1 = i + 1;
                    }
                }
            }
        }
        Self { text, origin }
    }

    /// The original character range behind folded bytes `start..end`
    /// (both on character boundaries, `start < end`).
    pub(crate) fn original(&self, start: usize, end: usize) -> (usize, usize) {
        (
            self.origin[start].0 as usize,
            self.origin[end - 1].1 as usize,
        )
    }

    /// The original character index where folded byte `at` begins.
    pub(crate) fn original_start(&self, at: usize) -> usize {
        self.origin[at].0 as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_accents_and_arabic_variants_fold_together() {
        assert_eq!(fold("Zoé LEFÈVRE"), "zoe lefevre");
        assert_eq!(fold("Берёзовка"), fold("березовка"));
        assert_eq!(fold("أمينة"), fold("امينه"));
        assert_eq!(fold("إبراهيم"), "ابراهيم");
        assert_eq!(fold("آمنة"), fold("امنه"));
        assert_eq!(fold("ليلى"), fold("ليلي"));
        assert_eq!(fold("مُحَمَّد"), "محمد");
        assert_eq!(fold("محـــمد"), "محمد");
        assert_eq!(fold("ٱلخرطوم"), fold("الخرطوم"));
        assert_eq!(fold("  d’Amina  "), "d'amina");
    }

    #[test]
    fn folded_positions_map_back_to_original_characters() {
        let chars: Vec<char> = "Élodie  et مُحَمَّد".chars().collect();
        let f = FoldedText::new(&chars);
        assert_eq!(f.text, "elodie et محمد");
        let at = f.text.find("محمد").unwrap();
        let (s, e) = f.original(at, at + "محمد".len());
        let orig: String = chars[s..e].iter().collect();
        assert_eq!(orig, "مُحَمَّد");
        let (s, e) = f.original(0, "elodie".len());
        assert_eq!((s, e), (0, 6));
    }
}
