//! CSV, JSON and REFI-QDA exports: what they hold, what they never hold,
//! and the QDPX project validated against the standard's schema.

use std::{collections::HashMap, io::Read, path::Path, process::Command};

use hearken::{
    report,
    synthesis::{Filters, Records, Synthesis},
    vault::Vault,
};

use crate::{support::TestVault, synthesis::build};

fn both(v: &Vault, e: hearken::model::RecordId) -> (Synthesis, Records) {
    let s = Synthesis::compute(v, e, &Filters::default()).unwrap();
    let r = Records::collect(v, &s, false);
    (s, r)
}

#[test]
fn csv_writes_quotes_needs_and_recommendations_side_by_side() {
    let (_t, mut v, _) = TestVault::new();
    let f = build(&mut v);
    let (s, r) = both(&v, f.engagement);
    let files = report::csv::write(&s, &r).unwrap();
    let read = |bytes: &[u8], header: &[&str]| -> Vec<csv::StringRecord> {
        assert_eq!(&bytes[..3], b"\xEF\xBB\xBF");
        let text = std::str::from_utf8(&bytes[3..]).unwrap();
        assert!(!text.contains("Private Person"));
        let mut rd = csv::Reader::from_reader(text.as_bytes());
        assert_eq!(rd.headers().unwrap().iter().collect::<Vec<_>>(), header);
        rd.records().map(Result::unwrap).collect()
    };
    let quotes = read(&files.quotes, &report::csv::QUOTES_HEADER);
    let needs = read(&files.needs, &report::csv::NEEDS_HEADER);
    let recs = read(&files.recommendations, &report::csv::RECOMMENDATIONS_HEADER);
    assert_eq!(quotes.len(), 5);
    assert_eq!(recs.len(), 2);
    assert_eq!(needs.len(), s.needs.len());
    assert!(!s.needs.is_empty());
    // Each quote says whether its consent covers sharing beyond the
    // coordinator, as the records do.
    for q in &r.quotes {
        let row = quotes.iter().find(|x| x[0] == q.id.to_string()).unwrap();
        assert_eq!(&row[11], if q.shareable { "yes" } else { "no" });
    }
    assert!(r.quotes.iter().any(|q| q.shareable) && r.quotes.iter().any(|q| !q.shareable));
    let q2 = quotes
        .iter()
        .find(|x| x[0] == f.quotes[1].to_string())
        .unwrap();
    assert_eq!(&q2[1], f.a.to_string());
    assert_eq!(&q2[2], "2026-03-01");
    assert_eq!(&q2[3], "North");
    assert_eq!(&q2[7], "WAT;WAT-Q");
    let rec = recs.iter().find(|x| &x[3] == "South").unwrap();
    assert_eq!(&rec[9], "CEDAW art. 14;ICESCR art. 11");
    // Saved beside each other, named after the quotes file.
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("heard.csv");
    files.save(&out, std::path::Path::new("no-vault")).unwrap();
    for name in ["heard.csv", "heard-needs.csv", "heard-recommendations.csv"] {
        assert!(dir.path().join(name).exists(), "{name}");
    }
}

#[test]
fn json_holds_synthesis_and_records_without_names() {
    let (_t, mut v, _) = TestVault::new();
    let f = build(&mut v);
    let (s, r) = both(&v, f.engagement);
    let bytes = report::json::write(&s, &r).unwrap();
    let text = String::from_utf8(bytes).unwrap();
    assert!(!text.contains("Private Person"));
    assert!(!text.contains("privateNames") && !text.contains("private_names"));
    let j: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(j["records"]["quotes"].as_array().unwrap().len(), 5);
    assert_eq!(j["records"]["participants"].as_array().unwrap().len(), 9);
    assert_eq!(j["synthesis"]["reach"]["sessions"], 2);
}

pub(crate) fn unzip(bytes: &[u8]) -> HashMap<String, Vec<u8>> {
    let mut z = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    (0..z.len())
        .map(|i| {
            let mut f = z.by_index(i).unwrap();
            let mut b = vec![];
            f.read_to_end(&mut b).unwrap();
            (f.name().unwrap().to_string(), b)
        })
        .collect()
}

