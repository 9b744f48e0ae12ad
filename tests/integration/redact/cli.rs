//! `hearken redact` as a user runs it: the real binary, text on stdin.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn hearken(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_hearken"))
        .args(args)
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANGUAGE")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("hearken runs");
    // A command that fails before reading its input closes the pipe.
    if let Err(e) = child.stdin.take().unwrap().write_all(stdin) {
        assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "{e}");
    }
    child.wait_with_output().unwrap()
}

fn list_file(dir: &tempfile::TempDir, name: &str, lines: &str) -> String {
    let path = dir.path().join(name);
    std::fs::write(&path, lines).unwrap();
    path.to_str().unwrap().to_owned()
}

const QUOTE: &str = "Звоните Амине: +7 912 345-67-89 🙂 или amina@mail.ru, Zoé";

#[test]
fn json_output_is_one_object_with_offsets_in_characters() {
    let dir = tempfile::tempdir().unwrap();
    let names = list_file(&dir, "names.txt", "\u{feff}Амина\n\n  Zoé  \n");
    let out = hearken(
        &["redact", "--lang", "ru", "--names", &names, "--json"],
        QUOTE.as_bytes(),
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(stdout.lines().count(), 1, "exactly one JSON line: {stdout}");
    // Exactly this object, byte for byte: the keys, their order, nothing else.
    let want = concat!(
        r#"{"findings":[{"kind":"name","start":8,"end":13},{"kind":"phone","start":15,"end":31},"#,
        r#"{"kind":"email","start":38,"end":51},{"kind":"name","start":53,"end":56}],"#,
        r#""redacted":"Звоните [имя]: [телефон] 🙂 или [эл. почта], [имя]"}"#,
        "\n"
    );
    assert_eq!(stdout, want);
    // The offsets count Unicode scalar values: the emoji is one, not two
    // UTF-16 units or four bytes.
    let value: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    let chars: Vec<char> = QUOTE.chars().collect();
    let spans: Vec<String> = value["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let (s, e) = (
                f["start"].as_u64().unwrap() as usize,
                f["end"].as_u64().unwrap() as usize,
            );
            chars[s..e].iter().collect()
        })
        .collect();
    assert_eq!(
        spans,
        vec!["Амине", "+7 912 345-67-89", "amina@mail.ru", "Zoé"]
    );
}

#[test]
fn listing_is_translated_and_names_every_kind_found() {
    let dir = tempfile::tempdir().unwrap();
    let places = list_file(&dir, "places.txt", "Pikine\nKeur Massar\n");
    let quote = "Aminata habite au 14 rue des Lilas à Keur Massar, tél. 77 123 45 67.";
    let out = hearken(
        &["--lang", "fr", "redact", "--places", &places],
        quote.as_bytes(),
    );
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.starts_with("3 données identifiantes trouvées"),
        "{stdout}"
    );
    assert!(
        stdout.contains("adresse postale, caractères 19 à 34"),
        "{stdout}"
    );
    assert!(stdout.contains("lieu, caractères 38 à 48"), "{stdout}");
    assert!(stdout.contains("numéro de téléphone"), "{stdout}");
    assert!(
        stdout.contains("Aminata habite au [adresse] à [lieu], tél. [téléphone]."),
        "{stdout}"
    );

    let out = hearken(
        &["--lang", "es", "redact"],
        "Nada que ocultar aquí, 45 % en 2019.".as_bytes(),
    );
    assert!(out.status.success());
    assert!(
        String::from_utf8(out.stdout)
            .unwrap()
            .starts_with("No se encontraron datos identificativos.")
    );
}

#[test]
fn bad_input_gets_a_translated_error_and_no_output() {
    let out = hearken(
        &[
            "--lang",
            "es",
            "redact",
            "--names",
            "/no/such/list.txt",
            "--json",
        ],
        b"Rosa",
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("No se puede leer el archivo /no/such/list.txt"),
        "{stderr}"
    );

    let out = hearken(&["--lang", "ar", "redact", "--json"], b"\xff\xfe broken");
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    assert!(String::from_utf8(out.stderr).unwrap().contains("UTF-8"));

    let dir = tempfile::tempdir().unwrap();
    let long = list_file(&dir, "names.txt", &"x".repeat(500));
    let out = hearken(&["--lang", "en", "redact", "--names", &long], b"hello");
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("Entry 1 of the list is longer than 120 characters"),
        "{stderr}"
    );
}
