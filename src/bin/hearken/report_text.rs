//! `hearken report-text`: the parts of the framework report only a person
//! can write (executive summary, context, limitations, acknowledgements,
//! cover), per engagement and language, from plain-text files in the
//! markup of `docs/report-texts.md`.

use std::path::PathBuf;

use clap::{Subcommand, ValueEnum};
use hearken::{
    i18n::Arg,
    model::ReportPart,
    report::{editorial::TextSet, framework},
};

use crate::{CliError, Ctx, output, synthesis::engagement};

/// The parts, as typed.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Summary,
    Context,
    Limitations,
    Acknowledgements,
    Cover,
}

impl Part {
    fn part(self) -> ReportPart {
        match self {
            Part::Summary => ReportPart::Summary,
            Part::Context => ReportPart::Context,
            Part::Limitations => ReportPart::Limitations,
            Part::Acknowledgements => ReportPart::Acknowledgements,
            Part::Cover => ReportPart::Cover,
        }
    }
}

#[derive(Subcommand, Debug)]
pub enum ReportTextCmd {
    /// Keep FILE (or standard input, `-`) as one part of the report in
    /// --lang; an empty file removes the part.
    Set {
        #[arg(long)]
        engagement: Option<String>,
        #[arg(long, value_enum)]
        part: Part,
        file: PathBuf,
    },
    /// The parts written, in every language or in --lang.
    Show {
        #[arg(long)]
        engagement: Option<String>,
        /// Print the texts themselves.
        #[arg(long)]
        full: bool,
    },
}

pub fn report_text(ctx: &Ctx, cmd: ReportTextCmd) -> anyhow::Result<()> {
    match cmd {
        ReportTextCmd::Set {
            engagement: e,
            part,
            file,
        } => {
            // The text's language must be said, and be one reports ship in.
            let Some(typed) = &ctx.lang else {
                return Err(CliError::BadArgument {
                    arg: "--lang",
                    expected: "en, fr, es, ar, ru",
                }
                .into());
            };
            let lang = framework::language(typed).map_err(hearken::Error::from)?;
            let text = if file.as_os_str() == "-" {
                crate::input::stdin_text(hearken::files::MAX_TEXT_BYTES)?
            } else {
                crate::input::read_text(&file)?
            };
            // Checked before the passphrase is asked for.
            hearken::report::editorial::check(part.part(), &text)?;
            let mut vault = ctx.unlock()?;
            let eid = engagement(&vault, e.as_deref())?;
            let done = vault.set_report_text(eid, lang, part.part(), &text)?;
            if ctx.json {
                return output::json(&serde_json::json!({
                    "part": part.part(),
                    "language": lang,
                    "result": done,
                }));
            }
            let id = match done {
                TextSet::Saved => "report-text-saved",
                TextSet::Removed => "report-text-removed",
                TextSet::Unchanged => "report-text-unchanged",
            };
            say!(
                "{}",
                ctx.t(
                    id,
                    &[
                        ("part", Arg::from(part.part().name())),
                        ("lang", Arg::from(lang)),
                        (
                            "words",
                            Arg::from(hearken::report::editorial::words(part.part(), &text))
                        ),
                    ]
                )
            );
            Ok(())
        }
        ReportTextCmd::Show {
            engagement: e,
            full,
        } => {
            let vault = ctx.unlock()?;
            let eid = engagement(&vault, e.as_deref())?;
            let lang = ctx
                .lang
                .as_deref()
                .map(framework::language)
                .transpose()
                .map_err(hearken::Error::from)?;
            let views = vault.report_text_views(eid, lang);
            if ctx.json {
                return output::json(&views);
            }
            if views.is_empty() {
                say!("{}", ctx.t("report-text-none", &[]));
                return Ok(());
            }
            if full {
                for v in &views {
                    say!("== {} · {} ==\n{}\n", v.language, v.part.name(), v.text);
                }
                return Ok(());
            }
            let headers = ["col-language", "col-part", "col-words"].map(|h| ctx.t(h, &[]));
            let rows: Vec<Vec<String>> = views
                .iter()
                .map(|v| {
                    vec![
                        v.language.clone(),
                        v.part.name().to_owned(),
                        v.words.to_string(),
                    ]
                })
                .collect();
            output::table(&headers, &rows);
            Ok(())
        }
    }
}
