//! Files and standard input named on the command line, read through the
//! core's bounded reader ([`hearken::files`]): a file that is too large, a
//! device or a FIFO is refused before anything is read.

use std::path::Path;

use hearken::files::{FileError, read_all, read_bounded};

use crate::CliError;

fn refused(path: &Path, e: FileError) -> anyhow::Error {
    match e {
        FileError::Unreadable => CliError::ReadFile {
            path: path.display().to_string(),
        }
        .into(),
        other => hearken::Error::from(other).into(),
    }
}

/// The bytes of a file of at most `limit` bytes.
pub fn bytes(path: &Path, limit: u64) -> anyhow::Result<Vec<u8>> {
    read_bounded(path, limit).map_err(|e| refused(path, e))
}

/// The text of a UTF-8 file of at most `limit` bytes (a leading BOM dropped).
pub fn text(path: &Path, limit: u64) -> anyhow::Result<String> {
    let raw = bytes(path, limit)?;
    let text = String::from_utf8(raw).map_err(|_| CliError::NotUtf8 {
        path: path.display().to_string(),
    })?;
    Ok(match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_owned(),
        None => text,
    })
}

/// Standard input as UTF-8 text of at most `limit` bytes.
pub fn stdin_text(limit: u64) -> Result<String, CliError> {
    let raw = read_all(std::io::stdin().lock(), limit).map_err(|e| match e {
        FileError::TooLarge { .. } => CliError::StdinTooLong {
            max: limit as usize,
        },
        _ => CliError::StdinUnreadable,
    })?;
    String::from_utf8(raw).map_err(|_| CliError::StdinNotUtf8)
}

/// A UTF-8 text file of at most [`hearken::files::MAX_TEXT_BYTES`].
pub fn read_text(path: &std::path::Path) -> anyhow::Result<String> {
    text(path, hearken::files::MAX_TEXT_BYTES)
}

/// Splits `key<sep>value` (both sides non-empty), or says which argument
/// has the wrong form.
pub fn split_pair<'a>(
    s: &'a str,
    sep: char,
    arg: &'static str,
    expected: &'static str,
) -> anyhow::Result<(&'a str, &'a str)> {
    s.split_once(sep)
        .filter(|(a, b)| !a.trim().is_empty() && !b.trim().is_empty())
        .map(|(a, b)| (a.trim(), b.trim()))
        .ok_or_else(|| CliError::BadArgument { arg, expected }.into())
}
