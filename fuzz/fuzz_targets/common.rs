//! The fixed reader state the bundle targets share: the published test
//! identity of `tests/vectors/` (so seeds decrypt) and a roster that knows
//! the test device (so valid seeds reach the end of verification).

use hearken::{
    bundle::{KeyStatus, Roster},
    format::ManifestDigest,
    identity::{KeyId, PublicKey},
};

pub const COORDINATOR_AGE: &str =
    "AGE-SECRET-KEY-1TUVMTQ3DK2FCT8FC8GCLFZ404MJJPL2E9H07W38DAF632VWYGHVQW0CT83";
const DEVICE_KEY: &str = "RWQfbNzpI0ha86CapfR6Z1mAL/lV+NwtKhSlyZ0jvpf4ZBJ/+Tg0VaTw";

pub struct TestRoster(PublicKey);

impl TestRoster {
    pub fn new() -> Self {
        TestRoster(DEVICE_KEY.parse().expect("the test device key parses"))
    }
}

impl Roster for TestRoster {
    fn key_status(&self, key_id: KeyId) -> KeyStatus {
        if key_id == self.0.key_id() {
            KeyStatus::Active(self.0.clone())
        } else {
            KeyStatus::Unknown
        }
    }

    fn imported(&self, _: KeyId, device_sequence: u64) -> Option<ManifestDigest> {
        // Pretend sequence 1 was imported, so the replay branches run too.
        (device_sequence == 1).then_some(ManifestDigest([0; 32]))
    }
}
