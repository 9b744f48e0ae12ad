//! `hearken report`: the framework report or a session's "What we heard"
//! summary as PDF, and exports of an engagement's synthesis for
//! spreadsheets (CSV), scripts (JSON) and QDA software (REFI-QDA `.qdpx`).

use std::path::PathBuf;

use clap::{Args as ClapArgs, ValueEnum};
use hearken::{
    i18n::Arg,
    model::Kind,
    progress::{Stage, Step},
    report::{self, framework},
    synthesis::{Records, Synthesis},
};

use crate::{Ctx, synthesis};

/// Report and export formats.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Csv,
    Json,
    Qdpx,
    Pdf,
    /// The framework report as an editable Word document (LibreOffice opens it too).
    Docx,
    /// The progress review of the follow-up (PDF).
    Review,
    /// The one-page community update for a session (PDF, facilitator).
    Update,
}

/// What to write and where.
#[derive(ClapArgs, Debug)]
#[group(id = "report")]
pub struct Args {
    #[arg(long, value_enum)]
    pub format: Format,
    /// The file to write (replaced whole, or left as it was on error).
    #[arg(long)]
    pub out: PathBuf,
    /// With --format pdf: the one-page "What we heard" summary of this
    /// session (id or prefix), in the session's language unless --lang is
    /// given. Without it: the framework report in --lang (default: the
    /// language of messages), which prints only quotes consented for
    /// sharing beyond the coordinator.
    #[arg(long)]
    pub session: Option<String>,
    /// With --format pdf: the framework report as a submission, the
    /// most-supported findings within --max-words words, saying what was
    /// left out.
    #[arg(long, requires = "max_words", conflicts_with = "session")]
    pub submission: bool,
    /// The submission's word budget (every word of the body counts).
    #[arg(long, requires = "submission")]
    pub max_words: Option<u32>,
    #[command(flatten)]
    pub scope: synthesis::Args,
}

pub fn run(ctx: &Ctx, args: Args) -> anyhow::Result<()> {
    // A language that does not exist is refused before anything else.
    let asked = match (&ctx.lang, args.format) {
        (Some(l), Format::Pdf | Format::Docx | Format::Review | Format::Update) => {
            Some(framework::language(l).map_err(hearken::Error::from)?)
        }
        _ => None,
    };
    let max_words = args.max_words.map(framework::budget).transpose()?;
    if args.submission && !matches!(args.format, Format::Pdf | Format::Docx) {
        return Err(crate::CliError::BadArgument {
            arg: "--submission",
            expected: "--format pdf or docx",
        }
        .into());
    }
    if args.format == Format::Docx && args.session.is_some() {
        return Err(crate::CliError::BadArgument {
            arg: "--session",
            expected: "--format pdf",
        }
        .into());
    }
    if matches!(args.format, Format::Review | Format::Update) {
        return follow_up(ctx, &args, asked);
    }
    let mut filters = args.scope.filters()?;
    if matches!(args.format, Format::Pdf | Format::Docx) && args.session.is_none() {
        filters.shared_only = true;
    }
    let vault = ctx.unlock()?;
    let e = synthesis::engagement(&vault, args.scope.engagement.as_deref())?;
    let session = match &args.session {
        Some(t) => Some(vault.resolve(Kind::Session, t)?),
        None => None,
    };
    // A bar on a terminal while the report or export is made (Ctrl+C
    // stops it before anything is written).
    let bar = crate::progress::Bar::new(ctx);
    let stage = |s| {
        bar.draw(Step {
            stage: s,
            done: 0,
            total: 1,
        })
    };
    stage(Stage::Synthesis);
    let s = Synthesis::compute(&vault, e, &filters)?;
    stage(if matches!(args.format, Format::Pdf | Format::Docx) {
        Stage::Rendering
    } else {
        Stage::Exporting
    });
    let done = write(
        ctx, &args, &vault, s, session, asked, max_words, &filters, e,
    );
    bar.finish();
    say!("{}", done?);
    Ok(())
}

