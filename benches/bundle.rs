//! Sealing a bundle: Hearken in process against the command-line tools.
//!
//! Both sides sign and encrypt the same 10 MiB payload. Hearken writes a
//! signed archive (SHA-256 of the file, manifest signed with minisign's
//! prehashed Ed25519) and encrypts it with age to one recipient. The baseline
//! is what a person would run: `minisign -S` on the file, then `age -r` on
//! it, as processes, measured in the same run. Target: faster than the CLIs.
//!
//! `cargo bench --bench bundle`

use std::{hint::black_box, path::Path, process::Command, time::Duration};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use hearken::{
    bundle::{self, BundleHeader},
    identity::{AgeIdentity, SigningKey},
};
use time::macros::datetime;

const PAYLOAD_LEN: usize = 10 * 1024 * 1024;

/// Incompressible, reproducible bytes (xorshift64*).
fn payload() -> Vec<u8> {
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut out = Vec::with_capacity(PAYLOAD_LEN);
    while out.len() < PAYLOAD_LEN {
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        out.extend_from_slice(&state.wrapping_mul(0x2545_F491_4F6C_DD1D).to_le_bytes());
    }
    out
}

fn run(cmd: &mut Command) {
    let out = cmd
        .output()
        .expect("the CLI runs (scripts/deps.sh test installs it)");
    assert!(
        out.status.success(),
        "{cmd:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn seal(c: &mut Criterion) {
    let payload = payload();
    let key = SigningKey::generate().unwrap();
    let identity = AgeIdentity::generate();
    let recipients = [identity.recipient()];
    let header = BundleHeader {
        engagement_id: "bench",
        device_sequence: 1,
        created: datetime!(2025-03-01 09:30:00 UTC),
    };

    let dir = tempfile::tempdir().unwrap();
    let path = |name: &str| dir.path().join(name);
    std::fs::write(path("payload.bin"), &payload).unwrap();
    // A password-less minisign key (-W), made by the CLI itself.
    run(Command::new("minisign")
        .args(["-G", "-W", "-f", "-p"])
        .arg(path("bench.pub"))
        .arg("-s")
        .arg(path("bench.key")));
    let recipient = identity.recipient().to_string();
    let cli = |dir: &Path| {
        run(Command::new("minisign")
            .arg("-S")
            .arg("-s")
            .arg(dir.join("bench.key"))
            .arg("-m")
            .arg(dir.join("payload.bin"))
            .arg("-x")
            .arg(dir.join("payload.bin.minisig")));
        run(Command::new("age")
            .arg("-r")
            .arg(&recipient)
            .arg("-o")
            .arg(dir.join("payload.bin.age"))
            .arg(dir.join("payload.bin")));
    };

    let mut group = c.benchmark_group("seal_and_sign_10MiB");
    group
        .throughput(Throughput::Bytes(PAYLOAD_LEN as u64))
        .sample_size(20)
        .measurement_time(Duration::from_secs(15));
    group.bench_function("hearken_bundle_write", |b| {
        b.iter(|| {
            let sealed =
                bundle::write(&header, &[("payload.bin", &payload)], &key, &recipients).unwrap();
            black_box(sealed.len())
        })
    });
    group.bench_function("cli_minisign_then_age", |b| b.iter(|| cli(dir.path())));
    group.finish();
}

criterion_group!(benches, seal);
criterion_main!(benches);
