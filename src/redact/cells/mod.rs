//! Small-cell suppression for demographic counts in exports and reports.
//!
//! A count below the engagement's threshold k (default 5), zero included,
//! is never shown exactly: it is shown as "<k" ([`Shown::Below`]). Totals
//! must not give it back by subtraction, so when the shown cells and totals
//! would let a reader work out a hidden count, another cell is withheld too
//! ([`Shown::Withheld`], complementary suppression).
//!
//! The rule, and why it holds:
//! - What a reader knows: every exact entry; that a "<k" entry lies in
//!   0..=k-1; that a withheld entry is at least k (only counts of k or more
//!   are ever withheld); that each published total is the sum of its cells.
//! - A hidden count is *recoverable* if that knowledge leaves it one
//!   possible value. [`flow`] decides this exactly for tables with row,
//!   column and grand totals (any subset published): the readings form a
//!   transportation polytope, whose integer points are found by max-flow.
//! - While some "<k" entry is recoverable, withhold the smallest exact cell
//!   that shares a published total with it (cells before totals); if none
//!   does, the total itself. Each step hides one more entry, so this ends;
//!   if nothing is left to hide the table is refused
//!   ([`RedactError::CannotProtect`]) rather than shown unsafely.
//! - k must be at least 3: with k = 2 hidden counts are 0 or 1 and a
//!   withheld total of 2 over two of them pins both.
//!
//! The integration tests check the result against a brute-force enumeration
//! of every table consistent with what is shown.

mod flow;

use serde::{Deserialize, Serialize};

use self::flow::{Bounded, UNBOUNDED, feasible};
use super::RedactError;
use crate::i18n::{Arg, Localizer};

/// The default threshold when an engagement sets none.
pub const DEFAULT_K: u64 = 5;

/// How one count is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case", tag = "shown", content = "value")]
pub enum Shown {
    /// The count itself (always at least k).
    Exact(u64),
    /// A count below k, shown as "<k".
    Below(u64),
    /// A count of k or more hidden so that a small count cannot be worked out.
    Withheld,
}

impl Shown {
    /// The text for a table cell, translated ("<5", "x").
    pub fn display(&self, l10n: &Localizer) -> String {
        match *self {
            Shown::Exact(n) => l10n.count(n as usize),
            Shown::Below(k) => l10n.format("redact-cell-below", &[("k", Arg::from(k))]),
            Shown::Withheld => l10n.text("redact-cell-withheld"),
        }
    }
}

/// Counts in rows and columns (row-major).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CrossTab {
    rows: usize,
    cols: usize,
    counts: Vec<u64>,
}

impl CrossTab {
    pub fn new(rows: usize, cols: usize, counts: Vec<u64>) -> Result<Self, RedactError> {
        if rows == 0 || cols == 0 || rows.checked_mul(cols) != Some(counts.len()) {
            return Err(RedactError::TableShape {
                rows,
                cols,
                len: counts.len(),
            });
        }
        Ok(Self { rows, cols, counts })
    }

    pub fn rows(&self) -> usize {
        self.rows
    }

    pub fn cols(&self) -> usize {
        self.cols
    }

    pub fn count(&self, row: usize, col: usize) -> u64 {
        self.counts[row * self.cols + col]
    }
}

/// Which totals the report shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Margins {
    pub row_totals: bool,
    pub col_totals: bool,
    pub grand_total: bool,
}

impl Margins {
    pub const ALL: Margins = Margins {
        row_totals: true,
        col_totals: true,
        grand_total: true,
    };
}

/// A table as it may be shown. Totals the report does not show are `None`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Protected {
    pub rows: usize,
    pub cols: usize,
    /// Row-major, like [`CrossTab`].
    pub cells: Vec<Shown>,
    pub row_totals: Option<Vec<Shown>>,
    pub col_totals: Option<Vec<Shown>>,
    pub grand_total: Option<Shown>,
}

impl Protected {
    pub fn cell(&self, row: usize, col: usize) -> Shown {
        self.cells[row * self.cols + col]
    }
}

/// One breakdown (participants by gender, by age band...) and its total.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct Breakdown {
    pub cells: Vec<Shown>,
    pub total: Shown,
}

