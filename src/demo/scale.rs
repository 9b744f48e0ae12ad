//! Varied data at any scale (`hearken demo --scale N`): N sessions of the
//! demo engagement, 100 quotes each, from one device per ten sessions, in
//! five languages, with consents (some narrowed, some withdrawn), needs,
//! recommendations, evaluations and the coordinator's follow-up. The
//! content depends only on N and the seed; record ids and device keys are
//! random as always.
//!
//! Everything goes through the operations a facilitator uses, so the data
//! obeys the consent and anonymization rules like real data. With
//! [`Target::Bundles`] each device is a throw-away vault that imports the
//! coordinator's kit, runs its sessions and exports one signed, encrypted
//! bundle; the coordinator then imports them like any others.
//! Long on purpose: one generator, from the phrase banks to the devices'
//! bundles, read top to bottom.

use std::{
    path::{Path, PathBuf},
    sync::atomic::{AtomicUsize, Ordering},
};

use serde::{Deserialize, Serialize};

use crate::{
    Error,
    model::{
        Answer, ConsentInput, ConsentMethod, EvaluationInput, GroupCount, NeedInput, QuoteInput,
        RecommendationInput, RecordId, Scope, SessionInput, Speaker,
    },
    progress::{Progress, Stage},
    vault::{CreateOptions, KdfParams, Vault},
};

/// Quotes in each generated session.
pub const QUOTES_PER_SESSION: usize = 100;
/// Sessions run on each generated device.
pub const SESSIONS_PER_DEVICE: usize = 10;
/// The largest scale accepted: 10^5 sessions (10^7 quotes).
pub const MAX_SESSIONS: usize = 100_000;

const PHRASES: &str = include_str!("phrases.json");

#[derive(Deserialize)]
struct Phrases {
    languages: std::collections::BTreeMap<String, Bank>,
}

#[derive(Deserialize)]
struct Bank {
    openers: Vec<String>,
    details: Vec<String>,
    themes: std::collections::HashMap<String, Vec<String>>,
    needs: std::collections::HashMap<String, Vec<String>>,
    recommendations: std::collections::HashMap<String, Vec<BankRecommendation>>,
    comments: Vec<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct BankRecommendation {
    text: String,
    duty_bearer: String,
    references: Vec<String>,
}

/// Where the sessions go.
pub enum Target<'a> {
    /// Into the vault itself, as if it were the facilitator's.
    Vault,
    /// Into one bundle per device, written to this folder.
    Bundles(&'a Path),
}

/// What a scale run made.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ScaleSummary {
    pub engagement: RecordId,
    pub devices: usize,
    #[serde(flatten)]
    pub made: Counts,
    /// Official recommendations imported, links made and history entries.
    pub officials: usize,
    pub links: usize,
    pub history: usize,
    /// Bundle files written (with [`Target::Bundles`]).
    pub bundles: Vec<PathBuf>,
}

/// The facilitators' records a scale run made.
#[derive(Debug, Clone, Copy, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Counts {
    pub sessions: usize,
    pub participants: usize,
    /// Quotes kept after withdrawals.
    pub quotes: usize,
    pub quotes_withdrawn: usize,
    pub consents_narrowed: usize,
    pub needs: usize,
    pub recommendations: usize,
    pub evaluations: usize,
}

impl std::ops::AddAssign for Counts {
    fn add_assign(&mut self, o: Counts) {
        self.sessions += o.sessions;
        self.participants += o.participants;
        self.quotes += o.quotes;
        self.quotes_withdrawn += o.quotes_withdrawn;
        self.consents_narrowed += o.consents_narrowed;
        self.needs += o.needs;
        self.recommendations += o.recommendations;
        self.evaluations += o.evaluations;
    }
}

/// SplitMix64: small, fast and the same on every machine.
struct Rng(u64);

