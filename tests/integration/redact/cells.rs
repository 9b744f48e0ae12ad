//! Small-cell suppression, checked against a brute-force reader: every
//! table consistent with what is shown is enumerated, and no count shown as
//! "<k" may have only one possible value.

use std::collections::BTreeSet;

use hearken::redact::cells::{CrossTab, Margins, Protected, Shown, suppress, suppress_breakdown};

/// Deterministic pseudo-random numbers (xorshift64*), so failures replay.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// What a reader can work out: for every entry shown as "<k", the set of
/// values it takes over all tables consistent with the display. `None` when
/// the enumeration would be too large to finish.
struct Reader<'a> {
    shown: &'a Protected,
    k: u64,
    cap: u64,
}

/// Values an entry may take given how it is shown (for cells) or whether a
/// total matches how it is shown.
fn allowed(shown: Shown, k: u64, cap: u64) -> (u64, u64) {
    match shown {
        Shown::Exact(v) => (v, v),
        Shown::Below(_) => (0, k - 1),
        Shown::Withheld => (k, cap),
    }
}

fn fits(shown: Option<Shown>, v: u64, k: u64) -> bool {
    match shown {
        None => true,
        Some(Shown::Exact(x)) => v == x,
        Some(Shown::Below(_)) => v < k,
        Some(Shown::Withheld) => v >= k,
    }
}

impl Reader<'_> {
    /// Every entry shown as "<k" (cells, then row, column and grand totals)
    /// with the set of values it can take.
    fn possible_values(&self, budget: u64) -> Option<Vec<(String, BTreeSet<u64>)>> {
        let p = self.shown;
        // A cell never exceeds an exact total it belongs to: the reader
        // knows that too, so bounding by it loses no consistent table.
        let exact = |s: Option<Shown>| match s {
            Some(Shown::Exact(v)) => v,
            _ => u64::MAX,
        };
        let domains: Vec<(u64, u64)> = (0..p.cells.len())
            .map(|c| {
                let (i, j) = (c / p.cols, c % p.cols);
                let bound = self
                    .cap
                    .min(exact(p.row_totals.as_ref().map(|r| r[i])))
                    .min(exact(p.col_totals.as_ref().map(|t| t[j])))
                    .min(exact(p.grand_total));
                let (lo, hi) = allowed(p.cells[c], self.k, bound);
                (lo, hi.min(bound.max(lo)))
            })
            .collect();
        let size = domains
            .iter()
            .map(|(a, b)| b - a + 1)
            .fold(1u64, |x, y| x.saturating_mul(y));
        if size > budget {
            return None;
        }
        let mut seen: Vec<BTreeSet<u64>> =
            vec![BTreeSet::new(); p.cells.len() + p.rows + p.cols + 1];
        let mut current = vec![0u64; p.cells.len()];
        self.walk(0, &domains, &mut current, &mut seen);
        let mut out = Vec::new();
        let label = |i: usize| -> String {
            let cells = p.cells.len();
            if i < cells {
                format!("cell {}", i)
            } else if i < cells + p.rows {
                format!("row total {}", i - cells)
            } else if i < cells + p.rows + p.cols {
                format!("column total {}", i - cells - p.rows)
            } else {
                "grand total".into()
            }
        };
        for (i, s) in self.entries().iter().enumerate() {
            if matches!(s, Some(Shown::Below(_))) {
                out.push((label(i), seen[i].clone()));
            }
        }
        Some(out)
    }

    fn entries(&self) -> Vec<Option<Shown>> {
        let p = self.shown;
        let mut e: Vec<Option<Shown>> = p.cells.iter().map(|s| Some(*s)).collect();
        e.extend((0..p.rows).map(|i| p.row_totals.as_ref().map(|r| r[i])));
        e.extend((0..p.cols).map(|j| p.col_totals.as_ref().map(|c| c[j])));
        e.push(p.grand_total);
        e
    }

    fn walk(
        &self,
        at: usize,
        domains: &[(u64, u64)],
        current: &mut Vec<u64>,
        seen: &mut [BTreeSet<u64>],
    ) {
        let p = self.shown;
        if at == current.len() {
            let row = |i: usize| (0..p.cols).map(|j| current[i * p.cols + j]).sum::<u64>();
            let col = |j: usize| (0..p.rows).map(|i| current[i * p.cols + j]).sum::<u64>();
            let grand: u64 = current.iter().sum();
            let entries = self.entries();
            let cells = current.len();
            let totals_ok = (0..p.rows).all(|i| fits(entries[cells + i], row(i), self.k))
                && (0..p.cols).all(|j| fits(entries[cells + p.rows + j], col(j), self.k))
                && fits(entries[cells + p.rows + p.cols], grand, self.k);
            if totals_ok {
                for (i, v) in current.iter().enumerate() {
                    seen[i].insert(*v);
                }
                for i in 0..p.rows {
                    seen[cells + i].insert(row(i));
                }
                for j in 0..p.cols {
                    seen[cells + p.rows + j].insert(col(j));
                }
                seen[cells + p.rows + p.cols].insert(grand);
            }
            return;
        }
        let (lo, hi) = domains[at];
        let (i, j) = (at / p.cols, at % p.cols);
        let row_exact = match p.row_totals.as_ref().map(|r| r[i]) {
            Some(Shown::Exact(t)) => Some(t),
            _ => None,
        };
        for v in lo..=hi {
            current[at] = v;
            // Values only grow in this loop: once a row overshoots its exact
            // total, larger values overshoot too.
            let partial: u64 = (0..=j).map(|c| current[i * p.cols + c]).sum();
            if let Some(t) = row_exact {
                if partial > t {
                    break;
                }
                if j == p.cols - 1 && partial != t {
                    continue;
                }
            }
            self.walk(at + 1, domains, current, seen);
        }
    }
}

