//! The framework report, "What We Heard and Proposed Actions Forward", and
//! the one-page "What we heard" summary a facilitator takes back to a
//! community: a [`Synthesis`] (and, for a summary, its
//! [`Records`](crate::synthesis::Records)) poured into a
//! [`pdf::Document`](super::pdf::Document) in any shipped language.
//!
//! What it guarantees:
//! - Every word it adds comes from `locales/<lang>/framework.ftl`; Arabic
//!   documents are mirrored by the engine.
//! - Counts of people are printed as the synthesis protected them
//!   ([`Shown`]): a suppressed cell reads "<k" or "x" and its bar has no
//!   length, so no count below k can be read off a chart either.
//! - A quote is printed only when its speaker's consent covers reports, and
//!   in the framework report (which goes to treaty bodies) only when it
//!   also covers sharing beyond the coordinator. Each names its session and
//!   bundle, which the annex lists, so every word is traceable.
//! - Lists are bounded where a reader would drown (co-occurring pairs), but
//!   no need or recommendation is left out of the framework report.

mod sections;
mod submission;
mod summary;

use std::collections::HashMap;

pub use super::editorial::Editorial;
pub use summary::summary;

use super::{
    ExportError,
    pdf::{Block, Document},
};
use crate::{
    coordinator::labels::LabelBook,
    i18n::{Arg, LANGUAGES, Localizer},
    model::{RecordId, ReportPart},
    redact::cells::Shown,
    synthesis::{RecommendationEntry, SessionRef, Synthesis},
};

/// The shipped language `lang` names (`"fr"`, `"fr-CA"`), or an error: a
/// report is never silently written in another language than asked.
pub fn language(lang: &str) -> Result<&'static str, ExportError> {
    let primary = lang
        .split(['-', '_', '.'])
        .next()
        .unwrap_or(lang)
        .to_ascii_lowercase();
    LANGUAGES
        .iter()
        .find(|l| **l == primary)
        .copied()
        .ok_or_else(|| ExportError::Language {
            lang: lang.chars().take(16).collect(),
        })
}

/// The framework report of `synthesis` in `lang` (negotiated: an unknown
/// language gives English; check it first with [`language`]), with the
/// coordinator's texts, in full or (with [`Editorial::max_words`]) as a
/// submission within a word budget.
pub fn document(synthesis: &Synthesis, lang: &str, editorial: &Editorial) -> Document {
    let loc = Localizer::report(lang);
    let ctx = Context::new(&loc, synthesis, &editorial.labels);
    let mut doc = Document::report(loc.lang(), loc.text("fw-title")).subtitle(&synthesis.title);
    let cover = &editorial.cover;
    if !cover.organisations.is_empty() {
        doc = doc.byline(loc.format(
            "fw-cover-organisations",
            &[("list", Arg::from(cover.organisations.join("; ")))],
        ));
    }
    if let Some(review) = &cover.review {
        doc = doc.byline(loc.format("fw-cover-review", &[("review", Arg::from(review.as_str()))]));
    }
    if let Some(date) = &cover.date {
        doc = doc.byline(loc.format("fw-cover-date", &[("date", Arg::from(date.as_str()))]));
    }
    if let Some((from, to)) = ctx.period() {
        doc = doc.byline(loc.format("fw-period", &[("from", from.into()), ("to", to.into())]));
    }
    doc = doc.byline(loc.format(
        "fw-reach",
        &[
            ("sessions", Arg::from(synthesis.reach.sessions)),
            (
                "people",
                Arg::from(ctx.people(&synthesis.reach.participants)),
            ),
            ("quotes", Arg::from(synthesis.reach.quotes)),
        ],
    ));
    if let Some(filtered) = ctx.filtered() {
        doc.footer = Some(format!("{} · {filtered}", doc.title));
        doc = doc.byline(filtered);
    }
    if let Some(max) = editorial.max_words {
        doc = doc.byline(loc.format("fw-submission-cover", &[("max", Arg::from(max))]));
    }
    doc.push(Block::TableOfContents).push(Block::PageBreak);
    let body = doc.blocks.len();
    prose(&ctx, &mut doc, editorial, ReportPart::Summary);
    prose(&ctx, &mut doc, editorial, ReportPart::Context);
    match editorial.max_words {
        Some(max) => submission::body(&ctx, &mut doc, editorial, body, max),
        None => {
            sections::methodology(&ctx, &mut doc);
            sections::coverage(&ctx, &mut doc);
            sections::findings(&ctx, &mut doc);
            sections::needs(&ctx, &mut doc);
            sections::recommendations(&ctx, &mut doc);
            prose(&ctx, &mut doc, editorial, ReportPart::Limitations);
            prose(&ctx, &mut doc, editorial, ReportPart::Acknowledgements);
            sections::annex(&ctx, &mut doc);
        }
    }
    doc
}

