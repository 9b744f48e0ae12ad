//! Emails, links and social-media handles. Emails spelled out to dodge spam
//! filters live in [`spelled`].
//!
//! Participants write in Latin, Cyrillic and Arabic script, and so do their
//! usernames and addresses ("@маша_иванова", "@نساء_اربد", "маша@почта.рф",
//! "пример.рф"): handles and the parts of addresses take letters and digits
//! of any script. Only the labels of emails spelled out in words stay ASCII
//! (a spelled address is dictated in Latin letters, and an ordinary Russian
//! or Arabic sentence would otherwise read as one).

mod spelled;

use std::sync::LazyLock;

use super::fold::fold;
use super::lexicon::Lexicon;
use super::text::{Text, TokenKind, is_arabic, is_letter};
use super::{Candidate, FindingKind};

/// Top-level domains accepted without a scheme, `www.` or a literal `@`
/// (any two-letter country code is accepted too).
const GENERIC_TLDS: &[&str] = &[
    "com", "org", "net", "edu", "gov", "int", "info", "io", "app", "dev", "ngo", "online", "site",
    "biz", "tv", "news", "media",
];

/// Country codes seen in this work: enough to accept a spelled-out email
/// ("... dot sn") without accepting every two-letter word.
const COUNTRY_TLDS: &[&str] = &[
    "ca", "us", "uk", "fr", "be", "ch", "es", "pt", "it", "de", "nl", "ru", "ua", "by", "kz", "kg",
    "tj", "uz", "tm", "az", "am", "ge", "md", "sn", "ml", "bf", "ci", "cm", "cd", "ne", "td", "gn",
    "mr", "ma", "dz", "tn", "ly", "eg", "sd", "ss", "so", "et", "ke", "ug", "tz", "rw", "bi", "ng",
    "gh", "za", "jo", "lb", "sy", "iq", "ps", "ye", "sa", "ae", "qa", "kw", "om", "bh", "tr", "af",
    "pk", "in", "bd", "mx", "gt", "hn", "sv", "ni", "cr", "pa", "co", "ve", "ec", "pe", "bo", "cl",
    "ar", "py", "uy", "br", "cu", "do", "ht", "me", "ly",
];

/// Internationalized top-level domains in the scripts of this work's
/// regions (compared folded, so "РФ" and "شبكة" match too).
const IDN_TLDS: &[&str] = &[
    "рф",
    "рус",
    "сайт",
    "онлайн",
    "орг",
    "ком",
    "бел",
    "укр",
    "қаз",
    "срб",
    "мкд",
    "мон",
    "مصر",
    "السعودية",
    "امارات",
    "الاردن",
    "المغرب",
    "الجزائر",
    "تونس",
    "سورية",
    "فلسطين",
    "قطر",
    "عمان",
    "البحرين",
    "السودان",
    "عراق",
    "اليمن",
    "موريتانيا",
    "شبكة",
    "موقع",
    "عرب",
];

static IDN: LazyLock<Vec<String>> = LazyLock::new(|| IDN_TLDS.iter().map(|t| fold(t)).collect());

fn is_local_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '.' | '_' | '%' | '+' | '-')
}

fn is_domain_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-'
}

pub(super) fn is_tld(label: &str, strict: bool) -> bool {
    if label.is_ascii() {
        let lower = label.chars().all(|c| c.is_ascii_lowercase());
        return lower
            && (GENERIC_TLDS.contains(&label)
                || COUNTRY_TLDS.contains(&label)
                || (!strict && label.len() == 2));
    }
    IDN.contains(&fold(label))
}

pub(crate) fn detect(text: &Text, out: &mut Vec<Candidate>) {
    let chars = &text.chars;
    for (i, &c) in chars.iter().enumerate() {
        if c == '@' {
            match literal_email(chars, i) {
                Some((s, e)) => out.push(Candidate::new(FindingKind::Email, s, e)),
                None => {
                    if let Some(e) = handle(chars, i) {
                        out.push(Candidate::new(FindingKind::Handle, i, e));
                    }
                }
            }
        }
        if let Some(e) = url_at(chars, i) {
            out.push(Candidate::new(FindingKind::Url, i, e));
        }
    }
    spelled::emails(text, out);
    bare_handles(text, out);
}