impl Rng {
    fn new(seed: u64, stream: u64) -> Self {
        let mut r = Rng(seed ^ stream.wrapping_mul(0xA076_1D64_78BD_642F));
        r.next();
        r
    }
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    /// True with probability `percent`/100.
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// The engagement's codebook as the generator uses it.
struct Codebook {
    /// (code, id), in codebook order.
    themes: Vec<(String, RecordId)>,
    regions: Vec<String>,
    groups: Vec<String>,
}

impl Codebook {
    fn of(vault: &Vault, engagement: RecordId) -> Result<Self, Error> {
        let e = vault.engagement(engagement)?;
        let themes = vault
            .themes(engagement)
            .into_iter()
            .map(|(id, t)| (t.code.clone(), id))
            .collect();
        Ok(Codebook {
            themes,
            regions: e.regions.clone(),
            groups: e.groups.clone(),
        })
    }
    /// The top-level code of a theme code (`water.access` → `water`).
    fn area(code: &str) -> &str {
        code.split('.').next().unwrap_or(code)
    }
}

/// Languages and how often sessions are held in each.
const LANGUAGES: [(&str, u64); 5] = [("en", 30), ("fr", 20), ("es", 20), ("ar", 20), ("ru", 10)];

fn language(rng: &mut Rng) -> &'static str {
    let mut roll = rng.next() % 100;
    for (l, w) in LANGUAGES {
        if roll < w {
            return l;
        }
        roll -= w;
    }
    "en"
}

fn phrases() -> Phrases {
    serde_json::from_str(PHRASES).expect("the shipped phrase bank parses")
}

fn scopes(rng: &mut Rng) -> Vec<Scope> {
    let mut s = vec![Scope::TakePart, Scope::QuotesInReports];
    if rng.chance(75) {
        s.push(Scope::QuotesShared);
    }
    if rng.chance(85) {
        s.push(Scope::Demographics);
    }
    s
}

fn consent(lang: &str, scopes: Vec<Scope>, rng: &mut Rng) -> ConsentInput {
    ConsentInput {
        scopes,
        method: *rng.pick(&[
            ConsentMethod::Oral,
            ConsentMethod::Oral,
            ConsentMethod::Written,
            ConsentMethod::Witnessed,
        ]),
        language: lang.into(),
        text: None,
    }
}

/// Which opener, theme phrase and detail a quote is made of: the same
/// choice in another language's bank is its translation (the banks are
/// parallel).
#[derive(Clone, Copy)]
struct Words(usize, usize, usize);

impl Words {
    fn pick(rng: &mut Rng) -> Self {
        Words(
            rng.next() as usize,
            rng.next() as usize,
            rng.next() as usize,
        )
    }
    fn text(self, bank: &Bank, code: &str) -> String {
        let at = |list: &[String], i: usize| list[i % list.len()].clone();
        let phrase = bank
            .themes
            .get(code)
            .map_or_else(String::new, |p| at(p, self.1));
        format!(
            "{} {} {}",
            at(&bank.openers, self.0),
            phrase,
            at(&bank.details, self.2)
        )
    }
}

