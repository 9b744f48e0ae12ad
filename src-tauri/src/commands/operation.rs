//! Long operations (an import of many bundles, a report or export of a
//! national consultation): their progress reaches the UI through a
//! [`Channel`] of the core's [`Step`]s, and the window's Cancel button stops
//! them at the core's next step. The vault's lock already lets only one run
//! at a time, so one cancel flag serves them all.
//!
//! What it guarantees: a cancelled import keeps only the bundles it
//! finished, each whole; a cancelled report or export writes nothing.

use std::sync::atomic::{AtomicBool, Ordering};

use hearken::progress::{Progress, Step};
use tauri::{State, ipc::Channel};

/// The cancel flag of the running operation.
#[derive(Default)]
pub struct Operation {
    cancel: AtomicBool,
}

impl Operation {
    /// Runs `f` with a [`Progress`] that sends each step to `channel` and
    /// stops once the person cancels. A closed window is no reason to stop:
    /// send errors are ignored.
    pub fn run<T>(&self, channel: &Channel<Step>, f: impl FnOnce(&Progress) -> T) -> T {
        self.cancel.store(false, Ordering::Relaxed);
        let send = |s: Step| {
            let _ = channel.send(s);
        };
        f(&Progress::new(&send, &self.cancel))
    }
}

/// Asks the running operation to stop at its next step.
#[tauri::command]
pub fn operation_cancel(operation: State<'_, Operation>) {
    operation.cancel.store(true, Ordering::Relaxed);
}
