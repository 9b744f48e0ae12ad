//! Reading the files a person picks (kits) for the facilitator's commands.
//! Paths come from the native file dialog or, for keyboard and WebDriver
//! use, from a typed path; either way the shell reads the bytes so the UI
//! never handles a file's content. The core reads them with a bound
//! ([`hearken::files`]); its errors carry no path: a path can hold a
//! person's or a community's name.

pub use hearken::files::FileError;

/// Reads a picked kit file, refusing anything that is not a regular file of
/// at most [`hearken::files::MAX_KIT_BYTES`].
pub fn read_picked(path: &str) -> Result<Vec<u8>, FileError> {
    hearken::files::read_bounded(
        std::path::Path::new(path.trim()),
        hearken::files::MAX_KIT_BYTES,
    )
}
