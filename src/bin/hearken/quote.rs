//! `hearken quote`: record, list, edit, read back, check and redact quotes.

use clap::Subcommand;
use hearken::{
    i18n::Arg,
    model::{Kind, QuoteEdit, QuoteField, QuoteInput, ReadBack, RecordId, Speaker},
    redact::Finding,
    vault::Vault,
};

use crate::capture::{TextArg, done, session_filter, theme_codes, themes_of};
use crate::{Ctx, output};

#[derive(Subcommand, Debug)]
pub enum QuoteCmd {
    /// Record a quote (refused without the speaker's consent).
    Add {
        #[arg(long)]
        session: String,
        /// A participant's code, or `group`.
        #[arg(long)]
        speaker: String,
        #[command(flatten)]
        text: TextArg,
        #[arg(long)]
        language: String,
        #[arg(long)]
        translation: Option<String>,
        /// A theme code (repeatable).
        #[arg(long = "theme")]
        themes: Vec<String>,
    },
    /// List quotes.
    List {
        #[arg(long)]
        session: Option<String>,
    },
    /// Change a quote's text, language, translation or themes.
    Edit {
        id: String,
        #[command(flatten)]
        text: TextArg,
        #[arg(long)]
        language: Option<String>,
        #[arg(long)]
        translation: Option<String>,
        /// Replace the themes with these codes (repeatable).
        #[arg(long = "theme")]
        themes: Vec<String>,
    },
    /// Record that a quote was read back to its speaker.
    ReadBack {
        id: String,
        /// The speaker asked for a change (default: confirmed).
        #[arg(long)]
        change_requested: bool,
    },
    /// Delete a quote for good.
    Delete { id: String },
    /// List the identifying details still found in a quote, or (with --all) every quote that has any.
    Check {
        #[arg(required_unless_present = "all", conflicts_with = "all")]
        id: Option<String>,
        /// Every quote still holding identifying details (in --session, or the whole vault).
        #[arg(long)]
        all: bool,
        #[arg(long, requires = "all")]
        session: Option<String>,
    },
    /// Replace identifying details found in a quote (or, with --all-flagged, in every flagged quote) with placeholders.
    Redact {
        #[arg(
            required_unless_present = "all_flagged",
            conflicts_with = "all_flagged"
        )]
        id: Option<String>,
        /// Only findings of this kind (repeatable; default: all).
        #[arg(long = "kind", conflicts_with = "all_flagged")]
        kinds: Vec<String>,
        /// Every quote still holding identifying details (in --session, or the whole vault).
        #[arg(long)]
        all_flagged: bool,
        #[arg(long, requires = "all_flagged")]
        session: Option<String>,
    },
    /// Keep the identifying details found in a quote as written (reviewed).
    Review { id: String },
    /// Show a quote under a theme in reports, before the automatic choice
    /// (its consent permitting).
    Pin {
        id: String,
        /// The theme's code.
        #[arg(long)]
        theme: String,
    },
    /// Undo a pin: from one theme, or from every theme.
    Unpin {
        id: String,
        #[arg(long)]
        theme: Option<String>,
    },
    /// Keep a quote out of every report.
    Exclude { id: String },
    /// Let an excluded quote be chosen for reports again.
    Include { id: String },
    /// The quotes pinned to themes and excluded from reports.
    Curated {
        #[arg(long)]
        engagement: Option<String>,
    },
}

