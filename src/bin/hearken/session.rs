//! `hearken session` and `hearken participant`: community dialogues and
//! the people in them, by pseudonymous code.

use clap::{Args, Subcommand};
use hearken::{
    i18n::Arg,
    model::{GroupCount, Kind, RecordId, SessionInput, validate},
    vault::Vault,
};

use crate::{
    CliError, Command, Ctx,
    input::split_pair,
    output::{self, created},
};

#[derive(Subcommand, Debug)]
pub enum SessionCmd {
    /// Set up a session.
    Add(SessionAdd),
    /// List sessions.
    List {
        #[arg(long)]
        engagement: Option<String>,
    },
    /// Show a session.
    Show { id: String },
}

#[derive(Args, Debug)]
pub struct SessionAdd {
    #[arg(long)]
    engagement: String,
    /// Date, YYYY-MM-DD.
    #[arg(long)]
    date: String,
    /// A coarse place (district or village, never an address).
    #[arg(long)]
    place: String,
    #[arg(long, default_value = "")]
    region: String,
    #[arg(long, default_value = "")]
    title: String,
    #[arg(long = "language")]
    languages: Vec<String>,
    /// Participants in a demographic group, as GROUP=N (repeatable).
    #[arg(long = "count")]
    counts: Vec<String>,
    /// A name said in the room, to flag in quotes (repeatable; never exported).
    #[arg(long = "name")]
    names: Vec<String>,
}

#[derive(Subcommand, Debug)]
pub enum ParticipantCmd {
    /// Add a participant (code P1, P2... unless given).
    Add {
        #[arg(long)]
        session: String,
        #[arg(long)]
        code: Option<String>,
    },
    /// List a session's participants and their consent.
    List {
        #[arg(long)]
        session: String,
    },
}

fn session_json(vault: &Vault, id: RecordId) -> anyhow::Result<serde_json::Value> {
    let s = vault.session(id)?;
    let mut v = output::with_id(id, s);
    // The private name list stays on screen-free storage: only its size is shown.
    v["private_names"] = serde_json::Value::from(s.private_names.len());
    v["participants"] = vault
        .participants(id)
        .iter()
        .map(|(pid, p)| output::with_id(pid, p))
        .collect();
    v["quoteCount"] = vault.quotes(Some(id)).len().into();
    Ok(v)
}

pub fn session(ctx: &Ctx, cmd: SessionCmd) -> anyhow::Result<()> {
    let mut vault = ctx.unlock()?;
    match cmd {
        SessionCmd::Add(a) => {
            let eid = vault.resolve(Kind::Engagement, &a.engagement)?;
            let mut demographics = vec![];
            for c in &a.counts {
                let (group, n) = split_pair(c, '=', "--count", "group=number")?;
                let count = n.parse().map_err(|_| CliError::BadArgument {
                    arg: "--count",
                    expected: "group=number",
                })?;
                demographics.push(GroupCount {
                    group: group.to_owned(),
                    count,
                });
            }
            let id = vault.add_session(
                eid,
                SessionInput {
                    title: a.title,
                    date: a.date,
                    place: a.place,
                    region: a.region,
                    languages: a.languages,
                    agenda: None,
                    demographics,
                    private_names: a.names,
                },
            )?;
            created(ctx, Kind::Session, id)
        }
        SessionCmd::List { engagement } => {
            let eid = engagement
                .map(|e| vault.resolve(Kind::Engagement, &e))
                .transpose()?;
            let list = vault.sessions(eid);
            if ctx.json {
                return output::json(
                    &list
                        .iter()
                        .map(|(id, _)| session_json(&vault, *id))
                        .collect::<Result<Vec<_>, _>>()?,
                );
            }
            let headers = [
                "col-id",
                "col-date",
                "col-place",
                "col-region",
                "col-participants",
                "col-quotes",
            ]
            .map(|h| ctx.t(h, &[]));
            let rows: Vec<_> = list
                .iter()
                .map(|(id, s)| {
                    vec![
                        id.short(),
                        s.date.clone(),
                        s.place.clone(),
                        s.region.clone(),
                        vault.participants(*id).len().to_string(),
                        vault.quotes(Some(*id)).len().to_string(),
                    ]
                })
                .collect();
            output::table(&headers, &rows);
            Ok(())
        }
        SessionCmd::Show { id } => {
            let id = vault.resolve(Kind::Session, &id)?;
            if ctx.json {
                return output::json(&session_json(&vault, id)?);
            }
            let s = vault.session(id)?;
            say!("{}  {}  {}  {}", id, s.date, s.place, s.title);
            say!(
                "{}",
                ctx.t(
                    "show-languages",
                    &[("list", Arg::from(s.languages.join(", ")))]
                )
            );
            let group = if s.group_consent.as_ref().is_some_and(|c| c.is_active()) {
                "yes"
            } else {
                "no"
            };
            say!(
                "{}",
                ctx.t("show-group-consent", &[("given", Arg::from(group))])
            );
            for c in &s.demographics {
                say!("  {}: {}", c.group, c.count);
            }
            participants_table(ctx, &vault, id);
            say!(
                "{}",
                ctx.t(
                    "show-quote-count",
                    &[("n", Arg::from(vault.quotes(Some(id)).len()))]
                )
            );
            Ok(())
        }
    }
}

