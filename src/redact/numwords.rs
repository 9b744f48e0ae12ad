//! Numbers written in words, in English, French, Spanish, Russian and Arabic:
//! "twenty-third", "nineteen eighty-five", "mille neuf cent quatre-vingt-cinq",
//! "veintitrés", "тысяча девятьсот восемьдесят пятого", "الثالث والعشرين",
//! "ألف وتسعمائة وخمسة وثمانين".
//!
//! Why: a date of birth or a phone number said aloud and transcribed is as
//! identifying as one typed in digits, and participants dictate both. The
//! detectors that look for them ask this module what number, if any, a run of
//! words spells and where it ends; they decide from context what it is.
//!
//! The reading is deliberately strict so that ordinary words next to each
//! other do not add up: each word must be smaller than the place left open
//! by the one before ("twenty" leaves the units open, "three" leaves nothing
//! open, so "three five" is two numbers), with the multipliers (hundred,
//! thousand) and the few patterns each language has on top: English years
//! read in pairs ("nineteen eighty-five"), French "quatre-vingt" and
//! "soixante-dix", Arabic units before tens joined by و ("خمسة وثمانين") and
//! teens with عشر ("الحادي عشر"). An ordinal ends the number, except in
//! Arabic where the tens follow it ("الثالث والعشرين").
//!
//! Long on purpose: the number words of five languages, one table each.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::fold::fold;
use super::lexicon::arabic_cores;
use super::text::{Text, TokenKind};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Lang {
    En,
    Fr,
    Es,
    Ru,
    Ar,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Adds its value ("twenty", "novecientos", "пятого").
    Add(u32),
    /// Multiplies what comes before by a hundred ("nineteen hundred",
    /// "neuf cent"), or is a hundred alone.
    Hundred,
    /// Multiplies what comes before by a thousand, or is a thousand alone.
    Thousand,
    /// French "vingt": 20, or 80 after "quatre".
    Vingt,
    /// Arabic عشر: 10, or a teen after a unit ("ثلاثة عشر", "الحادي عشر").
    ArabicTen,
    /// English "oh", a zero only inside a year read in pairs ("nineteen oh
    /// five").
    Oh,
}

#[derive(Debug, Clone, Copy)]
struct Word {
    kind: Kind,
    ordinal: bool,
    lang: Lang,
}

/// Words and the values they stand for.
type Table = &'static [(&'static str, u32)];

const EN_CARDINALS: &[(&str, u32)] = &[
    ("zero", 0),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
];

const EN_ORDINALS: &[(&str, u32)] = &[
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
    ("tenth", 10),
    ("eleventh", 11),
    ("twelfth", 12),
    ("thirteenth", 13),
    ("fourteenth", 14),
    ("fifteenth", 15),
    ("sixteenth", 16),
    ("seventeenth", 17),
    ("eighteenth", 18),
    ("nineteenth", 19),
    ("twentieth", 20),
    ("thirtieth", 30),
];

const FR_CARDINALS: &[(&str, u32)] = &[
    ("zéro", 0),
    ("un", 1),
    ("une", 1),
    ("deux", 2),
    ("trois", 3),
    ("quatre", 4),
    ("cinq", 5),
    ("six", 6),
    ("sept", 7),
    ("huit", 8),
    ("neuf", 9),
    ("dix", 10),
    ("onze", 11),
    ("douze", 12),
    ("treize", 13),
    ("quatorze", 14),
    ("quinze", 15),
    ("seize", 16),
    ("trente", 30),
    ("quarante", 40),
    ("cinquante", 50),
    ("soixante", 60),
];

const FR_ORDINALS: &[(&str, u32)] = &[
    ("premier", 1),
    ("première", 1),
    ("unième", 1),
    ("deuxième", 2),
    ("troisième", 3),
    ("quatrième", 4),
    ("cinquième", 5),
    ("sixième", 6),
    ("septième", 7),
    ("huitième", 8),
    ("neuvième", 9),
    ("dixième", 10),
    ("onzième", 11),
    ("douzième", 12),
    ("treizième", 13),
    ("quatorzième", 14),
    ("quinzième", 15),
    ("seizième", 16),
    ("vingtième", 20),
    ("trentième", 30),
];

