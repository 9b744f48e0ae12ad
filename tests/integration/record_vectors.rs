//! Test vectors of the record layer (docs/format.md §14, §10.3 and
//! docs/threat-model.md): what a coordinator must do with the records of
//! signed, well-formed bundles. Each file under `tests/record-vectors/`
//! states its steps (which device sends which records) and the outcome each
//! step must have; a refused step must leave the vault as it was.
//!
//! The engagement every vector runs in is fixed here (`ENGAGEMENT_ID`, one
//! theme `THEME_ID`), imported from a kit; device `n` signs with the seed
//! `[n; 32]`. Regenerate the files (only when a vector changes on purpose):
//! `cargo test --test integration regenerate_record_vectors -- --ignored`

use std::{collections::BTreeMap, fs, path::PathBuf};

use hearken::{
    Error,
    bundle::{self, BundleHeader},
    coordinator::ImportOutcome,
    exchange::ExchangeError,
    identity::SigningKey,
    kit::{self, KitHeader},
    model::{
        Consent, ConsentMethod, Kind, Need, Participant, Quote, Record, RecordId, Scope, Scopes,
        Session, Speaker, Tombstone, TombstoneReason,
    },
    vault::Vault,
};
use serde_json::{Value, json};

use crate::support::*;

const ENGAGEMENT_ID: &str = "0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e";
const THEME_ID: &str = "7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e7e";

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/record-vectors")
}

fn id(n: u8) -> RecordId {
    RecordId([n; 16])
}

fn engagement() -> RecordId {
    ENGAGEMENT_ID.parse().unwrap()
}

/// The kit that puts the fixed engagement into a vault.
fn kit_for(coordinator: &mut Vault) -> Vec<u8> {
    let file = json!({
        "format": "hearken-engagement",
        "version": 1,
        "id": ENGAGEMENT_ID,
        "engagement": {
            "title": "Water and sanitation", "description": "", "references": [],
            "languages": ["en"], "k": 5, "agenda": [],
            "consent_texts": [{ "lang": "en", "text": "You may stop at any time." }],
            "regions": [], "groups": [], "gazetteer": [], "created_at": 1767225600,
            "kit": null, "kits_issued": 1
        },
        "themes": [{ "id": THEME_ID, "theme": {
            "engagement": ENGAGEMENT_ID, "parent": null, "code": "water",
            "label": "Water", "description": "", "references": ["ICESCR art. 11"]
        }}],
    });
    let recipient = coordinator.identity().unwrap().age.recipient();
    kit::write(
        &KitHeader {
            engagement_id: ENGAGEMENT_ID,
            kit_version: 1,
            created: time::OffsetDateTime::now_utc(),
            recipients: &[recipient],
        },
        &[("engagement.json", &serde_json::to_vec(&file).unwrap())],
        &SigningKey::from_bytes(&[0x11; 32]).unwrap(),
    )
    .unwrap()
}

fn consent(scopes: &[Scope]) -> Consent {
    Consent {
        scopes: Scopes::from_list(scopes),
        method: ConsentMethod::Oral,
        language: "en".into(),
        text_sha256: "0".repeat(64),
        given_at: 1_767_225_600,
        withdrawn_at: None,
    }
}

const QUOTING: &[Scope] = &[Scope::TakePart, Scope::QuotesInReports];

fn session(group: bool) -> Record {
    Record::Session(Session {
        engagement: engagement(),
        title: String::new(),
        date: "2026-03-21".into(),
        place: "North district".into(),
        region: "North".into(),
        languages: vec!["en".into()],
        agenda: vec![],
        group_consent: group.then(|| consent(QUOTING)),
        demographics: vec![],
        private_names: vec![],
        created_at: 1_767_225_600,
    })
}

fn participant(session: RecordId, scopes: Option<&[Scope]>) -> Record {
    Record::Participant(Participant {
        session,
        code: "P1".into(),
        consent: scopes.map(consent),
    })
}

