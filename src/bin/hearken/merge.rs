//! `hearken recommendation merge|unmerge`: the coordinator's judgement that
//! two recommendations say the same thing, recorded in the vault (never in
//! bundles) and undone without loss.

use clap::Args;
use hearken::{i18n::Arg, model::Kind, vault::Vault};

use crate::{Ctx, output};

/// Two recommendations (ids or prefixes).
#[derive(Args, Debug)]
pub struct MergeArgs {
    /// The recommendation that is kept and shown.
    pub kept: String,
    /// The recommendation shown as part of it, as one more source.
    pub merged: String,
}

pub fn merge(ctx: &Ctx, vault: &mut Vault, a: MergeArgs, undo: bool) -> anyhow::Result<()> {
    let kept = vault.resolve(Kind::Recommendation, &a.kept)?;
    let merged = vault.resolve(Kind::Recommendation, &a.merged)?;
    if undo {
        vault.unmerge_recommendations(kept, merged)?;
    } else {
        vault.merge_recommendations(kept, merged)?;
    }
    if ctx.json {
        return output::json(&serde_json::json!({
            "kept": kept.to_string(),
            "merged": merged.to_string(),
            "active": !undo,
        }));
    }
    let line = if undo {
        ctx.t(
            "recommendation-unmerged",
            &[("merged", Arg::from(merged.short()))],
        )
    } else {
        ctx.t(
            "recommendation-merged",
            &[("kept", Arg::from(kept.short()))],
        )
    };
    say!("{line}");
    Ok(())
}
