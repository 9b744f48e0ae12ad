//! The framework report and the "What we heard" summaries built from real
//! vaults (the demo, the synthesis fixture), rendered, saved and read back
//! with `qpdf`, `pdftotext` and `pdfinfo`, as a coordinator's reader would.
//! Set `HEARKEN_KEEP_PDF=<dir>` to keep the files for a look.

use std::{collections::BTreeSet, path::Path, process::Command};

use hearken::{
    Error,
    i18n::{Arg, Localizer},
    model::{MergeError, RecordId},
    report::{self, ExportError, framework, pdf},
    synthesis::{Filters, Records, Synthesis},
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
fn demo() -> (TestVault, Vault, RecordId) {
    let (t, mut v, _) = TestVault::new();
    let d = hearken::demo::load(&mut v).unwrap();
    (t, v, d.engagement)
}

fn shared() -> Filters {
    Filters {
        shared_only: true,
        ..Default::default()
    }
}

/// Renders and saves `doc` under `dir`; returns the path and page count.
fn save(dir: &Path, name: &str, doc: &pdf::Document) -> (std::path::PathBuf, usize) {
    let out = pdf::render(doc).expect("renders");
    let path = dir.join(format!("{name}.pdf"));
    report::save(&path, &out.bytes).unwrap();
    if let Some(keep) = std::env::var_os("HEARKEN_KEEP_PDF") {
        std::fs::create_dir_all(&keep).unwrap();
        std::fs::copy(&path, Path::new(&keep).join(format!("{name}.pdf"))).unwrap();
    }
    (path, out.pages)
}

/// Pages according to `pdfinfo`.
fn pdfinfo_pages(path: &Path) -> usize {
    let info = run("pdfinfo", &[path.to_str().unwrap()]);
    info.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("pdfinfo gives a page count")
}

/// Words of the demo's participants who withdrew consent (their quotes and
/// translations), taken from the demo's source.
fn withdrawn_words() -> Vec<String> {
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
fn gated_words(v: &Vault) -> Vec<String> {
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

fn assert_absent(all: &str, words: &[String]) {
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
    let doc = framework::document(&s, "en");
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
    for sess in &s.sessions {
        assert_holds(&annex, &format!("{} {}", sess.id.short(), sess.date));
    }
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
    assert_absent(&all, &withdrawn_words());
    let gated = gated_words(&v);
    assert!(!gated.is_empty(), "the demo has quotes awaiting redaction");
    assert_absent(&all, &gated);
    let layout = run("pdftotext", &["-layout", path.to_str().unwrap(), "-"]);
    assert_no_small_exact_people(&layout, &s);
}

#[test]
fn arabic_framework_report_keeps_arabic_quotes_in_logical_order() {
    let (_t, v, e) = demo();
    let s = Synthesis::compute(&v, e, &shared()).unwrap();
    let doc = framework::document(&s, "ar");
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

#[test]
fn suppressed_cells_never_print_a_count_below_k() {
    let (_t, mut v, _) = TestVault::new();
    let f = crate::synthesis::build(&mut v);
    let s = Synthesis::compute(&v, f.engagement, &Filters::default()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let (path, _) = save(dir.path(), "fixture-en", &framework::document(&s, "en"));
    qpdf_check(&path);
    let layout = run("pdftotext", &["-layout", path.to_str().unwrap(), "-"]);
    // North has 3 participants and youth 2: both below k = 5.
    assert!(layout.contains("<5"), "{layout}");
    assert_no_small_exact_people(&layout, &s);
    let all = normalized(&layout);
    assert_holds(&all, "Region with no session: East");
    assert_holds(&all, "Group nobody was counted in: elders");
}

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

/// `s` without Arabic vowel marks: pdftotext moves a word-final tanwin
/// past the punctuation that follows it ("معاً،" reads back "معا،ً").
fn bare(s: &str) -> String {
    s.chars()
        .filter(|c| !matches!(*c as u32, 0x064B..=0x065F | 0x0670))
        .collect()
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

#[test]
fn merged_recommendations_show_once_with_every_source() {
    let (_t, mut v, _) = TestVault::new();
    let f = crate::synthesis::build(&mut v);
    let before = Synthesis::compute(&v, f.engagement, &Filters::default()).unwrap();
    // The fixture's two recommendations: in B [HEA] (CEDAW art. 14,
    // ICESCR art. 11) and in A, unthemed (ICESCR art. 11).
    let of = |session| {
        before
            .recommendations
            .all
            .iter()
            .find(|r| r.session == session)
            .unwrap()
            .clone()
    };
    let (in_b, in_a) = (of(f.b), of(f.a));
    v.merge_recommendations(in_b.id, in_a.id).unwrap();
    let s = Synthesis::compute(&v, f.engagement, &Filters::default()).unwrap();
    let g = &s.recommendations;
    assert_eq!(g.all.len(), 1);
    let kept = &g.all[0];
    assert_eq!(kept.id, in_b.id);
    assert_eq!(kept.merged.len(), 1);
    assert_eq!(kept.merged[0].id, in_a.id);
    assert_eq!(kept.merged[0].session, f.a);
    assert_eq!(kept.themes, vec!["HEA".to_owned()]);
    assert_eq!(
        kept.references,
        vec!["CEDAW art. 14".to_owned(), "ICESCR art. 11".to_owned()]
    );
    assert_eq!(g.by_reference["ICESCR art. 11"], vec![in_b.id]);
    assert!(g.unthemed.is_empty());
    // The report names both sessions as sources.
    let doc = framework::document(&s, "en");
    let dir = tempfile::tempdir().unwrap();
    let (path, _) = save(dir.path(), "merged", &doc);
    let all = normalized(&text(&path, None));
    assert_holds(&all, &f.a.short());
    assert_holds(&all, &f.b.short());

    // A merge is one level deep and never of a record with itself.
    let err = |e: Error| match e {
        Error::Merge(m) => m,
        other => panic!("{other:?}"),
    };
    assert_eq!(
        err(v.merge_recommendations(in_a.id, in_b.id).unwrap_err()),
        MergeError::Chain
    );
    assert_eq!(
        err(v.merge_recommendations(in_b.id, in_b.id).unwrap_err()),
        MergeError::Same
    );
    // Undone: both stand alone again, nothing lost.
    v.unmerge_recommendations(in_b.id, in_a.id).unwrap();
    let after = Synthesis::compute(&v, f.engagement, &Filters::default()).unwrap();
    assert_eq!(after.recommendations, before.recommendations);
    assert_eq!(
        err(v.unmerge_recommendations(in_b.id, in_a.id).unwrap_err()),
        MergeError::NotMerged
    );
    // Merges stay in the vault: they survive a reopen.
    v.merge_recommendations(in_b.id, in_a.id).unwrap();
    let path = _t.path.clone();
    drop(v);
    let v = Vault::unlock(&path, &crate::support::pass(crate::support::PASSPHRASE)).unwrap();
    assert_eq!(v.merges(f.engagement).len(), 1);
}

/// The CLI as a user types it, in a chosen language and system locale.
fn hearken(
    c: &crate::cli::Cli,
    lang: Option<&str>,
    env_lang: &str,
    args: &[&str],
) -> std::process::Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_hearken"));
    if let Some(l) = lang {
        cmd.args(["--lang", l]);
    }
    cmd.args(args)
        .env("HEARKEN_VAULT", &c.vault)
        .env("HEARKEN_PASSPHRASE_FILE", &c.pass_file)
        .env_remove("HEARKEN_DATA_DIR")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANGUAGE")
        .env("LANG", env_lang)
        .output()
        .unwrap()
}

#[test]
fn cli_writes_the_report_and_summaries_and_refuses_bad_input_translated() {
    let c = crate::cli::Cli::init();
    c.ok(&["demo"]);
    let out = c.dir.path().join("report.pdf");
    let done = hearken(
        &c,
        Some("ar"),
        "C",
        &["report", "--format", "pdf", "--out", out.to_str().unwrap()],
    );
    assert!(
        done.status.success(),
        "{}",
        String::from_utf8_lossy(&done.stderr)
    );
    qpdf_check(&out);
    let all = normalized(&text(&out, None));
    assert_holds(&all, &Localizer::new("ar", false).text("fw-title"));
    assert!(!c.dir.path().join("report.pdf.part").exists());

    // A summary of one session, by id prefix, in its own language.
    let sessions = c.json(&["session", "list"]);
    let arabic = sessions
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["languages"][0] == "ar")
        .expect("an Arabic session");
    let prefix = &arabic["id"].as_str().unwrap()[..8];
    let summary = c.dir.path().join("summary.pdf");
    let done = hearken(
        &c,
        None,
        "en_GB.UTF-8",
        &[
            "report",
            "--format",
            "pdf",
            "--session",
            prefix,
            "--out",
            summary.to_str().unwrap(),
        ],
    );
    assert!(
        done.status.success(),
        "{}",
        String::from_utf8_lossy(&done.stderr)
    );
    assert_eq!(pdfinfo_pages(&summary), 1);
    assert_holds(
        &normalized(&text(&summary, None)),
        &Localizer::new("ar", false).text("fw-summary-words"),
    );

    // A language Hearken does not ship: told in the system's language.
    let bad = c.dir.path().join("bad.pdf");
    let refused = hearken(
        &c,
        Some("xx"),
        "fr_FR.UTF-8",
        &["report", "--format", "pdf", "--out", bad.to_str().unwrap()],
    );
    assert_eq!(refused.status.code(), Some(1));
    let err = String::from_utf8_lossy(&refused.stderr);
    assert!(
        err.contains("Il n'existe pas de langue de rapport « xx »"),
        "{err}"
    );
    // An unknown session, in French.
    let refused = hearken(
        &c,
        Some("fr"),
        "C",
        &[
            "report",
            "--format",
            "pdf",
            "--session",
            "ffffffff",
            "--out",
            bad.to_str().unwrap(),
        ],
    );
    assert_eq!(refused.status.code(), Some(1));
    let err = String::from_utf8_lossy(&refused.stderr);
    let expected =
        Localizer::new("fr", false).error_line(&hearken::validate::RecordError::NotFound {
            kind: hearken::model::Kind::Session,
        });
    assert!(err.contains(&expected), "{err}");
    assert!(!bad.exists());
    assert_eq!(
        std::fs::read_dir(c.dir.path())
            .unwrap()
            .filter(|e| e
                .as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .starts_with("bad"))
            .count(),
        0
    );

    // Merging through the CLI changes what the report lists.
    let recs = c.json(&["recommendation", "list"]);
    let ids: Vec<&str> = recs
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    let merged = c.ok(&["recommendation", "merge", &ids[0][..8], &ids[1][..8]]);
    assert!(merged.contains(&ids[0][..8]), "{merged}");
    let json = c.json(&["synthesis"]);
    let all = json["recommendations"]["all"].as_array().unwrap();
    assert_eq!(all.len(), ids.len() - 1);
    assert_eq!(all[0]["merged"][0]["id"], ids[1]);
    c.ok(&["recommendation", "unmerge", &ids[0][..8], &ids[1][..8]]);
    let json = c.json(&["synthesis"]);
    assert_eq!(
        json["recommendations"]["all"].as_array().unwrap().len(),
        ids.len()
    );
}

#[test]
fn quotes_of_imported_bundles_name_their_bundle_and_the_annex_the_device() {
    let (_ct, mut c, _) = TestVault::new();
    let engagement = hearken::demo::load_engagement(&mut c).unwrap();
    let kit = c.create_kit(engagement, &[]).unwrap();
    let (_ft, mut f, _) = TestVault::new();
    f.import_kit(&kit).unwrap();
    hearken::demo::load_sessions(&mut f, engagement).unwrap();
    crate::exchange::resolve_findings(&mut f);
    let bundle = f
        .export_bundle(&hearken::exchange::ExportRequest::default())
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
    let (path, pages) = save(dir.path(), "imported-en", &framework::document(&s, "en"));
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
