//! Precision and recall of the scanner on the labelled corpus in
//! `tests/fixtures/redact/` (see its README for the labelling rules).
//!
//! A labelled span counts as found when findings of the same kind cover all
//! of its letters and digits (a finding may be wider, e.g. include an Arabic
//! clitic). A finding counts as right when at least half of its letters and
//! digits lie in labelled spans of its kind. Run with `--nocapture` to see
//! the table; the test fails below the thresholds the issue sets.

use std::collections::BTreeMap;

use hearken::redact::{Finding, FindingKind, Scanner};
use serde::Deserialize;

#[derive(Deserialize)]
struct Session {
    names: Vec<String>,
    places: Vec<String>,
}

#[derive(Deserialize)]
struct Span {
    kind: FindingKind,
    start: usize,
    end: usize,
    text: String,
}

#[derive(Deserialize)]
struct Sentence {
    id: String,
    lang: String,
    text: String,
    spans: Vec<Span>,
}

fn fixture(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/redact")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn load() -> (BTreeMap<String, Session>, Vec<Sentence>) {
    let sessions: BTreeMap<String, Session> =
        serde_json::from_str(&fixture("sessions.json")).expect("sessions.json");
    let corpus = fixture("corpus.jsonl")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad corpus line {l}: {e}")))
        .collect();
    (sessions, corpus)
}

#[derive(Default)]
struct Tally {
    expected: usize,
    found: usize,
    predicted: usize,
    right: usize,
}

fn alnum_positions(chars: &[char], start: usize, end: usize) -> impl Iterator<Item = usize> + '_ {
    (start..end).filter(move |&i| chars[i].is_alphanumeric())
}

#[test]
fn corpus_is_large_varied_and_consistent() {
    let (sessions, corpus) = load();
    assert!(corpus.len() >= 300, "{} sentences", corpus.len());
    for lang in ["en", "fr", "es", "ar", "ru"] {
        let n = corpus.iter().filter(|s| s.lang == lang).count();
        assert!(n >= 50, "{lang}: {n} sentences");
        assert!(sessions.contains_key(lang), "no session lists for {lang}");
    }
    let negatives = corpus.iter().filter(|s| s.spans.is_empty()).count();
    assert!(
        negatives >= 60,
        "only {negatives} sentences without findings"
    );
    let mut ids = std::collections::BTreeSet::new();
    for s in &corpus {
        assert!(ids.insert(&s.id), "duplicate id {}", s.id);
        let chars: Vec<char> = s.text.chars().collect();
        for sp in &s.spans {
            assert!(
                sp.start < sp.end && sp.end <= chars.len(),
                "{}: span out of range",
                s.id
            );
            let got: String = chars[sp.start..sp.end].iter().collect();
            assert_eq!(
                got, sp.text,
                "{}: offsets do not match the labelled text",
                s.id
            );
        }
    }
}

#[test]
fn scanner_meets_the_recall_and_precision_bar_on_the_corpus() {
    let (sessions, corpus) = load();
    let scanners: BTreeMap<&str, Scanner> = sessions
        .iter()
        .map(|(lang, s)| {
            (
                lang.as_str(),
                Scanner::new(&s.names, &s.places).expect("lists compile"),
            )
        })
        .collect();
    let mut tally: BTreeMap<FindingKind, Tally> = FindingKind::ALL
        .iter()
        .map(|k| (*k, Tally::default()))
        .collect();
    let mut misses = Vec::new();
    let mut false_alarms = Vec::new();
    let mut exact_bounds = 0;
    for s in &corpus {
        let chars: Vec<char> = s.text.chars().collect();
        let found: Vec<Finding> = scanners[s.lang.as_str()].scan(&s.text);
        let slice = |a: usize, b: usize| chars[a..b].iter().collect::<String>();
        for sp in &s.spans {
            let t = tally.get_mut(&sp.kind).unwrap();
            t.expected += 1;
            let same: Vec<&Finding> = found.iter().filter(|f| f.kind == sp.kind).collect();
            let covered = alnum_positions(&chars, sp.start, sp.end)
                .all(|i| same.iter().any(|f| f.start <= i && i < f.end));
            if covered {
                t.found += 1;
                exact_bounds +=
                    same.iter().any(|f| f.start == sp.start && f.end == sp.end) as usize;
            } else {
                misses.push(format!("{} {:?} «{}»", s.id, sp.kind, sp.text));
            }
        }
        for f in &found {
            let t = tally.get_mut(&f.kind).unwrap();
            t.predicted += 1;
            let inside = |i: &usize| {
                s.spans
                    .iter()
                    .any(|sp| sp.kind == f.kind && sp.start <= *i && *i < sp.end)
            };
            let total = alnum_positions(&chars, f.start, f.end).count();
            let hits = alnum_positions(&chars, f.start, f.end)
                .filter(inside)
                .count();
            if total > 0 && hits * 2 >= total {
                t.right += 1;
            } else {
                false_alarms.push(format!("{} {:?} «{}»", s.id, f.kind, slice(f.start, f.end)));
            }
        }
    }
    let ratio = |a: usize, b: usize| if b == 0 { 1.0 } else { a as f64 / b as f64 };
    println!(
        "\n{:<14} {:>8} {:>6} {:>7} {:>9} {:>6} {:>9}",
        "kind", "labelled", "found", "recall", "findings", "right", "precision"
    );
    let (mut predicted, mut right, mut expected, mut found) = (0, 0, 0, 0);
    for (kind, t) in &tally {
        println!(
            "{:<14} {:>8} {:>6} {:>7.3} {:>9} {:>6} {:>9.3}",
            kind.as_str(),
            t.expected,
            t.found,
            ratio(t.found, t.expected),
            t.predicted,
            t.right,
            ratio(t.right, t.predicted)
        );
        predicted += t.predicted;
        right += t.right;
        expected += t.expected;
        found += t.found;
    }
    let precision = ratio(right, predicted);
    println!(
        "{:<14} {:>8} {:>6} {:>7.3} {:>9} {:>6} {:>9.3}",
        "all",
        expected,
        found,
        ratio(found, expected),
        predicted,
        right,
        precision
    );
    println!("found spans with exactly the labelled bounds: {exact_bounds} of {found}");
    println!("missed ({}):\n  {}", misses.len(), misses.join("\n  "));
    println!(
        "false alarms ({}):\n  {}",
        false_alarms.len(),
        false_alarms.join("\n  ")
    );

    let mut failures = Vec::new();
    for (kinds, bar) in [
        (
            &[
                FindingKind::Email,
                FindingKind::Phone,
                FindingKind::Url,
                FindingKind::Handle,
                FindingKind::Gps,
            ][..],
            0.98,
        ),
        (&[FindingKind::Name, FindingKind::Place][..], 0.95),
    ] {
        for kind in kinds {
            let t = &tally[kind];
            let r = ratio(t.found, t.expected);
            if r < bar {
                failures.push(format!(
                    "recall of {} is {r:.3}, below {bar}",
                    kind.as_str()
                ));
            }
        }
    }
    if precision < 0.90 {
        failures.push(format!("overall precision is {precision:.3}, below 0.90"));
    }
    assert!(failures.is_empty(), "{}", failures.join("; "));
}
