//! Everything that can go wrong writing, reading or opening a kit or bundle.
//!
//! One variant per distinct outcome a reader must tell apart
//! (`docs/format.md` §9 lists the order in which they are checked); each
//! test vector under `tests/vectors/` names exactly one of them. Arguments
//! carry only numbers, key ids and validated file names: never content.

use crate::{
    i18n::{Localized, Message},
    identity::{KeyId, PublicKey},
};

use super::manifest::Manifest;

/// Which limit of `docs/format.md` §8 was exceeded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Limit {
    /// The encrypted bundle file, before decryption.
    SealedFile,
    /// The archive (a kit file, or a bundle once decrypted).
    Archive,
    /// One content file.
    Entry,
    /// The number of content files.
    Files,
    /// `manifest.json`.
    Manifest,
    /// `manifest.json.minisig`.
    Signature,
}

impl Limit {
    fn code(self) -> &'static str {
        match self {
            Limit::SealedFile => "sealed-file",
            Limit::Archive => "archive",
            Limit::Entry => "entry",
            Limit::Files => "files",
            Limit::Manifest => "manifest",
            Limit::Signature => "signature",
        }
    }
}

/// How the archive breaks the strict layout of `docs/format.md` §3.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ArchiveFault {
    /// A header block is not a valid ustar header (magic, checksum, numbers).
    Header,
    /// A header is valid tar but not the one canonical header Hearken writes.
    NonCanonical,
    /// An entry is not a regular file (link, directory, device, extension).
    EntryType,
    /// Padding after a file's bytes is not zero.
    Padding,
    /// Data follows the end-of-archive marker.
    TrailingData,
    /// `manifest.json` and `manifest.json.minisig` are not the first two
    /// entries, or content files are not in manifest order.
    Order,
}

impl ArchiveFault {
    fn code(self) -> &'static str {
        match self {
            ArchiveFault::Header => "header",
            ArchiveFault::NonCanonical => "non-canonical",
            ArchiveFault::EntryType => "entry-type",
            ArchiveFault::Padding => "padding",
            ArchiveFault::TrailingData => "trailing-data",
            ArchiveFault::Order => "order",
        }
    }
}

/// How `manifest.json` breaks `docs/format.md` §4.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ManifestFault {
    /// Not JSON, a field of the wrong type, or a required field missing.
    Json,
    /// A field this format version does not define.
    UnknownField,
    /// A field has a value outside its allowed range or syntax.
    Value,
    /// The signer key is malformed, not a Hearken key, or its key id does
    /// not match `signer_key_id`.
    Signer,
    /// The file list is not sorted, repeats a name, or names a reserved file.
    FileList,
}

impl ManifestFault {
    fn code(self) -> &'static str {
        match self {
            ManifestFault::Json => "json",
            ManifestFault::UnknownField => "unknown-field",
            ManifestFault::Value => "value",
            ManifestFault::Signer => "signer",
            ManifestFault::FileList => "file-list",
        }
    }
}

/// The two kinds of signed archive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArchiveKind {
    /// An engagement kit from a coordinator (signed).
    Kit,
    /// A bundle from a facilitator's device (signed, then encrypted).
    Bundle,
}

impl ArchiveKind {
    /// The `kind` value in the manifest.
    pub fn as_str(self) -> &'static str {
        match self {
            ArchiveKind::Kit => "kit",
            ArchiveKind::Bundle => "bundle",
        }
    }
}

/// A bundle signed by a key the roster does not know, verified against that
/// key: what a person needs to approve it (`docs/format.md` §10.2).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownSigner {
    /// The key that signed the bundle; the signature verified with it.
    pub signer: PublicKey,
    /// The manifest it signed (engagement, sequence, time, file list).
    pub manifest: Manifest,
}

