//! Interop with the real tools a person would use without Hearken:
//! Debian's `age` decrypts a bundle, `tar` unpacks it, `minisign -V` checks
//! the manifest; and an archive the `age` CLI encrypted opens in Hearken,
//! with the signature still checked.

use std::{
    fs,
    path::Path,
    process::{Command, Output},
};

use hearken::{
    bundle,
    format::FormatError,
    kit::{self, NoPins},
};

use super::{fixtures::*, outcome, vectors::decrypt};

fn run(cmd: &mut Command) -> Output {
    let out = cmd
        .output()
        .unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e}"));
    assert!(
        out.status.success(),
        "{cmd:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn fails(cmd: &mut Command) -> bool {
    !cmd.output()
        .unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e}"))
        .status
        .success()
}

/// Unpacks an archive with GNU tar into `dir/out`.
fn untar(dir: &Path, archive: &[u8]) -> std::path::PathBuf {
    let tar_path = dir.join("archive.tar");
    fs::write(&tar_path, archive).unwrap();
    let out = dir.join("out");
    fs::create_dir_all(&out).unwrap();
    run(Command::new("tar")
        .arg("-xf")
        .arg(&tar_path)
        .arg("-C")
        .arg(&out));
    out
}

#[test]
fn age_cli_decrypts_a_bundle_that_tar_unpacks_and_minisign_verifies() {
    let dir = tempfile::tempdir().unwrap();
    let identity_file = dir.path().join("coordinator.key");
    fs::write(&identity_file, format!("{COORDINATOR_AGE}\n")).unwrap();
    let sealed = dir.path().join("session.bundle.age");
    fs::write(&sealed, bundle_bytes(5, &[COORDINATOR_AGE])).unwrap();
    let tar_path = dir.path().join("session.tar");
    run(Command::new("age")
        .arg("-d")
        .arg("-i")
        .arg(&identity_file)
        .arg("-o")
        .arg(&tar_path)
        .arg(&sealed));

    let listing = run(Command::new("tar").arg("-tvf").arg(&tar_path));
    let listing = String::from_utf8(listing.stdout).unwrap();
    let names: Vec<&str> = listing
        .lines()
        .map(|l| l.rsplit(' ').next().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "manifest.json",
            "manifest.json.minisig",
            "quotes.json",
            "tombstones.json"
        ]
    );
    assert!(
        listing.lines().all(|l| l.starts_with("-rw-r--r--")),
        "{listing}"
    );

    let out = untar(dir.path(), &fs::read(&tar_path).unwrap());
    for (name, bytes) in BUNDLE_FILES {
        assert_eq!(fs::read(out.join(name)).unwrap(), bytes);
    }
    // The manifest's hashes are the files' SHA-256, read without Hearken.
    let manifest: serde_json::Value =
        serde_json::from_slice(&fs::read(out.join("manifest.json")).unwrap()).unwrap();
    for file in manifest["files"].as_array().unwrap() {
        let name = file["name"].as_str().unwrap();
        let sum = run(Command::new("sha256sum").arg(out.join(name)));
        let sum = String::from_utf8(sum.stdout).unwrap();
        assert_eq!(sum.split(' ').next(), file["sha256"].as_str(), "{name}");
    }

    let device_key = device().public_key().to_string();
    let verified = run(Command::new("minisign")
        .arg("-V")
        .arg("-P")
        .arg(&device_key)
        .arg("-m")
        .arg(out.join("manifest.json")));
    let said = String::from_utf8(verified.stdout).unwrap();
    assert!(
        said.contains(
            "Trusted comment: hearken bundle format:1 engagement:upr-2025-kenya device_sequence:5"
        ),
        "{said}"
    );
    // minisign refuses another key, and a changed manifest.
    let other = impostor().public_key().to_string();
    assert!(fails(
        Command::new("minisign")
            .arg("-V")
            .arg("-P")
            .arg(&other)
            .arg("-m")
            .arg(out.join("manifest.json"))
    ));
    let text = fs::read_to_string(out.join("manifest.json")).unwrap();
    fs::write(
        out.join("manifest.json"),
        text.replace("\"device_sequence\": 5", "\"device_sequence\": 6"),
    )
    .unwrap();
    assert!(fails(
        Command::new("minisign")
            .arg("-V")
            .arg("-P")
            .arg(&device_key)
            .arg("-m")
            .arg(out.join("manifest.json"))
    ));
}

