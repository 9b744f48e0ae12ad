//! `hearken consent`: give or withdraw consent, a participant's or the
//! group's.

use std::path::PathBuf;

use clap::{Args, Subcommand};
use hearken::{
    i18n::Arg,
    model::{ConsentInput, ConsentMethod, Kind, Scope, validate},
};

use crate::{
    CliError, Command, Ctx,
    input::read_text,
    output::{self},
};

#[derive(Subcommand, Debug)]
pub enum ConsentCmd {
    /// Record consent of a participant or of the group.
    Give(ConsentGive),
    /// Withdraw a participant's consent (their quotes are removed at once),
    /// or the group's (its quotes, needs and recommendations are removed).
    Withdraw {
        #[arg(long)]
        session: String,
        /// The participant's code.
        #[arg(long, conflicts_with = "group", required_unless_present = "group")]
        participant: Option<String>,
        /// The group's consent.
        #[arg(long)]
        group: bool,
    },
}

#[derive(Args, Debug)]
pub struct ConsentGive {
    #[arg(long)]
    session: String,
    /// The participant's code.
    #[arg(long, conflicts_with = "group", required_unless_present = "group")]
    participant: Option<String>,
    /// Consent of the group, for notes not attributed to anyone.
    #[arg(long)]
    group: bool,
    /// Scopes agreed to, comma-separated: take_part, quotes_in_reports, quotes_shared, demographics.
    #[arg(long, value_delimiter = ',', required = true)]
    scopes: Vec<String>,
    /// oral, written or witnessed.
    #[arg(long)]
    method: String,
    /// Language the consent text was given in.
    #[arg(long)]
    language: String,
    /// The consent text shown (default: the engagement's text in that language).
    #[arg(long)]
    text_file: Option<PathBuf>,
}

fn parse_method(s: &str) -> anyhow::Result<ConsentMethod> {
    Ok(match s.trim().to_lowercase().as_str() {
        "oral" => ConsentMethod::Oral,
        "written" => ConsentMethod::Written,
        "witnessed" => ConsentMethod::Witnessed,
        _ => {
            return Err(CliError::BadArgument {
                arg: "--method",
                expected: "oral-written-witnessed",
            }
            .into());
        }
    })
}

pub fn consent(ctx: &Ctx, cmd: ConsentCmd) -> anyhow::Result<()> {
    let mut vault = ctx.unlock()?;
    match cmd {
        ConsentCmd::Give(a) => {
            let sid = vault.resolve(Kind::Session, &a.session)?;
            let scopes = a
                .scopes
                .iter()
                .map(|s| {
                    Scope::from_name(s.trim()).ok_or(CliError::BadArgument {
                        arg: "--scopes",
                        expected: "scopes",
                    })
                })
                .collect::<Result<Vec<_>, _>>()?;
            let input = ConsentInput {
                scopes,
                method: parse_method(&a.method)?,
                language: a.language,
                text: a.text_file.as_deref().map(read_text).transpose()?,
            };
            match a.participant {
                Some(code) => {
                    let (pid, _) = vault.participant_by_code(sid, &code)?;
                    vault.give_consent(pid, input)?;
                }
                None => vault.give_group_consent(sid, input)?,
            }
            say!("{}", ctx.t("consent-recorded", &[]));
            Ok(())
        }
        ConsentCmd::Withdraw {
            session,
            participant: None,
            ..
        } => {
            let sid = vault.resolve(Kind::Session, &session)?;
            let removed = vault.withdraw_group_consent(sid)?;
            if ctx.json {
                return output::json(&serde_json::json!({ "group": true, "removed": removed }));
            }
            say!(
                "{}",
                ctx.t("group-consent-withdrawn-done", &[("n", Arg::from(removed))])
            );
            Ok(())
        }
        ConsentCmd::Withdraw {
            session,
            participant: Some(participant),
            ..
        } => {
            let sid = vault.resolve(Kind::Session, &session)?;
            let (pid, p) = vault.participant_by_code(sid, &participant)?;
            let code = p.code.clone();
            let removed = vault.withdraw_consent(pid)?;
            if ctx.json {
                return output::json(
                    &serde_json::json!({ "participant": code, "quotesRemoved": removed }),
                );
            }
            say!(
                "{}",
                ctx.t(
                    "consent-withdrawn-done",
                    &[("code", Arg::from(code)), ("n", Arg::from(removed))]
                )
            );
            Ok(())
        }
    }
}

/// The first stage: values checked before the vault is opened or a key
/// derived, so a typo costs nothing and changes nothing.
pub fn check(cmd: &Command) -> anyhow::Result<()> {
    let Command::Consent(ConsentCmd::Give(a)) = cmd else {
        return Ok(());
    };
    for s in &a.scopes {
        Scope::from_name(s.trim()).ok_or(CliError::BadArgument {
            arg: "--scopes",
            expected: "scopes",
        })?;
    }
    parse_method(&a.method)?;
    Ok(validate::language(&a.language).map_err(hearken::Error::from)?)
}