fn quote(session: RecordId, speaker: Speaker, text: &str) -> Record {
    Record::Quote(Quote {
        session,
        speaker,
        text: text.into(),
        language: "en".into(),
        translation: None,
        themes: vec![THEME_ID.parse().unwrap()],
        read_back: None,
        read_back_at: None,
        redactions: vec![],
        translation_redactions: vec![],
        review_marks: vec![],
        created_at: 1_767_225_600,
        updated_at: 1_767_225_600,
    })
}

fn need(session: RecordId) -> Record {
    Record::Need(Need {
        session,
        text: "A water point within 500 m".into(),
        language: "en".into(),
        themes: vec![],
        created_at: 1_767_225_600,
    })
}

fn evaluation(session: RecordId, comment: &str) -> Record {
    Record::Evaluation(hearken::model::Evaluation {
        session,
        felt_safe: hearken::model::Answer::Yes,
        own_language: hearken::model::Answer::Partly,
        accessible: hearken::model::Answer::No,
        again: hearken::model::Answer::Unanswered,
        comment: comment.into(),
        created_at: 1_767_225_600,
    })
}

fn tomb(target: RecordId, kind: Kind, session: RecordId, reason: TombstoneReason) -> Record {
    Record::Tombstone(Tombstone {
        target,
        target_kind: kind,
        session,
        reason,
        at: 1_767_225_700,
    })
}

fn p1() -> Speaker {
    Speaker::Participant("P1".into())
}

/// Device 1's first bundle: a session with the group's consent, P1 with
/// consent covering quotes, a quote of P1 and a need.
fn first_of_device_1() -> Vec<(RecordId, i64, Record)> {
    vec![
        (id(1), 1, session(true)),
        (id(2), 2, participant(id(1), Some(QUOTING))),
        (id(3), 3, quote(id(1), p1(), "We walk two hours for water.")),
        (id(4), 4, need(id(1))),
    ]
}

fn records_file(records: &[(RecordId, i64, Record)]) -> Value {
    json!({
        "format": "hearken-records",
        "version": 1,
        "engagement": ENGAGEMENT_ID,
        "records": records.iter().map(|(id, counter, record)| {
            json!({ "id": id, "counter": counter, "record": record })
        }).collect::<Vec<_>>(),
    })
}

struct Step {
    device: u8,
    records: Value,
    expect: &'static str,
    /// Record ids the coordinator must not hold after this step.
    absent: Vec<RecordId>,
}

fn step(device: u8, records: &[(RecordId, i64, Record)], expect: &'static str) -> Step {
    Step {
        device,
        records: records_file(records),
        expect,
        absent: vec![],
    }
}

