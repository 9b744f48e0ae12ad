//! Commands that set up the work: engagements, themes, sessions,
//! participants and their consent.

use std::path::PathBuf;

use clap::{Args, Subcommand};
use hearken::{
    i18n::Arg,
    model::{
        AgendaSegment, ConsentInput, ConsentMethod, EngagementInput, GroupCount, Kind, LangText,
        RecordId, Scope, SessionInput, ThemeInput,
    },
    vault::Vault,
};

use crate::{CliError, Command, Ctx, output};

#[derive(Subcommand, Debug)]
pub enum EngagementCmd {
    /// Create an engagement.
    Add(EngagementAdd),
    /// List engagements.
    List,
    /// Show one engagement with its agenda, codebook and consent texts.
    Show { id: String },
}

#[derive(Args, Debug)]
pub struct EngagementAdd {
    #[arg(long)]
    title: String,
    #[arg(long, default_value = "")]
    description: String,
    /// A treaty or UPR reference the engagement feeds (repeatable).
    #[arg(long = "reference")]
    references: Vec<String>,
    /// A language sessions may run in (repeatable).
    #[arg(long = "language")]
    languages: Vec<String>,
    /// Small-cell threshold (default 5).
    #[arg(long)]
    k: Option<u32>,
    /// A region to hear from (repeatable).
    #[arg(long = "region")]
    regions: Vec<String>,
    /// A demographic group to hear from (repeatable).
    #[arg(long = "group")]
    groups: Vec<String>,
    /// A place name to flag in quotes (repeatable).
    #[arg(long = "place")]
    gazetteer: Vec<String>,
    /// Consent text shown in a language, as LANG=FILE (repeatable).
    #[arg(long = "consent-text")]
    consent_texts: Vec<String>,
    /// An agenda segment as MINUTES:TITLE (repeatable, in order).
    #[arg(long = "segment")]
    segments: Vec<String>,
}

#[derive(Subcommand, Debug)]
pub enum ThemeCmd {
    /// Add a theme to an engagement's codebook.
    Add {
        #[arg(long)]
        engagement: String,
        /// Short code, unique in the engagement (e.g. water.access).
        #[arg(long)]
        code: String,
        #[arg(long)]
        label: String,
        #[arg(long, default_value = "")]
        description: String,
        /// Code of the parent theme.
        #[arg(long)]
        parent: Option<String>,
        /// A treaty article or UPR recommendation (repeatable).
        #[arg(long = "reference")]
        references: Vec<String>,
    },
    /// List an engagement's codebook.
    List {
        #[arg(long)]
        engagement: String,
    },
}

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

fn read_text(path: &std::path::Path) -> anyhow::Result<String> {
    crate::input::text(path, hearken::files::MAX_TEXT_BYTES)
}

fn split_pair<'a>(
    s: &'a str,
    sep: char,
    arg: &'static str,
    expected: &'static str,
) -> anyhow::Result<(&'a str, &'a str)> {
    s.split_once(sep)
        .filter(|(a, b)| !a.trim().is_empty() && !b.trim().is_empty())
        .map(|(a, b)| (a.trim(), b.trim()))
        .ok_or_else(|| CliError::BadArgument { arg, expected }.into())
}

pub fn engagement(ctx: &Ctx, cmd: EngagementCmd) -> anyhow::Result<()> {
    let mut vault = ctx.unlock()?;
    match cmd {
        EngagementCmd::Add(a) => {
            let mut consent_texts = vec![];
            for ct in &a.consent_texts {
                let (lang, file) = split_pair(ct, '=', "--consent-text", "lang=file")?;
                consent_texts.push(LangText {
                    lang: lang.to_owned(),
                    text: read_text(file.as_ref())?,
                });
            }
            let mut agenda = vec![];
            for s in &a.segments {
                let (min, title) = split_pair(s, ':', "--segment", "minutes:title")?;
                let minutes = min.parse().map_err(|_| CliError::BadArgument {
                    arg: "--segment",
                    expected: "minutes:title",
                })?;
                agenda.push(AgendaSegment {
                    title: title.to_owned(),
                    minutes,
                    questions: vec![],
                });
            }
            let id = vault.add_engagement(EngagementInput {
                title: a.title,
                description: a.description,
                references: a.references,
                languages: a.languages,
                k: a.k,
                agenda,
                consent_texts,
                regions: a.regions,
                groups: a.groups,
                gazetteer: a.gazetteer,
            })?;
            created(ctx, Kind::Engagement, id)
        }
        EngagementCmd::List => {
            let list = vault.engagements();
            if ctx.json {
                return output::json(
                    &list
                        .iter()
                        .map(|(id, e)| output::with_id(id, e))
                        .collect::<Vec<_>>(),
                );
            }
            let headers =
                ["col-id", "col-title", "col-sessions", "col-languages"].map(|h| ctx.t(h, &[]));
            let rows: Vec<_> = list
                .iter()
                .map(|(id, e)| {
                    vec![
                        id.short(),
                        e.title.clone(),
                        vault.sessions(Some(*id)).len().to_string(),
                        e.languages.join(" "),
                    ]
                })
                .collect();
            output::table(&headers, &rows);
            Ok(())
        }
        EngagementCmd::Show { id } => {
            let id = vault.resolve(Kind::Engagement, &id)?;
            let e = vault.engagement(id)?;
            let themes = vault.themes(id);
            if ctx.json {
                let mut v = output::with_id(id, e);
                v["themes"] = themes
                    .iter()
                    .map(|(tid, t)| output::with_id(tid, t))
                    .collect();
                return output::json(&v);
            }
            say!("{}  {}", id, e.title);
            if !e.description.is_empty() {
                say!("{}", e.description);
            }
            say!(
                "{}",
                ctx.t(
                    "show-references",
                    &[("list", Arg::from(e.references.join(", ")))]
                )
            );
            say!(
                "{}",
                ctx.t(
                    "show-languages",
                    &[("list", Arg::from(e.languages.join(", ")))]
                )
            );
            say!("{}", ctx.t("show-k", &[("k", Arg::from(e.k))]));
            say!("{}", ctx.t("show-agenda", &[]));
            for seg in &e.agenda {
                say!(
                    "  {}",
                    ctx.t(
                        "show-segment",
                        &[
                            ("minutes", Arg::from(seg.minutes)),
                            ("title", Arg::from(seg.title.as_str()))
                        ]
                    )
                );
                for q in &seg.questions {
                    say!("      - {q}");
                }
            }
            say!("{}", ctx.t("show-codebook", &[]));
            for (_, t) in &themes {
                let indent = if t.parent.is_some() { "    " } else { "  " };
                say!(
                    "{indent}{}  {}  {}",
                    t.code,
                    t.label,
                    t.references.join(", ")
                );
            }
            let langs: Vec<&str> = e.consent_texts.iter().map(|t| t.lang.as_str()).collect();
            say!(
                "{}",
                ctx.t(
                    "show-consent-texts",
                    &[("list", Arg::from(langs.join(", ")))]
                )
            );
            Ok(())
        }
    }
}

