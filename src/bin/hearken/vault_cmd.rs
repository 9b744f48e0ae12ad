//! Vault commands: init, passphrase change, recover, info, wipe, demo.

use std::path::PathBuf;

use clap::{Args, Subcommand};
use hearken::{
    i18n::Arg,
    vault::{CreateOptions, KdfParams, Vault},
};
use secrecy::ExposeSecret;

use crate::{CliError, Ctx, output, secret};

#[derive(Args, Debug)]
pub struct InitArgs {
    /// Also write the recovery key to this file (keep it somewhere safe, away from the laptop).
    #[arg(long)]
    pub recovery_key_out: Option<PathBuf>,
    /// Memory for key derivation in MiB (at least 64; default 160).
    #[arg(long)]
    pub kdf_memory: Option<u32>,
    /// Erase the vault's keys after this many failed unlocks in a row.
    #[arg(long)]
    pub erase_after: Option<u32>,
}

#[derive(Subcommand, Debug)]
pub enum PassphraseCmd {
    /// Set a new passphrase (the old one is needed).
    Change {
        /// Read the new passphrase from this file instead of asking.
        #[arg(long)]
        new_passphrase_file: Option<PathBuf>,
    },
}

#[derive(Args, Debug)]
pub struct RecoverArgs {
    /// The file holding the recovery key.
    #[arg(long)]
    pub recovery_key_file: PathBuf,
    /// Read the new passphrase from this file instead of asking.
    #[arg(long)]
    pub new_passphrase_file: Option<PathBuf>,
}

#[derive(Args, Debug)]
pub struct WipeArgs {
    /// Confirm: the vault's contents will be gone for good.
    #[arg(long)]
    pub yes: bool,
}

pub fn init(ctx: &Ctx, a: InitArgs) -> anyhow::Result<()> {
    let kdf = match a.kdf_memory {
        Some(m) => KdfParams::with_memory_mib(m).map_err(hearken::Error::from)?,
        None => KdfParams::DEFAULT,
    };
    if a.erase_after
        .is_some_and(|n| n <= hearken::vault::FREE_ATTEMPTS)
    {
        return Err(CliError::BadArgument {
            arg: "--erase-after",
            expected: "number-above-3",
        }
        .into());
    }
    let pass = secret::passphrase(ctx, "prompt-new-passphrase", true)?;
    let opts = CreateOptions {
        kdf,
        erase_after: a.erase_after,
    };
    let (vault, recovery) =
        Vault::create(&ctx.vault_path, &pass, &opts).map_err(hearken::Error::from)?;
    let shown = recovery.display();
    if let Some(out) = &a.recovery_key_out {
        write_private(
            out,
            format!("{}\n", shown.expose_secret()).as_bytes(),
            &ctx.vault_path,
        )?;
    }
    let path = ctx.vault_path.display().to_string();
    if ctx.json {
        output::json(&serde_json::json!({ "path": path, "recoveryKey": shown.expose_secret() }))?;
    } else {
        say!("{}", ctx.t("init-done", &[("path", Arg::from(path))]));
        say!("{}", ctx.t("init-recovery", &[]));
        say!("\n    {}\n", shown.expose_secret());
    }
    vault.lock();
    Ok(())
}

/// Writes a file only its owner can read.
pub fn write_private(
    path: &std::path::Path,
    bytes: &[u8],
    vault: &std::path::Path,
) -> anyhow::Result<()> {
    use std::io::Write;
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut opts, 0o600);
    let fail = |_| CliError::WriteFile {
        path: path.display().to_string(),
    };
    hearken::files::check_output(path, vault).map_err(hearken::Error::from)?;
    let mut f = opts.open(path).map_err(fail)?;
    f.write_all(bytes)
        .and_then(|_| f.sync_all())
        .map_err(fail)?;
    Ok(())
}

