//! The coordinator's trust model (docs/threat-model.md): a signature says
//! who sent a bundle, not what it may touch. Bundles are forged here with a
//! real device key, as a malicious or compromised facilitator device would
//! make them, and each must be refused whole, changing nothing.

use std::collections::BTreeMap;

use hearken::{
    Error,
    bundle::{self, BundleHeader},
    coordinator::ImportOutcome,
    exchange::ExchangeError,
    facilitator::ExportRequest,
    identity::parse_recipient,
    model::{
        GrantDecision, Kind, NeedInput, QuoteInput, Record, RecordId, Scope, SessionInput, Speaker,
        Tombstone, TombstoneReason,
    },
    vault::Vault,
};

use crate::support::*;

/// A coordinator and two facilitator devices with the same kit.
struct Field {
    _ct: TestVault,
    c: Vault,
    _at: TestVault,
    a: Vault,
    _bt: TestVault,
    b: Vault,
    engagement: RecordId,
}

fn field() -> Field {
    let (ct, mut c, _) = TestVault::new();
    let engagement = hearken::demo::load_engagement(&mut c).unwrap();
    let kit = c.create_kit(engagement, &[]).unwrap();
    let (at, mut a, _) = TestVault::new();
    a.import_kit(&kit).unwrap();
    let (bt, mut b, _) = TestVault::new();
    b.import_kit(&kit).unwrap();
    Field {
        _ct: ct,
        c,
        _at: at,
        a,
        _bt: bt,
        b,
        engagement,
    }
}

/// A session with one consenting participant, one quote, the group's
/// consent and one need; returns (session, participant, quote).
fn captured(v: &mut Vault, engagement: RecordId, words: &str) -> (RecordId, RecordId, RecordId) {
    let s = v
        .add_session(
            engagement,
            SessionInput {
                date: "2026-03-21".into(),
                place: "North district".into(),
                languages: vec!["en".into()],
                ..Default::default()
            },
        )
        .unwrap();
    let (p, code) = consenting(v, s);
    v.give_group_consent(s, consent(QUOTE_SCOPES)).unwrap();
    let q = v
        .add_quote(
            s,
            QuoteInput {
                speaker: Speaker::Participant(code),
                text: words.into(),
                language: "en".into(),
                translation: None,
                themes: vec![],
            },
        )
        .unwrap();
    v.add_need(
        s,
        NeedInput {
            text: format!("{words} (need)"),
            language: "en".into(),
            themes: vec![],
        },
    )
    .unwrap();
    (s, p, q)
}

/// A bundle signed by `device`'s real key holding exactly `records`.
fn forge(
    device: &mut Vault,
    coordinator: &mut Vault,
    engagement: RecordId,
    sequence: u64,
    records: &[(RecordId, i64, Record)],
) -> Vec<u8> {
    let entries: Vec<_> = records
        .iter()
        .map(|(id, counter, record)| {
            serde_json::json!({ "id": id, "counter": counter, "record": record })
        })
        .collect();
    let json = serde_json::to_vec(&serde_json::json!({
        "format": "hearken-records",
        "version": 1,
        "engagement": engagement,
        "records": entries,
    }))
    .unwrap();
    let recipient = parse_recipient(&coordinator.identity().unwrap().recipient()).unwrap();
    let identity = device.identity().unwrap();
    let engagement = engagement.to_string();
    bundle::write(
        &BundleHeader {
            engagement_id: &engagement,
            device_sequence: sequence,
            created: time::OffsetDateTime::now_utc(),
        },
        &[("records.json", &json)],
        &identity.signing,
        &[recipient],
    )
    .unwrap()
}

/// Everything the coordinator holds, for before/after comparisons.
fn snapshot(v: &Vault) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for kind in Kind::ALL {
        for (id, r) in v.records(kind) {
            out.insert(
                format!("{id}"),
                format!(
                    "{:?} {}",
                    v.origin_of(id),
                    serde_json::to_string(r).unwrap()
                ),
            );
        }
    }
    out
}

fn export_all(v: &mut Vault) -> Vec<u8> {
    v.export_bundle(&ExportRequest::default()).unwrap().bytes
}

