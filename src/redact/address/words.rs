//! The words addresses are made of, in the five languages: street words
//! (with the order in which the number comes), house, flat and floor words,
//! direction words, and the little words a street name may hold or that end it.

use std::sync::LazyLock;

use super::super::lexicon::Lexicon;

macro_rules! words {
    ($name:ident, [$($e:literal),* $(,)?] $(+ $extra:expr)?) => {
        pub(super) static $name: LazyLock<Lexicon> =
            LazyLock::new(|| Lexicon::new(&[&[$($e),*][..] $(, $extra)?].concat()));
    };
}

/// Arabic street words: the number may come before or after them.
pub(super) const ARABIC_STREETS: &[&str] =
    &["شارع", "طريق", "زقاق", "درب", "جاده", "حاره", "ممر", "دوار"];

words!(
    STREET_AFTER_NUMBER,
    [
        "rue",
        "avenue",
        "av",
        "boulevard",
        "bd",
        "bld",
        "allee",
        "impasse",
        "chemin",
        "place",
        "quai",
        "route",
        "cours",
        "passage",
        "cite",
        "square",
        "residence",
        "lotissement",
    ] + ARABIC_STREETS
);

words!(
    ENGLISH_SUFFIX,
    [
        "street",
        "st",
        "road",
        "rd",
        "avenue",
        "ave",
        "lane",
        "ln",
        "drive",
        "boulevard",
        "blvd",
        "crescent",
        "cres",
        "close",
        "court",
        "ct",
        "way",
        "terrace",
        "highway",
        "hwy",
        "place",
        "pl",
        "square",
        "sq",
        "row",
        "parkway",
        "pkwy",
        "circle",
        "gardens",
        "grove",
        "trail",
    ]
);

// English street words that make an address even after lowercase words.
words!(
    STRONG_SUFFIX,
    [
        "street",
        "road",
        "avenue",
        "lane",
        "boulevard",
        "crescent",
        "highway",
        "drive"
    ]
);

words!(
    STREET_BEFORE,
    [
        "rue",
        "avenue",
        "boulevard",
        "allee",
        "impasse",
        "chemin",
        "quai",
        "residence",
        "cite",
        "immeuble",
        "lotissement",
        "calle",
        "c",
        "avenida",
        "av",
        "avda",
        "paseo",
        "plaza",
        "pza",
        "camino",
        "carrera",
        "cra",
        "carretera",
        "jiron",
        "jr",
        "pasaje",
        "psje",
        "callejon",
        "calzada",
        "diagonal",
        "transversal",
        "ronda",
        "travesia",
        "prolongacion",
        "ул",
        "улиц*",
        "пр",
        "проспект*",
        "пер",
        "переул*",
        "шоссе",
        "ш",
        "бульвар*",
        "пл",
        "площад*",
        "наб",
        "набережн*",
        "мкр",
        "микрорайон*",
        "проезд*",
        "тупик*",
        "квартал*",
    ] + ARABIC_STREETS
);

words!(
    HOUSE,
    [
        "unit",
        "apt",
        "apartment",
        "flat",
        "suite",
        "floor",
        "appartement",
        "appt",
        "etage",
        "bat",
        "batiment",
        "porte",
        "piso",
        "depto",
        "dpto",
        "departamento",
        "apto",
        "apartamento",
        "int",
        "interior",
        "bloque",
        "puerta",
        "portal",
        "mz",
        "manzana",
        "lt",
        "lote",
        "д",
        "дом*",
        "кв",
        "квартир*",
        "корп",
        "корпус*",
        "стр",
        "строени*",
        "подъезд*",
        "بنايه",
        "عماره",
        "منزل",
        "بيت",
        "مبني",
        "شقه",
        "فيلا",
        "طابق",
    ]
);

words!(NUMBER_MARK, ["n", "no", "nº", "numero", "nro", "رقم", "№"]);

words!(
    DIRECTION,
    [
        "east", "west", "north", "south", "e", "w", "n", "s", "ne", "nw", "se", "sw", "est",
        "ouest", "nord", "sud", "este", "oeste", "norte", "sur",
    ]
);

/// Words inside a street name that are not capitalised ("rue des Lilas").
pub(super) const PARTICLES: &[&str] = &[
    "de", "des", "du", "d", "la", "le", "l", "les", "del", "los", "las", "el", "y", "of", "the",
    "da", "do", "dos", "bis", "ter",
];

/// Arabic words that end a street name.
pub(super) const ARABIC_STOPS: &[&str] = &[
    "في", "من", "الي", "علي", "قرب", "عند", "مع", "ثم", "بعد", "قبل", "حي", "منذ", "حيث", "الذي",
    "التي",
];

/// English words that never sit inside a street name.
pub(super) const ENGLISH_STOPS: &[&str] = &[
    "the", "a", "an", "to", "on", "in", "at", "of", "for", "and", "or", "my", "our", "their",
    "his", "her", "we", "they", "is", "was", "km", "miles", "people", "years", "days",
];
