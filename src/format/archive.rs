//! The archive inside kits and bundles: a strict subset of POSIX ustar.
//!
//! Spec: `docs/format.md` §3. Any `tar` unpacks it, but the reader accepts
//! exactly one encoding: every header must be byte for byte the header the
//! writer would produce for that name, size and time, padding and the
//! end-of-archive marker must be zero, and nothing may follow the marker.
//! That is what makes every single-byte change of a kit detectable even
//! where tar itself would not care (unused header fields, padding), and it
//! leaves the parser no ambiguity to exploit.

use std::{collections::HashSet, io};

use super::{FormatError, Limits, names};
use crate::format::error::ArchiveFault;

/// Size of a tar block.
pub const BLOCK: usize = 512;
const END_MARKER: [u8; 2 * BLOCK] = [0; 2 * BLOCK];
/// Largest value of an 11-digit octal field.
const MAX_OCTAL_11: u64 = 0o777_7777_7777;

/// One file in an archive.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Entry<'a> {
    /// Its name (checked against `docs/format.md` §3.2).
    pub name: &'a str,
    /// Its bytes.
    pub bytes: &'a [u8],
}

impl std::fmt::Debug for Entry<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never the bytes: they may be a participant's words.
        f.debug_struct("Entry")
            .field("name", &self.name)
            .field("len", &self.bytes.len())
            .finish()
    }
}

/// A parsed archive: the common modification time and the entries in order.
#[derive(Debug)]
pub struct Archive<'a> {
    /// The `mtime` every header carries (seconds since 1970, UTC).
    pub mtime: u64,
    /// The entries, in archive order.
    pub entries: Vec<Entry<'a>>,
}

/// The exact length [`write()`] produces for entries of these sizes.
pub fn encoded_len(sizes: impl IntoIterator<Item = u64>) -> u64 {
    sizes
        .into_iter()
        .map(|size| BLOCK as u64 + size.div_ceil(BLOCK as u64) * BLOCK as u64)
        .sum::<u64>()
        + END_MARKER.len() as u64
}

