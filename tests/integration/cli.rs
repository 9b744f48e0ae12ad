//! The `hearken` command line, run as a user would run it.

use std::{
    path::{Path, PathBuf},
    process::{Command, Output},
};

use rusqlite::Connection;
use serde_json::Value;

/// Sealed rows and header entries (less the failure counters).
pub type Snapshot = (Vec<(Vec<u8>, Vec<u8>)>, Vec<(String, Vec<u8>)>);

pub struct Cli {
    pub dir: tempfile::TempDir,
    pub vault: PathBuf,
    pub pass_file: PathBuf,
}

#[allow(clippy::new_without_default)]
impl Cli {
    /// A fresh folder with a passphrase file and a vault path (not created).
    pub fn new() -> Cli {
        let dir = tempfile::tempdir().unwrap();
        let pass_file = dir.path().join("pass");
        std::fs::write(&pass_file, "a long enough passphrase\n").unwrap();
        let vault = dir.path().join("v.hearken");
        Cli {
            dir,
            vault,
            pass_file,
        }
    }
    /// A fresh folder with an initialised vault.
    pub fn init() -> Cli {
        let c = Cli::new();
        c.ok(&["init", "--kdf-memory", "64"]);
        c
    }
    pub fn run_with(&self, pass_file: &Path, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_hearken"))
            .args(["--lang", "en"])
            .args(args)
            .env("HEARKEN_VAULT", &self.vault)
            .env("HEARKEN_PASSPHRASE_FILE", pass_file)
            .env_remove("HEARKEN_DATA_DIR")
            .output()
            .unwrap()
    }
    pub fn run(&self, args: &[&str]) -> Output {
        self.run_with(&self.pass_file, args)
    }
    /// Runs and expects success; returns stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "{args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }
    pub fn json(&self, args: &[&str]) -> Value {
        let mut a = vec!["--json"];
        a.extend_from_slice(args);
        serde_json::from_str(&self.ok(&a)).unwrap()
    }
    pub fn id(&self, args: &[&str]) -> String {
        self.json(args)["id"].as_str().unwrap().to_owned()
    }
    /// Rows and header as stored, for "nothing changed" checks.
    pub fn snapshot(&self) -> Snapshot {
        let c = Connection::open(&self.vault).unwrap();
        let rows = c
            .prepare("SELECT id, sealed FROM records ORDER BY id")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        let meta = c
            .prepare("SELECT key, value FROM meta WHERE key NOT IN ('failed_attempts', 'last_failed_at') ORDER BY key")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        (rows, meta)
    }
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Sets up an engagement with a theme and a session; returns the session id.
pub fn setup(c: &Cli) -> String {
    let consent = c.dir.path().join("consent-en.txt");
    std::fs::write(
        &consent,
        "You may stop at any time. Your name is never written down.",
    )
    .unwrap();
    let e = c.id(&[
        "engagement",
        "add",
        "--title",
        "Water",
        "--language",
        "en",
        "--consent-text",
        &format!("en={}", consent.display()),
        "--segment",
        "15:Welcome",
    ]);
    c.ok(&[
        "theme",
        "add",
        "--engagement",
        &e[..8],
        "--code",
        "water",
        "--label",
        "Water",
        "--reference",
        "ICESCR art. 11",
    ]);
    c.id(&[
        "session",
        "add",
        "--engagement",
        &e,
        "--date",
        "2026-03-21",
        "--place",
        "North district",
        "--count",
        "women=7",
    ])
}

#[test]
fn wrong_passphrase_exits_2_and_changes_nothing() {
    let c = Cli::init();
    let s = setup(&c);
    let before = c.snapshot();
    let wrong = c.dir.path().join("wrong");
    std::fs::write(&wrong, "not the passphrase\n").unwrap();
    for args in [
        &["quote", "list"][..],
        &["participant", "add", "--session", &s],
        &["demo"],
    ] {
        let out = c.run_with(&wrong, args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(
            stderr(&out).contains("passphrase does not open"),
            "{}",
            stderr(&out)
        );
    }
    assert_eq!(c.snapshot(), before);
    // Only the failed-attempt counter moved.
    assert_eq!(c.json(&["info"])["failedAttempts"], 3);
}

#[test]
fn a_facilitators_session_from_the_command_line() {
    let c = Cli::init();
    let s = setup(&c);
    assert!(
        c.ok(&["participant", "add", "--session", &s])
            .contains("P1")
    );
    c.ok(&["participant", "add", "--session", &s]);
    // No consent yet: refused, with what to do, and exit 1.
    let out = c.run(&[
        "quote",
        "add",
        "--session",
        &s,
        "--speaker",
        "P1",
        "--text",
        "too early",
        "--language",
        "en",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("has not given consent"),
        "{}",
        stderr(&out)
    );
    for p in ["P1", "P2"] {
        c.ok(&[
            "consent",
            "give",
            "--session",
            &s,
            "--participant",
            p,
            "--scopes",
            "take_part,quotes_in_reports",
            "--method",
            "oral",
            "--language",
            "en",
        ]);
    }
    let q1 = c.id(&[
        "quote",
        "add",
        "--session",
        &s,
        "--speaker",
        "p1",
        "--text",
        "We walk two hours for water.",
        "--language",
        "en",
        "--theme",
        "water",
    ]);
    c.id(&[
        "quote",
        "add",
        "--session",
        &s,
        "--speaker",
        "P2",
        "--text",
        "The clinic has no medicine.",
        "--language",
        "en",
    ]);
    c.ok(&[
        "quote",
        "edit",
        &q1[..8],
        "--text",
        "We walk two hours every day for water.",
    ]);
    c.ok(&["quote", "read-back", &q1[..8]]);
    let list = c.json(&["quote", "list", "--session", &s]);
    assert_eq!(list.as_array().unwrap().len(), 2);
    assert_eq!(list[0]["text"], "We walk two hours every day for water.");
    assert_eq!(list[0]["read_back"], "confirmed");
    // Needs and recommendations are the session's: the group consents.
    c.ok(&[
        "consent",
        "give",
        "--session",
        &s,
        "--group",
        "--scopes",
        "take_part,quotes_in_reports",
        "--method",
        "oral",
        "--language",
        "en",
    ]);
    c.ok(&[
        "need",
        "add",
        "--session",
        &s,
        "--text",
        "A water point within 500 m",
        "--language",
        "en",
        "--theme",
        "water",
    ]);
    c.ok(&[
        "recommendation",
        "add",
        "--session",
        &s,
        "--text",
        "Build two boreholes",
        "--language",
        "en",
        "--duty-bearer",
        "Ministry of Water",
        "--reference",
        "ICESCR art. 11",
    ]);
    assert_eq!(
        c.json(&["recommendation", "list"])[0]["duty_bearer"],
        "Ministry of Water"
    );

    let w = c.json(&[
        "consent",
        "withdraw",
        "--session",
        &s,
        "--participant",
        "P1",
    ]);
    assert_eq!(w["quotesRemoved"], 1);
    let list = c.json(&["quote", "list"]);
    assert_eq!(list.as_array().unwrap().len(), 1);
    assert_eq!(list[0]["speaker"]["participant"], "P2");
    let info = c.json(&["info"]);
    assert_eq!(info["counts"]["quote"], 1);
    assert_eq!(info["counts"]["tombstone"], 2);
    assert_eq!(info["kdf"]["memoryKib"], 65536);
    let show = c.json(&["session", "show", &s[..6]]);
    assert_eq!(show["participants"].as_array().unwrap().len(), 2);
    assert!(
        show["private_names"].is_number(),
        "private names are never printed"
    );
}

#[test]
fn bad_input_is_refused_with_a_clear_error_and_changes_nothing() {
    let c = Cli::init();
    let s = setup(&c);
    let before = c.snapshot();
    let cases: &[(&[&str], &str)] = &[
        (
            &[
                "session",
                "add",
                "--engagement",
                "ffffffff",
                "--date",
                "2026-01-01",
                "--place",
                "x",
            ],
            "No engagement has this id",
        ),
        (&["session", "show", "zz"], "No session has this id"),
        (
            &[
                "quote",
                "add",
                "--session",
                &s,
                "--speaker",
                "P7",
                "--text",
                "x",
                "--language",
                "en",
            ],
            "No participant of this session",
        ),
        (
            &[
                "quote",
                "add",
                "--session",
                &s,
                "--speaker",
                "group",
                "--text",
                "x",
                "--language",
                "en",
            ],
            "group has not given consent",
        ),
        (
            &["participant", "add", "--session", &s, "--code", "group"],
            "not valid",
        ),
        (
            &[
                "need",
                "add",
                "--session",
                &s,
                "--text",
                " ",
                "--language",
                "en",
            ],
            "is empty",
        ),
        (
            &[
                "need",
                "add",
                "--session",
                &s,
                "--text",
                "x",
                "--language",
                "English",
            ],
            "not a language code",
        ),
        (
            &[
                "need",
                "add",
                "--session",
                &s,
                "--text",
                "x",
                "--language",
                "en",
                "--theme",
                "nope",
            ],
            "No theme of this engagement",
        ),
        (
            &[
                "consent",
                "give",
                "--session",
                &s,
                "--group",
                "--scopes",
                "take_part",
                "--method",
                "shouted",
                "--language",
                "en",
            ],
            "--method",
        ),
        (
            &[
                "consent",
                "give",
                "--session",
                &s,
                "--group",
                "--scopes",
                "take_part",
                "--method",
                "oral",
                "--language",
                "fr",
            ],
            "no consent text in this language",
        ),
        (&["wipe"], "needs confirmation"),
        (&["init"], "already exists"),
    ];
    for (args, expect) in cases {
        let out = c.run(args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let err = stderr(&out);
        assert!(err.contains(expect), "{args:?}: {err}");
        assert!(!err.contains("err-") && !err.contains("panicked"), "{err}");
    }
    assert_eq!(c.snapshot(), before);
}

#[test]
fn recovery_key_file_resets_the_passphrase() {
    let c = Cli::new();
    let rk = c.dir.path().join("recovery.txt");
    c.ok(&[
        "init",
        "--kdf-memory",
        "64",
        "--recovery-key-out",
        rk.to_str().unwrap(),
    ]);
    setup(&c);
    let newpass = c.dir.path().join("newpass");
    std::fs::write(&newpass, "the passphrase after recovery\n").unwrap();
    c.ok(&[
        "recover",
        "--recovery-key-file",
        rk.to_str().unwrap(),
        "--new-passphrase-file",
        newpass.to_str().unwrap(),
    ]);
    assert_eq!(
        c.run(&["session", "list"]).status.code(),
        Some(2),
        "old passphrase no longer opens"
    );
    let out = c.run_with(&newpass, &["--json", "session", "list"]);
    assert!(out.status.success());
    let list: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(list.as_array().unwrap().len(), 1);
    // Passphrase change through the CLI.
    let third = c.dir.path().join("third");
    std::fs::write(&third, "third passphrase of the day\n").unwrap();
    let out = c.run_with(
        &newpass,
        &[
            "passphrase",
            "change",
            "--new-passphrase-file",
            third.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(c.run_with(&third, &["session", "list"]).status.success());
    assert_eq!(
        c.run_with(&newpass, &["session", "list"]).status.code(),
        Some(2)
    );
}

#[test]
fn demo_fills_a_realistic_multilingual_engagement() {
    let c = Cli::init();
    let summary = c.json(&["demo"]);
    assert!(summary["sessions"].as_u64().unwrap() >= 4);
    assert!(summary["quotes"].as_u64().unwrap() >= 60, "{summary}");
    assert!(summary["quotesWithdrawn"].as_u64().unwrap() >= 1);
    let quotes = c.json(&["quote", "list"]);
    let langs: std::collections::BTreeSet<_> = quotes
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["language"].as_str().unwrap().to_owned())
        .collect();
    for l in ["en", "fr", "es", "ar"] {
        assert!(langs.contains(l), "no {l} quote in {langs:?}");
    }
    let themes = c.json(&[
        "engagement",
        "show",
        &summary["engagement"].as_str().unwrap()[..8],
    ])["themes"]
        .clone();
    let refs = themes.to_string();
    for treaty in ["CEDAW", "CRPD", "ICESCR", "UPR"] {
        assert!(refs.contains(treaty), "codebook lacks {treaty}");
    }
    assert!(!c.json(&["need", "list"]).as_array().unwrap().is_empty());
    assert!(
        !c.json(&["recommendation", "list"])
            .as_array()
            .unwrap()
            .is_empty()
    );
}

#[test]
fn errors_speak_the_chosen_language() {
    let c = Cli::new();
    let en = Command::new(env!("CARGO_BIN_EXE_hearken"))
        .args(["--lang", "en", "--vault", c.vault.to_str().unwrap(), "info"])
        .output()
        .unwrap();
    for lang in ["fr", "es", "ar", "ru"] {
        let out = Command::new(env!("CARGO_BIN_EXE_hearken"))
            .args(["--lang", lang, "--vault", c.vault.to_str().unwrap(), "info"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1));
        let text = stderr(&out);
        assert_ne!(text, stderr(&en), "{lang} falls back to English");
        assert!(!text.contains("err-"), "{text}");
    }
}

#[test]
fn wipe_removes_the_vault() {
    let c = Cli::init();
    c.ok(&["wipe", "--yes"]);
    assert!(!c.vault.exists());
    assert_eq!(c.run(&["info"]).status.code(), Some(1));
}

#[test]
fn identifying_details_are_flagged_then_redacted_or_reviewed() {
    let c = Cli::init();
    let consent = c.dir.path().join("consent-fr.txt");
    std::fs::write(&consent, "Vous pouvez arrêter à tout moment.").unwrap();
    let e = c.id(&[
        "engagement",
        "add",
        "--title",
        "Eau",
        "--language",
        "fr",
        "--place",
        "Haut-Sefrane",
        "--consent-text",
        &format!("fr={}", consent.display()),
    ]);
    let s = c.id(&[
        "session",
        "add",
        "--engagement",
        &e,
        "--date",
        "2026-03-28",
        "--place",
        "Nord",
        "--name",
        "Amina",
    ]);
    c.ok(&["participant", "add", "--session", &s]);
    c.ok(&[
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
        "fr",
    ]);
    let text = "D'après Amina, à Haut-Sefrane il faut appeler le +216 98 765 432 pour l'eau.";
    let out = c.run(&[
        "--json",
        "quote",
        "add",
        "--session",
        &s,
        "--speaker",
        "P1",
        "--language",
        "fr",
        "--text",
        text,
    ]);
    assert!(out.status.success());
    let q = serde_json::from_slice::<Value>(&out.stdout).unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let out = c.run(&[
        "quote",
        "add",
        "--session",
        &s,
        "--speaker",
        "P1",
        "--language",
        "fr",
        "--text",
        text,
    ]);
    assert!(
        stderr(&out).contains("3 identifying details found"),
        "{}",
        stderr(&out)
    );
    let found = c.json(&["quote", "check", &q]);
    let kinds: Vec<_> = found
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["kind"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(kinds, ["name", "place", "phone"]);
    // Redact only the phone, keep the rest for review.
    c.ok(&["quote", "redact", &q, "--kind", "phone"]);
    let quote = &c.json(&["quote", "list"])[0];
    let redacted = quote["text"].as_str().unwrap();
    assert!(!redacted.contains("98 765"), "{redacted}");
    assert!(
        redacted.contains("[téléphone]") || redacted.contains('['),
        "{redacted}"
    );
    assert_eq!(quote["redactions"][0]["kind"], "phone");
    assert!(
        !quote.to_string().contains("765 432"),
        "the removed number is kept nowhere"
    );
    c.ok(&["quote", "redact", &q]);
    assert_eq!(c.json(&["quote", "check", &q]).as_array().unwrap().len(), 0);
    let quote = &c.json(&["quote", "list"])[0];
    assert_eq!(quote["redactions"].as_array().unwrap().len(), 3);
    assert!(!quote["text"].as_str().unwrap().contains("Amina"));

    // The second copy: reviewed (kept as written), then an edit cancels it.
    let q2 = c.json(&["quote", "list"])[1]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    c.ok(&["quote", "review", &q2]);
    assert_eq!(
        c.json(&["quote", "check", &q2]).as_array().unwrap().len(),
        0
    );
    c.ok(&[
        "quote",
        "edit",
        &q2,
        "--text",
        "Amina dit que l'eau manque.",
    ]);
    assert_eq!(
        c.json(&["quote", "check", &q2]).as_array().unwrap().len(),
        1
    );
}
