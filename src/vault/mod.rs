//! The encrypted vault: one SQLite file (WAL, `synchronous=FULL`) holding
//! sealed records, and the key hierarchy that opens them.
//!
//! Guarantees:
//! - Nothing a person typed reaches the disk in the clear: records are sealed
//!   before they are written, SQLite keeps temporary data in memory, deleted
//!   rows are overwritten, and no temp files are written.
//! - A write that returned is durable; a write that failed left nothing.
//! - Locking drops and wipes the keys and every decrypted record.
//! - Failed unlocks are counted and slowed down; a vault can be set to erase
//!   its keys after too many; `wipe` destroys the keys before the files.

mod entries;
mod error;
mod header;
mod keys;
mod load;
mod schema;
mod seal;
mod store;

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags, TransactionBehavior};
use secrecy::{ExposeSecret, SecretString};
use serde::Serialize;

pub use error::VaultError;
pub use keys::{KdfParams, RecoveryKey, fill_random};
pub use schema::VERSION as FORMAT_VERSION;
pub(crate) use store::Change;

use header::{
    Header, check_delay, destroy_keys, meta_get, meta_num, meta_set, read_header, record_failure,
};
use keys::Key;
use store::Cache;

pub use header::delay_after;

/// Shortest passphrase accepted for a new vault.
pub const MIN_PASSPHRASE_CHARS: usize = 8;
/// Failed attempts allowed before each further try must wait.
pub const FREE_ATTEMPTS: u32 = 3;
/// The longest wait between attempts.
pub const MAX_DELAY_SECS: u64 = 15 * 60;

/// Options for a new vault.
#[derive(Debug, Clone, Copy)]
pub struct CreateOptions {
    pub kdf: KdfParams,
    /// Erase the keys after this many failed unlocks in a row (off when `None`).
    pub erase_after: Option<u32>,
}

impl Default for CreateOptions {
    fn default() -> Self {
        Self {
            kdf: KdfParams::DEFAULT,
            erase_after: None,
        }
    }
}

/// What can be told about a vault without unlocking it.
#[derive(Debug, Clone, Serialize)]
pub struct VaultInfo {
    pub path: PathBuf,
    pub format_version: i64,
    pub kdf: KdfParams,
    pub failed_attempts: u32,
    pub erase_after: Option<u32>,
    pub created_at: i64,
    /// Record counts by kind (kinds are stored in the clear).
    pub counts: Vec<(crate::model::Kind, u64)>,
}

/// An unlocked vault. Dropping it locks it.
pub struct Vault {
    conn: Connection,
    path: PathBuf,
    vault_id: [u8; 16],
    data_key: Key,
    cache: Cache,
    /// Inside [`Vault::all_or_nothing`]: commits join one outer transaction.
    in_batch: bool,
}

impl std::fmt::Debug for Vault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Vault")
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}

/// The default vault path: `$HEARKEN_DATA_DIR/vault.hearken`, else the OS
/// data directory (e.g. `~/.local/share/hearken/vault.hearken`).
pub fn default_path() -> PathBuf {
    let dir = std::env::var_os("HEARKEN_DATA_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            directories::ProjectDirs::from("org", "Hearken", "hearken")
                .map(|d| d.data_dir().to_path_buf())
                .unwrap_or_else(|| PathBuf::from("."))
        });
    dir.join("vault.hearken")
}

fn connect(path: &Path, create: bool) -> Result<Connection, VaultError> {
    let mut flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    if create {
        flags |= OpenFlags::SQLITE_OPEN_CREATE;
    }
    let conn = Connection::open_with_flags(path, flags)?;
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    conn.execute_batch(
        "PRAGMA journal_mode = WAL;
         PRAGMA synchronous = FULL;
         PRAGMA secure_delete = ON;
         PRAGMA temp_store = MEMORY;",
    )
    .map_err(|_| VaultError::NotAVault)?;
    Ok(conn)
}

fn wrap_ad(vault_id: &[u8; 16], which: &str) -> Vec<u8> {
    let mut ad = format!("hearken/wrap/{which}/v1").into_bytes();
    ad.extend_from_slice(vault_id);
    ad
}

