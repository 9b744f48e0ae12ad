//! Digit runs: phone numbers, ID-like numbers, and numeric dates of birth.
//!
//! A run is digits joined by the separators people put in phone numbers
//! (spaces, dots, dashes, slashes, brackets), with an optional leading `+`
//! or `(`. Its shape and the words just before it decide what it is:
//! - a date (12/03/1985, 03.11.1990) is a date of birth after a birth word,
//!   and nothing otherwise;
//! - `+` or `00` then 7 to 15 digits is a phone number;
//! - after an ID word (passport, DNI, dossier, паспорт, جواز...) it is an ID;
//!   after a phone word (tel, celular, номер, هاتف...) a phone number;
//! - treaty and UPR references ("recommendation 153.42"), thousands
//!   ("1 500 000", "1.200.000"), and lists of years are nothing;
//! - a leading 0 with 8 to 13 digits, or 8 to 15 digits in three or more
//!   groups, is a phone number; 8 or more digits in one block is an ID.
//!
//! Letters mixed with digits ("P4829301", "X1234567L", "EXP-2020-04517",
//! "345-17C00891") are ID-like when they hold at least five digits (UN
//! document symbols such as "A/HRC/41/54" hold fewer).
//!
//! A phone number dictated in words ("zero seven nine five...", "zéro six,
//! douze, trente-quatre...", "восемь девятьсот три...", "صفر سبعة تسعة...")
//! is a phone number when a phone word comes before it, like one in digits.

use super::cues::{FILLER, ID, PHONE, RECOMMENDATION, UNIT};
use super::dates::birth_before;
use super::numwords::{is_number_word, spelled_at};
use super::text::{Text, TokenKind, digit_value, is_cyrillic, is_digit};
use super::{Candidate, FindingKind};

const SOFT_SEPARATORS: &[char] = &[' ', '\u{a0}', '\u{202f}', '(', ')'];
const HARD_SEPARATORS: &[char] = &['.', '-', '/', '‑', '–'];

#[derive(Debug)]
struct Run {
    start: usize,
    end: usize,
    /// Character ranges of the digit groups.
    groups: Vec<(usize, usize)>,
    /// The separator text between consecutive groups.
    separators: Vec<String>,
    plus: bool,
}

impl Run {
    fn digits(&self, chars: &[char]) -> String {
        self.groups
            .iter()
            .flat_map(|&(s, e)| chars[s..e].iter())
            .filter_map(|c| digit_value(*c).and_then(|d| char::from_digit(d, 10)))
            .collect()
    }
}

/// Letters directly before a digit make the digits part of a code, except an
/// Arabic conjunction or preposition written attached ("و0912...").
fn glued_before(chars: &[char], i: usize) -> bool {
    if i == 0 {
        return false;
    }
    let p = chars[i - 1];
    if p.is_alphabetic() {
        let clitic = matches!(p, 'و' | 'ب' | 'ل' | 'ف' | 'ك');
        return !(clitic && (i < 2 || !chars[i - 2].is_alphabetic()));
    }
    matches!(p, '.' | '-' | '/' | '_' | '#') && i >= 2 && chars[i - 2].is_alphanumeric()
}

fn glued_after(chars: &[char], e: usize) -> bool {
    match chars.get(e) {
        Some(c) if c.is_alphabetic() => true,
        Some('.' | '-' | '/' | '_' | '#') => chars.get(e + 1).is_some_and(|c| c.is_alphabetic()),
        _ => false,
    }
}

fn parse_run(chars: &[char], i: usize) -> Option<Run> {
    let plus = chars[i] == '+';
    let mut p = if matches!(chars[i], '+' | '(') {
        i + 1
    } else {
        i
    };
    if !chars.get(p).is_some_and(|c| is_digit(*c)) {
        return None;
    }
    let mut groups = Vec::new();
    let mut separators = Vec::new();
    loop {
        let s = p;
        while p < chars.len() && is_digit(chars[p]) {
            p += 1;
        }
        groups.push((s, p));
        let mut q = p;
        let mut hard = 0;
        while q < chars.len() && q - p < 3 {
            let c = chars[q];
            if HARD_SEPARATORS.contains(&c) {
                hard += 1;
            } else if !SOFT_SEPARATORS.contains(&c) {
                break;
            }
            q += 1;
        }
        if q > p && hard <= 1 && chars.get(q).is_some_and(|c| is_digit(*c)) {
            separators.push(chars[p..q].iter().collect());
            p = q;
        } else {
            break;
        }
    }
    Some(Run {
        start: i,
        end: p,
        groups,
        separators,
        plus,
    })
}

