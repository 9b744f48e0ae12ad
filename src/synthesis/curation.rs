//! The coordinator's choice of quotes for reports: a quote pinned to a
//! theme is shown under it first; an excluded quote is never shown. The
//! automatic choice ([`super::represent`]) fills the rest. One
//! [`Curation`] record per engagement holds both lists and is replaced
//! whole at each change.
//!
//! Pinning never goes around consent or the export gate: a pinned quote
//! is printed only while its speaker's consent covers reports (and
//! sharing, in outputs that leave the coordinator) and nothing in it
//! identifies anyone; otherwise the automatic choice takes its place.

use std::collections::HashSet;

use super::themes::Codebook;
use crate::{
    Error, consent,
    model::{Curation, EditorialError, Kind, Pin, Record, RecordId, now},
    vault::{Change, Vault},
};

impl Vault {
    /// The choice of quotes of `engagement`, if the coordinator made one.
    pub fn curation(&self, engagement: RecordId) -> Option<(RecordId, &Curation)> {
        self.children(engagement, Kind::Curation)
            .find_map(|(id, r)| match r {
                Record::Curation(c) => Some((id, c)),
                _ => None,
            })
    }

    /// The quotes of `engagement` kept out of every report.
    pub fn excluded_quotes(&self, engagement: RecordId) -> HashSet<RecordId> {
        self.curation(engagement)
            .map(|(_, c)| c.excluded.iter().copied().collect())
            .unwrap_or_default()
    }

    /// Shows `quote` under `theme` in reports, before the automatic choice.
    /// Refused when the quote is excluded, its consent does not cover
    /// reports, it is not coded with the theme (or a theme below it), or it
    /// is pinned to a theme above or below. Returns whether anything
    /// changed.
    pub fn pin_quote(&mut self, quote: RecordId, theme: RecordId) -> Result<bool, Error> {
        let engagement = self.engagement_of_quote(quote)?;
        let q = self.quote(quote)?;
        match self.record(theme) {
            Some(Record::Theme(t)) if t.engagement == engagement => {}
            _ => Err(crate::model::validate::RecordError::NotFound { kind: Kind::Theme })?,
        }
        let current = self.curation_or_new(engagement);
        if current.excluded.contains(&quote) {
            return Err(EditorialError::Excluded.into());
        }
        if !consent::quote_use(self, q.session, &q.speaker).in_reports() {
            return Err(EditorialError::NotInReports.into());
        }
        let codebook = Codebook::new(self, engagement, None);
        let row = codebook.rows(&[theme]);
        let counted = codebook.rows_with_ancestors(&q.themes);
        let Some(&row) = row.first().filter(|r| counted.contains(r)) else {
            return Err(EditorialError::NotUnderTheme.into());
        };
        let pin = Pin { quote, theme };
        if current.pins.contains(&pin) {
            return Ok(false);
        }
        let related = |other: RecordId| {
            codebook.rows(&[other]).first().is_some_and(|o| {
                codebook.lineage(row).contains(o) || codebook.lineage(*o).contains(&row)
            })
        };
        if current
            .pins
            .iter()
            .any(|p| p.quote == quote && related(p.theme))
        {
            return Err(EditorialError::PinnedToRelated.into());
        }
        self.save_curation(engagement, current, |c| c.pins.push(pin))
    }

    /// Takes `quote` off `theme`, or off every theme (`None`).
    pub fn unpin_quote(&mut self, quote: RecordId, theme: Option<RecordId>) -> Result<bool, Error> {
        let engagement = self.engagement_of_quote(quote)?;
        let current = self.curation_or_new(engagement);
        let gone = |p: &Pin| p.quote == quote && theme.is_none_or(|t| p.theme == t);
        if !current.pins.iter().any(gone) {
            return Ok(false);
        }
        self.save_curation(engagement, current, |c| c.pins.retain(|p| !gone(p)))
    }

    /// Keeps `quote` out of every report (and off every theme it was
    /// pinned to).
    pub fn exclude_quote(&mut self, quote: RecordId) -> Result<bool, Error> {
        let engagement = self.engagement_of_quote(quote)?;
        let current = self.curation_or_new(engagement);
        if current.excluded.contains(&quote) {
            return Ok(false);
        }
        self.save_curation(engagement, current, |c| {
            c.excluded.push(quote);
            c.pins.retain(|p| p.quote != quote);
        })
    }

    /// Lets an excluded quote be chosen again.
    pub fn include_quote(&mut self, quote: RecordId) -> Result<bool, Error> {
        let engagement = self.engagement_of_quote(quote)?;
        let current = self.curation_or_new(engagement);
        if !current.excluded.contains(&quote) {
            return Ok(false);
        }
        self.save_curation(engagement, current, |c| c.excluded.retain(|q| *q != quote))
    }

    fn engagement_of_quote(&self, quote: RecordId) -> Result<RecordId, Error> {
        let q = self.quote(quote)?;
        Ok(self.session(q.session)?.engagement)
    }

    fn curation_or_new(&self, engagement: RecordId) -> Curation {
        self.curation(engagement)
            .map(|(_, c)| c.clone())
            .unwrap_or_else(|| Curation {
                engagement,
                pins: vec![],
                excluded: vec![],
                updated_at: 0,
            })
    }

    fn save_curation(
        &mut self,
        engagement: RecordId,
        mut c: Curation,
        change: impl FnOnce(&mut Curation),
    ) -> Result<bool, Error> {
        change(&mut c);
        c.pins.sort_unstable();
        c.pins.dedup();
        c.excluded.sort_unstable();
        c.excluded.dedup();
        c.updated_at = now();
        let id = self
            .curation(engagement)
            .map_or_else(RecordId::random, |(id, _)| id);
        self.commit(vec![Change::Put(id, Record::Curation(c))])?;
        Ok(true)
    }
}
