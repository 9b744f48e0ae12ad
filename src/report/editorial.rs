//! The parts of the framework report only a person can write, kept sealed
//! in the vault per engagement, language and part ([`ReportText`]), and
//! how they are read: prose parts in the markup of [`super::markup`], the
//! cover as `key: value` lines (`docs/report-texts.md`).
//!
//! A text is checked whole before it is kept: its length, its cover lines,
//! and that every character can be printed with the report's fonts, so a
//! report never fails later because of what was typed here.

use serde::Serialize;

use super::markup::{self, MarkupBlock};
use crate::{
    Error,
    model::{
        EditorialError, Kind, Record, RecordId, ReportPart, ReportText, now, validate::RecordError,
    },
    vault::{Change, Vault},
};

/// Longest text of one part, in characters (a long executive summary is a
/// few thousand words).
pub const MAX_TEXT_CHARS: usize = 60_000;

/// The cover's lines, as the coordinator wrote them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Cover {
    /// The submitting organisations, in the order given.
    pub organisations: Vec<String>,
    /// The date of submission, as written.
    pub date: Option<String>,
    /// The review it is for (a treaty body and session, a UPR cycle).
    pub review: Option<String>,
    /// Where the full report is (a link, or who to ask): a submission
    /// points readers there for what it leaves out.
    pub annex: Option<String>,
}

/// Reads a cover text: `organisation:` (repeatable), `date:`, `review:`
/// and `annex:` lines; blank lines and lines starting with `#` are skipped.
/// Keys are English, in any case; `organization` is taken too.
pub fn cover(text: &str) -> Result<Cover, EditorialError> {
    let mut out = Cover::default();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let bad = EditorialError::CoverLine { line: i + 1 };
        let (key, value) = line.split_once(':').ok_or(bad.clone())?;
        let value = value.trim().to_owned();
        if value.is_empty() {
            return Err(bad);
        }
        match key.trim().to_lowercase().as_str() {
            "organisation" | "organization" | "organisations" | "organizations" => {
                out.organisations.push(value);
            }
            "date" => out.date = Some(value),
            "review" => out.review = Some(value),
            "annex" => out.annex = Some(value),
            _ => return Err(bad),
        }
    }
    Ok(out)
}

/// What the coordinator adds to one framework report: the cover's lines,
/// the prose parts and the engagement's labels in the report's language,
/// and the word budget of a submission. (Debug shows which parts, not
/// their words.)
#[derive(Clone, Default)]
pub struct Editorial {
    pub cover: Cover,
    /// The prose parts written in the report's language.
    pub parts: std::collections::BTreeMap<ReportPart, String>,
    /// Submission mode: the most-supported findings that fit in this many
    /// words, with the rest listed as left out.
    pub max_words: Option<usize>,
    /// Theme labels, regions and groups in the report's language.
    pub labels: crate::coordinator::labels::LabelBook,
}

impl Editorial {
    /// The texts of `engagement` for a report in `language`. Prose parts
    /// are taken only in that language (a summary is never printed in
    /// another language than the report's); the cover, mostly names and
    /// dates, falls back to the English one, then to any.
    pub fn load(vault: &Vault, engagement: RecordId, language: &str) -> Editorial {
        let texts = vault.report_texts(engagement);
        let cover_text = [language, "en"]
            .iter()
            .find_map(|l| {
                texts
                    .iter()
                    .find(|(_, t)| t.part == ReportPart::Cover && t.language == *l)
            })
            .or_else(|| texts.iter().find(|(_, t)| t.part == ReportPart::Cover))
            .map(|(_, t)| t.text.as_str());
        Editorial {
            cover: cover_text.and_then(|t| cover(t).ok()).unwrap_or_default(),
            parts: texts
                .iter()
                .filter(|(_, t)| t.language == language && t.part != ReportPart::Cover)
                .map(|(_, t)| (t.part, t.text.clone()))
                .collect(),
            max_words: None,
            labels: vault.label_book(engagement, language),
        }
    }
}

/// A part as the app lists it. (Debug shows the text's length only.)
#[derive(Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct TextView {
    pub language: String,
    pub part: ReportPart,
    pub text: String,
    /// Words of the text (a submission's budget counts them).
    pub words: usize,
    /// Unix seconds.
    pub updated_at: i64,
}

impl std::fmt::Debug for Editorial {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Editorial")
            .field("parts", &self.parts.keys().collect::<Vec<_>>())
            .field("max_words", &self.max_words)
            .finish_non_exhaustive()
    }
}

impl std::fmt::Debug for TextView {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TextView")
            .field("language", &self.language)
            .field("part", &self.part)
            .field("words", &self.words)
            .finish_non_exhaustive()
    }
}

/// What [`Vault::set_report_text`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum TextSet {
    Saved,
    Removed,
    Unchanged,
}

/// How a text is kept: line ends as `\n`, no trailing blank.
fn normalize(text: &str) -> String {
    text.replace("\r\n", "\n")
        .replace('\r', "\n")
        .trim_end()
        .to_owned()
}

/// Checks that the report's fonts can print every translation of a labels
/// file, naming the first line that cannot be printed.
pub fn check_labels(rows: &[(u64, crate::coordinator::labels::LabelRow)]) -> Result<(), Error> {
    for (line, r) in rows {
        for (field, text) in [("label", &r.label), ("description", &r.description)] {
            if super::pdf::check_printable(text).is_err() {
                return Err(
                    crate::coordinator::labels::LabelsError::Field { line: *line, field }.into(),
                );
            }
        }
    }
    Ok(())
}