pub fn quote(ctx: &Ctx, cmd: QuoteCmd) -> anyhow::Result<()> {
    let mut vault = ctx.unlock()?;
    match cmd {
        QuoteCmd::Pin { id, theme } => {
            let qid = vault.resolve(Kind::Quote, &id)?;
            let engagement = vault.session(vault.quote(qid)?.session)?.engagement;
            let tid = crate::engagement::theme_by_code(&vault, engagement, &theme)?;
            let changed = vault.pin_quote(qid, tid)?;
            curated(ctx, "quote-pinned", qid, changed)
        }
        QuoteCmd::Unpin { id, theme } => {
            let qid = vault.resolve(Kind::Quote, &id)?;
            let engagement = vault.session(vault.quote(qid)?.session)?.engagement;
            let tid = theme
                .map(|t| crate::engagement::theme_by_code(&vault, engagement, &t))
                .transpose()?;
            let changed = vault.unpin_quote(qid, tid)?;
            curated(ctx, "quote-unpinned", qid, changed)
        }
        QuoteCmd::Exclude { id } => {
            let qid = vault.resolve(Kind::Quote, &id)?;
            let changed = vault.exclude_quote(qid)?;
            curated(ctx, "quote-excluded", qid, changed)
        }
        QuoteCmd::Include { id } => {
            let qid = vault.resolve(Kind::Quote, &id)?;
            let changed = vault.include_quote(qid)?;
            curated(ctx, "quote-included", qid, changed)
        }
        QuoteCmd::Curated { engagement } => {
            let e = crate::synthesis::engagement(&vault, engagement.as_deref())?;
            let c = vault.curation(e).map(|(_, c)| c);
            let pins = c.map_or(&[][..], |c| &c.pins);
            let excluded = c.map_or(&[][..], |c| &c.excluded);
            if ctx.json {
                return output::json(&serde_json::json!({
                    "pins": pins.iter().map(|p| serde_json::json!({
                        "quote": p.quote.to_string(),
                        "theme": theme_codes(&vault, &[p.theme]),
                    })).collect::<Vec<_>>(),
                    "excluded": excluded.iter().map(ToString::to_string).collect::<Vec<_>>(),
                }));
            }
            let headers = ["col-id", "col-themes"].map(|h| ctx.t(h, &[]));
            let mut rows: Vec<Vec<String>> = pins
                .iter()
                .map(|p| vec![p.quote.short(), theme_codes(&vault, &[p.theme])])
                .collect();
            rows.extend(
                excluded
                    .iter()
                    .map(|q| vec![q.short(), ctx.t("quote-excluded-mark", &[])]),
            );
            output::table(&headers, &rows);
            Ok(())
        }
        QuoteCmd::Add {
            session,
            speaker,
            text,
            language,
            translation,
            themes,
        } => {
            let sid = vault.resolve(Kind::Session, &session)?;
            let themes = themes_of(&vault, sid, &themes)?;
            let input = QuoteInput {
                speaker: Speaker::parse(&speaker),
                text: text.required()?,
                language,
                translation,
                themes,
            };
            let id = vault.add_quote(sid, input)?;
            done(ctx, "created", Kind::Quote, id)?;
            warn_findings(ctx, &vault, id)
        }
        QuoteCmd::List { session } => {
            let sid = session_filter(&vault, &session)?;
            let quotes = vault.quotes(sid);
            if ctx.json {
                return output::json(
                    &quotes
                        .iter()
                        .map(|(id, q)| output::with_id(id, q))
                        .collect::<Vec<_>>(),
                );
            }
            let headers = [
                "col-id",
                "col-speaker",
                "col-language",
                "col-themes",
                "col-text",
            ]
            .map(|h| ctx.t(h, &[]));
            let rows: Vec<_> = quotes
                .iter()
                .map(|(id, q)| {
                    vec![
                        id.short(),
                        q.speaker.to_string(),
                        q.language.clone(),
                        theme_codes(&vault, &q.themes),
                        q.text.clone(),
                    ]
                })
                .collect();
            output::table(&headers, &rows);
            Ok(())
        }
        QuoteCmd::Edit {
            id,
            text,
            language,
            translation,
            themes,
        } => {
            let qid = vault.resolve(Kind::Quote, &id)?;
            let session = vault.quote(qid)?.session;
            let themes = if themes.is_empty() {
                None
            } else {
                Some(themes_of(&vault, session, &themes)?)
            };
            let edit = QuoteEdit {
                text: text.read()?,
                language,
                translation: translation.map(Some),
                themes,
            };
            vault.edit_quote(qid, edit)?;
            done(ctx, "updated", Kind::Quote, qid)
        }
        QuoteCmd::ReadBack {
            id,
            change_requested,
        } => {
            let qid = vault.resolve(Kind::Quote, &id)?;
            let outcome = if change_requested {
                ReadBack::ChangeRequested
            } else {
                ReadBack::Confirmed
            };
            vault.record_read_back(qid, outcome)?;
            done(ctx, "updated", Kind::Quote, qid)
        }
        QuoteCmd::Check {
            id: None, session, ..
        } => {
            let session = session
                .map(|s| vault.resolve(Kind::Session, &s))
                .transpose()?;
            let flagged = vault.flagged_quotes(session)?;
            if ctx.json {
                return output::json(&flagged);
            }
            if flagged.is_empty() {
                say!("{}", ctx.t("quote-check-none", &[]));
                return Ok(());
            }
            let headers = ["col-id", "col-session", "col-kind"].map(|h| ctx.t(h, &[]));
            let rows: Vec<_> = flagged
                .iter()
                .map(|f| {
                    let kinds: Vec<String> = f
                        .kinds
                        .iter()
                        .map(|k| ctx.t(&format!("redact-kind-{}", k.replace('_', "-")), &[]))
                        .collect();
                    vec![f.id.short(), f.session.short(), kinds.join(", ")]
                })
                .collect();
            output::table(&headers, &rows);
            Ok(())
        }
        QuoteCmd::Redact {
            id: None, session, ..
        } => {
            let session = session
                .map(|s| vault.resolve(Kind::Session, &s))
                .transpose()?;
            let n = vault.redact_all_flagged(session)?;
            if ctx.json {
                return output::json(&serde_json::json!({ "redacted": n }));
            }
            say!("{}", ctx.t("quote-redacted-all", &[("n", Arg::from(n))]));
            Ok(())
        }
        QuoteCmd::Check { id: Some(id), .. } => {
            let qid = vault.resolve(Kind::Quote, &id)?;
            let found = findings(&vault, qid)?;
            if ctx.json {
                let list: Vec<_> = found
                    .iter()
                    .map(|(field, f)| serde_json::json!({ "field": field, "kind": f.kind, "start": f.start, "end": f.end }))
                    .collect();
                return output::json(&list);
            }
            let q = vault.quote(qid)?;
            let headers =
                ["col-field", "col-kind", "col-position", "col-text"].map(|h| ctx.t(h, &[]));
            let rows: Vec<_> = found
                .iter()
                .map(|(field, f)| {
                    let text = match field {
                        QuoteField::Text => &q.text,
                        QuoteField::Translation => {
                            q.translation.as_ref().expect("findings in a translation")
                        }
                    };
                    let excerpt: String =
                        text.chars().skip(f.start).take(f.end - f.start).collect();
                    vec![
                        ctx.t(field_id(*field), &[]),
                        ctx.t(
                            &format!("redact-kind-{}", f.kind.as_str().replace('_', "-")),
                            &[],
                        ),
                        format!("{}-{}", f.start, f.end),
                        excerpt,
                    ]
                })
                .collect();
            output::table(&headers, &rows);
            Ok(())
        }
        QuoteCmd::Redact {
            id: Some(id),
            kinds,
            ..
        } => {
            let qid = vault.resolve(Kind::Quote, &id)?;
            let found = findings(&vault, qid)?;
            for field in [QuoteField::Text, QuoteField::Translation] {
                let chosen: Vec<Finding> = found
                    .iter()
                    .filter(|(f, x)| {
                        *f == field
                            && (kinds.is_empty() || kinds.iter().any(|k| k == x.kind.as_str()))
                    })
                    .map(|(_, x)| *x)
                    .collect();
                if !chosen.is_empty() {
                    vault.redact_quote(qid, field, &chosen)?;
                }
            }
            done(ctx, "updated", Kind::Quote, qid)
        }
        QuoteCmd::Review { id } => {
            let qid = vault.resolve(Kind::Quote, &id)?;
            vault.review_all_findings(qid)?;
            done(ctx, "updated", Kind::Quote, qid)
        }
        QuoteCmd::Delete { id } => {
            let qid = vault.resolve(Kind::Quote, &id)?;
            vault.delete_captured(qid)?;
            done(ctx, "deleted", Kind::Quote, qid)
        }
    }
}

