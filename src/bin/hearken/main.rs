//! The `hearken` command line: a thin layer over the library. Each command
//! group lives in its own module; this file parses arguments and turns
//! library errors into one translated sentence and an exit code
//! (2 for a wrong passphrase or recovery key, 1 for anything else).

/// Prints a line on stdout; a closed pipe (`hearken ... | head`) ends the
/// program quietly instead of panicking.
macro_rules! say {
    ($($t:tt)*) => {{
        use std::io::Write as _;
        if writeln!(std::io::stdout(), $($t)*).is_err() {
            std::process::exit(0);
        }
    }};
}

mod capture;
mod cli_error;
mod consent;
mod engagement;
mod evaluation;
mod exchange;
mod import;
mod input;
mod labels;
mod merge;
mod output;
mod progress;
mod qda;
mod quote;
mod redact;
mod report;
mod report_text;
mod secret;
mod session;
mod synthesis;
mod tracking;
mod update;
mod vault_cmd;

use std::path::PathBuf;

use clap::{Parser, Subcommand};
use hearken::i18n::{Localized, Localizer};

pub use cli_error::CliError;

/// Hearken: community dialogues, consented and anonymized, from the room to the report.
#[derive(Parser, Debug)]
#[command(name = "hearken", version, about)]
pub struct Cli {
    /// The vault file (default: $HEARKEN_DATA_DIR/vault.hearken or the OS data directory).
    #[arg(long, global = true, env = "HEARKEN_VAULT")]
    pub vault: Option<PathBuf>,
    /// Read the passphrase from this file instead of asking.
    #[arg(long, global = true, env = "HEARKEN_PASSPHRASE_FILE")]
    pub passphrase_file: Option<PathBuf>,
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
    /// Create a new vault.
    Init(vault_cmd::InitArgs),
    /// Change the vault's passphrase.
    #[command(subcommand)]
    Passphrase(vault_cmd::PassphraseCmd),
    /// Open the vault with the recovery key and set a new passphrase.
    Recover(vault_cmd::RecoverArgs),
    /// Show the vault's path, format, key-derivation settings and record counts.
    Info,
    /// Destroy the vault: erase its keys, then delete its files.
    Wipe(vault_cmd::WipeArgs),
    /// Engagements: what communities are asked about.
    #[command(subcommand)]
    Engagement(engagement::EngagementCmd),
    /// The codebook of themes.
    #[command(subcommand)]
    Theme(engagement::ThemeCmd),
    /// Sessions (community dialogues).
    #[command(subcommand)]
    Session(session::SessionCmd),
    /// Participants, by pseudonymous code.
    #[command(subcommand)]
    Participant(session::ParticipantCmd),
    /// Give or withdraw consent.
    #[command(subcommand)]
    Consent(consent::ConsentCmd),
    /// Quotes.
    #[command(subcommand)]
    Quote(quote::QuoteCmd),
    /// Documented needs.
    #[command(subcommand)]
    Need(capture::NeedCmd),
    /// Recommendations.
    #[command(subcommand)]
    Recommendation(capture::RecommendationCmd),
    /// Fill the vault with a realistic multilingual demo engagement.
    Demo(vault_cmd::DemoArgs),
    /// Find and redact identifying details in a quote read on standard input.
    Redact(redact::Args),
    /// This vault's keys: key id, public key, age recipient, fingerprint.
    Identity {
        #[command(subcommand)]
        cmd: Option<exchange::IdentityCmd>,
    },
    /// Engagement kits: create (coordinator) or import (facilitator).
    #[command(subcommand)]
    Kit(exchange::KitCmd),
    /// Export sessions as a signed, encrypted bundle for the coordinator.
    Export(exchange::ExportArgs),
    /// Import bundles from facilitators.
    Import(import::ImportArgs),
    /// Facilitator devices: list, approve, revoke.
    #[command(subcommand)]
    Roster(import::RosterCmd),
    /// What the vault says about an engagement: reach, coverage, gaps, themes.
    Synthesis(synthesis::Args),
    /// The framework report or a session summary (PDF); CSV, JSON or REFI-QDA exports.
    Report(report::Args),
    /// The engagement's labels in its other languages: themes, regions, groups.
    #[command(subcommand)]
    Labels(labels::LabelsCmd),
    /// The framework report's texts only a person can write: summary, context, limitations, acknowledgements, cover.
    #[command(subcommand)]
    ReportText(report_text::ReportTextCmd),
    /// Follow up recommendations: official ones, links, state history.
    #[command(subcommand)]
    Tracking(tracking::TrackingCmd),
    /// The public accountability dashboard: a folder of static pages.
    Dashboard(tracking::DashboardArgs),
    /// Community updates: what happened with the communities' input.
    #[command(subcommand)]
    Update(update::UpdateCmd),
    /// The participants' anonymous evaluation of a session.
    #[command(subcommand)]
    Evaluation(evaluation::EvaluationCmd),
    /// The round trip with QDA tools: import a coded REFI-QDA project.
    #[command(subcommand)]
    Qda(qda::QdaCmd),
}

/// Everything a command needs besides its own arguments.
pub struct Ctx {
    pub vault_path: PathBuf,
    pub passphrase_file: Option<PathBuf>,
    pub json: bool,
    /// The language asked for with --lang, as typed (reports check it).
    pub lang: Option<String>,
    pub l10n: Localizer,
}

