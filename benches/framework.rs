//! How fast a coordinator gets the framework report of a large engagement:
//! 1,000 sessions and 100,000 quotes (20 themes, 8 regions, 5 languages).
//!
//! Two figures, measured in the same run on the same vault:
//! - load: reading and opening every sealed record after unlock
//!   (`Vault::reload`, no key derivation): the floor any report pays;
//! - report: synthesis + the framework document + the PDF.
//!
//! Targets: report ≤ 5 s and ≤ 3× load. The vault takes minutes to build
//! through the library's operations, so it is built once and kept under
//! `target/bench-data/` (delete it to rebuild). Run with
//! `nice -n 5 cargo bench --bench framework`.

use std::{
    path::{Path, PathBuf},
    time::{Duration, Instant},
};

use criterion::{Criterion, criterion_group};
use hearken::{
    model::{
        ConsentInput, ConsentMethod, EngagementInput, GroupCount, NeedInput, QuoteInput,
        RecommendationInput, RecordId, Scope, SessionInput, Speaker, ThemeInput,
    },
    report::{framework, pdf},
    synthesis::{Filters, Synthesis},
    vault::{CreateOptions, KdfParams, Vault},
};
use secrecy::SecretString;

const SESSIONS: usize = 1_000;
const QUOTES_PER_SESSION: usize = 100;
const PARTICIPANTS: usize = 12;
const REGIONS: [&str; 8] = [
    "Capital District",
    "Northern Highlands",
    "Southern Coast",
    "Eastern Oasis Belt",
    "Central Plateau",
    "Western Borderlands",
    "River Delta",
    "Island Provinces",
];
const GROUPS: [&str; 6] = [
    "women",
    "youth (18-29)",
    "persons with disabilities",
    "older persons (60+)",
    "Indigenous peoples",
    "migrants",
];
/// (language, words): what was said, in five languages.
const HEARD: [(&str, &str); 8] = [
    (
        "en",
        "We walk two hours every morning to the only water point, and in the dry season it is closed three days a week.",
    ),
    (
        "fr",
        "Le dispensaire n'ouvre que deux jours par semaine, et les médicaments manquent souvent.",
    ),
    (
        "es",
        "Mi hija usa silla de ruedas. La escuela dice que no tiene rampa ni baño adaptado.",
    ),
    (
        "ar",
        "أقرب نقطة ماء صالح للشرب تبعد عنا أكثر من ثلاثة كيلومترات ونمشي إليها كل صباح.",
    ),
    (
        "ru",
        "Нам выдают документы только на государственном языке, и мы не понимаем, что подписываем.",
    ),
    (
        "en",
        "Nobody told us about the land registration; the surveyors came when the men were at sea.",
    ),
    (
        "fr",
        "Les filles ratent l'école le matin parce qu'elles vont chercher l'eau avec leurs mères.",
    ),
    (
        "ar",
        "الكتب المدرسية مجانية على الورق فقط، وفي الواقع يدفع الأولياء ثمن الكراريس والنقل.",
    ),
];

fn pass() -> SecretString {
    SecretString::from("framework benchmark passphrase")
}

fn consent(lang: &str, shared: bool) -> ConsentInput {
    let mut scopes = vec![Scope::TakePart, Scope::QuotesInReports, Scope::Demographics];
    if shared {
        scopes.push(Scope::QuotesShared);
    }
    ConsentInput {
        scopes,
        method: ConsentMethod::Oral,
        language: lang.into(),
        text: Some("You may stop at any time.".into()),
    }
}

/// Builds the engagement through the library's operations, as facilitators'
/// bundles would have filled it.
fn build(path: &Path) -> RecordId {
    let (mut v, _) = Vault::create(
        path,
        &pass(),
        &CreateOptions {
            kdf: KdfParams::FLOOR,
            erase_after: None,
        },
    )
    .unwrap();
    let e = v
        .add_engagement(EngagementInput {
            title: "Voices for Rights: 1,000 community dialogues".into(),
            languages: ["en", "fr", "es", "ar", "ru"].map(String::from).to_vec(),
            regions: REGIONS.map(String::from).to_vec(),
            groups: GROUPS.map(String::from).to_vec(),
            k: Some(5),
            ..Default::default()
        })
        .unwrap();
    let mut themes = vec![];
    for p in 0..5 {
        let parent = v
            .add_theme(
                e,
                ThemeInput {
                    code: format!("t{p}"),
                    label: format!("Theme {p}"),
                    ..Default::default()
                },
            )
            .unwrap();
        themes.push(parent);
        for c in 0..3 {
            themes.push(
                v.add_theme(
                    e,
                    ThemeInput {
                        code: format!("t{p}.{c}"),
                        label: format!("Sub-theme {p}.{c}"),
                        parent: Some(parent),
                        ..Default::default()
                    },
                )
                .unwrap(),
            );
        }
    }
    for n in 0..SESSIONS {
        let lang = HEARD[n % HEARD.len()].0;
        let s = v
            .add_session(
                e,
                SessionInput {
                    title: format!("Dialogue {n}"),
                    date: format!("2025-{:02}-{:02}", 1 + n % 12, 1 + n % 28),
                    place: format!("Village {n}"),
                    region: REGIONS[n % 7].into(),
                    languages: vec![lang.into()],
                    demographics: GROUPS[..5]
                        .iter()
                        .enumerate()
                        .map(|(g, name)| GroupCount {
                            group: (*name).into(),
                            count: ((n + g) % 9) as u32,
                        })
                        .collect(),
                    ..Default::default()
                },
            )
            .unwrap();
        let mut codes = vec![];
        for p in 0..PARTICIPANTS {
            let (pid, code) = v.add_participant(s, None).unwrap();
            v.give_consent(pid, consent(lang, p % 2 == 0)).unwrap();
            codes.push(code);
        }
        let quotes = (0..QUOTES_PER_SESSION)
            .map(|q| {
                let (l, text) = HEARD[(n + q) % HEARD.len()];
                let t = (n * 7 + q * 3) % themes.len();
                QuoteInput {
                    speaker: Speaker::Participant(codes[q % PARTICIPANTS].clone()),
                    text: text.into(),
                    language: l.into(),
                    translation: (l != "en").then(|| HEARD[0].1.into()),
                    themes: if q % 3 == 0 {
                        vec![themes[t], themes[(t + 5) % themes.len()]]
                    } else {
                        vec![themes[t]]
                    },
                }
            })
            .collect();
        v.add_quotes(s, quotes).unwrap();
        // Needs and recommendations are the group's: its consent first.
        v.give_group_consent(s, consent(lang, true)).unwrap();
        for i in 0..4 {
            let t = themes[(n + i) % themes.len()];
            v.add_need(
                s,
                NeedInput {
                    text: format!("A water point within 500 m of every house ({i})."),
                    language: "en".into(),
                    themes: vec![t],
                },
            )
            .unwrap();
            v.add_recommendation(
                s,
                RecommendationInput {
                    text: format!("Repair and staff the clinic five days a week ({i})."),
                    language: "en".into(),
                    themes: vec![t],
                    duty_bearer: "Ministry of Health".into(),
                    references: vec![format!("ICESCR art. {}", 11 + i % 2)],
                },
            )
            .unwrap();
        }
    }
    e
}

