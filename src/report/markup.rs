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

/// A block as the lines give it, before its inline marks are read.
enum Raw<'a> {
    Heading(u8, &'a str),
    Paragraph(Vec<&'a str>),
    /// Each item's lines (an item may continue on the next line).
    List(bool, Vec<Vec<&'a str>>),
}

/// Reads a text written in the markup. Never fails: what is not markup is
/// text. Linear in the text's length but for the emphasis look-ups
/// (logarithmic each).
pub fn parse(source: &str) -> Vec<MarkupBlock> {
    let mut raw: Vec<Raw> = vec![];
    // Whether the next plain line continues the list item above it.
    let mut in_item = false;
    for line in source.lines().map(str::trim) {
        if line.is_empty() {
            in_item = false;
            raw.push(Raw::Paragraph(vec![]));
        } else if let Some((level, text)) = heading(line) {
            in_item = false;
            raw.push(Raw::Heading(level, text));
        } else if let Some((numbered, text)) = item(line) {
            in_item = true;
            match raw.last_mut() {
                Some(Raw::List(n, items)) if *n == numbered => items.push(vec![text]),
                _ => raw.push(Raw::List(numbered, vec![vec![text]])),
            }
        } else {
            match raw.last_mut() {
                Some(Raw::List(_, items)) if in_item => {
                    items.last_mut().expect("a list has an item").push(line);
                }
                Some(Raw::Paragraph(lines)) => lines.push(line),
                _ => raw.push(Raw::Paragraph(vec![line])),
            }
        }
    }
    raw.into_iter()
        .filter_map(|b| match b {
            Raw::Heading(level, text) => Some(MarkupBlock::Heading {
                level,
                text: inline(text),
            }),
            Raw::Paragraph(lines) => (!lines.is_empty()).then(|| MarkupBlock::Paragraph {
                text: inline(&lines.join(" ")),
            }),
            Raw::List(numbered, items) => Some(MarkupBlock::List {
                numbered,
                items: items.iter().map(|lines| inline(&lines.join(" "))).collect(),
            }),
        })
        .collect()
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
    const MARKS: [&str; 3] = ["**", "*", "_"];
    // Where each mark may close, found once: after a non-space, and not
    // followed by a letter or digit.
    let closers: Vec<Vec<usize>> = MARKS
        .iter()
        .map(|mark| {
            source
                .match_indices(mark)
                .map(|(i, _)| i)
                .filter(|&i| {
                    source[..i].ends_with(|c: char| !c.is_whitespace())
                        && !source[i + mark.len()..].starts_with(is_word_char)
                })
                .collect()
        })
        .collect();
    let mut text = String::with_capacity(source.len());
    let mut strong = vec![];
    let mut at = 0;
    while let Some(c) = source[at..].chars().next() {
        // Not inside a word, nor right after a mark left as typed.
        let at_word_start = !text.ends_with(|p: char| is_word_char(p) || p == '*' || p == '_');
        let span = MARKS
            .iter()
            .zip(&closers)
            .filter(|_| at_word_start)
            .find_map(|(mark, closes)| {
                let inside = at + mark.len();
                source[at..].starts_with(mark).then_some(())?;
                source[inside..]
                    .starts_with(|c: char| !c.is_whitespace())
                    .then_some(())?;
                // The first closer after at least one character.
                let i = closes.partition_point(|&p| p <= inside);
                Some((mark.len(), *closes.get(i)?))
            });
        if let Some((len, close)) = span {
            let start = text.len();
            text.push_str(&source[at + len..close].replace("**", ""));
            strong.push((start, text.len()));
            at = close + len;
        } else {
            text.push(c);
            at += c.len_utf8();
        }
    }
    Inline { text, strong }
}

/// A character inside a word: a letter or digit, or a combining mark
/// (Arabic harakat), a joiner or a tatweel that belongs to one.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
        || c == '\u{200D}'
        || c == '\u{0640}'
        || unicode_bidi::bidi_class(c) == unicode_bidi::BidiClass::NSM
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
    fn marks_inside_an_arabic_word_do_not_open_emphasis() {
        // The fatha is part of the word: no bold opens after it.
        let i = inline("كَ**تاب**");
        assert!(i.strong.is_empty(), "{i:?}");
        assert_eq!(i.text, "كَ**تاب**");
        let i = inline("**كِتَابٌ** جديد");
        assert_eq!(strong_of(&i), ["كِتَابٌ"]);
    }

    #[test]
    fn a_long_text_full_of_stray_marks_is_read_in_one_pass() {
        // Each line continues the item and holds a mark that never closes.
        let src = format!("- x\n{}", "*a\n".repeat(20_000));
        let b = parse(&src);
        let [MarkupBlock::List { items, .. }] = b.as_slice() else {
            panic!("one list")
        };
        assert_eq!(items.len(), 1);
        assert_eq!(items[0].text.matches("*a").count(), 20_000);
        let i = inline(&"*a _b ".repeat(20_000));
        assert!(i.strong.is_empty());
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
