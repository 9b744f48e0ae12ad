//! The synthesis against numbers worked out by hand on a small fixture, its
//! filters, small-cell suppression and gaps; and a smoke run over the demo.

use hearken::{
    model::{
        ConsentInput, ConsentMethod, EngagementInput, GroupCount, NeedInput, QuoteInput,
        RecommendationInput, RecordId, Scope, SessionInput, Speaker, ThemeInput,
    },
    redact::cells::Shown,
    synthesis::{Filters, Synthesis},
    vault::Vault,
};
use serde_json::Value;

use crate::support::TestVault;

pub struct Fixture {
    pub engagement: RecordId,
    pub a: RecordId,
    pub b: RecordId,
    /// q1..q5 in capture order.
    pub quotes: Vec<RecordId>,
}

fn consent(lang: &str, shared: bool) -> ConsentInput {
    let mut scopes = vec![Scope::TakePart, Scope::QuotesInReports];
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

fn people(v: &mut Vault, s: RecordId, lang: &str, n: usize, shared_first: bool) -> Vec<String> {
    (0..n)
        .map(|i| {
            let (p, code) = v.add_participant(s, None).unwrap();
            v.give_consent(p, consent(lang, shared_first && i == 0))
                .unwrap();
            code
        })
        .collect()
}

fn quote(v: &mut Vault, s: RecordId, who: &str, lang: &str, themes: &[RecordId]) -> RecordId {
    v.add_quote(
        s,
        QuoteInput {
            speaker: Speaker::Participant(who.into()),
            text: format!("Words of {who} about {} themes.", themes.len()),
            language: lang.into(),
            translation: None,
            themes: themes.to_vec(),
        },
    )
    .unwrap()
}

/// k = 5. Themes HEA, WAT and WAT-Q (child of WAT). Session A (North,
/// 2026-03-01, en): 3 participants (the first consents to sharing), women 4
/// and youth 2. Session B (South, 2026-04-10, fr): 6 participants, women 5.
/// Quotes: q1 A [WAT-Q], q2 A [WAT, WAT-Q], q3 A [HEA, WAT-Q], q4 B [HEA],
/// q5 B [WAT]. The engagement also names region East and group elders.
pub fn build(v: &mut Vault) -> Fixture {
    let e = v
        .add_engagement(EngagementInput {
            title: "Water".into(),
            languages: vec!["en".into(), "fr".into()],
            regions: vec!["North".into(), "South".into(), "East".into()],
            groups: vec!["women".into(), "youth".into(), "elders".into()],
            k: Some(5),
            ..Default::default()
        })
        .unwrap();
    let theme = |v: &mut Vault, code: &str, parent| {
        v.add_theme(
            e,
            ThemeInput {
                code: code.into(),
                label: code.to_lowercase(),
                parent,
                ..Default::default()
            },
        )
        .unwrap()
    };
    let hea = theme(v, "HEA", None);
    let wat = theme(v, "WAT", None);
    let watq = theme(v, "WAT-Q", Some(wat));
    let session = |v: &mut Vault, date: &str, region: &str, lang: &str, demo: &[(&str, u32)]| {
        v.add_session(
            e,
            SessionInput {
                date: date.into(),
                place: format!("{region} hall"),
                region: region.into(),
                languages: vec![lang.into()],
                demographics: demo
                    .iter()
                    .map(|(g, c)| GroupCount {
                        group: (*g).into(),
                        count: *c,
                    })
                    .collect(),
                private_names: vec!["Private Person".into()],
                ..Default::default()
            },
        )
        .unwrap()
    };
    let a = session(
        v,
        "2026-03-01",
        "North",
        "en",
        &[("women", 4), ("youth", 2)],
    );
    let b = session(v, "2026-04-10", "South", "fr", &[("women", 5)]);
    let pa = people(v, a, "en", 3, true);
    let pb = people(v, b, "fr", 6, false);
    // Needs and recommendations are the session's: the group consents.
    v.give_group_consent(a, consent("en", false)).unwrap();
    v.give_group_consent(b, consent("fr", false)).unwrap();
    let quotes = vec![
        quote(v, a, &pa[0], "en", &[watq]),
        quote(v, a, &pa[1], "en", &[wat, watq]),
        quote(v, a, &pa[2], "en", &[hea, watq]),
        quote(v, b, &pb[0], "fr", &[hea]),
        quote(v, b, &pb[1], "fr", &[wat]),
    ];
    v.add_need(
        a,
        NeedInput {
            text: "A clean well".into(),
            language: "en".into(),
            themes: vec![watq],
        },
    )
    .unwrap();
    let rec = |v: &mut Vault, s, themes: Vec<RecordId>, refs: &[&str]| {
        v.add_recommendation(
            s,
            RecommendationInput {
                text: "Do something".into(),
                language: "en".into(),
                themes,
                duty_bearer: "Ministry".into(),
                references: refs.iter().map(|r| (*r).into()).collect(),
            },
        )
        .unwrap()
    };
    rec(v, b, vec![hea], &["CEDAW art. 14", "ICESCR art. 11"]);
    rec(v, a, vec![], &["ICESCR art. 11"]);
    Fixture {
        engagement: e,
        a,
        b,
        quotes,
    }
}

/// Every `{"shown": "exact", "value": n}` in the JSON, anywhere.
fn exact_counts(v: &Value, out: &mut Vec<u64>) {
    match v {
        Value::Object(m) => {
            if m.get("shown") == Some(&Value::from("exact")) {
                out.push(m["value"].as_u64().unwrap());
            }
            m.values().for_each(|x| exact_counts(x, out));
        }
        Value::Array(a) => a.iter().for_each(|x| exact_counts(x, out)),
        _ => {}
    }
}

fn assert_no_small_exact(s: &Synthesis) {
    let json = serde_json::to_value(s).unwrap();
    let mut exact = vec![];
    exact_counts(&json, &mut exact);
    assert!(exact.iter().all(|n| *n >= u64::from(s.k)), "{exact:?}");
}

fn people_of(b: &hearken::synthesis::Breakdown) -> Vec<(String, Shown)> {
    b.cells.iter().map(|c| (c.key.clone(), c.people)).collect()
}

#[test]
fn numbers_match_the_hand_count() {
    let (_t, mut v, _) = TestVault::new();
    let f = build(&mut v);
    let s = Synthesis::compute(&v, f.engagement, &Filters::default()).unwrap();
    assert_eq!(s.k, 5);
    assert_eq!(s.reach.sessions, 2);
    assert_eq!(s.reach.quotes, 5);
    assert_eq!(s.reach.participants, Shown::Exact(9));
    // North 3 is below k; with the total 9 shown it would follow from
    // South 6, so South is withheld too.
    assert_eq!(
        people_of(&s.coverage.regions),
        vec![
            ("North".into(), Shown::Below(5)),
            ("South".into(), Shown::Withheld)
        ]
    );
    assert_eq!(
        people_of(&s.coverage.languages),
        vec![
            ("en".into(), Shown::Below(5)),
            ("fr".into(), Shown::Withheld)
        ]
    );
    assert_eq!(
        people_of(&s.coverage.groups),
        vec![
            ("women".into(), Shown::Withheld),
            ("youth".into(), Shown::Below(5))
        ]
    );
    assert_eq!(s.coverage.groups.total, Shown::Exact(11));
    assert_eq!(s.coverage.groups.cells[0].sessions, 2);
    assert_eq!(s.gaps.regions, vec!["East".to_owned()]);
    assert_eq!(s.gaps.groups, vec!["elders".to_owned()]);

    let freq: Vec<_> = s
        .themes
        .iter()
        .map(|t| (t.code.as_str(), t.quotes, t.sessions))
        .collect();
    assert_eq!(freq, vec![("HEA", 2, 2), ("WAT", 4, 2), ("WAT-Q", 3, 1)]);
    assert_eq!(s.themes[2].parent.as_deref(), Some("WAT"));
    assert_eq!(s.theme_by_region.columns, vec!["North", "South"]);
    assert_eq!(
        s.theme_by_region.counts,
        vec![vec![1, 1], vec![3, 1], vec![3, 0]]
    );
    assert_eq!(s.theme_by_group.columns, vec!["women", "youth"]);
    assert_eq!(
        s.theme_by_group.counts,
        vec![vec![2, 1], vec![4, 3], vec![3, 3]]
    );
    let pairs: Vec<_> = s
        .co_occurrence
        .iter()
        .map(|c| (c.a.as_str(), c.b.as_str(), c.quotes))
        .collect();
    assert_eq!(pairs, vec![("HEA", "WAT-Q", 1), ("WAT", "WAT-Q", 1)]);

    assert_eq!(s.needs.len(), 1);
    assert_eq!(s.needs[0].themes, vec!["WAT-Q"]);
    let r = &s.recommendations;
    assert_eq!(r.all.len(), 2);
    assert_eq!(r.by_theme["HEA"].len(), 1);
    assert_eq!(r.unthemed.len(), 1);
    assert_eq!(r.by_reference["ICESCR art. 11"].len(), 2);
    assert_eq!(r.by_reference["CEDAW art. 14"].len(), 1);

    // WAT: q1 (North, first), then q5 (a new region), then q2.
    let wat: Vec<_> = s
        .representative
        .iter()
        .filter(|q| q.theme == "WAT")
        .map(|q| q.quote)
        .collect();
    assert_eq!(wat, vec![f.quotes[0], f.quotes[4], f.quotes[1]]);
    let first = s.representative.iter().find(|q| q.theme == "WAT").unwrap();
    assert!(first.shareable);
    assert_eq!(first.session, f.a);
    assert_eq!(first.bundle, None, "made here, not imported");
    assert_no_small_exact(&s);
    let json = serde_json::to_string(&s).unwrap();
    assert!(!json.contains("Private Person"));
    assert!(json.contains("\"themeByRegion\""));
}

#[test]
fn shared_only_keeps_quotes_whose_consent_covers_sharing() {
    let (_t, mut v, _) = TestVault::new();
    let f = build(&mut v);
    let filters = Filters {
        shared_only: true,
        ..Default::default()
    };
    let s = Synthesis::compute(&v, f.engagement, &filters).unwrap();
    let chosen: Vec<_> = s
        .representative
        .iter()
        .map(|q| (q.theme.as_str(), q.quote))
        .collect();
    // The one shareable quote is coded WAT-Q (under WAT): it is shown once,
    // never again under the theme above or below.
    assert_eq!(chosen, vec![("WAT", f.quotes[0])]);
    assert!(s.representative.iter().all(|q| q.shareable));
}

/// Whether theme `a` is `b` or above or below it.
fn related(s: &Synthesis, a: &str, b: &str) -> bool {
    let above = |code: &str, other: &str| {
        let mut code = code.to_owned();
        loop {
            if code == other {
                return true;
            }
            match s
                .themes
                .iter()
                .find(|t| t.code == code)
                .and_then(|t| t.parent.clone())
            {
                Some(p) => code = p,
                None => return false,
            }
        }
    };
    above(a, b) || above(b, a)
}

#[test]
fn no_quote_is_shown_twice_under_a_theme_and_one_above_or_below_it() {
    let (_t, mut v, _) = TestVault::new();
    let demo = hearken::demo::load(&mut v).unwrap();
    for shared_only in [false, true] {
        let s = Synthesis::compute(
            &v,
            demo.engagement,
            &Filters {
                shared_only,
                ..Default::default()
            },
        )
        .unwrap();
        for (i, a) in s.representative.iter().enumerate() {
            for b in &s.representative[i + 1..] {
                assert!(
                    a.quote != b.quote || !related(&s, &a.theme, &b.theme),
                    "{:?} shown under {} and {}",
                    a.quote,
                    a.theme,
                    b.theme
                );
            }
        }
    }
}

#[test]
fn filters_narrow_the_sessions() {
    let (_t, mut v, _) = TestVault::new();
    let f = build(&mut v);
    let only = |filters: Filters| {
        let s = Synthesis::compute(&v, f.engagement, &filters).unwrap();
        assert_no_small_exact(&s);
        s
    };
    let south = only(Filters {
        regions: vec!["South".into()],
        ..Default::default()
    });
    assert_eq!(
        south.sessions.iter().map(|x| x.id).collect::<Vec<_>>(),
        vec![f.b]
    );
    // 6 people in the South beside 9 in all would give the North's 3 by
    // subtraction: the filtered synthesis hides its counts of people.
    assert_eq!(south.reach.participants, Shown::Withheld);
    assert!(south.withheld_for_differencing);
    assert_eq!(south.gaps.regions, vec!["North", "East"]);
    assert_eq!(south.gaps.groups, vec!["youth", "elders"]);
    let freq: Vec<_> = south.themes.iter().map(|t| t.quotes).collect();
    assert_eq!(freq, vec![1, 1, 0]);

    let march = only(Filters {
        date_to: Some("2026-03-31".into()),
        ..Default::default()
    });
    assert_eq!(march.sessions.len(), 1);
    assert_eq!(march.sessions[0].id, f.a);
    // Part of the engagement: no count of people.
    assert_eq!(march.reach.participants, Shown::Withheld);

    let april = only(Filters {
        date_from: Some("2026-03-02".into()),
        languages: vec!["fr".into()],
        ..Default::default()
    });
    assert_eq!(april.sessions[0].id, f.b);
    assert_eq!(april.sessions.len(), 1);

    let youth = only(Filters {
        groups: vec!["youth".into()],
        ..Default::default()
    });
    assert_eq!(youth.sessions.len(), 1);
    assert_eq!(youth.sessions[0].id, f.a);

    let none = only(Filters {
        regions: vec!["East".into()],
        ..Default::default()
    });
    assert!(none.sessions.is_empty());
    assert_eq!(none.reach.participants, Shown::Withheld);
    assert!(none.themes.iter().all(|t| t.quotes == 0));
}

#[test]
fn demo_synthesis_is_complete_and_protected() {
    let (_t, mut v, _) = TestVault::new();
    let demo = hearken::demo::load(&mut v).unwrap();
    let s = Synthesis::compute(&v, demo.engagement, &Filters::default()).unwrap();
    assert_eq!(s.sessions.len(), demo.sessions);
    assert_eq!(s.reach.quotes, demo.quotes);
    assert_eq!(
        s.sessions.iter().map(|x| x.quotes).sum::<usize>(),
        demo.quotes
    );
    assert_eq!(s.themes.len(), demo.themes);
    assert!(s.themes.iter().any(|t| t.quotes > 0));
    assert!(!s.representative.is_empty());
    assert_no_small_exact(&s);
}

#[test]
fn cli_prints_and_filters_the_demo() {
    let c = crate::cli::Cli::init();
    c.ok(&["demo"]);
    let all = c.json(&["synthesis"]);
    let n = all["sessions"].as_array().unwrap().len();
    assert!(n >= 2);
    let region = all["sessions"][0]["region"].as_str().unwrap().to_owned();
    let one = c.json(&["synthesis", "--region", &region]);
    let kept = one["sessions"].as_array().unwrap();
    assert!(!kept.is_empty() && kept.len() < n);
    assert!(kept.iter().all(|s| s["region"] == region.as_str()));
    let text = c.ok(&["synthesis", "--shared-only"]);
    assert!(text.contains("Participants by region"), "{text}");
    let fr = std::process::Command::new(env!("CARGO_BIN_EXE_hearken"))
        .args(["--lang", "fr", "synthesis"])
        .env("HEARKEN_VAULT", &c.vault)
        .env("HEARKEN_PASSPHRASE_FILE", &c.pass_file)
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&fr.stdout).contains("Participants par région"));
    let bad = c.run(&["synthesis", "--from", "yesterday"]);
    assert!(!bad.status.success());
}