/// Social networks and messengers, as people write their names.
static PLATFORM: LazyLock<Lexicon> = LazyLock::new(|| {
    Lexicon::new(&[
        "instagram",
        "insta",
        "ig",
        "facebook",
        "fb",
        "tiktok",
        "twitter",
        "telegram",
        "telegrama",
        "snapchat",
        "snap",
        "youtube",
        "threads",
        "linkedin",
        "vk",
        "вк",
        "вконтакте",
        "инстаграм*",
        "инст*",
        "телеграм*",
        "фейсбук*",
        "тикток*",
        "твиттер*",
        "ютуб*",
        "انستغرام",
        "انستقرام",
        "انستا",
        "فيسبوك",
        "فيس",
        "تويتر",
        "تيك",
        "تلغرام",
        "تليغرام",
        "سناب",
    ])
});

/// How far (in tokens) a username may stand from the network's name.
const PLATFORM_REACH: usize = 8;

/// Words that say a username follows: "username: amina_d", "pseudo :
/// jeanne13", "usuario: yoli", "ник: маша", "اسم المستخدم: nour".
static USERNAME: LazyLock<Lexicon> = LazyLock::new(|| {
    Lexicon::new(&[
        "username*",
        "user name",
        "login",
        "nickname",
        "pseudo",
        "identifiant",
        "usuario",
        "ник",
        "никнейм",
        "логин",
        "юзернейм",
        "اسم المستخدم",
        "يوزر",
    ])
});

/// Usernames written without "@": next to a network's name or a username
/// word ("her Instagram is amina.sews", "yolanda_ixcot en Instagram", "мой
/// ник в телеграме маша_иванова"), in any script. Only tokens shaped like
/// usernames count (a dot or underscore inside, or letters mixed with
/// digits), so ordinary words near "Facebook" are not flagged; right after
/// a username word and a colon ("ник: маша"), any word is one.
fn bare_handles(text: &Text, out: &mut Vec<Candidate>) {
    let n = text.tokens.len();
    let before = out.len();
    for p in 0..n {
        let cue_end = USERNAME.match_at(text, p);
        if cue_end.is_none() && !PLATFORM.contains(text, p) {
            continue;
        }
        if let Some(after) = cue_end.and_then(|e| value_after_colon(text, e)) {
            out.push(Candidate::new(FindingKind::Handle, after.0, after.1));
        }
        let lo = p.saturating_sub(PLATFORM_REACH);
        let hi = (p + PLATFORM_REACH).min(n);
        let mut t = lo;
        while t < hi {
            let fresh = t == 0 || !matches!(text.punct(t - 1), Some('.' | '_' | '-' | '@' | '/'));
            let Some(end) = fresh.then(|| username_forward(text, t)).flatten() else {
                t += 1;
                continue;
            };
            let body = text.slice(text.tokens[t].start, text.tokens[end - 1].end);
            if looks_like_username(&body) && !glued(text, end) {
                out.push(Candidate::new(
                    FindingKind::Handle,
                    text.tokens[t].start,
                    text.tokens[end - 1].end,
                ));
            }
            t = end;
        }
    }
    // A username near two cues ("ник в Телеграме") is found twice.
    let mut found = out.split_off(before);
    found.sort_by_key(|c| (c.start, c.end));
    found.dedup();
    out.extend(found);
}

/// A dot or underscore inside, or a letter then digits ("Анна1985");
/// not a domain, not an abbreviation ("e.g.", "т.е."), at most 30
/// characters. Networks do not allow hyphens in usernames, so "COVID-19"
/// and "5-го" are not letters mixed with digits, and neither is "2nd";
/// Arabic letters glued to digits are a clitic ("و2019").
fn looks_like_username(body: &str) -> bool {
    let joined = body.contains(['_', '.']);
    let mixed = body.chars().next().is_some_and(char::is_alphabetic)
        && body.chars().any(char::is_numeric)
        && !body.contains('-')
        && !body.chars().any(is_arabic);
    let domain = body
        .rsplit('.')
        .next()
        .is_some_and(|tld| body.contains('.') && is_tld(tld, true));
    let abbreviation = body
        .split(['.', '_', '-'])
        .all(|part| part.chars().count() <= 1);
    (joined || mixed) && !domain && !abbreviation && body.chars().count() <= 30
}

