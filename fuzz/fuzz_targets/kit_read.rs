//! Any bytes given as a kit: strict archive, manifest and signature parsing
//! must refuse or accept without panicking, and an accepted kit's files must
//! be exactly the ones its manifest lists.
#![no_main]

use hearken::kit::{self, NoPins};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(kit) = kit::read(data, &NoPins) {
        let listed: Vec<&str> = kit.manifest().files.iter().map(|f| f.name.as_str()).collect();
        let held: Vec<&str> = kit.files().iter().map(|(name, _)| name).collect();
        assert_eq!(listed, held);
    }
});
