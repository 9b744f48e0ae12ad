//! The decrypted in-memory copy that queries run over, and the one write
//! path: every change in one IMMEDIATE transaction with a full sync (see
//! [`super::seal`] for how a record is sealed, [`super::load`] for how the
//! copy is read at unlock).

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use zeroize::Zeroizing;

use super::{
    Vault, VaultError,
    entries::Entries,
    seal::{open_record, seal_record},
};
use crate::model::{Kind, Origin, Record, RecordId};

/// One change inside a write. Changes live only for one commit, so their
/// size difference does not matter.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum Change {
    /// Insert or replace a record.
    Put(RecordId, Record),
    /// Insert or replace a record received from another device.
    Import(RecordId, Record, Origin),
    /// Remove a record for good.
    Delete(RecordId),
}

/// One commit's transaction: its own IMMEDIATE transaction, or (inside
/// [`Vault::all_or_nothing`]) the outer one. Rolled back when dropped
/// before [`Write::commit`].
struct Write<'c> {
    conn: &'c rusqlite::Connection,
    own: bool,
    done: bool,
}

impl<'c> Write<'c> {
    fn begin(conn: &'c rusqlite::Connection, own: bool) -> Result<Self, VaultError> {
        if own {
            conn.execute_batch("BEGIN IMMEDIATE")?;
        }
        Ok(Write {
            conn,
            own,
            done: false,
        })
    }
    fn commit(mut self) -> Result<(), rusqlite::Error> {
        self.done = true;
        if self.own {
            self.conn.execute_batch("COMMIT")?;
        }
        Ok(())
    }
}

impl Drop for Write<'_> {
    fn drop(&mut self) {
        if self.own && !self.done {
            let _ = self.conn.execute_batch("ROLLBACK");
        }
    }
}

impl std::ops::Deref for Write<'_> {
    type Target = rusqlite::Connection;
    fn deref(&self) -> &rusqlite::Connection {
        self.conn
    }
}

/// What a commit leaves in the cache for one record. Lives only for one
/// commit, so its variants' size difference does not matter.
#[allow(clippy::large_enum_variant)]
enum Staged {
    Entry(Entry),
    Lazy(LazyRow),
    Gone,
}

/// A decrypted record and its clear-text row fields.
#[derive(Debug)]
pub(crate) struct Entry {
    pub kind: Kind,
    pub parent: Option<RecordId>,
    pub seq: i64,
    /// The change sequence of the record's first write: creation order.
    pub created_seq: i64,
    pub record: Record,
    /// For records received in a bundle: where from, at which version.
    pub origin: Option<Origin>,
    /// The row that stores it.
    pub rowid: i64,
}

/// The decrypted records of an unlocked vault.
#[derive(Debug, Default)]
pub(crate) struct Cache {
    pub entries: Entries,
    /// Children by (parent, kind), so listing a session's participants does
    /// not walk its quotes.
    pub children: HashMap<(RecordId, Kind), HashSet<RecordId>>,
    /// Ids by kind, so listing the roster does not walk every quote.
    pub by_kind: HashMap<Kind, HashSet<RecordId>>,
    /// Rows of lazy kinds ([`Kind::is_lazy`]): where they are, not what
    /// they hold.
    pub lazy: HashMap<RecordId, LazyRow>,
    pub seq: i64,
}

/// A row of a lazy kind, known by its clear-text fields only.
#[derive(Debug, Clone, Copy)]
pub(crate) struct LazyRow {
    pub rowid: i64,
    pub kind: Kind,
    pub parent: Option<RecordId>,
    /// Sealed size in bytes.
    pub size: u64,
}

impl Cache {
    pub(super) fn with_capacity(n: usize) -> Self {
        Cache {
            entries: Entries::with_capacity(n),
            children: HashMap::default(),
            by_kind: HashMap::default(),
            lazy: HashMap::default(),
            seq: 0,
        }
    }

    pub(super) fn insert(&mut self, id: RecordId, entry: Entry) {
        if let Some(p) = entry.parent {
            self.children.entry((p, entry.kind)).or_default().insert(id);
        }
        self.by_kind.entry(entry.kind).or_default().insert(id);
        self.seq = self.seq.max(entry.seq);
        self.entries.insert(id, entry);
    }
    fn remove(&mut self, id: RecordId) {
        self.lazy.remove(&id);
        let Some(e) = self.entries.remove(&id) else {
            return;
        };
        if let Some(set) = self.by_kind.get_mut(&e.kind) {
            set.remove(&id);
        }
        if let Some(p) = e.parent
            && let Some(set) = self.children.get_mut(&(p, e.kind))
        {
            set.remove(&id);
        }
    }
}

