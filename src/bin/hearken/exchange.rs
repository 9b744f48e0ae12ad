//! Commands that move work between devices: this vault's identity, kits,
//! and exporting bundles (importing them is [`crate::import`]).

use std::{io::IsTerminal, path::PathBuf};

use clap::{Args, Subcommand};
use hearken::{facilitator::ExportRequest, i18n::Arg, model::Kind};
use secrecy::ExposeSecret;

use crate::{CliError, Ctx, output};

#[derive(Subcommand, Debug)]
pub enum IdentityCmd {
    /// Write this vault's age identity to a file (to open bundles with the `age` tool, or for escrow).
    ExportAge {
        #[arg(long)]
        out: PathBuf,
        /// Do not ask for confirmation.
        #[arg(long)]
        yes: bool,
    },
}

#[derive(Subcommand, Debug)]
pub enum KitCmd {
    /// Sign a kit of an engagement for facilitators.
    Create {
        #[arg(long)]
        engagement: String,
        #[arg(long)]
        out: PathBuf,
        /// Another recipient bundles must be encrypted to, e.g. an escrow key (repeatable).
        #[arg(long = "to")]
        recipients: Vec<String>,
    },
    /// Import a kit from the coordinator.
    Import {
        file: PathBuf,
        /// Pin a new coordinator key without asking (only after comparing its fingerprint).
        #[arg(long)]
        yes: bool,
    },
}

#[derive(Args, Debug)]
pub struct ExportArgs {
    /// A session to export (repeatable).
    #[arg(long = "session")]
    sessions: Vec<String>,
    /// Export every session.
    #[arg(long, conflicts_with = "sessions")]
    all: bool,
    /// Encrypt to this recipient instead of the kit's (repeatable).
    #[arg(long = "to")]
    recipients: Vec<String>,
    /// Encrypt to recipients the kit does not name without asking.
    #[arg(long)]
    yes: bool,
    /// Show what would leave the device, and write nothing.
    #[arg(long)]
    preview: bool,
    #[arg(long, required_unless_present = "preview")]
    out: Option<PathBuf>,
}

/// Asks a yes/no question on the terminal; no terminal means no.
pub(crate) fn confirm(ctx: &Ctx, question: &str) -> bool {
    if !std::io::stdin().is_terminal() {
        return false;
    }
    eprint!("{question} [y/N] ");
    let mut answer = String::new();
    std::io::stdin().read_line(&mut answer).is_ok()
        && matches!(
            answer.trim().to_lowercase().as_str(),
            "y" | "yes" | "o" | "oui" | "s" | "sí" | "si" | "д" | "да" | "نعم"
        )
        && !ctx.json
}

/// Writes `bytes` to `path` whole or not at all.
pub fn write_atomically(ctx: &Ctx, path: &std::path::Path, bytes: &[u8]) -> anyhow::Result<()> {
    Ok(hearken::files::write_output(path, bytes, &ctx.vault_path).map_err(hearken::Error::from)?)
}

fn read(path: &std::path::Path) -> anyhow::Result<Vec<u8>> {
    crate::input::bytes(path, hearken::files::MAX_KIT_BYTES)
}

