//! Engagements and their codebooks: what a coordinator prepares before
//! issuing a kit, and what every screen and report reads.

use crate::{
    Error,
    model::{
        DEFAULT_K, Engagement, EngagementInput, Kind, Record, RecordId, Theme, ThemeInput, now,
        validate::{self, RecordError},
    },
    vault::{Change, Vault},
};

impl Vault {
    /// Creates an engagement.
    pub fn add_engagement(&mut self, input: EngagementInput) -> Result<RecordId, Error> {
        validate::non_empty("title", &input.title)?;
        for l in input
            .languages
            .iter()
            .chain(input.consent_texts.iter().map(|t| &t.lang))
        {
            validate::language(l)?;
        }
        for seg in &input.agenda {
            validate::non_empty("agenda", &seg.title)?;
            if seg.minutes == 0 || seg.minutes > 24 * 60 {
                return Err(RecordError::Invalid { field: "minutes" }.into());
            }
        }
        let k = input.k.unwrap_or(DEFAULT_K);
        if !(2..=100).contains(&k) {
            return Err(RecordError::Invalid { field: "k" }.into());
        }
        let e = Engagement {
            title: input.title.trim().to_owned(),
            description: input.description,
            references: input.references,
            languages: input.languages,
            k,
            agenda: input.agenda,
            consent_texts: input.consent_texts,
            regions: input.regions,
            groups: input.groups,
            gazetteer: input.gazetteer,
            created_at: now(),
            kit: None,
            kits_issued: 0,
        };
        let id = RecordId::random();
        self.commit(vec![Change::Put(id, Record::Engagement(e))])?;
        Ok(id)
    }

    /// An engagement by id.
    pub fn engagement(&self, id: RecordId) -> Result<&Engagement, Error> {
        match self.record(id) {
            Some(Record::Engagement(e)) => Ok(e),
            _ => Err(RecordError::NotFound {
                kind: Kind::Engagement,
            }
            .into()),
        }
    }

    /// Every engagement, oldest first.
    pub fn engagements(&self) -> Vec<(RecordId, &Engagement)> {
        let mut v: Vec<_> = self
            .records(Kind::Engagement)
            .filter_map(|(id, r)| match r {
                Record::Engagement(e) => Some((id, e)),
                _ => None,
            })
            .collect();
        v.sort_by_key(|(id, e)| (e.created_at, *id));
        v
    }

    /// Adds a theme to an engagement's codebook.
    pub fn add_theme(
        &mut self,
        engagement: RecordId,
        input: ThemeInput,
    ) -> Result<RecordId, Error> {
        self.engagement(engagement)?;
        validate::non_empty("code", &input.code)?;
        validate::non_empty("label", &input.label)?;
        let code = input.code.trim().to_owned();
        if self.themes(engagement).iter().any(|(_, t)| t.code == code) {
            return Err(RecordError::Duplicate { field: "code" }.into());
        }
        if let Some(p) = input.parent {
            match self.record(p) {
                Some(Record::Theme(t)) if t.engagement == engagement => {}
                _ => return Err(RecordError::NotFound { kind: Kind::Theme }.into()),
            }
        }
        let t = Theme {
            engagement,
            parent: input.parent,
            code,
            label: input.label.trim().to_owned(),
            description: input.description,
            references: input.references,
        };
        let id = RecordId::random();
        self.commit(vec![Change::Put(id, Record::Theme(t))])?;
        Ok(id)
    }

    /// The codebook of an engagement, ordered by code.
    pub fn themes(&self, engagement: RecordId) -> Vec<(RecordId, &Theme)> {
        let mut v: Vec<_> = self
            .children(engagement, Kind::Theme)
            .filter_map(|(id, r)| match r {
                Record::Theme(t) => Some((id, t)),
                _ => None,
            })
            .collect();
        v.sort_by(|a, b| a.1.code.cmp(&b.1.code));
        v
    }
}