/// The word after a colon (or `=`, or a dash between spaces) that follows
/// a username word ending before token `t`: its character range.
/// "username-based" is not "username - based".
fn value_after_colon(text: &Text, t: usize) -> Option<(usize, usize)> {
    let colon = text.next_solid(t - 1)?;
    let separator = match text.punct(colon) {
        Some(':' | '=') => true,
        Some('-' | '—' | '–') => text.is_space(colon - 1) && text.is_space(colon + 1),
        _ => false,
    };
    if !separator {
        return None;
    }
    let u = text.next_solid(colon)?;
    if text.punct(u) == Some('@') {
        // "@..." is a handle already.
        return None;
    }
    let end = username_forward(text, u)?;
    let (s, e) = (text.tokens[u].start, text.tokens[end - 1].end);
    (e - s <= 30 && !glued(text, end)).then_some((s, e))
}

/// Whether a username ending before token `end` runs on into an email
/// ("amina@...") or a word.
fn glued(text: &Text, end: usize) -> bool {
    text.punct(end) == Some('@') || text.is_word(end)
}

/// An address around the `@` at `at` (one space allowed on either side).
fn literal_email(chars: &[char], at: usize) -> Option<(usize, usize)> {
    let mut l_end = at;
    if l_end >= 2 && chars[l_end - 1] == ' ' && is_local_char(chars[l_end - 2]) {
        l_end -= 1;
    }
    let mut l_start = l_end;
    while l_start > 0 && is_local_char(chars[l_start - 1]) {
        l_start -= 1;
    }
    while l_start < l_end && matches!(chars[l_start], '.' | '-') {
        l_start += 1;
    }
    if l_start == l_end {
        return None;
    }
    let mut r = at + 1;
    if chars.get(r) == Some(&' ') {
        r += 1;
    }
    let end = domain(chars, r, false)?;
    Some((l_start, end))
}

/// A dot-separated domain starting at `start`; returns its end.
fn domain(chars: &[char], start: usize, strict: bool) -> Option<usize> {
    let mut labels = 0;
    let mut i = start;
    let mut last;
    loop {
        let s = i;
        while i < chars.len() && is_domain_char(chars[i]) {
            i += 1;
        }
        if i == s {
            return None;
        }
        labels += 1;
        last = (s, i);
        if i + 1 < chars.len() && chars[i] == '.' && is_domain_char(chars[i + 1]) {
            i += 1;
        } else {
            break;
        }
    }
    // An address written in capitals ("AMINA@GMAIL.COM") is still one.
    let tld: String = chars[last.0..last.1]
        .iter()
        .map(char::to_ascii_lowercase)
        .collect();
    (labels >= 2 && is_tld(&tld, strict)).then_some(last.1)
}

/// A character of a handle or username: a letter (with its marks) or digit
/// of any script, `_` or `.`.
fn is_handle_char(c: char) -> bool {
    is_letter(c) || c.is_alphanumeric() || matches!(c, '_' | '.')
}

/// A handle: `@` then 2 to 30 letters, digits, `_` or `.` of any script
/// ("@sipho_speaks", "@маша_иванова", "@نساء_اربد"), with a letter, not
/// glued to a word before it. "@ home" (a space after `@`) is not one.
fn handle(chars: &[char], at: usize) -> Option<usize> {
    if at > 0 && is_local_char(chars[at - 1]) {
        return None;
    }
    let mut e = at + 1;
    while e < chars.len() && is_handle_char(chars[e]) {
        e += 1;
    }
    while e > at + 1 && chars[e - 1] == '.' {
        e -= 1;
    }
    let n = e - at - 1;
    let has_letter = chars[at + 1..e].iter().any(|c| c.is_alphabetic());
    ((2..=30).contains(&n) && has_letter).then_some(e)
}

fn starts_with_ci(chars: &[char], at: usize, word: &str) -> bool {
    let mut i = at;
    for w in word.chars() {
        match chars.get(i) {
            Some(c) if c.to_ascii_lowercase() == w => i += 1,
            _ => return false,
        }
    }
    true
}

