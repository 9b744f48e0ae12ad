//! The plain-text markup coordinators write their report texts in: a small,
//! documented subset of Markdown (`docs/report-texts.md`), read the same way
//! by the PDF, the app's preview and the checks made before a text is kept.
//!
//! - `# Heading` and `## Sub-heading` (more `#` read as `##`);
//! - paragraphs, separated by a blank line (lines of one paragraph join);
//! - lists: lines starting with `- ` or `* `, or numbered `1. ` / `1) `
//!   (up to three digits, so "2026. A year" stays a sentence);
//! - emphasis: `*words*` or `_words_`, and `**words**`.
//!
//! Nothing else is markup: `<b>`, links and tables print as typed. An
//! emphasis mark that is not closed on its line prints as typed too.

use serde::Serialize;

/// A run of text with emphasised spans: (start, end) byte offsets into
/// `text`. The PDF sets emphasis in bold: it embeds no italic face for
/// Arabic.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Inline {
    pub text: String,
    pub strong: Vec<(usize, usize)>,
}

/// One block of a coordinator's text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase", tag = "kind")]
pub enum MarkupBlock {
    /// Level 1 (`#`) or 2 (`##`), under the part's own heading.
    Heading {
        level: u8,
        text: Inline,
    },
    Paragraph {
        text: Inline,
    },
    List {
        numbered: bool,
        items: Vec<Inline>,
    },
}

/// Reads a text written in the markup. Never fails: what is not markup is
/// text.
pub fn parse(source: &str) -> Vec<MarkupBlock> {
    let mut out: Vec<MarkupBlock> = vec![];
    let mut paragraph: Vec<&str> = vec![];
    let flush = |out: &mut Vec<MarkupBlock>, paragraph: &mut Vec<&str>| {
        if !paragraph.is_empty() {
            out.push(MarkupBlock::Paragraph {
                text: inline(&paragraph.join(" ")),
            });
            paragraph.clear();
        }
    };
    for raw in source.lines() {
        let line = raw.trim();
        if line.is_empty() {
            flush(&mut out, &mut paragraph);
            continue;
        }
        if let Some((level, text)) = heading(line) {
            flush(&mut out, &mut paragraph);
            out.push(MarkupBlock::Heading {
                level,
                text: inline(text),
            });
        } else if let Some((numbered, text)) = item(line) {
            flush(&mut out, &mut paragraph);
            match out.last_mut() {
                Some(MarkupBlock::List { numbered: n, items }) if *n == numbered => {
                    items.push(inline(text));
                }
                _ => out.push(MarkupBlock::List {
                    numbered,
                    items: vec![inline(text)],
                }),
            }
        } else if !paragraph.is_empty() || !continues_item(&mut out, line) {
            paragraph.push(line);
        }
    }
    flush(&mut out, &mut paragraph);
    out
}

/// A line right after a list item, indented in the source or not, that is
/// not itself markup continues the item (as Markdown's lazy continuation).
fn continues_item(out: &mut [MarkupBlock], line: &str) -> bool {
    let Some(MarkupBlock::List { items, .. }) = out.last_mut() else {
        return false;
    };
    let Some(last) = items.last_mut() else {
        return false;
    };
    let joined = inline(&format!("{} {line}", plain(last)));
    *last = joined;
    true
}

/// The source of an inline run as typed again (marks around strong spans).
fn plain(run: &Inline) -> String {
    let mut out = String::with_capacity(run.text.len() + 4 * run.strong.len());
    let mut at = 0;
    for &(start, end) in &run.strong {
        out.push_str(&run.text[at..start]);
        out.push_str("**");
        out.push_str(&run.text[start..end]);
        out.push_str("**");
        at = end;
    }
    out.push_str(&run.text[at..]);
    out
}

fn heading(line: &str) -> Option<(u8, &str)> {
    let hashes = line.bytes().take_while(|b| *b == b'#').count();
    let rest = &line[hashes..];
    if hashes == 0 || !rest.starts_with([' ', '\t']) || rest.trim().is_empty() {
        return None;
    }
    Some((if hashes == 1 { 1 } else { 2 }, rest.trim()))
}

fn item(line: &str) -> Option<(bool, &str)> {
    for mark in ["- ", "* ", "• "] {
        if let Some(rest) = line.strip_prefix(mark) {
            return (!rest.trim().is_empty()).then_some((false, rest.trim()));
        }
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=3).contains(&digits) {
        let rest = &line[digits..];
        let rest = rest
            .strip_prefix(". ")
            .or_else(|| rest.strip_prefix(") "))?;
        return (!rest.trim().is_empty()).then_some((true, rest.trim()));
    }
    None
}

