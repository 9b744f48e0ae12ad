//! Making a community update (docs/tracking.md §6): the headline themes
//! and numbers, the tracked recommendations that may be shared with their
//! state, and the evaluation, suppressed below k, signed in the kit
//! container with this vault's key ([`crate::exchange::updates`] holds the
//! file and its import).

use crate::{
    Error,
    exchange::updates::{Heard, HeardTheme, UPDATE_FILE, UPDATE_FORMAT, UpdateFile, UpdateItem},
    kit::{self, KitHeader},
    model::{RecordId, TrackState, TrackedKind},
    vault::Vault,
};

/// Most themes an update lists.
const MAX_THEMES: usize = 12;

impl Vault {
    /// Signs a community update of `engagement` with this vault's key: the
    /// headline themes and numbers, every tracked recommendation that may
    /// be shared with its state, and the evaluation, all suppressed below k.
    pub fn create_update(&mut self, engagement: RecordId) -> Result<Vec<u8>, Error> {
        let file = self.update_file(engagement)?;
        let json = zeroize::Zeroizing::new(serde_json::to_vec_pretty(&file).expect("serializes"));
        let identity = self.identity()?;
        let recipients = [identity.age.recipient()];
        let id = engagement.to_string();
        let header = KitHeader {
            engagement_id: &id,
            kit_version: file.sequence,
            created: time::OffsetDateTime::now_utc(),
            recipients: &recipients,
        };
        Ok(kit::write(
            &header,
            &[(UPDATE_FILE, &json)],
            &identity.signing,
        )?)
    }

    /// What an update of `engagement` made now would say.
    fn update_file(&self, engagement: RecordId) -> Result<UpdateFile, Error> {
        let (tracking, s) = self.published(engagement, false)?;
        let mut themes: Vec<HeardTheme> = s
            .themes
            .iter()
            .filter(|t| t.quotes > 0 && t.parent.is_none())
            .map(|t| HeardTheme {
                code: t.code.clone(),
                label: t.label.clone(),
                quotes: t.quotes,
                sessions: t.sessions,
            })
            .collect();
        themes.sort_by(|a, b| b.quotes.cmp(&a.quotes).then(a.code.cmp(&b.code)));
        themes.truncate(MAX_THEMES);
        let recommendations = tracking
            .items
            .iter()
            .filter(|t| t.shareable)
            .filter(|t| t.kind == TrackedKind::Official || t.state != TrackState::NoInformation)
            .map(|t| UpdateItem {
                kind: t.kind,
                id: t.code.clone(),
                text: t.text.clone(),
                body: t.body.clone(),
                state: t.state,
                since: t.since.clone(),
            })
            .collect();
        let now = time::OffsetDateTime::now_utc();
        let sequence = (now.unix_timestamp_nanos() / 1_000_000) as u64;
        Ok(UpdateFile {
            format: UPDATE_FORMAT.into(),
            version: 1,
            engagement,
            sequence,
            issued: tracking.today.clone(),
            title: s.title.clone(),
            heard: Heard {
                sessions: s.reach.sessions,
                participants: s.reach.participants,
                quotes: s.reach.quotes,
                themes,
            },
            recommendations,
            evaluation: s.evaluation.clone(),
        })
    }

    /// What to show as "What happened with your input": the newest update
    /// imported for an engagement that came in a kit; for the coordinator's
    /// own engagement, what an update made now would say.
    pub fn community_update(&self, engagement: RecordId) -> Result<Option<UpdateFile>, Error> {
        if self.engagement(engagement)?.kit.is_some() {
            Ok(self.latest_update(engagement))
        } else {
            self.update_file(engagement).map(Some)
        }
    }
}
