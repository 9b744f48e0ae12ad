//! The `hearken` command line: a thin layer over the library. Each command
//! group lives in its own module; this file parses arguments and turns
//! library errors into one translated sentence and an exit code.

mod redact;

use clap::{Parser, Subcommand};
use hearken::i18n::Localizer;

/// Hearken: community dialogues, consented and anonymized, from the room to the report.
#[derive(Parser, Debug)]
#[command(name = "hearken", version, about)]
pub struct Cli {
    /// Language of messages (en, fr, es, ar, ru; default: the system's).
    #[arg(long, global = true)]
    pub lang: Option<String>,
    /// Print JSON instead of tables.
    #[arg(long, global = true)]
    pub json: bool,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Find and redact identifying details in a quote read on standard input.
    Redact(redact::Args),
}

fn main() {
    let cli = Cli::parse();
    let lang = cli
        .lang
        .clone()
        .unwrap_or_else(|| hearken::i18n::system_language().to_owned());
    let l10n = Localizer::new(&lang, false);
    let result = match cli.command {
        Command::Redact(args) => redact::run(args, cli.json, &l10n),
    };
    if let Err(e) = result {
        let line = if let Some(e) = e.downcast_ref::<hearken::Error>() {
            l10n.error_line(e)
        } else if let Some(e) = e.downcast_ref::<redact::RedactCliError>() {
            l10n.error_line(e)
        } else {
            l10n.error_line(&redact::RedactCliError::Unexpected)
        };
        eprintln!("hearken: {line}");
        std::process::exit(1);
    }
}
