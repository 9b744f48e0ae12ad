//! Closing the loop, on real vaults and files: official recommendations
//! imported strictly, links, the append-only history, the progress review,
//! the dashboard, open data, signed community updates and the evaluation
//! of sessions, from kit to the facilitator's printed update.

use std::path::Path;

use hearken::{
    Error,
    coordinator::tracking::{TrackInput, TrackingError},
    exchange::ExchangeError,
    facilitator::ExportRequest,
    format::FormatError,
    model::{
        Answer, EvaluationInput, Kind, LinkTarget, QuoteInput, RecommendationInput, Record,
        RecordId, Scope, SessionInput, Speaker, TrackState, TrackedKind,
    },
    synthesis::{Filters, Synthesis},
    vault::Vault,
};

use crate::support::*;

const UPR_CSV: &str = "\
id,mechanism,source,recommending_state,response,text,articles
158.2,upr,UPR cycle 4,Chile,supported,\"Increase the number of trained midwives, giving priority to rural areas.\",CEDAW art. 14
158.10,upr,UPR cycle 4,Kenya,noted,Guarantee women's equal right to own land.,
\"CEDAW/C/ARC/CO/8 para 23\",treaty,CEDAW/C/ARC/CO/8,,,Ensure rural women have access to water.,CEDAW art. 14
";

fn today_minus(days: i64) -> String {
    let d = time::OffsetDateTime::now_utc().date() - time::Duration::days(days);
    format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())
}

/// Every record of the vault with its serialized body: what a refused
/// action must leave exactly as it was.
fn snapshot(v: &Vault) -> Vec<String> {
    let mut out: Vec<String> = Kind::ALL
        .iter()
        .flat_map(|k| v.records(*k))
        .map(|(id, r)| format!("{id} {}", serde_json::to_string(r).unwrap()))
        .collect();
    out.sort();
    out
}

fn tracking_err(e: Error) -> TrackingError {
    match e {
        Error::Tracking(t) => t,
        other => panic!("expected a tracking error, got {other:?}"),
    }
}

#[test]
fn official_recommendations_import_strictly_all_or_nothing_and_never_overwrite_silently() {
    let (_t, mut v, _) = TestVault::new();
    let (e, _) = session(&mut v);
    let rows = hearken::coordinator::officials::parse(UPR_CSV.as_bytes()).unwrap();
    let done = v.import_officials(e, rows.clone(), false).unwrap();
    assert_eq!((done.added, done.unchanged), (3, 0));
    let codes: Vec<String> = v.officials(e).iter().map(|(_, o)| o.code.clone()).collect();
    assert_eq!(codes, ["158.2", "158.10", "CEDAW/C/ARC/CO/8 para 23"]);

    // The same file again changes nothing.
    let before = snapshot(&v);
    let again = v.import_officials(e, rows, false).unwrap();
    assert_eq!((again.added, again.unchanged), (0, 3));
    assert_eq!(snapshot(&v), before);

    // A changed text is reported and left alone unless replaced on purpose.
    let changed = UPR_CSV.replace("own land", "own and inherit land");
    let rows = hearken::coordinator::officials::parse(changed.as_bytes()).unwrap();
    let done = v.import_officials(e, rows.clone(), false).unwrap();
    assert_eq!(done.changed, ["158.10"]);
    assert_eq!(snapshot(&v), before);
    v.import_officials(e, rows, true).unwrap();
    let id = v.official(e, "158.10").unwrap();
    let Some(Record::Official(o)) = v.record(id) else {
        panic!()
    };
    assert!(o.text.contains("own and inherit"));
    assert_eq!(o.corrections.len(), 1);
    assert!(o.corrections[0].text.contains("own land"));

    // Bad files are refused whole, naming line and field.
    use hearken::coordinator::officials::{Problem, RowAt, parse};
    let bad = |s: &str| parse(s.as_bytes()).unwrap_err();
    let head = "id,mechanism,source,text,response\n";
    assert_eq!(
        bad(&format!("{head}1,upr,4,ok,\n2,upr,4,ok,perhaps\n")),
        TrackingError::Row {
            at: RowAt::Line(3),
            field: "response",
            problem: Problem::Invalid
        }
    );
    assert!(matches!(
        bad("id,mechanism,src,text\n"),
        TrackingError::UnknownColumn { .. }
    ));
    assert!(matches!(
        bad("\u{0}\u{1}garbage"),
        TrackingError::MissingColumn { .. }
            | TrackingError::UnknownColumn { .. }
            | TrackingError::NotCsv
    ));
}

