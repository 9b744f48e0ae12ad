//! An age next to a rare attribute: "the 82-year-old deaf midwife", "la
//! partera de 78 años, que es ciega", "глухая акушерка 82 лет", "القابلة
//! الصمّاء البالغة من العمر 82 عامًا". Either alone is common; together, in
//! a village, they point at one person. Flagged for the facilitator to
//! review, not a certainty. The finding spans from the first to the last of
//! the age and the attributes (within a few words of each other, in one
//! sentence). Durations ("for 20 years", "depuis 4 ans", "منذ 15 سنة") are not
//! ages, and ages written in words are not recognised.

use std::sync::LazyLock;

use super::lexicon::Lexicon;
use super::text::{Text, TokenKind, ends_sentence};
use super::{Candidate, FindingKind};

static UNIT: LazyLock<Lexicon> = LazyLock::new(|| {
    Lexicon::new(&[
        "year old",
        "years old",
        "yrs old",
        "year",
        "years",
        "yo",
        "ans",
        "an",
        "anos",
        "ano",
        "лет",
        "года",
        "год",
        "летн*",
        "летий*",
        "عام*",
        "عاما",
        "سنه",
        "سنوات",
        "سنين",
    ])
});

static AGED: LazyLock<Lexicon> = LazyLock::new(|| {
    Lexicon::new(&[
        "aged",
        "age",
        "=âgé",
        "=âgée",
        "agee",
        "edad",
        "возрасте",
        "عمره",
        "عمرها",
        "العمر",
    ])
});

static DURATION: LazyLock<Lexicon> = LazyLock::new(|| {
    Lexicon::new(&[
        "for",
        "since",
        "during",
        "over",
        "after",
        "within",
        "depuis",
        "pendant",
        "durant",
        "desde",
        "hace",
        "durante",
        "уже",
        "за",
        "через",
        "течение",
        "منذ",
        "لمده",
        "خلال",
        "قبل",
        "بعد",
    ])
});

static ATTRIBUTE: LazyLock<Lexicon> = LazyLock::new(|| {
    Lexicon::new(&[
        "deaf",
        "blind",
        "wheelchair user*",
        "wheelchair",
        "amputee",
        "albino",
        "mute",
        "midwife",
        "chief",
        "imam",
        "priest",
        "pastor",
        "nun",
        "headman",
        "sheikh",
        "mayor",
        "judge",
        "twin*",
        "paraplegic",
        "quadriplegic",
        "sign language",
        "healer",
        "village head",
        "sourd*",
        "aveugle*",
        "malvoyant*",
        "non voyant*",
        "fauteuil roulant",
        "fauteuil",
        "ampute*",
        "albinos",
        "muet*",
        "sage femme",
        "chef de village",
        "chef du village",
        "chef",
        "pretre",
        "pasteur",
        "religieuse",
        "marabout",
        "griot*",
        "jumeau*",
        "jumelle*",
        "maire",
        "juge",
        "guerisseu*",
        "accoucheuse",
        "matrone",
        "sordo*",
        "sorda*",
        "ciego*",
        "ciega*",
        "invidente*",
        "silla de ruedas",
        "amputad*",
        "albina*",
        "mudo*",
        "muda*",
        "partera*",
        "comadrona*",
        "curander*",
        "cacique*",
        "chaman*",
        "sacerdote*",
        "monja*",
        "alcalde*",
        "juez*",
        "gemel*",
        "sanador*",
        "глух*",
        "слеп*",
        "незряч*",
        "колясочни*",
        "инвалидн* коляск*",
        "ампутир*",
        "альбинос*",
        "немой",
        "немая",
        "немого",
        "немую",
        "акушерк*",
        "повитух*",
        "старост*",
        "имам*",
        "священник*",
        "батюшк*",
        "мулл*",
        "пастор*",
        "близнец*",
        "знахар*",
        "целител*",
        "اصم",
        "صماء",
        "اعمي",
        "عمياء",
        "كفيف",
        "كفيفه",
        "ضرير",
        "ضريره",
        "كرسي متحرك",
        "مبتور*",
        "امهق",
        "مهقاء",
        "ابكم",
        "بكماء",
        "قابله",
        "دايه",
        "شيخ",
        "امام",
        "مختار",
        "عمده",
        "كاهن",
        "قسيس",
        "توام*",
        "راهبه",
    ])
});

