//! Files from and to the outside world, read and written one safe way.
//!
//! Reading: every file Hearken takes in (bundles, kits, passphrase and
//! recovery-key files, text files, imported CSV) is opened without blocking,
//! checked to be a regular file and within a size limit before a byte is
//! read, and then read with that bound. A 2 GB file, `/dev/zero` or a FIFO
//! is refused at once, in constant memory.
//!
//! Writing: an output (a report, a bundle, a key file) is written to a fresh
//! owner-only temporary file beside it (created exclusively, never through
//! a link), synced, then renamed into place, so it appears whole or not at
//! all. It never replaces the vault or its `-wal`/`-shm`/`-journal` files
//! (compared by device and inode, so through links too), never follows or
//! replaces a symbolic link, and never writes over something that is not a
//! regular file.

use std::{
    fs,
    io::{Read, Write},
    path::{Path, PathBuf},
};

use crate::i18n::{Localized, Message};

/// Bundles: the format layer's own limit on an encrypted bundle.
pub const MAX_BUNDLE_BYTES: u64 = crate::format::Limits::DEFAULT.max_sealed_file();
/// Kits and community files a person picks.
pub const MAX_KIT_BYTES: u64 = 64 * 1024 * 1024;
/// Text files: passphrases, recovery keys, quotes, report texts, CSV.
pub const MAX_TEXT_BYTES: u64 = 16 * 1024 * 1024;
/// Passphrase and recovery-key files.
pub const MAX_SECRET_BYTES: u64 = 64 * 1024;

/// A file could not be read or written.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum FileError {
    /// The file does not exist or cannot be opened.
    #[error("the file cannot be read")]
    Unreadable,
    /// The path names a folder, a device, a FIFO or a socket.
    #[error("not a regular file")]
    NotAFile,
    /// The file is larger than the limit for what it should hold.
    #[error("the file is too large")]
    TooLarge { limit: u64 },
    /// No path was given.
    #[error("no file chosen")]
    NoPath,
    /// The output would replace the vault or one of its companion files.
    #[error("the output is the vault")]
    IsVault,
    /// The output path is a symbolic link (it is never followed).
    #[error("the output is a link")]
    IsLink,
    /// The file could not be written (disk full, no permission, no folder).
    #[error("cannot write the file")]
    Write(#[source] std::io::Error),
    /// An output folder exists and holds something other than an earlier
    /// output of the same kind: it is never emptied.
    #[error("the folder is not empty")]
    FolderInUse,
}

impl Localized for FileError {
    fn message(&self) -> Message {
        match self {
            FileError::Unreadable => Message::new("file-unreadable"),
            FileError::NotAFile => Message::new("file-not-regular"),
            FileError::TooLarge { limit } => {
                Message::new("file-too-large").arg("mib", limit.div_ceil(1024 * 1024))
            }
            FileError::NoPath => Message::new("file-no-path"),
            FileError::IsVault => Message::new("file-is-vault"),
            FileError::IsLink => Message::new("file-is-link"),
            FileError::Write(_) => Message::new("export-write"),
            FileError::FolderInUse => Message::new("file-folder-in-use"),
        }
    }
}

/// Opens `path` for reading without blocking on a FIFO or a device that
/// never ends, and checks it is a regular file within `limit` bytes.
fn open_regular(path: &Path, limit: u64) -> Result<fs::File, FileError> {
    if path.as_os_str().is_empty() {
        return Err(FileError::NoPath);
    }
    let mut options = fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // O_NONBLOCK: opening a FIFO with no writer returns at once.
        options.custom_flags(libc::O_NONBLOCK);
    }
    #[cfg(not(unix))]
    if !fs::metadata(path)
        .map_err(|_| FileError::Unreadable)?
        .is_file()
    {
        return Err(FileError::NotAFile);
    }
    let file = options.open(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::IsADirectory => FileError::NotAFile,
        _ => FileError::Unreadable,
    })?;
    let meta = file.metadata().map_err(|_| FileError::Unreadable)?;
    if !meta.is_file() {
        return Err(FileError::NotAFile);
    }
    if meta.len() > limit {
        return Err(FileError::TooLarge { limit });
    }
    Ok(file)
}

/// Reads a whole regular file of at most `limit` bytes.
pub fn read_bounded(path: &Path, limit: u64) -> Result<Vec<u8>, FileError> {
    let file = open_regular(path, limit)?;
    read_all(file, limit).map_err(|e| match e {
        FileError::Write(_) => FileError::Unreadable,
        other => other,
    })
}

/// Reads a stream (standard input) to its end, refusing more than `limit`
/// bytes without holding more than `limit + 1` of them.
pub fn read_all(reader: impl Read, limit: u64) -> Result<Vec<u8>, FileError> {
    let mut bytes = Vec::new();
    reader
        .take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|_| FileError::Unreadable)?;
    if bytes.len() as u64 > limit {
        return Err(FileError::TooLarge { limit });
    }
    Ok(bytes)
}