/// Writes entries as a canonical archive. Names must pass §3.2 and be
/// distinct; every header carries `mtime`.
pub fn write<W: io::Write>(
    out: &mut W,
    entries: &[Entry<'_>],
    mtime: u64,
) -> Result<(), FormatError> {
    let mut seen = HashSet::new();
    for entry in entries {
        names::check(entry.name)?;
        if !seen.insert(names::fold(entry.name)) {
            return Err(FormatError::DuplicateFile);
        }
        if entry.bytes.len() as u64 > MAX_OCTAL_11 || mtime > MAX_OCTAL_11 {
            return Err(FormatError::TooLarge {
                what: super::Limit::Entry,
                limit: MAX_OCTAL_11,
            });
        }
    }
    for entry in entries {
        out.write_all(&header(entry.name, entry.bytes.len() as u64, mtime))?;
        out.write_all(entry.bytes)?;
        out.write_all(&END_MARKER[..padding(entry.bytes.len())])?;
    }
    out.write_all(&END_MARKER)?;
    Ok(())
}

fn padding(len: usize) -> usize {
    (BLOCK - len % BLOCK) % BLOCK
}

/// The one header Hearken writes for a file (`docs/format.md` §3.1).
fn header(name: &str, size: u64, mtime: u64) -> [u8; BLOCK] {
    let mut h = [0u8; BLOCK];
    h[..name.len()].copy_from_slice(name.as_bytes());
    h[100..108].copy_from_slice(b"0000644\0");
    h[108..116].copy_from_slice(b"0000000\0");
    h[116..124].copy_from_slice(b"0000000\0");
    h[124..136].copy_from_slice(format!("{size:011o}\0").as_bytes());
    h[136..148].copy_from_slice(format!("{mtime:011o}\0").as_bytes());
    h[156] = b'0';
    h[257..263].copy_from_slice(b"ustar\0");
    h[263..265].copy_from_slice(b"00");
    h[329..337].copy_from_slice(b"0000000\0");
    h[337..345].copy_from_slice(b"0000000\0");
    let sum = checksum(&h);
    h[148..156].copy_from_slice(format!("{sum:06o}\0 ").as_bytes());
    h
}

/// The ustar checksum: the byte sum with the checksum field read as spaces.
fn checksum(h: &[u8; BLOCK]) -> u32 {
    h.iter()
        .enumerate()
        .map(|(i, b)| {
            if (148..156).contains(&i) {
                32
            } else {
                u32::from(*b)
            }
        })
        .sum()
}

/// An 11-digit octal number followed by NUL, the only form §3.1 allows.
fn octal_11(field: &[u8]) -> Option<u64> {
    let (digits, end) = field.split_at(11);
    if end != [0] || !digits.iter().all(|b| (b'0'..=b'7').contains(b)) {
        return None;
    }
    digits
        .iter()
        .try_fold(0u64, |n, b| Some(n * 8 + u64::from(b - b'0')))
}

/// Reads a canonical archive. Bounds: `limits.max_archive` on the whole,
/// `limits.max_entry` on any entry, `limits.max_files + 2` entries.
pub fn read<'a>(bytes: &'a [u8], limits: &Limits) -> Result<Archive<'a>, FormatError> {
    if bytes.len() as u64 > limits.max_archive {
        return Err(FormatError::TooLarge {
            what: super::Limit::Archive,
            limit: limits.max_archive,
        });
    }
    let mut rest = bytes;
    let mut entries: Vec<Entry<'a>> = Vec::new();
    let mut seen = HashSet::new();
    let mut mtime = None;
    loop {
        let Some((block, after)) = rest.split_first_chunk::<BLOCK>() else {
            return Err(FormatError::Truncated);
        };
        if block.iter().all(|b| *b == 0) {
            return end_of_archive(rest, mtime, entries);
        }
        let parsed = parse_header(block)?;
        let mtime = *mtime.get_or_insert(parsed.mtime);
        if header(parsed.name, parsed.size, mtime) != *block {
            return Err(FormatError::MalformedArchive(ArchiveFault::NonCanonical));
        }
        if parsed.size > limits.max_entry {
            return Err(FormatError::TooLarge {
                what: super::Limit::Entry,
                limit: limits.max_entry,
            });
        }
        if entries.len() >= limits.max_files.saturating_add(2) {
            return Err(FormatError::TooLarge {
                what: super::Limit::Files,
                limit: limits.max_files as u64,
            });
        }
        if !seen.insert(names::fold(parsed.name)) {
            return Err(FormatError::DuplicateFile);
        }
        let size = usize::try_from(parsed.size).map_err(|_| FormatError::Truncated)?;
        let padded = size + padding(size);
        if after.len() < padded {
            return Err(FormatError::Truncated);
        }
        let (data, pad) = after[..padded].split_at(size);
        if pad.iter().any(|b| *b != 0) {
            return Err(FormatError::MalformedArchive(ArchiveFault::Padding));
        }
        entries.push(Entry {
            name: parsed.name,
            bytes: data,
        });
        rest = &after[padded..];
    }
}

fn end_of_archive<'a>(
    rest: &'a [u8],
    mtime: Option<u64>,
    entries: Vec<Entry<'a>>,
) -> Result<Archive<'a>, FormatError> {
    if rest.len() < END_MARKER.len() {
        return Err(FormatError::Truncated);
    }
    let (marker, trailing) = rest.split_at(END_MARKER.len());
    if marker != END_MARKER {
        return Err(FormatError::MalformedArchive(ArchiveFault::Header));
    }
    if !trailing.is_empty() {
        return Err(FormatError::MalformedArchive(ArchiveFault::TrailingData));
    }
    Ok(Archive {
        mtime: mtime.unwrap_or(0),
        entries,
    })
}

struct ParsedHeader<'a> {
    name: &'a str,
    size: u64,
    mtime: u64,
}

