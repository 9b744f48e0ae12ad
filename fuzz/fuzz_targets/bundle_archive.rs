//! Any bytes given as a decrypted bundle archive: archive, manifest,
//! signature and roster checks must not panic.
#![no_main]

mod common;

use hearken::{bundle, format::Limits};
use libfuzzer_sys::fuzz_target;
use zeroize::Zeroizing;

fuzz_target!(|data: &[u8]| {
    let roster = common::TestRoster::new();
    if let Ok(opened) = bundle::open_archive(Zeroizing::new(data.to_vec()), &roster, &Limits::DEFAULT) {
        assert_eq!(opened.files().len(), opened.manifest().files.len());
    }
});
