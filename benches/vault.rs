//! Vault figures, each beside its baseline measured in the same run:
//! - unlock with the default key derivation;
//! - adding one quote (seal + FULL commit) vs a bare rusqlite INSERT + commit
//!   of the same size with the same pragmas (median and p99);
//! - loading 100,000 quotes after unlock (no key derivation) vs a bare loop
//!   that SELECTs the same blobs and opens them with XChaCha20-Poly1305.
//!
//! Run with `make bench` (or `cargo bench --bench vault`). Set
//! HEARKEN_BENCH_QUOTES to change the 100,000.

use std::time::{Duration, Instant};

use chacha20poly1305::{KeyInit, XChaCha20Poly1305, XNonce, aead::Aead};
use criterion::{Criterion, criterion_group};
use hearken::{
    model::{
        ConsentInput, ConsentMethod, EngagementInput, LangText, QuoteInput, Scope, SessionInput,
        Speaker,
    },
    vault::{CreateOptions, KdfParams, Vault},
};
use rusqlite::Connection;
use secrecy::SecretString;

const PASS: &str = "benchmark passphrase";
const QUOTE: &str = "We walk two hours every morning to the only water point, and in the dry season it is \
                     closed three days a week; the girls miss school to queue with the jerrycans.";

fn pass() -> SecretString {
    SecretString::from(PASS)
}

fn quote_input() -> QuoteInput {
    QuoteInput {
        speaker: Speaker::Participant("P1".into()),
        text: QUOTE.into(),
        language: "en".into(),
        translation: None,
        themes: vec![],
    }
}

/// A vault with one consenting participant; returns it and its session.
fn vault_with_session(dir: &std::path::Path, kdf: KdfParams) -> (Vault, hearken::model::RecordId) {
    let path = dir.join("bench.hearken");
    let (mut v, _) = Vault::create(
        &path,
        &pass(),
        &CreateOptions {
            kdf,
            erase_after: None,
        },
    )
    .unwrap();
    let e = v
        .add_engagement(EngagementInput {
            title: "Bench".into(),
            consent_texts: vec![LangText {
                lang: "en".into(),
                text: "Consent.".into(),
            }],
            ..Default::default()
        })
        .unwrap();
    let s = v
        .add_session(
            e,
            SessionInput {
                date: "2026-01-01".into(),
                place: "Bench".into(),
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
            text: None,
        },
    )
    .unwrap();
    (v, s)
}

fn bench_unlock(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let (v, _) = vault_with_session(dir.path(), KdfParams::DEFAULT);
    let path = v.path().to_path_buf();
    v.lock();
    let mut g = c.benchmark_group("unlock");
    g.sample_size(10);
    g.bench_function("default_kdf", |b| {
        b.iter(|| Vault::unlock(&path, &pass()).unwrap())
    });
    g.finish();
}

fn bare_db(path: &std::path::Path) -> Connection {
    let conn = Connection::open(path).unwrap();
    conn.execute_batch(
        "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA secure_delete = ON; PRAGMA temp_store = MEMORY;
         CREATE TABLE records (rowid INTEGER PRIMARY KEY, id BLOB NOT NULL, kind INTEGER NOT NULL, parent BLOB, seq INTEGER NOT NULL, created_seq INTEGER NOT NULL, sealed BLOB NOT NULL);",
    )
    .unwrap();
    conn
}

fn percentiles(mut d: Vec<Duration>) -> (Duration, Duration) {
    d.sort();
    (d[d.len() / 2], d[d.len() * 99 / 100])
}

fn bench_add_quote(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let (mut v, s) = vault_with_session(dir.path(), KdfParams::FLOOR);
    let conn = bare_db(&dir.path().join("bare.db"));
    // Same stored size as a sealed quote: 24-byte nonce + 512-byte bucket + tag.
    let blob = vec![7u8; 24 + 512 + 16];
    let mut seq = 0i64;
    let mut bare_insert = || {
        seq += 1;
        let mut id = [0u8; 16];
        hearken::vault::fill_random(&mut id);
        let tx = conn.unchecked_transaction().unwrap();
        tx.prepare_cached(
            "INSERT INTO records (id, kind, parent, seq, created_seq, sealed) VALUES (?1, 5, ?2, ?3, ?3, ?4)",
        )
        .unwrap()
        .execute(rusqlite::params![&id[..], &id[..], seq, &blob])
        .unwrap();
        tx.commit().unwrap();
    };
    let mut g = c.benchmark_group("add_quote");
    g.bench_function("hearken_add_quote", |b| {
        b.iter(|| v.add_quote(s, quote_input()).unwrap())
    });
    g.bench_function("bare_insert_commit", |b| b.iter(&mut bare_insert));
    g.finish();

    // Percentiles from 3,000 timed calls of each, interleaved.
    let (mut ours, mut bare) = (vec![], vec![]);
    for _ in 0..3000 {
        let t = Instant::now();
        v.add_quote(s, quote_input()).unwrap();
        ours.push(t.elapsed());
        let t = Instant::now();
        bare_insert();
        bare.push(t.elapsed());
    }
    let (om, op) = percentiles(ours);
    let (bm, bp) = percentiles(bare);
    println!(
        "FIGURE add_quote: hearken median {om:?} p99 {op:?} | bare insert median {bm:?} p99 {bp:?} | p99 ratio {:.2}",
        op.as_secs_f64() / bp.as_secs_f64()
    );
}

