//! Errors of the vault: opening, unlocking, storing.

use crate::i18n::{Localized, Message};

/// Opening, unlocking or writing a vault failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum VaultError {
    /// No vault exists at the path.
    #[error("no vault at this path")]
    NotFound,
    /// A vault already exists at the path.
    #[error("a vault already exists at this path")]
    AlreadyExists,
    /// The file is not a Hearken vault.
    #[error("not a Hearken vault")]
    NotAVault,
    /// The vault was written by a newer Hearken.
    #[error("vault format {found} is newer than this version of Hearken ({supported})")]
    NewerFormat { found: i64, supported: i64 },
    /// The vault header is damaged.
    #[error("vault header is damaged")]
    Corrupt,
    /// The passphrase does not open the vault.
    #[error("wrong passphrase ({failed} failed attempts)")]
    WrongPassphrase { failed: u32 },
    /// The recovery key does not open the vault.
    #[error("wrong recovery key")]
    WrongRecoveryKey,
    /// What was typed is not a recovery key.
    #[error("not a recovery key")]
    MalformedRecoveryKey,
    /// Too many failed attempts: the next try must wait.
    #[error("wait {seconds} s before trying again")]
    Delayed { seconds: u64 },
    /// The vault's keys were destroyed (too many failed attempts, or a wipe).
    #[error("the vault was erased")]
    Erased,
    /// Key-derivation parameters below Hearken's floor.
    #[error("key derivation needs at least {min_mib} MiB")]
    WeakKdf { min_mib: u32 },
    /// The key derivation asked for more memory than a vault may use.
    #[error("key derivation memory above {max_mib} MiB")]
    KdfTooLarge { max_mib: u32 },
    /// The new passphrase is too short.
    #[error("passphrase shorter than {min} characters")]
    PassphraseTooShort { min: usize },
    /// A sealed record failed authentication: it was altered, moved or damaged.
    #[error("a sealed record failed authentication")]
    Tampered,
    /// The storage engine failed (disk full, file locked, I/O error).
    #[error("storage error: {detail}")]
    Storage { detail: String },
}

impl From<rusqlite::Error> for VaultError {
    fn from(e: rusqlite::Error) -> Self {
        // SQLite's messages name codes and statements, never bound values, so
        // no participant text can reach this string.
        let detail = match &e {
            rusqlite::Error::SqliteFailure(f, _) => format!("{:?}", f.code),
            other => other.to_string(),
        };
        VaultError::Storage { detail }
    }
}

impl From<std::io::Error> for VaultError {
    fn from(e: std::io::Error) -> Self {
        VaultError::Storage {
            detail: format!("{:?}", e.kind()),
        }
    }
}

impl VaultError {
    /// Whether a person typed the wrong secret (the CLI exits 2 for these).
    pub fn is_wrong_secret(&self) -> bool {
        matches!(
            self,
            VaultError::WrongPassphrase { .. } | VaultError::WrongRecoveryKey
        )
    }
}

impl Localized for VaultError {
    fn message(&self) -> Message {
        match self {
            VaultError::NotFound => Message::new("vault-not-found"),
            VaultError::AlreadyExists => Message::new("vault-exists"),
            VaultError::NotAVault => Message::new("vault-not-a-vault"),
            VaultError::NewerFormat { found, supported } => Message::new("vault-newer")
                .arg("found", *found)
                .arg("supported", *supported),
            VaultError::Corrupt => Message::new("vault-corrupt"),
            VaultError::WrongPassphrase { failed } => {
                Message::new("vault-wrong-passphrase").arg("failed", *failed)
            }
            VaultError::WrongRecoveryKey => Message::new("vault-wrong-recovery"),
            VaultError::MalformedRecoveryKey => Message::new("vault-malformed-recovery"),
            VaultError::Delayed { seconds } => {
                Message::new("vault-delayed").arg("seconds", *seconds)
            }
            VaultError::Erased => Message::new("vault-erased"),
            VaultError::WeakKdf { min_mib } => Message::new("vault-weak-kdf").arg("min", *min_mib),
            VaultError::KdfTooLarge { max_mib } => {
                Message::new("vault-kdf-too-large").arg("max", *max_mib)
            }
            VaultError::PassphraseTooShort { min } => {
                Message::new("vault-short-passphrase").arg("min", *min)
            }
            VaultError::Tampered => Message::new("vault-tampered"),
            VaultError::Storage { detail } => {
                Message::new("vault-storage").arg("detail", detail.clone())
            }
        }
    }
}
