//! A national consultation end to end, at 10^4, 10^5 and 10^6 quotes
//! (100, 1,000 and 10,000 sessions of `hearken demo --scale`, from one
//! device per ten sessions), each step's time and peak memory beside its
//! baseline from the same run:
//! - import of every device's bundle into the coordinator's vault, against
//!   a bare loop that age-decrypts each bundle, verifies an Ed25519
//!   signature over it and INSERTs its bytes in one transaction per bundle;
//! - unlock + load, against a bare loop that SELECTs blobs of the same
//!   sizes and opens them with XChaCha20-Poly1305;
//! - synthesis + framework report (full, and a 2,815-word submission), the
//!   progress review, the dashboard, and the CSV, JSON and QDPX exports.
//!
//! Each step runs in a process of its own, as a person runs one command:
//! unlock and load, then the step. Its peak memory is that process's peak
//! resident set (load included).
//!
//! The bundles and the coordinator's vault before import are made once per
//! size and kept under `target/bench-data/scale-N/` (delete to remake).
//! `HEARKEN_SCALE_QUOTES=10000,100000` chooses the sizes;
//! `HEARKEN_SCALE_SETUP_ONLY=1` only makes the data. Run with
//! `nice -n 5 cargo bench --bench scale`.

use std::{
    io::Read,
    path::{Path, PathBuf},
    time::{Duration, Instant},
};

use chacha20poly1305::{KeyInit, XChaCha20Poly1305, XNonce, aead::Aead};
use ed25519_dalek::{Signer, Verifier};
use hearken::{
    coordinator::ImportOutcome,
    demo::scale,
    model::RecordId,
    progress::Progress,
    report::{self, framework, pdf},
    synthesis::{Filters, Records, Synthesis},
    vault::{CreateOptions, KdfParams, Vault},
};
use secrecy::{ExposeSecret, SecretString};

fn pass() -> SecretString {
    SecretString::from("scale benchmark passphrase")
}

/// The process's peak resident set, in MiB.
fn peak_mib() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let kb: f64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap();
    kb / 1024.0
}

fn remove_vault(path: &Path) {
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
}

/// The coordinator's vault before import and the bundles, made once.
fn data(sessions: usize) -> (PathBuf, Vec<PathBuf>) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join(format!("target/bench-data/scale-{sessions}"));
    let vault = dir.join("coordinator.hearken");
    let bundles = dir.join("bundles");
    let done = dir.join("done");
    if !done.exists() {
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&bundles).unwrap();
        let opts = CreateOptions {
            kdf: KdfParams::FLOOR,
            erase_after: None,
        };
        let (mut v, _) = Vault::create(&vault, &pass(), &opts).unwrap();
        let t = Instant::now();
        let made = scale::generate(
            &mut v,
            sessions,
            1,
            scale::Target::Bundles(&bundles),
            &Progress::NONE,
        )
        .unwrap();
        println!(
            "FIGURE setup {sessions} sessions: {} bundles, {} quotes made in {:.1?}",
            made.bundles.len(),
            made.made.quotes,
            t.elapsed()
        );
        std::fs::write(&done, b"").unwrap();
    }
    (vault, bundle_files(&dir))
}

/// The bare import: decrypt, verify a signature, insert, commit.
fn bare_import(dir: &Path, files: &[PathBuf], age_id: &age::x25519::Identity) -> Duration {
    let signing = ed25519_dalek::SigningKey::from_bytes(&[7u8; 32]);
    let bundles: Vec<Vec<u8>> = files.iter().map(|f| std::fs::read(f).unwrap()).collect();
    let signatures: Vec<_> = bundles.iter().map(|b| signing.sign(b)).collect();
    let verifying = signing.verifying_key();
    let path = dir.join("bare-import.db");
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
            .decrypt(std::iter::once(age_id as &dyn age::Identity))
            .unwrap()
            .read_to_end(&mut plain)
            .unwrap();
        verifying.verify(b, sig).unwrap();
        let tx = conn.unchecked_transaction().unwrap();
        tx.execute("INSERT INTO blobs (body) VALUES (?1)", [&plain])
            .unwrap();
        tx.commit().unwrap();
    }
    let took = t.elapsed();
    drop(conn);
    remove_vault(&path);
    took
}

