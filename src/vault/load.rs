//! Unlocking's second half: every row read and opened again into the
//! decrypted cache, in a pipeline over every core. Rows of lazy kinds are
//! only noted, not read.

use rustc_hash::FxHashMap as HashMap;
use zeroize::Zeroizing;

use super::{
    Vault, VaultError, keys,
    seal::open_record,
    store::{Cache, Entry, LazyRow},
};
use crate::model::{Kind, RecordId};

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

/// At least as many as the rows the vault holds (rowids only grow), to
/// size the cache once; read from the table's last page, not by counting.
fn read_row_count(conn: &rusqlite::Connection) -> Result<usize, VaultError> {
    let n: i64 = conn.query_row("SELECT coalesce(max(rowid), 0) FROM records", [], |r| {
        r.get(0)
    })?;
    Ok(usize::try_from(n).unwrap_or(0))
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
        // each to a worker that opens it; a builder thread puts opened
        // batches into the cache as they come back, so reading, opening and
        // indexing overlap on every core. The hand-overs are bounded, so
        // only a few batches are ever in flight: the memory a load needs is
        // the cache's, not twice it.
        let workers = std::thread::available_parallelism().map_or(1, |n| n.get().min(4));
        let (key, vault_id) = (&self.data_key, &self.vault_id);
        let conn = &self.conn;
        let rows = read_row_count(conn)?;
        let (cache, lazy) = std::thread::scope(|s| -> Result<_, VaultError> {
            let (done_tx, done_rx) = std::sync::mpsc::sync_channel(workers * 2);
            let builder = s.spawn(move || -> Result<Cache, VaultError> {
                let mut cache = Cache::with_capacity(rows);
                for opened in done_rx {
                    for (id, entry) in opened? {
                        if cache.entries.contains_key(&id) {
                            // Two rows claim one id: the file was tampered with.
                            return Err(VaultError::Tampered);
                        }
                        cache.insert(id, entry);
                    }
                }
                Ok(cache)
            });
            let inboxes: Vec<_> = (0..workers)
                .map(|_| {
                    let (tx, rx) = std::sync::mpsc::sync_channel::<Batch>(2);
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
            let read = read_batches(conn, &mut lazy, |i, batch| {
                // A worker only stops early when the builder has stopped,
                // which reports why.
                let _ = inboxes[i % workers].send(batch);
            });
            drop(inboxes);
            let cache = builder.join().expect("the cache builder does not panic")?;
            read?;
            Ok((cache, lazy))
        })?;
        let mut cache = cache;
        if lazy.keys().any(|id| cache.entries.contains_key(id)) {
            return Err(VaultError::Tampered);
        }
        cache.lazy = lazy;
        // Wiping the previous copy takes a while with many records: do it
        // off the caller's path (locking drops the cache synchronously).
        let old = std::mem::replace(&mut self.cache, cache);
        if old.entries.len() > 10_000 {
            std::thread::spawn(move || drop(old));
        }
        Ok(())
    }
}
