//! `hearken report --format pdf` and `hearken recommendation merge` as a
//! user runs them, and merges as the synthesis shows them.

use std::process::Command;

use hearken::{
    Error,
    i18n::Localizer,
    model::MergeError,
    report::framework,
    synthesis::{Filters, Synthesis},
    vault::Vault,
};

use crate::{
    report_framework::{pdfinfo_pages, save},
    report_pdf::{assert_holds, normalized, qpdf_check, text},
    support::TestVault,
};

#[test]
fn merged_recommendations_show_once_with_every_source() {
    let (_t, mut v, _) = TestVault::new();
    let f = crate::synthesis::build(&mut v);
    let before = Synthesis::compute(&v, f.engagement, &Filters::default()).unwrap();
    // The fixture's two recommendations: in B [HEA] (CEDAW art. 14,
    // ICESCR art. 11) and in A, unthemed (ICESCR art. 11).
    let of = |session| {
        before
            .recommendations
            .all
            .iter()
            .find(|r| r.session == session)
            .unwrap()
            .clone()
    };
    let (in_b, in_a) = (of(f.b), of(f.a));
    v.merge_recommendations(in_b.id, in_a.id).unwrap();
    let s = Synthesis::compute(&v, f.engagement, &Filters::default()).unwrap();
    let g = &s.recommendations;
    assert_eq!(g.all.len(), 1);
    let kept = &g.all[0];
    assert_eq!(kept.id, in_b.id);
    assert_eq!(kept.merged.len(), 1);
    assert_eq!(kept.merged[0].id, in_a.id);
    assert_eq!(kept.merged[0].session, f.a);
    assert_eq!(kept.themes, vec!["HEA".to_owned()]);
    assert_eq!(
        kept.references,
        vec!["CEDAW art. 14".to_owned(), "ICESCR art. 11".to_owned()]
    );
    assert_eq!(g.by_reference["ICESCR art. 11"], vec![in_b.id]);
    assert!(g.unthemed.is_empty());
    // The report names both sessions as sources.
    let doc = framework::document(&s, "en", &Default::default());
    let dir = tempfile::tempdir().unwrap();
    let (path, _) = save(dir.path(), "merged", &doc);
    let all = normalized(&text(&path, None));
    assert_holds(&all, &f.a.short());
    assert_holds(&all, &f.b.short());

    // A merge is one level deep and never of a record with itself.
    let err = |e: Error| match e {
        Error::Merge(m) => m,
        other => panic!("{other:?}"),
    };
    assert_eq!(
        err(v.merge_recommendations(in_a.id, in_b.id).unwrap_err()),
        MergeError::Chain
    );
    assert_eq!(
        err(v.merge_recommendations(in_b.id, in_b.id).unwrap_err()),
        MergeError::Same
    );
    // Undone: both stand alone again, nothing lost.
    v.unmerge_recommendations(in_b.id, in_a.id).unwrap();
    let after = Synthesis::compute(&v, f.engagement, &Filters::default()).unwrap();
    assert_eq!(after.recommendations, before.recommendations);
    assert_eq!(
        err(v.unmerge_recommendations(in_b.id, in_a.id).unwrap_err()),
        MergeError::NotMerged
    );
    // Merges stay in the vault: they survive a reopen.
    v.merge_recommendations(in_b.id, in_a.id).unwrap();
    let path = _t.path.clone();
    drop(v);
    let v = Vault::unlock(&path, &crate::support::pass(crate::support::PASSPHRASE)).unwrap();
    assert_eq!(v.merges(f.engagement).len(), 1);
}

/// The CLI as a user types it, in a chosen language and system locale.
pub(crate) fn hearken(
    c: &crate::cli::Cli,
    lang: Option<&str>,
    env_lang: &str,
    args: &[&str],
) -> std::process::Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_hearken"));
    if let Some(l) = lang {
        cmd.args(["--lang", l]);
    }
    cmd.args(args)
        .env("HEARKEN_VAULT", &c.vault)
        .env("HEARKEN_PASSPHRASE_FILE", &c.pass_file)
        .env_remove("HEARKEN_DATA_DIR")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANGUAGE")
        .env("LANG", env_lang)
        .output()
        .unwrap()
}

