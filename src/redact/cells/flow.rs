//! Feasibility of a table's hidden entries, by maximum flow.
//!
//! A table with row, column and grand totals is a flow: the source feeds
//! each row its total, each row sends each column its cell, each column
//! drains its total to the sink, and the grand total closes the circuit.
//! What a reader knows about an entry is an interval (exact, "below k",
//! "withheld", so at least k, or unpublished). Because such networks are
//! totally unimodular, a set of intervals admits an integer table exactly
//! when it admits a circulation, and Dinic's algorithm on a few dozen nodes
//! decides that in microseconds. Asking whether the entry could take another
//! value than its true one tells whether a reader could work it out.

/// Capacity standing for "no upper bound".
pub(super) const UNBOUNDED: i64 = 1 << 40;

#[derive(Debug, Clone, Copy)]
struct Edge {
    to: usize,
    cap: i64,
}

/// A flow network with Dinic's algorithm.
struct Network {
    edges: Vec<Edge>,
    adj: Vec<Vec<usize>>,
    level: Vec<i32>,
    next: Vec<usize>,
}

impl Network {
    fn new(n: usize) -> Self {
        Self {
            edges: Vec::new(),
            adj: vec![Vec::new(); n],
            level: vec![0; n],
            next: vec![0; n],
        }
    }

    fn add(&mut self, from: usize, to: usize, cap: i64) {
        self.adj[from].push(self.edges.len());
        self.edges.push(Edge { to, cap });
        self.adj[to].push(self.edges.len());
        self.edges.push(Edge { to: from, cap: 0 });
    }

    fn levels(&mut self, s: usize, t: usize) -> bool {
        self.level.iter_mut().for_each(|l| *l = -1);
        self.level[s] = 0;
        let mut queue = std::collections::VecDeque::from([s]);
        while let Some(u) = queue.pop_front() {
            for &e in &self.adj[u] {
                let Edge { to, cap } = self.edges[e];
                if cap > 0 && self.level[to] < 0 {
                    self.level[to] = self.level[u] + 1;
                    queue.push_back(to);
                }
            }
        }
        self.level[t] >= 0
    }

    fn push(&mut self, u: usize, t: usize, limit: i64) -> i64 {
        if u == t {
            return limit;
        }
        while self.next[u] < self.adj[u].len() {
            let e = self.adj[u][self.next[u]];
            let Edge { to, cap } = self.edges[e];
            if cap > 0 && self.level[to] == self.level[u] + 1 {
                let pushed = self.push(to, t, limit.min(cap));
                if pushed > 0 {
                    self.edges[e].cap -= pushed;
                    self.edges[e ^ 1].cap += pushed;
                    return pushed;
                }
            }
            self.next[u] += 1;
        }
        0
    }

    fn max_flow(&mut self, s: usize, t: usize) -> i64 {
        let mut total = 0;
        while self.levels(s, t) {
            self.next.iter_mut().for_each(|n| *n = 0);
            loop {
                let f = self.push(s, t, i64::MAX);
                if f == 0 {
                    break;
                }
                total += f;
            }
        }
        total
    }
}

/// An edge of the circulation with the interval its flow must lie in.
#[derive(Debug, Clone, Copy)]
pub(super) struct Bounded {
    pub(super) from: usize,
    pub(super) to: usize,
    pub(super) lo: i64,
    pub(super) hi: i64,
}

/// Whether a circulation on `nodes` nodes meets every edge's interval.
pub(super) fn feasible(nodes: usize, edges: &[Bounded]) -> bool {
    if edges.iter().any(|e| e.lo > e.hi) {
        return false;
    }
    let (ss, tt) = (nodes, nodes + 1);
    let mut net = Network::new(nodes + 2);
    let mut excess = vec![0i64; nodes];
    for e in edges {
        net.add(e.from, e.to, e.hi - e.lo);
        excess[e.to] += e.lo;
        excess[e.from] -= e.lo;
    }
    let mut need = 0;
    for (v, &x) in excess.iter().enumerate() {
        if x > 0 {
            net.add(ss, v, x);
            need += x;
        } else if x < 0 {
            net.add(v, tt, -x);
        }
    }
    net.max_flow(ss, tt) == need
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn circulation_feasibility_respects_lower_and_upper_bounds() {
        // A cycle 0 -> 1 -> 0 where one edge needs at least 3 and the other
        // allows at most 2: infeasible; at most 5: feasible.
        let e = |lo, hi| {
            [
                Bounded {
                    from: 0,
                    to: 1,
                    lo: 3,
                    hi: 9,
                },
                Bounded {
                    from: 1,
                    to: 0,
                    lo,
                    hi,
                },
            ]
        };
        assert!(!feasible(2, &e(0, 2)));
        assert!(feasible(2, &e(0, 5)));
        assert!(!feasible(2, &e(6, 5)));
    }
}
