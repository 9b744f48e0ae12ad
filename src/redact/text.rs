//! A quote cut into tokens once, shared by every detector.
//!
//! Detectors reason about words, digit runs and punctuation, never about
//! bytes, and report character offsets (Unicode scalar values), the unit the
//! UI and the JSON output use. Each word also carries its folded form (see
//! [`fold`](super::fold)) so keyword tests in every language are one string
//! comparison.

use unicode_normalization::char::is_combining_mark;

use super::fold::fold;

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokenKind {
    /// Letters (with their combining marks).
    Word,
    /// Decimal digits, Western or Arabic-Indic.
    Number,
    /// A run of whitespace.
    Space,
    /// Any other single character.
    Punct,
}

#[derive(Debug, Clone)]
pub(crate) struct Token {
    pub(crate) kind: TokenKind,
    pub(crate) start: usize,
    pub(crate) end: usize,
    /// Folded text for words; empty for other kinds.
    pub(crate) folded: String,
}

/// The value of a decimal digit in the scripts quotes use.
pub(crate) fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '\u{660}'..='\u{669}' => Some(c as u32 - 0x660),
        '\u{6F0}'..='\u{6F9}' => Some(c as u32 - 0x6F0),
        _ => None,
    }
}

pub(crate) fn is_digit(c: char) -> bool {
    digit_value(c).is_some()
}

pub(crate) fn is_letter(c: char) -> bool {
    c.is_alphabetic() || is_combining_mark(c) || c == '\u{640}'
}

