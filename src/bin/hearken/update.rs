//! `hearken update`: community updates. The coordinator signs one for an
//! engagement; the facilitator imports it (only from the coordinator key
//! pinned by the kit, only newer than the last) and shows or prints it
//! ("What happened with your input").

use std::path::PathBuf;

use clap::Subcommand;
use hearken::{i18n::Arg, model::Kind, report::review::Labels};

use crate::{Ctx, exchange::write_atomically, output, synthesis::engagement};

#[derive(Subcommand, Debug)]
pub enum UpdateCmd {
    /// Sign a community update of an engagement (coordinator).
    Create {
        #[arg(long)]
        engagement: Option<String>,
        #[arg(long)]
        out: PathBuf,
    },
    /// Import a community update (facilitator).
    Import { file: PathBuf },
    /// Show the newest update imported for an engagement.
    Show {
        #[arg(long)]
        engagement: Option<String>,
    },
}

pub fn update(ctx: &Ctx, cmd: UpdateCmd) -> anyhow::Result<()> {
    match cmd {
        UpdateCmd::Create { engagement: e, out } => {
            hearken::files::check_output(&out, &ctx.vault_path).map_err(hearken::Error::from)?;
            let mut vault = ctx.unlock()?;
            let eid = engagement(&vault, e.as_deref())?;
            let bytes = vault.create_update(eid)?;
            write_atomically(ctx, &out, &bytes)?;
            say!(
                "{}",
                ctx.t(
                    "update-created",
                    &[("path", Arg::from(out.display().to_string()))]
                )
            );
            Ok(())
        }
        UpdateCmd::Import { file } => {
            let bytes = crate::input::bytes(&file, hearken::files::MAX_KIT_BYTES)?;
            let mut vault = ctx.unlock()?;
            let done = vault.import_update(&bytes)?;
            if ctx.json {
                return output::json(&done);
            }
            say!(
                "{}",
                ctx.t(
                    "update-imported",
                    &[
                        ("title", Arg::from(done.title.as_str())),
                        ("date", Arg::from(done.issued.as_str())),
                        ("n", Arg::from(done.recommendations)),
                    ]
                )
            );
            Ok(())
        }
        UpdateCmd::Show { engagement: e } => {
            let vault = ctx.unlock()?;
            let eid = engagement(&vault, e.as_deref())?;
            let u = vault.community_update(eid)?.ok_or(
                hearken::model::validate::RecordError::NotFound {
                    kind: Kind::CommunityUpdate,
                },
            )?;
            if ctx.json {
                return output::json(&u);
            }
            let l = Labels(&ctx.l10n);
            say!("{} — {}", u.title, u.issued);
            let headers = [
                "tracking-col-id",
                "tracking-col-state",
                "tracking-col-since",
                "tracking-col-body",
                "tracking-col-text",
            ]
            .map(|h| ctx.t(h, &[]));
            let rows: Vec<Vec<String>> = u
                .recommendations
                .iter()
                .map(|r| {
                    vec![
                        r.id.clone(),
                        l.state(r.state),
                        r.since.clone().unwrap_or_default(),
                        r.body.clone(),
                        r.text.clone(),
                    ]
                })
                .collect();
            output::table(&headers, &rows);
            Ok(())
        }
    }
}