const ES_CARDINALS: &[(&str, u32)] = &[
    ("cero", 0),
    ("uno", 1),
    ("un", 1),
    ("una", 1),
    ("dos", 2),
    ("tres", 3),
    ("cuatro", 4),
    ("cinco", 5),
    ("seis", 6),
    ("siete", 7),
    ("ocho", 8),
    ("nueve", 9),
    ("diez", 10),
    ("once", 11),
    ("doce", 12),
    ("trece", 13),
    ("catorce", 14),
    ("quince", 15),
    ("dieciséis", 16),
    ("diecisiete", 17),
    ("dieciocho", 18),
    ("diecinueve", 19),
    ("veinte", 20),
    ("veintiuno", 21),
    ("veintiún", 21),
    ("veintiuna", 21),
    ("veintidós", 22),
    ("veintitrés", 23),
    ("veinticuatro", 24),
    ("veinticinco", 25),
    ("veintiséis", 26),
    ("veintisiete", 27),
    ("veintiocho", 28),
    ("veintinueve", 29),
    ("treinta", 30),
    ("cuarenta", 40),
    ("cincuenta", 50),
    ("sesenta", 60),
    ("setenta", 70),
    ("ochenta", 80),
    ("noventa", 90),
    ("cien", 100),
    ("ciento", 100),
    ("doscientos", 200),
    ("doscientas", 200),
    ("trescientos", 300),
    ("cuatrocientos", 400),
    ("quinientos", 500),
    ("seiscientos", 600),
    ("setecientos", 700),
    ("ochocientos", 800),
    ("novecientos", 900),
];

const ES_ORDINALS: &[(&str, u32)] = &[("primero", 1), ("primer", 1), ("primera", 1)];

const RU_CARDINALS: &[(&str, u32)] = &[
    ("ноль", 0),
    ("нуль", 0),
    ("один", 1),
    ("одна", 1),
    ("одно", 1),
    ("два", 2),
    ("две", 2),
    ("двух", 2),
    ("три", 3),
    ("трёх", 3),
    ("четыре", 4),
    ("пять", 5),
    ("шесть", 6),
    ("семь", 7),
    ("восемь", 8),
    ("девять", 9),
    ("десять", 10),
    ("одиннадцать", 11),
    ("двенадцать", 12),
    ("тринадцать", 13),
    ("четырнадцать", 14),
    ("пятнадцать", 15),
    ("шестнадцать", 16),
    ("семнадцать", 17),
    ("восемнадцать", 18),
    ("девятнадцать", 19),
    ("двадцать", 20),
    ("тридцать", 30),
    ("сорок", 40),
    ("пятьдесят", 50),
    ("шестьдесят", 60),
    ("семьдесят", 70),
    ("восемьдесят", 80),
    ("девяносто", 90),
    ("сто", 100),
    ("двести", 200),
    ("триста", 300),
    ("четыреста", 400),
    ("пятьсот", 500),
    ("шестьсот", 600),
    ("семьсот", 700),
    ("восемьсот", 800),
    ("девятьсот", 900),
];