pub fn identity(ctx: &Ctx, cmd: Option<IdentityCmd>) -> anyhow::Result<()> {
    let mut vault = ctx.unlock()?;
    let id = vault.identity()?;
    match cmd {
        None => {
            if ctx.json {
                return output::json(&serde_json::json!({
                    "keyId": id.key_id().to_string(),
                    "publicKey": id.public_key().to_string(),
                    "ageRecipient": id.recipient(),
                    "fingerprint": id.fingerprint().to_string(),
                    "bundlesExported": id.bundles_exported,
                }));
            }
            say!(
                "{}",
                ctx.t(
                    "identity-key-id",
                    &[("id", Arg::from(id.key_id().to_string()))]
                )
            );
            say!(
                "{}",
                ctx.t(
                    "identity-public-key",
                    &[("key", Arg::from(id.public_key().to_string()))]
                )
            );
            say!(
                "{}",
                ctx.t(
                    "identity-recipient",
                    &[("recipient", Arg::from(id.recipient()))]
                )
            );
            say!(
                "{}",
                ctx.t(
                    "identity-fingerprint",
                    &[("fingerprint", Arg::from(id.fingerprint().to_string()))]
                )
            );
            Ok(())
        }
        Some(IdentityCmd::ExportAge { out, yes }) => {
            if !yes && !confirm(ctx, &ctx.t("identity-export-confirm", &[])) {
                return Err(CliError::NotConfirmed {
                    what: "identity-export",
                }
                .into());
            }
            let secret = id.age.to_secret();
            let text = zeroize::Zeroizing::new(format!(
                "# created by hearken for {}\n# public key: {}\n{}\n",
                id.key_id(),
                id.recipient(),
                secret.expose_secret()
            ));
            crate::vault_cmd::write_private(&out, text.as_bytes(), &ctx.vault_path)?;
            say!(
                "{}",
                ctx.t(
                    "identity-exported",
                    &[("path", Arg::from(out.display().to_string()))]
                )
            );
            Ok(())
        }
    }
}

pub fn kit(ctx: &Ctx, cmd: KitCmd) -> anyhow::Result<()> {
    let mut vault = ctx.unlock()?;
    match cmd {
        KitCmd::Create {
            engagement,
            out,
            recipients,
        } => {
            let eid = vault.resolve(Kind::Engagement, &engagement)?;
            // Translations still missing are said before the kit is signed.
            let missing = vault.missing_labels(eid)?;
            if !missing.is_empty() {
                eprintln!(
                    "{}",
                    ctx.t("kit-missing-labels", &[("n", Arg::from(missing.len()))])
                );
            }
            let bytes = vault.create_kit(eid, &recipients)?;
            write_atomically(ctx, &out, &bytes)?;
            let fp = vault.identity()?.fingerprint().to_string();
            say!(
                "{}",
                ctx.t(
                    "kit-created",
                    &[
                        ("path", Arg::from(out.display().to_string())),
                        ("fingerprint", Arg::from(fp))
                    ]
                )
            );
            Ok(())
        }
        KitCmd::Import { file, yes } => {
            let bytes = read(&file)?;
            let (fingerprint, status) = vault.inspect_kit(&bytes)?;
            if status == hearken::kit::PinStatus::FirstUse && !yes {
                eprintln!(
                    "{}",
                    ctx.t(
                        "kit-first-use",
                        &[("fingerprint", Arg::from(fingerprint.to_string()))]
                    )
                );
                if !confirm(ctx, &ctx.t("kit-confirm", &[])) {
                    return Err(CliError::NotConfirmed { what: "kit-pin" }.into());
                }
            }
            let done = vault.import_kit(&bytes)?;
            if ctx.json {
                return output::json(&done);
            }
            say!(
                "{}",
                ctx.t(
                    "kit-imported",
                    &[
                        ("title", Arg::from(done.title.as_str())),
                        ("version", Arg::from(done.kit_version)),
                        ("themes", Arg::from(done.themes)),
                        ("fingerprint", Arg::from(done.fingerprint.as_str())),
                    ]
                )
            );
            Ok(())
        }
    }
}

/// Lists quotes that keep a bundle from leaving, with the batch routes.
fn print_unresolved(ctx: &Ctx, unresolved: &[hearken::facilitator::FlaggedQuote]) {
    if unresolved.is_empty() {
        return;
    }
    eprintln!(
        "{}",
        ctx.t(
            "export-unresolved-list",
            &[("n", Arg::from(unresolved.len()))]
        )
    );
    for q in unresolved {
        let kinds: Vec<String> = q
            .kinds
            .iter()
            .map(|k| ctx.t(&format!("redact-kind-{}", k.replace('_', "-")), &[]))
            .collect();
        eprintln!("  {}  {}", q.id.short(), kinds.join(", "));
    }
    eprintln!("{}", ctx.t("export-unresolved-routes", &[]));
}