/// Why a kit or bundle was not written, read or opened.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum FormatError {
    /// Something is larger than a limit of `docs/format.md` §8.
    #[error("{what:?} is larger than the limit of {limit}")]
    TooLarge {
        /// What was too large.
        what: Limit,
        /// The limit (bytes, or a count for [`Limit::Files`]).
        limit: u64,
    },
    /// The input does not start like an age file: not a bundle (perhaps a
    /// kit, or another file).
    #[error("not an age-encrypted file")]
    NotAgeFile,
    /// An age file Hearken does not open: ASCII-armored, passphrase-
    /// encrypted, or a newer age format.
    #[error("age file of an unsupported kind")]
    UnsupportedEncryption,
    /// The bundle is not encrypted to this vault's identity.
    #[error("bundle is not encrypted to this identity")]
    WrongRecipient,
    /// The file ends before its end: an interrupted copy or download.
    #[error("file is truncated")]
    Truncated,
    /// Decryption failed authentication: the file was altered, or cut inside
    /// its last encrypted chunk (the two cannot be told apart).
    #[error("encrypted data is damaged")]
    Damaged,
    /// The archive breaks the strict layout.
    #[error("malformed archive: {0:?}")]
    MalformedArchive(ArchiveFault),
    /// An entry name, or a name given to a writer, is not an allowed file
    /// name (paths, `..`, reserved or non-portable names).
    #[error("file name not allowed")]
    UnsafeFileName,
    /// Two entries (or two listed files) have the same name, compared
    /// without regard to case.
    #[error("duplicate file name")]
    DuplicateFile,
    /// The archive holds a file the manifest does not list.
    #[error("file {name} is not in the manifest")]
    UnlistedFile {
        /// The (validated) name.
        name: String,
    },
    /// The manifest lists a file the archive does not hold.
    #[error("file {name} is missing")]
    MissingFile {
        /// The (validated) name.
        name: String,
    },
    /// A content file's size or SHA-256 differs from the manifest.
    #[error("file {name} does not match its hash")]
    HashMismatch {
        /// The (validated) name.
        name: String,
    },
    /// The manifest's format version is newer than this reader.
    #[error("format version {found} is newer than {supported}")]
    NewerFormatVersion {
        /// The version in the file.
        found: u64,
        /// The newest version this reader knows.
        supported: u64,
    },
    /// `manifest.json` breaks the manifest rules.
    #[error("malformed manifest: {0:?}")]
    MalformedManifest(ManifestFault),
    /// A kit was given where a bundle was expected, or the reverse.
    #[error("expected a {expected:?}, found a {found:?}")]
    WrongKind {
        /// What the caller asked to read.
        expected: ArchiveKind,
        /// What the manifest says.
        found: ArchiveKind,
    },
    /// `manifest.json.minisig` is not a canonical minisign signature of the
    /// kind Hearken writes.
    #[error("malformed signature file")]
    MalformedSignature,
    /// The signature does not verify with the signer key in the manifest:
    /// the manifest or the trusted comment was altered.
    #[error("signature does not verify")]
    BadSignature,
    /// The signer is not in the roster. The bundle verified against the key
    /// it carries, so the caller may hold the file in quarantine with this
    /// key until a person approves it (`docs/format.md` §10.2).
    #[error("unknown signer key {}", .0.signer.key_id())]
    UnknownKey(Box<UnknownSigner>),
    /// The signer's key was revoked in the roster.
    #[error("signer key {key_id} is revoked")]
    RevokedKey {
        /// The revoked key.
        key_id: KeyId,
    },
    /// The roster holds a different key under the signer's key id.
    #[error("roster holds another key under id {key_id}")]
    KeyMismatch {
        /// The contested key id.
        key_id: KeyId,
    },
    /// The engagement is pinned to another coordinator key than the one that
    /// signed this kit.
    #[error("kit signed by {found}, engagement pinned to {pinned}")]
    SignerChanged {
        /// The pinned key.
        pinned: KeyId,
        /// The key that signed this kit.
        found: KeyId,
    },
    /// This exact kit or bundle was imported before: importing it again
    /// changes nothing.
    #[error("already imported")]
    AlreadyImported,
    /// A different bundle with the same device sequence number was imported
    /// before (a replay of a forged or restored device).
    #[error("sequence number {sequence} already used by another bundle")]
    SequenceReused {
        /// The reused number.
        sequence: u64,
    },
    /// A kit older than the one already imported for the engagement.
    #[error("kit version {found} is older than {current}")]
    KitOutdated {
        /// The version of this kit.
        found: u64,
        /// The version already imported.
        current: u64,
    },
    /// A kit with the same version but other content was imported before.
    #[error("kit version {version} already imported with other content")]
    KitVersionReused {
        /// The reused version.
        version: u64,
    },
    /// A bundle writer was given no recipient.
    #[error("no recipient")]
    NoRecipients,
    /// Writing the output failed (disk full, closed pipe...).
    #[error("could not write the output")]
    Io(#[from] std::io::Error),
}

