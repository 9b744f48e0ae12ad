//! Street addresses: a house number together with a street word, in the
//! orders each language uses:
//! - number, then street word, then name: "14 rue des Lilas", "12 شارع النيل";
//! - number, name, street word (English): "221 Queen Street East";
//! - street word, name, number: "calle Los Pinos 245", "ул. Ленина, д. 5",
//!   "شارع الجمهورية رقم 15", "Carrera 7 # 45-12";
//! - house word and number, then street: "بناية رقم 7، شارع النيل",
//!   "дома 14 на улице Гагарина".
//!
//! Flat, floor and door parts that follow ("unit 12", "кв. 12", "3.º B",
//! "منزل رقم 14") are part of the address. A street without a house number
//! ("Nile Road", "la calle") is not an address.

mod words;

use self::words::*;
use super::lexicon::Lexicon;
use super::text::{Text, TokenKind, is_arabic};
use super::{Candidate, FindingKind};

/// The token after `t`, skipping spaces and at most one of the given
/// punctuation marks.
fn after(text: &Text, t: usize, punct: &[char]) -> Option<usize> {
    let mut u = text.next_solid(t)?;
    if text.punct(u).is_some_and(|c| punct.contains(&c)) {
        u = text.next_solid(u)?;
    }
    Some(u)
}

/// Token `t`, or the one after it when `t` is one of `words` ("3 bis
/// chemin", "дома 14 на улице").
fn step_over(text: &Text, t: usize, words: &[&str]) -> Option<usize> {
    if text.is_word(t) && words.contains(&text.tokens[t].folded.as_str()) {
        text.next_solid(t)
    } else {
        Some(t)
    }
}

/// The end token (exclusive) of a street word at `t`, including a trailing
/// full stop or slash of an abbreviation ("ул.", "Av.", "C/").
fn street_word(lex: &Lexicon, text: &Text, t: usize) -> Option<usize> {
    let e = lex.match_at(text, t)?;
    if matches!(text.punct(e), Some('.' | '/')) {
        Some(e + 1)
    } else {
        Some(e)
    }
}

/// A street name starting at token `t` (Latin or Cyrillic: capitalised words
/// and particles; Arabic: one or two words). Returns the last token.
fn street_name(text: &Text, t: usize, allow_lowercase: bool) -> Option<usize> {
    let first = text.tokens.get(t)?;
    if first.kind != TokenKind::Word {
        return None;
    }
    if text.chars[first.start..first.end]
        .iter()
        .any(|c| is_arabic(*c))
    {
        let stop = |u: usize| {
            !text.is_word(u)
                || ARABIC_STOPS.contains(&text.tokens[u].folded.as_str())
                || STREET_BEFORE.contains(text, u)
                || HOUSE.contains(text, u)
                || NUMBER_MARK.contains(text, u)
        };
        if stop(t) {
            return None;
        }
        let mut last = t;
        if let Some(n) = text
            .next_solid(t)
            .filter(|&n| text.is_space(t + 1) && !stop(n))
        {
            last = n;
        }
        return Some(last);
    }
    let mut last = None;
    let mut u = t;
    let mut words = 0;
    let mut after_particle = false;
    while words < 5 && text.is_word(u) {
        let folded = text.tokens[u].folded.as_str();
        if HOUSE.contains(text, u) && last.is_some() {
            break;
        }
        if text.is_capitalized(u) {
            last = Some(u);
        } else if PARTICLES.contains(&folded) {
            after_particle = true;
        } else if allow_lowercase && after_particle && last.is_none() {
            last = Some(u);
            break;
        } else {
            break;
        }
        words += 1;
        // Words join with a space, a hyphen or an elided article ("d'Or").
        match text.tokens.get(u + 1).map(|x| x.kind) {
            Some(TokenKind::Space) if text.is_word(u + 2) => u += 2,
            Some(TokenKind::Punct)
                if matches!(text.punct(u + 1), Some('-' | '\'' | '’')) && text.is_word(u + 2) =>
            {
                u += 2
            }
            _ => break,
        }
    }
    last
}

/// A house number at `t`: digits, optionally a letter or "bis"/"ter", or a
/// range "45-12". Returns the last token.
fn house_number(text: &Text, t: usize) -> Option<usize> {
    if !text.is_number(t) || text.digits_len(t) > 5 {
        return None;
    }
    let mut last = t;
    if text.is_word(t + 1) && text.tokens[t + 1].end - text.tokens[t + 1].start == 1 {
        last = t + 1;
    } else if matches!(text.punct(t + 1), Some('-')) && text.is_number(t + 2) {
        last = t + 2;
    }
    Some(last)
}