/// The files SQLite keeps beside a vault.
const COMPANIONS: [&str; 4] = ["", "-wal", "-shm", "-journal"];

/// Whether `target` is the vault at `vault` or one of its companion files:
/// the same file by device and inode (through any link), or the same name
/// in the same folder (a companion that does not exist right now).
fn is_vault_file(target: &Path, vault: &Path) -> bool {
    let same_inode = |a: &Path, b: &Path| match (fs::metadata(a), fs::metadata(b)) {
        (Ok(x), Ok(y)) => same_file(&x, &y),
        _ => false,
    };
    let canonical_dir = |p: &Path| -> Option<PathBuf> {
        let parent = p.parent().filter(|d| !d.as_os_str().is_empty());
        fs::canonicalize(parent.unwrap_or(Path::new("."))).ok()
    };
    let target_place = canonical_dir(target).zip(target.file_name().map(|n| n.to_owned()));
    let vault_dir = canonical_dir(vault);
    COMPANIONS.iter().any(|suffix| {
        let mut name = vault.as_os_str().to_owned();
        name.push(suffix);
        let companion = PathBuf::from(name);
        if same_inode(target, &companion) {
            return true;
        }
        match (&target_place, &vault_dir, companion.file_name()) {
            (Some((dir, file)), Some(vdir), Some(cname)) => dir == vdir && file == cname,
            _ => false,
        }
    })
}

#[cfg(unix)]
fn same_file(a: &fs::Metadata, b: &fs::Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    a.dev() == b.dev() && a.ino() == b.ino()
}

#[cfg(not(unix))]
fn same_file(a: &fs::Metadata, b: &fs::Metadata) -> bool {
    a.len() == b.len() && a.modified().ok() == b.modified().ok()
}

/// Checks that `path` may receive an output without harming `vault`.
pub fn check_output(path: &Path, vault: &Path) -> Result<(), FileError> {
    if path.as_os_str().is_empty() {
        return Err(FileError::NoPath);
    }
    if is_vault_file(path, vault) {
        return Err(FileError::IsVault);
    }
    match fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => Err(FileError::IsLink),
        Ok(m) if !m.is_file() => Err(FileError::NotAFile),
        _ => Ok(()),
    }
}

/// Writes `bytes` to `path` whole or not at all, owner-only, never over the
/// vault at `vault` (see the module doc).
pub fn write_output(path: &Path, bytes: &[u8], vault: &Path) -> Result<(), FileError> {
    write_outputs(&[(path, bytes)], vault)
}

/// Writes several outputs that belong together (the CSV export's three
/// files), as [`write_output`] writes one: each is written whole beside its
/// place first, and only when all are written are they renamed into place;
/// when one cannot be written, none replaces what was there.
pub fn write_outputs(files: &[(&Path, &[u8])], vault: &Path) -> Result<(), FileError> {
    for (path, _) in files {
        check_output(path, vault)?;
    }
    let mut partials = vec![];
    for (path, bytes) in files {
        let partial = partial_path(path);
        let mut options = fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600).custom_flags(libc::O_NOFOLLOW);
        }
        let written = options.open(&partial).and_then(|mut f| {
            f.write_all(bytes)?;
            f.sync_all()
        });
        if let Err(e) = written {
            if e.kind() != std::io::ErrorKind::AlreadyExists {
                let _ = fs::remove_file(&partial);
            }
            for p in &partials {
                let _ = fs::remove_file(p);
            }
            return Err(FileError::Write(e));
        }
        partials.push(partial);
    }
    for ((path, _), partial) in files.iter().zip(&partials) {
        if let Err(e) = fs::rename(partial, path) {
            for p in &partials {
                let _ = fs::remove_file(p);
            }
            return Err(FileError::Write(e));
        }
    }
    for (path, _) in files {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
            && let Ok(d) = fs::File::open(dir)
        {
            let _ = d.sync_all();
        }
    }
    Ok(())
}

