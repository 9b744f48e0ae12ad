//! The one-page "What we heard" summary of a session, given back to the
//! community it was held with: the themes they raised, a few of their own
//! words, the needs and recommendations they voiced.
//!
//! It must fit one page, so lists are cut deliberately: it is laid out
//! with the most generous budget first and each smaller one in turn until
//! the engine accepts it on one page ([`Document::summary`] refuses a
//! second page). Quotes are never cut mid-sentence (a person's words are
//! printed whole or not at all); long notes of needs and recommendations
//! are shortened with an ellipsis, and the summary says how many more the
//! full report lists.

use std::collections::{BTreeMap, HashMap};

use crate::{
    Error,
    i18n::{Arg, Localizer},
    model::{RecordId, Session, Speaker},
    redact::cells::Shown,
    report::{
        ExportError,
        pdf::{self, Block, Document, KeyFigure, PdfError, QuoteBlock},
    },
    synthesis::{Gate, Permissions, Synthesis},
    vault::Vault,
};

/// Quotes longer than this are not offered: a page holds few of them.
const QUOTE_MAX_CHARS: usize = 320;
/// Notes of needs and recommendations are shortened past this.
const NOTE_MAX_CHARS: usize = 180;

/// How much of each list one attempt prints.
#[derive(Clone, Copy)]
struct Budget {
    themes: usize,
    quotes: usize,
    needs: usize,
    recommendations: usize,
}

const BUDGETS: [Budget; 5] = [
    Budget {
        themes: 5,
        quotes: 3,
        needs: 4,
        recommendations: 4,
    },
    Budget {
        themes: 4,
        quotes: 2,
        needs: 3,
        recommendations: 3,
    },
    Budget {
        themes: 3,
        quotes: 2,
        needs: 2,
        recommendations: 2,
    },
    Budget {
        themes: 3,
        quotes: 1,
        needs: 1,
        recommendations: 1,
    },
    Budget {
        themes: 2,
        quotes: 0,
        needs: 0,
        recommendations: 0,
    },
];

/// A quote the summary may print.
struct Words {
    text: String,
    language: String,
    translation: Option<String>,
    speaker: Speaker,
}

/// What the session said, gathered once, printed under each budget.
struct Heard<'a> {
    session: &'a Session,
    /// The session's region in the summary's language.
    region: String,
    participants: Shown,
    quotes: usize,
    /// Theme labels, most frequent first.
    themes: Vec<String>,
    /// Quotes that may be printed, one per theme first.
    words: Vec<Words>,
    needs: Vec<String>,
    recommendations: Vec<String>,
}

/// The "What we heard" summary of `session` in `lang`, or in the session's
/// first language when `lang` is `None`. It prints only quotes whose
/// speaker's consent covers reports (and sharing, when the synthesis was
/// computed with [`crate::synthesis::Filters::shared_only`]) and that pass
/// the export gate (no unresolved identifying detail). The session must be
/// one the synthesis covers.
pub fn summary(
    vault: &Vault,
    synthesis: &Synthesis,
    session: RecordId,
    lang: Option<&str>,
) -> Result<Document, Error> {
    if !synthesis.sessions.iter().any(|s| s.id == session) {
        return Err(ExportError::Session.into());
    }
    let s = vault.session(session)?;
    let lang = match lang {
        Some(l) => super::language(l)?,
        None => s
            .languages
            .iter()
            .find_map(|l| super::language(l).ok())
            .unwrap_or("en"),
    };
    let loc = Localizer::report(lang);
    let heard = gather(vault, synthesis, session, s, &loc);
    let mut refused = None;
    for budget in BUDGETS {
        let doc = compose(&loc, synthesis, &heard, budget);
        match pdf::render(&doc) {
            Ok(_) => return Ok(doc),
            Err(e @ PdfError::TooManyPages { .. }) => refused = Some(e),
            Err(e) => return Err(e.into()),
        }
    }
    Err(refused
        .unwrap_or(PdfError::TooManyPages { pages: 2, limit: 1 })
        .into())
}

/// Quotes printed at most: the largest budget.
const WORDS_WANTED: usize = BUDGETS[0].quotes;

