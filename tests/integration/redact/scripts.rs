//! Identifying details written in words or in a non-Latin script, through
//! the public scanner: dates of birth in words, phone numbers said in words,
//! handles, usernames, emails and links in Cyrillic and Arabic, in the five
//! languages the app ships. Each case is one finding with exactly these
//! bounds; the negative cases yield nothing of that kind.

use hearken::redact::{FindingKind, Scanner};

fn scanner() -> Scanner {
    Scanner::new(&[], &[]).expect("empty lists compile")
}

/// The findings of `kind` in `text`, as the text they cover.
fn found(s: &Scanner, text: &str, kind: FindingKind) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    s.scan(text)
        .into_iter()
        .filter(|f| f.kind == kind)
        .map(|f| chars[f.start..f.end].iter().collect())
        .collect()
}

fn assert_each(kind: FindingKind, cases: &[(&str, &str)]) {
    let s = scanner();
    for (text, want) in cases {
        assert_eq!(found(&s, text, kind), vec![want.to_string()], "{text}");
    }
}

fn assert_none(kind: FindingKind, texts: &[&str]) {
    let s = scanner();
    for text in texts {
        let got = found(&s, text, kind);
        assert!(got.is_empty(), "{text}: {got:?}");
    }
}

/// The same kind of dates without a birth word (a meeting, a march) are not
/// dates of birth.
#[test]
fn dates_of_birth_in_words_in_five_languages_only_after_a_birth_word() {
    assert_each(
        FindingKind::DateOfBirth,
        &[
            (
                "She was born on the twenty-third of March nineteen eighty-five.",
                "twenty-third of March nineteen eighty-five",
            ),
            ("Date of birth: March third, 1985", "March third, 1985"),
            (
                "née le vingt-trois mars mille neuf cent quatre-vingt-cinq",
                "vingt-trois mars mille neuf cent quatre-vingt-cinq",
            ),
            ("Il est né le premier mai 1985.", "premier mai 1985"),
            (
                "nací el veintitrés de marzo de mil novecientos ochenta y cinco",
                "veintitrés de marzo de mil novecientos ochenta y cinco",
            ),
            ("Nació el primero de mayo.", "primero de mayo"),
            (
                "وُلدت في الثالث والعشرين من مارس عام ألف وتسعمائة وخمسة وثمانين",
                "الثالث والعشرين من مارس عام ألف وتسعمائة وخمسة وثمانين",
            ),
            ("مواليد الخامس من آذار ١٩٨٥", "الخامس من آذار ١٩٨٥"),
            (
                "родилась двадцать третьего марта тысяча девятьсот восемьдесят пятого года",
                "двадцать третьего марта тысяча девятьсот восемьдесят пятого",
            ),
            ("родился пятого мая 1985", "пятого мая 1985"),
        ],
    );
    assert_none(
        FindingKind::DateOfBirth,
        &[
            "The hearing was on the twenty-third of March nineteen eighty-five.",
            "La marche aura lieu le premier mai.",
            "La asamblea fue el veintitrés de marzo de dos mil diecinueve.",
            "عقدنا الاجتماع في الثالث والعشرين من مارس",
            "Собрание прошло двадцать третьего марта.",
            "The one who was born first may speak for the family.",
        ],
    );
}

/// "@" followed by a space ("meet me @ home") is not a handle in any script.
#[test]
fn handles_in_cyrillic_arabic_and_accented_latin_but_not_an_at_before_a_space() {
    assert_each(
        FindingKind::Handle,
        &[
            ("Подписывайтесь на @маша_иванова!", "@маша_иванова"),
            ("пишите мне в телеграм @Анна1985", "@Анна1985"),
            ("تابعونا @نساء_اربد على انستغرام", "@نساء_اربد"),
            ("en Instagram a @josé_núñez.", "@josé_núñez"),
            ("Мой ник в Телеграме маша_иванова, пишите.", "маша_иванова"),
            ("ник: маша, пароль не скажу", "маша"),
            ("mon pseudo : jeanne13", "jeanne13"),
        ],
    );
    assert_none(
        FindingKind::Handle,
        &[
            "Email me @ home.",
            "Встреча @ школы в десять.",
            "نلتقي @ المدرسة",
            "Rendez-vous @ la mairie",
        ],
    );
}

#[test]
fn emails_and_links_with_cyrillic_and_arabic_domains() {
    assert_each(
        FindingKind::Email,
        &[
            ("почта приёмная@почта.рф.", "приёмная@почта.рф"),
            ("راسلونا على جمعية@بريد.مصر", "جمعية@بريد.مصر"),
            ("WRITE TO AMINA@GMAIL.COM NOW", "AMINA@GMAIL.COM"),
        ],
    );
    assert_each(
        FindingKind::Url,
        &[
            ("Сайт помощь-беженцам.рф, заходите.", "помощь-беженцам.рф"),
            ("زوروا موقعنا اطفال.شبكة", "اطفال.شبكة"),
        ],
    );
}

#[test]
fn phone_numbers_said_in_words_in_five_languages() {
    assert_each(
        FindingKind::Phone,
        &[
            (
                "my number is oh seven seven nine, one two three, four five six.",
                "oh seven seven nine, one two three, four five six",
            ),
            (
                "Appelez-moi au zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit.",
                "zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit",
            ),
            (
                "Mi celular es nueve ocho siete, seis cinco cuatro, tres dos uno.",
                "nueve ocho siete, seis cinco cuatro, tres dos uno",
            ),
            (
                "رقمي صفر سبعة تسعة خمسة واحد اثنين ثلاثة أربعة خمسة ستة",
                "صفر سبعة تسعة خمسة واحد اثنين ثلاثة أربعة خمسة ستة",
            ),
            (
                "Звоните: восемь девятьсот три сто двадцать три сорок пять шестьдесят семь.",
                "восемь девятьсот три сто двадцать три сорок пять шестьдесят семь",
            ),
        ],
    );
    assert_none(
        FindingKind::Phone,
        &[
            "Call me at nine thirty.",
            "The number of families: twenty, thirty, forty, fifty, sixty.",
            "One two three four five six seven, the children counted.",
        ],
    );
}