impl Vault {
    /// Applies `changes` in one IMMEDIATE transaction with a full sync: when
    /// this returns Ok, every change is on disk; when it fails, nothing is
    /// (on disk or in memory). Deleted records are overwritten in the file
    /// (`secure_delete`) and the write-ahead log is checkpointed and
    /// truncated so no sealed copy lingers.
    pub(crate) fn commit(&mut self, changes: Vec<Change>) -> Result<(), crate::Error> {
        let mut seq = self.cache.seq;
        let mut deleted = false;
        let mut staged = Vec::with_capacity(changes.len());
        {
            let tx = Write::begin(&self.conn, !self.in_batch)?;
            {
                let mut insert = tx
                    .prepare_cached(
                        "INSERT INTO records (id, kind, parent, seq, created_seq, sealed)
                         VALUES (?1, ?2, ?3, ?4, ?4, ?5)",
                    )
                    .map_err(VaultError::from)?;
                let mut update = tx
                    .prepare_cached(
                        "UPDATE records SET parent = ?1, seq = ?2, sealed = ?3 WHERE rowid = ?4",
                    )
                    .map_err(VaultError::from)?;
                let mut del = tx
                    .prepare_cached("DELETE FROM records WHERE rowid = ?1")
                    .map_err(VaultError::from)?;
                // Rows written earlier in this same commit.
                let mut written: HashMap<RecordId, Option<i64>> = HashMap::default();
                let row_of = |id: &RecordId, written: &HashMap<RecordId, Option<i64>>| match written
                    .get(id)
                {
                    Some(r) => *r,
                    None => self
                        .cache
                        .entries
                        .get(id)
                        .map(|e| e.rowid)
                        .or_else(|| self.cache.lazy.get(id).map(|l| l.rowid)),
                };
                for change in changes {
                    seq += 1;
                    match change {
                        Change::Put(..) | Change::Import(..) => {
                            let (id, record, origin) = match change {
                                Change::Import(id, record, origin) => (id, record, Some(origin)),
                                Change::Put(id, record) => {
                                    // Edits keep where a record came from.
                                    let origin =
                                        self.cache.entries.get(&id).and_then(|e| e.origin.clone());
                                    (id, record, origin)
                                }
                                Change::Delete(_) => unreachable!("matched above"),
                            };
                            let sealed = seal_record(
                                &self.data_key,
                                &self.vault_id,
                                &id,
                                &record,
                                origin.as_ref(),
                            );
                            let parent = record.parent();
                            let parent_bytes = parent.as_ref().map(|p| &p.0[..]);
                            let rowid = match row_of(&id, &written) {
                                Some(rowid) => {
                                    update
                                        .execute(rusqlite::params![
                                            parent_bytes,
                                            seq,
                                            sealed,
                                            rowid
                                        ])
                                        .map_err(VaultError::from)?;
                                    rowid
                                }
                                None => {
                                    insert
                                        .execute(rusqlite::params![
                                            &id.0[..],
                                            record.kind() as u8,
                                            parent_bytes,
                                            seq,
                                            sealed
                                        ])
                                        .map_err(VaultError::from)?;
                                    tx.last_insert_rowid()
                                }
                            };
                            written.insert(id, Some(rowid));
                            let kind = record.kind();
                            if kind.is_lazy() {
                                let size = sealed.len() as u64;
                                staged.push((
                                    id,
                                    Staged::Lazy(LazyRow {
                                        rowid,
                                        kind,
                                        parent,
                                        size,
                                    }),
                                ));
                                continue;
                            }
                            let created_seq =
                                self.cache.entries.get(&id).map_or(seq, |e| e.created_seq);
                            staged.push((
                                id,
                                Staged::Entry(Entry {
                                    kind,
                                    parent,
                                    seq,
                                    created_seq,
                                    record,
                                    origin,
                                    rowid,
                                }),
                            ));
                        }
                        Change::Delete(id) => {
                            if let Some(rowid) = row_of(&id, &written) {
                                del.execute([rowid]).map_err(VaultError::from)?;
                                deleted = true;
                            }
                            written.insert(id, None);
                            staged.push((id, Staged::Gone));
                        }
                    }
                }
            }
            tx.commit().map_err(VaultError::from)?;
        }
        for (id, staged) in staged {
            self.cache.remove(id);
            match staged {
                Staged::Entry(e) => self.cache.insert(id, e),
                Staged::Lazy(l) => {
                    self.cache.lazy.insert(id, l);
                }
                Staged::Gone => {}
            }
        }
        self.cache.seq = seq;
        if deleted && !self.in_batch {
            self.checkpoint()?;
        }
        Ok(())
    }

