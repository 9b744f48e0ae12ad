//! The vault keeps words sealed, durable and recoverable, and refuses
//! anything altered.

use std::{
    io::{BufRead, BufReader},
    process::{Command, Stdio},
    time::Duration,
};

use hearken::{
    Error,
    model::{QuoteInput, Speaker},
    vault::{CreateOptions, KdfParams, Vault, VaultError},
};
use rusqlite::Connection;
use secrecy::ExposeSecret;

use crate::support::*;

fn quote(text: &str, speaker: &str) -> QuoteInput {
    QuoteInput {
        speaker: Speaker::parse(speaker),
        text: text.into(),
        language: "en".into(),
        translation: None,
        themes: vec![],
    }
}

/// Rows as stored: (id, kind, parent, seq, sealed).
type Row = (Vec<u8>, u8, Option<Vec<u8>>, i64, Vec<u8>);

fn rows(path: &std::path::Path) -> Vec<Row> {
    let c = Connection::open(path).unwrap();
    let mut st = c
        .prepare("SELECT id, kind, parent, seq, sealed FROM records ORDER BY id")
        .unwrap();
    st.query_map([], |r| {
        Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
    })
    .unwrap()
    .map(Result::unwrap)
    .collect()
}

#[test]
fn a_canary_never_reaches_the_disk_in_the_clear() {
    let canary = "CANARY-quote-8d41f0 the water point is far";
    let since = std::time::SystemTime::now();
    let (tv, mut v, _) = TestVault::new();
    let (_, s) = session(&mut v);
    consenting(&mut v, s);
    let id = v.add_quote(s, quote(canary, "P1")).unwrap();
    v.record_read_back(id, hearken::model::ReadBack::Confirmed)
        .unwrap();
    let needle = &canary.as_bytes()[..24];
    assert!(
        !contains(&tv.raw_bytes(), needle),
        "canary in vault files while open"
    );
    // Nothing written to the temp directory since the test started holds it.
    let tmp = std::env::temp_dir();
    let mut scanned = 0;
    for entry in walk(&tmp) {
        let recent = entry
            .metadata()
            .ok()
            .and_then(|m| m.modified().ok())
            .is_some_and(|m| m >= since);
        if recent
            && entry
                .metadata()
                .is_ok_and(|m| m.is_file() && m.len() < 64 << 20)
        {
            scanned += 1;
            let bytes = std::fs::read(entry.path()).unwrap_or_default();
            assert!(
                !contains(&bytes, needle),
                "canary in {}",
                entry.path().display()
            );
        }
    }
    assert!(
        scanned >= 1,
        "the vault itself lives under the temp dir and was scanned"
    );
    v.lock();
    assert!(
        !contains(&tv.raw_bytes(), needle),
        "canary in vault files after lock"
    );
    // And it is really there, sealed.
    assert_eq!(tv.unlock().quote(id).unwrap().text, canary);
}

fn walk(dir: &std::path::Path) -> Vec<std::fs::DirEntry> {
    let mut out = vec![];
    let Ok(rd) = std::fs::read_dir(dir) else {
        return out;
    };
    for e in rd.flatten() {
        match e.file_type() {
            Ok(t) if t.is_dir() => out.extend(walk(&e.path())),
            Ok(t) if t.is_file() => out.push(e),
            _ => {}
        }
    }
    out
}

