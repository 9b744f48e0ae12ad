//! `hearken evaluation`: the participants' anonymous evaluation of a
//! session (four fixed questions and an optional comment, which the
//! anonymization assistant cleans before it is stored).

use clap::Subcommand;
use hearken::{
    i18n::Arg,
    model::{Answer, EvaluationInput, Kind, Question, validate::RecordError},
};

use crate::{Command, Ctx, output};

#[derive(Subcommand, Debug)]
pub enum EvaluationCmd {
    /// Record one participant's answers (yes, partly, no or unanswered).
    Add {
        #[arg(long)]
        session: String,
        /// Felt safe to speak.
        #[arg(long, default_value = "unanswered")]
        safe: String,
        /// Could use their own language.
        #[arg(long, default_value = "unanswered")]
        language: String,
        /// Accessibility needs were met.
        #[arg(long, default_value = "unanswered")]
        access: String,
        /// Would take part again.
        #[arg(long, default_value = "unanswered")]
        again: String,
        /// A comment (identifying details are replaced before it is stored).
        #[arg(long, default_value = "")]
        comment: String,
    },
    /// The evaluations of a session, or of every session.
    List {
        #[arg(long)]
        session: Option<String>,
    },
}

fn answer(field: &'static str, typed: &str) -> Result<Answer, RecordError> {
    Answer::parse(typed).ok_or(RecordError::Invalid { field })
}

fn input(cmd: &EvaluationCmd) -> Result<Option<EvaluationInput>, RecordError> {
    let EvaluationCmd::Add {
        safe,
        language,
        access,
        again,
        comment,
        ..
    } = cmd
    else {
        return Ok(None);
    };
    Ok(Some(EvaluationInput {
        felt_safe: answer("safe", safe)?,
        own_language: answer("language", language)?,
        accessible: answer("access", access)?,
        again: answer("again", again)?,
        comment: comment.clone(),
    }))
}

/// First-stage checks, before the vault is unlocked.
pub fn check(cmd: &Command) -> anyhow::Result<()> {
    if let Command::Evaluation(c) = cmd {
        input(c).map_err(hearken::Error::from)?;
    }
    Ok(())
}

pub fn evaluation(ctx: &Ctx, cmd: EvaluationCmd) -> anyhow::Result<()> {
    let typed = input(&cmd).map_err(hearken::Error::from)?;
    match cmd {
        EvaluationCmd::Add { session, .. } => {
            let mut vault = ctx.unlock()?;
            let sid = vault.resolve(Kind::Session, &session)?;
            let done = vault.add_evaluation(sid, typed.expect("an add has input"))?;
            if ctx.json {
                return output::json(&done);
            }
            say!(
                "{}",
                ctx.t(
                    "evaluation-added",
                    &[
                        ("id", Arg::from(done.id.short())),
                        ("redacted", Arg::from(done.redacted)),
                    ]
                )
            );
            Ok(())
        }
        EvaluationCmd::List { session } => {
            let vault = ctx.unlock()?;
            let sessions = match session {
                Some(s) => vec![vault.resolve(Kind::Session, &s)?],
                None => vault.sessions(None).into_iter().map(|(id, _)| id).collect(),
            };
            let mut rows = vec![];
            let mut json = vec![];
            for sid in sessions {
                // Comments are the group's words: shown only while its
                // consent covers them.
                let group = hearken::consent::check_session_may_record(&vault, sid).is_ok();
                for (id, e) in vault.evaluations(sid) {
                    let comment = if group { e.comment.as_str() } else { "" };
                    json.push(serde_json::json!({
                        "id": id.to_string(),
                        "session": sid.to_string(),
                        "feltSafe": e.felt_safe,
                        "ownLanguage": e.own_language,
                        "accessible": e.accessible,
                        "again": e.again,
                        "comment": comment,
                    }));
                    let mut row = vec![id.short(), sid.short()];
                    row.extend(
                        Question::ALL
                            .iter()
                            .map(|q| ctx.t(&format!("answer-{}", e.answer(*q).name()), &[])),
                    );
                    row.push(comment.to_owned());
                    rows.push(row);
                }
            }
            if ctx.json {
                return output::json(&json);
            }
            let mut headers = vec![
                ctx.t("evaluation-col-id", &[]),
                ctx.t("evaluation-col-session", &[]),
            ];
            headers.extend(
                Question::ALL
                    .iter()
                    .map(|q| ctx.t(&format!("question-{}", q.name().replace('_', "-")), &[])),
            );
            headers.push(ctx.t("evaluation-col-comment", &[]));
            output::table(&headers, &rows);
            Ok(())
        }
    }
}
