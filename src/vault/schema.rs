//! The vault's SQLite schema and its migrations.
//!
//! Tables:
//! - `meta(key, value)`: the vault header in the clear: `vault_id` (16 random
//!   bytes), `kdf` (JSON Argon2id parameters), `salt`, `wrap_pass` (data key
//!   wrapped by the passphrase key), `wrap_recovery` (data key wrapped by the
//!   recovery key), `failed_attempts`, `last_failed_at`, `erase_after`,
//!   `erased`, `created_at`.
//! - `records(id, kind, parent, seq, created_seq, sealed)`: one row per
//!   record. Only the random id, the kind, the parent id and the change
//!   sequence numbers of its last and first write are in the clear;
//!   rows are addressed by rowid (known from the unlocked cache), so new
//!   records append instead of scattering writes over an index of random
//!   ids; everything else is in `sealed` (see `seal.rs`). `kind` is
//!   `model::Kind` as a number (1 engagement … 12 merge, 13 grant, 14 held
//!   bundle, 15 official recommendation, 16 tracking link, 17 tracking
//!   entry, 18 evaluation, 19 community update). Rows of lazy kinds (14, a quarantined bundle's bytes) are not
//!   read at unlock (`load.rs`), only when approved.
//!
//! Version history (`PRAGMA user_version`):
//! - 1: the tables above. New record kinds (13 and 14, then 15 to 19,
//!   2026-12) needed no migration: a kind is a value of the `kind` column. Code older than
//!   them refuses a vault that holds them, as it refuses any row it cannot
//!   read; going back to an older Hearken is not supported.
//!
//! All upgrades run in one IMMEDIATE transaction when a vault is unlocked; a
//! vault newer than this code is refused before anything is written.

use rusqlite::{Connection, TransactionBehavior};

use super::VaultError;

/// The schema version this code writes.
pub const VERSION: i64 = 1;

const CREATE_V1: &str = "
CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value BLOB NOT NULL) WITHOUT ROWID;
CREATE TABLE records (
    rowid INTEGER PRIMARY KEY,
    id BLOB NOT NULL,
    kind INTEGER NOT NULL,
    parent BLOB,
    seq INTEGER NOT NULL,
    created_seq INTEGER NOT NULL,
    sealed BLOB NOT NULL
);
";

/// Upgrades, in order: `MIGRATIONS[i]` takes version `i + 1` to `i + 2`.
type Migration = fn(&rusqlite::Transaction) -> rusqlite::Result<()>;
const MIGRATIONS: &[Migration] = &[];

/// Creates the tables of a new vault inside `tx`.
pub fn create(tx: &rusqlite::Transaction) -> Result<(), VaultError> {
    tx.execute_batch(CREATE_V1)?;
    for m in MIGRATIONS {
        m(tx)?;
    }
    tx.pragma_update(None, "user_version", VERSION)?;
    Ok(())
}

/// The schema version of an open database; refuses what is not a vault or
/// is newer than this code.
pub fn check(conn: &Connection) -> Result<i64, VaultError> {
    let v: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .map_err(|_| VaultError::NotAVault)?;
    if v == 0 {
        return Err(VaultError::NotAVault);
    }
    if v > VERSION {
        return Err(VaultError::NewerFormat {
            found: v,
            supported: VERSION,
        });
    }
    Ok(v)
}

/// Brings an older vault up to [`VERSION`] in one IMMEDIATE transaction.
pub fn upgrade(conn: &mut Connection) -> Result<(), VaultError> {
    let from = check(conn)?;
    if from == VERSION {
        return Ok(());
    }
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    for m in &MIGRATIONS[(from - 1) as usize..] {
        m(&tx)?;
    }
    tx.pragma_update(None, "user_version", VERSION)?;
    tx.commit()?;
    Ok(())
}
