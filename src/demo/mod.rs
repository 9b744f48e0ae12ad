//! A realistic multilingual demo: one engagement with a codebook linked to
//! treaty articles and UPR recommendations, four sessions in English, French,
//! Spanish and Arabic, consents (one withdrawn), quotes, needs and
//! recommendations, the participants' evaluations, and the coordinator's
//! follow-up: official recommendations, links and a history of state
//! changes. Used by `hearken demo`, the app's demo button and tests.
//! Everything goes through the same operations a facilitator uses, so the
//! demo obeys the consent rules like real data.
//! Long on purpose: the follow-up history is a table of the demo's data.

pub mod scale;

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::{
    Error,
    model::{
        AgendaSegment, Answer, ConsentInput, ConsentMethod, EngagementInput, EvaluationInput,
        GroupCount, LangText, NeedInput, QuoteInput, RecommendationInput, RecordId, Scope,
        SessionInput, Speaker, ThemeInput,
    },
    vault::Vault,
};

const CONTENT: &str = include_str!("content.json");
/// Official recommendations the demo's community recommendations refer to.
const OFFICIALS: &str = include_str!("officials.json");
/// The coordinator's report texts: every part in English, the summary and
/// cover in French.
const TEXTS: &str = include_str!("texts.json");
/// The codebook, regions and groups in French, Spanish, Arabic and Russian.
const LABELS: &str = include_str!("labels.json");

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Content {
    engagement: DemoEngagement,
    themes: Vec<DemoTheme>,
    sessions: Vec<DemoSession>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct DemoEngagement {
    title: String,
    description: String,
    references: Vec<String>,
    languages: Vec<String>,
    k: u32,
    agenda: Vec<AgendaSegment>,
    consent_texts: Vec<LangText>,
    regions: Vec<String>,
    groups: Vec<String>,
    gazetteer: Vec<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct DemoTheme {
    code: String,
    label: String,
    description: String,
    references: Vec<String>,
    parent: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct DemoConsent {
    method: ConsentMethod,
    language: String,
    scopes: Vec<Scope>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct DemoParticipant {
    code: String,
    scopes: Vec<Scope>,
    method: ConsentMethod,
    language: String,
    withdraw: bool,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct DemoText {
    text: String,
    language: String,
    #[serde(default)]
    themes: Vec<String>,
    #[serde(default)]
    speaker: Option<String>,
    #[serde(default)]
    translation: Option<String>,
    #[serde(default)]
    duty_bearer: String,
    #[serde(default)]
    references: Vec<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct DemoSession {
    title: String,
    date: String,
    place: String,
    region: String,
    languages: Vec<String>,
    demographics: Vec<GroupCount>,
    private_names: Vec<String>,
    group_consent: DemoConsent,
    participants: Vec<DemoParticipant>,
    quotes: Vec<DemoText>,
    needs: Vec<DemoText>,
    recommendations: Vec<DemoText>,
}

/// What the demo put in the vault.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DemoSummary {
    pub engagement: RecordId,
    pub themes: usize,
    pub sessions: usize,
    pub participants: usize,
    /// Quotes in the vault after the withdrawal.
    pub quotes: usize,
    /// Quotes removed by the demo's consent withdrawal.
    pub quotes_withdrawn: usize,
    pub needs: usize,
    pub recommendations: usize,
    pub evaluations: usize,
    /// Official recommendations imported, links made and history entries.
    pub officials: usize,
    pub links: usize,
    pub history: usize,
}

fn consent(c: &DemoConsent) -> ConsentInput {
    ConsentInput {
        scopes: c.scopes.clone(),
        method: c.method,
        language: c.language.clone(),
        text: None,
    }
}

/// Loads the demo engagement, its codebook and its sessions into `vault`.
pub fn load(vault: &mut Vault) -> Result<DemoSummary, Error> {
    vault.all_or_nothing(|v| {
        let engagement = load_engagement(v)?;
        let mut summary = load_sessions(v, engagement)?;
        follow_up(v, engagement, &mut summary)?;
        report_texts(v, engagement)?;
        Ok(summary)
    })
}

#[derive(Deserialize)]
struct DemoReportText {
    language: String,
    part: crate::model::ReportPart,
    text: String,
}

/// The codebook's labels, the regions and the groups in the engagement's
/// other languages.
fn labels(vault: &mut Vault, engagement: RecordId) -> Result<(), Error> {
    let rows: Vec<crate::coordinator::labels::LabelRow> =
        serde_json::from_str(LABELS).expect("the shipped demo labels parse");
    let rows: Vec<(u64, _)> = (1..).zip(rows).collect();
    vault.import_labels(engagement, &rows)?;
    Ok(())
}

fn report_texts(vault: &mut Vault, engagement: RecordId) -> Result<(), Error> {
    let texts: Vec<DemoReportText> =
        serde_json::from_str(TEXTS).expect("the shipped demo texts parse");
    for t in texts {
        vault.set_report_text(engagement, &t.language, t.part, &t.text)?;
    }
    Ok(())
}

/// The coordinator's follow-up: the official recommendations, each
/// community recommendation linked to the first official one suggested,
/// and a year of state changes dated back from today.
fn follow_up(
    vault: &mut Vault,
    engagement: RecordId,
    summary: &mut DemoSummary,
) -> Result<(), Error> {
    summary.officials = import_officials(vault, engagement)?;
    (summary.links, summary.history) = links_and_history(vault, engagement, 1)?;
    Ok(())
}

/// The demo's official recommendations; returns how many were added.
fn import_officials(vault: &mut Vault, engagement: RecordId) -> Result<usize, Error> {
    let rows = crate::coordinator::officials::parse(OFFICIALS.as_bytes())
        .expect("the shipped demo officials parse");
    Ok(vault.import_officials(engagement, rows, false)?.added)
}

/// Links every `stride`-th community recommendation of the engagement to
/// the first official one suggested for it, and writes the demo's history
/// of state changes on the official ones. Returns (links, history entries).
fn links_and_history(
    vault: &mut Vault,
    engagement: RecordId,
    stride: usize,
) -> Result<(usize, usize), Error> {
    let (mut links, mut history) = (0, 0);
    let sessions: std::collections::HashSet<RecordId> = vault
        .sessions(Some(engagement))
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    let recs: Vec<RecordId> = vault
        .recommendations(None)
        .into_iter()
        .filter(|(_, r)| sessions.contains(&r.session))
        .map(|(id, _)| id)
        .step_by(stride.max(1))
        .collect();
    for r in recs {
        if let Some(o) = vault.link_suggestions(r)?.first() {
            vault.link_recommendation(r, crate::model::LinkTarget::Official(*o))?;
            links += 1;
        }
    }
    use crate::coordinator::tracking::{today, ymd};
    let day = |back: i64| ymd(today() - time::Duration::days(back));
    use crate::model::TrackState::*;
    /// Days back, state, responsible body, evidence.
    type Step = (i64, crate::model::TrackState, &'static str, &'static str);
    let steps: [(&str, &[Step]); 6] = [
        (
            "153.42",
            &[
                (
                    330,
                    InProgress,
                    "Ministry of Water Resources",
                    "The ministry published a rural water plan with a budget line for 120 water points.",
                ),
                (
                    90,
                    PartiallyImplemented,
                    "",
                    "48 of the 120 planned water points are in service, none yet in the Eastern Oasis Belt.",
                ),
            ],
        ),
        (
            "153.91",
            &[
                (
                    300,
                    InProgress,
                    "Ministry of Health",
                    "Recruitment of 60 rural midwives announced.",
                ),
                (
                    45,
                    PartiallyImplemented,
                    "",
                    "31 midwives posted; two districts of the Northern Highlands still without one.",
                ),
            ],
        ),
        (
            "153.120",
            &[(
                280,
                NotStarted,
                "Ministry of Social Affairs",
                "No accessibility standard adopted; a draft is announced for next year.",
            )],
        ),
        (
            "153.110",
            &[(
                200,
                Implemented,
                "Ministry of Education",
                "Primary school fees abolished by decree; uniforms still charged in some schools.",
            )],
        ),
        (
            "153.67",
            &[
                (
                    260,
                    InProgress,
                    "National Land Registry",
                    "Joint titling pilot in two districts.",
                ),
                (
                    30,
                    Regressed,
                    "",
                    "The pilot was suspended after the budget cut.",
                ),
            ],
        ),
        (
            "CRPD/C/ARC/CO/1 para 18",
            &[(
                120,
                NoInformation,
                "Ministry of Social Affairs",
                "No reply to the coalition's letter of inquiry.",
            )],
        ),
    ];
    for (code, entries) in steps {
        let target = vault.official(engagement, code)?;
        for (back, state, body, evidence) in entries {
            vault.track(
                target,
                crate::coordinator::tracking::TrackInput {
                    date: day(*back),
                    state: Some(*state),
                    evidence: (*evidence).to_owned(),
                    source: "Coalition monitoring visit".to_owned(),
                    body: (*body).to_owned(),
                    next_review: Some(day(back - 365)),
                },
            )?;
            history += 1;
        }
    }
    Ok((links, history))
}

fn content() -> Content {
    serde_json::from_str(CONTENT).expect("the shipped demo content parses")
}

/// Creates the demo engagement and its codebook only: what a coordinator
/// prepares before issuing a kit.
pub fn load_engagement(vault: &mut Vault) -> Result<RecordId, Error> {
    vault.all_or_nothing(engagement_records)
}

fn engagement_records(vault: &mut Vault) -> Result<RecordId, Error> {
    let content = content();
    let e = content.engagement;
    let engagement = vault.add_engagement(EngagementInput {
        title: e.title,
        description: e.description,
        references: e.references,
        languages: e.languages,
        k: Some(e.k),
        agenda: e.agenda,
        consent_texts: e.consent_texts,
        regions: e.regions,
        groups: e.groups,
        gazetteer: e.gazetteer,
    })?;
    let mut themes: HashMap<String, RecordId> = HashMap::new();
    for t in &content.themes {
        let parent = t.parent.as_ref().map(|p| themes[p]);
        let id = vault.add_theme(
            engagement,
            ThemeInput {
                parent,
                code: t.code.clone(),
                label: t.label.clone(),
                description: t.description.clone(),
                references: t.references.clone(),
            },
        )?;
        themes.insert(t.code.clone(), id);
    }
    labels(vault, engagement)?;
    Ok(engagement)
}

/// Runs the demo's four sessions in an engagement that has the demo
/// codebook (made by [`load_engagement`], here or at the coordinator and
/// imported with a kit). Themes are matched by code.
pub fn load_sessions(vault: &mut Vault, engagement: RecordId) -> Result<DemoSummary, Error> {
    vault.all_or_nothing(|v| session_records(v, engagement))
}

fn session_records(vault: &mut Vault, engagement: RecordId) -> Result<DemoSummary, Error> {
    let content = content();
    let themes: HashMap<String, RecordId> = vault
        .themes(engagement)
        .into_iter()
        .map(|(id, t)| (t.code.clone(), id))
        .collect();
    let codes = |list: &[String]| -> Result<Vec<RecordId>, Error> {
        list.iter()
            .map(|c| {
                themes.get(c).copied().ok_or_else(|| {
                    crate::model::validate::RecordError::NotFound {
                        kind: crate::model::Kind::Theme,
                    }
                    .into()
                })
            })
            .collect()
    };
    let mut summary = DemoSummary {
        engagement,
        themes: themes.len(),
        sessions: 0,
        participants: 0,
        quotes: 0,
        quotes_withdrawn: 0,
        needs: 0,
        recommendations: 0,
        evaluations: 0,
        officials: 0,
        links: 0,
        history: 0,
    };
    for s in content.sessions {
        let session = vault.add_session(
            engagement,
            SessionInput {
                title: s.title,
                date: s.date,
                place: s.place,
                region: s.region,
                languages: s.languages,
                agenda: None,
                demographics: s.demographics,
                private_names: s.private_names,
            },
        )?;
        summary.sessions += 1;
        vault.give_group_consent(session, consent(&s.group_consent))?;
        let mut withdraw = vec![];
        for p in &s.participants {
            let (pid, _) = vault.add_participant(session, Some(&p.code))?;
            let c = DemoConsent {
                method: p.method,
                language: p.language.clone(),
                scopes: p.scopes.clone(),
            };
            vault.give_consent(pid, consent(&c))?;
            summary.participants += 1;
            if p.withdraw {
                withdraw.push(pid);
            }
        }
        let mut quotes = vec![];
        for q in s.quotes {
            quotes.push(QuoteInput {
                speaker: Speaker::parse(q.speaker.as_deref().unwrap_or("group")),
                text: q.text,
                language: q.language,
                translation: q.translation,
                themes: codes(&q.themes)?,
            });
        }
        vault.add_quotes(session, quotes)?;
        for n in s.needs {
            vault.add_need(
                session,
                NeedInput {
                    text: n.text,
                    language: n.language,
                    themes: codes(&n.themes)?,
                },
            )?;
            summary.needs += 1;
        }
        for r in s.recommendations {
            vault.add_recommendation(
                session,
                RecommendationInput {
                    text: r.text,
                    language: r.language,
                    themes: codes(&r.themes)?,
                    duty_bearer: r.duty_bearer,
                    references: r.references,
                },
            )?;
            summary.recommendations += 1;
        }
        // Each session's anonymous evaluations, varied but fixed.
        let answers = [
            Answer::Yes,
            Answer::Yes,
            Answer::Partly,
            Answer::Yes,
            Answer::No,
            Answer::Yes,
        ];
        for i in 0..7 {
            vault.add_evaluation(
                session,
                EvaluationInput {
                    felt_safe: answers[(i + summary.sessions) % 6],
                    own_language: answers[(i * 2 + 1) % 6],
                    accessible: answers[(i + 2) % 6],
                    again: answers[i % 6],
                    comment: String::new(),
                },
            )?;
            summary.evaluations += 1;
        }
        for pid in withdraw {
            summary.quotes_withdrawn += vault.withdraw_consent(pid)?;
        }
    }
    summary.quotes = vault.quotes(None).len();
    Ok(summary)
}