#[test]
fn history_is_append_only_and_sets_state_body_and_due() {
    let (_t, mut v, _) = TestVault::new();
    let (e, s) = session(&mut v);
    v.identity().unwrap();
    let rows = hearken::coordinator::officials::parse(UPR_CSV.as_bytes()).unwrap();
    v.import_officials(e, rows, false).unwrap();
    let o = v.official(e, "158.2").unwrap();
    let entry = |date: &str, state, body: &str, next: Option<String>| TrackInput {
        date: date.into(),
        state: Some(state),
        evidence: "Budget line adopted".into(),
        source: "Official gazette".into(),
        body: body.into(),
        next_review: next,
    };
    v.track(
        o,
        entry(
            &today_minus(400),
            TrackState::InProgress,
            "Ministry of Health",
            None,
        ),
    )
    .unwrap();
    // Recorded later, but dated earlier: the latest date decides.
    v.track(
        o,
        entry(&today_minus(500), TrackState::NotStarted, "", None),
    )
    .unwrap();
    let t = v.tracking(e).unwrap();
    let item = t.get(o).unwrap();
    assert_eq!(item.state, TrackState::InProgress);
    assert_eq!(item.body, "Ministry of Health");
    assert_eq!(item.history.len(), 2);
    assert!(item.due, "nothing recorded for more than a year");
    v.track(
        o,
        entry(
            &today_minus(1),
            TrackState::PartiallyImplemented,
            "",
            Some(today_minus(-30)),
        ),
    )
    .unwrap();
    let t = v.tracking(e).unwrap();
    let item = t.get(o).unwrap();
    assert_eq!(item.state, TrackState::PartiallyImplemented);
    assert_eq!(
        item.body, "Ministry of Health",
        "an empty body keeps the last"
    );
    assert!(!item.due);
    assert_eq!(item.history.len(), 3);

    // Refused, and nothing changes: a future date, a review before the
    // date, no evidence, a record that is not a recommendation.
    let before = snapshot(&v);
    let err = |r: Result<RecordId, Error>| r.unwrap_err();
    // A day's grace for time zones ahead of UTC; after that, the future.
    for days in [2, 400] {
        assert_eq!(
            tracking_err(err(v.track(
                o,
                entry(&today_minus(-days), TrackState::Implemented, "", None)
            ))),
            TrackingError::FutureDate
        );
    }
    assert!(matches!(
        err(v.track(o, entry("2026-02-30", TrackState::Implemented, "", None))),
        Error::Record(_)
    ));
    assert_eq!(
        tracking_err(err(v.track(
            o,
            entry(
                &today_minus(3),
                TrackState::Implemented,
                "",
                Some(today_minus(4))
            )
        ))),
        TrackingError::ReviewBeforeDate
    );
    let mut no_evidence = entry(&today_minus(3), TrackState::Implemented, "", None);
    no_evidence.evidence = "  ".into();
    assert!(matches!(err(v.track(o, no_evidence)), Error::Record(_)));
    assert_eq!(
        tracking_err(err(
            v.track(s, entry(&today_minus(3), TrackState::Implemented, "", None))
        )),
        TrackingError::NotTracked
    );
    assert_eq!(snapshot(&v), before);
}

/// A coordinator with the demo engagement and a facilitator that imported
/// its kit.
fn pair() -> ((TestVault, Vault), (TestVault, Vault), RecordId) {
    let (ct, mut c, _) = TestVault::new();
    let engagement = hearken::demo::load_engagement(&mut c).unwrap();
    let kit = c.create_kit(engagement, &[]).unwrap();
    let (ft, mut f, _) = TestVault::new();
    f.import_kit(&kit).unwrap();
    ((ct, c), (ft, f), engagement)
}