/// What the words just before a run say about it.
#[derive(Debug, Default)]
struct Context {
    phone: bool,
    id: bool,
    reference: bool,
}

fn context(text: &Text, at: usize) -> Context {
    let mut ctx = Context::default();
    let mut t = text.token_at[at];
    let mut words = 0;
    while t > 0 && words < 7 {
        t -= 1;
        let tok = &text.tokens[t];
        match tok.kind {
            TokenKind::Space => continue,
            TokenKind::Number => break,
            TokenKind::Punct => {
                if matches!(
                    text.chars[tok.start],
                    ':' | '-'
                        | '—'
                        | '–'
                        | '('
                        | ','
                        | '#'
                        | '='
                        | '№'
                        | '°'
                        | 'º'
                        | '\''
                        | '’'
                        | '.'
                ) {
                    continue;
                }
                break;
            }
            TokenKind::Word => {
                words += 1;
                if ID.contains(text, t) {
                    ctx.id = true;
                } else if PHONE.contains(text, t) {
                    ctx.phone = true;
                } else if RECOMMENDATION.contains(text, t) {
                    ctx.reference = true;
                } else if !FILLER.contains(text, t) {
                    break;
                }
            }
        }
    }
    ctx
}

fn is_date(groups: &[u32], lens: &[usize], seps: &[String]) -> bool {
    if groups.len() != 3 || seps.iter().any(|s| s.trim() != seps[0].trim()) {
        return false;
    }
    let sep = seps[0].trim();
    if !matches!(sep, "/" | "." | "-") {
        return false;
    }
    let year_ok = |y: u32, len: usize| (len == 4 && (1900..=2099).contains(&y)) || len == 2;
    let dm = |a: u32, b: u32| {
        (1..=31).contains(&a) && (1..=12).contains(&b)
            || (1..=12).contains(&a) && (1..=31).contains(&b)
    };
    (lens[0] <= 2 && lens[1] <= 2 && dm(groups[0], groups[1]) && year_ok(groups[2], lens[2]))
        || (lens[0] == 4
            && year_ok(groups[0], 4)
            && lens[1] <= 2
            && lens[2] <= 2
            && dm(groups[2], groups[1]))
}

/// Groups of exactly three digits after a first group of one to three, all
/// joined the same way by a space or a dot: how quantities are written.
fn is_thousands(lens: &[usize], seps: &[String]) -> bool {
    lens.len() >= 2
        && (1..=3).contains(&lens[0])
        && lens[1..].iter().all(|l| *l == 3)
        && seps
            .iter()
            .all(|s| s == &seps[0] && matches!(s.as_str(), " " | "\u{a0}" | "\u{202f}" | "."))
}

/// Followed by a unit, a currency or a percent sign.
fn unit_after(text: &Text, end: usize) -> bool {
    let Some(&c) = text.chars.get(end) else {
        return false;
    };
    if matches!(c, '%' | '٪' | '$' | '€' | '£' | '₽') {
        return true;
    }
    let t = text.token_at[end];
    let next = if text.is_space(t) {
        text.next_solid(t)
    } else {
        Some(t)
    };
    match next {
        Some(n) if text.is_word(n) => UNIT.contains(text, n),
        Some(n) => matches!(text.punct(n), Some('%' | '٪' | '$' | '€' | '£' | '₽')),
        None => false,
    }
}

fn currency_before(chars: &[char], start: usize) -> bool {
    start > 0 && matches!(chars[start - 1], '$' | '€' | '£' | '₽')
}

