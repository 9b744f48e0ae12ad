//! `hearken need` and `hearken recommendation`, and what every capture
//! command shares: where a text comes from, theme codes, the first-stage
//! checks of quote, need and recommendation values.

use std::path::PathBuf;

use clap::{Args, Subcommand};
use hearken::{
    i18n::Arg,
    model::{Kind, NeedInput, RecommendationInput, RecordId},
    vault::Vault,
};

use crate::{CliError, Command, Ctx, engagement::theme_by_code, output};

/// Where the text comes from: `--text`, `--text-file`, or stdin with `--text -`.
#[derive(Args, Debug)]
pub struct TextArg {
    /// The text (`-` reads it from standard input).
    #[arg(long, conflicts_with = "text_file")]
    text: Option<String>,
    /// Read the text from this file.
    #[arg(long)]
    text_file: Option<PathBuf>,
}

impl TextArg {
    pub(crate) fn read(&self) -> anyhow::Result<Option<String>> {
        match (&self.text, &self.text_file) {
            (Some(t), _) if t == "-" => Ok(Some(
                crate::input::stdin_text(hearken::files::MAX_TEXT_BYTES)?
                    .trim_end()
                    .to_owned(),
            )),
            (Some(t), _) => Ok(Some(t.clone())),
            (None, Some(f)) => Ok(Some(
                crate::input::text(f, hearken::files::MAX_TEXT_BYTES)?
                    .trim_end()
                    .to_owned(),
            )),
            (None, None) => Ok(None),
        }
    }
    pub(crate) fn required(&self) -> anyhow::Result<String> {
        self.read()?.ok_or_else(|| {
            CliError::BadArgument {
                arg: "--text",
                expected: "text",
            }
            .into()
        })
    }
}

#[derive(Subcommand, Debug)]
pub enum NeedCmd {
    /// Document a need.
    Add(CapturedAdd),
    /// List needs.
    List {
        #[arg(long)]
        session: Option<String>,
    },
}

#[derive(Subcommand, Debug)]
pub enum RecommendationCmd {
    /// Record a recommendation.
    Add {
        #[command(flatten)]
        common: CapturedAdd,
        /// Who should act.
        #[arg(long, default_value = "")]
        duty_bearer: String,
        /// A treaty obligation or UPR recommendation (repeatable).
        #[arg(long = "reference")]
        references: Vec<String>,
    },
    /// List recommendations.
    List {
        #[arg(long)]
        session: Option<String>,
    },
    /// Show a recommendation as part of another that says the same (both kept as sources).
    Merge(crate::merge::MergeArgs),
    /// Undo a merge.
    Unmerge(crate::merge::MergeArgs),
    /// Recommendations that likely say the same thing (same language, words
    /// overlapping), each with the earlier one to keep.
    Suggest(crate::merge::SuggestArgs),
    /// Merge every suggested pair at once, all or nothing.
    MergeSuggested(crate::merge::SuggestArgs),
}

#[derive(Args, Debug)]
pub struct CapturedAdd {
    #[arg(long)]
    session: String,
    #[command(flatten)]
    text: TextArg,
    #[arg(long)]
    language: String,
    /// A theme code (repeatable).
    #[arg(long = "theme")]
    themes: Vec<String>,
}

pub(crate) fn themes_of(
    vault: &Vault,
    session: RecordId,
    codes: &[String],
) -> anyhow::Result<Vec<RecordId>> {
    let engagement = vault.session(session)?.engagement;
    codes
        .iter()
        .map(|c| theme_by_code(vault, engagement, c))
        .collect()
}

pub(crate) fn theme_codes(vault: &Vault, ids: &[RecordId]) -> String {
    ids.iter()
        .filter_map(|id| match vault.record(*id) {
            Some(hearken::model::Record::Theme(t)) => Some(t.code.clone()),
            _ => None,
        })
        .collect::<Vec<_>>()
        .join(",")
}

pub(crate) fn session_filter(
    vault: &Vault,
    s: &Option<String>,
) -> anyhow::Result<Option<RecordId>> {
    Ok(s.as_ref()
        .map(|s| vault.resolve(Kind::Session, s))
        .transpose()?)
}

