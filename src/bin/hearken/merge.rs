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

/// Which suggestions.
#[derive(Args, Debug)]
pub struct SuggestArgs {
    #[arg(long)]
    pub engagement: Option<String>,
    /// How much the words must overlap, from 0 to 1.
    #[arg(long, default_value_t = hearken::coordinator::DEFAULT_SIMILARITY)]
    pub min: f64,
}

/// Lists the suggested merges, or (`apply`) makes them all at once.
pub fn suggest(ctx: &Ctx, vault: &mut Vault, a: SuggestArgs, apply: bool) -> anyhow::Result<()> {
    if !(0.0..=1.0).contains(&a.min) {
        return Err(crate::CliError::BadArgument {
            arg: "--min",
            expected: "0 to 1",
        }
        .into());
    }
    let e = crate::synthesis::engagement(vault, a.engagement.as_deref())?;
    let list = vault.merge_suggestions(e, a.min);
    if apply {
        let pairs: Vec<_> = list.iter().map(|s| (s.kept, s.merged)).collect();
        vault.merge_many(&pairs)?;
        if ctx.json {
            return output::json(&serde_json::json!({ "merged": pairs.len() }));
        }
        say!(
            "{}",
            ctx.t(
                "recommendation-merged-many",
                &[("n", Arg::from(pairs.len()))]
            )
        );
        return Ok(());
    }
    if ctx.json {
        return output::json(&list);
    }
    if list.is_empty() {
        say!("{}", ctx.t("recommendation-no-suggestion", &[]));
        return Ok(());
    }
    let headers = ["col-kept", "col-merged", "col-similarity", "col-text"].map(|h| ctx.t(h, &[]));
    let rows: Vec<Vec<String>> = list
        .iter()
        .map(|s| {
            vec![
                s.kept.short(),
                s.merged.short(),
                format!("{:.2}", s.similarity),
                s.merged_text.clone(),
            ]
        })
        .collect();
    output::table(&headers, &rows);
    Ok(())
}
