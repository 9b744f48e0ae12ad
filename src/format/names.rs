//! Which names a file inside a kit or bundle may have.
//!
//! Spec: `docs/format.md` §3.2. Names are chosen to be safe wherever a person
//! unpacks the archive with standard tools (Linux, Windows, macOS): one path
//! component, a small portable alphabet, no `..`, no Windows device names,
//! and no two names that differ only by case.

use super::FormatError;

/// The longest allowed name, in bytes.
pub const MAX_NAME_LEN: usize = 64;

/// Names the format itself uses; content files may not take them.
pub const RESERVED: [&str; 2] = [super::MANIFEST_NAME, super::SIGNATURE_NAME];

const WINDOWS_DEVICES: [&str; 4] = ["con", "prn", "aux", "nul"];

/// Checks a name against §3.2.
pub fn check(name: &str) -> Result<(), FormatError> {
    let bytes = name.as_bytes();
    let portable = |b: &u8| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-');
    let ok = !bytes.is_empty()
        && bytes.len() <= MAX_NAME_LEN
        && bytes[0].is_ascii_alphanumeric()
        && bytes.iter().all(portable)
        && !name.contains("..")
        && !name.ends_with('.')
        && !is_windows_device(name);
    if ok {
        Ok(())
    } else {
        Err(FormatError::UnsafeFileName)
    }
}

fn is_windows_device(name: &str) -> bool {
    let stem = name.split('.').next().unwrap_or(name).to_ascii_lowercase();
    if WINDOWS_DEVICES.contains(&stem.as_str()) {
        return true;
    }
    let numbered = |prefix: &str| {
        stem.strip_prefix(prefix)
            .is_some_and(|n| n.len() == 1 && n.as_bytes()[0].is_ascii_digit())
    };
    numbered("com") || numbered("lpt")
}

/// The key two names collide under on case-insensitive file systems.
pub fn fold(name: &str) -> String {
    name.to_ascii_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn portable_single_component_names_pass() {
        for name in [
            "quotes.json",
            "a",
            "session-01_notes.v2.json",
            "manifest.json",
        ] {
            assert!(check(name).is_ok(), "{name}");
        }
    }

    #[test]
    fn paths_dots_devices_and_odd_bytes_are_refused() {
        let long = "a".repeat(MAX_NAME_LEN + 1);
        for name in [
            "",
            "../x",
            "a/b",
            "a\\b",
            "..",
            ".hidden",
            "a..b",
            "trailing.",
            "CON",
            "nul.json",
            "Com1.txt",
            "lpt9",
            "caf\u{e9}",
            "tab\tname",
            "space name",
            long.as_str(),
        ] {
            assert!(check(name).is_err(), "{name:?}");
        }
        assert!(check("com10").is_ok());
        assert!(check("console.json").is_ok());
    }
}