fn classify(text: &Text, run: &Run) -> Option<FindingKind> {
    let chars = &text.chars;
    let digits = run.digits(chars);
    let d = digits.len();
    let lens: Vec<usize> = run.groups.iter().map(|(s, e)| e - s).collect();
    let values: Vec<u32> = run
        .groups
        .iter()
        .map(|&(s, e)| {
            chars[s..e]
                .iter()
                .filter_map(|c| digit_value(*c))
                .fold(0u32, |a, x| a.saturating_mul(10).saturating_add(x))
        })
        .collect();
    if is_date(&values, &lens, &run.separators) {
        return birth_before(text, run.start).then_some(FindingKind::DateOfBirth);
    }
    if run.plus {
        return (7..=15).contains(&d).then_some(FindingKind::Phone);
    }
    if digits.starts_with("00") && (9..=15).contains(&d) {
        return Some(FindingKind::Phone);
    }
    let ctx = context(text, run.start);
    if ctx.id && d >= 4 {
        return Some(FindingKind::IdNumber);
    }
    if ctx.phone && (6..=15).contains(&d) {
        return Some(FindingKind::Phone);
    }
    if ctx.reference || currency_before(chars, run.start) || unit_after(text, run.end) {
        return None;
    }
    if is_thousands(&lens, &run.separators) {
        return None;
    }
    if lens.iter().all(|l| *l == 4) && values.iter().all(|v| (1900..=2099).contains(v)) {
        return None;
    }
    if digits.starts_with('0') && (8..=13).contains(&d) {
        return Some(FindingKind::Phone);
    }
    if run.groups.len() >= 3 && (8..=15).contains(&d) && !upr_list(chars, run) {
        return Some(FindingKind::Phone);
    }
    if run.groups.len() == 1 && d >= 8 {
        return Some(FindingKind::IdNumber);
    }
    None
}

/// "153.42-153.45" or "153.42 153.43": recommendation numbers, not a phone.
fn upr_list(chars: &[char], run: &Run) -> bool {
    let body: String = chars[run.start..run.end].iter().collect();
    body.split([' ', '-', '–'])
        .filter(|p| !p.is_empty())
        .all(|p| {
            let mut halves = p.split('.');
            let ok = |h: Option<&str>| h.is_some_and(|h| (1..=3).contains(&h.chars().count()));
            ok(halves.next()) && ok(halves.next()) && halves.next().is_none()
        })
}

pub(crate) fn detect(text: &Text, out: &mut Vec<Candidate>) {
    let chars = &text.chars;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let starts = is_digit(c)
            || (matches!(c, '+' | '(') && chars.get(i + 1).is_some_and(|n| is_digit(*n)));
        if !starts || glued_before(chars, i) || (i > 0 && is_digit(chars[i - 1])) {
            i += 1;
            continue;
        }
        let Some(run) = parse_run(chars, i) else {
            i += 1;
            continue;
        };
        let end = run.end;
        if !glued_after(chars, end)
            && let Some(kind) = classify(text, &run)
        {
            let start = if chars[run.start] == '(' && !chars[run.start..run.end].contains(&')') {
                run.start + 1
            } else {
                run.start
            };
            out.push(Candidate::new(kind, start, end));
        }
        i = end.max(i + 1);
    }
    codes(text, out);
    spelled_phones(text, out);
}

/// How many digits a phone number needs, whether in digits or in words.
const PHONE_DIGITS: std::ops::RangeInclusive<usize> = 7..=15;

/// English "oh" for a zero ("oh seven seven...").
fn is_oh(text: &Text, t: usize) -> bool {
    text.is_word(t) && text.tokens[t].folded == "oh"
}

/// One group of a number said in words, from word token `t`: its last token,
/// how many digits it stands for ("douze" is two, "девятьсот три" three,
/// "zero" one) and whether it is a round number ("forty").
fn spelled_group(text: &Text, t: usize) -> Option<(usize, usize, bool)> {
    if is_oh(text, t) {
        return Some((t, 1, false));
    }
    let n = spelled_at(text, t)?;
    let digits = n.value.checked_ilog10().map_or(1, |l| l as usize + 1);
    Some((n.last, digits, n.value >= 10 && n.value.is_multiple_of(10)))
}

