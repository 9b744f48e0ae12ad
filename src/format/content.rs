//! The content files of a verified kit or bundle, owned and zeroized.

use std::{fmt, ops::Range};

use zeroize::Zeroizing;

use super::archive::Entry;

/// The verified content files, in manifest order (sorted by name). They
/// live in one buffer that is zeroized on drop, since a bundle's files hold
/// participants' words; `Debug` shows names and sizes only.
pub struct ContentFiles {
    buffer: Zeroizing<Vec<u8>>,
    files: Vec<(String, Range<usize>)>,
}

impl ContentFiles {
    /// Where `entries`, slices of `base`, lie in it: computed while `base`
    /// is borrowed, so the buffer can then move into [`ContentFiles::new`].
    pub(crate) fn locate(base: &[u8], entries: &[Entry<'_>]) -> Vec<(String, Range<usize>)> {
        let start_of_base = base.as_ptr().addr();
        entries
            .iter()
            .map(|e| {
                let start = e.bytes.as_ptr().addr() - start_of_base;
                (e.name.to_owned(), start..start + e.bytes.len())
            })
            .collect()
    }

    /// Owns `buffer`, with files where [`ContentFiles::locate`] found them.
    pub(crate) fn new(buffer: Zeroizing<Vec<u8>>, files: Vec<(String, Range<usize>)>) -> Self {
        assert!(files.iter().all(|(_, r)| r.end <= buffer.len()));
        Self { buffer, files }
    }

    /// The bytes of the file called `name`.
    pub fn get(&self, name: &str) -> Option<&[u8]> {
        self.files
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, r)| &self.buffer[r.clone()])
    }

    /// Every file, as (name, bytes), sorted by name.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &[u8])> {
        self.files
            .iter()
            .map(|(n, r)| (n.as_str(), &self.buffer[r.clone()]))
    }

    /// How many files there are.
    pub fn len(&self) -> usize {
        self.files.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }
}

impl fmt::Debug for ContentFiles {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map()
            .entries(self.files.iter().map(|(n, r)| (n, r.len())))
            .finish()
    }
}