/// A link starting at `i`: a scheme, `www.`, or a bare domain with a known
/// top-level domain.
fn url_at(chars: &[char], i: usize) -> Option<usize> {
    if i > 0 && (is_local_char(chars[i - 1]) || matches!(chars[i - 1], '@' | '/' | ':')) {
        return None;
    }
    let scheme = ["https://", "http://"]
        .iter()
        .find(|s| starts_with_ci(chars, i, s))
        .map(|s| s.len());
    if let Some(n) = scheme {
        return Some(url_tail(chars, i + n)).filter(|e| *e > i + n);
    }
    if starts_with_ci(chars, i, "www.") {
        return Some(url_tail(chars, i + 4)).filter(|e| *e > i + 4);
    }
    if !chars[i].is_alphanumeric() {
        return None;
    }
    let mut e = i;
    while e < chars.len() && (chars[e].is_alphanumeric() || matches!(chars[e], '-' | '.')) {
        e += 1;
    }
    while e > i && chars[e - 1] == '.' {
        e -= 1;
    }
    // Most words have no dot: no need to build the host.
    if !chars[i..e].contains(&'.') {
        return None;
    }
    let host: String = chars[i..e].iter().collect();
    let labels: Vec<&str> = host.split('.').collect();
    let with_path = chars.get(e) == Some(&'/');
    if labels.len() < 2 || labels.iter().any(|l| l.is_empty()) {
        return None;
    }
    if e < chars.len() && (chars[e].is_alphanumeric() || chars[e] == '@') {
        return None;
    }
    let tld = labels[labels.len() - 1];
    let first = labels[0];
    let tld_ok = GENERIC_TLDS.contains(&tld)
        || COUNTRY_TLDS.contains(&tld)
        || (!tld.is_ascii() && is_tld(tld, true))
        || (with_path && is_tld(tld, false));
    let first_ok =
        first.chars().any(char::is_alphabetic) && (first.chars().count() >= 2 || with_path);
    if !(tld_ok && first_ok) {
        return None;
    }
    Some(if with_path { url_tail(chars, e) } else { e })
}

/// The end of a link's remainder: up to whitespace or a quote mark, without
/// trailing punctuation.
fn url_tail(chars: &[char], from: usize) -> usize {
    let mut e = from;
    while e < chars.len()
        && !chars[e].is_whitespace()
        && !matches!(chars[e], '<' | '>' | '"' | '«' | '»' | '“' | '”' | '،')
    {
        e += 1;
    }
    while e > from
        && matches!(
            chars[e - 1],
            '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '\'' | '’'
        )
    {
        e -= 1;
    }
    e
}

/// A label chunk: letters and digits joined by `. _ -` without spaces;
/// ASCII only unless `any_script`. Walking forward from token `t`, returns
/// the index just past the chunk; walking backward from just before `t`, the
/// chunk's first token.
fn chunk(text: &Text, t: usize, forward: bool, any_script: bool) -> Option<usize> {
    let part = |u: usize| {
        text.tokens.get(u).is_some_and(|tok| {
            matches!(tok.kind, TokenKind::Word | TokenKind::Number)
                && (any_script
                    || text.chars[tok.start..tok.end]
                        .iter()
                        .all(|c| c.is_ascii_alphanumeric()))
        })
    };
    let joiner = |u: usize| matches!(text.punct(u), Some('.' | '_' | '-'));
    let (mut edge, mut any) = (t, false);
    loop {
        let next = if forward {
            Some(edge)
        } else {
            edge.checked_sub(1)
        };
        let Some(n) = next else { break };
        let beyond = if forward {
            Some(n + 1)
        } else {
            n.checked_sub(1)
        };
        if !(part(n) || (any && joiner(n) && beyond.is_some_and(part))) {
            break;
        }
        any |= part(n);
        edge = if forward { n + 1 } else { n };
    }
    any.then_some(edge)
}

pub(super) fn chunk_forward(text: &Text, t: usize) -> Option<usize> {
    chunk(text, t, true, false)
}

pub(super) fn chunk_backward(text: &Text, end: usize) -> Option<usize> {
    chunk(text, end, false, false)
}