pub(crate) fn is_arabic(c: char) -> bool {
    matches!(c, '\u{600}'..='\u{6FF}' | '\u{750}'..='\u{77F}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

pub(crate) fn is_cyrillic(c: char) -> bool {
    matches!(c, '\u{400}'..='\u{52F}')
}

/// Sentence-ending punctuation: detectors that look for context never look
/// past it.
pub(crate) fn ends_sentence(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | ';' | '؟' | '؛' | '\n' | '…' | '。')
}

pub(crate) struct Text {
    pub(crate) chars: Vec<char>,
    pub(crate) tokens: Vec<Token>,
    /// For each character, the index of the token containing it.
    pub(crate) token_at: Vec<usize>,
}

impl Text {
    pub(crate) fn new(src: &str) -> Self {
        let chars: Vec<char> = src.chars().collect();
        let mut tokens: Vec<Token> = Vec::with_capacity(chars.len() / 3 + 1);
        let mut token_at = Vec::with_capacity(chars.len());
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            let kind = if is_letter(c) {
                TokenKind::Word
            } else if is_digit(c) {
                TokenKind::Number
            } else if c.is_whitespace() {
                TokenKind::Space
            } else {
                TokenKind::Punct
            };
            let mut j = i + 1;
            if kind != TokenKind::Punct {
                while j < chars.len() {
                    let d = chars[j];
                    let same = match kind {
                        TokenKind::Word => is_letter(d),
                        TokenKind::Number => is_digit(d),
                        TokenKind::Space => d.is_whitespace(),
                        TokenKind::Punct => false,
                    };
                    if !same {
                        break;
                    }
                    j += 1;
                }
            }
            let folded = if kind == TokenKind::Word {
                fold(&chars[i..j].iter().collect::<String>())
            } else {
                String::new()
            };
            token_at.extend(std::iter::repeat_n(tokens.len(), j - i));
            tokens.push(Token {
                kind,
                start: i,
                end: j,
                folded,
            });
            i = j;
        }
        Self {
            chars,
            tokens,
            token_at,
        }
    }

    pub(crate) fn len(&self) -> usize {
        self.chars.len()
    }

    pub(crate) fn slice(&self, start: usize, end: usize) -> String {
        self.chars[start..end].iter().collect()
    }

    pub(crate) fn tok_str(&self, t: usize) -> String {
        let tok = &self.tokens[t];
        self.slice(tok.start, tok.end)
    }

    /// The single character of a punctuation token.
    pub(crate) fn punct(&self, t: usize) -> Option<char> {
        let tok = self.tokens.get(t)?;
        (tok.kind == TokenKind::Punct).then(|| self.chars[tok.start])
    }

    pub(crate) fn is_word(&self, t: usize) -> bool {
        self.tokens
            .get(t)
            .is_some_and(|x| x.kind == TokenKind::Word)
    }

    pub(crate) fn is_number(&self, t: usize) -> bool {
        self.tokens
            .get(t)
            .is_some_and(|x| x.kind == TokenKind::Number)
    }

    pub(crate) fn is_space(&self, t: usize) -> bool {
        self.tokens
            .get(t)
            .is_some_and(|x| x.kind == TokenKind::Space)
    }

    /// Whether the word token starts with an uppercase letter.
    pub(crate) fn is_capitalized(&self, t: usize) -> bool {
        self.is_word(t) && self.chars[self.tokens[t].start].is_uppercase()
    }

    /// The numeric value of a number token (saturating; digits only).
    pub(crate) fn number_value(&self, t: usize) -> u64 {
        let tok = &self.tokens[t];
        self.chars[tok.start..tok.end]
            .iter()
            .filter_map(|c| digit_value(*c))
            .fold(0u64, |acc, d| {
                acc.saturating_mul(10).saturating_add(d as u64)
            })
    }

    pub(crate) fn digits_len(&self, t: usize) -> usize {
        let tok = &self.tokens[t];
        tok.end - tok.start
    }

    /// The next token index after `t` that is not whitespace.
    pub(crate) fn next_solid(&self, t: usize) -> Option<usize> {
        (t + 1..self.tokens.len()).find(|&u| !self.is_space(u))
    }

    /// The previous token index before `t` that is not whitespace.
    pub(crate) fn prev_solid(&self, t: usize) -> Option<usize> {
        (0..t).rev().find(|&u| !self.is_space(u))
    }

    /// Up to `n` word tokens before token `t`, nearest first, stopping at the
    /// start of the sentence.
    pub(crate) fn words_before(&self, t: usize, n: usize) -> Vec<usize> {
        let mut out = Vec::new();
        let mut u = t;
        while u > 0 && out.len() < n {
            u -= 1;
            match self.tokens[u].kind {
                TokenKind::Word => out.push(u),
                // "St." or "art." inside a sentence is not an end; a full
                // stop followed by space and a capital is.
                TokenKind::Punct
                    if ends_sentence(self.chars[self.tokens[u].start])
                        && (self.chars[self.tokens[u].start] != '.'
                            || self.is_sentence_stop(u)) =>
                {
                    break;
                }
                _ => {}
            }
        }
        out
    }

    /// A short word before a full stop ("St.", "art.", "ул.") abbreviates.
    fn is_abbreviation(&self, t: usize) -> bool {
        self.is_word(t) && self.tokens[t].end - self.tokens[t].start <= 3
    }

    /// Whether the full stop at token `t` ends a sentence (followed by space
    /// and an uppercase letter, or by the end of text).
    fn is_sentence_stop(&self, t: usize) -> bool {
        match self.next_solid(t) {
            None => true,
            Some(n) => {
                self.is_space(t + 1)
                    && self.is_word(n)
                    && self.chars[self.tokens[n].start].is_uppercase()
                    && !self.is_abbreviation(t.wrapping_sub(1))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_split_words_digits_and_punctuation() {
        let t = Text::new("Tél: ٠٧٩ 12, d'Amina");
        let kinds: Vec<_> = t.tokens.iter().map(|x| x.kind).collect();
        use TokenKind::*;
        assert_eq!(
            kinds,
            vec![
                Word, Punct, Space, Number, Space, Number, Punct, Space, Word, Punct, Word
            ]
        );
        assert_eq!(t.tokens[0].folded, "tel");
        assert_eq!(t.number_value(3), 79);
        assert_eq!(t.tok_str(10), "Amina");
    }
}
