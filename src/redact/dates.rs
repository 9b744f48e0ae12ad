//! Dates of birth with a month name, the day and year in digits or in words:
//! "14 March 1987", "born on the twenty-third of March nineteen
//! eighty-five", "3 de mayo de 1985", "el primero de mayo", "née le 1er mai",
//! "пятого мая 1985", "двадцать третьего марта тысяча девятьсот восемьдесят
//! пятого года", "14 آذار 1987", "الثالث والعشرين من مارس عام ١٩٨٥", "born in
//! March 1985". A date is only a finding when a birth word comes shortly
//! before it: meeting dates and hearing dates identify no one. A year alone
//! ("born in 1948") is not flagged: it is as common as any other year in a
//! quote.
//!
//! Words for numbers are read by [`numwords`](super::numwords). English
//! writes a day as an ordinal ("the third of May"), so an English cardinal
//! ("one May") is not a day; "may" and "march" are also a verb and a noun, so
//! in lower case they need a year or a day in digits to be a month.

use std::sync::LazyLock;

use super::cues::{BIRTH, MONTH};
use super::lexicon::Lexicon;
use super::numwords::{spelled_at, spelled_ending_at};
use super::text::Text;
use super::{Candidate, FindingKind};

/// Whether a birth word stands within a few words before character `at`.
pub(crate) fn birth_before(text: &Text, at: usize) -> bool {
    let t = text.token_at[at];
    text.words_before(t, 6)
        .into_iter()
        .any(|w| BIRTH.contains(text, w))
}

/// Ordinal endings written after a day in digits: "3rd", "1er", "1º",
/// "5-го", "1-е".
const ORDINALS: &[&str] = &[
    "st", "nd", "rd", "th", "er", "re", "e", "º", "ª", "o", "го", "е", "ое",
];
/// Words between the day, the month and the year: "3 de mayo de 1985", "the
/// 3rd of March", "٣ من شهر آذار عام ١٩٨٥", "mayo del año 1985".
const LINKS: &[&str] = &["de", "del", "of", "the", "ano", "من", "شهر", "عام", "سنه"];
/// How many tokens a day in words may span ("treinta y uno" is five).
const DAY_REACH: usize = 8;

/// Month names that are also common words.
static AMBIGUOUS_MONTH: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::new(&["may", "march", "اب"]));

fn day_at(text: &Text, t: usize) -> bool {
    text.is_number(t) && text.digits_len(t) <= 2 && (1..=31).contains(&text.number_value(t))
}

fn year_at(text: &Text, t: usize) -> bool {
    text.is_number(t) && text.digits_len(t) == 4 && (1900..=2099).contains(&text.number_value(t))
}

fn is_link(text: &Text, t: usize) -> bool {
    text.is_word(t) && LINKS.contains(&text.tokens[t].folded.as_str())
}

fn is_ordinal_ending(text: &Text, t: usize) -> bool {
    text.is_word(t) && ORDINALS.contains(&text.tokens[t].folded.as_str())
}

/// The ordinal ending after a day in digits at `t`, directly or after a
/// hyphen or dot ("3rd", "5-го", "1.º"): its token.
fn ordinal_after(text: &Text, t: usize) -> Option<usize> {
    if is_ordinal_ending(text, t + 1) {
        return Some(t + 1);
    }
    (matches!(text.punct(t + 1), Some('-' | '.')) && is_ordinal_ending(text, t + 2))
        .then_some(t + 2)
}

/// The next token after `t` skipping spaces, commas and linking words.
fn next_part(text: &Text, t: usize) -> Option<usize> {
    let mut u = text.next_solid(t)?;
    while text.punct(u) == Some(',') || is_link(text, u) {
        u = text.next_solid(u)?;
    }
    Some(u)
}