fn check_passphrase(p: &SecretString) -> Result<(), VaultError> {
    if p.expose_secret().chars().count() < MIN_PASSPHRASE_CHARS {
        return Err(VaultError::PassphraseTooShort {
            min: MIN_PASSPHRASE_CHARS,
        });
    }
    Ok(())
}

impl Vault {
    /// Creates a vault at `path` and returns it unlocked, with the recovery
    /// key to show the person once.
    pub fn create(
        path: &Path,
        passphrase: &SecretString,
        opts: &CreateOptions,
    ) -> Result<(Vault, RecoveryKey), VaultError> {
        check_passphrase(passphrase)?;
        opts.kdf.check()?;
        if path.exists() && std::fs::metadata(path)?.len() > 0 {
            return Err(VaultError::AlreadyExists);
        }
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            create_private_dir(dir)?;
        }
        create_private_file(path)?;
        let mut conn = connect(path, true)?;
        let mut vault_id = [0u8; 16];
        fill_random(&mut vault_id);
        let mut salt = [0u8; 16];
        fill_random(&mut salt);
        let data_key = Key::random();
        let kek = keys::derive_kek(passphrase, &salt, &opts.kdf)?;
        let recovery = RecoveryKey::random();
        {
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            schema::create(&tx)?;
            meta_set(&tx, "vault_id", &vault_id)?;
            meta_set(
                &tx,
                "kdf",
                &serde_json::to_vec(&opts.kdf).expect("params serialize"),
            )?;
            meta_set(&tx, "salt", &salt)?;
            meta_set(
                &tx,
                "wrap_pass",
                &keys::wrap(&kek, &wrap_ad(&vault_id, "pass"), &data_key),
            )?;
            meta_set(
                &tx,
                "wrap_recovery",
                &keys::wrap(
                    &recovery.kek(&vault_id),
                    &wrap_ad(&vault_id, "recovery"),
                    &data_key,
                ),
            )?;
            meta_set(
                &tx,
                "erase_after",
                opts.erase_after.unwrap_or(0).to_string().as_bytes(),
            )?;
            meta_set(
                &tx,
                "created_at",
                crate::model::now().to_string().as_bytes(),
            )?;
            tx.commit()?;
        }
        let vault = Vault {
            conn,
            path: path.to_path_buf(),
            vault_id,
            data_key,
            cache: Cache::default(),
            in_batch: false,
        };
        Ok((vault, recovery))
    }
    fn open_conn(path: &Path) -> Result<(Connection, Header), VaultError> {
        if !path.is_file() {
            return Err(VaultError::NotFound);
        }
        let conn = connect(path, false)?;
        let header = read_header(&conn)?;
        Ok((conn, header))
    }
    fn finish_unlock(
        mut conn: Connection,
        path: &Path,
        h: Header,
        data_key: Key,
    ) -> Result<Vault, VaultError> {
        if h.failed > 0 {
            meta_set(&conn, "failed_attempts", b"0")?;
        }
        schema::upgrade(&mut conn)?;
        let mut vault = Vault {
            conn,
            path: path.to_path_buf(),
            vault_id: h.vault_id,
            data_key,
            cache: Cache::default(),
            in_batch: false,
        };
        vault.reload()?;
        Ok(vault)
    }
    /// Unlocks the vault at `path` with its passphrase.
    pub fn unlock(path: &Path, passphrase: &SecretString) -> Result<Vault, VaultError> {
        let (conn, h) = Self::open_conn(path)?;
        check_delay(&h)?;
        let kek = keys::derive_kek(passphrase, &h.salt, &h.kdf)?;
        let wrapped = meta_get(&conn, "wrap_pass")?.ok_or(VaultError::Corrupt)?;
        match keys::unwrap(&kek, &wrap_ad(&h.vault_id, "pass"), &wrapped) {
            Some(data_key) => Self::finish_unlock(conn, path, h, data_key),
            None => Err(VaultError::WrongPassphrase {
                failed: record_failure(&conn, &h)?,
            }),
        }
    }
    /// Opens the vault with its recovery key and sets a new passphrase.
    pub fn recover(
        path: &Path,
        recovery: &SecretString,
        new_passphrase: &SecretString,
    ) -> Result<Vault, VaultError> {
        check_passphrase(new_passphrase)?;
        let key = RecoveryKey::parse(recovery)?;
        let (conn, h) = Self::open_conn(path)?;
        check_delay(&h)?;
        let wrapped = meta_get(&conn, "wrap_recovery")?.ok_or(VaultError::Corrupt)?;
        let Some(data_key) = keys::unwrap(
            &key.kek(&h.vault_id),
            &wrap_ad(&h.vault_id, "recovery"),
            &wrapped,
        ) else {
            record_failure(&conn, &h)?;
            return Err(VaultError::WrongRecoveryKey);
        };
        let mut vault = Self::finish_unlock(conn, path, h, data_key)?;
        vault.change_passphrase(new_passphrase)?;
        Ok(vault)
    }
    /// Sets a new passphrase: re-wraps the data key under a new salt; no
    /// record is re-encrypted.
    pub fn change_passphrase(&mut self, new_passphrase: &SecretString) -> Result<(), VaultError> {
        check_passphrase(new_passphrase)?;
        let kdf: KdfParams =
            serde_json::from_slice(&meta_get(&self.conn, "kdf")?.ok_or(VaultError::Corrupt)?)
                .map_err(|_| VaultError::Corrupt)?;
        let mut salt = [0u8; 16];
        fill_random(&mut salt);
        let kek = keys::derive_kek(new_passphrase, &salt, &kdf)?;
        let wrapped = keys::wrap(&kek, &wrap_ad(&self.vault_id, "pass"), &self.data_key);
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        meta_set(&tx, "salt", &salt)?;
        meta_set(&tx, "wrap_pass", &wrapped)?;
        tx.commit()?;
        Ok(())
    }
    /// The vault's file.
    pub fn path(&self) -> &Path {
        &self.path
    }
    /// Locks the vault: keys and decrypted records are wiped from memory.
    pub fn lock(self) {
        drop(self);
    }
    /// Destroys the vault at `path` without unlocking it (panic wipe).
    pub fn wipe(path: &Path) -> Result<(), VaultError> {
        if !path.is_file() {
            return Err(VaultError::NotFound);
        }
        {
            let conn = connect(path, false)?;
            match schema::check(&conn) {
                Ok(_) => destroy_keys(&conn)?,
                Err(VaultError::NewerFormat { .. }) => destroy_keys(&conn)?,
                Err(e) => return Err(e),
            }
        }
        for suffix in ["", "-wal", "-shm"] {
            let mut p = path.as_os_str().to_owned();
            p.push(suffix);
            match std::fs::remove_file(PathBuf::from(p)) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e.into()),
                _ => {}
            }
        }
        Ok(())
    }
    /// What can be told about the vault at `path` without its passphrase.
    pub fn info(path: &Path) -> Result<VaultInfo, VaultError> {
        let (conn, h) = Self::open_conn(path)?;
        let mut counts = Vec::new();
        let mut stmt =
            conn.prepare("SELECT kind, count(*) FROM records GROUP BY kind ORDER BY kind")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            if let Some(k) = crate::model::Kind::from_u8(r.get(0)?) {
                counts.push((k, r.get::<_, i64>(1)? as u64));
            }
        }
        Ok(VaultInfo {
            path: path.to_path_buf(),
            format_version: schema::check(&conn)?,
            kdf: h.kdf,
            failed_attempts: h.failed,
            erase_after: h.erase_after,
            created_at: meta_num(&conn, "created_at")?,
            counts,
        })
    }
}

#[cfg(unix)]
fn create_private_dir(dir: &Path) -> Result<(), VaultError> {
    use std::os::unix::fs::DirBuilderExt;
    if !dir.exists() {
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)?;
    }
    Ok(())
}

#[cfg(not(unix))]
fn create_private_dir(dir: &Path) -> Result<(), VaultError> {
    std::fs::create_dir_all(dir)?;
    Ok(())
}

#[cfg(unix)]
fn create_private_file(path: &Path) -> Result<(), VaultError> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(path)?;
    Ok(())
}

#[cfg(not(unix))]
fn create_private_file(path: &Path) -> Result<(), VaultError> {
    std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .open(path)?;
    Ok(())
}
