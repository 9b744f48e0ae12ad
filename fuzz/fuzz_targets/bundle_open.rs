//! Any bytes given as a bundle, opened with the fixed test identity: the
//! age layer, then everything after it, must not panic.
#![no_main]

mod common;

use std::sync::LazyLock;

use hearken::{bundle, identity::AgeIdentity};
use libfuzzer_sys::fuzz_target;

static IDENTITY: LazyLock<AgeIdentity> = LazyLock::new(|| {
    let secret = common::COORDINATOR_AGE.to_owned().into();
    AgeIdentity::from_secret(&secret).expect("the test identity parses")
});

fuzz_target!(|data: &[u8]| {
    let roster = common::TestRoster::new();
    let _ = bundle::open(data, &IDENTITY, &roster);
});