/// The framework report of `synthesis` in `lang` with everything the
/// coordinator added to its engagement (texts, labels), in full or, with
/// `max_words`, as a submission: what the CLI and the app print.
pub fn with_editorial(
    vault: &crate::vault::Vault,
    synthesis: &Synthesis,
    lang: &str,
    max_words: Option<usize>,
) -> Document {
    let mut editorial = Editorial::load(vault, synthesis.engagement, lang);
    editorial.max_words = max_words;
    document(synthesis, lang, &editorial)
}

/// Words of the report's body (after the contents): what a submission's
/// budget counts.
pub fn words(doc: &Document) -> usize {
    let loc = Localizer::report(&doc.lang);
    let start = doc
        .blocks
        .iter()
        .position(|b| *b == Block::TableOfContents)
        .map_or(0, |i| i + 1);
    doc.blocks[start..].iter().map(|b| b.words(&loc)).sum()
}

/// The least and most words a submission may be asked to keep to.
pub const SUBMISSION_WORDS: std::ops::RangeInclusive<u32> = 100..=1_000_000;

/// A submission's word budget as asked (CLI, app), or why it is refused.
pub fn budget(max_words: u32) -> Result<usize, crate::Error> {
    if SUBMISSION_WORDS.contains(&max_words) {
        Ok(max_words as usize)
    } else {
        Err(crate::model::validate::RecordError::OutOfRange {
            field: "max_words",
            min: *SUBMISSION_WORDS.start() as usize,
            max: *SUBMISSION_WORDS.end() as usize,
        }
        .into())
    }
}

/// One of the coordinator's prose parts, under its own heading, if written.
fn prose(ctx: &Context, doc: &mut Document, editorial: &Editorial, part: ReportPart) {
    if let Some(text) = editorial.parts.get(&part).filter(|t| !t.trim().is_empty()) {
        let heading = ctx.t(&format!("fw-part-{}", part.name()));
        doc.blocks.extend(super::editorial::blocks(heading, text));
    }
}

/// Renders `doc` and writes it to `path` whole or not at all, never over
/// the vault at `vault` (through [`crate::files::write_output`], like every
/// output); nothing is written when rendering fails. Returns the number of
/// pages.
pub fn write(
    doc: &Document,
    path: &std::path::Path,
    vault: &std::path::Path,
) -> Result<usize, crate::Error> {
    let rendered = super::pdf::render(doc)?;
    crate::files::write_output(path, &rendered.bytes, vault)?;
    Ok(rendered.pages)
}

/// What every section needs: the words, the synthesis and quick look-ups.
pub(super) struct Context<'a> {
    loc: &'a Localizer,
    synthesis: &'a Synthesis,
    labels: &'a LabelBook,
    sessions: HashMap<RecordId, &'a SessionRef>,
    theme_labels: HashMap<&'a str, &'a str>,
}

impl<'a> Context<'a> {
    fn new(loc: &'a Localizer, synthesis: &'a Synthesis, labels: &'a LabelBook) -> Self {
        Context {
            loc,
            synthesis,
            labels,
            sessions: synthesis.sessions.iter().map(|s| (s.id, s)).collect(),
            theme_labels: synthesis
                .themes
                .iter()
                .map(|t| (t.code.as_str(), t.label.as_str()))
                .collect(),
        }
    }

    fn t(&self, id: &str) -> String {
        self.loc.text(id)
    }

    /// A language code as the reader's language names it (`fr` is
    /// "French" in English, « français » in French), or the code itself
    /// for a language Hearken has no name for.
    fn language(&self, code: &str) -> String {
        let id = format!("language-{code}");
        if self.loc.has(&id) {
            self.loc.text(&id)
        } else {
            code.to_owned()
        }
    }

    /// A breakdown's key as printed: language codes as language names,
    /// regions and groups in the reader's language.
    fn key(&self, breakdown: &str, key: &str) -> String {
        if breakdown.contains("language") {
            self.language(key)
        } else if breakdown.contains("region") {
            self.region(key)
        } else if breakdown.contains("group") {
            self.group(key)
        } else {
            key.to_owned()
        }
    }

    fn region(&self, name: &str) -> String {
        self.labels.region(name, self.loc)
    }

    fn group(&self, name: &str) -> String {
        self.labels.group(name, self.loc)
    }

    /// Which filter made the report, in words; `None` for the whole
    /// engagement (quotes restricted to shareable ones are not a filter of
    /// who is counted).
    fn filtered(&self) -> Option<String> {
        let f = &self.synthesis.filters;
        let mut parts = vec![];
        for (id, list) in [
            ("fw-filter-regions", &f.regions),
            ("fw-filter-languages", &f.languages),
            ("fw-filter-groups", &f.groups),
        ] {
            if !list.is_empty() {
                let shown: Vec<String> = list.iter().map(|k| self.key(id, k)).collect();
                parts.push(
                    self.loc
                        .format(id, &[("list", Arg::from(shown.join(", ")))]),
                );
            }
        }
        if f.date_from.is_some() || f.date_to.is_some() {
            parts.push(self.loc.format(
                "fw-filter-dates",
                &[
                    ("from", Arg::from(f.date_from.as_deref().unwrap_or("…"))),
                    ("to", Arg::from(f.date_to.as_deref().unwrap_or("…"))),
                ],
            ));
        }
        (!parts.is_empty()).then(|| {
            self.loc
                .format("fw-filtered", &[("filters", Arg::from(parts.join("; ")))])
        })
    }

