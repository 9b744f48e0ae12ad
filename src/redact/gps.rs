//! GPS coordinates: decimal pairs ("14.6928, -17.4467", "14,6928 -17,4467"),
//! degrees-minutes-seconds ("14°41′34″N 17°26′48″W") and hemisphere letters
//! in Latin, Russian ("с.ш.", "в.д.") or Arabic ("شمالاً") writing.
//!
//! A pair of plain decimals counts only with at least four decimal places
//! each (what a phone shows), so paragraph and UPR recommendation numbers
//! ("153.42, 153.43") are not coordinates; fewer places need a degree sign, a
//! hemisphere or a word such as "GPS" just before.

use std::sync::LazyLock;

use super::lexicon::Lexicon;
use super::text::{Text, digit_value, is_digit, is_letter};
use super::{Candidate, FindingKind};

static CUE: LazyLock<Lexicon> = LazyLock::new(|| {
    Lexicon::new(&[
        "gps",
        "coordinates",
        "coordinate",
        "coords",
        "lat",
        "latitude",
        "location",
        "pin",
        "coordonnees",
        "localisation",
        "coordenadas",
        "ubicacion",
        "координат*",
        "местоположени*",
        "احداثيات",
        "موقع*",
    ])
});

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Axis {
    NorthSouth,
    EastWest,
}

#[derive(Debug)]
struct Coord {
    start: usize,
    end: usize,
    value: f64,
    decimals: usize,
    marked: bool,
    hemisphere: Option<Axis>,
}

fn number(chars: &[char], mut i: usize) -> Option<(f64, usize, usize)> {
    let s = i;
    let mut v = 0f64;
    while i < chars.len() && is_digit(chars[i]) && i - s < 3 {
        v = v * 10.0 + digit_value(chars[i]).unwrap_or(0) as f64;
        i += 1;
    }
    if i == s || chars.get(i).is_some_and(|c| is_digit(*c)) {
        return None;
    }
    let mut decimals = 0;
    if matches!(chars.get(i), Some('.' | ',')) && chars.get(i + 1).is_some_and(|c| is_digit(*c)) {
        i += 1;
        let mut scale = 0.1;
        while i < chars.len() && is_digit(chars[i]) {
            v += digit_value(chars[i]).unwrap_or(0) as f64 * scale;
            scale /= 10.0;
            decimals += 1;
            i += 1;
        }
    }
    Some((v, decimals, i))
}

fn skip_space(chars: &[char], mut i: usize) -> usize {
    while i < chars.len() && chars[i] == ' ' {
        i += 1;
    }
    i
}

/// A hemisphere marker at `i` (a standalone letter, a Russian abbreviation
/// or an Arabic word): its axis and end.
fn hemisphere(chars: &[char], i: usize) -> Option<(Axis, usize)> {
    let c = *chars.get(i)?;
    let alone = |e: usize| chars.get(e).is_none_or(|c| !c.is_alphanumeric());
    match c {
        'N' | 'S' if alone(i + 1) => return Some((Axis::NorthSouth, i + 1)),
        'E' | 'W' | 'O' if alone(i + 1) => return Some((Axis::EastWest, i + 1)),
        'с' | 'ю' | 'в' | 'з' if chars.get(i + 1) == Some(&'.') => {
            let j = skip_space(chars, i + 2);
            let second = *chars.get(j)?;
            let axis = match (c, second) {
                ('с' | 'ю', 'ш') => Axis::NorthSouth,
                ('в' | 'з', 'д') => Axis::EastWest,
                _ => return None,
            };
            let end = if chars.get(j + 1) == Some(&'.') {
                j + 2
            } else {
                j + 1
            };
            return Some((axis, end));
        }
        _ => {}
    }
    let word_end = (i..chars.len())
        .find(|&k| !is_letter(chars[k]))
        .unwrap_or(chars.len());
    let word: String = chars[i..word_end].iter().collect();
    for (root, axis) in [
        ("شمال", Axis::NorthSouth),
        ("جنوب", Axis::NorthSouth),
        ("شرق", Axis::EastWest),
        ("غرب", Axis::EastWest),
    ] {
        if word.starts_with(root) {
            return Some((axis, word_end));
        }
    }
    None
}

fn coord(chars: &[char], start: usize) -> Option<Coord> {
    let mut i = start;
    let mut hemi = None;
    if let Some((axis, e)) = hemisphere(chars, i).filter(|_| chars[i].is_ascii_uppercase()) {
        let j = skip_space(chars, e);
        if chars.get(j).is_some_and(|c| is_digit(*c)) {
            hemi = Some(axis);
            i = j;
        }
    }
    let negative = matches!(chars.get(i), Some('-' | '−'));
    if negative || chars.get(i) == Some(&'+') {
        i += 1;
    }
    let (mut value, decimals, mut e) = number(chars, i)?;
    let mut marked = false;
    let degree = |k: usize| matches!(chars.get(k), Some('°' | 'º'));
    let j = skip_space(chars, e);
    if degree(j) {
        marked = true;
        e = j + 1;
        // Minutes and seconds, when present.
        let m = skip_space(chars, e);
        if let Some((mins, _, me)) = number(chars, m)
            && matches!(chars.get(me), Some('′' | '\'' | '’' | '´'))
        {
            value += mins / 60.0;
            e = me + 1;
            let s = skip_space(chars, e);
            if let Some((secs, _, se)) = number(chars, s) {
                let mark = match (chars.get(se), chars.get(se + 1)) {
                    (Some('″' | '"' | '”'), _) => Some(se + 1),
                    (Some('\'' | '′'), Some('\'' | '′')) => Some(se + 2),
                    _ => None,
                };
                if let Some(end) = mark {
                    value += secs / 3600.0;
                    e = end;
                }
            }
        }
    }
    if hemi.is_none() {
        let h = skip_space(chars, e);
        if let Some((axis, he)) = hemisphere(chars, h) {
            hemi = Some(axis);
            e = he;
        }
    }
    if hemi.is_some() {
        marked = true;
    }
    Some(Coord {
        start,
        end: e,
        value: if negative { -value } else { value },
        decimals,
        marked,
        hemisphere: hemi,
    })
}