#[test]
fn minisign_cli_verifies_a_kit_with_the_public_key_file() {
    let dir = tempfile::tempdir().unwrap();
    let out = untar(dir.path(), &kit_bytes(&coordinator(), 2));
    let key_file = dir.path().join("coordinator.pub");
    fs::write(&key_file, coordinator().public_key().to_minisign_file()).unwrap();
    let verified = run(Command::new("minisign")
        .arg("-V")
        .arg("-p")
        .arg(&key_file)
        .arg("-m")
        .arg(out.join("manifest.json")));
    assert!(String::from_utf8_lossy(&verified.stdout).contains("kit_version:2"));
    let hashed_only = run(Command::new("minisign")
        .arg("-V")
        .arg("-H")
        .arg("-p")
        .arg(&key_file)
        .arg("-m")
        .arg(out.join("manifest.json")));
    assert!(hashed_only.status.success());
}

#[test]
fn an_archive_sealed_by_the_age_cli_opens_and_is_still_verified() {
    let dir = tempfile::tempdir().unwrap();
    let recipient = age_identity(COORDINATOR_AGE).recipient().to_string();
    let roster = MemoryRoster::with_device();
    let coordinator_id = age_identity(COORDINATOR_AGE);
    let seal_with_cli = |archive: &[u8], name: &str| -> Vec<u8> {
        let plain = dir.path().join(format!("{name}.tar"));
        let sealed = dir.path().join(format!("{name}.age"));
        fs::write(&plain, archive).unwrap();
        run(Command::new("age")
            .arg("-r")
            .arg(&recipient)
            .arg("-o")
            .arg(&sealed)
            .arg(&plain));
        fs::read(&sealed).unwrap()
    };
    let ours = bundle_bytes(3, &[COORDINATOR_AGE]);
    let archive = decrypt(&ours, COORDINATOR_AGE);
    let theirs = seal_with_cli(&archive, "same");
    let opened = bundle::open(&theirs, &coordinator_id, &roster).unwrap();
    assert_eq!(
        opened.digest(),
        bundle::open(&ours, &coordinator_id, &roster)
            .unwrap()
            .digest()
    );

    // A content file changed before sealing: the manifest hash catches it.
    let quotes_at = archive
        .windows(10)
        .position(|w| w == b"[{\"speaker")
        .unwrap();
    let mut changed = archive.clone();
    changed[quotes_at + 14] = b'2';
    let result = bundle::open(
        &seal_with_cli(&changed, "changed"),
        &coordinator_id,
        &roster,
    );
    assert_eq!(outcome(&result), "hash-mismatch quotes.json");

    // Unpacked and packed again with GNU tar, unchanged files and all: the
    // headers are not Hearken's, so the archive is refused.
    let out = untar(dir.path(), &archive);
    let repacked = dir.path().join("repacked.tar");
    run(Command::new("tar")
        .arg("-cf")
        .arg(&repacked)
        .arg("-C")
        .arg(&out)
        .args([
            "manifest.json",
            "manifest.json.minisig",
            "quotes.json",
            "tombstones.json",
        ]));
    let result = bundle::open(
        &seal_with_cli(&fs::read(&repacked).unwrap(), "repacked"),
        &coordinator_id,
        &roster,
    );
    assert!(
        matches!(result, Err(FormatError::MalformedArchive(_))),
        "{}",
        outcome(&result)
    );

    // A kit sealed by hand is still a kit.
    let kit_file = kit_bytes(&coordinator(), 1);
    let result = bundle::open(&seal_with_cli(&kit_file, "kit"), &coordinator_id, &roster);
    assert_eq!(outcome(&result), "wrong-kind kit");
    assert!(kit::read(&kit_file, &NoPins).is_ok());
}

#[test]
fn an_identity_made_by_age_keygen_is_read_and_gives_the_same_recipient() {
    let dir = tempfile::tempdir().unwrap();
    let key_file = dir.path().join("made-by-cli.key");
    run(Command::new("age-keygen").arg("-o").arg(&key_file));
    let text = fs::read_to_string(&key_file).unwrap();
    let public = text
        .lines()
        .find_map(|l| l.strip_prefix("# public key: "))
        .unwrap();
    let secret = text
        .lines()
        .find(|l| l.starts_with("AGE-SECRET-KEY-1"))
        .unwrap();
    let identity = age_identity(secret);
    assert_eq!(identity.recipient().to_string(), public);
    // And a bundle to that recipient opens with the CLI.
    let sealed = dir.path().join("to-cli.age");
    let header = bundle::BundleHeader {
        engagement_id: ENGAGEMENT,
        device_sequence: 1,
        created: CREATED,
    };
    let bytes = bundle::write(&header, &BUNDLE_FILES, &device(), &[identity.recipient()]).unwrap();
    fs::write(&sealed, bytes).unwrap();
    let plain = run(Command::new("age")
        .arg("-d")
        .arg("-i")
        .arg(&key_file)
        .arg(&sealed));
    assert!(plain.stdout.starts_with(b"manifest.json\0"));
}