fn participants_table(ctx: &Ctx, vault: &Vault, session: RecordId) {
    let headers = ["col-code", "col-consent", "col-scopes", "col-quotes"].map(|h| ctx.t(h, &[]));
    let rows: Vec<_> = vault
        .participants(session)
        .iter()
        .map(|(_, p)| {
            let (state, scopes) = match &p.consent {
                None => (ctx.t("consent-state-none", &[]), String::new()),
                Some(c) if !c.is_active() => (ctx.t("consent-state-withdrawn", &[]), String::new()),
                Some(c) => (
                    ctx.t("consent-state-given", &[]),
                    c.scopes
                        .list()
                        .iter()
                        .map(|s| s.name())
                        .collect::<Vec<_>>()
                        .join(","),
                ),
            };
            let speaker = hearken::model::Speaker::Participant(p.code.clone());
            let n = hearken::consent::attributed_quotes(vault, session, &speaker).len();
            vec![p.code.clone(), state, scopes, n.to_string()]
        })
        .collect();
    output::table(&headers, &rows);
}

pub fn participant(ctx: &Ctx, cmd: ParticipantCmd) -> anyhow::Result<()> {
    let mut vault = ctx.unlock()?;
    match cmd {
        ParticipantCmd::Add { session, code } => {
            let sid = vault.resolve(Kind::Session, &session)?;
            let (id, code) = vault.add_participant(sid, code.as_deref())?;
            if ctx.json {
                return output::json(&serde_json::json!({ "id": id.to_string(), "code": code }));
            }
            say!(
                "{}",
                ctx.t("participant-added", &[("code", Arg::from(code))])
            );
            Ok(())
        }
        ParticipantCmd::List { session } => {
            let sid = vault.resolve(Kind::Session, &session)?;
            if ctx.json {
                let list = vault.participants(sid);
                return output::json(
                    &list
                        .iter()
                        .map(|(id, p)| output::with_id(id, p))
                        .collect::<Vec<_>>(),
                );
            }
            participants_table(ctx, &vault, sid);
            Ok(())
        }
    }
}

/// The first stage: values checked before the vault is opened or a key
/// derived, so a typo costs nothing and changes nothing.
pub fn check(cmd: &Command) -> anyhow::Result<()> {
    let valid = |r: Result<(), validate::RecordError>| -> anyhow::Result<()> {
        Ok(r.map_err(hearken::Error::from)?)
    };
    let Command::Session(SessionCmd::Add(a)) = cmd else {
        return Ok(());
    };
    valid(validate::date(&a.date).map(|_| ()))?;
    for l in &a.languages {
        valid(validate::language(l))?;
    }
    for c in &a.counts {
        let (_, n) = split_pair(c, '=', "--count", "group=number")?;
        n.parse::<u32>().map_err(|_| CliError::BadArgument {
            arg: "--count",
            expected: "group=number",
        })?;
    }
    Ok(())
}