pub fn export(ctx: &Ctx, a: ExportArgs) -> anyhow::Result<()> {
    let mut vault = ctx.unlock()?;
    let sessions = a
        .sessions
        .iter()
        .map(|s| vault.resolve(Kind::Session, s))
        .collect::<Result<Vec<_>, _>>()?;
    if sessions.is_empty() && !a.all && !a.preview {
        return Err(CliError::BadArgument {
            arg: "--session",
            expected: "session-or-all",
        }
        .into());
    }
    let mut request = ExportRequest {
        sessions,
        recipients: a.recipients,
        other_recipients_confirmed: a.yes,
    };
    let preview = vault.export_preview(&request)?;
    if a.preview {
        if ctx.json {
            return output::json(&preview);
        }
        print_unresolved(ctx, &preview.unresolved);
    } else {
        if let Some(out) = &a.out {
            // Before the bundle takes its sequence number: a refused path
            // leaves no gap at the coordinator.
            hearken::files::check_output(out, &ctx.vault_path).map_err(hearken::Error::from)?;
        }
        if !preview.unresolved.is_empty() {
            print_unresolved(ctx, &preview.unresolved);
        }
        let others = vault.unnamed_recipients(preview.engagement, &request.recipients)?;
        if !others.is_empty() && !a.yes {
            eprintln!(
                "{}",
                ctx.t(
                    "export-other-recipient-warning",
                    &[("to", Arg::from(others.join(", ")))]
                )
            );
            request.other_recipients_confirmed =
                confirm(ctx, &ctx.t("export-other-recipient-confirm", &[]));
        }
    }
    let done = if a.preview {
        preview
    } else {
        vault.export_bundle(&request)?
    };
    if let Some(out) = a.out.as_ref().filter(|_| !a.preview) {
        write_atomically(ctx, out, &done.bytes)?;
    }
    if ctx.json {
        return output::json(&done);
    }
    let id = if a.preview {
        "export-preview"
    } else {
        "export-done"
    };
    say!(
        "{}",
        ctx.t(
            id,
            &[
                ("sequence", Arg::from(done.sequence)),
                ("sessions", Arg::from(done.sessions)),
                ("quotes", Arg::from(done.quotes)),
                ("home", Arg::from(done.quotes_kept_home)),
                ("needs", Arg::from(done.needs)),
                ("recommendations", Arg::from(done.recommendations)),
                ("tombstones", Arg::from(done.tombstones)),
                (
                    "path",
                    Arg::from(
                        a.out
                            .as_ref()
                            .map(|p| p.display().to_string())
                            .unwrap_or_default()
                    )
                ),
            ]
        )
    );
    Ok(())
}

/// The first stage: values checked before the vault is opened or a key
/// derived. Outputs are checked too, so a bundle never takes a sequence
/// number for a file that cannot be written.
pub fn check(ctx: &Ctx, cmd: &crate::Command) -> anyhow::Result<()> {
    use crate::Command;
    let output = |p: &std::path::Path| -> anyhow::Result<()> {
        Ok(hearken::files::check_output(p, &ctx.vault_path).map_err(hearken::Error::from)?)
    };
    match cmd {
        Command::Export(a) => {
            for r in &a.recipients {
                hearken::identity::parse_recipient(r).map_err(hearken::Error::from)?;
            }
            match &a.out {
                Some(out) if !a.preview => output(out),
                _ => Ok(()),
            }
        }
        Command::Kit(KitCmd::Create {
            out, recipients, ..
        }) => {
            for r in recipients {
                hearken::identity::parse_recipient(r).map_err(hearken::Error::from)?;
            }
            output(out)
        }
        Command::Identity {
            cmd: Some(IdentityCmd::ExportAge { out, .. }),
        } => output(out),
        _ => Ok(()),
    }
}
