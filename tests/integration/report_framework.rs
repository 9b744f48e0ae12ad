//! The framework report built from real vaults (the demo, the synthesis
//! fixture, an imported bundle), rendered, saved and read back with `qpdf`,
//! `pdftotext` and `pdfinfo`, as a coordinator's reader would. The helpers
//! here serve the summary and CLI tests too.
//! Set `HEARKEN_KEEP_PDF=<dir>` to keep the files for a look.

use std::{collections::BTreeSet, path::Path};

use hearken::{
    i18n::{Arg, Localizer},
    model::RecordId,
    report::{framework, pdf},
    synthesis::{Filters, Synthesis},
    vault::Vault,
};
use serde_json::Value;

use crate::{
    report_pdf::{assert_holds, assert_in_order, assert_words, normalized, qpdf_check, run, text},
    support::TestVault,
};

const DEMO: &str = include_str!("../../src/demo/content.json");

/// The demo in a fresh vault, its engagement and its synthesis as the
/// framework report uses it (quotes consented for sharing only).
pub(crate) fn demo() -> (TestVault, Vault, RecordId) {
    let (t, mut v, _) = TestVault::new();
    let d = hearken::demo::load(&mut v).unwrap();
    (t, v, d.engagement)
}

pub(crate) fn shared() -> Filters {
    Filters {
        shared_only: true,
        ..Default::default()
    }
}

/// Renders and saves `doc` under `dir`; returns the path and page count.
pub(crate) fn save(dir: &Path, name: &str, doc: &pdf::Document) -> (std::path::PathBuf, usize) {
    let out = pdf::render(doc).expect("renders");
    let path = dir.join(format!("{name}.pdf"));
    hearken::files::write_output(&path, &out.bytes, std::path::Path::new("no-vault")).unwrap();
    if let Some(keep) = std::env::var_os("HEARKEN_KEEP_PDF") {
        std::fs::create_dir_all(&keep).unwrap();
        std::fs::copy(&path, Path::new(&keep).join(format!("{name}.pdf"))).unwrap();
    }
    (path, out.pages)
}

/// Pages according to `pdfinfo`.
pub(crate) fn pdfinfo_pages(path: &Path) -> usize {
    let info = run("pdfinfo", &[path.to_str().unwrap()]);
    info.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("pdfinfo gives a page count")
}

/// Words of the demo's participants who withdrew consent (their quotes and
/// translations), taken from the demo's source.
pub(crate) fn withdrawn_words() -> Vec<String> {
    let content: Value = serde_json::from_str(DEMO).unwrap();
    let mut out = vec![];
    for s in content["sessions"].as_array().unwrap() {
        let gone: Vec<&str> = s["participants"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|p| p["withdraw"] == true)
            .map(|p| p["code"].as_str().unwrap())
            .collect();
        for q in s["quotes"].as_array().unwrap() {
            if q["speaker"].as_str().is_some_and(|c| gone.contains(&c)) {
                out.push(q["text"].as_str().unwrap().to_owned());
                if let Some(t) = q["translation"].as_str() {
                    out.push(t.to_owned());
                }
            }
        }
    }
    out
}

/// Quotes of the vault with identifying details neither redacted nor
/// reviewed: the export gate keeps them out of every report.
pub(crate) fn gated_words(v: &Vault) -> Vec<String> {
    let mut out = vec![];
    for (sid, _) in v.sessions(None) {
        let scanner = v.scanner(sid).unwrap();
        for (id, q) in v.quotes(Some(sid)) {
            if !v.quote_findings(id, &scanner).unwrap().is_empty() {
                out.push(q.text.clone());
            }
        }
    }
    out
}

pub(crate) fn assert_absent(all: &str, words: &[String]) {
    for w in words {
        // A distinctive stretch is enough: the first eight words.
        let head: String = normalized(w)
            .split(' ')
            .take(8)
            .collect::<Vec<_>>()
            .join(" ");
        assert!(
            !all.contains(&head),
            "withdrawn words in the report: «{head}»"
        );
    }
}