/// What follows a house word: a number ("apt 12", "4B") or a building
/// letter ("bât. B", "Mz. B").
fn house_unit(text: &Text, t: usize) -> Option<usize> {
    house_number(text, t).or_else(|| {
        let tok = text.tokens.get(t)?;
        (tok.kind == TokenKind::Word && tok.end - tok.start == 1 && text.is_capitalized(t))
            .then_some(t)
    })
}

/// "Apt 4B, " or "Flat 2 - " before a number-first address: the first token.
fn house_prefix(text: &Text, t: usize) -> Option<usize> {
    let mut u = text.prev_solid(t)?;
    if matches!(text.punct(u), Some(',' | '-' | '،')) {
        u = text.prev_solid(u)?;
    }
    let mut unit = u;
    if text.is_word(unit)
        && text.tokens[unit].end - text.tokens[unit].start == 1
        && unit > 0
        && text.is_number(unit - 1)
    {
        unit -= 1;
    }
    if !text.is_number(unit) {
        return None;
    }
    let mut h = text.prev_solid(unit)?;
    if text.punct(h) == Some('.') || NUMBER_MARK.contains(text, h) {
        h = text.prev_solid(h)?;
    }
    if text.punct(h) == Some('.') {
        h = text.prev_solid(h)?;
    }
    HOUSE.contains(text, h).then_some(h)
}

/// Flat, floor and door parts after an address; returns the new last token.
fn extend(text: &Text, mut last: usize) -> usize {
    loop {
        let Some(mut u) = after(text, last, &[',', '،']) else {
            return last;
        };
        if let Some(e) = DIRECTION
            .match_at(text, u)
            .filter(|_| text.is_capitalized(u))
        {
            last = e - 1;
            continue;
        }
        if let Some(e) = street_word(&HOUSE, text, u) {
            u = match text.next_solid(e - 1) {
                Some(n) => n,
                None => return last,
            };
            if NUMBER_MARK.contains(text, u) {
                u = match after(text, u, &['.', 'º']) {
                    Some(n) => n,
                    None => return last,
                };
            }
            match house_unit(text, u) {
                Some(h) => {
                    last = h;
                    continue;
                }
                None => return last,
            }
        }
        // Spanish floor and door: ", 3.º B".
        if text.is_number(u) && text.digits_len(u) <= 2 {
            let mut v = u + 1;
            if text.punct(v) == Some('.') {
                v += 1;
            }
            if matches!(text.punct(v), Some('º' | 'ª'))
                || (text.is_word(v) && matches!(text.tok_str(v).as_str(), "º" | "ª"))
            {
                last = v;
                if text.is_space(v + 1)
                    && text.is_word(v + 2)
                    && text.tokens[v + 2].end - text.tokens[v + 2].start == 1
                    && text.is_capitalized(v + 2)
                {
                    last = v + 2;
                }
                continue;
            }
        }
        return last;
    }
}

/// "... [,] [house word] [No] 12" after a street name: the number's last
/// token.
fn number_after_name(text: &Text, name_last: usize) -> Option<usize> {
    let mut u = after(text, name_last, &[',', '،'])?;
    let mut house_word = false;
    if let Some(e) = street_word(&HOUSE, text, u) {
        u = text.next_solid(e - 1)?;
        house_word = true;
    }
    if NUMBER_MARK.contains(text, u) || text.punct(u) == Some('#') || text.punct(u) == Some('№') {
        u = after(text, u, &['.', 'º'])?;
    }
    if house_word {
        house_unit(text, u)
    } else {
        house_number(text, u)
    }
}

