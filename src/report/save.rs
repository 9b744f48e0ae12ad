//! Writing an export so that it appears whole or not at all: the bytes go
//! to a temporary file in the same folder, which is then renamed into place.

use std::{fs, io::Write, path::Path};

use super::ExportError;

/// Writes `bytes` to `path` atomically.
pub fn save(path: &Path, bytes: &[u8]) -> Result<(), ExportError> {
    let mut partial = path.as_os_str().to_owned();
    partial.push(".part");
    let partial = Path::new(&partial);
    let written = fs::File::create(partial)
        .and_then(|mut f| {
            f.write_all(bytes)?;
            f.sync_all()
        })
        .and_then(|()| fs::rename(partial, path));
    if let Err(e) = written {
        let _ = fs::remove_file(partial);
        return Err(ExportError::Write(e));
    }
    Ok(())
}
