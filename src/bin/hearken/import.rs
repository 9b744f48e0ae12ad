//! `hearken import` and `hearken roster`: bundles from facilitators, and
//! the devices allowed to send them, per engagement.

use std::path::PathBuf;

use clap::{Args, Subcommand};
use hearken::{
    coordinator::ImportOutcome,
    i18n::Arg,
    model::{DeviceStatus, Kind},
    views::DeviceState,
};

use crate::exchange::confirm;
use crate::{CliError, Ctx, output};

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

pub fn import(ctx: &Ctx, a: ImportArgs) -> anyhow::Result<()> {
    let mut vault = ctx.unlock()?;
    let bar = crate::progress::Bar::new(ctx);
    let draw = |s| bar.draw(s);
    let cancel = std::sync::atomic::AtomicBool::new(false);
    let mut rows = vec![];
    let mut json = vec![];
    let mut failed = 0;
    let progress = hearken::progress::Progress::new(&draw, &cancel);
    let done = vault.import_files(&a.files, a.approve_new_keys, &progress, |i, result| {
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
    });
    bar.finish();
    done?;
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
            let devices = hearken::views::roster(&vault);
            if ctx.json {
                // The app's roster view, plus each device's history.
                let devices: Vec<_> = devices
                    .iter()
                    .map(|d| {
                        let mut v = serde_json::to_value(d).expect("views serialize");
                        v["history"] = serde_json::to_value(vault.grants(&d.key_id))
                            .expect("grants serialize");
                        v
                    })
                    .collect();
                return output::json(&serde_json::json!({ "devices": devices }));
            }
            let headers =
                ["col-key-id", "col-status", "col-bundles", "col-missing"].map(|h| ctx.t(h, &[]));
            let rows: Vec<Vec<String>> = devices
                .iter()
                .map(|d| {
                    let status = match d.status {
                        DeviceState::Approved => ctx.t("device-approved", &[]),
                        DeviceState::Revoked => ctx.t("device-revoked", &[]),
                        DeviceState::Quarantined => ctx.t("device-quarantined", &[]),
                    };
                    let missing: Vec<String> = d.missing.iter().map(u64::to_string).collect();
                    let bundles = if d.files.is_empty() {
                        d.bundles.to_string()
                    } else {
                        d.files.join(", ")
                    };
                    vec![d.key_id.clone(), status, bundles, missing.join(",")]
                })
                .collect();
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
