//! The participants' evaluation of the process, aggregated over sessions.
//! Answers are counts of people, so every count goes through the same
//! small-cell suppression as coverage: nothing below k is shown exactly,
//! and the totals do not give a small count back. Comments are never
//! aggregated here.

use serde::{Deserialize, Serialize};

use crate::{
    Error,
    model::{Answer, Question, RecordId, Session},
    redact::cells::{Shown, suppress_breakdown},
    vault::Vault,
};

/// The answers to one question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct QuestionSummary {
    pub question: Question,
    /// One count per answer, in [`Answer::ALL`] order.
    pub answers: Vec<Shown>,
}

/// The evaluation of the sessions a synthesis covers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct EvaluationSummary {
    /// Sessions with at least one evaluation (records: exact).
    pub sessions: usize,
    /// People who answered, suppressed below k.
    pub responses: Shown,
    pub questions: Vec<QuestionSummary>,
}

/// The raw answers behind a summary: per question and answer, the people
/// who gave it; the people who answered; the sessions evaluated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
struct Answers {
    counts: [[u64; 4]; 4],
    total: u64,
    sessions: usize,
}

impl Answers {
    fn of(vault: &Vault, sessions: &[(RecordId, &Session)]) -> Self {
        let mut out = Answers::default();
        for (sid, _) in sessions {
            let evaluations = vault.evaluations(*sid);
            if !evaluations.is_empty() {
                out.sessions += 1;
            }
            for (_, e) in evaluations {
                out.total += 1;
                for (qi, q) in Question::ALL.iter().enumerate() {
                    let ai = Answer::ALL
                        .iter()
                        .position(|a| *a == e.answer(*q))
                        .unwrap_or(3);
                    out.counts[qi][ai] += 1;
                }
            }
        }
        out
    }
}

impl EvaluationSummary {
    /// Hides every count of people.
    pub(crate) fn withhold(&mut self) {
        self.responses = Shown::Withheld;
        for q in &mut self.questions {
            q.answers = vec![Shown::Withheld; 4];
        }
    }
}

/// Aggregates the evaluations of `sessions` with threshold `k`.
pub fn summarize(
    vault: &Vault,
    sessions: &[(RecordId, &Session)],
    k: u64,
) -> Result<EvaluationSummary, Error> {
    let Answers {
        counts,
        total,
        sessions: evaluated,
    } = Answers::of(vault, sessions);
    // No exact count below k, zero included: "nobody answered no" can
    // tell as much about a small group as a one.
    let floor = |s: Shown| match s {
        Shown::Exact(n) if n < k => Shown::Below(k),
        s => s,
    };
    let mut responses = floor(Shown::Exact(total));
    let mut questions = Vec::with_capacity(4);
    for (q, c) in Question::ALL.iter().zip(counts) {
        let answers = if total == 0 {
            vec![Shown::Below(k); 4]
        } else {
            let protected = suppress_breakdown(&c, k)?;
            // Every question's total is the number of people who answered:
            // where protection hides one, it is hidden everywhere.
            if !matches!(protected.total, Shown::Exact(_)) {
                responses = protected.total;
            }
            protected.cells.into_iter().map(floor).collect()
        };
        questions.push(QuestionSummary {
            question: *q,
            answers,
        });
    }
    Ok(EvaluationSummary {
        sessions: evaluated,
        responses,
        questions,
    })
}