/// The cached vault, built on first use.
fn vault() -> (Vault, RecordId) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/bench-data");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("framework-1000x100.hearken");
    let done = dir.join("framework-1000x100.done");
    if !done.exists() {
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
        }
        let t = Instant::now();
        build(&path);
        std::fs::write(&done, b"").unwrap();
        println!("FIGURE setup: vault built in {:?}", t.elapsed());
    }
    let v = Vault::unlock(&path, &pass()).unwrap();
    let e = v.engagements()[0].0;
    (v, e)
}

/// The framework report, in full or (`max_words`) as a submission.
fn report(v: &Vault, e: RecordId, max_words: Option<usize>) -> pdf::Rendered {
    let filters = Filters {
        shared_only: true,
        ..Default::default()
    };
    let s = Synthesis::compute(v, e, &filters).unwrap();
    pdf::render(&framework::with_editorial(v, &s, "en", max_words)).unwrap()
}

fn bench(c: &mut Criterion) {
    let (mut v, e) = vault();
    let quotes = v.quotes(None).len();
    assert_eq!(quotes, SESSIONS * QUOTES_PER_SESSION);
    // Where the time goes, once.
    let filters = Filters {
        shared_only: true,
        ..Default::default()
    };
    let t = Instant::now();
    let s = Synthesis::compute(&v, e, &filters).unwrap();
    let t_synthesis = t.elapsed();
    let doc = framework::document(&s, "en", &Default::default());
    let t_document = t.elapsed() - t_synthesis;
    let out = pdf::render(&doc).unwrap();
    let t_render = t.elapsed() - t_synthesis - t_document;
    println!(
        "FIGURE report: {} pages, {} KiB | synthesis {t_synthesis:?}, document {t_document:?}, render {t_render:?}",
        out.pages,
        out.bytes.len() / 1024
    );
    if std::env::var_os("HEARKEN_BENCH_PHASES_ONLY").is_some() {
        return;
    }
    let mut g = c.benchmark_group("framework_1000x100");
    g.sample_size(10);
    // The previous copy is wiped on a background thread: let it finish.
    let settle = || std::thread::sleep(Duration::from_millis(400));
    g.bench_function("load", |b| {
        b.iter_batched(
            settle,
            |_| v.reload().unwrap(),
            criterion::BatchSize::PerIteration,
        )
    });
    g.bench_function("synthesis_and_report", |b| b.iter(|| report(&v, e, None)));
    g.finish();
    let median = |f: &mut dyn FnMut()| {
        let mut d: Vec<Duration> = (0..5)
            .map(|_| {
                settle();
                let t = Instant::now();
                f();
                t.elapsed()
            })
            .collect();
        d.sort();
        d[2]
    };
    let load = median(&mut || v.reload().unwrap());
    let full = median(&mut || {
        report(&v, e, None);
    });
    println!(
        "FIGURE framework {quotes} quotes: load median {load:?} | synthesis+report median {full:?} | ratio {:.2} (targets: ≤ 5 s, ≤ 3.0)",
        full.as_secs_f64() / load.as_secs_f64()
    );
    let mut pages = 0;
    let submission = median(&mut || {
        pages = report(&v, e, Some(2815)).pages;
    });
    println!(
        "FIGURE submission (2,815 words) {quotes} quotes: {pages} pages, median {submission:?} | load {load:?} | ratio {:.2} (target: ≤ 3.0)",
        submission.as_secs_f64() / load.as_secs_f64()
    );
    // The editable report beside the PDF, from the same document.
    let doc = framework::with_editorial(&v, &s, "en", None);
    let mut bytes = 0;
    let docx = median(&mut || {
        bytes = hearken::report::docx::write(&doc).unwrap().len();
    });
    let pdf = median(&mut || {
        pdf::render(&doc).unwrap();
    });
    println!(
        "FIGURE editable report {quotes} quotes: docx median {docx:?} ({} KiB) | pdf render median {pdf:?} | ratio {:.2} (target: ≤ 1.0)",
        bytes / 1024,
        docx.as_secs_f64() / pdf.as_secs_f64()
    );
}

criterion_group!(benches, bench);

fn main() {
    benches();
    Criterion::default().configure_from_args().final_summary();
}