/// The bare load: the vault's rows' sizes, sealed with a key of its own,
/// SELECTed and opened in one loop.
fn bare_load(dir: &Path, vault: &Path) -> Duration {
    let key = chacha20poly1305::Key::from([9u8; 32]);
    let cipher = XChaCha20Poly1305::new(&key);
    let path = dir.join("bare-load.db");
    remove_vault(&path);
    let mut conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute_batch(
        "PRAGMA journal_mode = WAL; CREATE TABLE records (rowid INTEGER PRIMARY KEY, id BLOB NOT NULL, kind INTEGER NOT NULL, parent BLOB, seq INTEGER NOT NULL, created_seq INTEGER NOT NULL, sealed BLOB NOT NULL);",
    )
    .unwrap();
    let sizes: Vec<(i64, usize)> = {
        let c = rusqlite::Connection::open(vault).unwrap();
        let mut st = c
            .prepare("SELECT kind, length(sealed) FROM records")
            .unwrap();
        st.query_map([], |r| Ok((r.get(0)?, r.get::<_, i64>(1)? as usize)))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    };
    let tx = conn.transaction().unwrap();
    for (i, (kind, len)) in sizes.iter().enumerate() {
        let mut id = [0u8; 16];
        id[..8].copy_from_slice(&(i as u64).to_le_bytes());
        let nonce = [1u8; 24];
        let mut sealed = nonce.to_vec();
        sealed.extend(
            cipher
                .encrypt(&XNonce::from(nonce), &vec![0u8; len.saturating_sub(40)][..])
                .unwrap(),
        );
        tx.execute(
            "INSERT INTO records (id, kind, parent, seq, created_seq, sealed) VALUES (?1, ?2, NULL, ?3, ?3, ?4)",
            rusqlite::params![&id[..], kind, i as i64, sealed],
        )
        .unwrap();
    }
    tx.commit().unwrap();
    drop(conn);
    // A fresh connection, as an unlock opens one.
    let t = Instant::now();
    let conn = rusqlite::Connection::open(&path).unwrap();
    let mut st = conn.prepare("SELECT id, sealed FROM records").unwrap();
    let mut rows = st.query([]).unwrap();
    let mut total = 0usize;
    while let Some(r) = rows.next().unwrap() {
        let sealed = r.get_ref(1).unwrap().as_blob().unwrap();
        let nonce = XNonce::try_from(&sealed[..24]).unwrap();
        total += cipher.decrypt(&nonce, &sealed[24..]).unwrap().len();
    }
    let took = t.elapsed();
    assert!(total > 0);
    drop(rows);
    drop(st);
    drop(conn);
    remove_vault(&path);
    took
}

fn secs(d: Duration) -> f64 {
    d.as_secs_f64()
}

/// One step, run in a process of its own (as a person runs one command):
/// unlock and load the imported vault, then the step. Prints
/// `STEP <seconds> <peak MiB of the whole process> <detail>`.
fn child(step: &str, dir: &Path) {
    let path = dir.join("run.hearken");
    let detail;
    let took;
    if step == "import" {
        let files = bundle_files(dir);
        remove_vault(&path);
        std::fs::copy(dir.join("coordinator.hearken"), &path).unwrap();
        let mut v = Vault::unlock(&path, &pass()).unwrap();
        let e: RecordId = v.engagements()[0].0;
        let t = Instant::now();
        v.import_files(&files, true, &Progress::NONE, |_, r| match r.unwrap() {
            ImportOutcome::Imported(_) => {}
            other => panic!("{other:?}"),
        })
        .unwrap();
        took = t.elapsed();
        detail = format!("{} {}", files.len(), v.quotes(None).len());
        scale::follow_up(&mut v, e).unwrap();
        v.lock();
    } else {
        let t = Instant::now();
        let v = Vault::unlock(&path, &pass()).unwrap();
        let load = t.elapsed();
        let e: RecordId = v.engagements()[0].0;
        let t = Instant::now();
        let report = |max_words| {
            let filters = Filters {
                shared_only: true,
                ..Default::default()
            };
            let s = Synthesis::compute(&v, e, &filters).unwrap();
            pdf::render(&framework::with_editorial(&v, &s, "en", max_words)).unwrap()
        };
        let export = |f: &dyn Fn(&Synthesis, &Records) -> usize| {
            let s = Synthesis::compute(&v, e, &Filters::default()).unwrap();
            let records = Records::collect(&v, &s, false);
            f(&s, &records)
        };
        detail = match step {
            "load" => format!("{}", v.quotes(None).len()),
            "report" => format!("{} pages", report(None).pages),
            "submission" => format!("{} pages", report(Some(2815)).pages),
            "review" => {
                let (t, s) = v.published(e, false).unwrap();
                let names = v
                    .label_book(e, "en")
                    .theme_names(&s, &hearken::i18n::Localizer::report("en"));
                let out = pdf::render(&report::review::document(&t, &s.evaluation, "en", &names));
                format!("{} pages", out.unwrap().pages)
            }
            "dashboard" => {
                let (t, s) = v.published(e, false).unwrap();
                let files = report::dashboard::build(&t, &s);
                format!(
                    "{} KiB",
                    files.iter().map(|(_, b)| b.len()).sum::<usize>() >> 10
                )
            }
            "csv" => format!(
                "{} MiB",
                export(&|s, r| {
                    let f = report::csv::write(s, r).unwrap();
                    f.quotes.len() + f.needs.len() + f.recommendations.len()
                }) >> 20
            ),
            "json" => format!(
                "{} MiB",
                export(&|s, r| report::json::write(s, r).unwrap().len()) >> 20
            ),
            "qdpx" => format!(
                "{} MiB",
                export(&|s, r| report::qdpx::write(s, r).unwrap().len()) >> 20
            ),
            other => panic!("unknown step {other}"),
        };
        took = if step == "load" { load } else { t.elapsed() };
    }
    println!("STEP {} {:.0} {detail}", secs(took), peak_mib());
}