/// Russian ordinal stems, with the endings a date uses: genitive for the
/// day and year ("пятого мая", "восемьдесят пятого года"), neuter
/// nominative for the day ("первое мая"), prepositional and nominative for
/// the year ("в восемьдесят пятом году", "восемьдесят пятый год").
const RU_ORDINALS: &[(&str, u32, &[&str])] = &[
    ("перв", 1, RU_HARD),
    ("втор", 2, RU_STRESSED),
    ("трет", 3, &["ьего", "ье", "ьем", "ий"]),
    ("четверт", 4, RU_HARD),
    ("пят", 5, RU_HARD),
    ("шест", 6, RU_STRESSED),
    ("седьм", 7, RU_STRESSED),
    ("восьм", 8, RU_STRESSED),
    ("девят", 9, RU_HARD),
    ("десят", 10, RU_HARD),
    ("одиннадцат", 11, RU_HARD),
    ("двенадцат", 12, RU_HARD),
    ("тринадцат", 13, RU_HARD),
    ("четырнадцат", 14, RU_HARD),
    ("пятнадцат", 15, RU_HARD),
    ("шестнадцат", 16, RU_HARD),
    ("семнадцат", 17, RU_HARD),
    ("восемнадцат", 18, RU_HARD),
    ("девятнадцат", 19, RU_HARD),
    ("двадцат", 20, RU_HARD),
    ("тридцат", 30, RU_HARD),
    ("сороков", 40, RU_STRESSED),
    ("пятидесят", 50, RU_HARD),
    ("шестидесят", 60, RU_HARD),
    ("семидесят", 70, RU_HARD),
    ("восьмидесят", 80, RU_HARD),
    ("девяност", 90, RU_HARD),
    ("двухтысячн", 2000, RU_HARD),
];
const RU_HARD: &[&str] = &["ого", "ое", "ом", "ый"];
const RU_STRESSED: &[&str] = &["ого", "ое", "ом", "ой"];

const AR_CARDINALS: &[(&str, u32)] = &[
    ("صفر", 0),
    ("واحد", 1),
    ("واحدة", 1),
    ("اثنان", 2),
    ("اثنين", 2),
    ("اثنتان", 2),
    ("اثنتين", 2),
    ("ثلاث", 3),
    ("ثلاثة", 3),
    ("أربع", 4),
    ("أربعة", 4),
    ("خمس", 5),
    ("خمسة", 5),
    ("ست", 6),
    ("ستة", 6),
    ("سبع", 7),
    ("سبعة", 7),
    ("ثمان", 8),
    ("ثماني", 8),
    ("ثمانية", 8),
    ("تسع", 9),
    ("تسعة", 9),
    ("عشرون", 20),
    ("عشرين", 20),
    ("ثلاثون", 30),
    ("ثلاثين", 30),
    ("أربعون", 40),
    ("أربعين", 40),
    ("خمسون", 50),
    ("خمسين", 50),
    ("ستون", 60),
    ("ستين", 60),
    ("سبعون", 70),
    ("سبعين", 70),
    ("ثمانون", 80),
    ("ثمانين", 80),
    ("تسعون", 90),
    ("تسعين", 90),
    ("مائتان", 200),
    ("مائتين", 200),
    ("مئتان", 200),
    ("مئتين", 200),
    ("ثلاثمائة", 300),
    ("ثلاثمئة", 300),
    ("أربعمائة", 400),
    ("أربعمئة", 400),
    ("خمسمائة", 500),
    ("خمسمئة", 500),
    ("ستمائة", 600),
    ("ستمئة", 600),
    ("سبعمائة", 700),
    ("سبعمئة", 700),
    ("ثمانمائة", 800),
    ("ثمانمئة", 800),
    ("ثمانيمائة", 800),
    ("تسعمائة", 900),
    ("تسعمئة", 900),
    ("ألفان", 2000),
    ("ألفين", 2000),
];

const AR_ORDINALS: &[(&str, u32)] = &[
    ("أول", 1),
    ("أولى", 1),
    ("حادي", 1),
    ("ثاني", 2),
    ("ثانية", 2),
    ("ثالث", 3),
    ("ثالثة", 3),
    ("رابع", 4),
    ("رابعة", 4),
    ("خامس", 5),
    ("خامسة", 5),
    ("سادس", 6),
    ("سادسة", 6),
    ("سابع", 7),
    ("سابعة", 7),
    ("ثامن", 8),
    ("ثامنة", 8),
    ("تاسع", 9),
    ("تاسعة", 9),
    ("عاشر", 10),
    ("عاشرة", 10),
];

