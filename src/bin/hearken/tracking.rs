//! `hearken tracking` and `hearken dashboard`: the coordinator's follow-up
//! of recommendations (docs/tracking.md). Official recommendations come in
//! from CSV or JSON, community recommendations are linked to them, each
//! state change is a new history entry; open data and the public dashboard
//! come out.

use std::path::PathBuf;

use clap::{Args, Subcommand, ValueEnum};
use hearken::{
    coordinator::{
        officials,
        tracking::{TrackInput, Tracked, TrackingError, TrackingFilter},
    },
    i18n::Arg,
    model::{Kind, LinkTarget, Mechanism, TrackState, TrackedKind},
    report::review::Labels,
};

use crate::{CliError, Command, Ctx, output, synthesis::engagement};

#[derive(Subcommand, Debug)]
pub enum TrackingCmd {
    /// Import official recommendations (UPR, treaty bodies) from CSV or JSON.
    Import {
        file: PathBuf,
        #[arg(long)]
        engagement: Option<String>,
        /// Replace the fields of known identifiers that changed (the old
        /// text is kept as a correction).
        #[arg(long)]
        replace_changed: bool,
    },
    /// List tracked recommendations, with filters.
    List(ListArgs),
    /// Link a community recommendation to an official one or an article.
    Link(LinkArgs),
    /// Remove a link.
    Unlink(LinkArgs),
    /// Official recommendations a community recommendation may support.
    Suggest {
        recommendation: String,
        #[arg(long)]
        engagement: Option<String>,
    },
    /// Record a state change (a new history entry; nothing is edited).
    Update(UpdateArgs),
    /// The history of one recommendation.
    History {
        id: String,
        #[arg(long)]
        engagement: Option<String>,
    },
    /// What is due for review.
    Due {
        #[arg(long)]
        engagement: Option<String>,
    },
    /// Open data: the follow-up as CSV or JSON.
    Export {
        #[arg(long, value_enum)]
        format: DataFormat,
        #[arg(long)]
        out: PathBuf,
        #[arg(long)]
        engagement: Option<String>,
    },
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum DataFormat {
    Csv,
    Json,
}

#[derive(Args, Debug)]
pub struct ListArgs {
    #[arg(long)]
    pub engagement: Option<String>,
    /// `upr` or `treaty`.
    #[arg(long)]
    pub mechanism: Option<String>,
    /// `official` or `community`.
    #[arg(long)]
    pub kind: Option<String>,
    #[arg(long)]
    pub body: Option<String>,
    #[arg(long)]
    pub state: Option<String>,
    /// A theme code.
    #[arg(long)]
    pub theme: Option<String>,
    #[arg(long)]
    pub article: Option<String>,
}

#[derive(Args, Debug)]
pub struct LinkArgs {
    /// The community recommendation (id or prefix).
    pub recommendation: String,
    /// The official recommendation's identifier (`158.12`) or record id.
    #[arg(required_unless_present = "article")]
    pub official: Option<String>,
    /// A treaty article instead (`CEDAW art. 14`).
    #[arg(long, conflicts_with = "official")]
    pub article: Option<String>,
    #[arg(long)]
    pub engagement: Option<String>,
}

#[derive(Args, Debug)]
pub struct UpdateArgs {
    /// The official recommendation's identifier, or a record id (prefix).
    pub id: String,
    #[arg(long)]
    pub state: String,
    /// YYYY-MM-DD, not after today.
    #[arg(long)]
    pub date: String,
    #[arg(long)]
    pub evidence: String,
    /// The document or link the evidence comes from.
    #[arg(long, default_value = "")]
    pub source: String,
    /// The responsible body from now on.
    #[arg(long, default_value = "")]
    pub body: String,
    /// YYYY-MM-DD: when to look at it again.
    #[arg(long)]
    pub next_review: Option<String>,
    #[arg(long)]
    pub engagement: Option<String>,
}

/// Where the dashboard goes.
#[derive(Args, Debug)]
pub struct DashboardArgs {
    /// The folder to write (created, or replaced if it holds an earlier
    /// dashboard; any other folder is refused).
    #[arg(long)]
    pub out: PathBuf,
    #[arg(long)]
    pub engagement: Option<String>,
    /// Which codebook the themes heard come from.
    #[arg(long, value_enum, default_value_t)]
    pub codebook: crate::synthesis::CodebookArg,
}

fn state(typed: &str) -> Result<TrackState, TrackingError> {
    TrackState::parse(typed).ok_or_else(|| TrackingError::UnknownState {
        state: typed.chars().take(32).collect(),
    })
}

/// First-stage checks, before the vault is unlocked.
pub fn check(cmd: &Command) -> anyhow::Result<()> {
    match cmd {
        Command::Tracking(TrackingCmd::Update(a)) => {
            state(&a.state).map_err(hearken::Error::from)?;
        }
        Command::Tracking(TrackingCmd::List(a)) => {
            if let Some(s) = &a.state {
                state(s).map_err(hearken::Error::from)?;
            }
            if let Some(m) = &a.mechanism
                && Mechanism::parse(m).is_none()
            {
                return Err(CliError::BadArgument {
                    arg: "--mechanism",
                    expected: "upr|treaty",
                }
                .into());
            }
            if let Some(k) = &a.kind
                && !matches!(k.as_str(), "official" | "community")
            {
                return Err(CliError::BadArgument {
                    arg: "--kind",
                    expected: "official|community",
                }
                .into());
            }
        }
        _ => {}
    }
    Ok(())
}

fn row(l: &Labels, t: &Tracked) -> Vec<String> {
    vec![
        t.code.clone(),
        l.mechanism(t),
        l.state(t.state),
        t.since.clone().unwrap_or_default(),
        t.body.clone(),
        t.text.clone(),
    ]
}

fn print(ctx: &Ctx, items: &[&Tracked]) {
    let l = Labels(&ctx.l10n);
    let headers = [
        "tracking-col-id",
        "tracking-col-mechanism",
        "tracking-col-state",
        "tracking-col-since",
        "tracking-col-body",
        "tracking-col-text",
    ]
    .map(|h| ctx.t(h, &[]));
    let rows: Vec<Vec<String>> = items.iter().map(|t| row(&l, t)).collect();
    output::table(&headers, &rows);
}

pub fn tracking(ctx: &Ctx, cmd: TrackingCmd) -> anyhow::Result<()> {
    match cmd {
        TrackingCmd::Import {
            file,
            engagement: e,
            replace_changed,
        } => {
            // The file is read and checked whole before the vault opens.
            let bytes = crate::input::bytes(&file, officials::MAX_FILE_BYTES)?;
            let rows = officials::parse(&bytes).map_err(hearken::Error::from)?;
            let mut vault = ctx.unlock()?;
            let eid = engagement(&vault, e.as_deref())?;
            let done = vault.import_officials(eid, rows, replace_changed)?;
            if ctx.json {
                return output::json(&done);
            }
            say!(
                "{}",
                ctx.t(
                    "tracking-imported",
                    &[
                        ("added", Arg::from(done.added)),
                        ("unchanged", Arg::from(done.unchanged)),
                    ]
                )
            );
            if !done.changed.is_empty() {
                let id = if done.replaced {
                    "tracking-replaced"
                } else {
                    "tracking-changed"
                };
                eprintln!(
                    "{}",
                    ctx.t(
                        id,
                        &[
                            ("n", Arg::from(done.changed.len())),
                            ("ids", Arg::from(done.changed.join(", "))),
                        ]
                    )
                );
            }
            Ok(())
        }
        TrackingCmd::List(a) => {
            let vault = ctx.unlock()?;
            let eid = engagement(&vault, a.engagement.as_deref())?;
            let t = vault.tracking(eid)?;
            let filter = TrackingFilter {
                mechanism: a.mechanism.as_deref().and_then(Mechanism::parse),
                kind: match a.kind.as_deref() {
                    Some("community") => Some(TrackedKind::Community),
                    Some(_) => Some(TrackedKind::Official),
                    None => None,
                },
                body: a.body,
                state: a.state.as_deref().map(state).transpose()?,
                theme: a.theme,
                article: a.article,
                due: false,
            };
            let items = t.filter(&filter);
            if ctx.json {
                return output::json(&items);
            }
            print(ctx, &items);
            Ok(())
        }
        TrackingCmd::Link(a) => link(ctx, a, false),
        TrackingCmd::Unlink(a) => link(ctx, a, true),
        TrackingCmd::Suggest {
            recommendation,
            engagement: e,
        } => {
            let vault = ctx.unlock()?;
            let eid = engagement(&vault, e.as_deref())?;
            let rid = vault.resolve(Kind::Recommendation, &recommendation)?;
            let t = vault.tracking(eid)?;
            let items: Vec<&Tracked> = vault
                .link_suggestions(rid)?
                .into_iter()
                .filter_map(|id| t.get(id))
                .collect();
            if ctx.json {
                return output::json(&items);
            }
            print(ctx, &items);
            Ok(())
        }
        TrackingCmd::Update(a) => {
            let mut vault = ctx.unlock()?;
            let eid = engagement(&vault, a.engagement.as_deref())?;
            let target = vault.tracked_id(eid, &a.id)?;
            let id = vault.track(
                target,
                TrackInput {
                    date: a.date,
                    state: Some(state(&a.state)?),
                    evidence: a.evidence,
                    source: a.source,
                    body: a.body,
                    next_review: a.next_review,
                },
            )?;
            output::created(ctx, Kind::TrackEntry, id)
        }
        TrackingCmd::History { id, engagement: e } => {
            let vault = ctx.unlock()?;
            let eid = engagement(&vault, e.as_deref())?;
            let target = vault.tracked_id(eid, &id)?;
            let t = vault.tracking(eid)?;
            let item = t.get(target).ok_or(TrackingError::NotTracked)?;
            if ctx.json {
                return output::json(item);
            }
            let l = Labels(&ctx.l10n);
            say!("{} — {}", item.code, l.mechanism(item));
            say!("{}", item.text);
            let headers = [
                "tracking-col-date",
                "tracking-col-state",
                "tracking-col-evidence",
                "tracking-col-source",
                "tracking-col-body",
                "tracking-col-by",
            ]
            .map(|h| ctx.t(h, &[]));
            let rows: Vec<Vec<String>> = item
                .history
                .iter()
                .map(|e| {
                    vec![
                        e.date.clone(),
                        l.state(e.state),
                        e.evidence.clone(),
                        e.source.clone(),
                        e.body.clone(),
                        e.recorded_by.clone(),
                    ]
                })
                .collect();
            output::table(&headers, &rows);
            Ok(())
        }
        TrackingCmd::Due { engagement: e } => {
            let vault = ctx.unlock()?;
            let eid = engagement(&vault, e.as_deref())?;
            let t = vault.tracking(eid)?;
            let items = t.filter(&TrackingFilter {
                due: true,
                ..Default::default()
            });
            if ctx.json {
                return output::json(&items);
            }
            if items.is_empty() {
                say!("{}", ctx.t("tracking-none-due", &[]));
                return Ok(());
            }
            print(ctx, &items);
            Ok(())
        }
        TrackingCmd::Export {
            format,
            out,
            engagement: e,
        } => {
            hearken::files::check_output(&out, &ctx.vault_path).map_err(hearken::Error::from)?;
            let vault = ctx.unlock()?;
            let eid = engagement(&vault, e.as_deref())?;
            let t = vault.tracking(eid)?;
            let bytes = match format {
                DataFormat::Csv => hearken::report::open_data::csv(&t),
                DataFormat::Json => hearken::report::open_data::json(&t),
            }
            .map_err(hearken::Error::from)?;
            hearken::files::write_output(&out, &bytes, &ctx.vault_path)
                .map_err(hearken::Error::from)?;
            say!(
                "{}",
                ctx.t(
                    "tracking-exported",
                    &[("path", Arg::from(out.display().to_string()))]
                )
            );
            Ok(())
        }
    }
}

fn link(ctx: &Ctx, a: LinkArgs, undo: bool) -> anyhow::Result<()> {
    let mut vault = ctx.unlock()?;
    let eid = engagement(&vault, a.engagement.as_deref())?;
    let rid = vault.resolve(Kind::Recommendation, &a.recommendation)?;
    let target = match (&a.official, &a.article) {
        (_, Some(article)) => LinkTarget::Article(article.clone()),
        (Some(o), None) => LinkTarget::Official(vault.official(eid, o)?),
        (None, None) => {
            return Err(CliError::BadArgument {
                arg: "OFFICIAL_ID",
                expected: "identifier",
            }
            .into());
        }
    };
    if undo {
        vault.unlink_recommendation(rid, &target)?;
    } else {
        vault.link_recommendation(rid, target)?;
    }
    if ctx.json {
        return output::json(&serde_json::json!({
            "recommendation": rid.to_string(),
            "official": a.official,
            "article": a.article,
            "linked": !undo,
        }));
    }
    let id = if undo {
        "tracking-unlinked"
    } else {
        "tracking-linked"
    };
    say!(
        "{}",
        ctx.t(
            id,
            &[(
                "target",
                Arg::from(a.official.or(a.article).unwrap_or_default())
            )]
        )
    );
    Ok(())
}

/// `hearken dashboard --out DIR`.
pub fn dashboard(ctx: &Ctx, a: DashboardArgs) -> anyhow::Result<()> {
    let vault = ctx.unlock()?;
    let eid = engagement(&vault, a.engagement.as_deref())?;
    let (t, s) = vault.published(eid, a.codebook.analysis())?;
    let files = hearken::report::dashboard::build(&t, &s);
    hearken::files::write_folder(
        &a.out,
        &files,
        &ctx.vault_path,
        hearken::report::dashboard::is_dashboard,
    )
    .map_err(hearken::Error::from)?;
    if ctx.json {
        return output::json(&serde_json::json!({
            "path": a.out.display().to_string(),
            "files": files.len(),
            "bytes": files.iter().map(|(_, b)| b.len()).sum::<usize>(),
        }));
    }
    say!(
        "{}",
        ctx.t(
            "dashboard-done",
            &[
                ("files", Arg::from(files.len())),
                ("path", Arg::from(a.out.display().to_string())),
            ]
        )
    );
    Ok(())
}
