//! The coordinator's editorial control over the framework report: texts
//! only a person can write (per language, in the documented markup), the
//! choice of quotes (pins and exclusions, never around consent), and
//! submission mode within a word budget. Real vaults, real PDFs read back
//! with `pdftotext` and `qpdf`, and the CLI as a user types it.

use hearken::{
    Error,
    model::{EditorialError, RecordId, ReportPart, Scope, Speaker, validate::RecordError},
    report::{
        ExportError,
        editorial::TextSet,
        framework::{self, Editorial},
    },
    synthesis::{Filters, Synthesis},
    vault::Vault,
};

use crate::{
    report_framework::{demo, save, shared},
    report_pdf::{assert_holds, normalized, qpdf_check, text},
};

const SUMMARY_EN: &str = "# Main messages\n\nCommunities in **every region** asked for *clean water* first.\n\n\
     - clinics are too far\n- schools lack ramps\n\n1. fund wells\n2. train staff";

#[test]
fn texts_print_in_their_own_language_with_the_cover_lines() {
    let (_t, mut v, e) = demo();
    assert_eq!(
        v.set_report_text(e, "en", ReportPart::Summary, SUMMARY_EN)
            .unwrap(),
        TextSet::Saved
    );
    v.set_report_text(
        e,
        "fr",
        ReportPart::Summary,
        "Les communautés demandent d'abord *l'eau potable*.",
    )
    .unwrap();
    v.set_report_text(
        e,
        "en",
        ReportPart::Limitations,
        "Few sessions were held in the dry season.",
    )
    .unwrap();
    v.set_report_text(
        e,
        "en",
        ReportPart::Cover,
        "organisation: Coalition for Water Rights\norganisation: Rural Women Network\n\
         review: CEDAW, 95th session\ndate: 1 December 2026",
    )
    .unwrap();
    // Same text again: nothing written.
    assert_eq!(
        v.set_report_text(e, "en", ReportPart::Summary, SUMMARY_EN)
            .unwrap(),
        TextSet::Unchanged
    );

    let s = Synthesis::compute(&v, e, &shared()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let en = framework::document(&s, "en", &Editorial::load(&v, e, "en"));
    let (path, _) = save(dir.path(), "texts-en", &en);
    qpdf_check(&path);
    let cover = normalized(&text(&path, Some((1, 1))));
    for line in [
        "Submitted by: Coalition for Water Rights; Rural Women Network",
        "For: CEDAW, 95th session",
        "Date: 1 December 2026",
    ] {
        assert_holds(&cover, line);
    }
    let all = normalized(&text(&path, None));
    for words in [
        "Executive summary",
        "Main messages",
        "Communities in every region asked for clean water first.",
        "clinics are too far",
        "1. fund wells",
        "2. train staff",
        "Limitations",
        "Few sessions were held in the dry season.",
    ] {
        assert_holds(&all, words);
    }
    // No markup is left in the print.
    assert!(!all.contains("**") && !all.contains("# Main"), "{all}");
    // The summary comes before the methodology, the limitations after the
    // recommendations.
    let at = |w: &str| all.find(w).unwrap_or_else(|| panic!("{w}"));
    assert!(at("Main messages") < at("Methodology"));
    assert!(at("Few sessions") > at("Recommendations"));

    // French: its own summary, never the English one; without a French
    // cover, the cover's names come from the English one.
    assert_eq!(
        v.set_report_text(e, "fr", ReportPart::Cover, "").unwrap(),
        TextSet::Removed
    );
    let fr = framework::document(&s, "fr", &Editorial::load(&v, e, "fr"));
    let (path, _) = save(dir.path(), "texts-fr", &fr);
    let all = normalized(&text(&path, None));
    assert_holds(&all, "Les communautés demandent d'abord l'eau potable.");
    assert_holds(&all, "Coalition for Water Rights");
    assert!(!all.contains("Main messages"), "{all}");
    assert!(!all.contains("Few sessions"), "{all}");

    // An empty text removes the part.
    assert_eq!(
        v.set_report_text(e, "en", ReportPart::Limitations, "  \n")
            .unwrap(),
        TextSet::Removed
    );
    assert!(v.report_text(e, "en", ReportPart::Limitations).is_none());
}

#[test]
fn a_refused_text_changes_nothing_and_says_why() {
    let (t, mut v, e) = demo();
    v.set_report_text(e, "en", ReportPart::Cover, "organisation: A")
        .unwrap();
    let count = |v: &Vault| v.report_texts(e).len();
    let before = count(&v);
    let refused = |v: &mut Vault, lang: &str, part, text: &str| {
        v.set_report_text(e, lang, part, text).unwrap_err()
    };
    assert!(matches!(
        refused(
            &mut v,
            "en",
            ReportPart::Cover,
            "organisation: B\nauthor: me"
        ),
        Error::Editorial(EditorialError::CoverLine { line: 2 })
    ));
    assert!(matches!(
        refused(
            &mut v,
            "en",
            ReportPart::Summary,
            "a tile \u{1F004} no font has"
        ),
        Error::Pdf(_)
    ));
    assert!(matches!(
        refused(&mut v, "xx", ReportPart::Summary, "words"),
        Error::Export(ExportError::Language { .. })
    ));
    assert!(matches!(
        refused(
            &mut v,
            "en",
            ReportPart::Summary,
            &"word ".repeat(hearken::report::editorial::MAX_TEXT_CHARS)
        ),
        Error::Record(RecordError::TooLong { .. })
    ));
    drop(v);
    let v = t.unlock();
    assert_eq!(count(&v), before, "a refused text wrote nothing");
    assert_eq!(
        v.report_text(e, "en", ReportPart::Cover).unwrap().text,
        "organisation: A"
    );
}

/// The representatives of a theme, in order.
fn shown(v: &Vault, e: RecordId, code: &str) -> Vec<RecordId> {
    Synthesis::compute(v, e, &Filters::default())
        .unwrap()
        .representative
        .iter()
        .filter(|r| r.theme == code)
        .map(|r| r.quote)
        .collect()
}

/// A theme of the demo with more quotes for reports than are shown, a
/// quote shown and one not shown.
fn crowded(v: &Vault, e: RecordId) -> (String, RecordId, RecordId, RecordId) {
    let s = Synthesis::compute(v, e, &Filters::default()).unwrap();
    // Sub-themes first: the test pins to one, then to its parent.
    let mut themes: Vec<_> = s.themes.iter().collect();
    themes.sort_by_key(|t| t.parent.is_none());
    for t in themes {
        let picked = shown(v, e, &t.code);
        let records = hearken::synthesis::Records::collect(v, &s, false);
        let theme_id = records.themes.iter().find(|x| x.code == t.code).unwrap().id;
        let candidate = records.quotes.iter().find(|q| {
            q.in_reports
                && q.speaker != "group"
                && q.themes.contains(&theme_id)
                && !picked.contains(&q.id)
        });
        if let (Some(first), Some(q)) = (picked.first(), candidate) {
            return (t.code.clone(), theme_id, *first, q.id);
        }
    }
    panic!("the demo has a theme with more quotes than are shown");
}

#[test]
fn pins_come_first_exclusions_never_and_consent_still_rules() {
    let (_t, mut v, e) = demo();
    let (code, theme, first, other) = crowded(&v, e);
    // Excluded: never shown, under any theme.
    assert!(v.exclude_quote(first).unwrap());
    assert!(!v.exclude_quote(first).unwrap(), "twice changes nothing");
    let s = Synthesis::compute(&v, e, &Filters::default()).unwrap();
    assert!(s.representative.iter().all(|r| r.quote != first));
    assert!(matches!(
        v.pin_quote(first, theme).unwrap_err(),
        Error::Editorial(EditorialError::Excluded)
    ));
    assert!(v.include_quote(first).unwrap());
    assert_eq!(shown(&v, e, &code).first(), Some(&first));

    // Pinned: shown first, kept after a reload.
    assert!(v.pin_quote(other, theme).unwrap());
    assert_eq!(shown(&v, e, &code).first(), Some(&other));
    let pinned = v.curation(e).unwrap().1.clone();
    assert_eq!(pinned.pins.len(), 1);

    // A theme the quote is not coded with, nor below: refused.
    let s = Synthesis::compute(&v, e, &Filters::default()).unwrap();
    let records = hearken::synthesis::Records::collect(&v, &s, false);
    let q = records.quotes.iter().find(|q| q.id == other).unwrap();
    let foreign = records
        .themes
        .iter()
        .find(|t| {
            !q.themes.contains(&t.id)
                && t.parent.is_none()
                && !records
                    .themes
                    .iter()
                    .any(|c| c.parent == Some(t.id) && q.themes.contains(&c.id))
        })
        .expect("a theme the quote is not under");
    assert!(matches!(
        v.pin_quote(other, foreign.id).unwrap_err(),
        Error::Editorial(EditorialError::NotUnderTheme)
    ));
    // Above a theme it is pinned to: refused, a quote is shown once along
    // a line of themes.
    let parent = records
        .themes
        .iter()
        .find(|t| t.id == theme)
        .unwrap()
        .parent;
    let parent = parent.expect("the crowded theme has a parent");
    assert!(matches!(
        v.pin_quote(other, parent).unwrap_err(),
        Error::Editorial(EditorialError::PinnedToRelated)
    ));

    // Consent narrowed after pinning, reports no longer covered: the pin
    // prints nothing, and the quote cannot be pinned again.
    let quote = v.quote(other).unwrap();
    let Speaker::Participant(code) = quote.speaker.clone() else {
        panic!("crowded() picks a participant's quote");
    };
    let (pid, _) = v.participant_by_code(quote.session, &code).unwrap();
    v.give_consent(pid, crate::support::consent(&[Scope::TakePart]))
        .unwrap();
    assert!(!shown(&v, e, &code_of(&v, theme)).contains(&other));
    assert!(v.unpin_quote(other, None).unwrap());
    assert!(matches!(
        v.pin_quote(other, theme).unwrap_err(),
        Error::Editorial(EditorialError::NotInReports)
    ));
}

fn code_of(v: &Vault, theme: RecordId) -> String {
    match v.record(theme) {
        Some(hearken::model::Record::Theme(t)) => t.code.clone(),
        _ => panic!("a theme"),
    }
}

#[test]
fn the_automatic_choice_draws_from_every_language_it_can() {
    let (_t, v, e) = demo();
    let s = Synthesis::compute(&v, e, &Filters::default()).unwrap();
    let records = hearken::synthesis::Records::collect(&v, &s, false);
    let mut checked = 0;
    for t in &records.themes {
        let languages: std::collections::BTreeSet<&str> = records
            .quotes
            .iter()
            .filter(|q| q.in_reports && q.themes.contains(&t.id))
            .map(|q| q.language.as_str())
            .collect();
        let picked: std::collections::BTreeSet<&str> = s
            .representative
            .iter()
            .filter(|r| r.theme == t.code)
            .map(|r| r.language.as_str())
            .collect();
        let n = s
            .representative
            .iter()
            .filter(|r| r.theme == t.code)
            .count();
        if languages.len() >= 2 && n >= 2 {
            assert!(picked.len() >= 2, "{}: {picked:?} of {languages:?}", t.code);
            checked += 1;
        }
    }
    assert!(
        checked > 0,
        "the demo has themes heard in several languages"
    );
}

#[test]
fn a_submission_keeps_to_its_budget_and_says_what_it_left_out() {
    let (_t, mut v, e) = demo();
    v.set_report_text(e, "en", ReportPart::Summary, SUMMARY_EN)
        .unwrap();
    v.set_report_text(
        e,
        "en",
        ReportPart::Cover,
        "organisation: Coalition\nannex: https://example.org/full-report",
    )
    .unwrap();
    let s = Synthesis::compute(&v, e, &shared()).unwrap();
    let full = framework::document(&s, "en", &Editorial::load(&v, e, "en"));
    let full_words = framework::words(&full);
    for budget in [400, 900] {
        assert!(full_words > budget, "{full_words}");
        let mut ed = Editorial::load(&v, e, "en");
        ed.max_words = Some(budget);
        let doc = framework::document(&s, "en", &ed);
        let words = framework::words(&doc);
        assert!(words <= budget, "{words} > {budget}");
        let dir = tempfile::tempdir().unwrap();
        let (path, _) = save(dir.path(), &format!("submission-{budget}"), &doc);
        qpdf_check(&path);
        let all = normalized(&text(&path, None));
        assert_holds(&all, "Main messages");
        assert_holds(&all, "What this submission leaves out");
        assert_holds(&all, "https://example.org/full-report");
        assert_holds(&all, &format!("within {budget} words"));
        assert!(!all.contains("Annex"), "no session annex in a submission");
        // What the reader counts: the words printed after the contents,
        // running footers, bullets and dashes left out.
        let pages = crate::report_framework::pdfinfo_pages(&path);
        let printed: usize = (3..=pages)
            .map(|p| {
                let page = normalized(&text(&path, Some((p, p))));
                let footer = format!("{} Page {p} of {pages}", doc.title);
                page.replace(&footer, "")
                    .split_whitespace()
                    .filter(|w| w.chars().any(char::is_alphanumeric))
                    .count()
            })
            .sum();
        assert!(printed <= budget, "{printed} printed words > {budget}");
        assert!(printed + 40 >= words, "{printed} printed, {words} counted");
    }
    // The most-supported theme is the first one kept.
    let mut ed = Editorial::load(&v, e, "en");
    ed.max_words = Some(900);
    let doc = framework::document(&s, "en", &ed);
    let best = s
        .themes
        .iter()
        .filter(|t| t.quotes > 0)
        .max_by_key(|t| (t.sessions, t.quotes, std::cmp::Reverse(&t.code)))
        .unwrap();
    assert!(
        doc.blocks.iter().any(|b| matches!(
            b,
            hearken::report::pdf::Block::Heading { level: 2, text } if *text == best.label
        )),
        "{}",
        best.label
    );
    // A budget everything fits in leaves nothing out.
    ed.max_words = Some(1_000_000);
    let doc = framework::document(&s, "en", &ed);
    assert!(doc.blocks.iter().any(|b| matches!(
        b,
        hearken::report::pdf::Block::Paragraph(p) if p.starts_with("Nothing was left out")
    )));
}

/// The CLI with `--lang` as given (the text's language for `report-text`).
fn hearken(c: &crate::cli::Cli, lang: &str, args: &[&str]) -> std::process::Output {
    crate::report_cli::hearken(c, Some(lang), "C", args)
}

#[test]
fn cli_sets_texts_curates_quotes_and_writes_a_submission() {
    let c = crate::cli::Cli::init();
    c.ok(&["demo"]);
    let summary = c.dir.path().join("summary-fr.txt");
    std::fs::write(
        &summary,
        "# Messages clés\n\nLes communautés demandent **l'eau**.\n",
    )
    .unwrap();
    let out = hearken(
        &c,
        "fr",
        &[
            "report-text",
            "set",
            "--part",
            "summary",
            summary.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", crate::cli::stderr(&out));
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(said.contains("fr") && said.contains('6'), "{said}");
    // A bad cover: refused in the asked language, with its line; nothing
    // written.
    let before = c.snapshot();
    let cover = c.dir.path().join("cover.txt");
    std::fs::write(&cover, "organisation: A\nauteur: moi\n").unwrap();
    let out = hearken(
        &c,
        "fr",
        &[
            "report-text",
            "set",
            "--part",
            "cover",
            cover.to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    let err = crate::cli::stderr(&out);
    assert!(
        err.contains('2') && !err.contains("not understood"),
        "{err}"
    );
    assert_eq!(c.snapshot(), before);
    // The same file as the English summary (the helper says --lang en).
    c.ok(&[
        "report-text",
        "set",
        "--part",
        "summary",
        summary.to_str().unwrap(),
    ]);
    // Show, in one language (the helper says --lang en) and in another.
    let en = c.json(&["report-text", "show"]);
    let en = en.as_array().unwrap();
    assert!(en.iter().all(|t| t["language"] == "en"));
    assert!(
        en.iter().any(|t| t["part"] == "summary"
            && t["text"].as_str().unwrap().starts_with("# Messages clés"))
    );
    let out = hearken(&c, "fr", &["--json", "report-text", "show"]);
    let fr: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(fr.as_array().unwrap().iter().any(|t| t["part"] == "summary"
        && t["words"] == 6
        && t["text"].as_str().unwrap().contains("**l'eau**")));

    // Pin and exclude by id prefix, and undo.
    let synthesis = c.json(&["synthesis"]);
    let rep = &synthesis["representative"][0];
    let quote = rep["quote"].as_str().unwrap();
    let theme = rep["theme"].as_str().unwrap();
    let done = c.json(&["quote", "exclude", &quote[..8]]);
    assert_eq!(done["changed"], true);
    let curated = c.json(&["quote", "curated"]);
    assert_eq!(curated["excluded"][0], quote);
    let synthesis = c.json(&["synthesis"]);
    assert!(
        synthesis["representative"]
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["quote"] != quote)
    );
    assert_eq!(c.json(&["quote", "include", &quote[..8]])["changed"], true);
    assert_eq!(
        c.json(&["quote", "pin", &quote[..8], "--theme", theme])["changed"],
        true
    );
    assert_eq!(c.json(&["quote", "curated"])["pins"][0]["theme"], theme);
    assert_eq!(c.json(&["quote", "unpin", &quote[..8]])["changed"], true);

    // The submission: its budget said back.
    let pdf = c.dir.path().join("submission.pdf");
    let said = c.ok(&[
        "report",
        "--format",
        "pdf",
        "--submission",
        "--max-words",
        "700",
        "--out",
        pdf.to_str().unwrap(),
    ]);
    assert!(said.contains("(at most 700)"), "{said}");
    let words: usize = said
        .split(": ")
        .nth(1)
        .and_then(|s| s.split(' ').next())
        .and_then(|n| n.parse().ok())
        .expect("the word count is said");
    assert!(words <= 700, "{said}");
    qpdf_check(&pdf);
    // --max-words needs --submission, and a budget too small is refused.
    let out = c.run(&[
        "report",
        "--format",
        "pdf",
        "--max-words",
        "700",
        "--out",
        pdf.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    let out = c.run(&[
        "report",
        "--format",
        "pdf",
        "--submission",
        "--max-words",
        "5",
        "--out",
        pdf.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let err = crate::cli::stderr(&out);
    assert!(err.contains("between 100 and 1000000"), "{err}");
    // A submission is a PDF.
    let csv = c.dir.path().join("x.csv");
    let out = c.run(&[
        "report",
        "--format",
        "csv",
        "--submission",
        "--max-words",
        "700",
        "--out",
        csv.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(!csv.exists());
}

#[test]
fn an_excluded_quote_is_in_no_session_summary_and_no_follow_up_output() {
    let (_t, mut v, e) = demo();
    let s = Synthesis::compute(&v, e, &Filters::default()).unwrap();
    // A quote a session summary prints.
    let (session, printed) = s
        .sessions
        .iter()
        .find_map(|x| {
            let doc = framework::summary(&v, &s, x.id, None).ok()?;
            doc.blocks.iter().find_map(|b| match b {
                hearken::report::pdf::Block::Quote(q) => Some((x.id, q.text.clone())),
                _ => None,
            })
        })
        .expect("a summary prints a quote");
    let quote = v
        .quotes(Some(session))
        .into_iter()
        .find(|(_, q)| q.text == printed)
        .unwrap()
        .0;
    // A quote the follow-up shows (progress review, dashboard, updates).
    let followed = v
        .tracking(e)
        .unwrap()
        .items
        .iter()
        .flat_map(|i| i.quotes.iter().map(|q| q.id))
        .next()
        .expect("the demo's follow-up shows a quote");
    v.exclude_quote(quote).unwrap();
    v.exclude_quote(followed).unwrap();
    let s = Synthesis::compute(&v, e, &Filters::default()).unwrap();
    let doc = framework::summary(&v, &s, session, None).unwrap();
    assert!(!doc.blocks.iter().any(|b| matches!(
        b,
        hearken::report::pdf::Block::Quote(q) if q.text == printed
    )));
    let shown: Vec<RecordId> = v
        .tracking(e)
        .unwrap()
        .items
        .iter()
        .flat_map(|i| i.quotes.iter().map(|q| q.id))
        .collect();
    assert!(!shown.contains(&followed) && !shown.contains(&quote));
}

/// The demo's theme labels, regions and groups in English and in `lang`.
fn demo_labels(lang: &str) -> Vec<(String, String, String)> {
    let rows: Vec<serde_json::Value> =
        serde_json::from_str(include_str!("../../src/demo/labels.json")).unwrap();
    let content: serde_json::Value =
        serde_json::from_str(include_str!("../../src/demo/content.json")).unwrap();
    rows.iter()
        .filter(|r| r["lang"] == lang)
        .map(|r| {
            let key = r["key"].as_str().unwrap().to_owned();
            let english = if r["kind"] == "theme" {
                content["themes"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .find(|t| t["code"] == key.as_str())
                    .unwrap()["label"]
                    .as_str()
                    .unwrap()
                    .to_owned()
            } else {
                key.clone()
            };
            (
                r["kind"].as_str().unwrap().to_owned(),
                english,
                r["label"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

#[test]
fn a_french_report_prints_the_codebook_regions_and_groups_in_french() {
    let (_t, mut v, e) = demo();
    let s = Synthesis::compute(&v, e, &shared()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let fr = framework::document(&s, "fr", &Editorial::load(&v, e, "fr"));
    let (path, _) = save(dir.path(), "labels-fr", &fr);
    let all = normalized(&text(&path, None));
    let labels = demo_labels("fr");
    // Every label the report itself prints (headings, charts, heat tables,
    // breakdowns), as opposed to participants' words and translations.
    let mut printed: Vec<String> = vec![];
    for b in &fr.blocks {
        use hearken::report::pdf::Block;
        match b {
            Block::Heading { text, .. } => printed.push(text.clone()),
            Block::BarChart(c) => printed.extend(c.bars.iter().map(|b| b.label.clone())),
            Block::Matrix(m) => {
                printed.extend(m.columns.iter().cloned());
                printed.extend(m.rows.iter().map(|(l, _)| l.clone()));
            }
            Block::Table(t) => printed.extend(t.rows.iter().map(|r| r[0].clone())),
            _ => {}
        }
    }
    let mut french_seen = 0;
    for (kind, english, french) in &labels {
        if printed.contains(french) {
            french_seen += 1;
        }
        assert!(
            english == french || !printed.contains(english),
            "{kind} «{english}» printed in English in the French report"
        );
    }
    assert!(french_seen >= 20, "{french_seen} French labels printed");
    assert!(all.contains("Eau et assainissement"), "{all}");
    // Dates as French readers write them, never as ISO dates.
    assert!(all.contains("21 février 2026"), "{all}");
    assert!(!all.contains("2026-02-21"), "{all}");
    // A missing translation falls back to the engagement's own words,
    // marked with their language.
    let water = labels
        .iter()
        .find(|(k, en, _)| k == "theme" && en == "Water and sanitation")
        .unwrap();
    let rows = vec![(
        1,
        hearken::coordinator::labels::LabelRow {
            kind: "theme".into(),
            key: "water".into(),
            lang: "fr".into(),
            label: String::new(),
            description: String::new(),
        },
    )];
    let done = v.import_labels(e, &rows).unwrap();
    assert_eq!(done.removed, 1);
    let fr = framework::document(&s, "fr", &Editorial::load(&v, e, "fr"));
    let (path, _) = save(dir.path(), "labels-fr-missing", &fr);
    let all = normalized(&text(&path, None));
    assert!(all.contains("Water and sanitation (anglais)"), "{all}");
    assert!(!all.contains(water.2.as_str()));
    assert_eq!(v.missing_labels(e).unwrap().len(), 1);
}

#[test]
fn a_labels_file_is_taken_whole_or_refused_with_its_line() {
    use hearken::coordinator::labels::{LabelsError, parse_csv};
    let (_t, mut v, e) = demo();
    let before = v.labels(e).unwrap().1.clone();
    let refused = |v: &mut Vault, csv: &str| {
        let rows = parse_csv(csv.as_bytes());
        match rows {
            Err(err) => Error::from(err),
            Ok(rows) => v.import_labels(e, &rows).unwrap_err(),
        }
    };
    let head = "kind,key,lang,label,description\n";
    for (csv, expected) in [
        (
            format!("{head}theme,water,fr,Eau,\ntheme,nope,fr,X,\n"),
            LabelsError::Field {
                line: 3,
                field: "key",
            },
        ),
        (
            format!("{head}region,Southern Coast,xx,Côte,\n"),
            LabelsError::Field {
                line: 2,
                field: "lang",
            },
        ),
        (
            format!("{head}region,Southern Coast,en,Coast,\n"),
            LabelsError::Field {
                line: 2,
                field: "lang",
            },
        ),
        (
            format!("{head}group,women,fr,Femmes,a description\n"),
            LabelsError::Field {
                line: 2,
                field: "description",
            },
        ),
        (
            format!("{head}planet,water,fr,Eau,\n"),
            LabelsError::Field {
                line: 2,
                field: "kind",
            },
        ),
        (
            format!("{head}theme,water,fr,Eau,\ntheme,water,fr,Eaux,\n"),
            LabelsError::Duplicate { line: 3 },
        ),
        ("kind,key,lang\n".to_owned(), LabelsError::Header),
        (
            format!("{head}theme,water,fr\n"),
            LabelsError::BadLine { line: 2 },
        ),
    ] {
        match refused(&mut v, &csv) {
            Error::Labels(got) => assert_eq!(got, expected, "{csv}"),
            other => panic!("{csv}: {other:?}"),
        }
    }
    assert_eq!(v.labels(e).unwrap().1, &before, "nothing changed");
    // The same file twice: the second changes nothing.
    let rows = parse_csv(format!("{head}theme,water,fr,L'eau,Desc\n").as_bytes()).unwrap();
    assert_eq!(v.import_labels(e, &rows).unwrap().changed, 1);
    let again = v.import_labels(e, &rows).unwrap();
    assert_eq!((again.changed, again.unchanged), (0, 1));
}

#[test]
fn a_kit_carries_the_labels_to_the_facilitator() {
    let (_ct, mut coordinator, e) = demo();
    let kit = coordinator.create_kit(e, &[]).unwrap();
    let (_ft, mut facilitator, _) = crate::support::TestVault::new();
    let done = facilitator.import_kit(&kit).unwrap();
    assert_eq!(done.engagement, e);
    let sent = coordinator.labels(e).unwrap().1.entries.clone();
    assert_eq!(facilitator.labels(e).unwrap().1.entries, sent);
    let loc = hearken::i18n::Localizer::new("ar", false);
    let book = facilitator.label_book(e, "ar");
    let (_, english, arabic) = demo_labels("ar")
        .into_iter()
        .find(|(k, _, _)| k == "region")
        .unwrap();
    assert_eq!(book.region(&english, &loc), arabic);
}

#[test]
fn a_sessions_region_and_groups_come_from_the_engagements_lists() {
    use hearken::model::{GroupCount, SessionInput};
    let (_t, mut v, e) = demo();
    let input = |region: &str, groups: &[&str]| SessionInput {
        date: "2026-06-01".into(),
        place: "Hall".into(),
        region: region.into(),
        languages: vec!["en".into()],
        demographics: groups
            .iter()
            .map(|g| GroupCount {
                group: (*g).into(),
                count: 3,
            })
            .collect(),
        ..Default::default()
    };
    let before = v.sessions(Some(e)).len();
    for (region, groups, field) in [
        ("Atlantis", &["women"][..], "region"),
        ("Southern Coast", &["aliens"][..], "group"),
    ] {
        match v.add_session(e, input(region, groups)).unwrap_err() {
            Error::Record(RecordError::NotListed { field: f }) => assert_eq!(f, field),
            other => panic!("{other:?}"),
        }
    }
    assert!(matches!(
        v.add_session(e, input("Southern Coast", &["women", "Women "]))
            .unwrap_err(),
        Error::Record(RecordError::Duplicate { field: "group" })
    ));
    assert_eq!(v.sessions(Some(e)).len(), before, "nothing was added");
    // Typed with other case and spaces: kept as the list spells it.
    let id = v
        .add_session(e, input("  southern   COAST", &["WOMEN"]))
        .unwrap();
    let s = v.session(id).unwrap();
    assert_eq!(s.region, "Southern Coast");
    assert_eq!(s.demographics[0].group, "women");
}

#[test]
fn near_duplicate_recommendations_are_suggested_and_merged_in_bulk() {
    use hearken::model::{MergeError, RecommendationInput};
    let (_t, mut v, _) = crate::support::TestVault::new();
    let (e, s) = crate::support::session(&mut v);
    v.give_group_consent(s, crate::support::consent(crate::support::QUOTE_SCOPES))
        .unwrap();
    let add = |v: &mut Vault, text: &str, lang: &str| {
        v.add_recommendation(
            s,
            RecommendationInput {
                text: text.into(),
                language: lang.into(),
                themes: vec![],
                duty_bearer: String::new(),
                references: vec![],
            },
        )
        .unwrap()
    };
    let a = add(
        &mut v,
        "Build a ramp at the entrance of the health centre.",
        "en",
    );
    let b = add(
        &mut v,
        "Build ramps at the entrance of the health centre and the school.",
        "en",
    );
    let c = add(&mut v, "Hire interpreters at the district hospital.", "en");
    let d = add(
        &mut v,
        "Build a ramp at the entrance of the health centre.",
        "fr",
    );
    let list = v.merge_suggestions(e, 0.5);
    assert_eq!(list.len(), 1, "{list:?}");
    assert_eq!((list[0].kept, list[0].merged), (a, b));
    assert!(list[0].similarity >= 0.5 && list[0].similarity <= 1.0);
    // Another language is never compared (recommendations carry no
    // translation); an unrelated one is not suggested.
    assert!(
        list.iter()
            .all(|x| ![c, d].contains(&x.merged) && ![c, d].contains(&x.kept))
    );
    // All or nothing: a batch with one refused pair writes nothing.
    let refused = v.merge_many(&[(a, c), (c, b)]).unwrap_err();
    assert!(
        matches!(refused, Error::Merge(MergeError::Chain)),
        "{refused:?}"
    );
    assert!(v.merges(e).is_empty());
    assert_eq!(v.merge_many(&[(a, b), (a, c)]).unwrap().len(), 2);
    assert_eq!(v.merges(e).len(), 2);
    // Merged ones are not suggested again.
    assert!(
        v.merge_suggestions(e, 0.1)
            .iter()
            .all(|x| x.merged != b && x.merged != c)
    );
}

/// The editable report: a .docx that LibreOffice opens and converts, with
/// the same words as the PDF, in English and in Arabic.
#[test]
fn the_editable_report_opens_in_libreoffice_with_the_reports_words() {
    let (_t, v, e) = demo();
    let s = Synthesis::compute(&v, e, &shared()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    for lang in ["en", "ar"] {
        let doc = framework::document(&s, lang, &Editorial::load(&v, e, lang));
        let bytes = hearken::report::docx::write(&doc).unwrap();
        let path = dir.path().join(format!("report-{lang}.docx"));
        std::fs::write(&path, &bytes).unwrap();
        let files = crate::export::unzip(&bytes);
        let body = String::from_utf8(files["word/document.xml"].clone()).unwrap();
        assert!(
            body.contains("Heading1") && body.contains("<w:tbl>"),
            "headings and tables"
        );
        // The bar charts as pictures, PNG.
        let pictures: Vec<&String> = files
            .keys()
            .filter(|k| k.starts_with("word/media/") && !k.ends_with('/'))
            .collect();
        assert!(!pictures.is_empty(), "no picture in {:?}", files.keys());
        for p in pictures {
            assert!(files[p].starts_with(b"\x89PNG"), "{p}");
        }
        if lang == "ar" {
            assert!(
                body.contains("<w:bidi"),
                "Arabic paragraphs run right to left"
            );
        }
        let out = std::process::Command::new("soffice")
            .args([
                "--headless",
                "--norestore",
                "--convert-to",
                "pdf",
                "--outdir",
            ])
            .arg(dir.path())
            .arg(&path)
            .env("HOME", dir.path())
            .output()
            .expect("soffice runs (scripts/deps.sh installs libreoffice-writer)");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let pdf = dir.path().join(format!("report-{lang}.pdf"));
        let all = normalized(&text(&pdf, None));
        let loc = hearken::i18n::Localizer::new(lang, false);
        // Word by word: LibreOffice's PDF of Arabic breaks lines where it
        // will, and sets harakat apart.
        let bare = crate::report_framework::bare;
        let said = |needle: &str| crate::report_pdf::assert_words(&bare(&all), &bare(needle));
        said(&loc.text("fw-title"));
        // The coordinator's summary and a theme heading, as in the PDF.
        let heading = doc
            .blocks
            .iter()
            .find_map(|b| match b {
                hearken::report::pdf::Block::Heading { level: 2, text } => Some(text.clone()),
                _ => None,
            })
            .unwrap();
        said(&heading);
        if lang == "en" {
            assert_holds(&all, "What communities told us");
        }
    }
}

/// A control character a slide can carry (a vertical tab) makes no invalid
/// XML in the editable report; it reads as a space, as in the PDF.
#[test]
fn the_editable_report_holds_valid_xml_whatever_was_typed() {
    let mut doc = hearken::report::pdf::Document::report("en", "T\u{b}itle");
    doc.push(hearken::report::pdf::Block::paragraph(
        "a\u{b}b\u{1}c\u{FFFF}",
    ));
    let bytes = hearken::report::docx::write(&doc).unwrap();
    let files = crate::export::unzip(&bytes);
    let body = String::from_utf8(files["word/document.xml"].clone()).unwrap();
    roxmltree::Document::parse(&body).expect("well-formed XML");
    assert!(body.contains("a b c "), "{body}");
}

/// Translations are found whatever the region part of a language tag.
#[test]
fn labels_match_the_language_whatever_its_region() {
    let (_t, mut v, _) = crate::support::TestVault::new();
    let e = v
        .add_engagement(hearken::model::EngagementInput {
            title: "Tags".into(),
            languages: vec!["en-GB".into(), "fr-CA".into()],
            regions: vec!["North".into()],
            ..Default::default()
        })
        .unwrap();
    let rows = vec![(
        1,
        hearken::coordinator::labels::LabelRow {
            kind: "region".into(),
            key: "North".into(),
            lang: "fr-CA".into(),
            label: "Nord".into(),
            description: String::new(),
        },
    )];
    v.import_labels(e, &rows).unwrap();
    let fr = hearken::i18n::Localizer::report("fr");
    let en = hearken::i18n::Localizer::report("en");
    assert_eq!(v.label_book(e, "fr").region("North", &fr), "Nord");
    assert_eq!(v.label_book(e, "en").region("North", &en), "North");
}

/// The CSV export's three files replace what was there together or not at
/// all.
#[test]
fn the_three_csv_files_are_written_together_or_not_at_all() {
    let (_t, v, e) = demo();
    let s = Synthesis::compute(&v, e, &Filters::default()).unwrap();
    let files =
        hearken::report::csv::write(&s, &hearken::synthesis::Records::collect(&v, &s, false))
            .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("heard.csv");
    std::fs::write(&out, "an earlier export").unwrap();
    // The third file cannot be written: a folder has its name.
    std::fs::create_dir(dir.path().join("heard-recommendations.csv")).unwrap();
    assert!(files.save(&out, std::path::Path::new("no-vault")).is_err());
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "an earlier export");
    assert!(!dir.path().join("heard-needs.csv").exists());
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("part"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

/// Exports and the synthesis speak the language asked for: theme labels
/// translated, theme codes unchanged.
#[test]
fn exports_give_theme_labels_in_the_language_asked_for() {
    let c = crate::cli::Cli::init();
    c.ok(&["demo"]);
    let out = c.dir.path().join("heard.json");
    let done = hearken(
        &c,
        "fr",
        &["report", "--format", "json", "--out", out.to_str().unwrap()],
    );
    assert!(done.status.success(), "{}", crate::cli::stderr(&done));
    let j: serde_json::Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    let water = j["synthesis"]["themes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["code"] == "water")
        .unwrap();
    assert_eq!(water["label"], "Eau et assainissement");
    let record = j["records"]["themes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["code"] == "water")
        .unwrap();
    assert_eq!(record["label"], "Eau et assainissement");
    let en = c.json(&["synthesis"]);
    let water = en["themes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["code"] == "water")
        .unwrap();
    assert_eq!(water["label"], "Water and sanitation");
}