/// The token before `t` skipping spaces and linking words; a day in digits
/// with its ordinal ending is returned as the digits.
fn prev_part(text: &Text, t: usize) -> Option<usize> {
    let mut u = text.prev_solid(t)?;
    while is_link(text, u) {
        u = text.prev_solid(u)?;
    }
    let digits = (u.saturating_sub(2)..u)
        .rev()
        .find(|&d| text.is_number(d) && ordinal_after(text, d) == Some(u));
    Some(digits.unwrap_or(u))
}

/// A day just before the month at `month`: its first token, and whether it
/// is written in words.
fn day_before(text: &Text, month: usize) -> Option<(usize, bool)> {
    let p = prev_part(text, month)?;
    if day_at(text, p) {
        return Some((p, false));
    }
    let (s, n) = spelled_ending_at(text, p, DAY_REACH)?;
    ((1..=31).contains(&n.value) && !n.english_cardinal).then_some((s, true))
}

/// A day starting at `t`, after the month: its last token, and whether it is
/// written in words.
fn day_from(text: &Text, t: usize) -> Option<(usize, bool)> {
    if day_at(text, t) {
        return Some((ordinal_after(text, t).unwrap_or(t), false));
    }
    let n = spelled_at(text, t)?;
    ((1..=31).contains(&n.value) && !n.english_cardinal).then_some((n.last, true))
}

/// A year starting at `t`: its last token, and whether it is written in
/// words. A year in words needs all four digits ("nineteen eighty-five"),
/// except before the Russian "года" ("восемьдесят пятого года").
fn year_from(text: &Text, t: usize) -> Option<(usize, bool)> {
    if year_at(text, t) {
        return Some((t, false));
    }
    let n = spelled_at(text, t)?;
    let before_god = || {
        text.next_solid(n.last).is_some_and(|g| {
            text.is_word(g) && matches!(text.tokens[g].folded.as_str(), "года" | "году" | "г")
        })
    };
    let ok = (1900..=2099).contains(&n.value) || ((10..=99).contains(&n.value) && before_god());
    ok.then_some((n.last, true))
}

