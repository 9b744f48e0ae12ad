//! Varied data at any scale (`hearken demo --scale`), and cancelling a long
//! import: real vaults, real signed and encrypted bundles.

use std::{
    collections::BTreeSet,
    sync::atomic::{AtomicBool, Ordering},
};

use hearken::{
    coordinator::ImportOutcome,
    demo::scale::{self, Target},
    progress::{Progress, Stage, Step},
};

use crate::{cli::Cli, support::TestVault};

/// Generates `sessions` sessions as bundles into a fresh coordinator vault;
/// returns the vault guard, the vault and the summary.
fn bundles(
    sessions: usize,
    seed: u64,
) -> (
    TestVault,
    hearken::vault::Vault,
    scale::ScaleSummary,
    tempfile::TempDir,
) {
    let (t, mut v, _) = TestVault::new();
    let dir = tempfile::tempdir().unwrap();
    let made = scale::generate(
        &mut v,
        sessions,
        seed,
        Target::Bundles(dir.path()),
        &Progress::NONE,
    )
    .unwrap();
    (t, v, made, dir)
}

#[test]
fn scale_bundles_import_whole_and_the_same_seed_makes_the_same_content() {
    let (_t, mut v, made, dir) = bundles(23, 7);
    assert_eq!(made.devices, 3, "ten sessions per device");
    assert_eq!(made.bundles.len(), 3);
    assert_eq!(made.made.sessions, 23);
    assert!(made.made.quotes_withdrawn > 0 || made.made.consents_narrowed > 0);
    // Nothing but the bundles is left beside them: the devices' vaults are wiped.
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(left.len(), 3, "{left:?}");

    let mut outcomes = vec![];
    v.import_files(&made.bundles, true, &Progress::NONE, |_, r| {
        outcomes.push(r.unwrap())
    })
    .unwrap();
    assert!(
        outcomes
            .iter()
            .all(|o| matches!(o, ImportOutcome::Imported(_))),
        "{outcomes:?}"
    );
    assert_eq!(v.sessions(Some(made.engagement)).len(), 23);
    let quotes = v.quotes(None);
    assert!(!quotes.is_empty() && quotes.len() <= made.made.quotes);
    // Varied: several languages and many distinct texts.
    let languages: BTreeSet<&str> = quotes.iter().map(|(_, q)| q.language.as_str()).collect();
    assert!(languages.len() >= 3, "{languages:?}");
    let texts: BTreeSet<&str> = quotes.iter().map(|(_, q)| q.text.as_str()).collect();
    assert!(
        texts.len() * 2 > quotes.len(),
        "{} distinct of {}",
        texts.len(),
        quotes.len()
    );
    // The follow-up links recommendations once.
    let (links, history) = scale::follow_up(&mut v, made.engagement).unwrap();
    assert!(links > 0 && history > 0);
    assert_eq!(scale::follow_up(&mut v, made.engagement).unwrap(), (0, 0));

    // The same seed makes the same content, another seed another.
    let (_t2, _v2, again, _d2) = bundles(23, 7);
    assert_eq!(format!("{:?}", again.made), format!("{:?}", made.made));
    let (_t3, _v3, other, _d3) = bundles(23, 8);
    assert_ne!(format!("{:?}", other.made), format!("{:?}", made.made));
}

#[test]
fn a_cancelled_import_keeps_the_finished_bundles_whole_and_touches_no_other() {
    let (_t, mut v, made, _dir) = bundles(30, 1);
    let cancel = AtomicBool::new(false);
    let report = |s: Step| {
        if s.stage == Stage::Importing && s.done == 1 {
            cancel.store(true, Ordering::Relaxed);
        }
    };
    let mut seen = 0;
    let result = v.import_files(
        &made.bundles,
        true,
        &Progress::new(&report, &cancel),
        |_, r| {
            assert!(matches!(r.unwrap(), ImportOutcome::Imported(_)));
            seen += 1;
        },
    );
    assert!(
        matches!(result, Err(hearken::Error::Cancelled(_))),
        "{result:?}"
    );
    assert_eq!(seen, 1);
    assert_eq!(
        v.sessions(Some(made.engagement)).len(),
        10,
        "the first device's ten sessions, whole"
    );
    // The vault on disk agrees, and the rest imports afterwards.
    v.reload().unwrap();
    assert_eq!(v.sessions(Some(made.engagement)).len(), 10);
    let mut again = vec![];
    v.import_files(&made.bundles, true, &Progress::NONE, |_, r| {
        again.push(r.unwrap())
    })
    .unwrap();
    assert!(matches!(again[0], ImportOutcome::AlreadyHad));
    assert_eq!(v.sessions(Some(made.engagement)).len(), 30);
}

#[test]
fn the_cli_makes_scale_bundles_and_refuses_a_scale_out_of_range() {
    let c = Cli::init();
    let out = c.dir.path().join("bundles");
    let made = c.json(&[
        "demo",
        "--scale",
        "12",
        "--seed",
        "3",
        "--bundles",
        out.to_str().unwrap(),
    ]);
    assert_eq!(made["sessions"], 12);
    assert_eq!(made["devices"], 2);
    assert_eq!(made["bundles"].as_array().unwrap().len(), 2);
    let files: Vec<String> = made["bundles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f.as_str().unwrap().to_owned())
        .collect();
    let mut args = vec!["import", "--approve-new-keys"];
    args.extend(files.iter().map(String::as_str));
    let imported = c.ok(&args);
    assert_eq!(imported.matches("imported").count(), 2, "{imported}");
    let follow = c.ok(&["demo", "--follow-up"]);
    assert!(follow.contains("Linked"), "{follow}");

    let before = c.snapshot();
    let refused = c.run(&["demo", "--scale", "0"]);
    assert!(!refused.status.success());
    assert!(
        crate::cli::stderr(&refused).contains("scale"),
        "{}",
        crate::cli::stderr(&refused)
    );
    assert_eq!(c.snapshot(), before, "a refused scale changes nothing");
}
