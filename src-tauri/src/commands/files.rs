//! Reading the files a person picks (kits) for the facilitator's commands.
//! Paths come from the native file dialog or, for keyboard and WebDriver
//! use, from a typed path; either way the shell reads the bytes so the UI
//! never handles a file's content. Errors carry no path: a path can hold a
//! person's or a community's name.

use std::{io::Read, path::Path};

use hearken::i18n::{Localized, Message};

/// The largest file the facilitator's screens read (kits are a few hundred
/// kilobytes; the format layer applies its own, tighter limits).
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// A picked file could not be used.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum FileError {
    /// The file does not exist or cannot be read.
    #[error("the file cannot be read")]
    Unreadable,
    /// The file is larger than any kit could be.
    #[error("the file is too large")]
    TooLarge,
    /// No path was given.
    #[error("no file chosen")]
    NoPath,
}

impl Localized for FileError {
    fn message(&self) -> Message {
        match self {
            Self::Unreadable => Message::new("file-unreadable"),
            Self::TooLarge => {
                Message::new("file-too-large").arg("mib", MAX_FILE_BYTES / (1024 * 1024))
            }
            Self::NoPath => Message::new("file-no-path"),
        }
    }
}

/// Reads a whole file, refusing anything past [`MAX_FILE_BYTES`].
pub fn read_picked(path: &str) -> Result<Vec<u8>, FileError> {
    let path = path.trim();
    if path.is_empty() {
        return Err(FileError::NoPath);
    }
    let file = std::fs::File::open(Path::new(path)).map_err(|_| FileError::Unreadable)?;
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|_| FileError::Unreadable)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(FileError::TooLarge);
    }
    Ok(bytes)
}