/// Lines of `pdftotext -layout` that start with a key of a people
/// breakdown: their last field is a people count, which must never be an
/// exact number below k.
fn assert_no_small_exact_people(layout: &str, s: &Synthesis) {
    let keys: BTreeSet<&str> = [
        &s.coverage.regions,
        &s.coverage.languages,
        &s.coverage.groups,
    ]
    .iter()
    .flat_map(|b| b.cells.iter().map(|c| c.key.as_str()))
    .collect();
    let mut checked = 0;
    for line in layout.lines() {
        let line = line.trim();
        let Some(key) = keys.iter().find(|k| {
            line.strip_prefix(**k)
                .is_some_and(|rest| rest.starts_with("  ") || rest.starts_with(' '))
        }) else {
            continue;
        };
        let last = line[key.len()..].split_whitespace().last().unwrap_or("");
        if let Ok(n) = last.parse::<u32>() {
            assert!(n >= s.k, "«{line}» shows {n}, below k = {}", s.k);
        }
        checked += 1;
    }
    assert!(checked > 0, "no breakdown line found");
}

#[test]
fn english_framework_report_of_the_demo_reads_back_whole_and_traceable() {
    let (_t, v, e) = demo();
    let s = Synthesis::compute(&v, e, &shared()).unwrap();
    let doc = framework::document(&s, "en", &Default::default());
    let dir = tempfile::tempdir().unwrap();
    let (path, pages) = save(dir.path(), "framework-en", &doc);
    qpdf_check(&path);
    assert_eq!(pdfinfo_pages(&path), pages);
    assert!(pages >= 10, "{pages} pages");
    let all = normalized(&text(&path, None));
    for h in [
        "What We Heard and Proposed Actions Forward",
        "Contents",
        "Methodology",
        "Participation and coverage",
        "Gaps in coverage",
        "Findings by theme",
        "Themes raised together",
        "Documented needs",
        "Recommendations",
        "By treaty obligation",
        "Annex: sessions",
    ] {
        assert_holds(&all, h);
    }
    let loc = Localizer::new("en", false);
    assert_holds(
        &all,
        &loc.format(
            "fw-reach",
            &[
                ("sessions", Arg::from(s.reach.sessions)),
                ("people", Arg::from(s.reach.participants.display(&loc))),
                ("quotes", Arg::from(s.reach.quotes)),
            ],
        ),
    );
    assert_eq!(s.reach.sessions, 4);
    // Every gap the engagement has is named.
    assert!(!s.gaps.regions.is_empty());
    for g in &s.gaps.regions {
        assert_holds(&all, &format!("Region with no session: {g}"));
    }
    // Theme counts, by quotes and by sessions, as the synthesis has them.
    let top = s.themes.iter().max_by_key(|t| t.quotes).unwrap();
    assert_holds(
        &all,
        &format!("{} quotes from {} sessions.", top.quotes, top.sessions),
    );
    // Representative quotes in their own words, each traceable to its
    // session, which the annex lists with its date.
    let latin: Vec<_> = s
        .representative
        .iter()
        .filter(|q| q.shareable && q.language != "ar")
        .collect();
    assert!(latin.len() >= 5);
    for q in &latin {
        assert_holds(&all, &q.text);
        if let Some(t) = &q.translation
            && q.language != "en"
        {
            assert_holds(&all, &format!("Translation: {t}"));
        }
        assert_holds(&all, &format!("session {}", q.session.short()));
    }
    let annex = normalized(&text(&path, Some((pages - 1, pages))));
    // Dates as the reader writes them: "21 February 2026".
    let reader = Localizer::report("en");
    for sess in &s.sessions {
        assert_holds(
            &annex,
            &format!("{} {}", sess.id.short(), reader.date(&sess.date)),
        );
    }
    assert_eq!(reader.date("2026-02-21"), "21 February 2026");
    // Every need and recommendation is in the report.
    for t in s
        .needs
        .iter()
        .map(|n| &n.text)
        .chain(s.recommendations.all.iter().map(|r| &r.text))
    {
        if t.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)) {
            // Right-to-left lines on a left-to-right page: word by word.
            assert_words(&bare(&all), &bare(t));
        } else {
            assert_holds(&all, t);
        }
    }
    // The obligations index points at the numbered recommendations.
    let layout = run("pdftotext", &["-layout", path.to_str().unwrap(), "-"]);
    for (obligation, ids) in &s.recommendations.by_reference {
        let first = s
            .recommendations
            .all
            .iter()
            .position(|r| r.id == ids[0])
            .unwrap();
        let row = layout
            .lines()
            .find(|l| l.trim_start().starts_with(obligation.as_str()) && l.contains(" R"))
            .unwrap_or_else(|| panic!("{obligation} not in the obligations index"));
        assert!(
            row.contains(&format!("R{}", first + 1)),
            "{obligation}: {row}"
        );
    }
    assert_absent(&all, &withdrawn_words());
    let gated = gated_words(&v);
    assert!(!gated.is_empty(), "the demo has quotes awaiting redaction");
    assert_absent(&all, &gated);
    assert_no_small_exact_people(&layout, &s);
}