#[test]
fn a_sealed_record_moved_to_another_row_or_kind_is_rejected() {
    let (tv, mut v, _) = TestVault::new();
    let (_, s) = session(&mut v);
    consenting(&mut v, s);
    let a = v.add_quote(s, quote("first", "P1")).unwrap();
    let b = v.add_quote(s, quote("second", "P1")).unwrap();
    v.lock();
    let c = Connection::open(&tv.path).unwrap();
    let sealed_a: Vec<u8> = c
        .query_row(
            "SELECT sealed FROM records WHERE id = ?1",
            [&a.0[..]],
            |r| r.get(0),
        )
        .unwrap();
    let sealed_b: Vec<u8> = c
        .query_row(
            "SELECT sealed FROM records WHERE id = ?1",
            [&b.0[..]],
            |r| r.get(0),
        )
        .unwrap();

    c.execute(
        "UPDATE records SET sealed = ?1 WHERE id = ?2",
        rusqlite::params![sealed_a, &b.0[..]],
    )
    .unwrap();
    assert!(matches!(
        Vault::unlock(&tv.path, &pass(PASSPHRASE)),
        Err(VaultError::Tampered)
    ));
    c.execute(
        "UPDATE records SET sealed = ?1 WHERE id = ?2",
        rusqlite::params![sealed_b, &b.0[..]],
    )
    .unwrap();
    assert!(
        Vault::unlock(&tv.path, &pass(PASSPHRASE)).is_ok(),
        "restored row opens again"
    );

    // Same bytes under another kind (need = 6).
    c.execute("UPDATE records SET kind = 6 WHERE id = ?1", [&a.0[..]])
        .unwrap();
    assert!(matches!(
        Vault::unlock(&tv.path, &pass(PASSPHRASE)),
        Err(VaultError::Tampered)
    ));
}

#[test]
fn a_flipped_byte_in_any_sealed_record_is_detected() {
    let (tv, mut v, _) = TestVault::new();
    let (_, s) = session(&mut v);
    consenting(&mut v, s);
    v.add_quote(s, quote("a quote to tamper with", "P1"))
        .unwrap();
    v.lock();
    let c = Connection::open(&tv.path).unwrap();
    let all = rows(&tv.path);
    assert!(all.len() >= 4);
    for (i, (id, _, _, _, sealed)) in all.iter().enumerate() {
        // One position per record, spread over nonce, body and tag.
        let pos = (i * 97 + 13) % sealed.len();
        let mut bad = sealed.clone();
        bad[pos] ^= 0x20;
        c.execute(
            "UPDATE records SET sealed = ?1 WHERE id = ?2",
            rusqlite::params![bad, id],
        )
        .unwrap();
        let r = Vault::unlock(&tv.path, &pass(PASSPHRASE));
        assert!(
            matches!(r, Err(VaultError::Tampered)),
            "flip at {pos} of record {i}: {r:?}"
        );
        c.execute(
            "UPDATE records SET sealed = ?1 WHERE id = ?2",
            rusqlite::params![sealed, id],
        )
        .unwrap();
    }
    assert!(Vault::unlock(&tv.path, &pass(PASSPHRASE)).is_ok());
}

#[test]
fn sealed_sizes_do_not_reveal_quote_lengths() {
    let (tv, mut v, _) = TestVault::new();
    let (_, s) = session(&mut v);
    consenting(&mut v, s);
    let short = v.add_quote(s, quote("Yes.", "P1")).unwrap();
    let long = v
        .add_quote(
            s,
            quote(&"We walk to the river every morning. ".repeat(6), "P1"),
        )
        .unwrap();
    let longer = v
        .add_quote(
            s,
            quote(&"We walk to the river every morning. ".repeat(60), "P1"),
        )
        .unwrap();
    v.lock();
    let size = |id: hearken::model::RecordId| {
        rows(&tv.path)
            .into_iter()
            .find(|r| r.0 == id.0)
            .unwrap()
            .4
            .len()
    };
    assert_eq!(
        size(short),
        size(long),
        "4 and 216 characters look the same"
    );
    assert!(size(longer) > size(long));
}