impl Ctx {
    /// Unlocks the vault with the passphrase from the file or the prompt.
    pub fn unlock(&self) -> anyhow::Result<hearken::vault::Vault> {
        let pass = secret::passphrase(self, "prompt-passphrase", false)?;
        Ok(hearken::vault::Vault::unlock(&self.vault_path, &pass).map_err(hearken::Error::from)?)
    }
    /// A translated message.
    pub fn t(&self, id: &str, args: &[(&str, hearken::i18n::Arg)]) -> String {
        self.l10n.format(id, args)
    }
}

fn run(cli: Cli, ctx: &Ctx) -> anyhow::Result<()> {
    // First stage: every typed value checked before a passphrase is asked
    // for or a key derived.
    engagement::check(&cli.command)?;
    session::check(&cli.command)?;
    consent::check(&cli.command)?;
    capture::check(&cli.command)?;
    exchange::check(ctx, &cli.command)?;
    tracking::check(&cli.command)?;
    evaluation::check(&cli.command)?;
    if let Command::Report(a) = &cli.command {
        hearken::files::check_output(&a.out, &ctx.vault_path).map_err(hearken::Error::from)?;
    }
    match cli.command {
        Command::Init(a) => vault_cmd::init(ctx, a),
        Command::Passphrase(c) => vault_cmd::passphrase(ctx, c),
        Command::Recover(a) => vault_cmd::recover(ctx, a),
        Command::Info => vault_cmd::info(ctx),
        Command::Wipe(a) => vault_cmd::wipe(ctx, a),
        Command::Engagement(c) => engagement::engagement(ctx, c),
        Command::Theme(c) => engagement::theme(ctx, c),
        Command::Session(c) => session::session(ctx, c),
        Command::Participant(c) => session::participant(ctx, c),
        Command::Consent(c) => consent::consent(ctx, c),
        Command::Quote(c) => quote::quote(ctx, c),
        Command::Need(c) => capture::need(ctx, c),
        Command::Recommendation(c) => capture::recommendation(ctx, c),
        Command::Demo(a) => vault_cmd::demo(ctx, a),
        Command::Redact(a) => redact::run(a, ctx.json, &ctx.l10n),
        Command::Identity { cmd } => exchange::identity(ctx, cmd),
        Command::Kit(c) => exchange::kit(ctx, c),
        Command::Export(a) => exchange::export(ctx, a),
        Command::Import(a) => import::import(ctx, a),
        Command::Roster(c) => import::roster(ctx, c),
        Command::Synthesis(a) => synthesis::run(ctx, a),
        Command::Report(a) => report::run(ctx, a),
        Command::ReportText(c) => report_text::report_text(ctx, c),
        Command::Labels(c) => labels::labels(ctx, c),
        Command::Tracking(c) => tracking::tracking(ctx, c),
        Command::Dashboard(a) => tracking::dashboard(ctx, a),
        Command::Update(c) => update::update(ctx, c),
        Command::Qda(c) => qda::qda(ctx, c),
        Command::Evaluation(c) => evaluation::evaluation(ctx, c),
    }
}

fn main() {
    let cli = Cli::parse();
    let lang = hearken::i18n::negotiate(&[
        cli.lang.as_deref().unwrap_or(""),
        hearken::i18n::system_language(),
    ]);
    let ctx = Ctx {
        vault_path: cli
            .vault
            .clone()
            .unwrap_or_else(hearken::vault::default_path),
        passphrase_file: cli.passphrase_file.clone(),
        json: cli.json,
        lang: cli.lang.clone(),
        l10n: Localizer::new(lang, false),
    };
    // A --lang Hearken does not ship is refused before anything else (in
    // the system's language), never silently replaced by English. `report`
    // refuses it itself, as the report's language.
    let checked = match cli.lang.as_deref() {
        Some(l)
            if !matches!(cli.command, Command::Report(_))
                && hearken::report::framework::language(l).is_err() =>
        {
            Err(anyhow::Error::from(CliError::UnknownLanguage {
                lang: l.chars().take(16).collect(),
            }))
        }
        _ => Ok(()),
    };
    if let Err(e) = checked.and_then(|()| run(cli, &ctx)) {
        let (message, code): (hearken::i18n::Message, i32) =
            if let Some(e) = e.downcast_ref::<hearken::Error>() {
                (e.message(), if e.is_wrong_secret() { 2 } else { 1 })
            } else if let Some(e) = e.downcast_ref::<CliError>() {
                (e.message(), 1)
            } else {
                (CliError::Unexpected.message(), 1)
            };
        if ctx.json {
            // Scripts get the error as data: its code, the sentences and
            // the arguments (which never hold participant text or secrets).
            let (error, advice) = ctx.l10n.explain(&message);
            let json = serde_json::json!({
                "error": {
                    "code": message.code,
                    "message": error,
                    "advice": advice,
                    "args": message.args,
                }
            });
            eprintln!("{json}");
        } else {
            eprintln!("hearken: {}", ctx.l10n.error_line(&ErrorMessage(message)));
        }
        std::process::exit(code);
    }
}

/// A message already made, to print like any error.
struct ErrorMessage(hearken::i18n::Message);

impl hearken::i18n::Localized for ErrorMessage {
    fn message(&self) -> hearken::i18n::Message {
        self.0.clone()
    }
}
