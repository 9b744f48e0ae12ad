//! `hearken labels`: the engagement's theme labels and descriptions, region
//! and group names in its other languages, from a CSV file or one at a
//! time; what is still missing; a template to hand to translators.

use std::path::PathBuf;

use clap::Subcommand;
use hearken::{
    coordinator::labels::{self, LabelRow},
    i18n::Arg,
    model::LabelTarget,
};

use crate::{CliError, Ctx, output, synthesis::engagement};

#[derive(Subcommand, Debug)]
pub enum LabelsCmd {
    /// Import translations from a CSV file (kind,key,lang,label,description); all or nothing.
    Import {
        file: PathBuf,
        #[arg(long)]
        engagement: Option<String>,
    },
    /// Set one translation, into --lang (an empty --label removes it).
    Set {
        #[arg(long, group = "target", required = true)]
        theme: Option<String>,
        #[arg(long, group = "target")]
        region: Option<String>,
        #[arg(long, group = "target")]
        group: Option<String>,
        #[arg(long)]
        label: String,
        #[arg(long, default_value = "")]
        description: String,
        #[arg(long)]
        engagement: Option<String>,
    },
    /// The translations, or (--missing) what is still untranslated.
    Show {
        #[arg(long)]
        missing: bool,
        #[arg(long)]
        engagement: Option<String>,
    },
    /// Write a CSV of every label in every other language, translations
    /// filled in where they exist, to hand to translators.
    Template {
        #[arg(long)]
        out: PathBuf,
        #[arg(long)]
        engagement: Option<String>,
    },
}

pub fn labels(ctx: &Ctx, cmd: LabelsCmd) -> anyhow::Result<()> {
    match cmd {
        LabelsCmd::Import {
            file,
            engagement: e,
        } => {
            let bytes = crate::input::bytes(&file, labels::MAX_FILE_BYTES)?;
            let rows = labels::parse_csv(&bytes).map_err(hearken::Error::from)?;
            hearken::report::editorial::check_labels(&rows)?;
            let mut vault = ctx.unlock()?;
            let eid = engagement(&vault, e.as_deref())?;
            let done = vault.import_labels(eid, &rows)?;
            said(ctx, &done)
        }
        LabelsCmd::Set {
            theme,
            region,
            group,
            label,
            description,
            engagement: e,
        } => {
            let Some(lang) = ctx.lang.clone() else {
                return Err(CliError::BadArgument {
                    arg: "--lang",
                    expected: "a language of the engagement",
                }
                .into());
            };
            let (kind, key) = match (theme, region, group) {
                (Some(t), _, _) => ("theme", t),
                (_, Some(r), _) => ("region", r),
                (_, _, Some(g)) => ("group", g),
                _ => unreachable!("clap requires one target"),
            };
            let rows = vec![(
                0,
                LabelRow {
                    kind: kind.to_owned(),
                    key,
                    lang,
                    label,
                    description,
                },
            )];
            hearken::report::editorial::check_labels(&rows)?;
            let mut vault = ctx.unlock()?;
            let eid = engagement(&vault, e.as_deref())?;
            let done = vault.import_labels(eid, &rows)?;
            said(ctx, &done)
        }
        LabelsCmd::Show {
            missing,
            engagement: e,
        } => {
            let vault = ctx.unlock()?;
            let eid = engagement(&vault, e.as_deref())?;
            if missing {
                let list = vault.missing_labels(eid)?;
                if ctx.json {
                    return output::json(&list);
                }
                if list.is_empty() {
                    say!("{}", ctx.t("labels-none-missing", &[]));
                    return Ok(());
                }
                let headers = ["col-kind", "col-key", "col-language"].map(|h| ctx.t(h, &[]));
                let rows: Vec<Vec<String>> = list
                    .into_iter()
                    .map(|m| vec![m.kind, m.key, m.lang])
                    .collect();
                output::table(&headers, &rows);
                return Ok(());
            }
            let rows = rows_of(&vault, eid, false)?;
            if ctx.json {
                return output::json(&rows.iter().map(|(_, r)| r).collect::<Vec<_>>());
            }
            let headers =
                ["col-kind", "col-key", "col-language", "col-label"].map(|h| ctx.t(h, &[]));
            let table: Vec<Vec<String>> = rows
                .into_iter()
                .map(|(_, r)| vec![r.kind, r.key, r.lang, r.label])
                .collect();
            output::table(&headers, &table);
            Ok(())
        }
        LabelsCmd::Template { out, engagement: e } => {
            hearken::files::check_output(&out, &ctx.vault_path).map_err(hearken::Error::from)?;
            let vault = ctx.unlock()?;
            let eid = engagement(&vault, e.as_deref())?;
            let rows = rows_of(&vault, eid, true)?;
            let mut w = csv::Writer::from_writer(vec![]);
            // `source`: the words to translate (the import ignores it).
            w.write_record(["kind", "key", "lang", "source", "label", "description"])?;
            // As every CSV Hearken writes: a cell a spreadsheet would run
            // as a formula gets a leading apostrophe.
            let safe = |c: &str| {
                if c.starts_with(['=', '+', '-', '@', '\t', '\r']) {
                    format!("'{c}")
                } else {
                    c.to_owned()
                }
            };
            for (source, r) in &rows {
                w.write_record(
                    [&r.kind, &r.key, &r.lang, source, &r.label, &r.description].map(|c| safe(c)),
                )?;
            }
            let bytes = w.into_inner().map_err(|e| anyhow::anyhow!(e.to_string()))?;
            hearken::files::write_output(&out, &bytes, &ctx.vault_path)
                .map_err(hearken::Error::from)?;
            say!(
                "{}",
                ctx.t(
                    "labels-template-written",
                    &[
                        ("n", Arg::from(rows.len())),
                        ("path", Arg::from(out.display().to_string()))
                    ]
                )
            );
            Ok(())
        }
    }
}