fn vectors() -> Vec<(&'static str, &'static str, Vec<Step>)> {
    let mut unknown_field = records_file(&[(id(1), 1, session(true))]);
    unknown_field["records"][0]["record"]["session"]["owner"] = json!("device 2");
    let mut other_engagement = session(true);
    if let Record::Session(s) = &mut other_engagement {
        s.engagement = id(0x55);
    }
    vec![
        (
            "records_valid",
            "A device's first bundle: session, consenting participant, quote, need.",
            vec![step(1, &first_of_device_1(), "ok")],
        ),
        (
            "records_foreign_record",
            "Device 2 sends device 1's quote id with a higher counter.",
            vec![
                step(1, &first_of_device_1(), "ok"),
                step(
                    2,
                    &[(id(3), 99, quote(id(1), p1(), "Words put in P1's mouth."))],
                    "foreign-record quote",
                ),
            ],
        ),
        (
            "records_foreign_tombstone",
            "Device 2 sends, in a session of its own, a tombstone for device 1's quote.",
            vec![
                step(1, &first_of_device_1(), "ok"),
                step(
                    2,
                    &[
                        (id(20), 1, session(true)),
                        (
                            id(9),
                            2,
                            tomb(id(3), Kind::Quote, id(20), TombstoneReason::Deleted),
                        ),
                    ],
                    "foreign-record quote",
                ),
            ],
        ),
        (
            "records_foreign_session",
            "Device 2 adds a new quote into device 1's session.",
            vec![
                step(1, &first_of_device_1(), "ok"),
                step(
                    2,
                    &[(
                        id(9),
                        1,
                        quote(id(1), Speaker::Group, "Added by another device."),
                    )],
                    "foreign-record session",
                ),
            ],
        ),
        (
            "records_quote_without_consent",
            "A quote of P1, whose consent is not recorded.",
            vec![step(
                1,
                &[
                    (id(1), 1, session(true)),
                    (id(2), 2, participant(id(1), None)),
                    (id(3), 3, quote(id(1), p1(), "Words without consent.")),
                ],
                "without-consent quote",
            )],
        ),
        (
            "records_quote_narrowed_consent",
            "A quote of P1, whose consent covers taking part only.",
            vec![step(
                1,
                &[
                    (id(1), 1, session(true)),
                    (id(2), 2, participant(id(1), Some(&[Scope::TakePart]))),
                    (
                        id(3),
                        3,
                        quote(id(1), p1(), "Words without report consent."),
                    ),
                ],
                "without-consent quote",
            )],
        ),
        (
            "records_need_without_group_consent",
            "A need in a session without the group's consent.",
            vec![step(
                1,
                &[(id(1), 1, session(false)), (id(4), 2, need(id(1)))],
                "without-consent need",
            )],
        ),
        (
            "records_evaluation_comment_without_group_consent",
            "An evaluation whose comment travels although the session has no group consent.",
            vec![step(
                1,
                &[
                    (id(1), 1, session(false)),
                    (id(5), 2, evaluation(id(1), "The hall was hard to reach.")),
                ],
                "without-consent evaluation",
            )],
        ),
        (
            "records_evaluation_answers_only",
            "Anonymous answers without a comment need no group consent.",
            vec![step(
                1,
                &[
                    (id(1), 1, session(false)),
                    (id(5), 2, evaluation(id(1), "")),
                ],
                "ok",
            )],
        ),
        (
            "records_oversized",
            "A quote of 20,001 characters (the limit is 20,000).",
            vec![step(
                1,
                &[
                    (id(1), 1, session(true)),
                    (id(2), 2, participant(id(1), Some(QUOTING))),
                    (id(3), 3, quote(id(1), p1(), &"a".repeat(20_001))),
                ],
                "bad-content quote",
            )],
        ),
        (
            "records_unknown_field",
            "A session record with a field the format does not define.",
            vec![Step {
                device: 1,
                records: unknown_field,
                expect: "bad-content records.json",
                absent: vec![],
            }],
        ),
        (
            "records_other_engagement",
            "A session that names another engagement than the bundle's.",
            vec![step(
                1,
                &[(id(1), 1, other_engagement)],
                "bad-content session",
            )],
        ),
        (
            "records_withdrawn_stays_withdrawn",
            "P1 withdraws; a later replay of the quote at an old counter does not bring it back.",
            vec![
                step(1, &first_of_device_1(), "ok"),
                Step {
                    absent: vec![id(3)],
                    ..step(
                        1,
                        &[
                            (id(1), 1, session(true)),
                            (
                                id(5),
                                5,
                                tomb(id(3), Kind::Quote, id(1), TombstoneReason::ConsentWithdrawn),
                            ),
                            (
                                id(6),
                                6,
                                tomb(
                                    id(2),
                                    Kind::Participant,
                                    id(1),
                                    TombstoneReason::ConsentWithdrawn,
                                ),
                            ),
                        ],
                        "ok",
                    )
                },
                Step {
                    absent: vec![id(3)],
                    ..step(1, &first_of_device_1()[..3], "ok")
                },
            ],
        ),
    ]
}

#[test]
#[ignore = "writes tests/record-vectors/; run on purpose"]
fn regenerate_record_vectors() {
    fs::create_dir_all(dir()).unwrap();
    for (name, comment, steps) in vectors() {
        let steps: Vec<Value> = steps
            .into_iter()
            .map(|s| {
                json!({
                    "device": s.device, "expect": s.expect,
                    "absent": s.absent, "records": s.records,
                })
            })
            .collect();
        let v = json!({ "comment": comment, "engagement": ENGAGEMENT_ID, "steps": steps });
        let mut text = serde_json::to_string_pretty(&v).unwrap();
        text.push('\n');
        fs::write(dir().join(format!("{name}.json")), text).unwrap();
    }
}