/// The first token of the group after `last`, across a space, a comma or a
/// hyphen.
fn next_group(text: &Text, last: usize) -> Option<usize> {
    let mut u = last + 1;
    let mut punct = 0;
    while text.is_space(u) || (punct == 0 && matches!(text.punct(u), Some(',' | '-' | '–'))) {
        punct += usize::from(!text.is_space(u));
        u += 1;
    }
    (is_number_word(text, u) || is_oh(text, u)).then_some(u)
}

/// Phone numbers said in words: groups of number words, 7 to 15 digits in
/// all, after a phone word. A list of round numbers ("twenty, thirty,
/// forty, fifty") or a count ("... families") is not one.
fn spelled_phones(text: &Text, out: &mut Vec<Candidate>) {
    let mut t = 0;
    while t < text.tokens.len() {
        let Some((mut last, mut digits, mut round)) = spelled_group(text, t) else {
            t += 1;
            continue;
        };
        while let Some((l, d, r)) = next_group(text, last).and_then(|u| spelled_group(text, u)) {
            last = l;
            digits += d;
            round &= r;
        }
        let (start, end) = (text.tokens[t].start, text.tokens[last].end);
        if PHONE_DIGITS.contains(&digits)
            && !round
            && !unit_after(text, end)
            && context(text, start).phone
        {
            out.push(Candidate::new(FindingKind::Phone, start, end));
        }
        t = last + 1;
    }
}

/// Letters are Latin or Cyrillic: an Arabic word glued to a number is a
/// clitic, not a code.
fn code_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || is_cyrillic(c)
}

/// Letter runs that make a code look like a time or a measure ("10h30",
/// "8h00-17h30", "5km").
const UNIT_LETTERS: &[&str] = &[
    "h", "am", "pm", "min", "km", "kg", "ml", "cm", "mm", "m", "g", "l", "x",
];