fn gather<'a>(
    vault: &Vault,
    synthesis: &Synthesis,
    id: RecordId,
    s: &'a Session,
    loc: &Localizer,
) -> Heard<'a> {
    let book = vault.label_book(s.engagement, loc.lang());
    let people = vault.participants(id).len() as u64;
    let k = u64::from(synthesis.k);
    let participants = if people >= k {
        Shown::Exact(people)
    } else {
        Shown::Below(k)
    };
    let label: HashMap<RecordId, String> = vault
        .themes(s.engagement)
        .into_iter()
        .map(|(tid, t)| {
            let l = if t.label.trim().is_empty() {
                t.code.clone()
            } else {
                book.theme(&t.code, &t.label, loc)
            };
            (tid, l)
        })
        .collect();
    let quotes = vault.quotes(Some(id));
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for (_, q) in &quotes {
        for t in &q.themes {
            if let Some(l) = label.get(t) {
                *counts.entry(l.as_str()).or_default() += 1;
            }
        }
    }
    let mut themes: Vec<(&str, usize)> = counts.into_iter().collect();
    themes.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let mut permissions = Permissions::new(vault, id);
    let mut gate = Gate::new(vault);
    let excluded = vault.excluded_quotes(synthesis.engagement);
    let printable: Vec<_> = quotes
        .iter()
        .filter(|(qid, q)| {
            permissions
                .of(&q.speaker)
                .allows(synthesis.filters.shared_only)
                && !excluded.contains(qid)
                && q.text.chars().count() <= QUOTE_MAX_CHARS
        })
        .collect();
    // One quote per theme, most frequent theme first, then the rest; each
    // through the gate, and only as many as a page may hold.
    let mut chosen: Vec<RecordId> = vec![];
    let by_theme = themes.iter().filter_map(|(l, _)| {
        printable.iter().find(|(qid, q)| {
            !chosen.contains(qid)
                && q.themes
                    .iter()
                    .any(|t| label.get(t).map(String::as_str) == Some(l))
        })
    });
    let order: Vec<_> = by_theme.chain(printable.iter()).collect();
    let mut words = vec![];
    for (qid, q) in order {
        if words.len() == WORDS_WANTED {
            break;
        }
        if chosen.contains(qid) || !gate.clear(*qid, id) {
            continue;
        }
        chosen.push(*qid);
        words.push(Words {
            text: q.text.clone(),
            language: q.language.clone(),
            translation: q.translation.clone(),
            speaker: q.speaker.clone(),
        });
    }
    let mut recommendations = vec![];
    for r in &synthesis.recommendations.all {
        if r.session == id {
            recommendations.push(shorten(&r.text));
        }
        for m in r.merged.iter().filter(|m| m.session == id) {
            recommendations.push(shorten(&m.text));
        }
    }
    Heard {
        session: s,
        region: book.region(&s.region, loc),
        participants,
        quotes: quotes.len(),
        themes: themes.into_iter().map(|(l, _)| l.to_owned()).collect(),
        words,
        needs: synthesis
            .needs
            .iter()
            .filter(|n| n.session == id)
            .map(|n| shorten(&n.text))
            .collect(),
        recommendations,
    }
}

/// `text`, cut at a word boundary with an ellipsis past [`NOTE_MAX_CHARS`].
fn shorten(text: &str) -> String {
    if text.chars().count() <= NOTE_MAX_CHARS {
        return text.to_owned();
    }
    let cut: String = text.chars().take(NOTE_MAX_CHARS).collect();
    let at = cut.rfind(' ').unwrap_or(cut.len());
    format!("{}…", cut[..at].trim_end_matches([',', ';', ':', '،', ' ']))
}

fn compose(loc: &Localizer, synthesis: &Synthesis, h: &Heard, b: Budget) -> Document {
    let s = h.session;
    let mut doc = Document::summary(
        loc.lang(),
        loc.format("fw-summary-title", &[("place", s.place.as_str().into())]),
    )
    .subtitle(&synthesis.title)
    .byline(loc.format(
        "fw-summary-byline",
        &[
            ("date", loc.date(&s.date).into()),
            ("place", s.place.as_str().into()),
            ("region", h.region.as_str().into()),
        ],
    ));
    doc.push(Block::KeyFigures(vec![
        KeyFigure::new(h.participants.display(loc), loc.text("fw-fig-participants")),
        KeyFigure::new(loc.count(h.quotes), loc.text("fw-fig-quotes")),
    ]));
    if !h.themes.is_empty() {
        doc.push(Block::heading(2, loc.text("fw-summary-discussed")));
        doc.push(Block::bullets(
            h.themes.iter().take(b.themes).cloned().collect(),
        ));
    }
    doc.push(Block::heading(2, loc.text("fw-summary-words")));
    if h.words.is_empty() || b.quotes == 0 {
        doc.push(Block::paragraph(loc.text("fw-summary-no-quotes")));
    }
    for q in h.words.iter().take(b.quotes) {
        let speaker = match &q.speaker {
            Speaker::Group => loc.text("fw-speaker-group"),
            Speaker::Participant(code) => code.clone(),
        };
        doc.push(Block::Quote(QuoteBlock {
            text: q.text.clone(),
            translation: q.translation.clone().filter(|_| q.language != loc.lang()),
            attribution: speaker,
        }));
    }
    let mut left_out = 0;
    for (title, list, n) in [
        ("fw-summary-needs", &h.needs, b.needs),
        (
            "fw-summary-recommendations",
            &h.recommendations,
            b.recommendations,
        ),
    ] {
        if list.is_empty() || n == 0 {
            left_out += list.len();
            continue;
        }
        doc.push(Block::heading(2, loc.text(title)));
        doc.push(Block::bullets(list.iter().take(n).cloned().collect()));
        left_out += list.len().saturating_sub(n);
    }
    if left_out > 0 {
        doc.push(Block::paragraph(
            loc.format("fw-summary-more", &[("n", Arg::from(left_out))]),
        ));
    }
    doc.push(Block::paragraph(loc.format(
        "fw-summary-next",
        &[("engagement", synthesis.title.as_str().into())],
    )));
    doc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_notes_are_cut_at_a_word_with_an_ellipsis_and_short_ones_kept() {
        assert_eq!(shorten("A well."), "A well.");
        let long = "word ".repeat(60);
        let cut = shorten(&long);
        assert!(cut.ends_with('…'));
        assert!(cut.chars().count() <= NOTE_MAX_CHARS + 1);
        assert!(cut.trim_end_matches('…').ends_with("word"));
        let arabic = "نحتاج إلى مياه نظيفة، ".repeat(20);
        let cut = shorten(&arabic);
        assert!(cut.ends_with('…') && !cut.contains("،…"), "{cut}");
    }
}
