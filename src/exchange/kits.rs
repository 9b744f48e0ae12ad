//! Making a kit of an engagement (coordinator) and importing one
//! (facilitator), with the coordinator key pinned on first use.

use super::{
    ExchangeError,
    content::{ENGAGEMENT_FILE, EngagementFile, ThemeEntry},
};
use crate::{
    Error,
    format::ManifestDigest,
    identity::{Fingerprint, PublicKey, parse_recipient},
    kit::{self, KitHeader, KitPins, Pin, PinStatus},
    model::{KitPin, LabelTarget, Labels, Record, RecordId},
    vault::{Change, Vault},
};

/// What importing a kit did.
#[derive(Debug, Clone, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct KitImported {
    pub engagement: RecordId,
    pub title: String,
    pub kit_version: u64,
    /// The coordinator key's fingerprint, to compare by phone.
    pub fingerprint: String,
    /// True when this kit pinned the coordinator key for the first time.
    pub first_use: bool,
    pub themes: usize,
}

struct VaultPins<'a>(&'a Vault);

impl KitPins for VaultPins<'_> {
    fn pin(&self, engagement_id: &str) -> Option<Pin> {
        let id: RecordId = engagement_id.parse().ok()?;
        let pin = self.0.engagement(id).ok()?.kit.as_ref()?;
        let mut digest = [0u8; 32];
        hex::decode_to_slice(&pin.digest, &mut digest).ok()?;
        Some(Pin {
            signer: pin.signer.parse().ok()?,
            kit_version: pin.kit_version,
            digest: ManifestDigest(digest),
        })
    }
}

impl Vault {
    /// Signs a kit of `engagement` with this vault's key. Bundles will be
    /// encrypted to this vault's age recipient and to `extra_recipients`
    /// (an escrow key, a second coordinator).
    pub fn create_kit(
        &mut self,
        engagement: RecordId,
        extra_recipients: &[String],
    ) -> Result<Vec<u8>, Error> {
        let mut e = self.engagement(engagement)?.clone();
        let identity = self.identity()?;
        let mut recipients = vec![identity.age.recipient()];
        for r in extra_recipients {
            recipients.push(parse_recipient(r)?);
        }
        let themes = self
            .themes(engagement)
            .into_iter()
            .map(|(id, t)| ThemeEntry {
                id,
                theme: t.clone(),
            })
            .collect();
        let mut shared = e.clone();
        shared.kit = None;
        shared.kits_issued = 0;
        let labels = self
            .children(engagement, crate::model::Kind::Labels)
            .find_map(|(_, r)| match r {
                Record::Labels(l) => Some(l.entries.clone()),
                _ => None,
            })
            .unwrap_or_default();
        let file = EngagementFile::new(engagement, shared, themes, labels);
        let json =
            zeroize::Zeroizing::new(serde_json::to_vec_pretty(&file).expect("kits serialize"));
        let version = e.kits_issued + 1;
        let id = engagement.to_string();
        let header = KitHeader {
            engagement_id: &id,
            kit_version: version,
            created: time::OffsetDateTime::now_utc(),
            recipients: &recipients,
        };
        let bytes = kit::write(&header, &[(ENGAGEMENT_FILE, &json)], &identity.signing)?;
        e.kits_issued = version;
        self.commit(vec![Change::Put(engagement, Record::Engagement(e))])?;
        Ok(bytes)
    }

    /// Verifies a kit without importing it: who signed it and whether that
    /// key is new for this engagement (show the fingerprint first).
    pub fn inspect_kit(&self, bytes: &[u8]) -> Result<(Fingerprint, PinStatus), Error> {
        let k = kit::read(bytes, &VaultPins(self))?;
        Ok((k.signer().fingerprint(), k.pin_status()))
    }

    /// Imports a verified kit: the engagement and its codebook, with the
    /// same ids as at the coordinator, and the pin of the coordinator key.
    /// A kit signed by another key than the pinned one, or older than the
    /// last, is refused and changes nothing.
    pub fn import_kit(&mut self, bytes: &[u8]) -> Result<KitImported, Error> {
        let k = kit::read(bytes, &VaultPins(self))?;
        let file = EngagementFile::parse(k.files().get(ENGAGEMENT_FILE).ok_or(
            ExchangeError::BadContent {
                what: "engagement.json",
            },
        )?)?;
        if file.id.to_string() != k.engagement_id() {
            return Err(ExchangeError::BadContent {
                what: "engagement.json",
            }
            .into());
        }
        let signer: &PublicKey = k.signer();
        let mut engagement = file.engagement;
        engagement.kit = Some(KitPin {
            signer: signer.to_string(),
            kit_version: k.kit_version(),
            digest: k.digest().to_string(),
            recipients: k.recipients().iter().map(|r| r.to_string()).collect(),
        });
        engagement.kits_issued = 0;
        let mut changes = vec![];
        for t in &file.themes {
            if t.theme.engagement != file.id {
                return Err(ExchangeError::BadContent {
                    what: "engagement.json",
                }
                .into());
            }
        }
        // Translations only of this kit's themes, into its languages.
        let theme_ids: Vec<RecordId> = file.themes.iter().map(|t| t.id).collect();
        let mut seen = std::collections::HashSet::new();
        for l in &file.labels {
            let known = match &l.target {
                LabelTarget::Theme(id) => theme_ids.contains(id),
                LabelTarget::Region(r) => engagement.regions.contains(r),
                LabelTarget::Group(g) => engagement.groups.contains(g),
            };
            let once = seen.insert((l.target.clone(), l.lang.clone()));
            if !known || !once || !l.acceptable(&engagement) {
                return Err(ExchangeError::BadContent {
                    what: "engagement.json",
                }
                .into());
            }
        }
        let themes = file.themes.len();
        for t in file.themes {
            changes.push(Change::Put(t.id, Record::Theme(t.theme)));
        }
        // The kit's translations replace those of an earlier kit.
        let earlier = self
            .children(file.id, crate::model::Kind::Labels)
            .map(|(id, _)| id)
            .next();
        match (earlier, file.labels.is_empty()) {
            (Some(id), true) => changes.push(Change::Delete(id)),
            (id, false) => changes.push(Change::Put(
                id.unwrap_or_else(RecordId::random),
                Record::Labels(Labels {
                    engagement: file.id,
                    entries: file.labels,
                    updated_at: crate::model::now(),
                }),
            )),
            (None, true) => {}
        }
        let title = engagement.title.clone();
        changes.insert(0, Change::Put(file.id, Record::Engagement(engagement)));
        self.commit(changes)?;
        Ok(KitImported {
            engagement: file.id,
            title,
            kit_version: k.kit_version(),
            fingerprint: signer.fingerprint().to_string(),
            first_use: k.pin_status() == PinStatus::FirstUse,
            themes,
        })
    }
}