/// Codes mixing letters and digits.
fn codes(text: &Text, out: &mut Vec<Candidate>) {
    let tokens = &text.tokens;
    let alnum = |t: usize| {
        tokens.get(t).is_some_and(|x| match x.kind {
            TokenKind::Number => true,
            TokenKind::Word => text.chars[x.start..x.end].iter().all(|c| code_letter(*c)),
            _ => false,
        })
    };
    let joiner = |t: usize| matches!(text.punct(t), Some('-' | '/' | '.' | '_' | '#'));
    let mut t = 0;
    while t < tokens.len() {
        // A code starts here unless glued to one before ("EXP-2020" is one)
        // or to an Arabic word.
        let glued = (t >= 2 && joiner(t - 1) && alnum(t - 2))
            || (t >= 1 && text.is_word(t - 1) && !alnum(t - 1));
        let fresh = !glued;
        if !alnum(t) || !fresh {
            t += 1;
            continue;
        }
        let mut e = t + 1;
        loop {
            if alnum(e) {
                e += 1;
            } else if joiner(e) && alnum(e + 1) {
                e += 2;
            } else {
                break;
            }
        }
        let mut digits = 0;
        let mut letters = false;
        let mut unit_only = true;
        for (u, tok) in tokens.iter().enumerate().take(e).skip(t) {
            match tok.kind {
                TokenKind::Number => digits += text.digits_len(u),
                TokenKind::Word => {
                    letters = true;
                    unit_only &= UNIT_LETTERS.contains(&tok.folded.as_str());
                }
                _ => {}
            }
        }
        // "10h30", "5km", "8h00-17h30": numbers with units, not codes.
        unit_only &= text.is_number(t);
        let end_glued = text.is_word(e) || (joiner(e) && text.is_word(e + 1));
        let needed = if context(text, tokens[t].start).id {
            3
        } else {
            5
        };
        if letters && !unit_only && digits >= needed && !end_glued {
            out.push(Candidate::new(
                FindingKind::IdNumber,
                tokens[t].start,
                tokens[e - 1].end,
            ));
        }
        t = e;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::redact::testing::*;

    fn found(s: &str) -> Vec<(FindingKind, String)> {
        detected(detect, s)
    }

    #[test]
    fn phone_numbers_in_international_and_local_formats() {
        for p in [
            "+1 416 555 0199",
            "(807) 555-0142",
            "416.555.0123",
            "00 44 7700 900123",
            "06.12.34.56.78",
            "77 123 45 67",
            "+33 (0)6 12 34 56 78",
            "8 (903) 123-45-67",
            "٠٧٩٥١٢٣٤٥٦",
            "(01) 426-7890",
        ] {
            assert_eq!(
                found(&format!("call {p}, thanks")),
                vec![(FindingKind::Phone, p.to_owned())],
                "{p}"
            );
        }
        assert_eq!(found("mi celular es 987 654 321")[0].0, FindingKind::Phone);
    }

    #[test]
    fn ordinary_numbers_are_not_findings() {
        assert_finds_nothing(
            detect,
            &[
                "In 2019, 2,400 people; 1 500 000 habitants; 1.200.000 pesos",
                "Article 11, CEDAW art. 14(2), recommendation 153.42, 153.42-153.45",
                "at 10:30 or 10 h 30, 45 %, $1,150, 17 500 francs, 150 000 000 de francs",
                "between 2015-2019, in 2010 2012 2015, loi n° 2010-11, the meeting on 12/03/2021",
                "COVID-19, A/HRC/41/54, 8h00-17h30",
            ],
        );
    }

    #[test]
    fn identity_numbers_by_context_and_shape() {
        use FindingKind::IdNumber;
        assert_eq!(
            found("passport AB1234567."),
            vec![(IdNumber, "AB1234567".into())]
        );
        assert_eq!(
            found("Паспорт 45 08 123456 у меня"),
            vec![(IdNumber, "45 08 123456".into())]
        );
        assert_eq!(
            found("UCI number is 11-2233-4455"),
            vec![(IdNumber, "11-2233-4455".into())]
        );
        assert_eq!(
            found("dossier 2019/CR/04512 au"),
            vec![(IdNumber, "2019/CR/04512".into())]
        );
        assert_eq!(
            found("الرقم الوطني 2000123456"),
            vec![(IdNumber, "2000123456".into())]
        );
    }

    #[test]
    fn phone_numbers_said_in_words() {
        for (s, want) in [
            (
                "my number is oh seven seven nine, one two three, four five six.",
                "oh seven seven nine, one two three, four five six",
            ),
            (
                "Appelle-moi au zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit.",
                "zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit",
            ),
            (
                "mi celular es nueve ocho siete, seis cinco cuatro, tres dos uno",
                "nueve ocho siete, seis cinco cuatro, tres dos uno",
            ),
            (
                "Мой номер восемь девятьсот три сто двадцать три сорок пять шестьдесят семь.",
                "восемь девятьсот три сто двадцать три сорок пять шестьдесят семь",
            ),
            (
                "رقمي صفر سبعة تسعة خمسة واحد اثنين ثلاثة أربعة خمسة ستة",
                "صفر سبعة تسعة خمسة واحد اثنين ثلاثة أربعة خمسة ستة",
            ),
        ] {
            assert_eq!(found(s), vec![(FindingKind::Phone, want.to_owned())], "{s}");
        }
        assert_finds_nothing(
            detect,
            &[
                "Call me at nine thirty, or at ten.",
                "The number of families: one hundred and twenty thousand.",
                "We called twenty three families, then forty more.",
                "One two three four five six seven, the children counted.",
                "Our numbers: twenty, thirty, forty, fifty, sixty, seventy.",
                "Numbers: two hundred, three hundred, four hundred.",
                "Hotline: one hundred twenty-five, two hundred thirty-four, fifty-six people",
            ],
        );
    }

    #[test]
    fn numeric_dates_are_birth_dates_only_after_a_birth_word() {
        assert_eq!(
            found("Date of birth: 03/11/1990"),
            vec![(FindingKind::DateOfBirth, "03/11/1990".into())]
        );
        assert_eq!(
            found("Дата рождения сына — 21.09.2010"),
            vec![(FindingKind::DateOfBirth, "21.09.2010".into())]
        );
        assert!(found("the hearing on 03/11/1990").is_empty());
    }
}
