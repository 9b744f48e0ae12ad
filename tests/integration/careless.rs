//! The command line as a careless user (or an attacker with a shell) would
//! drive it: outputs aimed at the vault or through links, inputs that never
//! end, impossible values, unknown languages, scripts that want errors as
//! data. Each is refused with a clear message and changes nothing.

use std::time::{Duration, Instant};

use serde_json::Value;

use crate::cli::{Cli, setup, stderr};

#[test]
fn an_output_never_replaces_the_vault_or_follows_a_link() {
    let c = Cli::init();
    c.ok(&["demo"]);
    let before = c.snapshot();
    let vault = c.vault.to_str().unwrap().to_owned();
    let wal = format!("{vault}-wal");
    let link = c.dir.path().join("report.pdf");
    std::os::unix::fs::symlink(&c.vault, &link).unwrap();
    let elsewhere = c.dir.path().join("notes.txt");
    std::fs::write(&elsewhere, "keep me").unwrap();
    let link2 = c.dir.path().join("out.csv");
    std::os::unix::fs::symlink(&elsewhere, &link2).unwrap();
    for (out, expect) in [
        (vault.as_str(), "replace the vault"),
        (wal.as_str(), "replace the vault"),
        (link.to_str().unwrap(), "replace the vault"),
        (link2.to_str().unwrap(), "symbolic link"),
    ] {
        for format in ["pdf", "csv"] {
            let o = c.run(&["report", "--format", format, "--out", out]);
            assert_eq!(o.status.code(), Some(1), "{out} {format}");
            assert!(stderr(&o).contains(expect), "{out}: {}", stderr(&o));
        }
    }
    assert_eq!(std::fs::read_to_string(&elsewhere).unwrap(), "keep me");
    assert_eq!(c.snapshot(), before);
    c.ok(&["info"]);
    // What is written holds participants' words: owner-only.
    let csv = c.dir.path().join("quotes.csv");
    c.ok(&["report", "--format", "csv", "--out", csv.to_str().unwrap()]);
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(&csv).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
}

#[test]
fn endless_or_huge_inputs_are_refused_at_once() {
    let c = Cli::init();
    // The vault's keys are made on first use; make them before comparing.
    c.ok(&["identity"]);
    let big = c.dir.path().join("big.age");
    std::fs::File::create(&big)
        .unwrap()
        .set_len(2 << 30)
        .unwrap();
    let fifo = c.dir.path().join("fifo");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let before = c.snapshot();
    let t = Instant::now();
    for (args, expect) in [
        (vec!["import", "/dev/zero"], "not a file"),
        (vec!["import", big.to_str().unwrap()], "larger than"),
        (vec!["import", fifo.to_str().unwrap()], "not a file"),
        (vec!["kit", "import", "/dev/zero"], "not a file"),
        (vec!["kit", "import", big.to_str().unwrap()], "larger than"),
    ] {
        let o = c.run(&args);
        assert_eq!(o.status.code(), Some(1), "{args:?}");
        let said = format!("{}{}", String::from_utf8_lossy(&o.stdout), stderr(&o));
        assert!(said.contains(expect), "{args:?}: {said}");
    }
    // A passphrase "file" that never ends.
    let o = c.run_with(&fifo, &["quote", "list"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("not a file"), "{}", stderr(&o));
    assert!(t.elapsed() < Duration::from_secs(20), "{:?}", t.elapsed());
    assert_eq!(c.snapshot(), before);
}

#[test]
fn impossible_values_are_refused_before_anything_is_written() {
    let c = Cli::init();
    let s = setup(&c);
    let before = c.snapshot();
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (
            vec![
                "session",
                "add",
                "--engagement",
                "x",
                "--date",
                "1850-01-01",
                "--place",
                "P",
            ],
            "before 1900 or in the future",
        ),
        (
            vec![
                "session",
                "add",
                "--engagement",
                "x",
                "--date",
                "2999-01-01",
                "--place",
                "P",
            ],
            "before 1900 or in the future",
        ),
        (
            vec!["synthesis", "--from", "2026-05-01", "--to", "2026-01-01"],
            "start date is after the end date",
        ),
        (
            vec![
                "quote",
                "add",
                "--session",
                &s,
                "--speaker",
                "group",
                "--text",
                "x",
                "--language",
                "english",
            ],
            "not a language code",
        ),
    ];
    for (args, expect) in cases {
        let o = c.run(&args);
        assert_eq!(o.status.code(), Some(1), "{args:?}");
        assert!(stderr(&o).contains(expect), "{args:?}: {}", stderr(&o));
    }
    assert_eq!(c.snapshot(), before);
}

