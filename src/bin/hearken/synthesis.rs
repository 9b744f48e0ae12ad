//! `hearken synthesis`: what the vault says about an engagement, on screen
//! or as JSON, under filters by region, language, group and date.

use clap::Args as ClapArgs;
use hearken::{
    i18n::Arg,
    model::RecordId,
    synthesis::{Breakdown, Filters, Synthesis},
    vault::Vault,
};

use crate::{Ctx, output};

/// Which engagement and which of its sessions.
#[derive(ClapArgs, Debug)]
pub struct Args {
    /// The engagement (id or prefix; default: the only one in the vault).
    #[arg(long)]
    pub engagement: Option<String>,
    /// Only sessions in this region (repeatable).
    #[arg(long = "region")]
    pub regions: Vec<String>,
    /// Only sessions held in this language (repeatable).
    #[arg(long = "language")]
    pub languages: Vec<String>,
    /// Only sessions counting someone in this group (repeatable).
    #[arg(long = "group")]
    pub groups: Vec<String>,
    /// Only sessions on or after this date (YYYY-MM-DD).
    #[arg(long)]
    pub from: Option<String>,
    /// Only sessions on or before this date (YYYY-MM-DD).
    #[arg(long)]
    pub to: Option<String>,
    /// Choose representative quotes only among those consented for sharing.
    #[arg(long)]
    pub shared_only: bool,
    /// Which codebook codes the quotes: the kit's, or the analysis coding
    /// imported with `hearken qda import`.
    #[arg(long, value_enum, default_value_t)]
    pub codebook: CodebookArg,
}

/// `--codebook`.
#[derive(clap::ValueEnum, Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CodebookArg {
    /// The engagement kit's codebook.
    #[default]
    Kit,
    /// The analysis coding from a QDA tool.
    Analysis,
}

impl CodebookArg {
    pub fn analysis(self) -> bool {
        self == CodebookArg::Analysis
    }
}

/// The engagement named, or the only one (the rule both front ends share).
pub fn engagement(vault: &Vault, typed: Option<&str>) -> anyhow::Result<RecordId> {
    Ok(hearken::views::engagement(vault, typed)?)
}

impl Args {
    /// The core's filters; [`Synthesis::compute`] checks them.
    pub fn filters(&self) -> anyhow::Result<Filters> {
        let filters = Filters {
            regions: self.regions.clone(),
            languages: self.languages.clone(),
            groups: self.groups.clone(),
            date_from: self.from.clone(),
            date_to: self.to.clone(),
            shared_only: self.shared_only,
            analysis: self.codebook.analysis(),
        };
        filters.check()?;
        Ok(filters)
    }
}

pub fn run(ctx: &Ctx, args: Args) -> anyhow::Result<()> {
    let filters = args.filters()?;
    let vault = ctx.unlock()?;
    let e = engagement(&vault, args.engagement.as_deref())?;
    let mut s = Synthesis::compute(&vault, e, &filters)?;
    // Theme labels in the language asked for (codes stay).
    if ctx.lang.is_some() {
        let mut none = hearken::synthesis::Records::default();
        vault
            .label_book(e, ctx.l10n.lang())
            .relabel(&mut s, &mut none, &ctx.l10n);
    }
    if ctx.json {
        return output::json(&s);
    }
    print(ctx, &s);
    Ok(())
}

fn breakdown(ctx: &Ctx, heading: &str, b: &Breakdown) {
    say!("\n{}", ctx.t(heading, &[]));
    let headers = [
        ctx.t("synthesis-col-name", &[]),
        ctx.t("synthesis-col-sessions", &[]),
        ctx.t("synthesis-col-people", &[]),
    ];
    let mut rows: Vec<Vec<String>> = b
        .cells
        .iter()
        .map(|c| {
            vec![
                c.key.clone(),
                c.sessions.to_string(),
                c.people.display(&ctx.l10n),
            ]
        })
        .collect();
    rows.push(vec![
        ctx.t("synthesis-total", &[]),
        String::new(),
        b.total.display(&ctx.l10n),
    ]);
    output::table(&headers, &rows);
}