#[test]
fn arabic_framework_report_keeps_arabic_quotes_in_logical_order() {
    let (_t, v, e) = demo();
    let s = Synthesis::compute(&v, e, &shared()).unwrap();
    let doc = framework::document(&s, "ar", &Default::default());
    assert_eq!(doc.lang, "ar");
    let dir = tempfile::tempdir().unwrap();
    let (path, _) = save(dir.path(), "framework-ar", &doc);
    qpdf_check(&path);
    let all = normalized(&text(&path, None));
    let loc = Localizer::new("ar", false);
    for id in [
        "fw-title",
        "fw-method",
        "fw-coverage",
        "fw-findings",
        "fw-needs",
        "fw-recommendations",
        "fw-annex",
    ] {
        assert_in_order(&all, &loc.text(id));
    }
    let arabic: Vec<_> = s
        .representative
        .iter()
        .filter(|q| q.shareable && q.language == "ar")
        .collect();
    assert!(!arabic.is_empty());
    for q in arabic {
        // Every word reads in logical order. pdftotext emits the runs of one
        // line in visual order, split at digits and neutral punctuation, and a line
        // break inside a sentence interleaves them with the next line's;
        // so whole-sentence order is checked on the opening run only.
        assert_words(&bare(&all), &bare(&q.text));
        let opening = q
            .text
            .split(|c: char| c.is_ascii_digit() || ".،؟!':".contains(c))
            .next()
            .unwrap();
        assert!(opening.split_whitespace().count() >= 2, "{opening}");
        assert_in_order(&bare(&all), &bare(opening));
    }
    assert_absent(&all, &withdrawn_words());
}

/// Latin text in an Arabic report (translations, needs, recommendations,
/// theme labels, "<5") is isolated: its full stop stays at its own end,
/// never at the start of the run, and "<5" keeps its order.
#[test]
fn latin_runs_in_an_arabic_report_keep_their_punctuation_at_their_end() {
    let (_t, v, e) = demo();
    let s = Synthesis::compute(&v, e, &shared()).unwrap();
    let doc = framework::document(&s, "ar", &Default::default());
    let dir = tempfile::tempdir().unwrap();
    let (path, _) = save(dir.path(), "framework-ar-latin", &doc);
    let raw = text(&path, None);
    // pdftotext writes each line in visual order: a run whose full stop
    // was set at the wrong end reads ".Latin words".
    let wrong: Vec<&str> = raw
        .lines()
        .map(str::trim)
        .filter(|l| {
            let mut c = l.chars();
            c.next() == Some('.') && c.next().is_some_and(|c| c.is_ascii_alphabetic())
        })
        .collect();
    assert!(wrong.is_empty(), "full stops at the wrong end: {wrong:?}");
    // A translated quote's English translation ends with its own stop.
    let translated = s
        .representative
        .iter()
        .find(|q| q.shareable && q.translation.as_deref().is_some_and(|t| t.ends_with('.')))
        .expect("the demo has a translated quote");
    let last = translated
        .translation
        .as_deref()
        .unwrap()
        .split_whitespace()
        .last()
        .unwrap();
    assert!(raw.contains(last), "{last}");
    // Suppressed counts read "<5", never "5<".
    assert!(raw.contains("<5") && !raw.contains("5<"), "{raw}");
}