/// A `.qdpx` whose `project.qde` is valid against the standard's schema
/// (`xmllint`, from libxml2-utils).
pub(crate) fn assert_schema_valid(qdpx: &[u8]) {
    let files = unzip(qdpx);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("project.qde");
    std::fs::write(&path, &files["project.qde"]).unwrap();
    let xsd = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/refi-qda/Project.xsd");
    let out = Command::new("xmllint")
        .args(["--noout", "--schema"])
        .arg(&xsd)
        .arg(&path)
        .output()
        .expect("xmllint (libxml2-utils) is installed");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// An attribute's value in a start tag cut after its element name.
fn attr(tag: &str, name: &str) -> String {
    let tag = format!(" {tag}");
    let key = format!(" {name}=\"");
    let at = tag.find(&key).unwrap() + key.len();
    tag[at..at + tag[at..].find('"').unwrap()].to_owned()
}

#[test]
fn qdpx_of_the_demo_is_valid_and_positions_point_at_quotes() {
    let (_t, mut v, _) = TestVault::new();
    let demo = hearken::demo::load(&mut v).unwrap();
    let (s, r) = both(&v, demo.engagement);
    let bytes = report::qdpx::write(&s, &r).unwrap();
    assert_eq!(bytes, report::qdpx::write(&s, &r).unwrap(), "deterministic");
    assert_schema_valid(&bytes);
    let files = unzip(&bytes);
    let qde = files.get("project.qde").expect("project.qde");

    let xml = std::str::from_utf8(qde).unwrap();
    let texts: HashMap<&str, Vec<char>> = files
        .iter()
        .filter(|(n, _)| n.starts_with("sources/"))
        .map(|(n, b)| {
            (
                n.as_str(),
                std::str::from_utf8(b).unwrap().chars().collect(),
            )
        })
        .collect();
    // One source per speaker of each session.
    let speakers: std::collections::HashSet<_> = r
        .quotes
        .iter()
        .map(|q| (q.session, q.speaker.clone()))
        .collect();
    assert_eq!(texts.len(), speakers.len());
    let quote_text: HashMap<String, &str> = r
        .quotes
        .iter()
        .map(|q| (report::qdpx::guid("selection", &q.id), q.text.as_str()))
        .collect();
    let mut checked = 0;
    for source in xml.split("<TextSource ").skip(1) {
        let head = &source[..source.find('>').unwrap()];
        let file = attr(head, "plainTextPath").replace("internal://", "sources/");
        let chars = &texts[file.as_str()];
        for sel in source.split("<PlainTextSelection ").skip(1) {
            let tag = &sel[..sel.find('>').unwrap()];
            let (a, b): (usize, usize) = (
                attr(tag, "startPosition").parse().unwrap(),
                attr(tag, "endPosition").parse().unwrap(),
            );
            let got: String = chars[a..b].iter().collect();
            assert_eq!(got, quote_text[&attr(tag, "guid")]);
            checked += 1;
        }
    }
    // Every quote but those still holding an unresolved identifying detail:
    // exports leave the vault through the same gate as reports.
    let cleared = v
        .quotes(None)
        .into_iter()
        .filter(|(id, q)| {
            let scanner = v.scanner(q.session).unwrap();
            v.quote_findings(*id, &scanner).unwrap().is_empty()
        })
        .count();
    assert!(cleared < demo.quotes, "the demo holds quotes to gate");
    assert_eq!(checked, cleared);
    assert_eq!(r.quotes.len(), cleared);
    assert!(!xml.contains("<Codes/>") && !xml.contains("<Cases>\n  </Cases>"));
}

#[test]
fn report_cli_writes_files_atomically() {
    let c = crate::cli::Cli::init();
    c.ok(&["demo"]);
    for fmt in ["csv", "json", "qdpx"] {
        let out = c.dir.path().join(format!("out.{fmt}"));
        c.ok(&["report", "--format", fmt, "--out", out.to_str().unwrap()]);
        assert!(std::fs::metadata(&out).unwrap().len() > 100);
        assert!(!c.dir.path().join(format!("out.{fmt}.part")).exists());
    }
    let bad = c.run(&["report", "--format", "xlsx", "--out", "x.xlsx"]);
    assert!(!bad.status.success());
    let nowhere = c.dir.path().join("missing/out.csv");
    let fail = c.run(&[
        "report",
        "--format",
        "csv",
        "--out",
        nowhere.to_str().unwrap(),
    ]);
    assert!(!fail.status.success());
    assert!(String::from_utf8_lossy(&fail.stderr).contains("could not be written"));
}

#[test]
fn shared_only_records_leave_out_quotes_not_consented_for_sharing() {
    let (_t, mut v, _) = TestVault::new();
    let f = build(&mut v);
    let s = Synthesis::compute(&v, f.engagement, &Filters::default()).unwrap();
    let r = Records::collect(&v, &s, true);
    // Only the first participant of session A consented to sharing (q1).
    assert_eq!(
        r.quotes.iter().map(|q| q.id).collect::<Vec<_>>(),
        vec![f.quotes[0]]
    );
    let p = r.participants.iter().find(|p| p.session == f.a).unwrap();
    assert!(p.scopes.contains(&"quotes_shared".to_owned()));
}

/// What leaves for sharing names only the people it quotes, and no export
/// prints a head count below k in the records it carries beside its quotes.
#[test]
fn shared_only_records_carry_only_quoted_people_and_no_small_head_counts() {
    use hearken::redact::cells::Shown;
    let (_t, mut v, _) = TestVault::new();
    let f = build(&mut v);
    let s = Synthesis::compute(&v, f.engagement, &Filters::default()).unwrap();
    let shared = Records::collect(&v, &s, true);
    let quoted: Vec<&str> = shared.quotes.iter().map(|q| q.speaker.as_str()).collect();
    assert_eq!(shared.participants.len(), 1, "{:?}", shared.participants);
    assert!(
        shared
            .participants
            .iter()
            .all(|p| quoted.contains(&p.code.as_str()))
    );
    let full = Records::collect(&v, &s, false);
    assert_eq!(full.participants.len(), 9);
    // Session A counts women 4 and youth 2, session B women 5; k = 5.
    for records in [&shared, &full] {
        for session in &records.sessions {
            for (group, shown) in &session.demographics {
                if let Shown::Exact(n) = shown {
                    assert!(*n >= u64::from(s.k), "{group}: exact {n} below k");
                }
            }
        }
        let json = String::from_utf8(hearken::report::json::write(&s, records).unwrap()).unwrap();
        assert!(
            !json.contains("\"women\",4") && !json.contains("\"youth\",2"),
            "{json}"
        );
    }
    let a = full.sessions.iter().find(|x| x.id == f.a).unwrap();
    assert!(
        a.demographics
            .iter()
            .all(|(_, c)| !matches!(c, Shown::Exact(_)))
    );
}