/// Every number word, by folded form. Where two languages share a spelling
/// ("six", "un", "mil") the meaning is the same; the first language listed
/// keeps it.
static WORDS: LazyLock<HashMap<String, Word>> = LazyLock::new(|| {
    let mut map = HashMap::new();
    let mut put = |w: &str, kind: Kind, ordinal: bool, lang: Lang| {
        map.entry(fold(w)).or_insert(Word {
            kind,
            ordinal,
            lang,
        });
    };
    let tables: [(Table, bool, Lang); 9] = [
        (AR_CARDINALS, false, Lang::Ar),
        (AR_ORDINALS, true, Lang::Ar),
        (RU_CARDINALS, false, Lang::Ru),
        (ES_CARDINALS, false, Lang::Es),
        (ES_ORDINALS, true, Lang::Es),
        (FR_CARDINALS, false, Lang::Fr),
        (FR_ORDINALS, true, Lang::Fr),
        (EN_CARDINALS, false, Lang::En),
        (EN_ORDINALS, true, Lang::En),
    ];
    for (table, ordinal, lang) in tables {
        for &(w, v) in table {
            put(w, Kind::Add(v), ordinal, lang);
        }
    }
    for &(stem, v, endings) in RU_ORDINALS {
        for ending in endings {
            put(&format!("{stem}{ending}"), Kind::Add(v), true, Lang::Ru);
        }
    }
    put("hundred", Kind::Hundred, false, Lang::En);
    for w in ["cent", "cents"] {
        put(w, Kind::Hundred, false, Lang::Fr);
    }
    for w in ["مائة", "مئة"] {
        put(w, Kind::Hundred, false, Lang::Ar);
    }
    put("thousand", Kind::Thousand, false, Lang::En);
    for w in ["mil", "mille"] {
        put(w, Kind::Thousand, false, Lang::Fr);
    }
    for w in ["тысяча", "тысячи", "тысяч", "тысячу"] {
        put(w, Kind::Thousand, false, Lang::Ru);
    }
    for w in ["ألف", "آلاف"] {
        put(w, Kind::Thousand, false, Lang::Ar);
    }
    for w in ["vingt", "vingts"] {
        put(w, Kind::Vingt, false, Lang::Fr);
    }
    for w in ["عشر", "عشرة"] {
        put(w, Kind::ArabicTen, false, Lang::Ar);
    }
    put("oh", Kind::Oh, false, Lang::En);
    map
});

/// How a word is joined to the number word before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Join {
    /// Space or hyphen ("twenty-three", "neuf cent").
    Plain,
    /// "and", "et", "y" ("vingt et un", "treinta y uno").
    And,
    /// Arabic و, attached or standalone ("وثمانين", "و ثمانين").
    Waw,
}

const AND_WORDS: &[&str] = &["and", "et", "y"];

/// The number word at token `t`, and whether an Arabic و is attached to it.
fn word_at(text: &Text, t: usize) -> Option<(Word, bool)> {
    let tok = text.tokens.get(t)?;
    if tok.kind != TokenKind::Word {
        return None;
    }
    let folded = tok.folded.as_str();
    arabic_cores(folded).find_map(|core| {
        let w = WORDS.get(core)?;
        let waw = core.len() < folded.len() && folded.starts_with('و');
        Some((*w, waw))
    })
}

/// Whether a number word stands at token `t`.
pub(crate) fn is_number_word(text: &Text, t: usize) -> bool {
    word_at(text, t).is_some()
}

/// The next number word after token `after`, across spaces, hyphens and at
/// most one linking word, and how it is joined.
fn next_word(text: &Text, after: usize) -> Option<(usize, Word, Join)> {
    let mut u = after + 1;
    let mut join = Join::Plain;
    loop {
        let tok = text.tokens.get(u)?;
        match tok.kind {
            TokenKind::Space => u += 1,
            TokenKind::Punct if matches!(text.chars[tok.start], '-' | '‐' | '‑') => u += 1,
            TokenKind::Word if join == Join::Plain && AND_WORDS.contains(&tok.folded.as_str()) => {
                join = Join::And;
                u += 1;
            }
            TokenKind::Word if join == Join::Plain && tok.folded == "و" => {
                join = Join::Waw;
                u += 1;
            }
            TokenKind::Word => {
                let (w, waw) = word_at(text, u)?;
                if waw {
                    if join != Join::Plain {
                        return None;
                    }
                    join = Join::Waw;
                }
                return Some((u, w, join));
            }
            _ => return None,
        }
    }
}