/// How many words may separate the age and an attribute, or two attributes.
const REACH: usize = 5;

/// An age expression whose number is token `n`: its first and last tokens.
fn age_at(text: &Text, n: usize) -> Option<(usize, usize)> {
    if !text.is_number(n) || !(1..=120).contains(&text.number_value(n)) {
        return None;
    }
    let mut first = n;
    let mut u = n + 1;
    while text.is_space(u) || text.punct(u) == Some('-') {
        u += 1;
    }
    let mut last = None;
    if let Some(e) = UNIT.match_at(text, u) {
        last = Some(e - 1);
    }
    if let Some(p) = text.prev_solid(n)
        && AGED.contains(text, p)
    {
        first = p;
        last = last.or(Some(n));
    }
    let last = last?;
    if let Some(p) = text.prev_solid(first)
        && text.is_word(p)
        && DURATION.contains(text, p)
    {
        return None;
    }
    Some((first, last))
}

/// Walks from token `from` by `step` over at most [`REACH`] words, stopping
/// at the end of a sentence; returns the farthest attribute's outer token.
fn reach(text: &Text, from: usize, forward: bool) -> usize {
    let mut best = from;
    let mut u = from;
    let mut words = 0;
    loop {
        let next = if forward { u + 1 } else { u.wrapping_sub(1) };
        let Some(tok) = text.tokens.get(next) else {
            return best;
        };
        u = next;
        match tok.kind {
            TokenKind::Punct if ends_sentence(text.chars[tok.start]) => return best,
            TokenKind::Word => {
                if forward && let Some(e) = ATTRIBUTE.match_at(text, u) {
                    best = e - 1;
                    u = e - 1;
                    words = 0;
                    continue;
                }
                if !forward && let Some(start) = attribute_ending_at(text, u) {
                    best = start;
                    u = start;
                    words = 0;
                    continue;
                }
                words += 1;
                if words > REACH {
                    return best;
                }
            }
            _ => {}
        }
    }
}

/// The first token of an attribute phrase that ends at word token `u`.
fn attribute_ending_at(text: &Text, u: usize) -> Option<usize> {
    let lo = u.saturating_sub(8);
    (lo..=u)
        .filter(|&s| text.is_word(s))
        .find(|&s| ATTRIBUTE.match_at(text, s) == Some(u + 1))
}

pub(crate) fn detect(text: &Text, out: &mut Vec<Candidate>) {
    for n in 0..text.tokens.len() {
        let Some((first, last)) = age_at(text, n) else {
            continue;
        };
        let left = reach(text, first, false);
        let right = reach(text, last, true);
        if left == first && right == last {
            continue;
        }
        out.push(Candidate::new(
            FindingKind::AgeAttribute,
            text.tokens[left].start,
            text.tokens[right].end,
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::redact::testing::*;

    #[test]
    fn ages_beside_rare_attributes() {
        assert_finds(
            detect,
            &[
                (
                    "The 82-year-old deaf midwife from",
                    "82-year-old deaf midwife",
                ),
                (
                    "The blind piano tuner, 67 years old, is",
                    "blind piano tuner, 67 years old",
                ),
                (
                    "La sage-femme sourde de 82 ans de Matam",
                    "sage-femme sourde de 82 ans",
                ),
                (
                    "la partera de 78 años, que es ciega, sigue",
                    "partera de 78 años, que es ciega",
                ),
                ("Глухая акушерка 82 лет из", "Глухая акушерка 82 лет"),
                (
                    "мнения старосты, слепого 88-летнего старика",
                    "старосты, слепого 88-летнего",
                ),
                (
                    "قال الشيخ الضرير ذو الـ 70 عامًا إن",
                    "الشيخ الضرير ذو الـ 70 عامًا",
                ),
            ],
        );
    }

    #[test]
    fn plain_ages_and_durations_are_not_flagged() {
        assert_finds_nothing(
            detect,
            &[
                "My son is 12 years old and goes to school.",
                "Ma voisine a 34 ans et trois enfants.",
                "The blind imam has lived here for 20 years",
                "The deaf man. He is 40 years old.",
            ],
        );
    }
}