fn bundle_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir.join("bundles"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    files
}

/// Runs a step in a child process: (seconds, peak MiB, detail).
fn step(name: &str, dir: &Path) -> (f64, f64, String) {
    let out = std::process::Command::new(std::env::current_exe().unwrap())
        .env("HEARKEN_SCALE_STEP", name)
        .env("HEARKEN_SCALE_DIR", dir)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    let line = text
        .lines()
        .find_map(|l| l.strip_prefix("STEP "))
        .unwrap_or_else(|| {
            panic!(
                "step {name} failed: {}",
                String::from_utf8_lossy(&out.stderr)
            )
        });
    let mut parts = line.splitn(3, ' ');
    let took: f64 = parts.next().unwrap().parse().unwrap();
    let peak: f64 = parts.next().unwrap().parse().unwrap();
    (took, peak, parts.next().unwrap_or("").to_owned())
}

fn run(sessions: usize) {
    let (source, files) = data(sessions);
    if std::env::var_os("HEARKEN_SCALE_SETUP_ONLY").is_some() {
        return;
    }
    let dir = source.parent().unwrap().to_path_buf();
    let path = dir.join("run.hearken");
    // HEARKEN_SCALE_REUSE=1 keeps the last run's imported vault and skips
    // the import (to look at the later steps again).
    if std::env::var_os("HEARKEN_SCALE_REUSE").is_none() || !path.exists() {
        let (took, peak, detail) = step("import", &dir);
        let age_id: age::x25519::Identity = {
            let mut v = Vault::unlock(&source, &pass()).unwrap();
            let secret = v.identity().unwrap().age.to_secret();
            secret.expose_secret().parse().unwrap()
        };
        let bare = secs(bare_import(&dir, &files, &age_id));
        let (n, quotes) = detail.split_once(' ').unwrap();
        println!(
            "FIGURE scale {quotes} quotes: import {n} bundles {took:.2} s (peak {peak:.0} MiB) | bare decrypt+verify+insert {bare:.2} s | throughput {:.0}% of bare (targets ≥ 50%, ≤ 1,536 MiB)",
            100.0 * bare / took
        );
    }
    let (load, load_peak, quotes) = step("load", &dir);
    let q = format!("{quotes} quotes");
    let bare = secs(bare_load(&dir, &path));
    println!(
        "FIGURE scale {q}: unlock+load {load:.2} s (peak {load_peak:.0} MiB) | bare select+open {bare:.2} s | ratio {:.2} (targets ≤ 1.3, ≤ 1,536 MiB)",
        load / bare
    );
    for name in [
        "report",
        "submission",
        "review",
        "dashboard",
        "csv",
        "json",
        "qdpx",
    ] {
        let (took, peak, detail) = step(name, &dir);
        let target = if name == "report" {
            " (targets ≤ 3.0, ≤ 20 s, ≤ 1,536 MiB)"
        } else {
            " (target ≤ 1,536 MiB)"
        };
        println!(
            "FIGURE scale {q}: {name} {took:.2} s, {detail} (peak with load {peak:.0} MiB) | load {load:.2} s | ratio {:.2}{target}",
            took / load
        );
    }
}

fn main() {
    if let (Ok(step), Some(dir)) = (
        std::env::var("HEARKEN_SCALE_STEP"),
        std::env::var_os("HEARKEN_SCALE_DIR"),
    ) {
        return child(&step, Path::new(&dir));
    }
    // `cargo bench` passes `--bench`; nothing else to read.
    let sizes: Vec<usize> = std::env::var("HEARKEN_SCALE_QUOTES")
        .unwrap_or_else(|_| "10000,100000,1000000".into())
        .split(',')
        .map(|s| s.trim().parse::<usize>().expect("a number of quotes"))
        .collect();
    for quotes in sizes {
        run(quotes.div_ceil(scale::QUOTES_PER_SESSION));
    }
}