/// An outcome as vector files state it.
fn outcome(result: &Result<ImportOutcome, Error>) -> String {
    match result {
        Ok(ImportOutcome::Imported(_)) => "ok".into(),
        Ok(other) => format!("{other:?}"),
        Err(Error::Exchange(ExchangeError::ForeignRecord { kind })) => {
            format!("foreign-record {}", kind.name())
        }
        Err(Error::Exchange(ExchangeError::WithoutConsent { kind })) => {
            format!("without-consent {}", kind.name())
        }
        Err(Error::Exchange(ExchangeError::BadContent { what })) => format!("bad-content {what}"),
        Err(e) => format!("{e:?}"),
    }
}

fn held(v: &Vault) -> BTreeMap<RecordId, String> {
    Kind::ALL
        .into_iter()
        .flat_map(|k| v.records(k))
        .filter(|(_, r)| !matches!(r, Record::Device(_) | Record::Grant(_)))
        .map(|(id, r)| (id, format!("{:?}", serde_json::to_string(r).unwrap())))
        .collect()
}

#[test]
fn every_record_vector_has_its_stated_outcome() {
    let mut names = vec![];
    for entry in fs::read_dir(dir()).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        let v: Value = serde_json::from_slice(&fs::read(&path).unwrap()).unwrap();
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        names.push(name.clone());
        let (_t, mut c, _) = TestVault::new();
        let kit = kit_for(&mut c);
        c.import_kit(&kit).unwrap();
        let recipient = c.identity().unwrap().age.recipient();
        let mut sequence: BTreeMap<u64, u64> = BTreeMap::new();
        for (i, s) in v["steps"].as_array().unwrap().iter().enumerate() {
            let device = s["device"].as_u64().unwrap();
            let seq = sequence.entry(device).or_insert(0);
            *seq += 1;
            let key = SigningKey::from_bytes(&[device as u8; 32]).unwrap();
            let bytes = bundle::write(
                &BundleHeader {
                    engagement_id: v["engagement"].as_str().unwrap(),
                    device_sequence: *seq,
                    created: time::OffsetDateTime::now_utc(),
                },
                &[("records.json", &serde_json::to_vec(&s["records"]).unwrap())],
                &key,
                std::slice::from_ref(&recipient),
            )
            .unwrap();
            let before = held(&c);
            let result = c.import_bundle(&bytes, "vector", true);
            let expect = s["expect"].as_str().unwrap();
            assert_eq!(outcome(&result), expect, "{name} step {i}");
            if expect != "ok" {
                assert_eq!(held(&c), before, "{name} step {i} changed the vault");
            }
            for absent in s["absent"].as_array().unwrap() {
                let id: RecordId = absent.as_str().unwrap().parse().unwrap();
                assert!(c.record(id).is_none(), "{name} step {i}: {id} present");
            }
        }
    }
    let expected: Vec<&str> = vectors().iter().map(|(n, _, _)| *n).collect();
    names.sort();
    let mut expected: Vec<String> = expected.into_iter().map(String::from).collect();
    expected.sort();
    assert_eq!(names, expected, "vector files and their generator differ");
}

/// What the fuzz target does, on a fixed set of inputs: every record
/// vector's steps, each with single bytes changed and cut short, planned
/// against a vault holding device 1's records. Refusals are fine; a panic
/// is not.
#[test]
fn damaged_records_are_refused_never_panic() {
    let (_t, mut c, _) = TestVault::new();
    let kit = kit_for(&mut c);
    c.import_kit(&kit).unwrap();
    let author = "0101010101010101";
    let mut inputs = vec![];
    for (_, _, steps) in vectors() {
        for s in steps {
            inputs.push(serde_json::to_vec(&s.records).unwrap());
        }
    }
    let mut checked = 0;
    for input in &inputs {
        for at in (0..input.len()).step_by(7) {
            let mut bad = input.clone();
            bad[at] ^= 0x20;
            let _ = hearken::coordinator::apply::check_json(&c, engagement(), author, &bad);
            let _ = hearken::coordinator::apply::check_json(&c, engagement(), author, &input[..at]);
            checked += 2;
        }
    }
    assert!(checked > 1000, "{checked}");
}
