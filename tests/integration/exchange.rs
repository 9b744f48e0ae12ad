//! Kits and bundles between real vaults: what leaves a facilitator's device,
//! and how a coordinator's vault merges it.

use std::collections::BTreeMap;

use hearken::{
    Error,
    coordinator::ImportOutcome,
    facilitator::ExportRequest,
    format::FormatError,
    model::{Kind, QuoteEdit, QuoteInput, Record, RecordId, Speaker},
    vault::Vault,
};

use crate::support::*;

/// A coordinator vault with the demo engagement, and a facilitator vault
/// that imported its kit.
struct Pair {
    coordinator: (TestVault, Vault),
    facilitator: (TestVault, Vault),
    engagement: RecordId,
}

fn pair() -> Pair {
    let (ct, mut c, _) = TestVault::new();
    let engagement = hearken::demo::load_engagement(&mut c).unwrap();
    let kit = c.create_kit(engagement, &[]).unwrap();
    let (ft, mut f, _) = TestVault::new();
    let done = f.import_kit(&kit).unwrap();
    assert!(done.first_use);
    assert_eq!(done.engagement, engagement);
    Pair {
        coordinator: (ct, c),
        facilitator: (ft, f),
        engagement,
    }
}

/// Redacts every identifying detail still found in the vault's quotes.
pub(crate) fn resolve_findings(v: &mut Vault) {
    let ids: Vec<_> = v.quotes(None).into_iter().map(|(id, _)| id).collect();
    for id in ids {
        v.redact_all_findings(id).unwrap();
    }
}

/// The coordinator's state as a comparable map: every record (less this
/// vault's own keys and roster) with the version it holds.
fn state(v: &Vault) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for kind in Kind::ALL {
        if matches!(
            kind,
            Kind::Keys | Kind::Device | Kind::Grant | Kind::Quarantined | Kind::HeldBundle
        ) {
            continue;
        }
        for (id, r) in v.records(kind) {
            let version = v
                .origin_of(id)
                .map(|o| format!("{}@{}", o.counter, o.author))
                .unwrap_or_default();
            out.insert(
                id.to_string(),
                format!("{} {}", version, serde_json::to_string(r).unwrap()),
            );
        }
    }
    out
}

fn imported(o: ImportOutcome) -> hearken::coordinator::Imported {
    match o {
        ImportOutcome::Imported(i) => i,
        other => panic!("expected an import, got {other:?}"),
    }
}

#[test]
fn the_demo_round_trip_carries_every_consented_record_and_nothing_else() {
    let Pair {
        coordinator: (_ct, mut c),
        facilitator: (_ft, mut f),
        engagement,
    } = pair();
    let demo = hearken::demo::load_sessions(&mut f, engagement).unwrap();
    // Unresolved identifying details block the export.
    let err = f.export_bundle(&ExportRequest::default()).unwrap_err();
    assert!(
        matches!(
            err,
            Error::Exchange(hearken::exchange::ExchangeError::Unresolved { quotes: 4 })
        ),
        "{err:?}"
    );
    resolve_findings(&mut f);
    let bundle = f.export_bundle(&ExportRequest::default()).unwrap();
    assert_eq!(bundle.sequence, 1);
    assert_eq!(bundle.sessions, demo.sessions);
    assert_eq!(bundle.quotes + bundle.quotes_kept_home, demo.quotes);

    let done = imported(
        c.import_bundle(&bundle.bytes, "demo.hearken-bundle", true)
            .unwrap(),
    );
    assert_eq!(done.sequence, 1);
    assert!(done.missing.is_empty());
    assert_eq!(c.sessions(Some(engagement)).len(), demo.sessions);
    assert_eq!(c.quotes(None).len(), bundle.quotes);
    assert_eq!(c.needs(None).len(), demo.needs);
    assert_eq!(c.recommendations(None).len(), demo.recommendations);
    // Every exported quote arrived word for word; nothing unconsented did.
    for (id, q) in c.quotes(None) {
        assert_eq!(f.quote(id).unwrap().text, q.text);
        assert!(
            hearken::consent::may_export(&c, q.session, &q.speaker),
            "unconsented quote {id:?} arrived"
        );
        assert!(q.review_marks.is_empty());
    }
    for (_, s) in c.sessions(None) {
        assert!(s.private_names.is_empty(), "private names left the device");
    }
    // The withdrawn participant's quotes are gone here too, and tombstones came along.
    assert_eq!(
        c.records(Kind::Tombstone).count(),
        demo.quotes_withdrawn + 1
    );
    let (pid, p) = f
        .records(Kind::Participant)
        .find_map(|(id, r)| match r {
            Record::Participant(p) if p.consent.as_ref().is_some_and(|c| !c.is_active()) => {
                Some((id, p.clone()))
            }
            _ => None,
        })
        .expect("the demo withdraws one participant");
    assert!(
        c.participant(pid).is_err(),
        "the withdrawn participant's record is removed too"
    );
    let code = Speaker::Participant(p.code.clone());
    assert!(hearken::consent::attributed_quotes(&c, p.session, &code).is_empty());
    // A re-import is a no-op.
    let before = state(&c);
    assert!(matches!(
        c.import_bundle(&bundle.bytes, "again", false).unwrap(),
        ImportOutcome::AlreadyHad
    ));
    assert_eq!(state(&c), before);
}

