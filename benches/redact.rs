//! How long the anonymization assistant takes on one keystroke: a scan of a
//! 1,000-character quote with a 50-name list and a 500-place gazetteer (the
//! target is a median of at most 1 ms), and, for reference, compiling the
//! lists once per session.
//!
//! Run: `cargo bench --bench redact`.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use hearken::redact::Scanner;

const LATIN: &[&str] = &[
    "a", "ma", "ri", "na", "do", "ke", "lu", "sa", "mi", "to", "ba", "ye", "fa", "zo", "ou", "ti",
];
const CYRILLIC: &[&str] = &[
    "а", "ма", "ри", "на", "до", "ке", "лу", "са", "ми", "то", "ба", "ве", "фа", "зо", "ю", "ти",
];
const ARABIC: &[&str] = &[
    "ا", "م", "ر", "ن", "د", "ك", "ل", "س", "ي", "ت", "ب", "و", "ف", "ز", "ه", "ح",
];

/// A deterministic made-up word of `parts` syllables from `set`.
fn word(set: &[&str], seed: usize, parts: usize) -> String {
    let mut s = String::new();
    let mut x = seed.wrapping_mul(2_654_435_761) | 1;
    for _ in 0..parts {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        s.push_str(set[x % set.len()]);
    }
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => s,
    }
}

fn lists() -> (Vec<String>, Vec<String>) {
    let sets = [LATIN, CYRILLIC, ARABIC];
    let names = (0..50)
        .map(|i| {
            let set = sets[i % 3];
            format!("{} {}", word(set, i, 3), word(set, i + 1000, 3))
        })
        .collect();
    let places = (0..500)
        .map(|i| {
            let set = sets[i % 3];
            if i % 4 == 0 {
                format!("{} {}", word(set, i + 5000, 2), word(set, i + 7000, 3))
            } else {
                word(set, i + 5000, 4)
            }
        })
        .collect();
    (names, places)
}

/// About 1,000 characters of a realistic quote with names, places and
/// numbers of every kind from the lists and the detectors.
fn quote(names: &[String], places: &[String]) -> String {
    let mut q = format!(
        "{} told us that since 2019 the water point in {} has been broken; 60% of families pay \
         1 500 FCFA a day for water. Call her on +221 77 123 45 67 or write to amina.diallo@mail.com. \
         Article 11 and recommendation 153.42 were quoted at the meeting on 12 June at 10:30. \
         {}'s son, 12 years old, walks 3 km to school in {}. The 82-year-old deaf midwife \
         lives at 14 rue des Lilas. ",
        names[0], places[3], names[7], places[120]
    );
    let filler = [
        "Les femmes du quartier attendent toujours une réponse du ministère, ",
        "и никто из администрации так и не приехал, ",
        "y la comunidad sigue esperando desde hace años, ",
        "ولم يأت أحد من البلدية منذ شهور، ",
        "and the children still cannot go to school when it rains. ",
    ];
    let mut i = 0;
    while q.chars().count() < 1000 {
        q.push_str(filler[i % filler.len()]);
        if i % 3 == 0 {
            q.push_str(&places[(i * 37) % places.len()]);
            q.push(' ');
        }
        i += 1;
    }
    q.chars().take(1000).collect()
}

fn bench(c: &mut Criterion) {
    let (names, places) = lists();
    let text = quote(&names, &places);
    assert_eq!(text.chars().count(), 1000);
    let scanner = Scanner::new(&names, &places).expect("lists compile");
    assert!(scanner.scan(&text).len() >= 8, "the quote holds findings");
    c.bench_function("scan 1000-char quote, 50 names, 500 places", |b| {
        b.iter(|| scanner.scan(black_box(&text)))
    });
    c.bench_function("compile 50 names and 500 places", |b| {
        b.iter(|| Scanner::new(black_box(&names), black_box(&places)).expect("lists compile"))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
