//! Merging recommendations a coordinator judged to say the same thing
//! (editorial work on the coordinator's side; see [`crate::model::Merge`]).

use crate::{
    Error,
    model::{Kind, Merge, MergeError, Record, RecordId, now, validate::RecordError},
    vault::{Change, Vault},
};

/// How much two recommendations' words must overlap to be suggested for a
/// merge, unless asked otherwise.
pub const DEFAULT_SIMILARITY: f64 = 0.6;
/// The least overlap ever taken as a likeness.
pub const MIN_SIMILARITY: f64 = 0.2;

/// Two recommendations that likely say the same thing. (Debug shows the
/// ids and the score, not the words.)
#[derive(Clone, PartialEq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct MergeSuggestion {
    /// The earlier one, kept and shown.
    pub kept: RecordId,
    /// The one to show as part of it.
    pub merged: RecordId,
    /// How much their words overlap, 0 to 1.
    pub similarity: f64,
    pub kept_text: String,
    pub merged_text: String,
}

impl std::fmt::Debug for MergeSuggestion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MergeSuggestion")
            .field("kept", &self.kept)
            .field("merged", &self.merged)
            .field("similarity", &self.similarity)
            .finish_non_exhaustive()
    }
}

/// Word overlap of two texts, as character trigrams of their words: it
/// needs no dictionary and reads Arabic and Russian as well as English.
mod similar {
    use std::hash::{Hash, Hasher};