    /// First and last session date, as the reader writes dates.
    fn period(&self) -> Option<(String, String)> {
        let from = self.synthesis.sessions.iter().map(|s| &s.date).min()?;
        let to = self.synthesis.sessions.iter().map(|s| &s.date).max()?;
        Some((self.loc.date(from), self.loc.date(to)))
    }

    /// A protected count as printed.
    fn people(&self, shown: &Shown) -> String {
        shown.display(self.loc)
    }

    /// A theme's label in the reader's language (its code when the
    /// codebook has no label).
    fn theme(&self, code: &str) -> String {
        match self.theme_labels.get(code) {
            Some(label) if !label.trim().is_empty() => self.labels.theme(code, label, self.loc),
            _ => code.to_owned(),
        }
    }

    /// How a session is named in attributions and the annex: the first
    /// eight hex digits of its id (unique enough to find it with the CLI).
    fn session_name(id: RecordId) -> String {
        id.short()
    }

    /// "P3 · session 1a2b3c4d (2026-03-01, Eastgate) · bundle 9f8e7d6c5b4a".
    fn attribution(&self, speaker: &str, session: RecordId, bundle: Option<&str>) -> String {
        let speaker = if speaker == "group" {
            self.t("fw-speaker-group")
        } else {
            speaker.to_owned()
        };
        let s = self.sessions.get(&session);
        let mut args = vec![
            ("speaker", Arg::from(speaker)),
            ("session", Arg::from(Self::session_name(session))),
            (
                "date",
                Arg::from(s.map_or(String::new(), |s| self.loc.date(&s.date))),
            ),
            ("place", Arg::from(s.map_or("", |s| s.place.as_str()))),
        ];
        match bundle {
            Some(b) => {
                args.push(("bundle", Arg::from(bundle_name(b))));
                self.loc.format("fw-attribution", &args)
            }
            None => self.loc.format("fw-attribution-local", &args),
        }
    }
}

impl Context<'_> {
    /// "1a2b3c4d · 9f8e7d6c5b4a": the session and bundle a record came in.
    fn source(&self, session: crate::model::RecordId, bundle: Option<&str>) -> String {
        let name = Self::session_name(session);
        match bundle {
            Some(b) => format!("{name} · {}", bundle_name(b)),
            None => format!("{name} · {}", self.t("fw-local")),
        }
    }

    fn sources(&self, r: &RecommendationEntry) -> String {
        std::iter::once(self.source(r.session, r.bundle.as_deref()))
            .chain(
                r.merged
                    .iter()
                    .map(|m| self.source(m.session, m.bundle.as_deref())),
            )
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// The kept words, then the merged ones, each on its own line.
    fn recommendation_text(r: &RecommendationEntry) -> String {
        std::iter::once(r.text.as_str())
            .chain(r.merged.iter().map(|m| m.text.as_str()))
            .collect::<Vec<_>>()
            .join("\n= ")
    }
}

/// A bundle as named in reports: the first twelve hex digits of its
/// manifest digest.
fn bundle_name(digest: &str) -> String {
    digest.chars().take(12).collect()
}

/// The bar length for a protected count: none unless the count is shown,
/// so a suppressed value cannot be measured off the chart.
fn bar_value(shown: &Shown) -> f64 {
    match shown {
        Shown::Exact(n) => *n as f64,
        Shown::Below(_) | Shown::Withheld => 0.0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn report_languages_are_the_shipped_ones_and_nothing_else() {
        assert_eq!(language("fr-CA").unwrap(), "fr");
        assert_eq!(language("AR").unwrap(), "ar");
        assert_eq!(language("ru_RU.UTF-8").unwrap(), "ru");
        for bad in ["xx", "", "zh", "english"] {
            assert!(
                matches!(language(bad), Err(ExportError::Language { .. })),
                "{bad}"
            );
        }
        // What the error carries is bounded.
        let long = "x".repeat(400);
        let Err(ExportError::Language { lang }) = language(&long) else {
            panic!("accepted");
        };
        assert_eq!(lang.len(), 16);
    }

    #[test]
    fn suppressed_counts_draw_no_bar() {
        assert_eq!(bar_value(&Shown::Exact(12)), 12.0);
        assert_eq!(bar_value(&Shown::Below(5)), 0.0);
        assert_eq!(bar_value(&Shown::Withheld), 0.0);
    }
}
