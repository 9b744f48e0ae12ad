//! Any bytes given as the `records.json` of a bundle whose signature
//! already checked out, merged against a coordinator vault that holds
//! another device's session: the record layer and the trust model must
//! refuse or plan, never panic.
#![no_main]

use std::sync::{LazyLock, Mutex};

use hearken::{
    coordinator::merge,
    model::RecordId,
    vault::{CreateOptions, KdfParams, Vault},
};
use libfuzzer_sys::fuzz_target;

struct Held {
    vault: Vault,
    engagement: RecordId,
    _dir: std::path::PathBuf,
}

static HELD: LazyLock<Mutex<Held>> = LazyLock::new(|| {
    let dir = std::env::temp_dir().join(format!("hearken-fuzz-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    let path = dir.join("coordinator.hearken");
    let _ = std::fs::remove_file(&path);
    let options = CreateOptions {
        kdf: KdfParams::FLOOR,
        erase_after: None,
    };
    let (mut vault, _) =
        Vault::create(&path, &"fuzzing passphrase".to_owned().into(), &options).expect("a vault");
    let engagement = hearken::demo::load(&mut vault).expect("the demo").engagement;
    Mutex::new(Held {
        vault,
        engagement,
        _dir: dir,
    })
});

fuzz_target!(|data: &[u8]| {
    let held = HELD.lock().expect("one fuzzing thread");
    for author in ["F35A4823E9DC6C1F", "0000000000000000"] {
        let _ = merge::check_json(&held.vault, held.engagement, author, data);
    }
});
