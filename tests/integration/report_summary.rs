//! The one-page "What we heard" summaries: one page in the session's
//! language, only quotes consent and the export gate allow.

use hearken::{
    Error,
    i18n::Localizer,
    model::RecordId,
    report::{ExportError, framework, pdf},
    synthesis::{Filters, Records, Synthesis},
};

use crate::{
    report_framework::{
        assert_absent, demo, gated_words, pdfinfo_pages, save, shared, withdrawn_words,
    },
    report_pdf::{assert_holds, normalized, qpdf_check, text},
    support::TestVault,
};

#[test]
fn summaries_of_the_demo_fit_one_page_in_the_session_language() {
    let (_t, v, e) = demo();
    let s = Synthesis::compute(&v, e, &Filters::default()).unwrap();
    let r = Records::collect(&v, &s, false);
    let dir = tempfile::tempdir().unwrap();
    let mut withheld = withdrawn_words();
    withheld.extend(gated_words(&v));
    for sess in &r.sessions {
        let lang = sess.languages[0].as_str();
        let doc = framework::summary(&v, &s, sess.id, None).unwrap();
        assert_eq!(doc.lang, lang);
        let (path, pages) = save(dir.path(), &format!("summary-{lang}"), &doc);
        qpdf_check(&path);
        assert_eq!(pages, 1);
        assert_eq!(pdfinfo_pages(&path), 1, "{lang}");
        let all = normalized(&text(&path, None));
        let loc = Localizer::new(lang, false);
        assert_holds(&all, &loc.text("fw-summary-discussed"));
        assert_holds(&all, &loc.text("fw-summary-words"));
        // At least one of the session's own quotes, in logical order.
        let quoted = r
            .quotes
            .iter()
            .filter(|q| q.session == sess.id && q.in_reports)
            .filter(|q| letters_in(&all, &q.text))
            .count();
        assert!(quoted >= 1, "{lang}: no quote of the session");
        assert_absent(&all, &withheld);
    }
    // Another language when asked.
    let first = &r.sessions[0];
    let doc = framework::summary(&v, &s, first.id, Some("ru")).unwrap();
    let (path, _) = save(dir.path(), "summary-ru", &doc);
    assert_eq!(pdfinfo_pages(&path), 1);
    assert_holds(
        &normalized(&text(&path, None)),
        &Localizer::new("ru", false).text("fw-summary-words"),
    );
}

fn letters_in(haystack: &str, needle: &str) -> bool {
    let keep = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_alphanumeric() || matches!(*c as u32, 0x064B..=0x065F | 0x0670))
            .collect()
    };
    keep(haystack).contains(&keep(needle))
}

#[test]
fn a_summary_prints_only_quotes_consented_for_reports_and_sharing_when_asked() {
    let (_t, mut v, _) = TestVault::new();
    let f = crate::synthesis::build(&mut v);
    let filters = shared();
    let s = Synthesis::compute(&v, f.engagement, &filters).unwrap();
    let r = Records::collect(&v, &s, true);
    let doc = framework::summary(&v, &s, f.a, Some("en")).unwrap();
    let quotes: Vec<&str> = doc
        .blocks
        .iter()
        .filter_map(|b| match b {
            pdf::Block::Quote(q) => Some(q.text.as_str()),
            _ => None,
        })
        .collect();
    // Only the first participant of session A consented to sharing (q1).
    let q1 = &r.quotes.iter().find(|q| q.id == f.quotes[0]).unwrap().text;
    assert_eq!(quotes, vec![q1.as_str()]);
    assert!(matches!(
        framework::summary(&v, &s, RecordId([7; 16]), None),
        Err(Error::Export(ExportError::Session))
    ));
    assert!(matches!(
        framework::summary(&v, &s, f.a, Some("xx")),
        Err(Error::Export(ExportError::Language { .. }))
    ));
}