fn refused(result: Result<ImportOutcome, Error>) -> ExchangeError {
    match result {
        Err(Error::Exchange(e)) => e,
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[test]
fn a_device_cannot_overwrite_delete_or_add_to_another_devices_records() {
    let mut f = field();
    let (sa, pa, qa) = captured(&mut f.a, f.engagement, "Words of device A");
    let bundle_a = export_all(&mut f.a);
    f.c.import_bundle(&bundle_a, "a", true).unwrap();
    // Device B becomes an approved device with a session of its own.
    captured(&mut f.b, f.engagement, "Words of device B");
    let bundle_b = export_all(&mut f.b);
    f.c.import_bundle(&bundle_b, "b", true).unwrap();
    let before = snapshot(&f.c);
    let Record::Quote(mut quote) = f.a.record(qa).unwrap().clone() else {
        unreachable!()
    };
    quote.text = "Words B put in A's mouth".into();

    // The same id with a higher counter.
    let overwrite = forge(
        &mut f.b,
        &mut f.c,
        f.engagement,
        2,
        &[(qa, 1_000_000, Record::Quote(quote.clone()))],
    );
    assert_eq!(
        refused(f.c.import_bundle(&overwrite, "x", false)),
        ExchangeError::ForeignRecord { kind: Kind::Quote }
    );
    // A tombstone for a record it never wrote.
    let tomb = Record::Tombstone(Tombstone {
        target: qa,
        target_kind: Kind::Quote,
        session: sa,
        reason: TombstoneReason::Deleted,
        at: 1,
    });
    let delete = forge(
        &mut f.b,
        &mut f.c,
        f.engagement,
        3,
        &[(RecordId::random(), 1, tomb)],
    );
    assert!(matches!(
        refused(f.c.import_bundle(&delete, "x", false)),
        ExchangeError::ForeignRecord { .. }
    ));
    // A participant withdrawal for another device's participant.
    let withdraw = Record::Tombstone(Tombstone {
        target: pa,
        target_kind: Kind::Participant,
        session: sa,
        reason: TombstoneReason::ConsentWithdrawn,
        at: 1,
    });
    let withdrawal = forge(
        &mut f.b,
        &mut f.c,
        f.engagement,
        4,
        &[(RecordId::random(), 1, withdraw)],
    );
    assert!(matches!(
        refused(f.c.import_bundle(&withdrawal, "x", false)),
        ExchangeError::ForeignRecord { .. }
    ));
    // A new quote added into A's session.
    let add = forge(
        &mut f.b,
        &mut f.c,
        f.engagement,
        5,
        &[(RecordId::random(), 1, Record::Quote(quote))],
    );
    assert_eq!(
        refused(f.c.import_bundle(&add, "x", false)),
        ExchangeError::ForeignRecord {
            kind: Kind::Session
        }
    );
    assert_eq!(snapshot(&f.c), before, "a refused bundle changed the vault");
}

#[test]
fn quotes_needs_and_recommendations_need_consent_in_the_bundle_or_earlier() {
    let mut f = field();
    let (s, _, q) = captured(&mut f.b, f.engagement, "Words with consent");
    let bundle = export_all(&mut f.b);
    f.c.import_bundle(&bundle, "b", true).unwrap();
    let before = snapshot(&f.c);
    let Record::Quote(good) = f.b.record(q).unwrap().clone() else {
        unreachable!()
    };
    let Record::Session(session) = f.b.record(s).unwrap().clone() else {
        unreachable!()
    };
    let mut seq = 2;
    let mut try_records = |f: &mut Field, records: Vec<(RecordId, i64, Record)>| {
        let forged = forge(&mut f.b, &mut f.c, f.engagement, seq, &records);
        seq += 1;
        f.c.import_bundle(&forged, "x", false)
    };
    // A speaker code that names no participant.
    let mut unknown = good.clone();
    unknown.speaker = Speaker::Participant("P99".into());
    assert_eq!(
        refused(try_records(
            &mut f,
            vec![(RecordId::random(), 1, Record::Quote(unknown))]
        )),
        ExchangeError::WithoutConsent { kind: Kind::Quote }
    );
    // A participant whose consent does not cover reports, in the same bundle.
    let (p2, code2) = f.b.add_participant(s, None).unwrap();
    f.b.give_consent(p2, consent(&[Scope::TakePart])).unwrap();
    let narrow = f.b.record(p2).unwrap().clone();
    let mut by_narrow = good.clone();
    by_narrow.speaker = Speaker::Participant(code2);
    assert_eq!(
        refused(try_records(
            &mut f,
            vec![
                (p2, 1, narrow),
                (RecordId::random(), 1, Record::Quote(by_narrow))
            ]
        )),
        ExchangeError::WithoutConsent { kind: Kind::Quote }
    );
    // A group quote and a need in a session whose group consent is gone.
    let mut no_group = session.clone();
    no_group.group_consent = None;
    let mut group_quote = good.clone();
    group_quote.speaker = Speaker::Group;
    assert_eq!(
        refused(try_records(
            &mut f,
            vec![
                (s, 100, Record::Session(no_group.clone())),
                (RecordId::random(), 1, Record::Quote(group_quote))
            ]
        )),
        ExchangeError::WithoutConsent { kind: Kind::Quote }
    );
    let need = f.b.needs(Some(s))[0].1.clone();
    assert_eq!(
        refused(try_records(
            &mut f,
            vec![
                (s, 100, Record::Session(no_group)),
                (RecordId::random(), 1, Record::Need(need))
            ]
        )),
        ExchangeError::WithoutConsent { kind: Kind::Need }
    );
    assert_eq!(snapshot(&f.c), before);
}

#[test]
fn needs_and_recommendations_are_refused_on_the_device_without_group_consent() {
    let (_t, mut v, _) = TestVault::new();
    let (_, s) = session(&mut v);
    let err = v
        .add_need(
            s,
            NeedInput {
                text: "A clinic".into(),
                language: "en".into(),
                themes: vec![],
            },
        )
        .unwrap_err();
    assert!(matches!(err, Error::Consent(_)), "{err:?}");
    assert!(v.needs(None).is_empty());
}

#[test]
fn a_device_approved_for_one_engagement_cannot_write_into_another() {
    let mut f = field();
    // A second engagement at the coordinator, with its own kit.
    let other = hearken::demo::load_engagement(&mut f.c).unwrap();
    let kit2 = f.c.create_kit(other, &[]).unwrap();
    captured(&mut f.b, f.engagement, "In the first engagement");
    let first = export_all(&mut f.b);
    f.c.import_bundle(&first, "1", true).unwrap();
    let key = f.b.identity().unwrap().key_id().to_string();
    assert_eq!(f.c.approved_engagements(&key), vec![f.engagement]);
    f.b.import_kit(&kit2).unwrap();
    let (s2, _, _) = captured(&mut f.b, other, "In the second engagement");
    let second =
        f.b.export_bundle(&ExportRequest {
            sessions: vec![s2],
            ..ExportRequest::default()
        })
        .unwrap()
        .bytes;
    let before = f.c.quotes(None).len();
    assert!(matches!(
        f.c.import_bundle(&second, "2", false).unwrap(),
        ImportOutcome::Quarantined { .. }
    ));
    assert_eq!(f.c.quotes(None).len(), before, "merged without approval");
    // Approving it for that engagement on purpose merges what was held.
    let results = f.c.approve_device(&key, Some(other), false).unwrap();
    assert!(matches!(results[0].1, Ok(ImportOutcome::Imported(_))));
    assert_eq!(f.c.quotes(None).len(), before + 1);
}

#[test]
fn revoking_offers_to_remove_what_the_device_sent_and_reapproval_is_confirmed_and_recorded() {
    let mut f = field();
    captured(&mut f.a, f.engagement, "Words of A");
    let a = export_all(&mut f.a);
    f.c.import_bundle(&a, "a", true).unwrap();
    captured(&mut f.b, f.engagement, "Words of B");
    let b = export_all(&mut f.b);
    f.c.import_bundle(&b, "b", true).unwrap();
    let key_b = f.b.identity().unwrap().key_id().to_string();
    let sent = f.c.records_written_by(&key_b).len();
    assert!(sent >= 4, "session, participant, quote, need: {sent}");
    // What the roster screens show is the same count.
    let shown = hearken::views::roster(&f.c);
    let b_row = shown.iter().find(|d| d.key_id == key_b).unwrap();
    assert_eq!(b_row.sent, sent);
    assert_eq!(b_row.engagements, vec![f.engagement.to_string()]);
    assert_eq!(f.c.revoke_device(&key_b, true).unwrap(), sent);
    assert!(f.c.records_written_by(&key_b).is_empty());
    let texts: Vec<String> =
        f.c.quotes(None)
            .iter()
            .map(|(_, q)| q.text.clone())
            .collect();
    assert_eq!(texts, vec!["Words of A".to_owned()]);
    // Approving a revoked device again needs the person's confirmation.
    assert!(matches!(
        f.c.approve_device(&key_b, Some(f.engagement), false),
        Err(Error::Exchange(ExchangeError::Revoked))
    ));
    assert!(f.c.approved_engagements(&key_b).is_empty());
    f.c.approve_device(&key_b, Some(f.engagement), true)
        .unwrap();
    let history: Vec<GrantDecision> = f.c.grants(&key_b).iter().map(|g| g.decision).collect();
    assert_eq!(
        history,
        vec![
            GrantDecision::Approved,
            GrantDecision::Revoked,
            GrantDecision::Reapproved
        ]
    );
    // --approve-new-keys never brings a revoked device back by itself.
    f.c.revoke_device(&key_b, false).unwrap();
    captured(&mut f.b, f.engagement, "More words of B");
    let again = export_all(&mut f.b);
    assert!(f.c.import_bundle(&again, "b2", true).is_err());
}

#[test]
fn the_quarantine_is_bounded_and_stays_on_disk_until_approved() {
    let mut f = field();
    captured(&mut f.b, f.engagement, "Held words");
    let mut held = 0;
    let refusal = loop {
        let bundle = export_all(&mut f.b);
        match f.c.import_bundle(&bundle, "flood", false) {
            Ok(ImportOutcome::Quarantined { .. }) => held += 1,
            Err(Error::Exchange(e)) => break e,
            other => panic!("{other:?}"),
        }
        assert!(held <= 16, "quarantine grew past its bound");
    };
    assert_eq!(refusal, ExchangeError::QuarantineFull);
    assert_eq!(held, hearken::coordinator::QUARANTINE_PER_DEVICE);
    // After unlock the held files are listed, not loaded.
    let path = f.c.path().to_path_buf();
    f.c.lock();
    let mut c = Vault::unlock(&path, &pass(PASSPHRASE)).unwrap();
    assert_eq!(c.quarantine().len(), held);
    assert_eq!(c.records(Kind::HeldBundle).count(), 0);
    let key = f.b.identity().unwrap().key_id().to_string();
    let results = c.approve_device(&key, None, false).unwrap();
    assert_eq!(results.len(), held);
    assert!(results.iter().all(|(_, r)| r.is_ok()));
    assert!(c.quarantine().is_empty());
    assert_eq!(c.quotes(None).len(), 1);
}

/// Every output a coordinator can make, as text: the JSON, CSV and QDPX
/// exports (what the desktop screens show is the same synthesis and
/// records), the framework report and each session's summary.
fn every_output(c: &Vault, engagement: RecordId, dir: &std::path::Path) -> Vec<(String, String)> {
    use hearken::{
        report::{csv, framework, json, qdpx},
        synthesis::{Filters, Records, Synthesis},
    };
    let mut out = vec![];
    for shared_only in [false, true] {
        let filters = Filters {
            shared_only,
            ..Default::default()
        };
        let s = Synthesis::compute(c, engagement, &filters).unwrap();
        let r = Records::collect(c, &s, shared_only);
        let tag = if shared_only { "shared" } else { "full" };
        out.push((
            format!("screens/{tag}"),
            serde_json::to_string(&(&s, &r)).unwrap(),
        ));
        out.push((
            format!("json/{tag}"),
            String::from_utf8(json::write(&s, &r).unwrap()).unwrap(),
        ));
        out.push((format!("csv/{tag}"), {
            let f = csv::write(&s, &r).unwrap();
            [f.quotes, f.needs, f.recommendations]
                .map(|b| String::from_utf8(b).unwrap())
                .concat()
        }));
        let files = crate::export::unzip(&qdpx::write(&s, &r).unwrap());
        let all: String = files
            .values()
            .map(|b| String::from_utf8_lossy(b).into_owned())
            .collect();
        out.push((format!("qdpx/{tag}"), all));
        let (path, _) = crate::report_framework::save(
            dir,
            &format!("framework-{tag}"),
            &framework::document(&s, "en", &Default::default()),
        );
        out.push((
            format!("pdf/{tag}"),
            crate::report_pdf::normalized(&crate::report_pdf::text(&path, None)),
        ));
        for session in &s.sessions {
            let doc = framework::summary(c, &s, session.id, Some("en")).unwrap();
            let (path, _) =
                crate::report_framework::save(dir, &format!("summary-{tag}-{}", session.id), &doc);
            out.push((
                format!("summary/{tag}"),
                crate::report_pdf::normalized(&crate::report_pdf::text(&path, None)),
            ));
        }
    }
    out
}

#[test]
fn withdrawn_narrowed_and_group_consent_changes_reach_every_output() {
    let mut f = field();
    let s =
        f.a.add_session(
            f.engagement,
            SessionInput {
                date: "2026-03-21".into(),
                place: "North district".into(),
                languages: vec!["en".into()],
                ..Default::default()
            },
        )
        .unwrap();
    let all = [Scope::TakePart, Scope::QuotesInReports, Scope::QuotesShared];
    let mut speakers = vec![];
    for _ in 0..3 {
        let (p, code) = f.a.add_participant(s, None).unwrap();
        f.a.give_consent(p, consent(&all)).unwrap();
        speakers.push((p, code));
    }
    f.a.give_group_consent(s, consent(&all)).unwrap();
    let words = [
        "Kept words of the first speaker",
        "Narrowed words of the second speaker",
        "Withdrawn words of the third speaker",
        "Words of the whole group",
    ];
    // Two quotes a theme: each theme's representatives can show them all.
    let themes: Vec<RecordId> =
        f.c.themes(f.engagement)
            .into_iter()
            .map(|(id, _)| id)
            .take(2)
            .collect();
    for (i, text) in words.iter().enumerate() {
        let speaker = match speakers.get(i) {
            Some((_, code)) => Speaker::Participant(code.clone()),
            None => Speaker::Group,
        };
        f.a.add_quote(
            s,
            QuoteInput {
                speaker,
                text: (*text).into(),
                language: "en".into(),
                translation: None,
                themes: vec![themes[i / 2]],
            },
        )
        .unwrap();
    }
    f.a.add_need(
        s,
        NeedInput {
            text: "A need of the group".into(),
            language: "en".into(),
            themes: vec![],
        },
    )
    .unwrap();
    let first = export_all(&mut f.a);
    f.c.import_bundle(&first, "1", true).unwrap();
    let dir = tempfile::tempdir().unwrap();
    // Before any change every output shows them (so the check below can fail).
    let before = every_output(&f.c, f.engagement, dir.path());
    for (name, text) in &before {
        if name.starts_with("summary") {
            continue;
        }
        assert!(text.contains(words[0]), "{name} lacks the kept words");
        assert!(text.contains(words[1]), "{name} lacks the second speaker");
    }
    // Narrow, withdraw, withdraw the group; the next bundle carries it.
    f.a.give_consent(speakers[1].0, consent(&[Scope::TakePart]))
        .unwrap();
    f.a.withdraw_consent(speakers[2].0).unwrap();
    f.a.withdraw_group_consent(s).unwrap();
    let second = export_all(&mut f.a);
    f.c.import_bundle(&second, "2", false).unwrap();
    for (name, text) in every_output(&f.c, f.engagement, dir.path()) {
        if !name.starts_with("summary") {
            assert!(text.contains(words[0]), "{name} lost the kept words");
        }
        for gone in &words[1..] {
            assert!(!text.contains(gone), "{name} still shows: {gone}");
        }
        assert!(
            !text.contains("A need of the group"),
            "{name} shows the need"
        );
    }
}