/// The running reading of a number.
#[derive(Debug)]
struct Reading {
    /// Thousands already closed.
    total: u64,
    /// The part below the last thousand.
    current: u64,
    /// The next added word must be below this ("twenty" leaves 10: a unit).
    open: u64,
    /// The last word added, if it was a plain addition.
    last_add: Option<u32>,
    /// Whether an English year was already read in pairs.
    paired: bool,
}

/// What may follow an added value: the place it leaves open.
fn open_after(v: u32, lang: Lang) -> u64 {
    match v {
        10 => 10,
        60 | 80 if lang == Lang::Fr => 20,
        20..=99 if v.is_multiple_of(10) => 10,
        100..=999 if v.is_multiple_of(100) => 100,
        100..=999 if v.is_multiple_of(10) => 10,
        1000.. if v.is_multiple_of(1000) => 1000,
        _ => 0,
    }
}

impl Reading {
    fn new() -> Self {
        Self {
            total: 0,
            current: 0,
            open: u64::MAX,
            last_add: None,
            paired: false,
        }
    }

    fn add(&mut self, v: u32, open: u64) {
        self.current += u64::from(v);
        self.open = open;
        self.last_add = Some(v);
    }

    /// Takes `w` into the number; false if it does not continue it.
    fn take(&mut self, w: Word, join: Join) -> bool {
        let after_unit = self.last_add.is_some_and(|u| (1..=9).contains(&u));
        match w.kind {
            Kind::Add(v) if u64::from(v) < self.open => self.add(v, open_after(v, w.lang)),
            // "خمسة وثمانين", "الثالث والعشرين": Arabic says units first.
            Kind::Add(v)
                if join == Join::Waw
                    && after_unit
                    && (20..=90).contains(&v)
                    && v.is_multiple_of(10) =>
            {
                self.add(v, 0)
            }
            // "nineteen eighty-five", "twenty twenty": a year in two halves.
            Kind::Add(v)
                if w.lang == Lang::En
                    && join == Join::Plain
                    && !self.paired
                    && self.total == 0
                    && (10..=99).contains(&self.current)
                    && (10..=99).contains(&v) =>
            {
                self.current *= 100;
                self.paired = true;
                self.add(v, open_after(v, w.lang));
            }
            Kind::Oh
                if join == Join::Plain
                    && !self.paired
                    && self.total == 0
                    && (10..=99).contains(&self.current) =>
            {
                self.current *= 100;
                self.paired = true;
                self.open = 10;
                self.last_add = None;
            }
            Kind::Hundred if self.current == 0 && self.open > 100 => {
                self.current = 100;
                self.open = 100;
                self.last_add = None;
            }
            Kind::Hundred if (1..=99).contains(&self.current) && join == Join::Plain => {
                self.current *= 100;
                self.open = 100;
                self.last_add = None;
            }
            Kind::Thousand if self.total == 0 && self.current < 1000 && join == Join::Plain => {
                self.total = self.current.max(1) * 1000;
                self.current = 0;
                self.open = 1000;
                self.last_add = None;
            }
            Kind::Vingt if self.last_add == Some(4) && join == Join::Plain => {
                self.current += 76;
                self.open = 20;
                self.last_add = Some(80);
            }
            Kind::Vingt if 20 < self.open => self.add(20, 10),
            Kind::ArabicTen if after_unit && join == Join::Plain => {
                self.current += 10;
                self.open = 0;
                self.last_add = None;
            }
            Kind::ArabicTen if 10 < self.open => self.add(10, 0),
            _ => return false,
        }
        true
    }
}

/// A number written in words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Spelled {
    pub(crate) value: u64,
    /// Its last token.
    pub(crate) last: usize,
    /// Whether its last word is an ordinal ("third", "пятого", "الثالث").
    pub(crate) ordinal: bool,
    /// Whether it is an English cardinal ("three"): English writes a day as
    /// an ordinal, so "one May" is not a date.
    pub(crate) english_cardinal: bool,
}