fn findings(vault: &Vault, quote: RecordId) -> anyhow::Result<Vec<(QuoteField, Finding)>> {
    let scanner = vault.scanner(vault.quote(quote)?.session)?;
    Ok(vault.quote_findings(quote, &scanner)?)
}

fn field_id(field: QuoteField) -> &'static str {
    match field {
        QuoteField::Text => "field-text",
        QuoteField::Translation => "field-translation",
    }
}

/// After a quote is saved: say which identifying details it still holds.
fn warn_findings(ctx: &Ctx, vault: &Vault, quote: RecordId) -> anyhow::Result<()> {
    let found = findings(vault, quote)?;
    if found.is_empty() || ctx.json {
        return Ok(());
    }
    let kinds: Vec<String> = found
        .iter()
        .map(|(_, f)| {
            ctx.t(
                &format!("redact-kind-{}", f.kind.as_str().replace('_', "-")),
                &[],
            )
        })
        .collect();
    eprintln!(
        "{}",
        ctx.t(
            "quote-findings",
            &[
                ("n", Arg::from(found.len())),
                ("kinds", Arg::from(kinds.join(", "))),
                ("id", Arg::from(quote.short()))
            ]
        )
    );
    Ok(())
}

/// Says what a pin, unpin, exclusion or inclusion did.
fn curated(ctx: &Ctx, id: &str, quote: RecordId, changed: bool) -> anyhow::Result<()> {
    if ctx.json {
        return output::json(&serde_json::json!({ "id": quote.to_string(), "changed": changed }));
    }
    let id = if changed {
        id
    } else {
        "quote-curation-unchanged"
    };
    say!("{}", ctx.t(id, &[("id", Arg::from(quote.short()))]));
    Ok(())
}