/// Emphasis marks out, their spans kept. A mark opens only at the start
/// of a word, before a non-space, and closes only after a non-space at the
/// end of a word, so "5 * 3" and "snake_case" stay as typed.
pub fn inline(source: &str) -> Inline {
    let mut text = String::with_capacity(source.len());
    let mut strong = vec![];
    let mut rest = source;
    while let Some(c) = rest.chars().next() {
        let at_word_start = text
            .chars()
            .next_back()
            .is_none_or(|p| !p.is_alphanumeric());
        let span = ["**", "*", "_"]
            .into_iter()
            .filter(|_| at_word_start)
            .find_map(|mark| {
                let after = rest.strip_prefix(mark)?;
                after
                    .starts_with(|c: char| !c.is_whitespace())
                    .then_some(())?;
                Some((mark, closing(after, mark)?))
            });
        if let Some((mark, end)) = span {
            let start = text.len();
            text.push_str(&rest[mark.len()..mark.len() + end].replace("**", ""));
            strong.push((start, text.len()));
            rest = &rest[2 * mark.len() + end..];
        } else {
            text.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    Inline { text, strong }
}

/// Where `mark` closes in `after`: after a non-space, and not followed by
/// a letter or digit.
fn closing(after: &str, mark: &str) -> Option<usize> {
    after.match_indices(mark).map(|(i, _)| i).find(|i| {
        after[..*i].ends_with(|c: char| !c.is_whitespace())
            && !after[i + mark.len()..].starts_with(char::is_alphanumeric)
    })
}

/// The words a text holds, as a budget counts them.
pub fn words(blocks: &[MarkupBlock]) -> usize {
    let count = |i: &Inline| i.text.split_whitespace().count();
    blocks
        .iter()
        .map(|b| match b {
            MarkupBlock::Heading { text, .. } | MarkupBlock::Paragraph { text } => count(text),
            MarkupBlock::List { items, .. } => items.iter().map(count).sum(),
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strong_of(i: &Inline) -> Vec<&str> {
        i.strong.iter().map(|&(a, b)| &i.text[a..b]).collect()
    }

    #[test]
    fn headings_paragraphs_and_lists() {
        let src = "# Summary\n\nCommunities in *three* regions\nspoke of water.\n\n\
                   - clinics too far\n- no **ramps**\n1. first\n2) second\n## More\nlast";
        let b = parse(src);
        assert_eq!(b.len(), 6, "{b:?}");
        assert!(matches!(&b[0], MarkupBlock::Heading { level: 1, text } if text.text == "Summary"));
        let MarkupBlock::Paragraph { text } = &b[1] else {
            panic!("{b:?}")
        };
        assert_eq!(text.text, "Communities in three regions spoke of water.");
        assert_eq!(strong_of(text), ["three"]);
        let MarkupBlock::List {
            numbered: false,
            items,
        } = &b[2]
        else {
            panic!("{b:?}")
        };
        assert_eq!(items[1].text, "no ramps");
        assert_eq!(strong_of(&items[1]), ["ramps"]);
        assert!(
            matches!(&b[3], MarkupBlock::List { numbered: true, items } if items.len() == 2 && items[1].text == "second")
        );
        assert!(matches!(&b[4], MarkupBlock::Heading { level: 2, .. }));
        assert!(matches!(&b[5], MarkupBlock::Paragraph { text } if text.text == "last"));
        assert_eq!(words(&b), 17);
    }

    #[test]
    fn what_is_not_markup_prints_as_typed() {
        for s in [
            "5 * 3 = 15",
            "snake_case_name",
            "an *unclosed mark",
            "#hashtag",
            "<b>bold</b>",
            "2026. A year",
            "-dash",
        ] {
            let b = parse(s);
            let [MarkupBlock::Paragraph { text }] = b.as_slice() else {
                panic!("{s}: {b:?}")
            };
            assert_eq!(text.text, s);
            assert!(text.strong.is_empty(), "{s}");
        }
    }

    #[test]
    fn emphasis_in_arabic_and_a_continued_item() {
        let b = parse("- التقرير **المهم** هنا\n  يستمر\n");
        let [MarkupBlock::List { items, .. }] = b.as_slice() else {
            panic!("{b:?}")
        };
        assert_eq!(items.len(), 1);
        assert_eq!(items[0].text, "التقرير المهم هنا يستمر");
        assert_eq!(strong_of(&items[0]), ["المهم"]);
    }
}
