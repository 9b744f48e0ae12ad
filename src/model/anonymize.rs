//! Resolving everything the anonymization assistant still finds in a quote
//! in one step: "replace them all" or "keep them all as written", for the
//! text and the translation alike. The one-key actions of the desktop
//! capture screen and `hearken quote review` use these, so both resolve
//! findings exactly as `Vault::redact_quote` / `review_quote` define. A quote
//! can also be recorded already redacted, so the words found never reach
//! the vault.

use super::{Quote, QuoteField, QuoteInput, Record, RecordId, now};
use crate::{
    Error,
    redact::Finding,
    vault::{Change, Vault},
};

impl Vault {
    /// The unresolved findings of a quote, per text (only texts that have any).
    fn unresolved_by_field(&self, q: &Quote) -> Result<Vec<(QuoteField, Vec<Finding>)>, Error> {
        let found = q.findings(&self.scanner(q.session)?);
        Ok([QuoteField::Text, QuoteField::Translation]
            .into_iter()
            .map(|field| {
                let mine = found
                    .iter()
                    .filter(|(f, _)| *f == field)
                    .map(|(_, x)| *x)
                    .collect::<Vec<_>>();
                (field, mine)
            })
            .filter(|(_, mine)| !mine.is_empty())
            .collect())
    }

    /// Replaces every unresolved finding in `q` with its placeholder. Each
    /// text is redacted on its own, so positions found in one never shift
    /// the other's. Returns whether anything changed.
    fn redact_unresolved(&self, q: &mut Quote) -> Result<bool, Error> {
        let found = self.unresolved_by_field(q)?;
        for (field, findings) in &found {
            q.redact(*field, findings)?;
        }
        Ok(!found.is_empty())
    }

    /// Replaces every unresolved finding of a quote with its placeholder, in
    /// one write.
    pub fn redact_all_findings(&mut self, id: RecordId) -> Result<(), Error> {
        let mut q = self.quote(id)?.clone();
        if self.redact_unresolved(&mut q)? {
            q.updated_at = now();
            self.commit(vec![Change::Put(id, Record::Quote(q))])?;
        }
        Ok(())
    }

    /// Records a quote with every identifying detail the assistant finds
    /// already replaced by its placeholder: the words it found are never
    /// written to the vault, not even sealed.
    pub fn add_quote_redacted(
        &mut self,
        session: RecordId,
        input: QuoteInput,
    ) -> Result<RecordId, Error> {
        self.session(session)?;
        let mut q = self.new_quote(session, input, now())?;
        self.redact_unresolved(&mut q)?;
        let id = RecordId::random();
        self.commit(vec![Change::Put(id, Record::Quote(q))])?;
        Ok(id)
    }

    /// Keeps every unresolved finding of a quote as written (reviewed).
    pub fn review_all_findings(&mut self, id: RecordId) -> Result<(), Error> {
        for (field, findings) in self.unresolved_by_field(self.quote(id)?)? {
            self.review_quote(id, field, &findings)?;
        }
        Ok(())
    }
}