    /// Runs `f` so that every commit it makes lands together or not at
    /// all: one outer transaction, synced once; on any error it is rolled
    /// back and the decrypted copy is read again from disk.
    pub fn all_or_nothing<T>(
        &mut self,
        f: impl FnOnce(&mut Vault) -> Result<T, crate::Error>,
    ) -> Result<T, crate::Error> {
        if self.in_batch {
            return f(self);
        }
        self.conn
            .execute_batch("BEGIN IMMEDIATE")
            .map_err(VaultError::from)?;
        self.in_batch = true;
        let result = f(self);
        self.in_batch = false;
        match result {
            Ok(v) => match self.conn.execute_batch("COMMIT") {
                Ok(()) => {
                    self.checkpoint()?;
                    Ok(v)
                }
                Err(e) => {
                    let _ = self.conn.execute_batch("ROLLBACK");
                    self.reload()?;
                    Err(VaultError::from(e).into())
                }
            },
            Err(e) => {
                self.conn
                    .execute_batch("ROLLBACK")
                    .map_err(VaultError::from)?;
                self.reload()?;
                Err(e)
            }
        }
    }

    /// Reads and opens a record of a lazy kind from disk.
    pub(crate) fn load_lazy(&self, id: RecordId) -> Result<Record, VaultError> {
        let row = self.cache.lazy.get(&id).ok_or(VaultError::Tampered)?;
        let mut sealed: Zeroizing<Vec<u8>> = Zeroizing::new(self.conn.query_row(
            "SELECT sealed FROM records WHERE rowid = ?1",
            [row.rowid],
            |r| r.get(0),
        )?);
        let (record, _) = open_record(&self.data_key, &self.vault_id, &id, row.kind, &mut sealed)?;
        Ok(record)
    }

    /// The rows of lazy kinds: id, parent and sealed size.
    pub(crate) fn lazy_rows(
        &self,
        kind: Kind,
    ) -> impl Iterator<Item = (RecordId, Option<RecordId>, u64)> {
        self.cache
            .lazy
            .iter()
            .filter(move |(_, l)| l.kind == kind)
            .map(|(id, l)| (*id, l.parent, l.size))
    }

    /// Moves the write-ahead log into the database file and truncates it.
    pub(crate) fn checkpoint(&self) -> Result<(), VaultError> {
        self.conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        Ok(())
    }

    /// A record by id.
    pub fn record(&self, id: RecordId) -> Option<&Record> {
        self.cache.entries.get(&id).map(|e| &e.record)
    }

    /// Whether the vault holds a record with this id, of any kind (lazy
    /// kinds included).
    pub fn holds(&self, id: RecordId) -> bool {
        self.cache.entries.contains_key(&id) || self.cache.lazy.contains_key(&id)
    }

    /// Every record of a kind, in no particular order.
    pub fn records(&self, kind: Kind) -> impl Iterator<Item = (RecordId, &Record)> {
        self.cache
            .by_kind
            .get(&kind)
            .into_iter()
            .flatten()
            .filter_map(move |id| self.cache.entries.get(id).map(|e| (*id, &e.record)))
    }

    /// The records of a kind whose parent is `parent`.
    pub fn children(
        &self,
        parent: RecordId,
        kind: Kind,
    ) -> impl Iterator<Item = (RecordId, &Record)> {
        self.cache
            .children
            .get(&(parent, kind))
            .into_iter()
            .flatten()
            .filter_map(move |id| self.cache.entries.get(id).map(|e| (*id, &e.record)))
    }

    /// Where a record received in a bundle came from.
    pub fn origin_of(&self, id: RecordId) -> Option<&Origin> {
        self.cache.entries.get(&id).and_then(|e| e.origin.as_ref())
    }

    /// A record's last change sequence: its version on this device.
    pub fn version_of(&self, id: RecordId) -> i64 {
        self.cache.entries.get(&id).map_or(0, |e| e.seq)
    }

    /// A record's place in creation order (0 if unknown).
    pub fn order_of(&self, id: RecordId) -> i64 {
        self.cache.entries.get(&id).map_or(0, |e| e.created_seq)
    }

    /// Resolves what a person typed (a full id or a unique prefix of at
    /// least four hex digits) to a record of `kind`.
    pub fn resolve(&self, kind: Kind, typed: &str) -> Result<RecordId, crate::Error> {
        use crate::model::validate::RecordError;
        let typed = typed.trim().to_ascii_lowercase();
        if typed.len() < 4 || !typed.chars().all(|c| c.is_ascii_hexdigit()) {
            return Err(RecordError::NotFound { kind }.into());
        }
        let mut found = self
            .records(kind)
            .map(|(id, _)| id)
            .filter(|id| id.to_string().starts_with(&typed));
        match (found.next(), found.next()) {
            (Some(id), None) => Ok(id),
            (Some(_), Some(_)) => Err(RecordError::Ambiguous { kind }.into()),
            _ => Err(RecordError::NotFound { kind }.into()),
        }
    }

    /// How many records of each kind the vault holds.
    pub fn counts(&self) -> Vec<(Kind, usize)> {
        Kind::ALL
            .into_iter()
            .map(|k| (k, self.records(k).count()))
            .collect()
    }
}