/// A facilitator with one session, one consenting participant and a quote.
fn small(p: &mut Pair) -> RecordId {
    let f = &mut p.facilitator.1;
    let s = f
        .add_session(
            p.engagement,
            hearken::model::SessionInput {
                date: "2026-05-01".into(),
                place: "Eastgate".into(),
                languages: vec!["en".into()],
                ..Default::default()
            },
        )
        .unwrap();
    consenting(f, s);
    f.add_quote(
        s,
        QuoteInput {
            speaker: Speaker::parse("P1"),
            text: "The water point closes at noon.".into(),
            language: "en".into(),
            translation: None,
            themes: vec![],
        },
    )
    .unwrap();
    s
}

/// Records as stored: what must not change when an import is refused.
fn rows(path: &std::path::Path) -> Vec<(Vec<u8>, Vec<u8>)> {
    let c = rusqlite::Connection::open(path).unwrap();
    let mut st = c
        .prepare("SELECT id, sealed FROM records ORDER BY id")
        .unwrap();
    st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

#[test]
fn every_flipped_byte_and_every_truncation_is_refused_and_changes_nothing() {
    let mut p = pair();
    small(&mut p);
    let bundle = p
        .facilitator
        .1
        .export_bundle(&ExportRequest::default())
        .unwrap()
        .bytes;
    let (ct, c) = &mut p.coordinator;
    // Approve the device with another bundle first, so flips are judged by
    // the real roster path rather than quarantine.
    let first = p
        .facilitator
        .1
        .export_bundle(&ExportRequest::default())
        .unwrap()
        .bytes;
    imported(c.import_bundle(&first, "first", true).unwrap());
    let before = rows(&ct.path);
    let mut refused = 0;
    for i in 0..bundle.len() {
        let mut bad = bundle.clone();
        bad[i] ^= 0x01;
        assert!(
            c.import_bundle(&bad, "flipped", false).is_err(),
            "flip at {i} accepted"
        );
        refused += 1;
    }
    for n in 0..bundle.len() {
        assert!(
            c.import_bundle(&bundle[..n], "cut", false).is_err(),
            "truncation to {n} accepted"
        );
        refused += 1;
    }
    assert_eq!(rows(&ct.path), before, "a refused import changed the vault");
    assert_eq!(refused, 2 * bundle.len());
    // The intact bundle still imports.
    imported(c.import_bundle(&bundle, "intact", false).unwrap());
}

#[test]
fn unknown_revoked_replayed_and_misaddressed_bundles_get_their_exact_outcome() {
    let mut p = pair();
    small(&mut p);
    let f = &mut p.facilitator.1;
    let b1 = f.export_bundle(&ExportRequest::default()).unwrap().bytes;
    let b2 = f.export_bundle(&ExportRequest::default()).unwrap().bytes;
    let (_, other, _) = TestVault::new();
    let mut other = other;
    let stranger = other.identity().unwrap().recipient();
    let misaddressed = f
        .export_bundle(&ExportRequest {
            sessions: vec![],
            recipients: vec![stranger],
            other_recipients_confirmed: true,
        })
        .unwrap()
        .bytes;
    let c = &mut p.coordinator.1;

    // Unknown device: quarantined, nothing merged.
    let key = match c.import_bundle(&b1, "b1", false).unwrap() {
        ImportOutcome::Quarantined { key_id, .. } => key_id,
        other => panic!("{other:?}"),
    };
    assert!(c.quotes(None).is_empty());
    assert_eq!(c.quarantine().len(), 1);
    // Approving imports what was held.
    let results = c.approve_device(&key, None, false).unwrap();
    assert!(matches!(results[0].1, Ok(ImportOutcome::Imported(_))));
    assert!(c.quarantine().is_empty());
    assert_eq!(c.quotes(None).len(), 1);
    // Replay.
    assert!(matches!(
        c.import_bundle(&b1, "b1", false).unwrap(),
        ImportOutcome::AlreadyHad
    ));
    // Wrong recipient.
    assert!(matches!(
        c.import_bundle(&misaddressed, "m", false),
        Err(Error::Format(FormatError::WrongRecipient))
    ));
    // Revoked: refused even though it is newer.
    c.revoke_device(&key, false).unwrap();
    assert!(matches!(
        c.import_bundle(&b2, "b2", false),
        Err(Error::Format(FormatError::RevokedKey { .. }))
    ));
    // Not an age file at all.
    assert!(matches!(
        c.import_bundle(b"hello", "x", false),
        Err(Error::Format(FormatError::NotAgeFile))
    ));
}

/// Many files at once: each gets the outcome it would get alone, in order,
/// although the next file is verified while the previous one is written.
#[test]
fn importing_many_files_gives_each_its_own_outcome_in_order() {
    let mut p = pair();
    small(&mut p);
    let f = &mut p.facilitator.1;
    let b1 = f.export_bundle(&ExportRequest::default()).unwrap().bytes;
    let b2 = f.export_bundle(&ExportRequest::default()).unwrap().bytes;
    let dir = tempfile::tempdir().unwrap();
    let file = |name: &str, bytes: &[u8]| {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        path
    };
    let files = [
        file("1.hearken-bundle", &b1),
        dir.path().join("missing.hearken-bundle"),
        // The same bundle again: known only once the first one is written.
        file("1-copy.hearken-bundle", &b1),
        file("garbage.hearken-bundle", b"hello"),
        file("2.hearken-bundle", &b2),
    ];
    let c = &mut p.coordinator.1;
    let mut seen = vec![];
    c.import_files(&files, true, &hearken::progress::Progress::NONE, |i, r| {
        seen.push((i, r))
    })
    .unwrap();
    let order: Vec<usize> = seen.iter().map(|(i, _)| *i).collect();
    assert_eq!(order, [0, 1, 2, 3, 4]);
    assert!(matches!(seen[0].1, Ok(ImportOutcome::Imported(_))));
    match &seen[1].1 {
        Err(Error::Exchange(hearken::exchange::ExchangeError::ReadFile { path })) => {
            assert!(path.ends_with("missing.hearken-bundle"))
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(seen[2].1, Ok(ImportOutcome::AlreadyHad)));
    assert!(matches!(
        seen[3].1,
        Err(Error::Format(FormatError::NotAgeFile))
    ));
    match &seen[4].1 {
        Ok(ImportOutcome::Imported(done)) => assert_eq!(done.sequence, 2),
        other => panic!("{other:?}"),
    }
    assert_eq!(c.quotes(None).len(), 1);
    let (_, device) = &c.roster()[0];
    let names: Vec<&str> = device.received.iter().map(|r| r.file.as_str()).collect();
    assert_eq!(names, ["1.hearken-bundle", "2.hearken-bundle"]);

    // Without approval, a new device's files wait in quarantine.
    let (_, mut g, _) = TestVault::new();
    g.import_kit(&c.create_kit(p.engagement, &[]).unwrap())
        .unwrap();
    let s = g
        .add_session(
            p.engagement,
            hearken::model::SessionInput {
                date: "2026-05-02".into(),
                place: "Westgate".into(),
                ..Default::default()
            },
        )
        .unwrap();
    consenting(&mut g, s);
    let other = file(
        "other.hearken-bundle",
        &g.export_bundle(&ExportRequest::default()).unwrap().bytes,
    );
    let mut held = vec![];
    c.import_files(
        &[other],
        false,
        &hearken::progress::Progress::NONE,
        |_, r| held.push(r),
    )
    .unwrap();
    assert!(matches!(held[..], [Ok(ImportOutcome::Quarantined { .. })]));
    assert_eq!(c.quarantine().len(), 1);
    assert_eq!(c.roster().len(), 1);
}

#[test]
fn a_kit_from_another_key_is_refused_and_a_newer_one_updates() {
    let mut p = pair();
    let c = &mut p.coordinator.1;
    c.add_theme(
        p.engagement,
        hearken::model::ThemeInput {
            code: "housing".into(),
            label: "Housing".into(),
            ..Default::default()
        },
    )
    .unwrap();
    let v2 = c.create_kit(p.engagement, &[]).unwrap();
    let f = &mut p.facilitator.1;
    let before = f.themes(p.engagement).len();
    let done = f.import_kit(&v2).unwrap();
    assert!(!done.first_use);
    assert_eq!(done.kit_version, 2);
    assert_eq!(f.themes(p.engagement).len(), before + 1);
    // An impostor re-signs the same engagement with their own key.
    // An impostor holding a copy of the engagement signs a kit with their own key.
    let (_, mut impostor, _) = TestVault::new();
    impostor.import_kit(&v2).unwrap();
    let kit_bytes = impostor.create_kit(p.engagement, &[]).unwrap();
    assert!(matches!(
        f.import_kit(&kit_bytes),
        Err(Error::Format(FormatError::SignerChanged { .. }))
    ));
    assert!(matches!(
        f.import_kit(&v2),
        Err(Error::Format(FormatError::AlreadyImported))
    ));
}

#[test]
fn import_order_does_not_matter() {
    let mut p = pair();
    let s = small(&mut p);
    let f = &mut p.facilitator.1;
    let (p2, _) = consenting(f, s);
    let q2 = f
        .add_quote(
            s,
            QuoteInput {
                speaker: Speaker::parse("P2"),
                text: "Our children walk 5 km to school.".into(),
                language: "en".into(),
                translation: None,
                themes: vec![],
            },
        )
        .unwrap();
    let b1 = f.export_bundle(&ExportRequest::default()).unwrap().bytes;
    // Between 1 and 2: an edit and a deletion.
    let first = f.quotes(Some(s))[0].0;
    f.edit_quote(
        first,
        QuoteEdit {
            text: Some("The water point closes at noon, every day.".into()),
            ..Default::default()
        },
    )
    .unwrap();
    f.give_group_consent(s, consent(QUOTE_SCOPES)).unwrap();
    let need = f
        .add_need(
            s,
            hearken::model::NeedInput {
                text: "A second tap".into(),
                language: "en".into(),
                themes: vec![],
            },
        )
        .unwrap();
    let b2 = f.export_bundle(&ExportRequest::default()).unwrap().bytes;
    f.delete_captured(need).unwrap();
    // Between 2 and 3: P2 withdraws.
    f.withdraw_consent(p2).unwrap();
    let b3 = f.export_bundle(&ExportRequest::default()).unwrap().bytes;
    let bundles = [b1, b2, b3];
    let orders = [
        [0, 1, 2],
        [0, 2, 1],
        [1, 0, 2],
        [1, 2, 0],
        [2, 0, 1],
        [2, 1, 0],
    ];
    // Each order starts from a copy of the same coordinator vault.
    let Pair {
        coordinator: (ct, c),
        ..
    } = p;
    c.lock();
    let mut states = vec![];
    for (n, order) in orders.iter().enumerate() {
        let copy = ct.dir.path().join(format!("order-{n}.hearken"));
        std::fs::copy(&ct.path, &copy).unwrap();
        let mut c = Vault::unlock(&copy, &pass(PASSPHRASE)).unwrap();
        for i in order {
            imported(
                c.import_bundle(&bundles[*i], "b", true)
                    .unwrap_or_else(|e| panic!("{order:?}: {e:?}")),
            );
        }
        // The withdrawn participant's quote is absent in every order.
        assert!(c.quote(q2).is_err(), "{order:?}: withdrawn quote present");
        assert_eq!(
            c.quote(first).unwrap().text,
            "The water point closes at noon, every day."
        );
        assert!(c.needs(None).is_empty(), "{order:?}: deleted need present");
        states.push(state(&c));
    }
    for (i, st) in states.iter().enumerate() {
        assert_eq!(st, &states[0], "order {:?} differs", orders[i]);
    }
}

/// Runs a tool the test needs from the system (installed by `make test`).
fn tool(cmd: &str, args: &[&str]) -> std::process::Output {
    let out = std::process::Command::new(cmd)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{cmd}: {e}"));
    assert!(
        out.status.success(),
        "{cmd} {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

#[test]
fn standard_tools_open_and_verify_a_bundle_made_by_the_cli() {
    use crate::cli::Cli;
    let coord = Cli::init();
    let engagement = coord.json(&["demo", "--engagement-only"])["engagement"]
        .as_str()
        .unwrap()
        .to_owned();
    let kit = coord.dir.path().join("demo.hearken-kit");
    coord.ok(&[
        "kit",
        "create",
        "--engagement",
        &engagement,
        "--out",
        kit.to_str().unwrap(),
    ]);
    let cid = coord.json(&["identity"]);
    let age_id = coord.dir.path().join("coordinator.agekey");
    coord.ok(&[
        "identity",
        "export-age",
        "--out",
        age_id.to_str().unwrap(),
        "--yes",
    ]);

    let fac = Cli::init();
    assert_eq!(
        fac.run(&["kit", "import", kit.to_str().unwrap()])
            .status
            .code(),
        Some(1),
        "first use needs confirmation"
    );
    fac.ok(&["kit", "import", kit.to_str().unwrap(), "--yes"]);
    let s = fac.id(&[
        "session",
        "add",
        "--engagement",
        &engagement,
        "--date",
        "2026-06-01",
        "--place",
        "Eastgate",
    ]);
    fac.ok(&["participant", "add", "--session", &s]);
    fac.ok(&[
        "consent",
        "give",
        "--session",
        &s,
        "--participant",
        "P1",
        "--scopes",
        "take_part,quotes_in_reports",
        "--method",
        "oral",
        "--language",
        "en",
    ]);
    fac.ok(&[
        "quote",
        "add",
        "--session",
        &s,
        "--speaker",
        "P1",
        "--language",
        "en",
        "--text",
        "The clinic opens twice a month.",
    ]);
    let preview = fac.json(&["export", "--all", "--preview"]);
    assert_eq!(preview["quotes"], 1);
    let bundle = fac.dir.path().join("eastgate.age");
    fac.ok(&["export", "--all", "--out", bundle.to_str().unwrap()]);
    let fid = fac.json(&["identity"]);

    // age decrypts it with the coordinator's exported identity; tar unpacks;
    // minisign verifies the manifest with the facilitator's public key.
    let dir = fac.dir.path().join("opened");
    std::fs::create_dir(&dir).unwrap();
    let archive = dir.join("bundle.tar");
    tool(
        "age",
        &[
            "-d",
            "-i",
            age_id.to_str().unwrap(),
            "-o",
            archive.to_str().unwrap(),
            bundle.to_str().unwrap(),
        ],
    );
    tool(
        "tar",
        &[
            "-xf",
            archive.to_str().unwrap(),
            "-C",
            dir.to_str().unwrap(),
        ],
    );
    tool(
        "minisign",
        &[
            "-V",
            "-P",
            fid["publicKey"].as_str().unwrap(),
            "-m",
            dir.join("manifest.json").to_str().unwrap(),
        ],
    );
    let records = std::fs::read_to_string(dir.join("records.json")).unwrap();
    assert!(records.contains("The clinic opens twice a month."));

    // The same archive encrypted by the age tool is read by hearken import.
    let re = fac.dir.path().join("re-encrypted.age");
    tool(
        "age",
        &[
            "-r",
            cid["ageRecipient"].as_str().unwrap(),
            "-o",
            re.to_str().unwrap(),
            archive.to_str().unwrap(),
        ],
    );
    let out = coord.json(&["import", re.to_str().unwrap(), "--approve-new-keys"]);
    assert_eq!(out[0]["result"]["outcome"], "imported", "{out}");
    let out = coord.json(&["import", bundle.to_str().unwrap()]);
    assert_eq!(out[0]["result"]["outcome"], "already_had");
    assert_eq!(coord.json(&["quote", "list"]).as_array().unwrap().len(), 1);
    let roster = coord.json(&["roster", "list"]);
    assert_eq!(roster["devices"][0]["keyId"], fid["keyId"]);

    // A damaged file is refused by name and reason, and the rest still imports.
    let mut bytes = std::fs::read(&bundle).unwrap();
    let mid = bytes.len() / 2;
    bytes[mid] ^= 0x40;
    let damaged = fac.dir.path().join("damaged.age");
    std::fs::write(&damaged, bytes).unwrap();
    let out = coord.run(&[
        "import",
        damaged.to_str().unwrap(),
        bundle.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let table = String::from_utf8_lossy(&out.stdout);
    assert!(
        table.contains("damaged.age") && table.contains("rejected"),
        "{table}"
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("1 file was rejected"));
}