#[test]
fn a_withdrawn_participants_quotes_are_gone_for_good() {
    let (tv, mut v, _) = TestVault::new();
    let (_, s) = session(&mut v);
    let (p1, _) = consenting(&mut v, s);
    consenting(&mut v, s);
    let gone: Vec<_> = (0..5)
        .map(|i| {
            v.add_quote(s, quote(&format!("words of P1 number {i}"), "P1"))
                .unwrap()
        })
        .collect();
    let kept = v.add_quote(s, quote("words of P2", "P2")).unwrap();
    let sealed_before: Vec<Vec<u8>> = rows(&tv.path)
        .into_iter()
        .filter(|r| gone.iter().any(|g| g.0[..] == r.0[..]))
        .map(|r| r.4)
        .collect();
    assert_eq!(sealed_before.len(), 5);

    assert_eq!(v.withdraw_consent(p1).unwrap(), 5);
    let listed: Vec<_> = v.quotes(Some(s)).into_iter().map(|(id, _)| id).collect();
    assert_eq!(listed, vec![kept]);
    let tombstones = v.records(hearken::model::Kind::Tombstone).count();
    assert_eq!(tombstones, 6, "one per quote and one for the participant");
    // No sealed copy anywhere in the files, open or closed: search for each
    // ciphertext's nonce and first bytes.
    for (when, bytes) in [
        ("open", tv.raw_bytes()),
        ("closed", {
            v.lock();
            tv.raw_bytes()
        }),
    ] {
        for sealed in &sealed_before {
            assert!(
                !contains(&bytes, &sealed[..40]),
                "a purged quote's ciphertext remains ({when})"
            );
        }
    }
    let v = tv.unlock();
    assert_eq!(v.quotes(None).len(), 1);
    assert!(matches!(
        v.participant(p1)
            .unwrap()
            .consent
            .as_ref()
            .map(|c| c.is_active()),
        Some(false)
    ));
}

#[test]
fn quotes_without_consent_are_refused_and_never_attached_later() {
    let (_tv, mut v, _) = TestVault::new();
    let (_, s) = session(&mut v);
    let (p1, _) = v.add_participant(s, None).unwrap();
    let err = v
        .add_quote(s, quote("said before consent", "P1"))
        .unwrap_err();
    assert!(
        matches!(
            err,
            Error::Consent(hearken::consent::ConsentError::NoConsent)
        ),
        "{err:?}"
    );
    let err = v.add_quote(s, quote("unknown speaker", "P9")).unwrap_err();
    assert!(matches!(
        err,
        Error::Consent(hearken::consent::ConsentError::UnknownParticipant)
    ));
    let err = v.add_quote(s, quote("the group", "group")).unwrap_err();
    assert!(matches!(
        err,
        Error::Consent(hearken::consent::ConsentError::NoGroupConsent)
    ));
    // Consent that does not cover quotes in reports.
    v.give_consent(p1, consent(&[hearken::model::Scope::TakePart]))
        .unwrap();
    let err = v
        .add_quote(s, quote("still not covered", "P1"))
        .unwrap_err();
    assert!(matches!(
        err,
        Error::Consent(hearken::consent::ConsentError::ScopeNotGiven { .. })
    ));
    assert!(v.quotes(None).is_empty());
    // Consent given after the fact attaches nothing that was refused.
    v.give_consent(p1, consent(QUOTE_SCOPES)).unwrap();
    assert!(v.quotes(None).is_empty());
    v.add_quote(s, quote("said after consent", "P1")).unwrap();
    assert_eq!(v.quotes(None).len(), 1);
    // After withdrawal nothing more can be recorded or consented.
    v.withdraw_consent(p1).unwrap();
    assert!(matches!(
        v.add_quote(s, quote("after withdrawal", "P1")),
        Err(Error::Consent(hearken::consent::ConsentError::Withdrawn))
    ));
    assert!(matches!(
        v.give_consent(p1, consent(QUOTE_SCOPES)),
        Err(Error::Consent(hearken::consent::ConsentError::Withdrawn))
    ));
}