/// Makes the report or export from the synthesis and writes it; returns
/// the message saying what was written.
#[allow(clippy::too_many_arguments)]
fn write(
    ctx: &Ctx,
    args: &Args,
    vault: &hearken::vault::Vault,
    s: Synthesis,
    session: Option<hearken::model::RecordId>,
    asked: Option<&str>,
    max_words: Option<usize>,
    filters: &hearken::synthesis::Filters,
    e: hearken::model::RecordId,
) -> anyhow::Result<String> {
    let path = Arg::from(args.out.display().to_string());
    let done = match args.format {
        Format::Pdf | Format::Docx => {
            let lang = asked.unwrap_or(ctx.l10n.lang());
            let doc = match session {
                Some(id) => framework::summary(vault, &s, id, asked)?,
                None => framework::with_editorial(vault, &s, lang, max_words),
            };
            if args.format == Format::Docx {
                let bytes = report::docx::write(&doc).map_err(hearken::Error::from)?;
                hearken::files::write_output(&args.out, &bytes, &ctx.vault_path)
                    .map_err(hearken::Error::from)?;
                ctx.t("report-docx-done", &[("path", path)])
            } else {
                let pages = framework::write(&doc, &args.out, &ctx.vault_path)?;
                match args.max_words {
                    Some(max) => ctx.t(
                        "report-submission-done",
                        &[
                            ("pages", Arg::from(pages)),
                            ("words", Arg::from(framework::words(&doc))),
                            ("max", Arg::from(max)),
                            ("path", path),
                        ],
                    ),
                    None => ctx.t(
                        "report-pdf-done",
                        &[("pages", Arg::from(pages)), ("path", path)],
                    ),
                }
            }
        }
        _ => {
            let mut records = Records::collect(vault, &s, filters.shared_only);
            // Theme labels in the language asked for (codes stay).
            let mut s = s;
            if ctx.lang.is_some() {
                let book = vault.label_book(e, ctx.l10n.lang());
                book.relabel(&mut s, &mut records, &ctx.l10n);
            }
            let bytes = match args.format {
                Format::Csv => {
                    // Quotes, needs and recommendations side by side.
                    report::csv::write(&s, &records)
                        .map_err(hearken::Error::from)?
                        .save(&args.out, &ctx.vault_path)?;
                    None
                }
                Format::Json => Some(report::json::write(&s, &records)),
                _ => Some(report::qdpx::write(&s, &records)),
            };
            if let Some(bytes) = bytes {
                let bytes = bytes.map_err(hearken::Error::from)?;
                hearken::files::write_output(&args.out, &bytes, &ctx.vault_path)
                    .map_err(hearken::Error::from)?;
            }
            ctx.t(
                "report-export-done",
                &[("quotes", Arg::from(records.quotes.len())), ("path", path)],
            )
        }
    };
    Ok(done)
}

/// The progress review (coordinator) or the one-page community update of a
/// session (facilitator).
fn follow_up(ctx: &Ctx, args: &Args, asked: Option<&str>) -> anyhow::Result<()> {
    let vault = ctx.unlock()?;
    let bar = crate::progress::Bar::new(ctx);
    bar.draw(Step {
        stage: Stage::Synthesis,
        done: 0,
        total: 1,
    });
    let doc = if args.format == Format::Review {
        let e = synthesis::engagement(&vault, args.scope.engagement.as_deref())?;
        let (t, s) = vault.published(e, args.scope.codebook.analysis())?;
        let lang = asked.unwrap_or(ctx.l10n.lang());
        let names = vault
            .label_book(e, lang)
            .theme_names(&s, &hearken::i18n::Localizer::report(lang));
        report::review::document(&t, &s.evaluation, lang, &names)
    } else {
        let Some(typed) = &args.session else {
            return Err(crate::CliError::BadArgument {
                arg: "--session",
                expected: "session",
            }
            .into());
        };
        let sid = vault.resolve(Kind::Session, typed)?;
        let session = vault.session(sid)?;
        let u = vault.community_update(session.engagement)?.ok_or(
            hearken::model::validate::RecordError::NotFound {
                kind: Kind::CommunityUpdate,
            },
        )?;
        let lang = match asked {
            Some(l) => l,
            None => session
                .languages
                .first()
                .and_then(|l| framework::language(l).ok())
                .unwrap_or(ctx.l10n.lang()),
        };
        report::update::document(&u, lang)?
    };
    bar.draw(Step {
        stage: Stage::Rendering,
        done: 0,
        total: 1,
    });
    let pages = framework::write(&doc, &args.out, &ctx.vault_path);
    bar.finish();
    let pages = pages?;
    say!(
        "{}",
        ctx.t(
            "report-pdf-done",
            &[
                ("pages", Arg::from(pages)),
                ("path", Arg::from(args.out.display().to_string())),
            ],
        )
    );
    Ok(())
}