/// Writes a folder of files (relative paths with `/`) at `dir`, whole or
/// not at all: built beside it under a temporary name, then renamed into
/// place. An existing `dir` is replaced only when it is empty or `ours`
/// says it is an earlier output of the same kind; it is never a link, and
/// never the folder holding the vault.
pub fn write_folder(
    dir: &Path,
    files: &[(String, Vec<u8>)],
    vault: &Path,
    ours: impl Fn(&Path) -> bool,
) -> Result<(), FileError> {
    if dir.as_os_str().is_empty() {
        return Err(FileError::NoPath);
    }
    let existing = match fs::symlink_metadata(dir) {
        Ok(m) if m.file_type().is_symlink() => return Err(FileError::IsLink),
        Ok(m) if !m.is_dir() => return Err(FileError::NotAFile),
        Ok(_) => {
            let empty = fs::read_dir(dir)
                .map_err(FileError::Write)?
                .next()
                .is_none();
            let holds_vault = vault
                .parent()
                .and_then(|p| fs::canonicalize(p).ok())
                .is_some_and(|p| fs::canonicalize(dir).is_ok_and(|d| p.starts_with(d)));
            if holds_vault || !(empty || ours(dir)) {
                return Err(FileError::FolderInUse);
            }
            true
        }
        Err(_) => false,
    };
    let partial = partial_path(dir);
    let build = || -> std::io::Result<()> {
        fs::create_dir(&partial)?;
        for (name, bytes) in files {
            let path = partial.join(name);
            if let Some(parent) = path.parent() {
                fs::create_dir_all(parent)?;
            }
            let mut f = fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&path)?;
            f.write_all(bytes)?;
            f.sync_all()?;
        }
        Ok(())
    };
    if let Err(e) = build() {
        let _ = fs::remove_dir_all(&partial);
        return Err(FileError::Write(e));
    }
    let old = partial.with_extension("old");
    let swapped = if existing {
        fs::rename(dir, &old).and_then(|()| fs::rename(&partial, dir))
    } else {
        fs::rename(&partial, dir)
    };
    if let Err(e) = swapped {
        let _ = fs::remove_dir_all(&partial);
        if existing && !dir.exists() {
            let _ = fs::rename(&old, dir);
        }
        return Err(FileError::Write(e));
    }
    if existing {
        let _ = fs::remove_dir_all(&old);
    }
    Ok(())
}

/// A fresh temporary name beside `path`: `.<name>.<random>.part`.
fn partial_path(path: &Path) -> PathBuf {
    let mut salt = [0u8; 8];
    crate::vault::fill_random(&mut salt);
    let name = path
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    path.with_file_name(format!(".{name}.{}.part", hex::encode(salt)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_refuse_what_is_not_a_bounded_regular_file() {
        let dir = tempfile::tempdir().unwrap();
        let big = dir.path().join("big");
        fs::File::create(&big).unwrap().set_len(3 << 30).unwrap();
        assert!(matches!(
            read_bounded(&big, MAX_BUNDLE_BYTES),
            Err(FileError::TooLarge { .. })
        ));
        #[cfg(unix)]
        {
            assert!(matches!(
                read_bounded(Path::new("/dev/zero"), 10),
                Err(FileError::NotAFile)
            ));
            let fifo = dir.path().join("fifo");
            assert!(
                std::process::Command::new("mkfifo")
                    .arg(&fifo)
                    .status()
                    .unwrap()
                    .success()
            );
            assert!(matches!(read_bounded(&fifo, 10), Err(FileError::NotAFile)));
        }
        assert!(matches!(
            read_bounded(dir.path(), 10),
            Err(FileError::NotAFile)
        ));
        assert!(matches!(
            read_bounded(&dir.path().join("none"), 10),
            Err(FileError::Unreadable)
        ));
        let small = dir.path().join("small");
        fs::write(&small, b"hello").unwrap();
        assert_eq!(read_bounded(&small, 5).unwrap(), b"hello");
        assert!(matches!(
            read_bounded(&small, 4),
            Err(FileError::TooLarge { limit: 4 })
        ));
        assert!(matches!(
            read_all(&b"hello"[..], 4),
            Err(FileError::TooLarge { .. })
        ));
    }

    #[test]
    fn outputs_never_replace_the_vault_or_follow_links() {
        let dir = tempfile::tempdir().unwrap();
        let vault = dir.path().join("v.hearken");
        fs::write(&vault, b"VAULT").unwrap();
        for name in ["v.hearken", "v.hearken-wal", "v.hearken-shm"] {
            assert!(matches!(
                write_output(&dir.path().join(name), b"x", &vault),
                Err(FileError::IsVault)
            ));
        }
        #[cfg(unix)]
        {
            let link = dir.path().join("link.pdf");
            std::os::unix::fs::symlink(&vault, &link).unwrap();
            assert!(matches!(
                write_output(&link, b"x", &vault),
                Err(FileError::IsVault)
            ));
            let other = dir.path().join("other");
            fs::write(&other, b"OTHER").unwrap();
            let link2 = dir.path().join("link2.pdf");
            std::os::unix::fs::symlink(&other, &link2).unwrap();
            assert!(matches!(
                write_output(&link2, b"x", &vault),
                Err(FileError::IsLink)
            ));
            assert_eq!(fs::read(&other).unwrap(), b"OTHER");
            let hard = dir.path().join("hard.pdf");
            fs::hard_link(&vault, &hard).unwrap();
            assert!(matches!(
                write_output(&hard, b"x", &vault),
                Err(FileError::IsVault)
            ));
        }
        assert_eq!(fs::read(&vault).unwrap(), b"VAULT");
        let out = dir.path().join("report.pdf");
        write_output(&out, b"report", &vault).unwrap();
        assert_eq!(fs::read(&out).unwrap(), b"report");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(&out).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600);
        }
        let left: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .filter_map(|e| e.ok())
            .filter(|e| e.file_name().to_string_lossy().ends_with(".part"))
            .collect();
        assert!(left.is_empty());
    }
}