    /// The hashed trigrams of the words of `text` (lower case, letters and
    /// digits only), sorted, without repeats.
    pub fn trigrams(text: &str) -> Vec<u64> {
        let mut out = vec![];
        for word in text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
        {
            let chars: Vec<char> = format!(" {} ", word.to_lowercase()).chars().collect();
            for t in chars.windows(3) {
                let mut h = std::collections::hash_map::DefaultHasher::new();
                t.hash(&mut h);
                out.push(h.finish());
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    /// Shared trigrams over all trigrams of the two (sorted) sets.
    pub fn jaccard(a: &[u64], b: &[u64]) -> f64 {
        if a.is_empty() || b.is_empty() {
            return 0.0;
        }
        let (mut i, mut j, mut shared) = (0, 0, 0usize);
        while i < a.len() && j < b.len() {
            match a[i].cmp(&b[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    shared += 1;
                    i += 1;
                    j += 1;
                }
            }
        }
        shared as f64 / (a.len() + b.len() - shared) as f64
    }
}

impl Vault {
    /// The engagement of a recommendation.
    fn engagement_of_recommendation(&self, id: RecordId) -> Result<RecordId, Error> {
        match self.record(id) {
            Some(Record::Recommendation(r)) => Ok(self.session(r.session)?.engagement),
            _ => Err(RecordError::NotFound {
                kind: Kind::Recommendation,
            }
            .into()),
        }
    }

    /// Shows recommendation `merged` as part of `kept` from now on.
    pub fn merge_recommendations(
        &mut self,
        kept: RecordId,
        merged: RecordId,
    ) -> Result<RecordId, Error> {
        let ids = self.merge_many(&[(kept, merged)])?;
        Ok(ids[0])
    }

    /// Merges every pair, as [`Vault::merge_recommendations`] does one,
    /// all or nothing: each pair is checked against the merges made and
    /// the pairs before it, and one refused pair refuses them all. Returns
    /// the merges' ids.
    pub fn merge_many(&mut self, pairs: &[(RecordId, RecordId)]) -> Result<Vec<RecordId>, Error> {
        let mut made: Vec<Merge> = vec![];
        for &(kept, merged) in pairs {
            if kept == merged {
                return Err(MergeError::Same.into());
            }
            let engagement = self.engagement_of_recommendation(kept)?;
            if self.engagement_of_recommendation(merged)? != engagement {
                return Err(MergeError::Engagement.into());
            }
            let existing = self.merges(engagement);
            let taken = existing
                .iter()
                .map(|(_, m)| *m)
                .chain(made.iter())
                .any(|m| m.merged == merged || m.kept == merged || m.merged == kept);
            if taken {
                return Err(MergeError::Chain.into());
            }
            made.push(Merge {
                engagement,
                kept,
                merged,
                at: now(),
            });
        }
        let ids: Vec<RecordId> = made.iter().map(|_| RecordId::random()).collect();
        let changes = ids
            .iter()
            .zip(made)
            .map(|(id, m)| Change::Put(*id, Record::Merge(m)))
            .collect();
        self.commit(changes)?;
        Ok(ids)
    }

    /// Recommendations of `engagement` that likely say the same thing, in
    /// the same language, for the coordinator to merge or leave: groups of
    /// recommendations whose words overlap by at least `min` (0 to 1), each
    /// given as the earliest one kept and the others merged into it.
    /// Recommendations already merged, either way, are not suggested.
    pub fn merge_suggestions(&self, engagement: RecordId, min: f64) -> Vec<MergeSuggestion> {
        // Below this, everything in one language would be one group.
        let min = min.max(MIN_SIMILARITY);
        let merges = self.merges(engagement);
        let busy: std::collections::HashSet<RecordId> = merges
            .iter()
            .flat_map(|(_, m)| [m.kept, m.merged])
            .collect();
        let mut recs: Vec<(RecordId, &crate::model::Recommendation, Vec<u64>)> = vec![];
        for (sid, _) in self.sessions(Some(engagement)) {
            for (rid, r) in self.recommendations(Some(sid)) {
                if !busy.contains(&rid) {
                    recs.push((rid, r, similar::trigrams(&r.text)));
                }
            }
        }
        // Union of every pair at or above `min`, in the order they are
        // listed (session date, then capture): the first of a group is kept.
        let mut group: Vec<usize> = (0..recs.len()).collect();
        fn root(g: &mut [usize], mut i: usize) -> usize {
            while g[i] != i {
                g[i] = g[g[i]];
                i = g[i];
            }
            i
        }
        for i in 0..recs.len() {
            for j in i + 1..recs.len() {
                if recs[i].1.language != recs[j].1.language {
                    continue;
                }
                let score = similar::jaccard(&recs[i].2, &recs[j].2);
                if score >= min {
                    let (a, b) = (root(&mut group, i), root(&mut group, j));
                    let (lo, hi) = (a.min(b), a.max(b));
                    group[hi] = lo;
                }
            }
        }
        let mut out = vec![];
        for j in 0..recs.len() {
            let r = root(&mut group, j);
            if r != j {
                // The likeness shown is with the recommendation kept.
                let score = similar::jaccard(&recs[r].2, &recs[j].2);
                out.push(MergeSuggestion {
                    kept: recs[r].0,
                    merged: recs[j].0,
                    similarity: (score * 100.0).round() / 100.0,
                    kept_text: recs[r].1.text.clone(),
                    merged_text: recs[j].1.text.clone(),
                });
            }
        }
        out
    }

    /// Undoes the merge of `merged` into `kept`.
    pub fn unmerge_recommendations(
        &mut self,
        kept: RecordId,
        merged: RecordId,
    ) -> Result<(), Error> {
        let engagement = self.engagement_of_recommendation(kept)?;
        let found = self
            .merges(engagement)
            .into_iter()
            .find(|(_, m)| m.kept == kept && m.merged == merged)
            .map(|(id, _)| id)
            .ok_or(MergeError::NotMerged)?;
        self.commit(vec![Change::Delete(found)])
    }

    /// The merges of an engagement.
    pub fn merges(&self, engagement: RecordId) -> Vec<(RecordId, &Merge)> {
        self.children(engagement, Kind::Merge)
            .filter_map(|(id, r)| match r {
                Record::Merge(m) => Some((id, m)),
                _ => None,
            })
            .collect()
    }
}