#[test]
fn an_unknown_language_is_refused_not_replaced_by_english() {
    let c = Cli::init();
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_hearken"))
        .args(["--lang", "xx", "info"])
        .env("HEARKEN_VAULT", &c.vault)
        .env("HEARKEN_PASSPHRASE_FILE", &c.pass_file)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("xx"), "{}", stderr(&o));
}

#[test]
fn errors_are_json_for_scripts() {
    let c = Cli::init();
    let o = c.run(&["--json", "quote", "delete", "ffffffff"]);
    assert_eq!(o.status.code(), Some(1));
    let v: Value = serde_json::from_str(stderr(&o).trim()).expect("a JSON error");
    assert_eq!(v["error"]["code"], "record-not-found");
    assert_eq!(v["error"]["args"]["kind"], "quote");
    assert!(v["error"]["message"].as_str().unwrap().contains("quote"));
}

#[test]
fn messages_say_what_happened() {
    let c = Cli::init();
    // Too much memory asked for is the user's choice, not damage.
    let other = Cli::new();
    let o = other.run(&["init", "--kdf-memory", "100000"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("more than a vault may use"),
        "{}",
        stderr(&o)
    );
    // A kit import with no terminal and no --yes is about the kit's key.
    let kit = c.dir.path().join("kit");
    let coordinator = Cli::init();
    let e = coordinator.json(&["demo", "--engagement-only"])["engagement"]
        .as_str()
        .unwrap()
        .to_owned();
    coordinator.ok(&[
        "kit",
        "create",
        "--engagement",
        &e,
        "--out",
        kit.to_str().unwrap(),
    ]);
    let o = c.run(&["kit", "import", kit.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("coordinator key") && !err.contains("destroys"),
        "{err}"
    );
    // Nothing imported: not "the others were imported".
    let o = c.run(&["import", "/nonexistent/bundle.age"]);
    assert!(
        !stderr(&o).contains("others were imported"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn a_refused_export_names_the_quotes_and_the_batch_route_clears_them() {
    let c = Cli::init();
    let coordinator = Cli::init();
    let e = coordinator.json(&["demo", "--engagement-only"])["engagement"]
        .as_str()
        .unwrap()
        .to_owned();
    let kit = c.dir.path().join("kit");
    coordinator.ok(&[
        "kit",
        "create",
        "--engagement",
        &e,
        "--out",
        kit.to_str().unwrap(),
    ]);
    c.ok(&["kit", "import", "--yes", kit.to_str().unwrap()]);
    c.ok(&["demo", "--into", &e]);
    let flagged = c.json(&["quote", "check", "--all"]);
    let ids: Vec<String> = flagged
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["id"].as_str().unwrap()[..8].to_owned())
        .collect();
    assert!(!ids.is_empty());
    // The preview lists them instead of failing.
    let preview = c.json(&["export", "--preview", "--all"]);
    assert_eq!(preview["unresolved"].as_array().unwrap().len(), ids.len());
    let out = c.dir.path().join("b.age");
    let o = c.run(&["export", "--all", "--out", out.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    for id in &ids {
        assert!(err.contains(id.as_str()), "{id} not named: {err}");
    }
    assert!(err.contains("--all-flagged"), "{err}");
    assert!(!out.exists());
    c.ok(&["quote", "redact", "--all-flagged"]);
    assert!(
        c.json(&["quote", "check", "--all"])
            .as_array()
            .unwrap()
            .is_empty()
    );
    c.ok(&["export", "--all", "--out", out.to_str().unwrap()]);
    // A recipient the kit does not name needs an explicit yes.
    let other = Cli::init();
    let stranger = other.json(&["identity"])["ageRecipient"]
        .as_str()
        .unwrap()
        .to_owned();
    let out2 = c.dir.path().join("b2.age");
    let o = c.run(&[
        "export",
        "--all",
        "--to",
        &stranger,
        "--out",
        out2.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("does not name"), "{}", stderr(&o));
    assert!(!out2.exists());
}

#[test]
fn a_demo_that_fails_midway_leaves_nothing() {
    let c = Cli::init();
    let e = c.id(&[
        "engagement",
        "add",
        "--title",
        "No themes",
        "--language",
        "en",
    ]);
    let before = c.snapshot();
    let o = c.run(&["demo", "--into", &e]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert_eq!(c.snapshot(), before);
}