/// The translations as rows; with `all`, a row for every label in every
/// other language, blank where there is no translation yet.
fn rows_of(
    vault: &hearken::vault::Vault,
    eid: hearken::model::RecordId,
    all: bool,
) -> anyhow::Result<Vec<(String, LabelRow)>> {
    let e = vault.engagement(eid)?;
    let themes = vault.themes(eid);
    let existing = vault.labels(eid).map(|(_, l)| l);
    let mut out = vec![];
    for lang in e.languages.iter().skip(1) {
        let mut targets: Vec<(LabelTarget, &str, String, String)> = themes
            .iter()
            .map(|(id, t)| {
                (
                    LabelTarget::Theme(*id),
                    "theme",
                    t.code.clone(),
                    t.label.clone(),
                )
            })
            .collect();
        targets.extend(e.regions.iter().map(|r| {
            (
                LabelTarget::Region(r.clone()),
                "region",
                r.clone(),
                r.clone(),
            )
        }));
        targets.extend(
            e.groups
                .iter()
                .map(|g| (LabelTarget::Group(g.clone()), "group", g.clone(), g.clone())),
        );
        for (target, kind, key, source) in targets {
            let found = existing.and_then(|l| l.get(&target, lang));
            if found.is_none() && !all {
                continue;
            }
            out.push((
                source,
                LabelRow {
                    kind: kind.to_owned(),
                    key,
                    lang: lang.clone(),
                    label: found.map(|f| f.label.clone()).unwrap_or_default(),
                    description: found.map(|f| f.description.clone()).unwrap_or_default(),
                },
            ));
        }
    }
    Ok(out)
}

fn said(ctx: &Ctx, done: &labels::LabelsImported) -> anyhow::Result<()> {
    if ctx.json {
        return output::json(done);
    }
    say!(
        "{}",
        ctx.t(
            "labels-imported",
            &[
                ("added", Arg::from(done.added)),
                ("changed", Arg::from(done.changed)),
                ("removed", Arg::from(done.removed)),
                ("unchanged", Arg::from(done.unchanged)),
            ]
        )
    );
    Ok(())
}