pub(crate) fn done(ctx: &Ctx, id: &str, kind: Kind, rid: RecordId) -> anyhow::Result<()> {
    if ctx.json {
        return output::json(&serde_json::json!({ "id": rid.to_string(), "kind": kind.name() }));
    }
    say!(
        "{}",
        ctx.t(
            id,
            &[
                ("kind", Arg::from(kind.name())),
                ("id", Arg::from(rid.to_string()))
            ]
        )
    );
    Ok(())
}

pub fn need(ctx: &Ctx, cmd: NeedCmd) -> anyhow::Result<()> {
    let mut vault = ctx.unlock()?;
    match cmd {
        NeedCmd::Add(a) => {
            let sid = vault.resolve(Kind::Session, &a.session)?;
            let themes = themes_of(&vault, sid, &a.themes)?;
            let id = vault.add_need(
                sid,
                NeedInput {
                    text: a.text.required()?,
                    language: a.language,
                    themes,
                },
            )?;
            done(ctx, "created", Kind::Need, id)
        }
        NeedCmd::List { session } => {
            let sid = session_filter(&vault, &session)?;
            let needs = vault.needs(sid);
            if ctx.json {
                return output::json(
                    &needs
                        .iter()
                        .map(|(id, n)| output::with_id(id, n))
                        .collect::<Vec<_>>(),
                );
            }
            let headers =
                ["col-id", "col-language", "col-themes", "col-text"].map(|h| ctx.t(h, &[]));
            let rows: Vec<_> = needs
                .iter()
                .map(|(id, n)| {
                    vec![
                        id.short(),
                        n.language.clone(),
                        theme_codes(&vault, &n.themes),
                        n.text.clone(),
                    ]
                })
                .collect();
            output::table(&headers, &rows);
            Ok(())
        }
    }
}

pub fn recommendation(ctx: &Ctx, cmd: RecommendationCmd) -> anyhow::Result<()> {
    let mut vault = ctx.unlock()?;
    match cmd {
        RecommendationCmd::Add {
            common: a,
            duty_bearer,
            references,
        } => {
            let sid = vault.resolve(Kind::Session, &a.session)?;
            let themes = themes_of(&vault, sid, &a.themes)?;
            let input = RecommendationInput {
                text: a.text.required()?,
                language: a.language,
                themes,
                duty_bearer,
                references,
            };
            let id = vault.add_recommendation(sid, input)?;
            done(ctx, "created", Kind::Recommendation, id)
        }
        RecommendationCmd::List { session } => {
            let sid = session_filter(&vault, &session)?;
            let recs = vault.recommendations(sid);
            if ctx.json {
                return output::json(
                    &recs
                        .iter()
                        .map(|(id, r)| output::with_id(id, r))
                        .collect::<Vec<_>>(),
                );
            }
            let headers =
                ["col-id", "col-duty-bearer", "col-themes", "col-text"].map(|h| ctx.t(h, &[]));
            let rows: Vec<_> = recs
                .iter()
                .map(|(id, r)| {
                    vec![
                        id.short(),
                        r.duty_bearer.clone(),
                        theme_codes(&vault, &r.themes),
                        r.text.clone(),
                    ]
                })
                .collect();
            output::table(&headers, &rows);
            Ok(())
        }
        RecommendationCmd::Merge(a) => crate::merge::merge(ctx, &mut vault, a, false),
        RecommendationCmd::Unmerge(a) => crate::merge::merge(ctx, &mut vault, a, true),
        RecommendationCmd::Suggest(a) => crate::merge::suggest(ctx, &mut vault, a, false),
        RecommendationCmd::MergeSuggested(a) => crate::merge::suggest(ctx, &mut vault, a, true),
    }
}

/// The first stage: values checked before the vault is opened or a key
/// derived, so a typo costs nothing and changes nothing.
pub fn check(cmd: &Command) -> anyhow::Result<()> {
    let language = |l: &str| -> anyhow::Result<()> {
        Ok(hearken::model::validate::language(l).map_err(hearken::Error::from)?)
    };
    match cmd {
        Command::Quote(crate::quote::QuoteCmd::Add { language: l, .. }) => language(l),
        Command::Quote(crate::quote::QuoteCmd::Edit {
            language: Some(l), ..
        }) => language(l),
        Command::Need(NeedCmd::Add(a))
        | Command::Recommendation(RecommendationCmd::Add { common: a, .. }) => {
            language(&a.language)
        }
        _ => Ok(()),
    }
}
