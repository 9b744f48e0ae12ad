//! `hearken redact`: finds identifying details in a quote read on standard
//! input and prints them with the redacted text, either as one JSON object
//! (the global `--json`) or as a listing in the `--lang` language, which is
//! also the language of the placeholders. The name and place lists come from
//! files, one entry per line.

use std::path::{Path, PathBuf};

use hearken::i18n::{Arg, Localizer};

use crate::CliError;
use hearken::redact::{Finding, Placeholders, Scanner, apply};
use serde::Serialize;

/// The longest input accepted on standard input: far more than any quote.
const MAX_INPUT: usize = 1 << 20;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// File with the session's names, one per line.
    #[arg(long, value_name = "FILE")]
    names: Option<PathBuf>,
    /// File with the kit's places, one per line.
    #[arg(long, value_name = "FILE")]
    places: Option<PathBuf>,
}

fn read_list(path: Option<&Path>) -> anyhow::Result<Vec<String>> {
    let Some(path) = path else {
        return Ok(Vec::new());
    };
    let text = crate::input::text(path, hearken::files::MAX_TEXT_BYTES)?;
    Ok(text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect())
}

fn read_input() -> Result<String, CliError> {
    crate::input::stdin_text(MAX_INPUT as u64)
}

#[derive(Serialize)]
struct JsonReport<'a> {
    findings: &'a [Finding],
    redacted: &'a str,
}

/// Writes the lines on stdout; a closed pipe (`hearken redact | head`) is
/// not an error.
fn emit(lines: &[String]) -> Result<(), CliError> {
    use std::io::Write as _;
    let mut out = std::io::stdout().lock();
    for line in lines {
        match writeln!(out, "{line}") {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => return Ok(()),
            Err(_) => return Err(CliError::Output),
        }
    }
    Ok(())
}

/// Runs the command; `l10n` is in the quote's language (placeholders and
/// listing alike), `json` is the global `--json`.
pub fn run(args: Args, json: bool, l10n: &Localizer) -> anyhow::Result<()> {
    let names = read_list(args.names.as_deref())?;
    let places = read_list(args.places.as_deref())?;
    let input = read_input()?;
    let scanner = Scanner::new(&names, &places).map_err(hearken::Error::from)?;
    let findings = scanner.scan(&input);
    let placeholders = Placeholders::new(l10n);
    let redacted = apply(&input, &findings, &placeholders).map_err(hearken::Error::from)?;
    if json {
        let report = JsonReport {
            findings: &findings,
            redacted: &redacted.text,
        };
        emit(&[serde_json::to_string(&report)?])?;
        return Ok(());
    }
    let mut lines = Vec::with_capacity(findings.len() + 3);
    if findings.is_empty() {
        lines.push(l10n.text("redact-cli-none"));
    } else {
        lines.push(l10n.format("redact-cli-found", &[("count", Arg::from(findings.len()))]));
        for f in &findings {
            let kind = l10n.text(&format!(
                "redact-kind-{}",
                f.kind.as_str().replace('_', "-")
            ));
            let line = l10n.format(
                "redact-cli-finding",
                &[
                    ("kind", Arg::from(kind)),
                    ("start", Arg::from(f.start + 1)),
                    ("end", Arg::from(f.end)),
                ],
            );
            lines.push(format!("  {line}"));
        }
    }
    lines.push(l10n.text("redact-cli-redacted"));
    lines.push(redacted.text.trim_end_matches('\n').to_owned());
    emit(&lines)?;
    Ok(())
}