/// A username from token `t` on, in any script: the index just past it.
fn username_forward(text: &Text, t: usize) -> Option<usize> {
    chunk(text, t, true, true)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::redact::testing::*;

    fn found(s: &str) -> Vec<(FindingKind, String)> {
        detected(detect, s)
    }

    #[test]
    fn literal_and_spelled_emails() {
        use FindingKind::Email;
        assert_eq!(
            found("mail amina.yusuf@gmail.com."),
            vec![(Email, "amina.yusuf@gmail.com".into())]
        );
        for s in [
            "grace dot okafor at outlook dot com",
            "moussa point ndiaye arobase gmail point com",
            "vera.sokolova[at]gmail.com",
            "gulnara собака yandex точка ru",
            "jb.kabore [at] gmail [point] com",
            "amina.yusuf آت gmail نقطة com",
        ] {
            let emails: Vec<_> = found(&format!("Écrire à {s}, merci"))
                .into_iter()
                .filter(|f| f.0 == Email)
                .collect();
            assert_eq!(emails, vec![(Email, s.to_owned())]);
        }
        assert!(found("we met at school. Then at noon dot on the map").is_empty());
    }

    #[test]
    fn links_and_handles() {
        use FindingKind::*;
        assert_eq!(
            found("see https://youtu.be/x7Kq2, www.zarqa-youth.org and t.me/berezovka_help."),
            vec![
                (Url, "https://youtu.be/x7Kq2".into()),
                (Url, "www.zarqa-youth.org".into()),
                (Url, "t.me/berezovka_help".into()),
            ]
        );
        assert_eq!(
            found("follow @sipho_speaks."),
            vec![(Handle, "@sipho_speaks".into())]
        );
        assert_eq!(
            found("Her Instagram is amina.sews, and"),
            vec![(Handle, "amina.sews".into())]
        );
        assert_eq!(
            found("Escríbanle a yolanda_ixcot en Instagram."),
            vec![(Handle, "yolanda_ixcot".into())]
        );
        assert!(found("We saw it on Facebook in 2019, in Grade 5.").is_empty());
        assert!(found("e.g. 3.5 km, i.e. U.S. art. 14.2, p.m.").is_empty());
    }

    #[test]
    fn handles_in_every_script() {
        use FindingKind::Handle;
        for (s, want) in [
            ("Пишите @маша_иванова, она знает.", "@маша_иванова"),
            ("пишите мне в телеграм @Анна1985", "@Анна1985"),
            ("تابعوا @نساء_اربد على انستغرام", "@نساء_اربد"),
            ("حسابي @علي.حسن٢٠٢٣.", "@علي.حسن٢٠٢٣"),
            ("Suivez @Zoé.Lefèvre !", "@Zoé.Lefèvre"),
            ("síganme en @josé_núñez", "@josé_núñez"),
        ] {
            assert_eq!(found(s), vec![(Handle, want.to_owned())], "{s}");
        }
        for s in [
            "We meet @ home, or @ 5 pm",
            "встреча @ 10:00, пишите @ в чат",
            "@ المكتب",
        ] {
            assert!(found(s).is_empty(), "{s}: {:?}", found(s));
        }
    }

    #[test]
    fn emails_and_links_with_non_latin_parts() {
        use FindingKind::*;
        for (s, want) in [
            ("пишите на маша@почта.рф, спасибо", (Email, "маша@почта.рф")),
            ("راسلوني على مريم@بريد.مصر", (Email, "مريم@بريد.مصر")),
            (
                "Write to AMINA.YUSUF@GMAIL.COM today",
                (Email, "AMINA.YUSUF@GMAIL.COM"),
            ),
            (
                "сайт помощь-беженцам.рф, заходите",
                (Url, "помощь-беженцам.рф"),
            ),
            (
                "все документы на сайт.рф/документы.",
                (Url, "сайт.рф/документы"),
            ),
            ("زوروا موقعنا اطفال.شبكة", (Url, "اطفال.شبكة")),
        ] {
            assert_eq!(found(s), vec![(want.0, want.1.to_owned())], "{s}");
        }
        assert!(found("т.е. в г.Москва, и т.д.; Пришли.Потом").is_empty());
    }

    #[test]
    fn usernames_without_at_in_every_script() {
        use FindingKind::Handle;
        for (s, want) in [
            ("Мой ник в Телеграме маша_иванова, пишите.", "маша_иванова"),
            ("ищите в инстаграме Анна1985", "Анна1985"),
            ("ник: маша, пароль не скажу", "маша"),
            ("mon pseudo : jeanne13 sur TikTok", "jeanne13"),
            ("usuario: yoli, en la página", "yoli"),
            ("Username: kofi.m", "kofi.m"),
            ("اسم المستخدم: نور", "نور"),
        ] {
            assert_eq!(found(s), vec![(Handle, want.to_owned())], "{s}");
        }
        for s in [
            "Мы в Телеграме, т.е. в канале, с 2019 года.",
            "Пишу в Телеграме с 5-го класса, про COVID-19.",
            "On Facebook since the 2nd grade.",
            "نشرنا على فيسبوك عام 2019 و2020",
            "the username was lost",
            "a username-based login",
            "login: amina@gmail.com",
        ] {
            let handles: Vec<_> = found(s).into_iter().filter(|f| f.0 == Handle).collect();
            assert!(handles.is_empty(), "{s}: {handles:?}");
        }
    }
}