fn parse_header(block: &[u8; BLOCK]) -> Result<ParsedHeader<'_>, FormatError> {
    let bad = FormatError::MalformedArchive(ArchiveFault::Header);
    if &block[257..265] != b"ustar\x0000" {
        return Err(bad);
    }
    let stored = std::str::from_utf8(&block[148..154])
        .ok()
        .and_then(|s| u32::from_str_radix(s, 8).ok());
    if stored != Some(checksum(block)) {
        return Err(bad);
    }
    if block[156] != b'0' {
        return Err(FormatError::MalformedArchive(ArchiveFault::EntryType));
    }
    let name_field = &block[..100];
    let len = name_field.iter().position(|b| *b == 0).unwrap_or(100);
    if name_field[len..].iter().any(|b| *b != 0) {
        return Err(FormatError::UnsafeFileName);
    }
    let name = std::str::from_utf8(&name_field[..len]).map_err(|_| FormatError::UnsafeFileName)?;
    names::check(name)?;
    let size =
        octal_11(&block[124..136]).ok_or(FormatError::MalformedArchive(ArchiveFault::Header))?;
    let mtime = octal_11(&block[136..148]).ok_or(bad)?;
    Ok(ParsedHeader { name, size, mtime })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Vec<u8> {
        let mut out = Vec::new();
        let entries = [
            Entry {
                name: "a.json",
                bytes: b"{}",
            },
            Entry {
                name: "empty",
                bytes: b"",
            },
            Entry {
                name: "block",
                bytes: &[7u8; BLOCK],
            },
        ];
        write(&mut out, &entries, 1_700_000_000).unwrap();
        out
    }

    #[test]
    fn written_archive_reads_back_with_the_predicted_length() {
        let bytes = sample();
        assert_eq!(bytes.len() as u64, encoded_len([2, 0, BLOCK as u64]));
        let archive = read(&bytes, &Limits::DEFAULT).unwrap();
        assert_eq!(archive.mtime, 1_700_000_000);
        let names: Vec<_> = archive.entries.iter().map(|e| e.name).collect();
        assert_eq!(names, ["a.json", "empty", "block"]);
        assert_eq!(archive.entries[0].bytes, b"{}");
        assert_eq!(archive.entries[2].bytes, &[7u8; BLOCK]);
    }

    #[test]
    fn every_single_byte_change_and_every_truncation_is_refused() {
        let bytes = sample();
        for i in 0..bytes.len() {
            let mut bad = bytes.clone();
            bad[i] ^= 0x01;
            let same_content = read(&bad, &Limits::DEFAULT).map(|a| {
                a.entries
                    .iter()
                    .map(|e| e.bytes.to_vec())
                    .collect::<Vec<_>>()
            });
            // A flip inside file bytes is caught by the manifest hashes one
            // layer up; everything else must fail here.
            let inside_data =
                (BLOCK..BLOCK + 2).contains(&i) || (4 * BLOCK..5 * BLOCK).contains(&i);
            assert!(same_content.is_err() || inside_data, "flip at {i} accepted");
        }
        for len in 0..bytes.len() {
            assert!(
                read(&bytes[..len], &Limits::DEFAULT).is_err(),
                "cut at {len}"
            );
        }
    }

    #[test]
    fn duplicate_names_are_refused_by_the_writer_regardless_of_case() {
        let entries = [
            Entry {
                name: "A.json",
                bytes: b"",
            },
            Entry {
                name: "a.json",
                bytes: b"",
            },
        ];
        assert!(matches!(
            write(&mut Vec::new(), &entries, 0),
            Err(FormatError::DuplicateFile)
        ));
    }

    #[test]
    fn limits_bound_entries_and_their_count() {
        let bytes = sample();
        let small = Limits {
            max_entry: 100,
            ..Limits::DEFAULT
        };
        assert!(matches!(
            read(&bytes, &small),
            Err(FormatError::TooLarge {
                what: super::super::Limit::Entry,
                limit: 100
            })
        ));
        let few = Limits {
            max_files: 0,
            ..Limits::DEFAULT
        };
        assert!(matches!(
            read(&bytes, &few),
            Err(FormatError::TooLarge {
                what: super::super::Limit::Files,
                ..
            })
        ));
    }
}