#[test]
fn cli_writes_the_report_and_summaries_and_refuses_bad_input_translated() {
    let c = crate::cli::Cli::init();
    c.ok(&["demo"]);
    let out = c.dir.path().join("report.pdf");
    let done = hearken(
        &c,
        Some("ar"),
        "C",
        &["report", "--format", "pdf", "--out", out.to_str().unwrap()],
    );
    assert!(
        done.status.success(),
        "{}",
        String::from_utf8_lossy(&done.stderr)
    );
    qpdf_check(&out);
    let all = normalized(&text(&out, None));
    assert_holds(&all, &Localizer::new("ar", false).text("fw-title"));
    assert!(!c.dir.path().join("report.pdf.part").exists());

    // A summary of one session, by id prefix, in its own language.
    let sessions = c.json(&["session", "list"]);
    let arabic = sessions
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["languages"][0] == "ar")
        .expect("an Arabic session");
    let prefix = &arabic["id"].as_str().unwrap()[..8];
    let summary = c.dir.path().join("summary.pdf");
    let done = hearken(
        &c,
        None,
        "en_GB.UTF-8",
        &[
            "report",
            "--format",
            "pdf",
            "--session",
            prefix,
            "--out",
            summary.to_str().unwrap(),
        ],
    );
    assert!(
        done.status.success(),
        "{}",
        String::from_utf8_lossy(&done.stderr)
    );
    assert_eq!(pdfinfo_pages(&summary), 1);
    assert_holds(
        &normalized(&text(&summary, None)),
        &Localizer::new("ar", false).text("fw-summary-words"),
    );

    // A language Hearken does not ship: told in the system's language.
    let bad = c.dir.path().join("bad.pdf");
    let refused = hearken(
        &c,
        Some("xx"),
        "fr_FR.UTF-8",
        &["report", "--format", "pdf", "--out", bad.to_str().unwrap()],
    );
    assert_eq!(refused.status.code(), Some(1));
    let err = String::from_utf8_lossy(&refused.stderr);
    assert!(
        err.contains("Il n'existe pas de langue de rapport « xx »"),
        "{err}"
    );
    // An unknown session, in French.
    let refused = hearken(
        &c,
        Some("fr"),
        "C",
        &[
            "report",
            "--format",
            "pdf",
            "--session",
            "ffffffff",
            "--out",
            bad.to_str().unwrap(),
        ],
    );
    assert_eq!(refused.status.code(), Some(1));
    let err = String::from_utf8_lossy(&refused.stderr);
    let expected =
        Localizer::new("fr", false).error_line(&hearken::model::validate::RecordError::NotFound {
            kind: hearken::model::Kind::Session,
        });
    assert!(err.contains(&expected), "{err}");
    assert!(!bad.exists());
    assert_eq!(
        std::fs::read_dir(c.dir.path())
            .unwrap()
            .filter(|e| e
                .as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .starts_with("bad"))
            .count(),
        0
    );

    // Merging through the CLI changes what the report lists.
    let recs = c.json(&["recommendation", "list"]);
    let ids: Vec<&str> = recs
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    let merged = c.ok(&["recommendation", "merge", &ids[0][..8], &ids[1][..8]]);
    assert!(merged.contains(&ids[0][..8]), "{merged}");
    let json = c.json(&["synthesis"]);
    let all = json["recommendations"]["all"].as_array().unwrap();
    assert_eq!(all.len(), ids.len() - 1);
    assert_eq!(all[0]["merged"][0]["id"], ids[1]);
    let shown = c.ok(&["synthesis"]);
    assert!(
        shown.contains(&format!(
            "{} also stands for {} (merged)",
            &ids[0][..8],
            &ids[1][..8]
        )),
        "{shown}"
    );
    c.ok(&["recommendation", "unmerge", &ids[0][..8], &ids[1][..8]]);
    let json = c.json(&["synthesis"]);
    assert_eq!(
        json["recommendations"]["all"].as_array().unwrap().len(),
        ids.len()
    );
}