/// Every people count two syntheses both show exactly, by key, as pairs
/// (whole, part); a count the part does not list is an exact zero.
fn exact_pairs(whole: &Synthesis, part: &Synthesis) -> Vec<(String, u64, u64)> {
    let mut out = vec![];
    let exact = |s: &Shown| match s {
        Shown::Exact(n) => Some(*n),
        _ => None,
    };
    if let (Some(w), Some(p)) = (
        exact(&whole.reach.participants),
        exact(&part.reach.participants),
    ) {
        out.push(("total".to_owned(), w, p));
    }
    for (name, w, p) in [
        ("region", &whole.coverage.regions, &part.coverage.regions),
        (
            "language",
            &whole.coverage.languages,
            &part.coverage.languages,
        ),
        ("group", &whole.coverage.groups, &part.coverage.groups),
    ] {
        for c in &w.cells {
            let pc = p
                .cells
                .iter()
                .find(|x| x.key == c.key)
                .map_or(Shown::Exact(0), |x| x.people);
            if let (Some(a), Some(b)) = (exact(&c.people), exact(&pc)) {
                out.push((format!("{name}:{}", c.key), a, b));
            }
        }
    }
    out
}

#[test]
fn no_count_below_k_comes_back_by_comparing_two_outputs() {
    let (_t, mut v, _) = TestVault::new();
    let e = v
        .add_engagement(hearken::model::EngagementInput {
            title: "Differencing".into(),
            languages: vec!["en".into()],
            consent_texts: vec![hearken::model::LangText {
                lang: "en".into(),
                text: "You may stop at any time.".into(),
            }],
            ..Default::default()
        })
        .unwrap();
    let add = |v: &mut Vault, region: &str, people: usize, date: &str| {
        let s = v
            .add_session(
                e,
                SessionInput {
                    date: date.into(),
                    place: region.into(),
                    region: region.into(),
                    languages: vec!["en".into()],
                    ..Default::default()
                },
            )
            .unwrap();
        for _ in 0..people {
            crate::support::consenting(v, s);
        }
    };
    add(&mut v, "North", 10, "2026-03-01");
    add(&mut v, "South", 3, "2026-03-02");
    let whole = Synthesis::compute(&v, e, &Filters::default()).unwrap();
    assert_eq!(whole.reach.participants, Shown::Exact(13));
    let north = Filters {
        regions: vec!["North".into()],
        ..Filters::default()
    };
    let part = Synthesis::compute(&v, e, &north).unwrap();
    // Before the rule the part showed 10 beside the whole's 13: the 3
    // people of the South came back by subtraction.
    for (key, w, p) in exact_pairs(&whole, &part) {
        let d = w - p;
        assert!(d == 0 || d >= u64::from(whole.k), "{key}: {w} - {p} = {d}");
    }
    assert!(part.withheld_for_differencing);
    assert_eq!(part.reach.participants, Shown::Withheld);
    // The same through dates.
    let first_day = Filters {
        date_to: Some("2026-03-01".into()),
        ..Filters::default()
    };
    assert!(
        Synthesis::compute(&v, e, &first_day)
            .unwrap()
            .withheld_for_differencing
    );

    // Two parts set side by side: North beside North and East would give
    // the East's 3, though each part is far from the whole.
    add(&mut v, "South", 20, "2026-03-03");
    add(&mut v, "East", 3, "2026-03-04");
    let north_east = Filters {
        regions: vec!["North".into(), "East".into()],
        ..Filters::default()
    };
    let a = Synthesis::compute(&v, e, &north).unwrap();
    let b = Synthesis::compute(&v, e, &north_east).unwrap();
    for (key, w, p) in exact_pairs(&b, &a) {
        let d = w - p;
        assert!(d == 0 || d >= u64::from(a.k), "{key}: {w} - {p} = {d}");
    }
    assert!(a.withheld_for_differencing && b.withheld_for_differencing);
    // A filter that leaves out no session is the whole: counts shown.
    let all_regions = Filters {
        regions: vec!["North".into(), "South".into(), "East".into()],
        ..Filters::default()
    };
    let all = Synthesis::compute(&v, e, &all_regions).unwrap();
    assert!(!all.withheld_for_differencing);
    assert_eq!(all.reach.participants, Shown::Exact(36));
}
