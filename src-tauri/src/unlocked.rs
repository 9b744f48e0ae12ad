//! The vault between commands: present while unlocked, absent once locked.
//!
//! Locking is dropping: the core's vault zeroizes its keys and decrypted
//! records on drop, so taking the value out of the slot is the whole lock.
//! Generic over the vault type so the slot is tested on its own and the
//! core's `Vault` plugs in as `UnlockedVault<hearken::vault::Vault>`.

use std::sync::{Mutex, MutexGuard};

use hearken::i18n::Localized;

use crate::error::{ShellError, UiError};

/// Tauri state holding the unlocked vault, if any.
#[derive(Debug)]
pub struct UnlockedVault<V>(Mutex<Option<V>>);

impl<V> Default for UnlockedVault<V> {
    fn default() -> Self {
        Self(Mutex::new(None))
    }
}

impl<V> UnlockedVault<V> {
    /// A poisoned lock means a command panicked half-way through using the
    /// vault; the safe reading of that is "locked", so the slot is emptied.
    fn slot(&self) -> MutexGuard<'_, Option<V>> {
        self.0.lock().unwrap_or_else(|poisoned| {
            let mut guard = poisoned.into_inner();
            *guard = None;
            self.0.clear_poison();
            guard
        })
    }

    /// Keeps a freshly unlocked (or created) vault, locking any previous one.
    pub fn unlock(&self, vault: V) {
        *self.slot() = Some(vault);
    }

    /// Locks: drops the vault and with it its keys. Returns whether a vault
    /// was unlocked.
    pub fn lock(&self) -> bool {
        self.slot().take().is_some()
    }

    /// Whether a vault is unlocked now.
    pub fn is_unlocked(&self) -> bool {
        self.slot().is_some()
    }

    /// Runs `f` on the unlocked vault; [`ShellError::Locked`] when there is
    /// none. The vault stays locked for other commands while `f` runs, so a
    /// user action is never interleaved with a lock.
    pub fn with<T, E: Localized>(
        &self,
        f: impl FnOnce(&mut V) -> Result<T, E>,
    ) -> Result<T, UiError> {
        let mut slot = self.slot();
        let vault = slot.as_mut().ok_or(ShellError::Locked)?;
        Ok(f(vault)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use hearken::i18n::Message;
    use std::sync::{
        Arc,
        atomic::{AtomicBool, Ordering},
    };

    /// Stands in for the core's vault: records that it was dropped.
    struct Keys(Arc<AtomicBool>);
    impl Drop for Keys {
        fn drop(&mut self) {
            self.0.store(true, Ordering::SeqCst);
        }
    }

    #[derive(Debug)]
    struct Refused;
    impl Localized for Refused {
        fn message(&self) -> Message {
            Message::new("refused")
        }
    }

    #[test]
    fn locking_drops_the_vault_and_later_calls_say_locked() {
        let dropped = Arc::new(AtomicBool::new(false));
        let state = UnlockedVault::default();
        state.unlock(Keys(dropped.clone()));
        assert!(state.with(|_| Ok::<_, Refused>(())).is_ok());
        assert!(state.lock());
        assert!(dropped.load(Ordering::SeqCst));
        let err = state.with(|_| Ok::<_, Refused>(())).unwrap_err();
        assert_eq!(err.code(), "app-locked");
        assert!(!state.lock());
    }

    #[test]
    fn core_errors_pass_through_with_their_code() {
        let state = UnlockedVault::default();
        state.unlock(());
        assert_eq!(
            state.with(|_| Err::<(), _>(Refused)).unwrap_err().code(),
            "refused"
        );
        assert!(state.is_unlocked());
    }

    #[test]
    fn a_panic_while_the_vault_is_in_use_leaves_it_locked() {
        let dropped = Arc::new(AtomicBool::new(false));
        let state = Arc::new(UnlockedVault::default());
        state.unlock(Keys(dropped.clone()));
        let s = state.clone();
        let _ = std::thread::spawn(move || {
            s.with(|_| -> Result<(), Refused> { panic!("command bug") })
        })
        .join();
        assert!(!state.is_unlocked());
        assert!(dropped.load(Ordering::SeqCst));
    }
}
