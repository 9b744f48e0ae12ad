//! Merging recommendations a coordinator judged to say the same thing
//! (editorial work on the coordinator's side; see [`crate::model::Merge`]).

use crate::{
    Error,
    model::{Kind, Merge, MergeError, Record, RecordId, now, validate::RecordError},
    vault::{Change, Vault},
};

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
        if kept == merged {
            return Err(MergeError::Same.into());
        }
        let engagement = self.engagement_of_recommendation(kept)?;
        if self.engagement_of_recommendation(merged)? != engagement {
            return Err(MergeError::Engagement.into());
        }
        let taken = self
            .merges(engagement)
            .into_iter()
            .any(|(_, m)| m.merged == merged || m.kept == merged || m.merged == kept);
        if taken {
            return Err(MergeError::Chain.into());
        }
        let id = RecordId::random();
        let m = Merge {
            engagement,
            kept,
            merged,
            at: now(),
        };
        self.commit(vec![Change::Put(id, Record::Merge(m))])?;
        Ok(id)
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
