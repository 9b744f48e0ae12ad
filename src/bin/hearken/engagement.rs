//! `hearken engagement` and `hearken theme`: what communities are asked
//! about, and the codebook of themes.

use clap::{Args, Subcommand};
use hearken::{
    i18n::Arg,
    model::{AgendaSegment, EngagementInput, Kind, LangText, RecordId, ThemeInput, validate},
    vault::Vault,
};

use crate::{
    CliError, Command, Ctx,
    input::{read_text, split_pair},
    output::{self, created},
};

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

/// Finds a theme of `engagement` by its code.
pub fn theme_by_code(vault: &Vault, engagement: RecordId, code: &str) -> anyhow::Result<RecordId> {
    hearken::views::theme_by_code(vault, engagement, code).ok_or_else(|| {
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

/// The first stage: values checked before the vault is opened or a key
/// derived, so a typo costs nothing and changes nothing.
pub fn check(cmd: &Command) -> anyhow::Result<()> {
    let valid = |r: Result<(), validate::RecordError>| -> anyhow::Result<()> {
        Ok(r.map_err(hearken::Error::from)?)
    };
    let Command::Engagement(EngagementCmd::Add(a)) = cmd else {
        return Ok(());
    };
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