#[test]
fn passphrase_change_and_recovery_keep_all_data() {
    let (tv, mut v, recovery) = TestVault::new();
    let (_, s) = session(&mut v);
    consenting(&mut v, s);
    let q = v
        .add_quote(s, quote("kept across key changes", "P1"))
        .unwrap();
    v.change_passphrase(&pass("a brand new passphrase"))
        .unwrap();
    v.lock();
    assert!(matches!(
        Vault::unlock(&tv.path, &pass(PASSPHRASE)),
        Err(VaultError::WrongPassphrase { .. })
    ));
    let v = Vault::unlock(&tv.path, &pass("a brand new passphrase")).unwrap();
    assert_eq!(v.quote(q).unwrap().text, "kept across key changes");
    v.lock();

    assert!(matches!(
        Vault::recover(
            &tv.path,
            &pass("0000-0000-0000-0000-0000-0000-0000-0000"),
            &pass("whatever passphrase")
        ),
        Err(VaultError::WrongRecoveryKey)
    ));
    let v = Vault::recover(&tv.path, &recovery.display(), &pass("set by recovery key")).unwrap();
    assert_eq!(v.quote(q).unwrap().text, "kept across key changes");
    v.lock();
    assert!(matches!(
        Vault::unlock(&tv.path, &pass("a brand new passphrase")),
        Err(VaultError::WrongPassphrase { .. })
    ));
    assert_eq!(
        Vault::unlock(&tv.path, &pass("set by recovery key"))
            .unwrap()
            .quotes(None)
            .len(),
        1
    );
    assert_eq!(recovery.display().expose_secret().len(), 39);
}

#[test]
fn failed_unlocks_slow_down_and_can_erase() {
    let (tv, v, _) = TestVault::with(CreateOptions {
        kdf: KdfParams::FLOOR,
        erase_after: Some(5),
    });
    v.lock();
    for n in 1..=3 {
        assert!(matches!(
            Vault::unlock(&tv.path, &pass("wrong passphrase")),
            Err(VaultError::WrongPassphrase { failed }) if failed == n
        ));
    }
    // The fourth try comes too soon: refused before the key is even derived.
    assert!(matches!(
        Vault::unlock(&tv.path, &pass(PASSPHRASE)),
        Err(VaultError::Delayed { seconds: 1 })
    ));
    std::thread::sleep(Duration::from_millis(1100));
    assert!(matches!(
        Vault::unlock(&tv.path, &pass("wrong again")),
        Err(VaultError::WrongPassphrase { failed: 4 })
    ));
    std::thread::sleep(Duration::from_millis(2100));
    // The fifth failure reaches erase_after: the keys are destroyed.
    assert!(matches!(
        Vault::unlock(&tv.path, &pass("wrong again")),
        Err(VaultError::Erased)
    ));
    assert!(matches!(
        Vault::unlock(&tv.path, &pass(PASSPHRASE)),
        Err(VaultError::Erased)
    ));
}

#[test]
fn a_successful_unlock_resets_the_failure_count() {
    let (tv, v, _) = TestVault::new();
    v.lock();
    assert!(Vault::unlock(&tv.path, &pass("nope nope nope")).is_err());
    assert_eq!(Vault::info(&tv.path).unwrap().failed_attempts, 1);
    tv.unlock().lock();
    assert_eq!(Vault::info(&tv.path).unwrap().failed_attempts, 0);
}

#[test]
fn a_vault_newer_than_the_code_is_refused_unchanged() {
    let (tv, v, _) = TestVault::new();
    v.lock();
    Connection::open(&tv.path)
        .unwrap()
        .pragma_update(None, "user_version", 99)
        .unwrap();
    let before = rows(&tv.path);
    assert!(matches!(
        Vault::unlock(&tv.path, &pass(PASSPHRASE)),
        Err(VaultError::NewerFormat {
            found: 99,
            supported: 1
        })
    ));
    assert_eq!(rows(&tv.path), before);
}

