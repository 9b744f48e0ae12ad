//! The follow-up at national scale: 10,000 official recommendations with
//! 5 history entries each. Figures, each beside its baseline from the same
//! run (medians of 5):
//! - import of the CSV (parse, checks, one sealed write) against parsing
//!   the same CSV with the `csv` crate alone (target ≤ 2×);
//! - the progress review (tracking view, document, PDF) against loading the
//!   vault (`Vault::reload`) (target ≤ 3×);
//! - the dashboard (view, synthesis, pages, folder written): time (target
//!   ≤ 2 s) and size of the folder (target ≤ 20 MB).
//!
//! `cargo bench --bench tracking` (HEARKEN_BENCH_OFFICIALS changes 10,000).

use std::time::{Duration, Instant};

use hearken::{
    coordinator::{officials, tracking::TrackInput},
    model::{EngagementInput, TrackState},
    report::{dashboard, pdf, review},
    vault::{CreateOptions, KdfParams, Vault},
};
use secrecy::SecretString;

const WORDS: [&str; 16] = [
    "ensure",
    "access",
    "rural",
    "women",
    "water",
    "health",
    "services",
    "district",
    "adopt",
    "plan",
    "budget",
    "persons",
    "disabilities",
    "land",
    "rights",
    "participation",
];

fn csv(n: usize) -> String {
    let mut out = String::from("id,mechanism,source,recommending_state,response,text,articles\n");
    for i in 0..n {
        let text: Vec<&str> = (0..30)
            .map(|w| WORDS[(i * 7 + w * 3) % WORDS.len()])
            .collect();
        if i % 3 == 0 {
            out.push_str(&format!(
                "\"CEDAW/C/ARC/CO/{} para {}\",treaty,CEDAW/C/ARC/CO/{},,,\"The Committee recommends that the State party {}.\",CEDAW art. {}\n",
                i / 100,
                i % 100,
                i / 100,
                text.join(" "),
                i % 16 + 1
            ));
        } else {
            out.push_str(&format!(
                "{}.{},upr,UPR cycle {},State {},{},\"{}.\",ICESCR art. {}\n",
                150 + i / 1000,
                i % 1000,
                i % 4 + 1,
                i % 90,
                if i % 2 == 0 { "supported" } else { "noted" },
                text.join(" "),
                i % 15 + 1
            ));
        }
    }
    out
}

fn median(mut f: impl FnMut() -> Duration) -> Duration {
    let mut d: Vec<Duration> = (0..5).map(|_| f()).collect();
    d.sort();
    d[2]
}

fn vault(dir: &std::path::Path, name: &str) -> (Vault, hearken::model::RecordId) {
    let opts = CreateOptions {
        kdf: KdfParams::FLOOR,
        erase_after: None,
    };
    let mut v = Vault::create(
        &dir.join(name),
        &SecretString::from("benchmark passphrase"),
        &opts,
    )
    .unwrap()
    .0;
    let e = v
        .add_engagement(EngagementInput {
            title: "National consultation".into(),
            languages: vec!["en".into()],
            ..Default::default()
        })
        .unwrap();
    v.identity().unwrap();
    (v, e)
}

fn main() {
    let n: usize = std::env::var("HEARKEN_BENCH_OFFICIALS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(10_000);
    let dir = tempfile::tempdir().unwrap();
    let file = csv(n);

    let parse = median(|| {
        let t = Instant::now();
        let mut reader = ::csv::Reader::from_reader(file.as_bytes());
        let mut record = ::csv::StringRecord::new();
        let mut rows = 0;
        while reader.read_record(&mut record).unwrap() {
            rows += record.len();
        }
        assert!(rows > 0);
        t.elapsed()
    });
    let mut round = 0;
    let import = median(|| {
        round += 1;
        let (mut v, e) = vault(dir.path(), &format!("import-{round}.hearken"));
        let t = Instant::now();
        let rows = officials::parse(file.as_bytes()).unwrap();
        let done = v.import_officials(e, rows, false).unwrap();
        let elapsed = t.elapsed();
        assert_eq!(done.added, n);
        elapsed
    });
    let checked = median(|| {
        let t = Instant::now();
        assert_eq!(officials::parse(file.as_bytes()).unwrap().len(), n);
        t.elapsed()
    });
    println!("(of which reading and checking the rows: {checked:?})");
    println!(
        "FIGURE tracking import {n} official recommendations: {import:?} | csv crate parse alone {parse:?} | ratio {:.2} (target ≤ 2.0)",
        import.as_secs_f64() / parse.as_secs_f64()
    );

    // One vault with 5 history entries per recommendation.
    let (mut v, e) = vault(dir.path(), "tracked.hearken");
    v.import_officials(e, officials::parse(file.as_bytes()).unwrap(), false)
        .unwrap();
    let ids: Vec<_> = v.officials(e).into_iter().map(|(id, _)| id).collect();
    let built = Instant::now();
    v.all_or_nothing(|v| {
        for (i, id) in ids.iter().enumerate() {
            for k in 0..5u32 {
                v.track(
                    *id,
                    TrackInput {
                        date: format!("2025-{:02}-{:02}", k * 2 + 1, i % 28 + 1),
                        state: Some(TrackState::ALL[(i + k as usize) % 6]),
                        evidence: format!("Report {k} of the ministry: {} posts filled", i % 50),
                        source: "Official gazette".into(),
                        body: format!("Ministry {}", i % 12),
                        next_review: None,
                    },
                )?;
            }
        }
        Ok(())
    })
    .unwrap();
    println!(
        "(built {} history entries in {:?})",
        ids.len() * 5,
        built.elapsed()
    );

    let load = median(|| {
        let t = Instant::now();
        v.reload().unwrap();
        t.elapsed()
    });
    let mut pages = 0;
    let review_time = median(|| {
        let t = Instant::now();
        let (tracking, s) = v.published(e, false).unwrap();
        let doc = review::document(&tracking, &s.evaluation, "en", &Default::default());
        pages = pdf::render(&doc).unwrap().pages;
        t.elapsed()
    });
    println!(
        "FIGURE tracking progress review ({pages} pages): {review_time:?} | vault load {load:?} | ratio {:.2} (target ≤ 3.0)",
        review_time.as_secs_f64() / load.as_secs_f64()
    );

    let out = dir.path().join("dashboard");
    let mut bytes = 0;
    let mut files = 0;
    let dash = median(|| {
        let t = Instant::now();
        let (tracking, s) = v.published(e, false).unwrap();
        let built = dashboard::build(&tracking, &s);
        hearken::files::write_folder(&out, &built, v.path(), dashboard::is_dashboard).unwrap();
        let elapsed = t.elapsed();
        bytes = built.iter().map(|(_, b)| b.len()).sum();
        files = built.len();
        elapsed
    });
    println!(
        "FIGURE tracking dashboard: {dash:?} (target ≤ 2 s) | {files} files, {:.1} MB (target ≤ 20 MB)",
        bytes as f64 / 1e6
    );
}