#[test]
fn suppressed_cells_never_print_a_count_below_k() {
    let (_t, mut v, _) = TestVault::new();
    let f = crate::synthesis::build(&mut v);
    let s = Synthesis::compute(&v, f.engagement, &Filters::default()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let (path, _) = save(
        dir.path(),
        "fixture-en",
        &framework::document(&s, "en", &Default::default()),
    );
    qpdf_check(&path);
    let layout = run("pdftotext", &["-layout", path.to_str().unwrap(), "-"]);
    // North has 3 participants and youth 2: both below k = 5.
    assert!(layout.contains("<5"), "{layout}");
    assert_no_small_exact_people(&layout, &s);
    let all = normalized(&layout);
    assert_holds(&all, "Region with no session: East");
    assert_holds(&all, "Group nobody was counted in: elders");
}

/// A coordinator vault with the demo engagement, and a facilitator vault
/// holding the demo's sessions under its kit.
fn coordinator_and_facilitator() -> ((TestVault, Vault), (TestVault, Vault), RecordId) {
    let (ct, mut c, _) = TestVault::new();
    let engagement = hearken::demo::load_engagement(&mut c).unwrap();
    let kit = c.create_kit(engagement, &[]).unwrap();
    let (ft, mut f, _) = TestVault::new();
    f.import_kit(&kit).unwrap();
    hearken::demo::load_sessions(&mut f, engagement).unwrap();
    ((ct, c), (ft, f), engagement)
}

#[test]
fn quotes_of_imported_bundles_name_their_bundle_and_the_annex_the_device() {
    let ((_ct, mut c), (_ft, mut f), engagement) = coordinator_and_facilitator();
    crate::exchange::resolve_findings(&mut f);
    let bundle = f
        .export_bundle(&hearken::facilitator::ExportRequest::default())
        .unwrap();
    c.import_bundle(&bundle.bytes, "demo.hearken-bundle", true)
        .unwrap();
    let s = Synthesis::compute(&c, engagement, &shared()).unwrap();
    let origin = c.origin_of(s.sessions[0].id).expect("imported").clone();
    assert!(
        s.sessions
            .iter()
            .all(|x| x.bundle.as_ref() == Some(&origin.bundle))
    );
    let dir = tempfile::tempdir().unwrap();
    let (path, pages) = save(
        dir.path(),
        "imported-en",
        &framework::document(&s, "en", &Default::default()),
    );
    qpdf_check(&path);
    let all = normalized(&text(&path, None));
    let digest: String = origin.bundle.chars().take(12).collect();
    let q = s.representative.iter().find(|q| q.shareable).unwrap();
    assert_holds(&all, &format!("session {} ", q.session.short()));
    assert_holds(&all, &format!("bundle {digest}"));
    let annex = normalized(&text(&path, Some((pages - 1, pages))));
    assert_holds(&annex, &digest);
    assert_holds(&annex, &origin.author);
    assert!(!all.contains("recorded on this device"));
}

/// A detail the facilitator kept as written ("reviewed") passed the gate on
/// the facilitator's device; the coordinator, who has neither the session's
/// private names nor the review, does not drop the quote for it.
#[test]
fn quotes_reviewed_on_the_facilitators_device_reach_reports_and_exports() {
    let ((_ct, mut c), (_ft, mut f), engagement) = coordinator_and_facilitator();
    let ids: Vec<RecordId> = f.quotes(None).into_iter().map(|(id, _)| id).collect();
    let mut reviewed = 0;
    for id in ids {
        let scanner = f.scanner(f.quote(id).unwrap().session).unwrap();
        if !f.quote_findings(id, &scanner).unwrap().is_empty() {
            f.review_all_findings(id).unwrap();
            reviewed += 1;
        }
    }
    assert!(reviewed > 0, "the demo holds details to review");
    let bundle = f
        .export_bundle(&hearken::facilitator::ExportRequest::default())
        .unwrap();
    c.import_bundle(&bundle.bytes, "demo.hearken-bundle", true)
        .unwrap();
    let s = Synthesis::compute(&c, engagement, &Filters::default()).unwrap();
    let records = hearken::synthesis::Records::collect(&c, &s, false);
    assert_eq!(records.quotes.len(), c.quotes(None).len());
}

#[test]
fn an_engagement_without_sessions_and_a_filtered_one_still_make_valid_reports() {
    let (_t, mut v, _) = TestVault::new();
    let empty = v
        .add_engagement(hearken::model::EngagementInput {
            title: "Nothing heard yet".into(),
            regions: vec!["North".into()],
            ..Default::default()
        })
        .unwrap();
    let s = Synthesis::compute(&v, empty, &Filters::default()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    for lang in hearken::i18n::LANGUAGES {
        let (path, _) = save(
            dir.path(),
            &format!("empty-{lang}"),
            &framework::document(&s, lang, &Default::default()),
        );
        qpdf_check(&path);
    }

    let e = hearken::demo::load(&mut v).unwrap().engagement;
    let only = Filters {
        regions: vec!["Southern Coast".into()],
        shared_only: true,
        ..Default::default()
    };
    let s = Synthesis::compute(&v, e, &only).unwrap();
    assert_eq!(s.sessions.len(), 1);
    let (path, pages) = save(
        dir.path(),
        "filtered",
        &framework::document(&s, "es", &Default::default()),
    );
    qpdf_check(&path);
    let annex = normalized(&text(&path, Some((pages, pages))));
    // The cover and every page's footer say which filter made it.
    let cover = normalized(&text(&path, Some((1, 1))));
    assert!(cover.contains("Informe filtrado"), "{cover}");
    assert!(cover.contains("Southern Coast"));
    assert!(
        annex.contains("Informe filtrado"),
        "the footer of the last page"
    );
    // Language codes print as language names in the reader's language.
    let body = normalized(&text(&path, None));
    assert!(body.contains("español"), "the session's language named");
    // The whole engagement's report says nothing of the kind.
    let whole = Synthesis::compute(&v, e, &Filters::default()).unwrap();
    let (whole_path, _) = save(
        dir.path(),
        "whole",
        &framework::document(&whole, "es", &Default::default()),
    );
    assert!(!normalized(&text(&whole_path, None)).contains("Informe filtrado"));
    let all_sessions = v.sessions(Some(e));
    for (id, _) in &all_sessions {
        assert_eq!(
            annex.contains(&id.short()),
            *id == s.sessions[0].id,
            "annex and filter disagree"
        );
    }
}

/// `s` without Arabic vowel marks: pdftotext moves a word-final tanwin
/// past the punctuation that follows it ("معاً،" reads back "معا،ً").
pub(crate) fn bare(s: &str) -> String {
    s.chars()
        .filter(|c| !matches!(*c as u32, 0x064B..=0x065F | 0x0670))
        .collect()
}

#[test]
fn thousands_of_recommendations_on_one_obligation_still_fit_the_pages() {
    let (_t, mut v, e) = demo();
    let (session, _) = v.sessions(Some(e))[0];
    for n in 0..2000 {
        v.add_recommendation(
            session,
            hearken::model::RecommendationInput {
                text: format!("Recommendation number {n} on the same obligation."),
                language: "en".into(),
                themes: vec![],
                duty_bearer: "Ministry of Water".into(),
                references: vec!["ICESCR art. 11".into()],
            },
        )
        .unwrap();
    }
    let s = Synthesis::compute(&v, e, &shared()).unwrap();
    assert!(s.recommendations.by_reference["ICESCR art. 11"].len() >= 2000);
    let dir = tempfile::tempdir().unwrap();
    let (path, _) = save(
        dir.path(),
        "many-recs",
        &framework::document(&s, "en", &Default::default()),
    );
    qpdf_check(&path);
    let all = normalized(&text(&path, None));
    let last = s.recommendations.all.len();
    assert_holds(&all, &format!("R{last}"));
}

/// No word of a table's header is cut in the middle, in any language: the
/// columns are as wide as their longest word, the table's type shrinks
/// before a word would be cut.
#[test]
fn table_headers_keep_their_words_whole_in_every_language() {
    let (_t, v, e) = demo();
    let s = Synthesis::compute(&v, e, &shared()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    for lang in hearken::i18n::LANGUAGES {
        let doc = framework::document(&s, lang, &framework::Editorial::load(&v, e, lang));
        let (path, _) = save(dir.path(), &format!("headers-{lang}"), &doc);
        let all = normalized(&text(&path, None));
        // Words as letters and digits: pdftotext may move the brackets of
        // "(60+)" around in a right-to-left line, which cuts nothing.
        let bare = |w: &str| -> String { w.chars().filter(|c| c.is_alphanumeric()).collect() };
        let tokens: BTreeSet<String> = all.split_whitespace().map(bare).collect();
        let mut headers = 0;
        for b in &doc.blocks {
            let names: Vec<&str> = match b {
                pdf::Block::Table(t) => t.headers.iter().map(String::as_str).collect(),
                pdf::Block::Matrix(m) => m.columns.iter().map(String::as_str).collect(),
                _ => continue,
            };
            for h in names {
                headers += 1;
                for word in normalized(h).split_whitespace().map(bare) {
                    if !word.chars().any(char::is_alphabetic) {
                        continue;
                    }
                    assert!(
                        tokens.contains(&word),
                        "{lang}: the header word «{word}» of «{h}» is cut"
                    );
                }
            }
        }
        assert!(headers > 10, "{lang}: {headers} headers");
    }
}
