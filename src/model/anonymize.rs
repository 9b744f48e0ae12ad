//! Resolving everything the anonymization assistant still finds in a quote
//! in one step: "replace them all" or "keep them all as written", for the
//! text and the translation alike. The one-key actions of the desktop
//! capture screen and `hearken quote review` use these, so both resolve
//! findings exactly as `Vault::redact_quote` / `review_quote` define.

use super::{QuoteField, RecordId};
use crate::{Error, redact::Finding, vault::Vault};

impl Vault {
    /// The unresolved findings of a quote, per text (only texts that have any).
    fn unresolved_by_field(&self, id: RecordId) -> Result<Vec<(QuoteField, Vec<Finding>)>, Error> {
        let scanner = self.scanner(self.quote(id)?.session)?;
        let found = self.quote_findings(id, &scanner)?;
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

    /// Replaces every unresolved finding of a quote with its placeholder.
    /// Each text is redacted on its own, so positions found in one never
    /// shift the other's.
    pub fn redact_all_findings(&mut self, id: RecordId) -> Result<(), Error> {
        for (field, findings) in self.unresolved_by_field(id)? {
            self.redact_quote(id, field, &findings)?;
        }
        Ok(())
    }

    /// Keeps every unresolved finding of a quote as written (reviewed).
    pub fn review_all_findings(&mut self, id: RecordId) -> Result<(), Error> {
        for (field, findings) in self.unresolved_by_field(id)? {
            self.review_quote(id, field, &findings)?;
        }
        Ok(())
    }
}