fn created(ctx: &Ctx, kind: Kind, id: RecordId) -> anyhow::Result<()> {
    if ctx.json {
        return output::json(&serde_json::json!({ "id": id.to_string(), "kind": kind.name() }));
    }
    say!(
        "{}",
        ctx.t(
            "created",
            &[
                ("kind", Arg::from(kind.name())),
                ("id", Arg::from(id.to_string()))
            ]
        )
    );
    Ok(())
}

/// Finds a theme of `engagement` by its code.
pub fn theme_by_code(vault: &Vault, engagement: RecordId, code: &str) -> anyhow::Result<RecordId> {
    vault
        .themes(engagement)
        .into_iter()
        .find(|(_, t)| t.code == code.trim())
        .map(|(id, _)| id)
        .ok_or_else(|| {
            CliError::UnknownTheme {
                code: code.to_owned(),
            }
            .into()
        })
}

pub fn theme(ctx: &Ctx, cmd: ThemeCmd) -> anyhow::Result<()> {
    let mut vault = ctx.unlock()?;
    match cmd {
        ThemeCmd::Add {
            engagement,
            code,
            label,
            description,
            parent,
            references,
        } => {
            let eid = vault.resolve(Kind::Engagement, &engagement)?;
            let parent = parent.map(|p| theme_by_code(&vault, eid, &p)).transpose()?;
            let id = vault.add_theme(
                eid,
                ThemeInput {
                    parent,
                    code,
                    label,
                    description,
                    references,
                },
            )?;
            created(ctx, Kind::Theme, id)
        }
        ThemeCmd::List { engagement } => {
            let eid = vault.resolve(Kind::Engagement, &engagement)?;
            let themes = vault.themes(eid);
            if ctx.json {
                return output::json(
                    &themes
                        .iter()
                        .map(|(id, t)| output::with_id(id, t))
                        .collect::<Vec<_>>(),
                );
            }
            let headers = ["col-code", "col-label", "col-references"].map(|h| ctx.t(h, &[]));
            let rows: Vec<_> = themes
                .iter()
                .map(|(_, t)| vec![t.code.clone(), t.label.clone(), t.references.join(", ")])
                .collect();
            output::table(&headers, &rows);
            Ok(())
        }
    }
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
    use hearken::model::validate;
    let valid = |r: Result<(), validate::RecordError>| -> anyhow::Result<()> {
        Ok(r.map_err(hearken::Error::from)?)
    };
    match cmd {
        Command::Engagement(EngagementCmd::Add(a)) => {
            for l in &a.languages {
                valid(validate::language(l))?;
            }
            for ct in &a.consent_texts {
                let (lang, _) = split_pair(ct, '=', "--consent-text", "lang=file")?;
                valid(validate::language(lang))?;
            }
            for s in &a.segments {
                let (min, _) = split_pair(s, ':', "--segment", "minutes:title")?;
                min.parse::<u32>().map_err(|_| CliError::BadArgument {
                    arg: "--segment",
                    expected: "minutes:title",
                })?;
            }
            Ok(())
        }
        Command::Session(SessionCmd::Add(a)) => {
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
        Command::Consent(ConsentCmd::Give(a)) => {
            for s in &a.scopes {
                Scope::from_name(s.trim()).ok_or(CliError::BadArgument {
                    arg: "--scopes",
                    expected: "scopes",
                })?;
            }
            parse_method(&a.method)?;
            valid(validate::language(&a.language))
        }
        _ => Ok(()),
    }
}