fn bench_load(c: &mut Criterion) {
    let n: usize = std::env::var("HEARKEN_BENCH_QUOTES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(100_000);
    let dir = tempfile::tempdir().unwrap();
    let (mut v, s) = vault_with_session(dir.path(), KdfParams::FLOOR);
    let t = Instant::now();
    for _ in 0..n {
        v.add_quote(s, quote_input()).unwrap();
    }
    println!(
        "FIGURE setup: {n} quotes added one by one in {:?}",
        t.elapsed()
    );
    let path = v.path().to_path_buf();

    // The bare baseline needs the data key: a key of its own over blobs of
    // the same size, sealed the same way.
    let key = chacha20poly1305::Key::from([9u8; 32]);
    let cipher = XChaCha20Poly1305::new(&key);
    let bare_path = dir.path().join("bare-load.db");
    {
        let mut conn = bare_db(&bare_path);
        let tx = conn.transaction().unwrap();
        let sealed_len: usize = {
            let c2 = Connection::open(&path).unwrap();
            c2.query_row(
                "SELECT length(sealed) FROM records WHERE kind = 5 LIMIT 1",
                [],
                |r| r.get::<_, i64>(0),
            )
            .unwrap() as usize
        };
        for i in 0..n {
            let mut id = [0u8; 16];
            id[..8].copy_from_slice(&(i as u64).to_le_bytes());
            let nonce = [1u8; 24];
            let mut sealed = nonce.to_vec();
            sealed.extend(
                cipher
                    .encrypt(&XNonce::from(nonce), &vec![0u8; sealed_len - 40][..])
                    .unwrap(),
            );
            tx.execute(
                "INSERT INTO records (id, kind, parent, seq, created_seq, sealed) VALUES (?1, 5, NULL, ?2, ?2, ?3)",
                rusqlite::params![&id[..], i as i64, sealed],
            )
            .unwrap();
        }
        tx.commit().unwrap();
    }
    let bare_conn = Connection::open(&bare_path).unwrap();
    let bare_load = || {
        let mut st = bare_conn
            .prepare_cached("SELECT id, sealed FROM records")
            .unwrap();
        let mut rows = st.query([]).unwrap();
        let mut total = 0usize;
        while let Some(r) = rows.next().unwrap() {
            let sealed = r.get_ref(1).unwrap().as_blob().unwrap();
            let nonce = XNonce::try_from(&sealed[..24]).unwrap();
            total += cipher.decrypt(&nonce, &sealed[24..]).unwrap().len();
        }
        total
    };
    let mut g = c.benchmark_group("load_100k");
    g.sample_size(10);
    // The previous copy is wiped on a background thread: let it finish
    // before each timed load, as after a real unlock there is none.
    let settle = || std::thread::sleep(Duration::from_millis(400));
    g.bench_function("hearken_reload", |b| {
        b.iter_batched(
            settle,
            |_| v.reload().unwrap(),
            criterion::BatchSize::PerIteration,
        )
    });
    g.bench_function("bare_select_open", |b| b.iter(&bare_load));
    g.finish();
    let time = |f: &mut dyn FnMut()| {
        let mut d: Vec<Duration> = (0..7)
            .map(|_| {
                std::thread::sleep(Duration::from_millis(400));
                let t = Instant::now();
                f();
                t.elapsed()
            })
            .collect();
        d.sort();
        d[3]
    };
    let ours = time(&mut || v.reload().unwrap());
    let bare = time(&mut || {
        bare_load();
    });
    println!(
        "FIGURE load {n} quotes: hearken reload median {ours:?} | bare select+open median {bare:?} | ratio {:.2}",
        ours.as_secs_f64() / bare.as_secs_f64()
    );
}

criterion_group!(benches, bench_unlock, bench_add_quote, bench_load);

fn main() {
    benches();
    Criterion::default().configure_from_args().final_summary();
}