pub fn passphrase(ctx: &Ctx, cmd: PassphraseCmd) -> anyhow::Result<()> {
    let PassphraseCmd::Change {
        new_passphrase_file,
    } = cmd;
    let mut vault = ctx.unlock()?;
    let new = secret::new_or_prompted(
        ctx,
        new_passphrase_file.as_deref(),
        "prompt-new-passphrase",
        true,
    )?;
    vault
        .change_passphrase(&new)
        .map_err(hearken::Error::from)?;
    say!("{}", ctx.t("passphrase-changed", &[]));
    Ok(())
}

pub fn recover(ctx: &Ctx, a: RecoverArgs) -> anyhow::Result<()> {
    let key = secret::from_file(&a.recovery_key_file)?;
    let new = secret::new_or_prompted(
        ctx,
        a.new_passphrase_file.as_deref(),
        "prompt-new-passphrase",
        true,
    )?;
    Vault::recover(&ctx.vault_path, &key, &new).map_err(hearken::Error::from)?;
    say!("{}", ctx.t("recovered", &[]));
    Ok(())
}

pub fn info(ctx: &Ctx) -> anyhow::Result<()> {
    let info = Vault::info(&ctx.vault_path).map_err(hearken::Error::from)?;
    if ctx.json {
        let counts: serde_json::Map<String, serde_json::Value> = info
            .counts
            .iter()
            .map(|(k, n)| (k.name().to_owned(), (*n).into()))
            .collect();
        return output::json(&serde_json::json!({
            "path": info.path,
            "formatVersion": info.format_version,
            "kdf": { "algorithm": "argon2id", "memoryKib": info.kdf.m_kib, "iterations": info.kdf.t, "parallelism": info.kdf.p },
            "failedAttempts": info.failed_attempts,
            "eraseAfter": info.erase_after,
            "createdAt": info.created_at,
            "counts": counts,
        }));
    }
    say!(
        "{}",
        ctx.t(
            "info-path",
            &[("path", Arg::from(info.path.display().to_string()))]
        )
    );
    say!(
        "{}",
        ctx.t(
            "info-format",
            &[("version", Arg::from(info.format_version))]
        )
    );
    say!(
        "{}",
        ctx.t(
            "info-kdf",
            &[
                ("mib", Arg::from(info.kdf.m_kib / 1024)),
                ("t", Arg::from(info.kdf.t)),
                ("p", Arg::from(info.kdf.p))
            ]
        )
    );
    say!(
        "{}",
        ctx.t("info-failed", &[("n", Arg::from(info.failed_attempts))])
    );
    for (kind, n) in &info.counts {
        say!(
            "  {}",
            ctx.t(
                "info-count",
                &[("kind", Arg::from(kind.name())), ("n", Arg::from(*n))]
            )
        );
    }
    Ok(())
}

pub fn wipe(ctx: &Ctx, a: WipeArgs) -> anyhow::Result<()> {
    if !a.yes {
        return Err(CliError::NotConfirmed { what: "wipe" }.into());
    }
    Vault::wipe(&ctx.vault_path).map_err(hearken::Error::from)?;
    say!("{}", ctx.t("wiped", &[]));
    Ok(())
}

#[derive(Args, Debug)]
pub struct DemoArgs {
    /// Only the engagement and its codebook (a coordinator's starting point).
    #[arg(long, conflicts_with = "into")]
    engagement_only: bool,
    /// Run the demo sessions in this engagement (e.g. one imported with a kit of the demo).
    #[arg(long)]
    into: Option<String>,
    /// Make N sessions of varied data instead (100 quotes each, one device
    /// per ten sessions), in a new demo engagement.
    #[arg(long, value_name = "N", conflicts_with_all = ["engagement_only", "into", "follow_up"])]
    scale: Option<usize>,
    /// The seed of --scale: the same seed makes the same content.
    #[arg(long, requires = "scale", default_value_t = 1)]
    seed: u64,
    /// With --scale: write each device's signed bundle into DIR (for
    /// `hearken import`) instead of filling this vault.
    #[arg(long, requires = "scale", value_name = "DIR")]
    bundles: Option<PathBuf>,
    /// After importing the bundles of `--scale N --bundles DIR`: link the
    /// community recommendations and write their history.
    #[arg(long, conflicts_with_all = ["engagement_only", "into"])]
    follow_up: bool,
    /// With --follow-up: the engagement (when the vault has several).
    #[arg(long, requires = "follow_up")]
    engagement: Option<String>,
}

