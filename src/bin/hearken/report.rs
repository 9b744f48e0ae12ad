//! `hearken report`: exports of an engagement's synthesis for spreadsheets
//! (CSV), scripts (JSON) and QDA software (REFI-QDA `.qdpx`).

use std::path::PathBuf;

use clap::{Args as ClapArgs, ValueEnum};
use hearken::{
    i18n::Arg,
    report,
    synthesis::{Records, Synthesis},
};

use crate::{Ctx, synthesis};

/// Export formats.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Csv,
    Json,
    Qdpx,
}

/// What to export and where.
#[derive(ClapArgs, Debug)]
pub struct Args {
    #[arg(long, value_enum)]
    pub format: Format,
    /// The file to write (replaced whole, or left as it was on error).
    #[arg(long)]
    pub out: PathBuf,
    /// The engagement (id or prefix; default: the only one in the vault).
    #[arg(long)]
    pub engagement: Option<String>,
    /// Leave out quotes whose consent does not cover sharing beyond the coordinator.
    #[arg(long)]
    pub shared_only: bool,
}

pub fn run(ctx: &Ctx, args: Args) -> anyhow::Result<()> {
    let vault = ctx.unlock()?;
    let e = synthesis::engagement(&vault, args.engagement.as_deref())?;
    let filters = hearken::synthesis::Filters {
        shared_only: args.shared_only,
        ..Default::default()
    };
    let s = Synthesis::compute(&vault, e, &filters)?;
    let records = Records::collect(&vault, &s, args.shared_only);
    let bytes = match args.format {
        Format::Csv => report::csv::write(&s, &records),
        Format::Json => report::json::write(&s, &records),
        Format::Qdpx => report::qdpx::write(&s, &records),
    }
    .map_err(hearken::Error::from)?;
    report::save(&args.out, &bytes).map_err(hearken::Error::from)?;
    say!(
        "{}",
        ctx.t(
            "report-export-done",
            &[
                ("quotes", Arg::from(records.quotes.len())),
                ("path", Arg::from(args.out.display().to_string())),
            ],
        )
    );
    Ok(())
}