fn plausible(a: &Coord, b: &Coord) -> bool {
    let (lat, lon) = match (a.hemisphere, b.hemisphere) {
        (Some(Axis::EastWest), _) | (_, Some(Axis::NorthSouth)) => (b, a),
        _ => (a, b),
    };
    if lat.hemisphere == Some(Axis::EastWest) || lon.hemisphere == Some(Axis::NorthSouth) {
        return false;
    }
    lat.value.abs() <= 90.0 && lon.value.abs() <= 180.0
}

pub(crate) fn detect(text: &Text, out: &mut Vec<Candidate>) {
    let chars = &text.chars;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let boundary =
            i == 0 || !chars[i - 1].is_alphanumeric() && !matches!(chars[i - 1], '.' | ',');
        let can_start = is_digit(c) || matches!(c, '-' | '−' | '+' | 'N' | 'S' | 'E' | 'W' | 'O');
        if !(boundary && can_start) {
            i += 1;
            continue;
        }
        let Some(a) = coord(chars, i) else {
            i += 1;
            continue;
        };
        let mut j = skip_space(chars, a.end);
        if matches!(chars.get(j), Some(',' | ';' | '،' | '/')) {
            j = skip_space(chars, j + 1);
        }
        j = skip_axis_word(chars, j);
        let pair = (j > a.end).then(|| coord(chars, j)).flatten();
        let accepted = match &pair {
            Some(b) if plausible(&a, b) => {
                let precise = a.decimals >= 4 && b.decimals >= 4;
                let marked = (a.marked && b.marked)
                    || ((a.marked || b.marked) && a.decimals >= 1 && b.decimals >= 1);
                let cued = a.decimals >= 2 && b.decimals >= 2 && cue_before(text, a.start);
                (precise || marked || cued).then_some(b.end)
            }
            _ => None,
        };
        let end = accepted.or_else(|| {
            // A lone degrees-minutes coordinate with its hemisphere.
            (a.hemisphere.is_some()
                && a.value.fract() != 0.0
                && chars[a.start..a.end].contains(&'°'))
            .then_some(a.end)
        });
        match end {
            Some(e) => {
                out.push(Candidate::new(FindingKind::Gps, a.start, e));
                i = e;
            }
            None => i += 1,
        }
    }
}

/// Words that name the second coordinate ("lat 43.65 long -79.38").
const AXIS_WORDS: &[&str] = &[
    "long",
    "lon",
    "lng",
    "longitude",
    "longitud",
    "долгота",
    "долг",
];

/// Skips an axis word (and a following `:` or `=`) at `j`.
fn skip_axis_word(chars: &[char], j: usize) -> usize {
    let end = (j..chars.len())
        .find(|&k| !chars[k].is_alphabetic())
        .unwrap_or(chars.len());
    let word: String = chars[j..end].iter().collect::<String>().to_lowercase();
    if end == j || !AXIS_WORDS.contains(&word.trim_end_matches('.')) {
        return j;
    }
    let mut k = end;
    if matches!(chars.get(k), Some('.')) {
        k += 1;
    }
    k = skip_space(chars, k);
    if matches!(chars.get(k), Some(':' | '=')) {
        k = skip_space(chars, k + 1);
    }
    k
}

fn cue_before(text: &Text, at: usize) -> bool {
    let t = text.token_at[at];
    text.words_before(t, 4)
        .into_iter()
        .any(|w| CUE.contains(text, w))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::redact::testing::*;

    fn found(s: &str) -> Vec<String> {
        detected_texts(detect, s)
    }

    #[test]
    fn coordinates_in_every_notation() {
        for s in [
            "52.9253, -82.4289",
            "N 48.3809, W 89.2477",
            "49°46′N 94°29′W",
            "48°22'51\"N 89°14'52\"W",
            "14°45′N 17°20′O",
            "5.6918 N, 76.6583 O",
            "14,6928 -17,4467",
            "43.6532 long -79.3832",
            "55°45′ с. ш. 37°37′ в. д.",
            "33.5138 شمالاً 36.2765 شرقاً",
        ] {
            assert_eq!(found(&format!("at {s}, near")), vec![s.to_owned()], "{s}");
        }
    }

    #[test]
    fn reference_numbers_and_prices_are_not_coordinates() {
        assert_finds_nothing(
            detect,
            &[
                "recommendations 153.42, 153.43 and 158.112, 158.113",
                "it cost $1,150 to $1,600, 2.5 times more",
                "paragraphs 6.1, 6.2",
                "95.1234, 200.5678",
            ],
        );
        assert_eq!(found("GPS: 14.69, -17.44"), vec!["14.69, -17.44"]);
    }
}