#[test]
fn what_is_not_a_vault_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let other = dir.path().join("notes.db");
    Connection::open(&other)
        .unwrap()
        .execute_batch("CREATE TABLE t(x); INSERT INTO t VALUES (1);")
        .unwrap();
    assert!(matches!(
        Vault::unlock(&other, &pass(PASSPHRASE)),
        Err(VaultError::NotAVault)
    ));
    assert!(matches!(Vault::wipe(&other), Err(VaultError::NotAVault)));
    assert!(
        other.exists(),
        "wipe never deletes a file that is not a vault"
    );
    let text = dir.path().join("readme.txt");
    std::fs::write(
        &text,
        "hello, this is not sqlite at all, not even close ........",
    )
    .unwrap();
    assert!(matches!(
        Vault::unlock(&text, &pass(PASSPHRASE)),
        Err(VaultError::NotAVault)
    ));
    assert!(matches!(
        Vault::unlock(&dir.path().join("none"), &pass(PASSPHRASE)),
        Err(VaultError::NotFound)
    ));
    assert!(matches!(
        Vault::create(&dir.path().join("weak"), &pass("short"), &fast()),
        Err(VaultError::PassphraseTooShort { .. })
    ));
}

#[test]
fn wipe_destroys_keys_and_files() {
    let (tv, mut v, recovery) = TestVault::new();
    let (_, s) = session(&mut v);
    consenting(&mut v, s);
    v.add_quote(s, quote("to be wiped", "P1")).unwrap();
    let copy = tv.dir.path().join("copy.hearken");
    v.lock();
    std::fs::copy(&tv.path, &copy).unwrap();
    Vault::wipe(&tv.path).unwrap();
    assert!(files_of(&tv.path).iter().all(|p| !p.exists()));
    // A copy taken before the wipe is unaffected, proving wipe acted on the
    // original only; wiping the copy erases its keys, so even a file-recovery
    // tool would find nothing that opens.
    let bytes_before = std::fs::read(&copy).unwrap();
    Vault::wipe(&copy).unwrap();
    assert!(!copy.exists());
    std::fs::write(&copy, &bytes_before).unwrap();
    assert!(Vault::recover(&copy, &recovery.display(), &pass("new passphrase here")).is_ok());
}

/// The child side of the crash test: adds quotes until killed, printing
/// each id only after its commit returned.
#[test]
#[ignore = "run by crash_safety_under_sigkill as a child process"]
fn crash_child() {
    let Ok(path) = std::env::var("HEARKEN_CRASH_VAULT") else {
        return;
    };
    let mut v = Vault::unlock(std::path::Path::new(&path), &pass(PASSPHRASE)).unwrap();
    let s = v.sessions(None)[0].0;
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    for i in 0.. {
        let id = v
            .add_quote(s, quote(&format!("durable quote {i}"), "P1"))
            .unwrap();
        writeln!(out, "ID {id}").unwrap();
        out.flush().unwrap();
    }
}

#[test]
fn crash_safety_under_sigkill() {
    let (tv, mut v, _) = TestVault::new();
    let (_, s) = session(&mut v);
    consenting(&mut v, s);
    v.lock();
    let exe = std::env::current_exe().unwrap();
    let mut reported: Vec<hearken::model::RecordId> = vec![];
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    for round in 0..50 {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let lines_before_kill = 1 + (seed % 40) as usize;
        let mut child = Command::new(&exe)
            .args([
                "--exact",
                "vault::crash_child",
                "--ignored",
                "--nocapture",
                "--test-threads=1",
            ])
            .env("HEARKEN_CRASH_VAULT", &tv.path)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let reader = BufReader::new(child.stdout.take().unwrap());
        let mut seen = 0;
        for line in reader.lines() {
            let Ok(line) = line else { break };
            if let Some(id) = line.strip_prefix("ID ") {
                reported.push(id.parse().unwrap());
                seen += 1;
                if seen >= lines_before_kill {
                    // Kill mid-flight: the child is already inside its next write.
                    child.kill().unwrap();
                    break;
                }
            }
        }
        child.wait().unwrap();
        let v = Vault::unlock(&tv.path, &pass(PASSPHRASE))
            .unwrap_or_else(|e| panic!("round {round}: {e:?}"));
        for id in &reported {
            assert!(
                v.quote(*id).is_ok(),
                "round {round}: reported quote {id} lost"
            );
        }
    }
    assert!(reported.len() >= 50);
}