fn print(ctx: &Ctx, s: &Synthesis) {
    say!("{}", s.title);
    say!(
        "{}",
        ctx.t(
            "synthesis-reach",
            &[
                ("sessions", Arg::from(s.reach.sessions)),
                ("quotes", Arg::from(s.reach.quotes)),
                ("people", Arg::from(s.reach.participants.display(&ctx.l10n))),
            ],
        )
    );
    say!("{}", ctx.t("redact-cell-note", &[("k", Arg::from(s.k))]));
    if s.withheld_for_differencing {
        say!("{}", ctx.t("fw-differencing", &[("k", Arg::from(s.k))]));
    }
    breakdown(ctx, "synthesis-by-region", &s.coverage.regions);
    breakdown(ctx, "synthesis-by-language", &s.coverage.languages);
    breakdown(ctx, "synthesis-by-group", &s.coverage.groups);
    if !s.gaps.regions.is_empty() || !s.gaps.groups.is_empty() {
        say!("\n{}", ctx.t("synthesis-gaps", &[]));
        for r in &s.gaps.regions {
            say!(
                "  {}",
                ctx.t("synthesis-gap-region", &[("region", Arg::from(r.as_str()))])
            );
        }
        for g in &s.gaps.groups {
            say!(
                "  {}",
                ctx.t("synthesis-gap-group", &[("group", Arg::from(g.as_str()))])
            );
        }
    }
    say!("\n{}", ctx.t("synthesis-themes", &[]));
    let headers = [
        ctx.t("synthesis-col-code", &[]),
        ctx.t("synthesis-col-theme", &[]),
        ctx.t("synthesis-col-quotes", &[]),
        ctx.t("synthesis-col-sessions", &[]),
    ];
    let rows: Vec<Vec<String>> = s
        .themes
        .iter()
        .map(|t| {
            let code = match &t.parent {
                Some(_) => format!("  {}", t.code),
                None => t.code.clone(),
            };
            vec![
                code,
                t.label.clone(),
                t.quotes.to_string(),
                t.sessions.to_string(),
            ]
        })
        .collect();
    output::table(&headers, &rows);
    if !s.co_occurrence.is_empty() {
        say!("\n{}", ctx.t("synthesis-co-occurrence", &[]));
        for c in s.co_occurrence.iter().take(10) {
            say!(
                "  {} + {}: {}",
                c.a,
                c.b,
                ctx.t("synthesis-quote-count", &[("n", Arg::from(c.quotes))])
            );
        }
    }
    say!(
        "\n{}",
        ctx.t(
            "synthesis-actions",
            &[
                ("needs", Arg::from(s.needs.len())),
                ("recommendations", Arg::from(s.recommendations.all.len())),
            ],
        )
    );
    for (reference, ids) in &s.recommendations.by_reference {
        say!(
            "  {}: {}",
            reference,
            ctx.t(
                "synthesis-recommendation-count",
                &[("n", Arg::from(ids.len()))]
            )
        );
    }
    for r in s
        .recommendations
        .all
        .iter()
        .filter(|r| !r.merged.is_empty())
    {
        let merged: Vec<String> = r.merged.iter().map(|m| m.id.short()).collect();
        say!(
            "  {}",
            ctx.t(
                "recommendation-merged-line",
                &[
                    ("kept", Arg::from(r.id.short())),
                    ("merged", Arg::from(merged.join(", "))),
                ],
            )
        );
    }
    say!("\n{}", ctx.t("synthesis-representative", &[]));
    for q in &s.representative {
        let mark = if q.shareable { "" } else { " *" };
        say!(
            "  [{}] {} ({}, {}){}",
            q.theme,
            q.text,
            q.region,
            q.session.short(),
            mark
        );
        if let Some(t) = &q.translation {
            say!("      {t}");
        }
    }
    if s.representative.iter().any(|q| !q.shareable) {
        say!("  * {}", ctx.t("synthesis-not-shareable", &[]));
    }
}