/// The number spelled from word token `t` on, as far as it goes.
pub(crate) fn spelled_at(text: &Text, t: usize) -> Option<Spelled> {
    let (first, _) = word_at(text, t)?;
    let mut reading = Reading::new();
    if !reading.take(first, Join::Plain) {
        return None;
    }
    let (mut last, mut last_word) = (t, first);
    while let Some((u, w, join)) = next_word(text, last) {
        // An ordinal ends a number, but Arabic puts the tens after it.
        if last_word.ordinal && w.lang != Lang::Ar {
            break;
        }
        if !reading.take(w, join) {
            break;
        }
        (last, last_word) = (u, w);
    }
    Some(Spelled {
        value: reading.total + reading.current,
        last,
        ordinal: last_word.ordinal,
        english_cardinal: last_word.lang == Lang::En && !last_word.ordinal,
    })
}

/// The number spelled in words that ends exactly at token `last`, starting
/// at most `reach` tokens before it: the one that starts earliest, so
/// "forty-first" is read as 41 and not as "first".
pub(crate) fn spelled_ending_at(
    text: &Text,
    last: usize,
    reach: usize,
) -> Option<(usize, Spelled)> {
    (last.saturating_sub(reach)..=last)
        .filter(|&s| text.is_word(s))
        .find_map(|s| {
            spelled_at(text, s)
                .filter(|n| n.last == last)
                .map(|n| (s, n))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The value read from the first word of `s`, and the text it covers.
    fn read(s: &str) -> Option<(u64, String)> {
        let text = Text::new(s);
        let t = (0..text.tokens.len()).find(|&t| text.is_word(t))?;
        let n = spelled_at(&text, t)?;
        Some((
            n.value,
            text.slice(text.tokens[t].start, text.tokens[n.last].end),
        ))
    }

    #[test]
    fn years_and_days_in_five_languages() {
        for (s, want) in [
            ("nineteen eighty-five", 1985),
            ("nineteen hundred and eighty-five", 1985),
            ("two thousand and five", 2005),
            ("twenty oh five", 2005),
            ("twenty-third", 23),
            ("thirty-first", 31),
            ("mille neuf cent quatre-vingt-cinq", 1985),
            ("mil neuf cent soixante-dix-neuf", 1979),
            ("deux mille cinq", 2005),
            ("vingt-trois", 23),
            ("trente et un", 31),
            ("quatre-vingt-onze", 91),
            ("premier", 1),
            ("mil novecientos ochenta y cinco", 1985),
            ("dos mil cinco", 2005),
            ("veintitrés", 23),
            ("treinta y uno", 31),
            ("тысяча девятьсот восемьдесят пятого", 1985),
            ("две тысячи пятого", 2005),
            ("двухтысячного", 2000),
            ("двадцать третьего", 23),
            ("первое", 1),
            ("ألف وتسعمائة وخمسة وثمانين", 1985),
            ("ألفين وخمسة", 2005),
            ("الثالث والعشرين", 23),
            ("الحادي عشر", 11),
            ("ثلاثة و عشرين", 23),
        ] {
            assert_eq!(read(s), Some((want, s.to_owned())), "{s}");
        }
    }

    #[test]
    fn neighbouring_numbers_do_not_add_up() {
        assert_eq!(read("three five"), Some((3, "three".into())));
        assert_eq!(
            read("twenty-third nineteen"),
            Some((23, "twenty-third".into()))
        );
        assert_eq!(read("пятого мая"), Some((5, "пятого".into())));
        assert_eq!(
            read("soixante et une personnes"),
            Some((61, "soixante et une".into()))
        );
        assert_eq!(read("twenty and"), Some((20, "twenty".into())));
        assert_eq!(read("oh five"), None);
        assert_eq!(read("water"), None);
    }

    #[test]
    fn the_earliest_start_wins_when_reading_backwards() {
        let text = Text::new("the forty-first of May");
        let first = (0..text.tokens.len())
            .find(|&t| text.tok_str(t) == "first")
            .unwrap();
        let (s, n) = spelled_ending_at(&text, first, 8).unwrap();
        assert_eq!(text.tok_str(s), "forty");
        assert_eq!(n.value, 41);
    }
}
