//! Any bytes given as the `records.json` of a bundle whose signature
//! already checked out, applied against records a coordinator holds (another
//! device's session, participant and quote, and a theme): the record layer
//! and the trust model must refuse or plan, never panic. No vault is
//! needed: applying reads held records through `apply::Held`.
#![no_main]

use std::sync::LazyLock;

use hearken::{
    coordinator::apply::{self, HeldRecords},
    model::{Record, RecordId, Theme},
};
use libfuzzer_sys::fuzz_target;

/// The engagement every input is merged into (seeds from the record
/// vectors name `0e0e…0e`).
const ENGAGEMENT: RecordId = RecordId([0x0e; 16]);

static HELD: LazyLock<HeldRecords> = LazyLock::new(|| {
    let mut held = HeldRecords::default();
    held.hold(
        RecordId([0x7e; 16]),
        Record::Theme(Theme {
            engagement: ENGAGEMENT,
            parent: None,
            code: "water".into(),
            label: "Water".into(),
            description: String::new(),
            references: vec![],
        }),
        None,
    );
    held
});

fuzz_target!(|data: &[u8]| {
    for author in ["0101010101010101", "0202020202020202"] {
        let _ = apply::check_json(&*HELD, ENGAGEMENT, author, data);
    }
});