fn pinned(shown: &Protected, k: u64, cap: u64) -> Vec<String> {
    let reader = Reader { shown, k, cap };
    reader
        .possible_values(u64::MAX)
        .unwrap()
        .into_iter()
        .filter(|(_, values)| values.len() < 2)
        .map(|(label, values)| format!("{label} = {values:?}"))
        .collect()
}

#[test]
fn showing_small_cells_as_below_k_is_not_enough_on_its_own() {
    // The checker can fail: a display that only hides the small count lets
    // a reader subtract it from the total.
    let naive = Protected {
        rows: 1,
        cols: 4,
        cells: vec![
            Shown::Exact(14),
            Shown::Exact(11),
            Shown::Below(5),
            Shown::Exact(30),
        ],
        row_totals: Some(vec![Shown::Exact(57)]),
        col_totals: None,
        grand_total: None,
    };
    assert_eq!(pinned(&naive, 5, 60), vec!["cell 2 = {2}".to_owned()]);
    // Hiding the next smallest cell as well protects it.
    let b = suppress_breakdown(&[14, 11, 2, 30], 5).unwrap();
    assert_eq!(b.cells[1], Shown::Withheld);
    let shown = Protected {
        rows: 1,
        cols: 4,
        cells: b.cells.clone(),
        row_totals: Some(vec![b.total]),
        col_totals: None,
        grand_total: None,
    };
    assert!(pinned(&shown, 5, 60).is_empty());
}

#[test]
fn counts_below_k_never_appear_exactly_and_cannot_be_worked_out() {
    let mut rng = Rng(0x5EED_CE11_5EED_CE11);
    let (mut checked, mut skipped, mut hidden_small) = (0, 0, 0);
    for case in 0..400 {
        let k = 3 + rng.below(3);
        let (rows, cols) = if case % 3 == 0 {
            (1, 2 + rng.below(4) as usize)
        } else {
            (2 + rng.below(2) as usize, 2 + rng.below(2) as usize)
        };
        let counts: Vec<u64> = (0..rows * cols)
            .map(|_| {
                if rng.below(10) < 4 {
                    rng.below(k)
                } else {
                    k + rng.below(9)
                }
            })
            .collect();
        let margins = if rows == 1 {
            Margins {
                row_totals: true,
                col_totals: false,
                grand_total: false,
            }
        } else {
            let m = rng.below(8);
            Margins {
                row_totals: m & 1 != 0 || m == 0,
                col_totals: m & 2 != 0,
                grand_total: m & 4 != 0,
            }
        };
        let table = CrossTab::new(rows, cols, counts.clone()).unwrap();
        let shown = suppress(&table, margins, k)
            .unwrap_or_else(|e| panic!("case {case} {counts:?}: {e:?}"));

        // Shown values are true, and nothing below k is shown exactly.
        let truth_cells = counts.iter().copied();
        let row_sums = (0..rows).map(|i| (0..cols).map(|j| counts[i * cols + j]).sum::<u64>());
        let col_sums = (0..cols).map(|j| (0..rows).map(|i| counts[i * cols + j]).sum::<u64>());
        let grand = counts.iter().sum::<u64>();
        let mut pairs: Vec<(Shown, u64)> = shown.cells.iter().copied().zip(truth_cells).collect();
        if let Some(r) = &shown.row_totals {
            pairs.extend(r.iter().copied().zip(row_sums));
        }
        if let Some(c) = &shown.col_totals {
            pairs.extend(c.iter().copied().zip(col_sums));
        }
        if let Some(g) = shown.grand_total {
            pairs.push((g, grand));
        }
        for (s, v) in &pairs {
            match s {
                Shown::Exact(x) => assert!(*x == *v && *v >= k, "case {case}: {s:?} for {v}"),
                Shown::Below(kk) => assert!(*kk == k && *v < k, "case {case}: {s:?} for {v}"),
                Shown::Withheld => assert!(*v >= k, "case {case}: withheld {v} < k"),
            }
            hidden_small += matches!(s, Shown::Below(_)) as usize;
        }

        // No "<k" entry has a single value consistent with the display.
        let reader = Reader {
            shown: &shown,
            k,
            cap: grand + 2 * k,
        };
        match reader.possible_values(400_000) {
            None => skipped += 1,
            Some(values) => {
                checked += 1;
                for (label, v) in values {
                    assert!(
                        v.len() >= 2,
                        "case {case} {counts:?} k={k} {margins:?}: {label} is always {v:?}\n{shown:?}"
                    );
                }
            }
        }
    }
    println!(
        "brute force: {checked} tables checked, {skipped} too large to enumerate, {hidden_small} small counts"
    );
    assert!(
        checked >= 300,
        "only {checked} tables checked ({skipped} too large)"
    );
    assert!(
        hidden_small >= 300,
        "only {hidden_small} small counts in the sample"
    );
}

#[test]
fn a_region_by_gender_table_keeps_its_totals_where_it_can() {
    // Women/men/other by three regions, all totals shown.
    let table = CrossTab::new(3, 3, vec![20, 18, 1, 12, 15, 0, 9, 11, 2]).unwrap();
    let p = suppress(&table, Margins::ALL, 5).unwrap();
    assert_eq!(p.grand_total, Some(Shown::Exact(88)));
    for (i, j) in [(0, 2), (1, 2), (2, 2)] {
        assert_eq!(p.cell(i, j), Shown::Below(5));
    }
    // The "other" column sums to 3: shown as "<5" too, and nothing is
    // recoverable.
    assert_eq!(p.col_totals.as_ref().unwrap()[2], Shown::Below(5));
    assert!(pinned(&p, 5, 100).is_empty(), "{p:?}");
}