impl Localized for FormatError {
    fn message(&self) -> Message {
        use FormatError as E;
        match self {
            E::TooLarge { what, limit } => Message::new("format-too-large")
                .arg("what", what.code())
                .arg("limit", *limit),
            E::NotAgeFile => Message::new("format-not-age-file"),
            E::UnsupportedEncryption => Message::new("format-unsupported-encryption"),
            E::WrongRecipient => Message::new("format-wrong-recipient"),
            E::Truncated => Message::new("format-truncated"),
            E::Damaged => Message::new("format-damaged"),
            E::MalformedArchive(fault) => {
                Message::new("format-malformed-archive").arg("fault", fault.code())
            }
            E::UnsafeFileName => Message::new("format-unsafe-file-name"),
            E::DuplicateFile => Message::new("format-duplicate-file"),
            E::UnlistedFile { name } => {
                Message::new("format-unlisted-file").arg("name", name.as_str())
            }
            E::MissingFile { name } => {
                Message::new("format-missing-file").arg("name", name.as_str())
            }
            E::HashMismatch { name } => {
                Message::new("format-hash-mismatch").arg("name", name.as_str())
            }
            E::NewerFormatVersion { found, supported } => Message::new("format-newer-version")
                .arg("found", *found)
                .arg("supported", *supported),
            E::MalformedManifest(fault) => {
                Message::new("format-malformed-manifest").arg("fault", fault.code())
            }
            E::WrongKind { expected, found } => Message::new("format-wrong-kind")
                .arg("expected", expected.as_str())
                .arg("found", found.as_str()),
            E::MalformedSignature => Message::new("format-malformed-signature"),
            E::BadSignature => Message::new("format-bad-signature"),
            E::UnknownKey(unknown) => Message::new("format-unknown-key")
                .arg("key", unknown.signer.key_id().to_string())
                .arg("fingerprint", unknown.signer.fingerprint().to_string()),
            E::RevokedKey { key_id } => {
                Message::new("format-revoked-key").arg("key", key_id.to_string())
            }
            E::KeyMismatch { key_id } => {
                Message::new("format-key-mismatch").arg("key", key_id.to_string())
            }
            E::SignerChanged { pinned, found } => Message::new("format-signer-changed")
                .arg("pinned", pinned.to_string())
                .arg("found", found.to_string()),
            E::AlreadyImported => Message::new("format-already-imported"),
            E::SequenceReused { sequence } => {
                Message::new("format-sequence-reused").arg("sequence", *sequence)
            }
            E::KitOutdated { found, current } => Message::new("format-kit-outdated")
                .arg("found", *found)
                .arg("current", *current),
            E::KitVersionReused { version } => {
                Message::new("format-kit-version-reused").arg("version", *version)
            }
            E::NoRecipients => Message::new("format-no-recipients"),
            E::Io(_) => Message::new("format-io"),
        }
    }
}
