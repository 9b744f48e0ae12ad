//! The unlocked vault's decrypted records, packed for memory.

use rustc_hash::FxHashMap as HashMap;

use super::store::Entry;
use crate::model::RecordId;

/// The decrypted records, packed: the entries lie back to back in one
/// vector, found through an index of their ids. A hash table of the
/// entries themselves would keep (and, with random ids, touch) empty
/// entry-sized slots: at 10^6 records, a third of the cache's memory.
#[derive(Debug, Default)]
pub(crate) struct Entries {
    slots: Vec<Entry>,
    /// The id of each slot, for moving the last slot into a freed one.
    ids: Vec<RecordId>,
    index: HashMap<RecordId, u32>,
}

impl Entries {
    pub(super) fn with_capacity(n: usize) -> Self {
        Entries {
            slots: Vec::with_capacity(n),
            ids: Vec::with_capacity(n),
            index: HashMap::with_capacity_and_hasher(n, Default::default()),
        }
    }
    pub fn len(&self) -> usize {
        self.slots.len()
    }
    pub fn get(&self, id: &RecordId) -> Option<&Entry> {
        self.index.get(id).map(|&i| &self.slots[i as usize])
    }
    pub fn contains_key(&self, id: &RecordId) -> bool {
        self.index.contains_key(id)
    }
    pub(super) fn insert(&mut self, id: RecordId, entry: Entry) {
        match self.index.get(&id) {
            Some(&i) => self.slots[i as usize] = entry,
            None => {
                let i = u32::try_from(self.slots.len()).expect("fewer than 2^32 records");
                self.slots.push(entry);
                self.ids.push(id);
                self.index.insert(id, i);
            }
        }
    }
    pub(super) fn remove(&mut self, id: &RecordId) -> Option<Entry> {
        let i = self.index.remove(id)? as usize;
        let entry = self.slots.swap_remove(i);
        self.ids.swap_remove(i);
        if let Some(moved) = self.ids.get(i) {
            self.index.insert(*moved, i as u32);
        }
        Some(entry)
    }
}
