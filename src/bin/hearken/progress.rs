//! A progress bar on standard error for long operations: shown on a
//! terminal, silent when output is piped or `--json` is given. Ctrl+C
//! stops the program; what it was doing is written whole or not at all
//! (an import keeps the bundles it finished, each complete).

use std::{
    io::{IsTerminal, Write},
    sync::Mutex,
};

use hearken::progress::{Stage, Step};

use crate::Ctx;

pub struct Bar<'a> {
    ctx: &'a Ctx,
    shown: bool,
    /// The last line drawn, so a step that changes nothing draws nothing.
    last: Mutex<Option<(Stage, usize)>>,
}

const WIDTH: usize = 30;

impl<'a> Bar<'a> {
    pub fn new(ctx: &'a Ctx) -> Self {
        Bar {
            ctx,
            shown: !ctx.json && std::io::stderr().is_terminal(),
            last: Mutex::new(None),
        }
    }

    /// Draws a step (at most once per percent).
    pub fn draw(&self, s: Step) {
        if !self.shown || s.total == 0 {
            return;
        }
        let percent = (s.done.min(s.total) * 100) / s.total;
        let mut last = self.last.lock().unwrap_or_else(|p| p.into_inner());
        if *last == Some((s.stage, percent)) {
            return;
        }
        *last = Some((s.stage, percent));
        let filled = percent * WIDTH / 100;
        let name = self.ctx.t(stage_message(s.stage), &[]);
        let mut err = std::io::stderr().lock();
        let _ = write!(
            err,
            "\r\x1b[K{name} [{}{}] {}/{}",
            "#".repeat(filled),
            " ".repeat(WIDTH - filled),
            s.done,
            s.total
        );
        let _ = err.flush();
    }

    /// Ends the bar's line.
    pub fn finish(&self) {
        let last = self.last.lock().unwrap_or_else(|p| p.into_inner());
        if self.shown && last.is_some() {
            eprintln!();
        }
    }
}

fn stage_message(stage: Stage) -> &'static str {
    match stage {
        Stage::Generating => "stage-generating",
        Stage::Importing => "stage-importing",
        Stage::Synthesis => "stage-synthesis",
        Stage::Rendering => "stage-rendering",
        Stage::Exporting => "stage-exporting",
    }
}