/// A breakdown with its total, protected.
pub fn suppress_breakdown(counts: &[u64], k: u64) -> Result<Breakdown, RedactError> {
    let table = CrossTab::new(1, counts.len(), counts.to_vec())?;
    let margins = Margins {
        row_totals: true,
        col_totals: false,
        grand_total: false,
    };
    let p = suppress(&table, margins, k)?;
    let total = p
        .row_totals
        .and_then(|r| r.first().copied())
        .unwrap_or(Shown::Withheld);
    Ok(Breakdown {
        cells: p.cells,
        total,
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Status {
    Exact,
    Below,
    Withheld,
    Unpublished,
}

/// The entries of a table: cells, then row totals, column totals, grand total.
struct Entries {
    rows: usize,
    cols: usize,
    values: Vec<u64>,
    status: Vec<Status>,
    k: u64,
}

impl Entries {
    fn cell(&self, i: usize, j: usize) -> usize {
        i * self.cols + j
    }
    fn row_total(&self, i: usize) -> usize {
        self.rows * self.cols + i
    }
    fn col_total(&self, j: usize) -> usize {
        self.rows * self.cols + self.rows + j
    }
    fn grand(&self) -> usize {
        self.rows * self.cols + self.rows + self.cols
    }
    fn is_total(&self, e: usize) -> bool {
        e >= self.rows * self.cols
    }

    fn bounds(&self, e: usize) -> (i64, i64) {
        let v = self.values[e] as i64;
        let k = self.k as i64;
        match self.status[e] {
            Status::Exact => (v, v),
            Status::Below => (0, k - 1),
            Status::Withheld => (k, UNBOUNDED),
            Status::Unpublished => (0, UNBOUNDED),
        }
    }

    /// The circulation, with entry `e` restricted to `lo..=hi`.
    fn feasible_with(&self, e: usize, lo: i64, hi: i64) -> bool {
        let (s, t) = (0, 1);
        let row = |i: usize| 2 + i;
        let col = |j: usize| 2 + self.rows + j;
        let mut edges = Vec::with_capacity(self.values.len());
        let mut add = |entry: usize, from: usize, to: usize| {
            let (mut a, mut b) = self.bounds(entry);
            if entry == e {
                a = a.max(lo);
                b = b.min(hi);
            }
            edges.push(Bounded {
                from,
                to,
                lo: a,
                hi: b,
            });
        };
        add(self.grand(), t, s);
        for i in 0..self.rows {
            add(self.row_total(i), s, row(i));
            for j in 0..self.cols {
                add(self.cell(i, j), row(i), col(j));
            }
        }
        for j in 0..self.cols {
            add(self.col_total(j), col(j), t);
        }
        feasible(2 + self.rows + self.cols, &edges)
    }

    /// Whether a reader could work out hidden entry `e`.
    fn recoverable(&self, e: usize) -> bool {
        let v = self.values[e] as i64;
        let (lo, hi) = self.bounds(e);
        let lower = v > lo && self.feasible_with(e, lo, v - 1);
        let higher = v < hi && self.feasible_with(e, v + 1, hi);
        !(lower || higher)
    }

    /// Entries sharing a published total with `e` (the totals included).
    fn related(&self, e: usize) -> Vec<usize> {
        let published = |x: usize| self.status[x] != Status::Unpublished;
        let mut out = Vec::new();
        let row_group = |i: usize, out: &mut Vec<usize>| {
            if published(self.row_total(i)) {
                out.extend((0..self.cols).map(|j| self.cell(i, j)));
                out.push(self.row_total(i));
            }
        };
        let cells = self.rows * self.cols;
        if e < cells {
            let (i, j) = (e / self.cols, e % self.cols);
            row_group(i, &mut out);
            if published(self.col_total(j)) {
                out.extend((0..self.rows).map(|r| self.cell(r, j)));
                out.push(self.col_total(j));
            }
        } else if e < cells + self.rows {
            let i = e - cells;
            out.extend((0..self.cols).map(|j| self.cell(i, j)));
            if published(self.grand()) {
                out.extend((0..self.rows).map(|r| self.row_total(r)));
                out.push(self.grand());
            }
        } else if e < self.grand() {
            let j = e - cells - self.rows;
            out.extend((0..self.rows).map(|r| self.cell(r, j)));
            if published(self.grand()) {
                out.extend((0..self.cols).map(|c| self.col_total(c)));
                out.push(self.grand());
            }
        } else {
            out.extend((0..self.rows).map(|r| self.row_total(r)));
            out.extend((0..self.cols).map(|c| self.col_total(c)));
        }
        out
    }

    /// The exact entry to withhold so that `e` is protected: the smallest
    /// related cell, else the smallest related total, else any.
    fn complement_for(&self, e: usize) -> Option<usize> {
        let exact = |x: &usize| self.status[*x] == Status::Exact;
        let key = |x: &usize| (self.is_total(*x), self.values[*x], *x);
        self.related(e)
            .into_iter()
            .filter(exact)
            .min_by_key(key)
            .or_else(|| (0..self.values.len()).filter(exact).min_by_key(key))
    }
}

/// Protects `table` with threshold `k`, showing the totals in `margins`.
pub fn suppress(table: &CrossTab, margins: Margins, k: u64) -> Result<Protected, RedactError> {
    if k < 3 {
        return Err(RedactError::ThresholdTooLow { k });
    }
    let (rows, cols) = (table.rows, table.cols);
    let mut values = table.counts.clone();
    values.extend((0..rows).map(|i| (0..cols).map(|j| table.count(i, j)).sum::<u64>()));
    values.extend((0..cols).map(|j| (0..rows).map(|i| table.count(i, j)).sum::<u64>()));
    values.push(table.counts.iter().sum());
    let shown = |v: u64| if v < k { Status::Below } else { Status::Exact };
    let mut status: Vec<Status> = values[..rows * cols].iter().map(|v| shown(*v)).collect();
    let margin = |on: bool, v: u64| if on { shown(v) } else { Status::Unpublished };
    status.extend(
        values[rows * cols..rows * cols + rows]
            .iter()
            .map(|v| margin(margins.row_totals, *v)),
    );
    status.extend(
        values[rows * cols + rows..rows * cols + rows + cols]
            .iter()
            .map(|v| margin(margins.col_totals, *v)),
    );
    status.push(margin(margins.grand_total, values[values.len() - 1]));
    let mut entries = Entries {
        rows,
        cols,
        values,
        status,
        k,
    };
    loop {
        let exposed = (0..entries.values.len())
            .find(|&e| entries.status[e] == Status::Below && entries.recoverable(e));
        let Some(e) = exposed else { break };
        let c = entries
            .complement_for(e)
            .ok_or(RedactError::CannotProtect)?;
        entries.status[c] = Status::Withheld;
    }
    let show = |e: usize| match entries.status[e] {
        Status::Exact => Shown::Exact(entries.values[e]),
        Status::Below => Shown::Below(k),
        Status::Withheld | Status::Unpublished => Shown::Withheld,
    };
    Ok(Protected {
        rows,
        cols,
        cells: (0..rows * cols).map(show).collect(),
        row_totals: margins
            .row_totals
            .then(|| (0..rows).map(|i| show(entries.row_total(i))).collect()),
        col_totals: margins
            .col_totals
            .then(|| (0..cols).map(|j| show(entries.col_total(j))).collect()),
        grand_total: margins.grand_total.then(|| show(entries.grand())),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_small_cell_takes_the_next_smallest_with_it() {
        let b = suppress_breakdown(&[14, 11, 2, 30], 5).unwrap();
        assert_eq!(
            b.cells,
            vec![
                Shown::Exact(14),
                Shown::Withheld,
                Shown::Below(5),
                Shown::Exact(30)
            ]
        );
        assert_eq!(b.total, Shown::Exact(57));
    }

    #[test]
    fn two_small_cells_that_sum_to_their_extreme_are_protected_too() {
        // Shown: 10, 12, <5, <5, total 24 -> the two small cells sum to 2,
        // which 1 + 1 or 0 + 2 both explain; but a total of 22 + 0 would
        // pin both to 0, so a complement is needed then.
        let b = suppress_breakdown(&[10, 12, 0, 0], 5).unwrap();
        assert!(b.cells.contains(&Shown::Withheld), "{b:?}");
        let b = suppress_breakdown(&[10, 12, 1, 1], 5).unwrap();
        assert!(!b.cells.contains(&Shown::Withheld), "{b:?}");
    }

    #[test]
    fn nothing_small_means_nothing_hidden_and_bad_input_is_refused() {
        let b = suppress_breakdown(&[7, 9], 5).unwrap();
        assert_eq!(b.cells, vec![Shown::Exact(7), Shown::Exact(9)]);
        assert_eq!(
            suppress_breakdown(&[7, 9], 2),
            Err(RedactError::ThresholdTooLow { k: 2 })
        );
        assert!(matches!(
            CrossTab::new(2, 2, vec![1, 2, 3]),
            Err(RedactError::TableShape { .. })
        ));
    }

    #[test]
    fn display_is_translated() {
        let l = Localizer::new("en", false);
        assert_eq!(Shown::Below(5).display(&l), "<5");
        assert_eq!(Shown::Exact(12).display(&l), "12");
    }
}