fn demo_scale(ctx: &Ctx, a: &DemoArgs, sessions: usize) -> anyhow::Result<()> {
    use hearken::demo::scale;
    let mut vault = ctx.unlock()?;
    if let Some(dir) = &a.bundles {
        std::fs::create_dir_all(dir)
            .map_err(|e| hearken::Error::from(hearken::files::FileError::Write(e)))?;
    }
    let bar = crate::progress::Bar::new(ctx);
    let draw = |s| bar.draw(s);
    let cancel = std::sync::atomic::AtomicBool::new(false);
    let target = match &a.bundles {
        Some(dir) => scale::Target::Bundles(dir),
        None => scale::Target::Vault,
    };
    let made = scale::generate(
        &mut vault,
        sessions,
        a.seed,
        target,
        &hearken::progress::Progress::new(&draw, &cancel),
    );
    bar.finish();
    let made = made?;
    if ctx.json {
        return output::json(&made);
    }
    say!(
        "{}",
        ctx.t(
            "demo-scale-done",
            &[
                ("sessions", Arg::from(made.made.sessions)),
                ("quotes", Arg::from(made.made.quotes)),
                ("devices", Arg::from(made.devices)),
                ("withdrawn", Arg::from(made.made.quotes_withdrawn)),
                ("narrowed", Arg::from(made.made.consents_narrowed)),
            ]
        )
    );
    if let Some(dir) = &a.bundles {
        say!(
            "{}",
            ctx.t(
                "demo-scale-bundles",
                &[
                    ("n", Arg::from(made.bundles.len())),
                    ("dir", Arg::from(dir.display().to_string())),
                ]
            )
        );
    }
    Ok(())
}

fn demo_follow_up(ctx: &Ctx, a: &DemoArgs) -> anyhow::Result<()> {
    let mut vault = ctx.unlock()?;
    let e = hearken::views::engagement(&vault, a.engagement.as_deref())?;
    let (links, history) = hearken::demo::scale::follow_up(&mut vault, e)?;
    if ctx.json {
        return output::json(&serde_json::json!({ "links": links, "history": history }));
    }
    say!(
        "{}",
        ctx.t(
            "demo-follow-up-done",
            &[("links", Arg::from(links)), ("history", Arg::from(history))]
        )
    );
    Ok(())
}

pub fn demo(ctx: &Ctx, a: DemoArgs) -> anyhow::Result<()> {
    if let Some(n) = a.scale {
        return demo_scale(ctx, &a, n);
    }
    if a.follow_up {
        return demo_follow_up(ctx, &a);
    }
    let mut vault = ctx.unlock()?;
    if a.engagement_only {
        let id = hearken::demo::load_engagement(&mut vault)?;
        if ctx.json {
            return output::json(&serde_json::json!({ "engagement": id.to_string() }));
        }
        say!(
            "{}",
            ctx.t(
                "created",
                &[
                    ("kind", Arg::from("engagement")),
                    ("id", Arg::from(id.to_string()))
                ]
            )
        );
        return Ok(());
    }
    let summary = match a.into {
        Some(e) => {
            let eid = vault.resolve(hearken::model::Kind::Engagement, &e)?;
            hearken::demo::load_sessions(&mut vault, eid)?
        }
        None => hearken::demo::load(&mut vault)?,
    };
    if ctx.json {
        return output::json(&summary);
    }
    say!(
        "{}",
        ctx.t(
            "demo-done",
            &[
                ("sessions", Arg::from(summary.sessions)),
                ("quotes", Arg::from(summary.quotes)),
                ("withdrawn", Arg::from(summary.quotes_withdrawn)),
            ]
        )
    );
    Ok(())
}
