//! Commands that move work between devices: identity, kits, bundles, the
//! roster of facilitator devices.

use std::{io::IsTerminal, path::PathBuf};

use clap::{Args, Subcommand};
use hearken::{
    coordinator::ImportOutcome,
    facilitator::ExportRequest,
    i18n::Arg,
    model::{DeviceStatus, Kind},
};
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

#[derive(Args, Debug)]
pub struct ImportArgs {
    /// Bundle files.
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// Approve devices not yet in the roster instead of holding their bundles in quarantine.
    #[arg(long)]
    approve_new_keys: bool,
}

#[derive(Subcommand, Debug)]
pub enum RosterCmd {
    /// List devices and bundles held in quarantine.
    List,
    /// Approve a device for an engagement and import its quarantined bundles.
    Approve {
        key_id: String,
        /// The engagement it may write into (default: those of its quarantined bundles).
        #[arg(long)]
        engagement: Option<String>,
        /// Approve a revoked device again without asking (only after checking why it was revoked).
        #[arg(long)]
        yes: bool,
    },
    /// Revoke a device: every bundle it signed is refused from now on.
    Revoke {
        key_id: String,
        /// Also remove every record the device sent.
        #[arg(long, conflicts_with = "keep_records")]
        remove_records: bool,
        /// Keep what the device sent, without asking.
        #[arg(long)]
        keep_records: bool,
    },
}

