//! Bundle figures, each beside its baseline from the same run:
//! - export of one 100-quote session (consent and anonymization checks,
//!   serialization, signature, encryption);
//! - import of 1,000 bundles of 100 quotes each (from 10 devices) into an
//!   empty coordinator vault from files (as `hearken import` reads them),
//!   against a bare loop that age-decrypts each
//!   bundle, verifies an Ed25519 signature over it and INSERTs its bytes in
//!   one transaction per bundle, with the vault's pragmas.
//!
//! `cargo bench --bench exchange` (HEARKEN_BENCH_BUNDLES changes the 1,000).

use std::{
    io::Read,
    time::{Duration, Instant},
};

use criterion::{Criterion, criterion_group};
use ed25519_dalek::{Signer, Verifier};
use hearken::{
    coordinator::ImportOutcome,
    facilitator::ExportRequest,
    model::{ConsentInput, ConsentMethod, QuoteInput, Scope, SessionInput, Speaker},
    vault::{CreateOptions, KdfParams, Vault},
};
use secrecy::{ExposeSecret, SecretString};

fn pass() -> SecretString {
    SecretString::from("benchmark passphrase")
}

fn vault(dir: &std::path::Path, name: &str) -> Vault {
    let opts = CreateOptions {
        kdf: KdfParams::FLOOR,
        erase_after: None,
    };
    Vault::create(&dir.join(name), &pass(), &opts).unwrap().0
}

/// Adds a session of 100 quotes by one consenting participant.
fn session_of_100(
    v: &mut Vault,
    engagement: hearken::model::RecordId,
    n: usize,
) -> hearken::model::RecordId {
    let s = v
        .add_session(
            engagement,
            SessionInput {
                date: "2026-01-01".into(),
                place: format!("Village {n}"),
                ..Default::default()
            },
        )
        .unwrap();
    let (p, _) = v.add_participant(s, None).unwrap();
    v.give_consent(
        p,
        ConsentInput {
            scopes: vec![Scope::TakePart, Scope::QuotesInReports],
            method: ConsentMethod::Oral,
            language: "en".into(),
            text: Some("Consent text.".into()),
        },
    )
    .unwrap();
    let quotes = (0..100)
        .map(|i| QuoteInput {
            speaker: Speaker::Participant("P1".into()),
            text: format!(
                "Quote {i} of session {n}: the well dries up in March and we buy water at 5 times the price."
            ),
            language: "en".into(),
            translation: None,
            themes: vec![],
        })
        .collect();
    v.add_quotes(s, quotes).unwrap();
    s
}

fn bench(c: &mut Criterion) {
    let total: usize = std::env::var("HEARKEN_BENCH_BUNDLES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1000);
    let devices = 10;
    let dir = tempfile::tempdir().unwrap();
    let mut coordinator = vault(dir.path(), "coordinator.hearken");
    let engagement = hearken::demo::load_engagement(&mut coordinator).unwrap();
    let kit = coordinator.create_kit(engagement, &[]).unwrap();
    let coordinator_path = coordinator.path().to_path_buf();
    let age_identity = coordinator.identity().unwrap().age;
    coordinator.lock();

    // Export of one 100-quote session.
    let mut f = vault(dir.path(), "export.hearken");
    f.import_kit(&kit).unwrap();
    let s = session_of_100(&mut f, engagement, 0);
    let request = ExportRequest {
        sessions: vec![s],
        ..ExportRequest::default()
    };
    let mut g = c.benchmark_group("export");
    g.bench_function("one_session_100_quotes", |b| {
        b.iter(|| f.export_bundle(&request).unwrap())
    });
    g.finish();

    // 1,000 bundles from 10 devices.
    let t = Instant::now();
    let mut bundles = Vec::with_capacity(total);
    for d in 0..devices {
        let mut f = vault(dir.path(), &format!("device-{d}.hearken"));
        f.import_kit(&kit).unwrap();
        for n in 0..total / devices {
            let s = session_of_100(&mut f, engagement, n);
            bundles.push(
                f.export_bundle(&ExportRequest {
                    sessions: vec![s],
                    ..ExportRequest::default()
                })
                .unwrap()
                .bytes,
            );
        }
    }
    println!(
        "FIGURE setup: {} bundles made in {:?}",
        bundles.len(),
        t.elapsed()
    );

    // The import reads files, as `hearken import` does.
    let files: Vec<std::path::PathBuf> = bundles
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let path = dir.path().join(format!("{i}.hearken-bundle"));
            std::fs::write(&path, b).unwrap();
            path
        })
        .collect();
    let import_all = || {
        let copy = dir.path().join("import-run.hearken");
        let _ = std::fs::remove_file(&copy);
        std::fs::copy(&coordinator_path, &copy).unwrap();
        let mut v = Vault::unlock(&copy, &pass()).unwrap();
        let t = Instant::now();
        v.import_files(
            &files,
            true,
            &hearken::progress::Progress::NONE,
            |_, r| match r.unwrap() {
                ImportOutcome::Imported(_) => {}
                other => panic!("{other:?}"),
            },
        )
        .unwrap();
        let took = t.elapsed();
        assert_eq!(v.quotes(None).len(), bundles.len() * 100);
        took
    };

    // Bare loop: decrypt, verify a signature, insert, commit.
    let signing = ed25519_dalek::SigningKey::from_bytes(&[7u8; 32]);
    let signatures: Vec<_> = bundles.iter().map(|b| signing.sign(b)).collect();
    let verifying = signing.verifying_key();
    let age_secret = age_identity.to_secret();
    let age_id: age::x25519::Identity = age_secret.expose_secret().parse().unwrap();
    let bare = || {
        let path = dir.path().join("bare.db");
        let _ = std::fs::remove_file(&path);
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(
            "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA secure_delete = ON;
             CREATE TABLE blobs (id INTEGER PRIMARY KEY, body BLOB NOT NULL);",
        )
        .unwrap();
        let t = Instant::now();
        for (b, sig) in bundles.iter().zip(&signatures) {
            let decryptor = age::Decryptor::new(&b[..]).unwrap();
            let mut plain = vec![];
            decryptor
                .decrypt(std::iter::once(&age_id as &dyn age::Identity))
                .unwrap()
                .read_to_end(&mut plain)
                .unwrap();
            verifying.verify(b, sig).unwrap();
            let tx = conn.unchecked_transaction().unwrap();
            tx.execute("INSERT INTO blobs (body) VALUES (?1)", [&plain])
                .unwrap();
            tx.commit().unwrap();
        }
        t.elapsed()
    };
    let median = |f: &dyn Fn() -> Duration| {
        let mut d: Vec<Duration> = (0..3).map(|_| f()).collect();
        d.sort();
        d[1]
    };
    let ours = median(&import_all);
    let base = median(&bare);
    println!(
        "FIGURE import {} bundles x 100 quotes: hearken {:?} | bare decrypt+verify+insert {:?} | hearken throughput {:.0}% of bare",
        bundles.len(),
        ours,
        base,
        100.0 * base.as_secs_f64() / ours.as_secs_f64()
    );
}

criterion_group!(benches, bench);

fn main() {
    benches();
    Criterion::default().configure_from_args().final_summary();
}