pub(crate) fn detect(text: &Text, out: &mut Vec<Candidate>) {
    let mut push = |first: usize, last: usize| {
        let last = extend(text, last);
        let first = if text.is_number(first) {
            house_prefix(text, first).unwrap_or(first)
        } else {
            first
        };
        out.push(Candidate::new(
            FindingKind::Address,
            text.tokens[first].start,
            text.tokens[last].end,
        ));
    };
    for t in 0..text.tokens.len() {
        if text.is_number(t)
            && text.digits_len(t) <= 5
            && !(t > 0 && matches!(text.punct(t - 1), Some('.' | ',' | ':' | '/')))
        {
            // Number first. "3 bis chemin", "25, avenue", "221B Baker".
            let mut u = t;
            if text.is_word(t + 1) && text.tokens[t + 1].end - text.tokens[t + 1].start == 1 {
                u = t + 1;
            }
            let Some(v) = after(text, u, &[',']) else {
                continue;
            };
            let Some(v) = step_over(text, v, &["bis", "ter"]) else {
                continue;
            };
            if let Some(e) = street_word(&STREET_AFTER_NUMBER, text, v)
                && let Some(n) = text.next_solid(e - 1)
                && let Some(last) = street_name(text, n, true)
            {
                push(t, last);
                continue;
            }
            if let Some(last) = english_street(text, v) {
                push(t, last);
                continue;
            }
        }
        if text.is_word(t) {
            // Street word first.
            if let Some(e) = street_word(&STREET_BEFORE, text, t)
                && let Some(n) = text.next_solid(e - 1)
            {
                if let Some(name_last) = street_name(text, n, false)
                    && let Some(num) = number_after_name(text, name_last)
                {
                    push(t, num);
                    continue;
                }
                // A numbered street needs a house number too: "Carrera 7 # 45-12",
                // "شارع 9، منزل رقم 14".
                if let Some(street_no) = house_number(text, n) {
                    let ext = extend(text, street_no);
                    let hash = after(text, street_no, &[]).filter(|&h| text.punct(h) == Some('#'));
                    if let Some(h) = hash
                        && let Some(num) = text.next_solid(h).and_then(|x| house_number(text, x))
                    {
                        push(t, num);
                        continue;
                    }
                    if ext != street_no {
                        push(t, ext);
                        continue;
                    }
                }
            }
            // House word first, street after: "بناية رقم 7، شارع النيل".
            if let Some(e) = street_word(&HOUSE, text, t)
                && let Some(mut u) = text.next_solid(e - 1)
            {
                if NUMBER_MARK.contains(text, u) {
                    u = match after(text, u, &['.']) {
                        Some(n) => n,
                        None => continue,
                    };
                }
                if let Some(num) = house_number(text, u)
                    && let Some(s) = after(text, num, &[',', '،'])
                {
                    let Some(s) = step_over(text, s, &["на", "по", "on", "sur"]) else {
                        continue;
                    };
                    if let Some(se) = street_word(&STREET_BEFORE, text, s)
                        && let Some(n) = text.next_solid(se - 1)
                        && let Some(last) = street_name(text, n, false)
                    {
                        push(t, last);
                    }
                }
            }
        }
    }
}

/// English order: up to four name words, then a street word.
fn english_street(text: &Text, v: usize) -> Option<usize> {
    let mut u = v;
    let mut lowercase = false;
    for _ in 0..4 {
        if !text.is_word(u) {
            return None;
        }
        if ENGLISH_STOPS.contains(&text.tokens[u].folded.as_str()) {
            return None;
        }
        if u > v
            && let Some(e) = street_word(&ENGLISH_SUFFIX, text, u)
        {
            let strong = STRONG_SUFFIX.contains(text, u);
            if lowercase && !strong {
                return None;
            }
            let last = if text.punct(e - 1) == Some('.') {
                e - 2
            } else {
                e - 1
            };
            return Some(last);
        }
        lowercase |= !text.is_capitalized(u);
        u = text.next_solid(u)?;
        if !text.is_space(u - 1) {
            return None;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::redact::testing::*;

    #[test]
    fn addresses_in_each_language_order() {
        assert_finds(
            detect,
            &[
                ("evicted from 14 Dixon Road without", "14 Dixon Road"),
                ("go to 221 Queen Street East for", "221 Queen Street East"),
                ("at 7 Elm Crescent, unit 12, and", "7 Elm Crescent, unit 12"),
                ("au 14 rue des Lilas, au", "14 rue des Lilas"),
                ("du 25, avenue Blaise Diagne.", "25, avenue Blaise Diagne"),
                ("la calle Los Pinos 245, pero", "calle Los Pinos 245"),
                ("en Calle Mayor, 12, 3.º B, en", "Calle Mayor, 12, 3.º B"),
                ("en Carrera 7 # 45-12, barrio", "Carrera 7 # 45-12"),
                (
                    "по адресу ул. Ленина, д. 5, кв. 12, и",
                    "ул. Ленина, д. 5, кв. 12",
                ),
                ("في شارع الجمهورية رقم 15 في", "شارع الجمهورية رقم 15"),
                ("في بناية رقم 7، شارع النيل، في", "بناية رقم 7، شارع النيل"),
                ("حي النصر، شارع 9، منزل رقم 14.", "شارع 9، منزل رقم 14"),
                ("at Apt 4B, 233 Jane St, near", "Apt 4B, 233 Jane St"),
                (
                    "en Jr. Los Olivos Mz. B Lt. 12, en",
                    "Jr. Los Olivos Mz. B Lt. 12",
                ),
                (
                    "résidence Les Palmiers, bât. B, apt 12.",
                    "résidence Les Palmiers, bât. B, apt 12",
                ),
            ],
        );
    }

    #[test]
    fn streets_without_numbers_and_counted_things_are_not_addresses() {
        assert_finds_nothing(
            detect,
            &[
                "We walked 3 km to the main road every day",
                "the street was flooded; la calle Mayor; улица Ленина",
                "3 lawyers and 12 cours par semaine",
                "Le bus numéro 12 ne passe plus",
            ],
        );
    }
}
