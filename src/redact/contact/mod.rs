//! Emails, links and social-media handles. Emails spelled out to dodge spam
//! filters live in [`spelled`].

mod spelled;

use std::sync::LazyLock;

use super::lexicon::Lexicon;
use super::text::{Text, TokenKind};
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

fn is_local_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '.' | '_' | '%' | '+' | '-')
}

fn is_domain_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-'
}

pub(super) fn is_tld(label: &str, strict: bool) -> bool {
    let lower = label.chars().all(|c| c.is_ascii_lowercase());
    lower
        && (GENERIC_TLDS.contains(&label)
            || COUNTRY_TLDS.contains(&label)
            || (!strict && label.len() == 2))
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

/// Usernames written without "@" next to a network's name ("her Instagram
/// is amina.sews", "yolanda_ixcot en Instagram"). Only tokens shaped like
/// usernames count (a dot or underscore inside, or letters mixed with
/// digits), so ordinary words near "Facebook" are not flagged.
fn bare_handles(text: &Text, out: &mut Vec<Candidate>) {
    let n = text.tokens.len();
    for p in (0..n).filter(|&p| PLATFORM.contains(text, p)) {
        let lo = p.saturating_sub(PLATFORM_REACH);
        let hi = (p + PLATFORM_REACH).min(n);
        let mut t = lo;
        while t < hi {
            let fresh = t == 0 || !matches!(text.punct(t - 1), Some('.' | '_' | '-' | '@' | '/'));
            let Some(end) = fresh.then(|| chunk_forward(text, t)).flatten() else {
                t += 1;
                continue;
            };
            let body = text.slice(text.tokens[t].start, text.tokens[end - 1].end);
            let joined = body.contains(['_', '.']);
            let mixed = body.chars().any(|c| c.is_ascii_digit())
                && body.chars().any(|c| c.is_ascii_alphabetic());
            let domain = body
                .rsplit('.')
                .next()
                .is_some_and(|tld| body.contains('.') && is_tld(tld, true));
            let glued = matches!(text.punct(end), Some('@')) || text.is_word(end);
            if (joined || mixed) && !domain && !glued && body.chars().count() <= 30 {
                out.push(Candidate::new(
                    FindingKind::Handle,
                    text.tokens[t].start,
                    text.tokens[end - 1].end,
                ));
            }
            t = end;
        }
    }
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
    let tld: String = chars[last.0..last.1].iter().collect();
    (labels >= 2 && is_tld(&tld, strict)).then_some(last.1)
}

/// A handle: `@` then 2 to 30 of `[A-Za-z0-9_.]` with a letter, not glued to
/// a word before it.
fn handle(chars: &[char], at: usize) -> Option<usize> {
    if at > 0 && is_local_char(chars[at - 1]) {
        return None;
    }
    let mut e = at + 1;
    while e < chars.len() && (chars[e].is_ascii_alphanumeric() || matches!(chars[e], '_' | '.')) {
        e += 1;
    }
    while e > at + 1 && chars[e - 1] == '.' {
        e -= 1;
    }
    let n = e - at - 1;
    let has_letter = chars[at + 1..e].iter().any(|c| c.is_ascii_alphabetic());
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
    if !chars[i].is_ascii_alphanumeric() {
        return None;
    }
    let mut e = i;
    while e < chars.len() && (chars[e].is_ascii_alphanumeric() || matches!(chars[e], '-' | '.')) {
        e += 1;
    }
    while e > i && chars[e - 1] == '.' {
        e -= 1;
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
        || (with_path && is_tld(tld, false));
    let first_ok =
        first.chars().any(|c| c.is_ascii_alphabetic()) && (first.len() >= 2 || with_path);
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

/// A label chunk: ASCII letters and digits joined by `. _ -` without
/// spaces. Walking forward from token `t`, returns the index just past the
/// chunk; walking backward from just before `t`, the chunk's first token.
fn chunk(text: &Text, t: usize, forward: bool) -> Option<usize> {
    let part = |u: usize| {
        text.tokens.get(u).is_some_and(|tok| {
            matches!(tok.kind, TokenKind::Word | TokenKind::Number)
                && text.chars[tok.start..tok.end]
                    .iter()
                    .all(|c| c.is_ascii_alphanumeric())
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
    chunk(text, t, true)
}

pub(super) fn chunk_backward(text: &Text, end: usize) -> Option<usize> {
    chunk(text, end, false)
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
}