fn pdf_text(path: &Path) -> String {
    let out = std::process::Command::new("pdftotext")
        .args([path.to_str().unwrap(), "-"])
        .output()
        .expect("pdftotext (poppler-utils) is installed by scripts/deps.sh");
    assert!(out.status.success());
    let check = std::process::Command::new("qpdf")
        .args(["--check", path.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(check.status.success(), "qpdf --check failed");
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn the_whole_loop_from_kit_to_the_printed_community_update() {
    let ((_ct, mut c), (_ft, mut f), engagement) = pair();
    let theme = c.themes(engagement)[0].0;

    // The facilitator runs a session: two participants, one consenting to
    // sharing, one only to reports; a group recommendation; evaluations.
    let s = f
        .add_session(
            engagement,
            SessionInput {
                date: "2026-05-01".into(),
                place: "Eastgate village hall".into(),
                region: "Capital District".into(),
                languages: vec!["en".into()],
                ..Default::default()
            },
        )
        .unwrap();
    let shared_scopes = [Scope::TakePart, Scope::QuotesInReports, Scope::QuotesShared];
    let (p1, code1) = f.add_participant(s, None).unwrap();
    f.give_consent(p1, consent(&shared_scopes)).unwrap();
    let (p2, code2) = f.add_participant(s, None).unwrap();
    f.give_consent(p2, consent(QUOTE_SCOPES)).unwrap();
    f.give_group_consent(s, consent(&shared_scopes)).unwrap();
    let quote = |f: &mut Vault, code: &str, text: &str| {
        f.add_quote(
            s,
            QuoteInput {
                speaker: Speaker::parse(code),
                text: text.into(),
                language: "en".into(),
                translation: None,
                themes: vec![theme],
            },
        )
        .unwrap()
    };
    quote(&mut f, &code1, "SHAREABLE the midwife comes once a month");
    quote(
        &mut f,
        &code2,
        "REPORTSONLY we walk four hours to the clinic",
    );
    let rec = f
        .add_recommendation(
            s,
            RecommendationInput {
                text: "Station a midwife in every village cluster".into(),
                language: "en".into(),
                themes: vec![theme],
                duty_bearer: "Ministry of Health".into(),
                references: vec!["UPR 158.2".into()],
            },
        )
        .unwrap();
    let twin = f
        .add_recommendation(
            s,
            RecommendationInput {
                text: "A midwife for each group of villages".into(),
                language: "en".into(),
                themes: vec![theme],
                duty_bearer: "Ministry of Health".into(),
                references: vec![],
            },
        )
        .unwrap();
    for (i, a) in [
        Answer::Yes,
        Answer::Yes,
        Answer::Partly,
        Answer::No,
        Answer::Yes,
        Answer::Yes,
    ]
    .into_iter()
    .enumerate()
    {
        let done = f
            .add_evaluation(
                s,
                EvaluationInput {
                    felt_safe: a,
                    own_language: Answer::Yes,
                    accessible: Answer::Unanswered,
                    again: Answer::Yes,
                    comment: if i == 0 {
                        "Thanks, call me on +44 7700 900123".into()
                    } else {
                        String::new()
                    },
                },
            )
            .unwrap();
        if i == 0 {
            assert!(done.redacted >= 1, "the phone number is replaced");
        }
    }
    let (_, first) = f.evaluations(s)[0];
    assert!(!first.comment.contains("7700"), "no raw comment is stored");

    let bundle = f.export_bundle(&ExportRequest::default()).unwrap();
    assert_eq!(bundle.evaluations, 6);
    c.import_bundle(&bundle.bytes, "b", true).unwrap();
    assert_eq!(c.evaluations(s).len(), 6);

    // Official recommendations (one with markup in its text), a link, two
    // state changes.
    let hostile = format!(
        "{UPR_CSV}158.99,upr,UPR cycle 4,,,\"<script>alert(1)</script><img src=x onerror=alert(2)> Hostile\",\n"
    );
    let rows = hearken::coordinator::officials::parse(hostile.as_bytes()).unwrap();
    c.import_officials(engagement, rows, false).unwrap();
    let official = c.official(engagement, "158.2").unwrap();
    assert_eq!(c.link_suggestions(rec).unwrap(), [official]);
    c.link_recommendation(rec, LinkTarget::Official(official))
        .unwrap();
    assert!(matches!(
        c.link_recommendation(rec, LinkTarget::Official(official)),
        Err(Error::Tracking(TrackingError::AlreadyLinked))
    ));
    c.link_recommendation(rec, LinkTarget::Article("CEDAW art. 14".into()))
        .unwrap();
    for (date, state) in [
        ("2026-06-01", TrackState::InProgress),
        ("2026-10-01", TrackState::PartiallyImplemented),
    ] {
        c.track(
            official,
            TrackInput {
                date: date.into(),
                state: Some(state),
                evidence: "EVIDENCE 22 midwife posts filled".into(),
                source: "Ministry report".into(),
                body: "Ministry of Health".into(),
                next_review: None,
            },
        )
        .unwrap();
    }
    // A second recommendation, merged into the first: linking it counts
    // for the one it was merged into, which is the one tracked.
    c.merge_recommendations(rec, twin).unwrap();
    c.link_recommendation(twin, LinkTarget::Article("CRPD art. 9".into()))
        .unwrap();
    let t = c.tracking(engagement).unwrap();
    assert!(
        t.get(twin).is_none(),
        "a merged recommendation is not listed"
    );
    assert!(
        t.get(rec)
            .unwrap()
            .articles
            .contains(&"CRPD art. 9".to_owned())
    );
    let t = c.tracking(engagement).unwrap();
    let item = t.get(official).unwrap();
    assert_eq!(item.links.len(), 1);
    assert_eq!(item.quotes.len(), 2);
    let community = t.get(rec).unwrap();
    assert_eq!(community.kind, TrackedKind::Community);
    assert_eq!(community.articles, ["CEDAW art. 14", "CRPD art. 9"]);

    // The evaluation is aggregated with small cells suppressed (k = 5).
    let synth = Synthesis::compute(&c, engagement, &Filters::default()).unwrap();
    assert_eq!(synth.evaluation.sessions, 1);
    assert_eq!(
        synth.evaluation.responses,
        hearken::redact::cells::Shown::Exact(6)
    );
    let felt_safe = &synth.evaluation.questions[0].answers;
    assert!(
        felt_safe
            .iter()
            .all(|s| !matches!(s, hearken::redact::cells::Shown::Exact(n) if *n < 5 && *n > 0)),
        "no exact count below k: {felt_safe:?}"
    );

    // The progress review, in English and Arabic.
    let dir = tempfile::tempdir().unwrap();
    let (tracking, shared) = c.published(engagement, false).unwrap();
    for lang in ["en", "ar"] {
        let names = c
            .label_book(engagement, lang)
            .theme_names(&shared, &hearken::i18n::Localizer::report(lang));
        let doc = hearken::report::review::document(&tracking, &shared.evaluation, lang, &names);
        let path = dir.path().join(format!("review-{lang}.pdf"));
        hearken::report::framework::write(&doc, &path, _ct.path.as_path()).unwrap();
        let text = pdf_text(&path);
        assert!(text.contains("158.2"), "{lang}");
        assert!(
            text.contains("SHAREABLE"),
            "{lang}: the shared quote is there"
        );
        assert!(
            !text.contains("REPORTSONLY"),
            "{lang}: a quote not consented for sharing"
        );
        assert!(!text.contains(&code1) && !text.contains(&code2));
        // Themes are named in the reader's language, not by code.
        if lang == "ar" {
            assert!(
                names
                    .values()
                    .filter_map(|n| n.split_whitespace().next())
                    .any(|w| text.contains(w)
                        && w.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))),
                "an Arabic theme name in the review"
            );
        }
        if lang == "en" {
            assert!(text.contains("Partially implemented"));
            assert!(text.contains("EVIDENCE 22 midwife posts filled"));
            assert!(
                text.contains("· bundle "),
                "quotes are traced to their bundle"
            );
        }
    }

    // The dashboard: nothing that may not be shared, anywhere in the folder.
    let files = hearken::report::dashboard::build(&tracking, &shared);
    let all: String = files
        .iter()
        .map(|(_, b)| String::from_utf8(b.clone()).unwrap())
        .collect();
    assert!(all.contains("SHAREABLE"));
    assert!(all.contains("EVIDENCE 22 midwife posts filled"));
    // Texts, evidence and quotes are written once, among the records, and
    // every language's list leads there.
    let page = |name: &str| {
        let (_, b) = files.iter().find(|(n, _)| n == name).unwrap();
        String::from_utf8(b.clone()).unwrap()
    };
    // (Two history entries carry this evidence.)
    assert_eq!(all.matches("EVIDENCE 22 midwife posts filled").count(), 2);
    assert!(page("records/1.html").contains("EVIDENCE 22 midwife posts filled"));
    assert!(page("records/1.html").contains("id=\"r0\""));
    for lang in hearken::i18n::LANGUAGES {
        let list = page(&format!("{lang}/recommendations.html"));
        assert!(list.contains("href=\"../records/1.html#r0\""), "{lang}");
        assert!(!list.contains("EVIDENCE"), "{lang}");
    }
    for forbidden in [
        "REPORTSONLY",
        "Eastgate village hall",
        code1.as_str(),
        code2.as_str(),
        "7700",
    ] {
        assert!(!all.contains(forbidden), "{forbidden} is in the dashboard");
    }
    assert!(
        all.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "markup is escaped"
    );
    assert!(!all.contains("<img src=x"));
    for (name, bytes) in &files {
        if name.ends_with(".html") {
            let page = String::from_utf8_lossy(bytes);
            assert!(
                !page.contains("http://")
                    && !page.contains("https://")
                    && !page.contains("<script"),
                "{name}"
            );
        }
    }
    let out = dir.path().join("dash");
    hearken::files::write_folder(
        &out,
        &files,
        &_ct.path,
        hearken::report::dashboard::is_dashboard,
    )
    .unwrap();
    assert!(out.join("ar/index.html").exists());
    let ar = std::fs::read_to_string(out.join("ar/index.html")).unwrap();
    assert!(ar.contains("dir=\"rtl\""));

    // Open data holds the history, never quotes or codes.
    let csv = String::from_utf8(hearken::report::open_data::csv(&tracking).unwrap()).unwrap();
    assert!(csv.contains("partially_implemented") && csv.contains("EVIDENCE"));
    assert!(!csv.contains("SHAREABLE") && !csv.contains(&code1));

    // The community update: signed, imported by the facilitator, printed.
    let update = c.create_update(engagement).unwrap();
    let before = snapshot(&f);
    let mut tampered = update.clone();
    let mid = tampered.len() / 2;
    tampered[mid] ^= 0x20;
    assert!(f.import_update(&tampered).is_err());
    assert!(f.import_update(&update[..update.len() - 10]).is_err());
    // Signed by another key for the same engagement: refused.
    let (_ot, mut other, _) = TestVault::new();
    let other_e = hearken::demo::load_engagement(&mut other).unwrap();
    let foreign = other.create_update(other_e).unwrap();
    assert!(
        matches!(
            f.import_update(&foreign),
            Err(Error::Exchange(ExchangeError::UnknownEngagement))
        ),
        "an engagement without a kit here"
    );
    let forged = {
        let identity = other.identity().unwrap();
        let id = engagement.to_string();
        let recipients = [identity.age.recipient()];
        let content = format!(
            r#"{{"format":"hearken-community-update","version":1,"engagement":"{id}","sequence":99999999999999,"issued":"2026-12-01","title":"forged","heard":{{"sessions":0,"participants":{{"shown":"exact","value":0}},"quotes":0,"themes":[]}},"recommendations":[],"evaluation":{{"sessions":0,"responses":{{"shown":"exact","value":0}},"questions":[]}}}}"#
        );
        hearken::kit::write(
            &hearken::kit::KitHeader {
                engagement_id: &id,
                kit_version: 99999999999999,
                created: time::OffsetDateTime::now_utc(),
                recipients: &recipients,
            },
            &[("update.json", content.as_bytes())],
            &identity.signing,
        )
        .unwrap()
    };
    assert!(matches!(
        f.import_update(&forged),
        Err(Error::Format(FormatError::SignerChanged { .. }))
    ));
    // A kit is not an update.
    let kit = c.create_kit(engagement, &[]).unwrap();
    assert!(f.import_update(&kit).is_err());
    assert_eq!(snapshot(&f), before, "refused updates change nothing");

    let done = f.import_update(&update).unwrap();
    assert!(done.recommendations >= 1);
    // Again, or an older one: refused.
    assert!(matches!(
        f.import_update(&update),
        Err(Error::Format(FormatError::AlreadyImported))
    ));
    std::thread::sleep(std::time::Duration::from_millis(5));
    let newer = c.create_update(engagement).unwrap();
    f.import_update(&newer).unwrap();
    assert!(matches!(
        f.import_update(&update),
        Err(Error::Format(FormatError::KitOutdated { .. }))
    ));
    let u = f.latest_update(engagement).unwrap();
    assert!(
        u.recommendations
            .iter()
            .any(|r| r.id == "158.2" && r.state == TrackState::PartiallyImplemented)
    );
    for lang in ["en", "ar"] {
        let doc = hearken::report::update::document(&u, lang).unwrap();
        let path = dir.path().join(format!("update-{lang}.pdf"));
        let pages = hearken::report::framework::write(&doc, &path, _ft.path.as_path()).unwrap();
        assert_eq!(pages, 1);
        let text = pdf_text(&path);
        assert!(text.contains("158.2"));
        if lang == "en" {
            assert!(text.contains("What Happened with Your Input"));
        }
    }
}

#[test]
fn evaluation_comments_leave_only_under_group_consent_and_are_checked_on_import() {
    let ((_ct, mut c), (_ft, mut f), engagement) = pair();
    let s = f
        .add_session(
            engagement,
            SessionInput {
                date: "2026-05-01".into(),
                place: "Westgate".into(),
                languages: vec!["en".into()],
                ..Default::default()
            },
        )
        .unwrap();
    // Without the group's consent a comment is refused; answers alone are not.
    let with_comment = || EvaluationInput {
        felt_safe: Answer::Yes,
        comment: "PRIVATE remark".into(),
        ..Default::default()
    };
    assert!(matches!(
        f.add_evaluation(s, with_comment()),
        Err(Error::Consent(_))
    ));
    f.add_evaluation(
        s,
        EvaluationInput {
            felt_safe: Answer::No,
            ..Default::default()
        },
    )
    .unwrap();
    let bundle = f.export_bundle(&ExportRequest::default()).unwrap();
    assert_eq!(bundle.evaluations, 1);
    c.import_bundle(&bundle.bytes, "b", true).unwrap();
    let (_, e) = c.evaluations(s)[0];
    assert_eq!(e.felt_safe, Answer::No);
    assert_eq!(e.created_at % 3600, 0, "times are rounded to the hour");

    // With the group's consent the comment travels; narrowed (or
    // withdrawn), it is cleared at home and at the coordinator with the
    // next bundle, and the answers stay.
    f.give_group_consent(s, consent(&[Scope::TakePart, Scope::QuotesInReports]))
        .unwrap();
    let commented = f.add_evaluation(s, with_comment()).unwrap().id;
    let bundle = f.export_bundle(&ExportRequest::default()).unwrap();
    c.import_bundle(&bundle.bytes, "b2", true).unwrap();
    let at_coordinator = |c: &Vault| {
        let Some(Record::Evaluation(e)) = c.record(commented) else {
            panic!("the evaluation arrived")
        };
        e.clone()
    };
    assert_eq!(at_coordinator(&c).comment, "PRIVATE remark");
    f.give_group_consent(s, consent(&[Scope::TakePart]))
        .unwrap();
    let Some(Record::Evaluation(home)) = f.record(commented) else {
        panic!()
    };
    assert!(home.comment.is_empty());
    let bundle = f.export_bundle(&ExportRequest::default()).unwrap();
    c.import_bundle(&bundle.bytes, "b3", true).unwrap();
    assert!(at_coordinator(&c).comment.is_empty());
    assert_eq!(at_coordinator(&c).felt_safe, Answer::Yes);

    // A bundle whose evaluation carries a comment without group consent is
    // refused whole (a device that skipped the rule).
    let records = format!(
        r#"{{"format":"hearken-records","version":1,"engagement":"{engagement}","records":[{{"id":"{}","counter":1,"record":{{"evaluation":{{"session":"{s}","felt_safe":"yes","own_language":"no","accessible":"partly","again":"unanswered","comment":"words","created_at":0}}}}}}]}}"#,
        RecordId::random()
    );
    let author = c.origin_of(s).unwrap().author.clone();
    assert!(matches!(
        hearken::coordinator::apply::check_json(&c, engagement, &author, records.as_bytes()),
        Err(ExchangeError::WithoutConsent {
            kind: Kind::Evaluation
        })
    ));
}

/// The CLI as scripts use it: `--json` errors carry the code, and a refused
/// command leaves the follow-up as it was.
fn error_code(out: &std::process::Output) -> String {
    assert!(!out.status.success(), "expected a refusal");
    let v: serde_json::Value = serde_json::from_slice(&out.stderr)
        .unwrap_or_else(|_| panic!("{}", String::from_utf8_lossy(&out.stderr)));
    v["error"]["code"].as_str().unwrap().to_owned()
}

#[test]
fn the_cli_refuses_bad_follow_up_input_with_a_translated_reason_and_changes_nothing() {
    let c = crate::cli::Cli::init();
    c.ok(&["demo"]);
    let dir = c.dir.path();
    let before = c.json(&["tracking", "list"]);
    let refused = |args: &[&str]| {
        let mut a = vec!["--json"];
        a.extend_from_slice(args);
        error_code(&c.run(&a))
    };
    let file = |name: &str, body: &str| {
        let p = dir.join(name);
        std::fs::write(&p, body).unwrap();
        p.to_str().unwrap().to_owned()
    };
    let cases = [
        (
            file("cols.csv", "id,mech,source,text\n1,upr,4,t\n"),
            "official-unknown-column",
        ),
        (
            file("missing.csv", "id,mechanism,text\n"),
            "official-missing-column",
        ),
        (
            file(
                "state.csv",
                "id,mechanism,source,text,response\n1,upr,4,t,maybe\n",
            ),
            "official-invalid",
        ),
        (
            file("short.csv", "id,mechanism,source,text\n1,upr,4\n"),
            "official-bad-line",
        ),
        (
            file("x.json", "{\"format\":\"other\"}"),
            "official-not-json",
        ),
    ];
    for (path, code) in &cases {
        assert_eq!(&refused(&["tracking", "import", path]), code, "{path}");
    }
    for (args, code) in [
        (
            vec![
                "tracking",
                "update",
                "153.42",
                "--state",
                "done",
                "--date",
                "2026-01-01",
                "--evidence",
                "e",
            ],
            "tracking-unknown-state",
        ),
        (
            vec![
                "tracking",
                "update",
                "153.42",
                "--state",
                "implemented",
                "--date",
                "2026-02-30",
                "--evidence",
                "e",
            ],
            "bad-date",
        ),
        (
            vec![
                "tracking",
                "update",
                "153.42",
                "--state",
                "implemented",
                "--date",
                "2999-01-01",
                "--evidence",
                "e",
            ],
            "tracking-future-date",
        ),
        (
            vec![
                "tracking",
                "update",
                "999.999",
                "--state",
                "implemented",
                "--date",
                "2026-01-01",
                "--evidence",
                "e",
            ],
            "tracking-unknown-official",
        ),
        (
            vec!["tracking", "link", "999.999", "153.42"],
            "record-not-found",
        ),
    ] {
        assert_eq!(refused(&args), code, "{args:?}");
    }
    assert_eq!(c.json(&["tracking", "list"]), before, "nothing changed");

    // The same refusal in Arabic names the line in Arabic, not in English.
    let arabic = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_hearken"))
            .arg("--lang=ar")
            .args(args)
            .env("HEARKEN_VAULT", &c.vault)
            .env("HEARKEN_PASSPHRASE_FILE", &c.pass_file)
            .env_remove("HEARKEN_DATA_DIR")
            .output()
            .unwrap()
    };
    let out = arabic(&["tracking", "import", &cases[2].0]);
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(said.contains('2') && !said.contains("Line 2"), "{said}");
    assert!(
        said.chars()
            .any(|ch| ('\u{0600}'..='\u{06FF}').contains(&ch)),
        "{said}"
    );

    // A folder that is not a dashboard is never replaced.
    let busy = dir.join("busy");
    std::fs::create_dir(&busy).unwrap();
    std::fs::write(busy.join("notes.txt"), "mine").unwrap();
    assert_eq!(
        refused(&["dashboard", "--out", busy.to_str().unwrap()]),
        "file-folder-in-use"
    );
    assert_eq!(
        std::fs::read_to_string(busy.join("notes.txt")).unwrap(),
        "mine"
    );
    // A dashboard replaces an earlier one.
    let dash = dir.join("dash");
    c.ok(&["dashboard", "--out", dash.to_str().unwrap()]);
    c.ok(&["dashboard", "--out", dash.to_str().unwrap()]);
    assert!(dash.join("ru/recommendations.html").exists());

    // The review and open data come out; the due list is scriptable.
    let review = dir.join("review.pdf");
    let done = arabic(&[
        "report",
        "--format",
        "review",
        "--out",
        review.to_str().unwrap(),
    ]);
    assert!(
        done.status.success(),
        "{}",
        String::from_utf8_lossy(&done.stderr)
    );
    assert!(pdf_text(&review).contains("153.42"));
    let due = c.json(&["tracking", "due"]);
    assert!(due.as_array().is_some());
    let csv = dir.join("open.csv");
    c.ok(&[
        "tracking",
        "export",
        "--format",
        "csv",
        "--out",
        csv.to_str().unwrap(),
    ]);
    assert!(
        std::fs::read_to_string(&csv)
            .unwrap()
            .contains("partially_implemented")
    );

    // An update from this vault cannot be imported here (no kit pins its
    // engagement), and a truncated file is refused.
    let update = dir.join("u.hearken-update");
    c.ok(&["update", "create", "--out", update.to_str().unwrap()]);
    assert_eq!(
        refused(&["update", "import", update.to_str().unwrap()]),
        "exchange-unknown-engagement"
    );
    let bytes = std::fs::read(&update).unwrap();
    let cut = file("cut", "");
    std::fs::write(&cut, &bytes[..bytes.len() / 2]).unwrap();
    assert!(refused(&["update", "import", &cut]).starts_with("format-"));

    // Evaluations: a wrong answer is refused before anything else.
    let s = c.json(&["session", "list"])[0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(
        refused(&["evaluation", "add", "--session", &s, "--safe", "maybe"]),
        "field-invalid"
    );
    c.ok(&[
        "evaluation",
        "add",
        "--session",
        &s,
        "--safe",
        "no",
        "--again",
        "yes",
    ]);
    let summary = dir.join("update.pdf");
    c.ok(&[
        "report",
        "--format",
        "update",
        "--session",
        &s,
        "--out",
        summary.to_str().unwrap(),
    ]);
    assert!(pdf_text(&summary).contains("153."));
}
