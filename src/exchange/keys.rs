//! This vault's signing key and age identity, made on first use and sealed
//! in the vault like every record.

use secrecy::{ExposeSecret, SecretString};

use crate::{
    Error,
    identity::{AgeIdentity, Fingerprint, KeyId, PublicKey, SigningKey},
    model::{DeviceKeys, Kind, Record, RecordId, now},
    vault::{Change, Vault},
};

/// This vault's keys, unsealed for use.
pub struct Identity {
    pub(crate) record: RecordId,
    pub signing: SigningKey,
    pub age: AgeIdentity,
    pub bundles_exported: u64,
}

impl std::fmt::Debug for Identity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Identity")
            .field("key_id", &self.key_id())
            .finish_non_exhaustive()
    }
}

impl Identity {
    pub fn key_id(&self) -> KeyId {
        self.signing.key_id()
    }
    pub fn public_key(&self) -> &PublicKey {
        self.signing.public_key()
    }
    /// The `age1...` recipient others encrypt to.
    pub fn recipient(&self) -> String {
        self.age.recipient().to_string()
    }
    /// Digits people read aloud to compare keys by phone.
    pub fn fingerprint(&self) -> Fingerprint {
        self.public_key().fingerprint()
    }
}

impl Vault {
    /// This vault's keys, made and sealed on first use.
    pub fn identity(&mut self) -> Result<Identity, Error> {
        if let Some(found) = self.existing_identity()? {
            return Ok(found);
        }
        let signing = SigningKey::generate()?;
        let age = AgeIdentity::generate();
        let keys = DeviceKeys {
            signing_key: signing.to_bytes().to_vec(),
            age_identity: age.to_secret().expose_secret().to_owned(),
            created_at: now(),
            bundles_exported: 0,
        };
        let id = RecordId::random();
        self.commit(vec![Change::Put(id, Record::Keys(keys))])?;
        Ok(Identity {
            record: id,
            signing,
            age,
            bundles_exported: 0,
        })
    }

    /// This vault's keys if it has any yet.
    pub fn existing_identity(&self) -> Result<Option<Identity>, Error> {
        let Some((id, keys)) = self.records(Kind::Keys).find_map(|(id, r)| match r {
            Record::Keys(k) => Some((id, k)),
            _ => None,
        }) else {
            return Ok(None);
        };
        let signing = SigningKey::from_bytes(&keys.signing_key)?;
        let age = AgeIdentity::from_secret(&SecretString::from(keys.age_identity.as_str()))?;
        Ok(Some(Identity {
            record: id,
            signing,
            age,
            bundles_exported: keys.bundles_exported,
        }))
    }

    /// Takes the next bundle sequence number, durably, before the bundle is
    /// written: a failed write leaves a gap the coordinator reports, never a
    /// reused number.
    pub(crate) fn next_bundle_sequence(&mut self, identity: &mut Identity) -> Result<u64, Error> {
        let Some(Record::Keys(keys)) = self.record(identity.record) else {
            unreachable!("identity() made the keys record");
        };
        let mut keys = keys.clone();
        keys.bundles_exported += 1;
        let seq = keys.bundles_exported;
        self.commit(vec![Change::Put(identity.record, Record::Keys(keys))])?;
        identity.bundles_exported = seq;
        Ok(seq)
    }
}
