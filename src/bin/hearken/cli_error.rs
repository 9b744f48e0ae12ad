//! Errors of the command line itself (files, prompts, argument forms), told
//! through Fluent like the library's.

use hearken::i18n::{Localized, Message};

/// Something the command line could not do.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// A file named on the command line cannot be read.
    #[error("cannot read a file")]
    ReadFile { path: String },
    /// A text file named on the command line is not UTF-8.
    #[error("file is not UTF-8")]
    NotUtf8 { path: String },
    /// Standard input could not be read.
    #[error("cannot read standard input")]
    StdinUnreadable,
    /// Standard input is not UTF-8.
    #[error("standard input is not UTF-8")]
    StdinNotUtf8,
    /// Standard input is longer than a command accepts.
    #[error("input longer than {max} bytes")]
    StdinTooLong { max: usize },
    /// Writing to standard output failed for another reason than a closed pipe.
    #[error("cannot write the result")]
    Output,
    /// A file cannot be written.
    #[error("cannot write a file")]
    WriteFile { path: String },
    /// The two passphrases typed differ.
    #[error("passphrases differ")]
    PassphraseMismatch,
    /// A passphrase is needed but there is no terminal to ask on.
    #[error("no terminal")]
    NoTerminal,
    /// A destructive command was not confirmed.
    #[error("not confirmed")]
    NotConfirmed { what: &'static str },
    /// An argument does not have the expected form.
    #[error("bad argument")]
    BadArgument {
        arg: &'static str,
        expected: &'static str,
    },
    /// A theme code names no theme of the engagement.
    #[error("unknown theme")]
    UnknownTheme { code: String },
    /// Some files of an import were rejected (each is told above).
    #[error("some files rejected")]
    SomeRejected { n: usize, total: usize },
    /// `--lang` names a language Hearken does not ship (at most its first
    /// 16 characters are kept).
    #[error("unknown language")]
    UnknownLanguage { lang: String },
    /// An error with no better description.
    #[error("unexpected error")]
    Unexpected,
}

impl Localized for CliError {
    fn message(&self) -> Message {
        match self {
            CliError::ReadFile { path } => Message::new("cli-read-file").arg("path", path.clone()),
            CliError::NotUtf8 { path } => {
                Message::new("redact-cli-list-not-utf8").arg("path", path.as_str())
            }
            CliError::StdinUnreadable => Message::new("redact-cli-input-unreadable"),
            CliError::StdinNotUtf8 => Message::new("redact-cli-input-not-utf8"),
            CliError::StdinTooLong { max } => {
                Message::new("redact-cli-input-too-long").arg("max", *max)
            }
            CliError::Output => Message::new("redact-cli-output"),
            CliError::WriteFile { path } => {
                Message::new("cli-write-file").arg("path", path.clone())
            }
            CliError::PassphraseMismatch => Message::new("cli-passphrase-mismatch"),
            CliError::NoTerminal => Message::new("cli-no-terminal"),
            CliError::NotConfirmed { what } => Message::new("cli-not-confirmed").arg("what", *what),
            CliError::BadArgument { arg, expected } => Message::new("cli-bad-argument")
                .arg("arg", *arg)
                .arg("expected", *expected),
            CliError::UnknownTheme { code } => {
                Message::new("cli-unknown-theme").arg("code", code.clone())
            }
            CliError::SomeRejected { n, total } => Message::new("cli-some-rejected")
                .arg("n", *n)
                .arg("others", total.saturating_sub(*n)),
            CliError::UnknownLanguage { lang } => {
                Message::new("cli-unknown-language").arg("lang", lang.as_str())
            }
            CliError::Unexpected => Message::new("cli-unexpected"),
        }
    }
}