pub(crate) fn detect(text: &Text, out: &mut Vec<Candidate>) {
    for t in 0..text.tokens.len() {
        let Some(month_end) = MONTH.match_at(text, t) else {
            continue;
        };
        let mut first = t;
        let mut last = month_end - 1;
        let mut day = day_before(text, t);
        let mut year = None;
        if let Some((s, _)) = day {
            first = s;
        }
        if let Some(n) = next_part(text, last) {
            if let Some((y, words)) = year_from(text, n) {
                last = y;
                year = Some(words);
            } else if day.is_none()
                && let Some((d, words)) = day_from(text, n)
            {
                last = d;
                day = Some((n, words));
                if let Some((y, words)) = next_part(text, last).and_then(|y| year_from(text, y)) {
                    last = y;
                    year = Some(words);
                }
            }
        }
        let word_day_only = matches!(day, Some((_, true))) && year.is_none();
        let ambiguous = AMBIGUOUS_MONTH.contains(text, t) && !text.is_capitalized(t);
        if (day.is_none() && year.is_none()) || (word_day_only && ambiguous) {
            continue;
        }
        let start = text.tokens[first].start;
        if birth_before(text, start) {
            out.push(Candidate::new(
                FindingKind::DateOfBirth,
                start,
                text.tokens[last].end,
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::redact::testing::*;

    fn found(s: &str) -> Vec<String> {
        detected_texts(detect, s)
    }

    #[test]
    fn written_dates_after_birth_words() {
        assert_eq!(
            found("She was born on 14 March 1987 in"),
            vec!["14 March 1987"]
        );
        assert_eq!(
            found("Ella nació el 3 de mayo de 1985 en"),
            vec!["3 de mayo de 1985"]
        );
        assert_eq!(found("Родилась я 5 мая 1975 г. в"), vec!["5 мая 1975"]);
        assert_eq!(found("ولدت في 14 آذار 1987 في حلب"), vec!["14 آذار 1987"]);
        assert_eq!(found("born on March 14, 1987."), vec!["March 14, 1987"]);
        assert_eq!(
            found("Elle est née le 21 septembre 1975"),
            vec!["21 septembre 1975"]
        );
    }

    /// Dates in words, in the five languages, after a birth word; the same
    /// dates without one, and words that only look like a day and a month,
    /// are not findings.
    #[test]
    fn dates_in_words_only_after_birth_words() {
        assert_finds(
            detect,
            &[
                (
                    "She was born on the twenty-third of March nineteen eighty-five, in Gaza.",
                    "twenty-third of March nineteen eighty-five",
                ),
                ("He was born March 3rd, 1985.", "March 3rd, 1985"),
                ("born on the 3rd of March", "3rd of March"),
                (
                    "DOB: March twenty-first, two thousand and five",
                    "March twenty-first, two thousand and five",
                ),
                (
                    "Elle est née le vingt-trois mars mille neuf cent quatre-vingt-cinq à Thiès.",
                    "vingt-trois mars mille neuf cent quatre-vingt-cinq",
                ),
                ("Il est né le premier mai 1985.", "premier mai 1985"),
                ("Il est né le 1er mai.", "1er mai"),
                (
                    "Nací el veintitrés de marzo de mil novecientos ochenta y cinco.",
                    "veintitrés de marzo de mil novecientos ochenta y cinco",
                ),
                ("Nació el primero de mayo, en Cobán.", "primero de mayo"),
                ("nacida el 1.º de mayo de 1990", "1.º de mayo de 1990"),
                (
                    "وُلدت في الثالث والعشرين من مارس عام ألف وتسعمائة وخمسة وثمانين في حلب",
                    "الثالث والعشرين من مارس عام ألف وتسعمائة وخمسة وثمانين",
                ),
                ("ولدت في الخامس من آذار ١٩٨٥", "الخامس من آذار ١٩٨٥"),
                ("تاريخ ميلاده ٢٣ شباط ١٩٩٠", "٢٣ شباط ١٩٩٠"),
                (
                    "Она родилась двадцать третьего марта тысяча девятьсот восемьдесят пятого года.",
                    "двадцать третьего марта тысяча девятьсот восемьдесят пятого",
                ),
                ("Он родился пятого мая 1985 года.", "пятого мая 1985"),
                ("Родилась 5-го мая 1985 г.", "5-го мая 1985"),
                (
                    "родился первого мая восемьдесят пятого года",
                    "первого мая восемьдесят пятого",
                ),
                // Other forms of the birth words.
                ("D.O.B. 14 March 1987", "14 March 1987"),
                ("Elle naquit le premier mai 1950.", "premier mai 1950"),
                (
                    "Mis hijos nacieron el veintitrés de marzo.",
                    "veintitrés de marzo",
                ),
                ("تاريخ ولادتي الخامس من آذار ١٩٨٥", "الخامس من آذار ١٩٨٥"),
                (
                    "Он появился на свет пятого мая 1985 года.",
                    "пятого мая 1985",
                ),
            ],
        );
        assert_finds_nothing(
            detect,
            &[
                "The meeting was on the twenty-third of March nineteen eighty-five.",
                "La réunion a eu lieu le vingt-trois mars mille neuf cent quatre-vingt-cinq.",
                "La audiencia fue el primero de mayo.",
                "عقد الاجتماع في الثالث والعشرين من مارس عام ألف وتسعمائة وخمسة وثمانين",
                "Собрание прошло двадцать третьего марта.",
                // "born" is there, but these are not dates.
                "The one who was born first may not inherit.",
                "She was born on the day of the second march to the capital.",
                "He was born one May morning.",
                "ولد الابن الثالث من أب آخر",
            ],
        );
    }

    #[test]
    fn other_dates_and_bare_years_are_not_findings() {
        assert!(found("The hearing is on 12 June at 10:00").is_empty());
        assert!(found("My mother was born in 1948").is_empty());
        assert!(found("Je ne sais pas, le 3 mai 1990 peut-être").is_empty());
    }
}