/// One session, run as a facilitator would, in one transaction.
fn session(
    vault: &mut Vault,
    engagement: RecordId,
    book: &Codebook,
    phrases: &Phrases,
    n: usize,
    rng: &mut Rng,
) -> Result<Counts, Error> {
    vault.all_or_nothing(|v| {
        let lang = language(rng);
        let bank = &phrases.languages[lang];
        let english = &phrases.languages["en"];
        let mut made = Counts {
            sessions: 1,
            ..Default::default()
        };
        let day = time::Date::from_calendar_date(2025, time::Month::January, 1)
            .expect("a valid date")
            + time::Duration::days(rng.below(365) as i64);
        let session = v.add_session(
            engagement,
            SessionInput {
                title: format!("Dialogue {}", n + 1),
                date: crate::coordinator::tracking::ymd(day),
                place: format!("Meeting place {}", n + 1),
                region: rng.pick(&book.regions).clone(),
                languages: vec![lang.into()],
                agenda: None,
                demographics: book
                    .groups
                    .iter()
                    .map(|g| GroupCount {
                        group: g.clone(),
                        count: rng.below(12) as u32,
                    })
                    .collect(),
                private_names: vec![],
            },
        )?;
        v.give_group_consent(
            session,
            consent(
                lang,
                vec![Scope::TakePart, Scope::QuotesInReports, Scope::QuotesShared],
                rng,
            ),
        )?;
        let mut people = vec![];
        for _ in 0..8 + rng.below(9) {
            let (pid, code) = v.add_participant(session, None)?;
            v.give_consent(pid, consent(lang, scopes(rng), rng))?;
            people.push((pid, code));
        }
        made.participants = people.len();
        let quotes = (0..QUOTES_PER_SESSION)
            .map(|_| {
                let (code, id) = rng.pick(&book.themes).clone();
                let mut themes = vec![id];
                if rng.chance(25) {
                    let (_, other) = rng.pick(&book.themes);
                    if *other != id {
                        themes.push(*other);
                    }
                }
                let speaker = if rng.chance(10) {
                    Speaker::Group
                } else {
                    Speaker::Participant(rng.pick(&people).1.clone())
                };
                let words = Words::pick(rng);
                QuoteInput {
                    speaker,
                    text: words.text(bank, &code),
                    language: lang.into(),
                    translation: (lang != "en" && rng.chance(40))
                        .then(|| words.text(english, &code)),
                    themes,
                }
            })
            .collect();
        v.add_quotes(session, quotes)?;
        let areas: Vec<&(String, RecordId)> = book
            .themes
            .iter()
            .filter(|(c, _)| !c.contains('.'))
            .collect();
        for _ in 0..2 + rng.below(4) {
            let (code, id) = rng.pick(&areas);
            let area = Codebook::area(code);
            v.add_need(
                session,
                NeedInput {
                    text: rng.pick(&bank.needs[area]).clone(),
                    language: lang.into(),
                    themes: vec![*id],
                },
            )?;
            made.needs += 1;
        }
        for _ in 0..2 + rng.below(4) {
            let (code, id) = rng.pick(&areas);
            let r = rng.pick(&bank.recommendations[Codebook::area(code)]);
            v.add_recommendation(
                session,
                RecommendationInput {
                    text: r.text.clone(),
                    language: lang.into(),
                    themes: vec![*id],
                    duty_bearer: r.duty_bearer.clone(),
                    references: r.references.clone(),
                },
            )?;
            made.recommendations += 1;
        }
        let answers = [Answer::Yes, Answer::Yes, Answer::Partly, Answer::No];
        for _ in 0..people.len() / 2 + rng.below(4) {
            v.add_evaluation(
                session,
                EvaluationInput {
                    felt_safe: *rng.pick(&answers),
                    own_language: *rng.pick(&answers),
                    accessible: *rng.pick(&answers),
                    again: *rng.pick(&answers),
                    comment: if rng.chance(30) {
                        rng.pick(&bank.comments).clone()
                    } else {
                        String::new()
                    },
                },
            )?;
            made.evaluations += 1;
        }
        // After the session: a few people narrow their consent to the
        // report only, a few withdraw it.
        for (pid, _) in &people {
            if rng.chance(3) {
                made.quotes_withdrawn += v.withdraw_consent(*pid)?;
            } else if rng.chance(5) {
                v.give_consent(
                    *pid,
                    consent(lang, vec![Scope::TakePart, Scope::QuotesInReports], rng),
                )?;
                made.consents_narrowed += 1;
            }
        }
        made.quotes = QUOTES_PER_SESSION - made.quotes_withdrawn;
        Ok(made)
    })
}