/// Checks a part's text as [`Vault::set_report_text`] would keep it.
pub fn check(part: ReportPart, text: &str) -> Result<(), Error> {
    let text = normalize(text);
    if text.chars().count() > MAX_TEXT_CHARS {
        return Err(RecordError::TooLong {
            field: "text",
            max: MAX_TEXT_CHARS,
        }
        .into());
    }
    if part == ReportPart::Cover {
        cover(&text)?;
    }
    super::pdf::check_printable(&text)?;
    Ok(())
}

impl Vault {
    /// The texts of `engagement`, by language then part.
    pub fn report_texts(&self, engagement: RecordId) -> Vec<(RecordId, &ReportText)> {
        let mut out: Vec<(RecordId, &ReportText)> = self
            .children(engagement, Kind::ReportText)
            .filter_map(|(id, r)| match r {
                Record::ReportText(t) => Some((id, t)),
                _ => None,
            })
            .collect();
        out.sort_by(|a, b| (&a.1.language, a.1.part).cmp(&(&b.1.language, b.1.part)));
        out
    }

    /// One part in one language, if written.
    pub fn report_text(
        &self,
        engagement: RecordId,
        language: &str,
        part: ReportPart,
    ) -> Option<&ReportText> {
        self.report_texts(engagement)
            .into_iter()
            .find(|(_, t)| t.language == language && t.part == part)
            .map(|(_, t)| t)
    }

    /// The texts as lists show them (every language, or one).
    pub fn report_text_views(&self, engagement: RecordId, language: Option<&str>) -> Vec<TextView> {
        self.report_texts(engagement)
            .into_iter()
            .filter(|(_, t)| language.is_none_or(|l| t.language == l))
            .map(|(_, t)| TextView {
                language: t.language.clone(),
                part: t.part,
                text: t.text.clone(),
                words: words(t.part, &t.text),
                updated_at: t.updated_at,
            })
            .collect()
    }

    /// Keeps `text` as `part` of the report of `engagement` in `language`
    /// (a shipped language), replacing what was there; an empty text
    /// removes the part. Refused whole, nothing changed, when the text is
    /// too long, a cover line is not understood, or a character cannot be
    /// printed.
    pub fn set_report_text(
        &mut self,
        engagement: RecordId,
        language: &str,
        part: ReportPart,
        text: &str,
    ) -> Result<TextSet, Error> {
        self.engagement(engagement)?;
        let language = super::framework::language(language)?.to_owned();
        check(part, text)?;
        let text = normalize(text);
        let existing = self
            .report_texts(engagement)
            .into_iter()
            .find(|(_, t)| t.language == language && t.part == part)
            .map(|(id, t)| (id, t.text == text));
        let change = match (existing, text.trim().is_empty()) {
            (None, true) | (Some((_, true)), false) => return Ok(TextSet::Unchanged),
            (Some((id, _)), true) => {
                self.commit(vec![Change::Delete(id)])?;
                return Ok(TextSet::Removed);
            }
            (existing, false) => Change::Put(
                existing.map_or_else(RecordId::random, |(id, _)| id),
                Record::ReportText(ReportText {
                    engagement,
                    language,
                    part,
                    text,
                    updated_at: now(),
                }),
            ),
        };
        self.commit(vec![change])?;
        Ok(TextSet::Saved)
    }
}

/// Words of a part's text.
pub fn words(part: ReportPart, text: &str) -> usize {
    match part {
        ReportPart::Cover => cover(text).map_or(0, |c| {
            c.organisations
                .iter()
                .chain(&c.date)
                .chain(&c.review)
                .chain(&c.annex)
                .map(|l| l.split_whitespace().count())
                .sum()
        }),
        _ => markup::words(&markup::parse(text)),
    }
}

/// A prose part as report blocks: its heading (level 1), then its own
/// headings one level down.
pub(crate) fn blocks(heading: String, text: &str) -> Vec<super::pdf::Block> {
    use super::pdf::Block;
    let mut out = vec![Block::heading(1, heading)];
    for b in markup::parse(text) {
        out.push(match b {
            MarkupBlock::Heading { level, text } => Block::heading(level + 1, text.text),
            MarkupBlock::Paragraph { text } => Block::Rich(text),
            MarkupBlock::List { numbered, items } => Block::List { numbered, items },
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cover_lines_are_read_or_refused_with_their_line() {
        let c = cover(
            "# a comment\nOrganisation: Coalition A\norganization: Network B\n\nDate: 1 December 2026\nreview: CEDAW, 95th session",
        )
        .unwrap();
        assert_eq!(c.organisations, ["Coalition A", "Network B"]);
        assert_eq!(c.date.as_deref(), Some("1 December 2026"));
        assert_eq!(c.review.as_deref(), Some("CEDAW, 95th session"));
        assert_eq!(
            cover("date: x\nauthor: me"),
            Err(EditorialError::CoverLine { line: 2 })
        );
        assert_eq!(cover("review:"), Err(EditorialError::CoverLine { line: 1 }));
        assert_eq!(
            cover("just a line"),
            Err(EditorialError::CoverLine { line: 1 })
        );
    }

    #[test]
    fn checks_refuse_what_cannot_be_printed_or_is_too_long() {
        assert!(
            check(
                ReportPart::Summary,
                "Plain *text* in English, عربي, русский."
            )
            .is_ok()
        );
        assert!(matches!(
            check(ReportPart::Summary, "a tile \u{1F004} no font has"),
            Err(Error::Pdf(_))
        ));
        assert!(matches!(
            check(ReportPart::Summary, &"x".repeat(MAX_TEXT_CHARS + 1)),
            Err(Error::Record(RecordError::TooLong { .. }))
        ));
        assert!(matches!(
            check(ReportPart::Cover, "title: no"),
            Err(Error::Editorial(EditorialError::CoverLine { line: 1 }))
        ));
    }
}
