//! Shared fixtures: vaults in temporary folders, with the lowest key
//! derivation Hearken allows so tests stay quick.

use std::path::{Path, PathBuf};

use hearken::{
    model::{
        ConsentInput, ConsentMethod, EngagementInput, LangText, RecordId, Scope, SessionInput,
    },
    vault::{CreateOptions, KdfParams, RecoveryKey, Vault},
};
use secrecy::SecretString;

pub const PASSPHRASE: &str = "correct horse battery staple";

pub fn pass(s: &str) -> SecretString {
    SecretString::from(s)
}

pub fn fast() -> CreateOptions {
    CreateOptions {
        kdf: KdfParams::FLOOR,
        erase_after: None,
    }
}

/// A new vault in its own temporary folder.
pub struct TestVault {
    pub dir: tempfile::TempDir,
    pub path: PathBuf,
}

impl TestVault {
    pub fn new() -> (TestVault, Vault, RecoveryKey) {
        Self::with(fast())
    }
    pub fn with(opts: CreateOptions) -> (TestVault, Vault, RecoveryKey) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("vault.hearken");
        let (v, rk) = Vault::create(&path, &pass(PASSPHRASE), &opts).unwrap();
        (TestVault { dir, path }, v, rk)
    }
    pub fn unlock(&self) -> Vault {
        Vault::unlock(&self.path, &pass(PASSPHRASE)).unwrap()
    }
    /// Every byte of the vault's files (database, log, shared memory).
    pub fn raw_bytes(&self) -> Vec<u8> {
        files_of(&self.path)
            .iter()
            .flat_map(|p| std::fs::read(p).unwrap_or_default())
            .collect()
    }
}

/// The vault file and its `-wal` and `-shm` companions.
pub fn files_of(path: &Path) -> Vec<PathBuf> {
    ["", "-wal", "-shm"]
        .iter()
        .map(|s| {
            let mut p = path.as_os_str().to_owned();
            p.push(s);
            PathBuf::from(p)
        })
        .collect()
}

pub fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// An engagement with an English consent text and one session.
pub fn session(v: &mut Vault) -> (RecordId, RecordId) {
    let e = v
        .add_engagement(EngagementInput {
            title: "Water and sanitation".into(),
            languages: vec!["en".into()],
            consent_texts: vec![LangText {
                lang: "en".into(),
                text: "You may stop at any time.".into(),
            }],
            ..Default::default()
        })
        .unwrap();
    let s = v
        .add_session(
            e,
            SessionInput {
                date: "2026-03-21".into(),
                place: "North district".into(),
                languages: vec!["en".into()],
                ..Default::default()
            },
        )
        .unwrap();
    (e, s)
}

pub fn consent(scopes: &[Scope]) -> ConsentInput {
    ConsentInput {
        scopes: scopes.to_vec(),
        method: ConsentMethod::Oral,
        language: "en".into(),
        text: None,
    }
}

pub const QUOTE_SCOPES: &[Scope] = &[Scope::TakePart, Scope::QuotesInReports];

/// A participant with consent covering quotes.
pub fn consenting(v: &mut Vault, session: RecordId) -> (RecordId, String) {
    let (p, code) = v.add_participant(session, None).unwrap();
    v.give_consent(p, consent(QUOTE_SCOPES)).unwrap();
    (p, code)
}
