//! Dates of birth written with month names ("14 March 1987", "3 de mayo de
//! 1985", "14 марта 1987", "14 آذار 1987", "born in March 1985"). A date is
//! only a finding when a birth word comes shortly before it: meeting dates
//! and hearing dates identify no one. A year alone ("born in 1948") is not
//! flagged: it is as common as any other year in a quote.

use super::cues::{BIRTH, MONTH};
use super::text::Text;
use super::{Candidate, FindingKind};

/// Whether a birth word stands within a few words before character `at`.
pub(crate) fn birth_before(text: &Text, at: usize) -> bool {
    let t = text.token_at[at];
    text.words_before(t, 6)
        .into_iter()
        .any(|w| BIRTH.contains(text, w))
}

const ORDINALS: &[&str] = &["st", "nd", "rd", "th", "er", "re", "e", "º", "ª", "o"];
const LINKS: &[&str] = &["de", "del", "of", "the"];

fn day_at(text: &Text, t: usize) -> bool {
    text.is_number(t) && text.digits_len(t) <= 2 && (1..=31).contains(&text.number_value(t))
}

fn year_at(text: &Text, t: usize) -> bool {
    text.is_number(t) && text.digits_len(t) == 4 && (1900..=2099).contains(&text.number_value(t))
}

/// The next token after `t` skipping spaces, commas and linking words.
fn next_part(text: &Text, t: usize) -> Option<usize> {
    let mut u = text.next_solid(t)?;
    loop {
        if text.punct(u) == Some(',')
            || (text.is_word(u) && LINKS.contains(&text.tokens[u].folded.as_str()))
        {
            u = text.next_solid(u)?;
        } else {
            return Some(u);
        }
    }
}

fn prev_part(text: &Text, t: usize) -> Option<usize> {
    let mut u = text.prev_solid(t)?;
    loop {
        if text.is_word(u) && LINKS.contains(&text.tokens[u].folded.as_str()) {
            u = text.prev_solid(u)?;
        } else if text.is_word(u)
            && ORDINALS.contains(&text.tokens[u].folded.as_str())
            && u > 0
            && text.is_number(u - 1)
        {
            return Some(u - 1);
        } else {
            return Some(u);
        }
    }
}

pub(crate) fn detect(text: &Text, out: &mut Vec<Candidate>) {
    for t in 0..text.tokens.len() {
        let Some(month_end) = MONTH.match_at(text, t) else {
            continue;
        };
        let mut first = t;
        let mut last = month_end - 1;
        let mut parts = 1;
        if let Some(p) = prev_part(text, t).filter(|&p| day_at(text, p)) {
            first = p;
            parts += 1;
        }
        if let Some(n) = next_part(text, last) {
            if year_at(text, n) {
                last = n;
                parts += 1;
            } else if first == t && day_at(text, n) {
                last = n;
                parts += 1;
                if text.is_word(n + 1) && ORDINALS.contains(&text.tokens[n + 1].folded.as_str()) {
                    last = n + 1;
                }
                if let Some(y) = next_part(text, last).filter(|&y| year_at(text, y)) {
                    last = y;
                    parts += 1;
                }
            }
        }
        let start = text.tokens[first].start;
        if parts >= 2 && birth_before(text, start) {
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

    #[test]
    fn other_dates_and_bare_years_are_not_findings() {
        assert!(found("The hearing is on 12 June at 10:00").is_empty());
        assert!(found("My mother was born in 1948").is_empty());
        assert!(found("Je ne sais pas, le 3 mai 1990 peut-être").is_empty());
    }
}
