//! Reading passphrases and recovery keys: from a file (first line, trailing
//! newline removed) or from the terminal without echo. Never from arguments,
//! which other users of the machine can read.

use std::path::Path;

use secrecy::SecretString;
use zeroize::Zeroizing;

use crate::{CliError, Ctx};

/// Reads a secret from the first line of `path`.
pub fn from_file(path: &Path) -> anyhow::Result<SecretString> {
    let raw = Zeroizing::new(crate::input::text(path, hearken::files::MAX_SECRET_BYTES)?);
    let line = raw.lines().next().unwrap_or("");
    Ok(SecretString::from(line.trim_end_matches('\r')))
}

fn prompt(ctx: &Ctx, id: &str) -> anyhow::Result<SecretString> {
    let text = format!("{}: ", ctx.t(id, &[]));
    let answer = rpassword::prompt_password(text).map_err(|_| CliError::NoTerminal)?;
    Ok(SecretString::from(answer))
}

/// The passphrase: `--passphrase-file`, else asked on the terminal; asked
/// twice when `confirm` (new passphrases).
pub fn passphrase(ctx: &Ctx, prompt_id: &str, confirm: bool) -> anyhow::Result<SecretString> {
    if let Some(f) = &ctx.passphrase_file {
        return from_file(f);
    }
    new_or_prompted(ctx, None, prompt_id, confirm)
}

/// A secret from `file` if given, else asked (twice when `confirm`).
pub fn new_or_prompted(
    ctx: &Ctx,
    file: Option<&Path>,
    prompt_id: &str,
    confirm: bool,
) -> anyhow::Result<SecretString> {
    use secrecy::ExposeSecret;
    if let Some(f) = file {
        return from_file(f);
    }
    let first = prompt(ctx, prompt_id)?;
    if confirm {
        let again = prompt(ctx, "prompt-passphrase-again")?;
        if again.expose_secret() != first.expose_secret() {
            return Err(CliError::PassphraseMismatch.into());
        }
    }
    Ok(first)
}
