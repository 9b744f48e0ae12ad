//! Progress and cancellation of long operations (a scale demo, an import of
//! many bundles, a report or export of a national consultation).
//!
//! An operation reports [`Step`]s to whoever started it and stops at the
//! next step once asked to, with [`Cancelled`]. Operations check between
//! units of work that leave nothing half-done: an import between bundles
//! (each is all-or-nothing), an export or report before anything is
//! written (outputs are written whole or not at all).

use std::sync::atomic::{AtomicBool, Ordering};

use serde::Serialize;

use crate::i18n::{Localized, Message};

/// What a long operation is doing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub enum Stage {
    /// Making demo sessions (unit: sessions).
    Generating,
    /// Importing bundles (unit: files).
    Importing,
    /// Computing the synthesis (unit: sessions).
    Synthesis,
    /// Laying out and printing a report (unit: pages).
    Rendering,
    /// Building an export (unit: records).
    Exporting,
}

/// How far an operation has come: `done` of `total` units of its stage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Step {
    pub stage: Stage,
    pub done: usize,
    pub total: usize,
}

/// The person cancelled the operation; nothing half-done was kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("the operation was cancelled")]
pub struct Cancelled;

impl Localized for Cancelled {
    fn message(&self) -> Message {
        Message::new("cancelled")
    }
}

/// Where a long operation reports to, and whether it should stop.
#[derive(Clone, Copy)]
pub struct Progress<'a> {
    report: Option<&'a (dyn Fn(Step) + Sync)>,
    cancel: Option<&'a AtomicBool>,
}

impl<'a> Progress<'a> {
    /// Nobody watches and nobody can cancel.
    pub const NONE: Progress<'static> = Progress {
        report: None,
        cancel: None,
    };

    /// Steps go to `report`; setting `cancel` stops the operation at its
    /// next step.
    pub fn new(report: &'a (dyn Fn(Step) + Sync), cancel: &'a AtomicBool) -> Self {
        Progress {
            report: Some(report),
            cancel: Some(cancel),
        }
    }

    /// Reports a step; fails once the operation was cancelled.
    pub fn step(&self, stage: Stage, done: usize, total: usize) -> Result<(), Cancelled> {
        self.check()?;
        if let Some(r) = self.report {
            r(Step { stage, done, total });
        }
        Ok(())
    }

    /// Fails once the operation was cancelled.
    pub fn check(&self) -> Result<(), Cancelled> {
        match self.cancel {
            Some(c) if c.load(Ordering::Relaxed) => Err(Cancelled),
            _ => Ok(()),
        }
    }
}

impl std::fmt::Debug for Progress<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Progress")
            .field("cancelled", &self.check().is_err())
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Mutex;

    use super::*;

    #[test]
    fn steps_reach_the_watcher_until_cancelled() {
        let seen = Mutex::new(vec![]);
        let report = |s: Step| seen.lock().unwrap().push(s.done);
        let cancel = AtomicBool::new(false);
        let p = Progress::new(&report, &cancel);
        assert_eq!(p.step(Stage::Importing, 1, 3), Ok(()));
        cancel.store(true, Ordering::Relaxed);
        assert_eq!(p.step(Stage::Importing, 2, 3), Err(Cancelled));
        assert_eq!(*seen.lock().unwrap(), vec![1]);
        assert_eq!(Progress::NONE.step(Stage::Importing, 1, 1), Ok(()));
    }
}
