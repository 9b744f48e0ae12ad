//! The container format shared by engagement kits and bundles.
//!
//! Spec: `docs/format.md` (normative). A kit or bundle is a signed archive:
//! a strict ustar archive ([`archive`]) whose first entry is `manifest.json`
//! ([`manifest`]), whose second is its minisign signature ([`signature`]),
//! and whose other entries are the content files the manifest lists with
//! their SHA-256. A kit is that archive as is; a bundle is that archive
//! encrypted with age. This module writes and verifies signed archives; the
//! [`crate::kit`] and [`crate::bundle`] modules add what differs.
//!
//! Guarantees of a successful read: the archive is canonical, the manifest
//! is valid and signed by the key it names, and every content file is
//! present, listed and matches its hash. Memory is bounded by [`Limits`].
//! Content files are opaque bytes here: records live a layer above.

pub mod archive;
mod content;
mod error;
pub mod manifest;
pub mod names;
pub mod signature;
mod signed;

pub use content::ContentFiles;
pub use error::{ArchiveFault, ArchiveKind, FormatError, Limit, ManifestFault, UnknownSigner};
pub use manifest::{FileEntry, Manifest, ManifestDigest, ManifestKind};
pub(crate) use signed::{Header, prepare_signed, verify_signed};

/// The format version this code writes and the newest it reads (§11).
pub const FORMAT_VERSION: u64 = 1;
/// Name of the manifest entry.
pub const MANIFEST_NAME: &str = "manifest.json";
/// Name of the signature entry (minisign's default for `manifest.json`).
pub const SIGNATURE_NAME: &str = "manifest.json.minisig";
/// Largest signature file (§8); Hearken's are under 400 bytes.
pub const MAX_SIGNATURE_LEN: usize = 2048;
/// Most age recipients a kit may name for bundles (§6).
pub const MAX_RECIPIENTS: usize = 16;

/// Size limits (§8). Readers refuse, and writers never produce, anything
/// beyond them, so memory stays bounded whatever a file claims.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// The archive: a kit file, or a bundle once decrypted.
    pub max_archive: u64,
    /// One content file.
    pub max_entry: u64,
    /// Number of content files.
    pub max_files: usize,
    /// `manifest.json`.
    pub max_manifest: u64,
}

impl Limits {
    /// The limits of format version 1.
    pub const DEFAULT: Limits = Limits {
        max_archive: 64 * 1024 * 1024,
        max_entry: 32 * 1024 * 1024,
        max_files: 1000,
        max_manifest: 256 * 1024,
    };

    /// Largest encrypted bundle file: the archive plus age's overhead (16
    /// bytes per 64 KiB chunk, a 16-byte nonce, and at most 64 KiB of
    /// header for the recipients).
    pub const fn max_sealed_file(&self) -> u64 {
        self.max_archive + self.max_archive.div_ceil(64 * 1024) * 16 + 16 + 64 * 1024
    }
}

impl Default for Limits {
    fn default() -> Self {
        Limits::DEFAULT
    }
}
