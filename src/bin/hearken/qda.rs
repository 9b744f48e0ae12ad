//! `hearken qda`: the round trip with QDA tools. `import` reads a coded
//! REFI-QDA project back as the engagement's analysis coding; `show` lists
//! that coding's codes. (The export is `hearken report --format qdpx`.)

use std::path::PathBuf;

use clap::Subcommand;
use hearken::{i18n::Arg, model::Kind, qda};

use crate::{Ctx, output, synthesis::engagement};

#[derive(Subcommand, Debug)]
pub enum QdaCmd {
    /// Import a coded REFI-QDA project (.qdpx) as the analysis coding.
    Import {
        file: PathBuf,
        #[arg(long)]
        engagement: Option<String>,
    },
    /// The analysis codebook: each code, its kit theme, its quotes.
    Show {
        #[arg(long)]
        engagement: Option<String>,
    },
}

pub fn qda(ctx: &Ctx, cmd: QdaCmd) -> anyhow::Result<()> {
    match cmd {
        QdaCmd::Import {
            file,
            engagement: e,
        } => {
            let bytes = crate::input::bytes(&file, qda::read::MAX_FILE_BYTES)?;
            let project = qda::read::read(&bytes).map_err(hearken::Error::from)?;
            let mut vault = ctx.unlock()?;
            let eid = engagement(&vault, e.as_deref())?;
            let done = vault.import_analysis(eid, project)?;
            if ctx.json {
                return output::json(&done);
            }
            let id = if done.same_as_kit {
                "qda-same-as-kit"
            } else if done.changed {
                "qda-imported"
            } else {
                "qda-unchanged"
            };
            say!(
                "{}",
                ctx.t(
                    id,
                    &[
                        ("codes", Arg::from(done.codes)),
                        ("mapped", Arg::from(done.mapped)),
                        ("codings", Arg::from(done.codings)),
                    ]
                )
            );
            if done.changed {
                for (msg, list) in [
                    ("qda-codes-added", &done.codes_added),
                    ("qda-codes-removed", &done.codes_removed),
                ] {
                    if !list.is_empty() {
                        say!(
                            "{}",
                            ctx.t(
                                msg,
                                &[
                                    ("n", Arg::from(list.len())),
                                    ("names", Arg::from(list.join(", "))),
                                ]
                            )
                        );
                    }
                }
                for (old, new) in &done.codes_renamed {
                    say!(
                        "{}",
                        ctx.t(
                            "qda-code-renamed",
                            &[
                                ("old", Arg::from(old.as_str())),
                                ("new", Arg::from(new.as_str()))
                            ]
                        )
                    );
                }
                say!(
                    "{}",
                    ctx.t(
                        "qda-codings-changed",
                        &[
                            ("added", Arg::from(done.codings_added)),
                            ("removed", Arg::from(done.codings_removed)),
                        ]
                    )
                );
            }
            for (msg, n) in [
                ("qda-not-held", done.not_held),
                ("qda-not-allowed", done.not_allowed),
            ] {
                if n > 0 {
                    say!("{}", ctx.t(msg, &[("n", Arg::from(n))]));
                }
            }
            Ok(())
        }
        QdaCmd::Show { engagement: e } => {
            let vault = ctx.unlock()?;
            let eid = engagement(&vault, e.as_deref())?;
            let (_, a) =
                vault
                    .analysis(eid)
                    .ok_or(hearken::model::validate::RecordError::NotFound {
                        kind: Kind::Analysis,
                    })?;
            let codes = qda::codebook(&vault, a);
            if ctx.json {
                return output::json(&codes);
            }
            for c in &codes {
                let pad = "  ".repeat(c.depth);
                let theme = c.theme.as_deref().unwrap_or("-");
                say!("{pad}{} [{theme}] {}", c.name, c.quotes);
            }
            Ok(())
        }
    }
}
