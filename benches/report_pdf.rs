//! How fast the PDF engine renders a large framework report.
//!
//! Target: synthesis plus the full report for 100,000 quotes in 5 s on a
//! coordinator's laptop, so a report of a few hundred pages must render
//! well under 2 s. The large specimen has 50 theme sections of 40 quotes
//! each (about 200 pages; 62 quotes each make about 300). Two
//! vocabularies: the specimen's quotes repeated (the shaping cache helps
//! most, as in real reports, where words repeat), and every word made
//! unique (the cache never hits: the worst case). Throughput is in pages
//! per second.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use hearken::report::pdf::{Block, Document, render};

#[path = "../tests/specimen/mod.rs"]
mod specimen;

/// The same document with a number glued to every word of every quote,
/// so no shaped piece repeats.
fn unique_words(mut doc: Document) -> Document {
    let mut n = 0u32;
    for block in &mut doc.blocks {
        if let Block::Quote(q) = block {
            let words: Vec<String> = q
                .text
                .split(' ')
                .map(|w| {
                    n += 1;
                    format!("{w}{n}")
                })
                .collect();
            q.text = words.join(" ");
        }
    }
    doc
}

fn large(c: &mut Criterion) {
    let mut group = c.benchmark_group("report_pdf");
    group.sample_size(10);
    for (name, doc) in [
        ("en_50x40", specimen::large_report("en", 50, 40)),
        ("ar_50x40", specimen::large_report("ar", 50, 40)),
        ("en_50x62", specimen::large_report("en", 50, 62)),
        (
            "en_50x40_unique_words",
            unique_words(specimen::large_report("en", 50, 40)),
        ),
    ] {
        let out = render(&doc).expect("renders");
        eprintln!(
            "{name}: {} pages, {} bytes ({:.1} KiB/page)",
            out.pages,
            out.bytes.len(),
            out.bytes.len() as f64 / 1024.0 / out.pages as f64
        );
        group.throughput(Throughput::Elements(out.pages as u64));
        group.bench_function(name, |b| b.iter(|| render(&doc).expect("renders")));
    }
    group.finish();
}

criterion_group!(benches, large);
criterion_main!(benches);
