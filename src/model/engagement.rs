//! Engagements: what a coordinator asks communities about, with the
//! codebook of themes (linked to treaty articles and UPR recommendations),
//! the agenda template and the consent text in each language.

use serde::{Deserialize, Serialize};
use zeroize::{Zeroize, ZeroizeOnDrop};

use super::{Kind, Record, RecordId, now};
use crate::{
    Error,
    validate::{self, RecordError},
    vault::{Change, Vault},
};

/// A text in one language (consent texts, translations).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Zeroize, ZeroizeOnDrop)]
#[serde(deny_unknown_fields)]
pub struct LangText {
    pub lang: String,
    pub text: String,
}

/// One timed part of a session's agenda.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Zeroize, ZeroizeOnDrop)]
#[serde(deny_unknown_fields)]
pub struct AgendaSegment {
    pub title: String,
    pub minutes: u32,
    #[serde(default)]
    pub questions: Vec<String>,
}

/// A consultation a coordinator runs across communities.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Zeroize, ZeroizeOnDrop)]
#[serde(deny_unknown_fields)]
pub struct Engagement {
    pub title: String,
    pub description: String,
    /// Treaty and UPR references the engagement feeds (e.g. "CEDAW", "UPR cycle 4").
    pub references: Vec<String>,
    /// Languages sessions may run in (BCP 47 primary tags).
    pub languages: Vec<String>,
    /// Small-cell threshold: counts below it are never shown exactly.
    pub k: u32,
    pub agenda: Vec<AgendaSegment>,
    pub consent_texts: Vec<LangText>,
    /// Regions and groups the coordinator wants to hear from (for coverage gaps).
    pub regions: Vec<String>,
    pub groups: Vec<String>,
    /// Place names to flag in quotes.
    pub gazetteer: Vec<String>,
    pub created_at: i64,
    /// Facilitator side: the coordinator key pinned when the engagement came
    /// in a kit.
    pub kit: Option<super::KitPin>,
    /// Coordinator side: the version of the last kit issued.
    pub kits_issued: u64,
}

impl Engagement {
    /// The consent text for `lang`, if the engagement has one.
    pub fn consent_text(&self, lang: &str) -> Option<&str> {
        self.consent_texts
            .iter()
            .find(|t| t.lang == lang)
            .map(|t| t.text.as_str())
    }
}

/// What a person supplies to create an engagement.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct EngagementInput {
    pub title: String,
    pub description: String,
    pub references: Vec<String>,
    pub languages: Vec<String>,
    pub k: Option<u32>,
    pub agenda: Vec<AgendaSegment>,
    pub consent_texts: Vec<LangText>,
    pub regions: Vec<String>,
    pub groups: Vec<String>,
    pub gazetteer: Vec<String>,
}

/// The default small-cell threshold.
pub const DEFAULT_K: u32 = 5;

/// A theme of the codebook; themes nest through `parent`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Zeroize, ZeroizeOnDrop)]
#[serde(deny_unknown_fields)]
pub struct Theme {
    pub engagement: RecordId,
    pub parent: Option<RecordId>,
    /// A short code people type and see in exports, unique in the engagement.
    pub code: String,
    pub label: String,
    pub description: String,
    /// Treaty articles or UPR recommendation numbers, e.g. "CEDAW art. 14", "UPR 153.42".
    pub references: Vec<String>,
}

/// What a person supplies to add a theme.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ThemeInput {
    pub parent: Option<RecordId>,
    pub code: String,
    pub label: String,
    pub description: String,
    pub references: Vec<String>,
}

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