/// Asks a yes/no question on the terminal; no terminal means no.
fn confirm(ctx: &Ctx, question: &str) -> bool {
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
fn write_atomically(ctx: &Ctx, path: &std::path::Path, bytes: &[u8]) -> anyhow::Result<()> {
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

pub fn import(ctx: &Ctx, a: ImportArgs) -> anyhow::Result<()> {
    let mut vault = ctx.unlock()?;
    let total = a.files.len();
    let show_progress = !ctx.json && total > 1 && std::io::stderr().is_terminal();
    let mut rows = vec![];
    let mut json = vec![];
    let mut failed = 0;
    let progress = |done: usize| {
        let width = 30;
        let filled = (done * width) / total;
        eprint!(
            "\r[{}{}] {}/{}",
            "#".repeat(filled),
            " ".repeat(width - filled),
            done,
            total
        );
    };
    if show_progress {
        progress(0);
    }
    vault.import_files(&a.files, a.approve_new_keys, |i, result| {
        let path = &a.files[i];
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let (state, detail) = match &result {
            Ok(ImportOutcome::Imported(done)) => {
                let mut d = ctx.t(
                    "import-merged",
                    &[
                        ("added", Arg::from(done.added)),
                        ("updated", Arg::from(done.updated)),
                        ("removed", Arg::from(done.removed)),
                    ],
                );
                if !done.missing.is_empty() {
                    let list: Vec<String> = done.missing.iter().map(u64::to_string).collect();
                    d.push_str("; ");
                    d.push_str(&ctx.t("import-missing", &[("list", Arg::from(list.join(", ")))]));
                }
                (ctx.t("import-state-imported", &[]), d)
            }
            Ok(ImportOutcome::AlreadyHad) => (ctx.t("import-state-already", &[]), String::new()),
            Ok(ImportOutcome::Quarantined {
                key_id,
                fingerprint,
            }) => (
                ctx.t("import-state-quarantined", &[]),
                ctx.t(
                    "import-quarantined",
                    &[
                        ("key", Arg::from(key_id.as_str())),
                        ("fingerprint", Arg::from(fingerprint.as_str())),
                    ],
                ),
            ),
            Err(e) => {
                failed += 1;
                (ctx.t("import-state-rejected", &[]), ctx.l10n.error_line(e))
            }
        };
        json.push(serde_json::json!({
            "file": path.display().to_string(),
            "result": match &result {
                Ok(o) => serde_json::to_value(o).expect("outcomes serialize"),
                Err(e) => {
                    use hearken::i18n::Localized as _;
                    let m = e.message();
                    serde_json::json!({ "outcome": "rejected", "code": m.code, "args": m.args, "reason": detail })
                }
            },
        }));
        rows.push(vec![name, state, detail]);
        if show_progress {
            progress(i + 1);
        }
    })?;
    if show_progress {
        eprintln!();
    }
    if ctx.json {
        output::json(&json)?;
    } else {
        let headers = ["col-file", "col-result", "col-detail"].map(|h| ctx.t(h, &[]));
        output::table(&headers, &rows);
    }
    if failed > 0 {
        return Err(CliError::SomeRejected {
            n: failed,
            total: a.files.len(),
        }
        .into());
    }
    Ok(())
}

pub fn roster(ctx: &Ctx, cmd: RosterCmd) -> anyhow::Result<()> {
    let mut vault = ctx.unlock()?;
    match cmd {
        RosterCmd::List => {
            let devices = vault.roster();
            let held = vault.quarantine();
            if ctx.json {
                let devices: Vec<_> = devices
                    .iter()
                    .map(|(_, d)| {
                        let history: Vec<_> = vault
                            .grants(&d.key_id)
                            .iter()
                            .map(|g| {
                                serde_json::json!({
                                    "engagement": g.engagement.to_string(),
                                    "decision": g.decision,
                                    "at": g.at,
                                })
                            })
                            .collect();
                        let engagements: Vec<String> = vault
                            .approved_engagements(&d.key_id)
                            .iter()
                            .map(|e| e.to_string())
                            .collect();
                        serde_json::json!({
                            "keyId": d.key_id, "publicKey": d.public_key, "status": d.status,
                            "bundles": d.received.len(), "missing": d.missing(),
                            "engagements": engagements, "history": history,
                        })
                    })
                    .collect();
                let held: Vec<_> = held
                    .iter()
                    .map(|(_, q)| serde_json::json!({ "keyId": q.key_id, "file": q.file, "receivedAt": q.received_at }))
                    .collect();
                return output::json(
                    &serde_json::json!({ "devices": devices, "quarantine": held }),
                );
            }
            let headers =
                ["col-key-id", "col-status", "col-bundles", "col-missing"].map(|h| ctx.t(h, &[]));
            let mut rows: Vec<Vec<String>> = devices
                .iter()
                .map(|(_, d)| {
                    let status = match d.status {
                        DeviceStatus::Approved => ctx.t("device-approved", &[]),
                        DeviceStatus::Revoked => ctx.t("device-revoked", &[]),
                    };
                    let missing: Vec<String> = d.missing().iter().map(u64::to_string).collect();
                    vec![
                        d.key_id.clone(),
                        status,
                        d.received.len().to_string(),
                        missing.join(","),
                    ]
                })
                .collect();
            for (_, q) in &held {
                rows.push(vec![
                    q.key_id.clone(),
                    ctx.t("device-quarantined", &[]),
                    q.file.clone(),
                    String::new(),
                ]);
            }
            output::table(&headers, &rows);
            Ok(())
        }
        RosterCmd::Approve {
            key_id,
            engagement,
            yes,
        } => {
            let engagement = engagement
                .map(|e| vault.resolve(Kind::Engagement, &e))
                .transpose()?;
            let revoked = vault
                .device(&key_id)
                .is_some_and(|(_, d)| d.status == DeviceStatus::Revoked);
            let confirmed = revoked
                && (yes
                    || confirm(
                        ctx,
                        &ctx.t(
                            "device-reapprove-confirm",
                            &[("key", Arg::from(key_id.as_str()))],
                        ),
                    ));
            let results = vault.approve_device(&key_id, engagement, confirmed)?;
            say!(
                "{}",
                ctx.t(
                    "device-approved-done",
                    &[
                        ("key", Arg::from(key_id.as_str())),
                        ("n", Arg::from(results.len()))
                    ]
                )
            );
            for (file, r) in results {
                if let Err(e) = r {
                    eprintln!("{file}: {}", ctx.l10n.error_line(&e));
                }
            }
            Ok(())
        }
        RosterCmd::Revoke {
            key_id,
            remove_records,
            keep_records,
        } => {
            let sent = vault.records_written_by(&key_id).len();
            let remove = remove_records
                || (!keep_records
                    && sent > 0
                    && confirm(
                        ctx,
                        &ctx.t("device-revoke-remove-confirm", &[("n", Arg::from(sent))]),
                    ));
            let removed = vault.revoke_device(&key_id, remove)?;
            say!(
                "{}",
                ctx.t(
                    "device-revoked-done",
                    &[("key", Arg::from(key_id.as_str()))]
                )
            );
            if removed > 0 {
                say!(
                    "{}",
                    ctx.t("device-records-removed", &[("n", Arg::from(removed))])
                );
            } else if sent > 0 {
                say!(
                    "{}",
                    ctx.t(
                        "device-records-kept",
                        &[("n", Arg::from(sent)), ("key", Arg::from(key_id.as_str()))]
                    )
                );
            }
            Ok(())
        }
    }
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
