//! Sealed records: how a record becomes a row and back, the decrypted
//! in-memory copy that queries run over, and the one write path.
//!
//! A row's `sealed` column is `nonce || XChaCha20-Poly1305(data key, body)`
//! with associated data `"hearken/record/v1" || vault id || kind || record id`,
//! so a ciphertext moved to another row, kind or vault fails to open. The body
//! is `u32 length || encoding byte || encoded record || zero padding` up to a
//! size bucket (powers of two
//! from 256 bytes, then 64 KiB steps), so sealed sizes do not reveal how long
//! a quote is.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use zeroize::Zeroizing;

use super::{Vault, VaultError, keys};
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
    pub entries: HashMap<RecordId, Entry>,
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
    fn with_capacity(n: usize) -> Self {
        Cache {
            entries: HashMap::with_capacity_and_hasher(n, Default::default()),
            children: HashMap::default(),
            by_kind: HashMap::default(),
            lazy: HashMap::default(),
            seq: 0,
        }
    }

    fn insert(&mut self, id: RecordId, entry: Entry) {
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

const AD_PREFIX: &[u8] = b"hearken/record/v1";

fn aad(vault_id: &[u8; 16], kind: Kind, id: &RecordId) -> [u8; 17 + 16 + 1 + 16] {
    let mut ad = [0u8; 50];
    ad[..17].copy_from_slice(AD_PREFIX);
    ad[17..33].copy_from_slice(vault_id);
    ad[33] = kind as u8;
    ad[34..].copy_from_slice(&id.0);
    ad
}

/// The padded size for a body of `n` bytes (length prefix included).
pub(crate) fn bucket(n: usize) -> usize {
    const STEP: usize = 64 * 1024;
    if n <= STEP {
        n.next_power_of_two().max(512)
    } else {
        n.div_ceil(STEP) * STEP
    }
}

/// Seals a record for row `id`.
pub(crate) fn seal_record(
    key: &keys::Key,
    vault_id: &[u8; 16],
    id: &RecordId,
    record: &Record,
    origin: Option<&Origin>,
) -> Vec<u8> {
    let encoded =
        Zeroizing::new(postcard::to_allocvec(&(record, origin)).expect("records serialize"));
    let n = encoded.len() + 1;
    let mut body = Zeroizing::new(vec![0u8; bucket(n + 4)]);
    body[..4].copy_from_slice(&(n as u32).to_le_bytes());
    body[4] = ENCODING_POSTCARD_V1;
    body[5..4 + n].copy_from_slice(&encoded);
    keys::seal(key, &aad(vault_id, record.kind(), id), &body)
}

/// The body encoding: postcard (compact, fast to read back) of
/// `(Record, Option<Origin>)`.
/// A later encoding gets a new byte and a migration that re-seals records.
const ENCODING_POSTCARD_V1: u8 = 1;

/// Opens a row's sealed body where it lies (the caller wipes `sealed`
/// afterwards: it then holds the plaintext); any alteration is
/// [`VaultError::Tampered`].
pub(crate) fn open_record(
    key: &keys::Key,
    vault_id: &[u8; 16],
    id: &RecordId,
    kind: Kind,
    sealed: &mut [u8],
) -> Result<(Record, Option<Origin>), VaultError> {
    let body =
        keys::open_in_place(key, &aad(vault_id, kind, id), sealed).ok_or(VaultError::Tampered)?;
    let len = u32::from_le_bytes(
        body.get(..4)
            .ok_or(VaultError::Tampered)?
            .try_into()
            .expect("4 bytes"),
    ) as usize;
    let framed = body.get(4..4 + len).ok_or(VaultError::Tampered)?;
    let (record, origin): (Record, Option<Origin>) = match framed.split_first() {
        Some((&ENCODING_POSTCARD_V1, encoded)) => {
            postcard::from_bytes(encoded).map_err(|_| VaultError::Tampered)?
        }
        _ => return Err(VaultError::Tampered),
    };
    if record.kind() != kind {
        return Err(VaultError::Tampered);
    }
    Ok((record, origin))
}

/// A row as read, before opening.
struct RowHead {
    rowid: i64,
    id: RecordId,
    kind: Kind,
    seq: i64,
    created_seq: i64,
    /// Where its sealed bytes end in the batch's buffer.
    end: usize,
}

/// Rows read together and opened by one worker. The sealed bytes lie back
/// to back in one buffer (one allocation per batch, not per row); opening
/// turns them into plaintext where they lie, so the buffer is wiped on drop.
#[derive(Default)]
struct Batch {
    rows: Vec<RowHead>,
    sealed: Zeroizing<Vec<u8>>,
}

/// Rows per batch: large enough to amortize the hand-over between threads,
/// small enough that opening starts while SQLite is still reading.
const BATCH_ROWS: usize = 1024;

impl Batch {
    fn open(
        mut self,
        key: &keys::Key,
        vault_id: &[u8; 16],
    ) -> Result<Vec<(RecordId, Entry)>, VaultError> {
        let mut start = 0;
        let mut out = Vec::with_capacity(self.rows.len());
        for r in &self.rows {
            let (record, origin) =
                open_record(key, vault_id, &r.id, r.kind, &mut self.sealed[start..r.end])?;
            start = r.end;
            let entry = Entry {
                kind: r.kind,
                parent: record.parent(),
                seq: r.seq,
                created_seq: r.created_seq,
                record,
                origin,
                rowid: r.rowid,
            };
            out.push((r.id, entry));
        }
        Ok(out)
    }
}

fn id_from(bytes: &[u8]) -> Result<RecordId, VaultError> {
    Ok(RecordId(
        bytes.try_into().map_err(|_| VaultError::Tampered)?,
    ))
}

/// Reads every row in batches of [`BATCH_ROWS`], handing each batch (with
/// its index) to `hand_over`; returns the number of rows opened. Rows of
/// lazy kinds are not read, only noted in `lazy`.
fn read_batches(
    conn: &rusqlite::Connection,
    lazy: &mut HashMap<RecordId, LazyRow>,
    mut hand_over: impl FnMut(usize, Batch),
) -> Result<usize, VaultError> {
    let mut stmt = conn.prepare(
        "SELECT id, kind, seq, created_seq, sealed, rowid, parent, length(sealed) FROM records",
    )?;
    let mut rows = stmt.query([])?;
    let (mut n, mut batches) = (0, 0);
    let mut batch = Batch::default();
    while let Some(row) = rows.next()? {
        let blob = |i| row.get_ref(i)?.as_blob().map_err(|_| VaultError::Tampered);
        let kind = Kind::from_u8(row.get::<_, u8>(1)?).ok_or(VaultError::Tampered)?;
        if kind.is_lazy() {
            let parent = match row.get_ref(6)?.as_blob_or_null() {
                Ok(Some(p)) => Some(id_from(p)?),
                Ok(None) => None,
                Err(_) => return Err(VaultError::Tampered),
            };
            let row = LazyRow {
                rowid: row.get(5)?,
                kind,
                parent,
                size: row.get::<_, i64>(7)?.max(0) as u64,
            };
            if lazy.insert(id_from(blob(0)?)?, row).is_some() {
                return Err(VaultError::Tampered);
            }
            continue;
        }
        // Growing the buffer frees its old copy unwiped: harmless, it holds
        // only ciphertext until a worker opens it.
        batch.sealed.extend_from_slice(blob(4)?);
        batch.rows.push(RowHead {
            id: id_from(blob(0)?)?,
            kind,
            seq: row.get(2)?,
            created_seq: row.get(3)?,
            end: batch.sealed.len(),
            rowid: row.get(5)?,
        });
        n += 1;
        if batch.rows.len() == BATCH_ROWS {
            hand_over(batches, std::mem::take(&mut batch));
            batches += 1;
        }
    }
    if !batch.rows.is_empty() {
        hand_over(batches, batch);
    }
    Ok(n)
}

impl Vault {
    /// Reads and opens every record again (after another program, such as
    /// the CLI, changed the vault). Any record that fails to open fails the
    /// whole load: a vault is trusted entirely or not at all.
    pub fn reload(&mut self) -> Result<(), VaultError> {
        // A pipeline: this thread reads rows from SQLite in batches and hands
        // each to a worker that opens it, then builds the cache from opened
        // batches as they come back, so reading, opening and indexing
        // overlap on every core.
        let workers = std::thread::available_parallelism().map_or(1, |n| n.get().min(4));
        let (key, vault_id) = (&self.data_key, &self.vault_id);
        let conn = &self.conn;
        let cache = std::thread::scope(|s| -> Result<Cache, VaultError> {
            let (done_tx, done_rx) = std::sync::mpsc::channel();
            let inboxes: Vec<_> = (0..workers)
                .map(|_| {
                    let (tx, rx) = std::sync::mpsc::channel::<Batch>();
                    let done = done_tx.clone();
                    s.spawn(move || {
                        for batch in rx {
                            if done.send(batch.open(key, vault_id)).is_err() {
                                break;
                            }
                        }
                    });
                    tx
                })
                .collect();
            drop(done_tx);
            let mut lazy = HashMap::default();
            let rows = read_batches(conn, &mut lazy, |i, batch| {
                // A worker only stops early when this thread has gone.
                let _ = inboxes[i % workers].send(batch);
            })?;
            drop(inboxes);
            let mut cache = Cache::with_capacity(rows);
            cache.lazy = lazy;
            for opened in done_rx {
                for (id, entry) in opened? {
                    if cache.entries.contains_key(&id) || cache.lazy.contains_key(&id) {
                        // Two rows claim one id: the file was tampered with.
                        return Err(VaultError::Tampered);
                    }
                    cache.insert(id, entry);
                }
            }
            Ok(cache)
        })?;
        // Wiping the previous copy takes a while with many records: do it
        // off the caller's path (locking drops the cache synchronously).
        let old = std::mem::replace(&mut self.cache, cache);
        if old.entries.len() > 10_000 {
            std::thread::spawn(move || drop(old));
        }
        Ok(())
    }

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
        use crate::validate::RecordError;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buckets_hide_lengths() {
        assert_eq!(bucket(1), 512);
        assert_eq!(bucket(512), 512);
        assert_eq!(bucket(513), 1024);
        assert_eq!(bucket(40_000), 65_536);
        assert_eq!(bucket(65_537), 131_072);
    }
}