/// Makes `sessions` sessions of the demo engagement (created here first)
/// in `target`, reporting each finished session to `progress`. Returns the
/// engagement with what was made.
pub fn generate(
    vault: &mut Vault,
    sessions: usize,
    seed: u64,
    target: Target,
    progress: &Progress,
) -> Result<ScaleSummary, Error> {
    if sessions == 0 || sessions > MAX_SESSIONS {
        return Err(crate::model::validate::RecordError::OutOfRange {
            field: "scale",
            min: 1,
            max: MAX_SESSIONS,
        }
        .into());
    }
    let engagement = super::load_engagement(vault)?;
    vault.all_or_nothing(|v| super::report_texts(v, engagement))?;
    let phrases = phrases();
    let devices = sessions.div_ceil(SESSIONS_PER_DEVICE);
    let mut summary = ScaleSummary {
        engagement,
        devices,
        made: Counts::default(),
        officials: 0,
        links: 0,
        history: 0,
        bundles: vec![],
    };
    let done = AtomicUsize::new(0);
    let tick = || {
        progress.step(
            Stage::Generating,
            done.fetch_add(1, Ordering::Relaxed) + 1,
            sessions,
        )
    };
    match target {
        Target::Vault => {
            let book = Codebook::of(vault, engagement)?;
            for d in 0..devices {
                let mut rng = Rng::new(seed, d as u64);
                for n in d * SESSIONS_PER_DEVICE..((d + 1) * SESSIONS_PER_DEVICE).min(sessions) {
                    summary.made += session(vault, engagement, &book, &phrases, n, &mut rng)?;
                    tick()?;
                }
            }
            summary.devices = 1;
            summary.officials = super::import_officials(vault, engagement)?;
            (summary.links, summary.history) = follow_up(vault, engagement)?;
        }
        Target::Bundles(dir) => {
            // The officials now; the links once the bundles are imported.
            summary.officials = super::import_officials(vault, engagement)?;
            let ctx = Device {
                dir,
                kit: vault.create_kit(engagement, &[])?,
                engagement,
                phrases: &phrases,
                seed,
                vault: vault.path(),
                tick: &tick,
            };
            let workers = std::thread::available_parallelism()
                .map_or(1, |n| n.get())
                .min(devices);
            let next = AtomicUsize::new(0);
            let results = std::thread::scope(|s| {
                let handles: Vec<_> = (0..workers)
                    .map(|_| {
                        s.spawn(|| -> Result<Vec<(usize, Counts, PathBuf)>, Error> {
                            let mut out = vec![];
                            loop {
                                let d = next.fetch_add(1, Ordering::Relaxed);
                                if d >= devices {
                                    return Ok(out);
                                }
                                let range = d * SESSIONS_PER_DEVICE
                                    ..((d + 1) * SESSIONS_PER_DEVICE).min(sessions);
                                let (made, file) = device(&ctx, d, range)?;
                                out.push((d, made, file));
                            }
                        })
                    })
                    .collect();
                handles
                    .into_iter()
                    .map(|h| h.join().expect("a generator thread does not panic"))
                    .collect::<Result<Vec<_>, Error>>()
            })?;
            let mut made: Vec<_> = results.into_iter().flatten().collect();
            made.sort_by_key(|(d, ..)| *d);
            for (_, m, file) in made {
                summary.made += m;
                summary.bundles.push(file);
            }
        }
    }
    Ok(summary)
}

/// Links every twentieth community recommendation of the engagement to an
/// official one and writes a year of state changes, once: an engagement
/// that already has links is left as it is. Run after the bundles of a
/// [`Target::Bundles`] run are imported. Returns (links, history entries).
pub fn follow_up(vault: &mut Vault, engagement: RecordId) -> Result<(usize, usize), Error> {
    if !vault.track_links(engagement).is_empty() {
        return Ok((0, 0));
    }
    vault.all_or_nothing(|v| super::links_and_history(v, engagement, 20))
}

/// What every device of a [`Target::Bundles`] run shares.
struct Device<'a> {
    dir: &'a Path,
    kit: Vec<u8>,
    engagement: RecordId,
    phrases: &'a Phrases,
    seed: u64,
    /// The coordinator's vault, which no bundle may overwrite.
    vault: &'a Path,
    tick: &'a (dyn Fn() -> Result<(), crate::progress::Cancelled> + Sync),
}

/// One device: a throw-away vault beside the bundles, the kit, its
/// sessions, one bundle, then the vault wiped.
fn device(
    ctx: &Device,
    d: usize,
    sessions: std::ops::Range<usize>,
) -> Result<(Counts, PathBuf), Error> {
    let path = ctx.dir.join(format!(".device-{:05}.hearken", d + 1));
    let mut secret = [0u8; 24];
    getrandom::fill(&mut secret).expect("the system's random source");
    let pass = secrecy::SecretString::from(hex::encode(secret));
    let opts = CreateOptions {
        kdf: KdfParams::FLOOR,
        erase_after: None,
    };
    let mut v = Vault::create(&path, &pass, &opts)?.0;
    let result = (|| -> Result<(Counts, PathBuf), Error> {
        v.import_kit(&ctx.kit)?;
        let book = Codebook::of(&v, ctx.engagement)?;
        let mut rng = Rng::new(ctx.seed, d as u64);
        let mut made = Counts::default();
        for n in sessions {
            made += session(&mut v, ctx.engagement, &book, ctx.phrases, n, &mut rng)?;
            (ctx.tick)()?;
        }
        let bundle = v.export_bundle(&crate::facilitator::ExportRequest::default())?;
        let out = ctx.dir.join(format!("device-{:05}.hearken-bundle", d + 1));
        crate::files::write_output(&out, &bundle.bytes, ctx.vault)?;
        Ok((made, out))
    })();
    v.lock();
    Vault::wipe(&path)?;
    result
}
