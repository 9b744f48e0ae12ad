//! How an error crosses from Rust to the UI: as `{ code, args }`, never as
//! text. The UI renders `err-<code>` (what happened) and `rec-<code>` (what to
//! do) through Fluent in the person's language, so the shell needs no strings
//! and arguments never carry participant text, passphrases or keys (the
//! core's [`Localized`] contract).

use hearken::i18n::{Arg, Localized, Message};
use serde::Serialize;

/// An error as the UI receives it: the serialized [`Message`] of any
/// [`Localized`] error, so every core error converts with `?`.
#[derive(Debug, Serialize)]
#[serde(transparent)]
pub struct UiError(Message);

impl<E: Localized> From<E> for UiError {
    fn from(e: E) -> Self {
        Self(e.message())
    }
}

impl UiError {
    /// The Fluent code the UI will render.
    pub fn code(&self) -> &'static str {
        self.0.code
    }

    /// Adds an argument the UI needs beyond the core's message (such as how
    /// long to wait before the next attempt). Same rule: no secrets, no
    /// participant text.
    pub fn with_arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.0 = self.0.arg(name, value);
        self
    }
}

/// Errors that belong to the shell itself rather than to the core.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ShellError {
    /// A vault command arrived while no vault is unlocked (after a lock, or
    /// before the first unlock).
    #[error("the vault is locked")]
    Locked,
}

impl Localized for ShellError {
    fn message(&self) -> Message {
        match self {
            Self::Locked => Message::new("app-locked"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use hearken::i18n::{LANGUAGES, Localizer};

    #[test]
    fn shell_errors_and_the_ui_fallback_are_explained_in_every_language() {
        // `app-unexpected` is what ui/src/api/call.ts shows for a rejection that
        // is not `{ code, args }`.
        let codes = [ShellError::Locked.message().code, "app-unexpected"];
        for lang in LANGUAGES {
            let l = Localizer::new(lang, true);
            for code in codes {
                assert!(l.has(&format!("err-{code}")), "{lang} lacks err-{code}");
                assert!(l.has(&format!("rec-{code}")), "{lang} lacks rec-{code}");
            }
        }
    }
}
