//! The vault's clear-text header (the `meta` table): the Argon2id
//! parameters and salt, the wrapped data key, and the failed-unlock counter
//! that slows guessing down and may crypto-erase the keys.

use rusqlite::{Connection, OptionalExtension, params};

use super::{FREE_ATTEMPTS, KdfParams, MAX_DELAY_SECS, VaultError};

pub(super) fn meta_get(conn: &Connection, key: &str) -> Result<Option<Vec<u8>>, VaultError> {
    use rusqlite::types::ValueRef;
    Ok(conn
        .query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| {
            Ok(match r.get_ref(0)? {
                ValueRef::Blob(b) | ValueRef::Text(b) => b.to_vec(),
                _ => Vec::new(),
            })
        })
        .optional()?)
}

pub(super) fn meta_num(conn: &Connection, key: &str) -> Result<i64, VaultError> {
    Ok(meta_get(conn, key)?
        .and_then(|v| String::from_utf8(v).ok())
        .and_then(|s| s.parse().ok())
        .unwrap_or(0))
}

pub(super) fn meta_set(conn: &Connection, key: &str, value: &[u8]) -> Result<(), VaultError> {
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        params![key, value],
    )?;
    Ok(())
}

/// Unlock state read from the header before any key is derived.
pub(super) struct Header {
    pub(super) vault_id: [u8; 16],
    pub(super) kdf: KdfParams,
    pub(super) salt: Vec<u8>,
    pub(super) failed: u32,
    pub(super) last_failed_at: i64,
    pub(super) erase_after: Option<u32>,
}

pub(super) fn read_header(conn: &Connection) -> Result<Header, VaultError> {
    super::schema::check(conn)?;
    if meta_num(conn, "erased")? != 0 {
        return Err(VaultError::Erased);
    }
    let vault_id: [u8; 16] = meta_get(conn, "vault_id")?
        .ok_or(VaultError::NotAVault)?
        .try_into()
        .map_err(|_| VaultError::Corrupt)?;
    let kdf: KdfParams =
        serde_json::from_slice(&meta_get(conn, "kdf")?.ok_or(VaultError::Corrupt)?)
            .map_err(|_| VaultError::Corrupt)?;
    let salt = meta_get(conn, "salt")?.ok_or(VaultError::Corrupt)?;
    let erase_after = match meta_num(conn, "erase_after")? {
        n if n > 0 => Some(n as u32),
        _ => None,
    };
    Ok(Header {
        vault_id,
        kdf,
        salt,
        failed: meta_num(conn, "failed_attempts")? as u32,
        last_failed_at: meta_num(conn, "last_failed_at")?,
        erase_after,
    })
}

/// Seconds a person must wait after `failed` failed attempts in a row.
pub fn delay_after(failed: u32) -> u64 {
    if failed < FREE_ATTEMPTS {
        0
    } else {
        (1u64 << (failed - FREE_ATTEMPTS).min(20)).min(MAX_DELAY_SECS)
    }
}

pub(super) fn check_delay(h: &Header) -> Result<(), VaultError> {
    let wait = h.last_failed_at + delay_after(h.failed) as i64 - crate::model::now();
    if wait > 0 {
        Err(VaultError::Delayed {
            seconds: wait as u64,
        })
    } else {
        Ok(())
    }
}

/// Counts a failed attempt; erases the keys when the vault is set to.
pub(super) fn record_failure(conn: &Connection, h: &Header) -> Result<u32, VaultError> {
    let failed = h.failed + 1;
    meta_set(conn, "failed_attempts", failed.to_string().as_bytes())?;
    meta_set(
        conn,
        "last_failed_at",
        crate::model::now().to_string().as_bytes(),
    )?;
    if h.erase_after.is_some_and(|n| failed >= n) {
        destroy_keys(conn)?;
        return Err(VaultError::Erased);
    }
    Ok(failed)
}

/// Overwrites every wrapped key with random bytes (crypto-erase) and removes
/// every record, then truncates the log so neither survives in it.
pub(super) fn destroy_keys(conn: &Connection) -> Result<(), VaultError> {
    conn.execute_batch(
        "BEGIN IMMEDIATE;
         UPDATE meta SET value = randomblob(length(value)) WHERE key IN ('wrap_pass', 'wrap_recovery', 'salt');
         INSERT INTO meta (key, value) VALUES ('erased', '1') ON CONFLICT(key) DO UPDATE SET value = '1';
         DELETE FROM records;
         COMMIT;",
    )?;
    conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
    Ok(())
}
