//! Resolving everything the anonymization assistant still finds in a quote
//! in one step: "replace them all" or "keep them all as written", for the
//! text and the translation alike. The one-key actions of the desktop
//! capture screen and `hearken quote review` use these, so both resolve
//! findings exactly as `Vault::redact_quote` / `review_quote` define. A quote
//! can also be recorded already redacted, so the words found never reach
//! the vault.

use crate::{
    Error,
    model::{Quote, QuoteField, QuoteInput, Record, RecordId, now, validate::RecordError},
    redact::{Finding, Scanner, review::ReviewMark},
    vault::{Change, Vault},
};

impl Vault {
    /// The anonymization scanner for a session: its private name list and
    /// its engagement's gazetteer.
    pub fn scanner(&self, session: RecordId) -> Result<Scanner, Error> {
        let s = self.session(session)?;
        let places = &self.engagement(s.engagement)?.gazetteer;
        Ok(Scanner::new(&s.private_names, places)?)
    }
    /// Identifying details still unresolved in a quote's text and translation.
    pub fn quote_findings(
        &self,
        id: RecordId,
        scanner: &Scanner,
    ) -> Result<Vec<(QuoteField, Finding)>, Error> {
        Ok(self.quote(id)?.findings(scanner))
    }
    /// Replaces findings in one text of a quote with typed placeholders in the
    /// quote's language, and logs kind and position.
    pub fn redact_quote(
        &mut self,
        id: RecordId,
        field: QuoteField,
        findings: &[Finding],
    ) -> Result<(), Error> {
        let mut q = self.quote(id)?.clone();
        q.redact(field, findings)?;
        q.updated_at = now();
        self.commit(vec![Change::Put(id, Record::Quote(q))])
    }
    /// Marks findings of one text of a quote as reviewed: kept as written.
    pub fn review_quote(
        &mut self,
        id: RecordId,
        field: QuoteField,
        findings: &[Finding],
    ) -> Result<(), Error> {
        let mut q = self.quote(id)?.clone();
        let text = match field {
            QuoteField::Text => q.text.clone(),
            QuoteField::Translation => q.translation.clone().unwrap_or_default(),
        };
        let len = text.chars().count();
        for f in findings {
            if f.start >= f.end || f.end > len {
                return Err(RecordError::Invalid { field: "finding" }.into());
            }
            q.review_marks.push(ReviewMark::new(&text, f));
        }
        self.commit(vec![Change::Put(id, Record::Quote(q))])
    }

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

/// A quote that still holds identifying details nobody redacted or
/// reviewed: what keeps an export from leaving.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct FlaggedQuote {
    pub id: RecordId,
    pub session: RecordId,
    /// The kinds of details found (`name`, `phone`...), never the text.
    pub kinds: Vec<&'static str>,
}

impl FlaggedQuote {
    fn of(id: RecordId, session: RecordId, found: &[(QuoteField, Finding)]) -> Option<Self> {
        if found.is_empty() {
            return None;
        }
        let mut kinds: Vec<&'static str> = found.iter().map(|(_, f)| f.kind.as_str()).collect();
        kinds.sort_unstable();
        kinds.dedup();
        Some(FlaggedQuote { id, session, kinds })
    }
}

impl Vault {
    /// Whether a quote still holds unresolved details, by `scanner`.
    pub fn flag(
        &self,
        id: RecordId,
        scanner: &crate::redact::Scanner,
    ) -> Result<Option<FlaggedQuote>, Error> {
        let q = self.quote(id)?;
        Ok(FlaggedQuote::of(id, q.session, &q.findings(scanner)))
    }

    /// Every quote of `session` (or of the vault) that still holds
    /// unresolved identifying details, in capture order.
    pub fn flagged_quotes(&self, session: Option<RecordId>) -> Result<Vec<FlaggedQuote>, Error> {
        let sessions: Vec<RecordId> = match session {
            Some(s) => vec![s],
            None => self.sessions(None).into_iter().map(|(id, _)| id).collect(),
        };
        let mut out = vec![];
        for s in sessions {
            let scanner = self.scanner(s)?;
            for (id, _) in self.quotes(Some(s)) {
                out.extend(self.flag(id, &scanner)?);
            }
        }
        Ok(out)
    }

    /// Replaces every unresolved finding of every flagged quote of
    /// `session` (or of the vault) with its placeholder, in one write.
    /// Returns how many quotes changed.
    pub fn redact_all_flagged(&mut self, session: Option<RecordId>) -> Result<usize, Error> {
        let flagged = self.flagged_quotes(session)?;
        let mut changes = Vec::with_capacity(flagged.len());
        for f in &flagged {
            let mut q = self.quote(f.id)?.clone();
            if self.redact_unresolved(&mut q)? {
                q.updated_at = now();
                changes.push(Change::Put(f.id, Record::Quote(q)));
            }
        }
        let n = changes.len();
        if n > 0 {
            self.commit(changes)?;
        }
        Ok(n)
    }
}
