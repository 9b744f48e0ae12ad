// Generated from the Rust types by `hearken::views::typescript()`: do not
// edit. After changing those types, regenerate with
// `HEARKEN_WRITE_TS=1 cargo test --lib views::tests`; `make lint` fails when
// this file drifts from them.

export type RecordId = string;

export type QuoteView = { id: RecordId, session: RecordId, 
/**
 * A participant's code, or `group`.
 */
speaker: string, text: string, language: string, translation: string | null, themes: Array<RecordId>, readBack: ReadBack | null, redactions: Array<Redaction>, 
/**
 * Identifying details still unresolved (neither redacted nor reviewed).
 */
findings: Array<QuoteFinding>, };

export type QuoteFinding = { field: QuoteField, kind: FindingKind, start: number, end: number, };

export type DeviceView = { keyId: string, 
/**
 * Five groups of digits to compare aloud.
 */
fingerprint: string, status: DeviceState, 
/**
 * Bundles received (or held, while quarantined).
 */
bundles: number, 
/**
 * Held bundles' file names.
 */
files: Array<string>, 
/**
 * Sequence numbers still missing.
 */
missing: Array<number>, 
/**
 * Records the device sent that the vault holds (what revoking may
 * remove).
 */
sent: number, 
/**
 * Engagements (ids) the device may write into.
 */
engagements: Array<string>, };

export type DeviceState = "approved" | "revoked" | "quarantined";

export type Exported = { engagement: RecordId, sequence: number, sessions: number, participants: number, quotes: number, 
/**
 * Quotes that stay on the device because consent does not allow them out.
 */
quotesKeptHome: number, needs: number, recommendations: number, evaluations: number, tombstones: number, 
/**
 * Quotes that keep the bundle from leaving until they are redacted or
 * reviewed (a preview lists them; an export refuses).
 */
unresolved: Array<FlaggedQuote>, };

export type FlaggedQuote = { id: RecordId, session: RecordId, 
/**
 * The kinds of details found (`name`, `phone`...), never the text.
 */
kinds: Array<string>, };

export type QuoteField = "text" | "translation";

export type ReadBack = "confirmed" | "change_requested";

export type Redaction = { kind: FindingKind, start: number, end: number, };

export type Finding = { kind: FindingKind, start: number, end: number, };

export type FindingKind = "name" | "place" | "email" | "phone" | "url" | "handle" | "id_number" | "date_of_birth" | "gps" | "address" | "age_attribute";

export type Synthesis = { engagement: RecordId, title: string, 
/**
 * The small-cell threshold used.
 */
k: number, filters: Filters, sessions: Array<SessionRef>, reach: Reach, coverage: Coverage, gaps: Gaps, 
/**
 * Every theme of the codebook, in code order, zero counts included.
 */
themes: Array<ThemeCount>, 
/**
 * Quotes per theme (rows, theme codes) and region (columns).
 */
themeByRegion: Matrix, 
/**
 * Quotes per theme and demographic group of the session they were said in.
 */
themeByGroup: Matrix, coOccurrence: Array<CoOccurrence>, needs: Array<NeedEntry>, recommendations: RecommendationGroups, representative: Array<Representative>, 
/**
 * The participants' evaluation of the sessions, suppressed below k.
 */
evaluation: EvaluationSummary, 
/**
 * Every count of people is hidden because this synthesis covers part
 * of the engagement: compared with the whole or with another part, its
 * counts could give a count below k (see [`Synthesis::compute`]).
 */
withheldForDifferencing: boolean, };

export type Filters = { 
/**
 * Sessions held in one of these regions.
 */
regions: Array<string>, 
/**
 * Sessions held in at least one of these languages.
 */
languages: Array<string>, 
/**
 * Sessions whose demographics count someone in one of these groups.
 */
groups: Array<string>, 
/**
 * Sessions on or after this date (YYYY-MM-DD).
 */
dateFrom: string | null, 
/**
 * Sessions on or before this date (YYYY-MM-DD).
 */
dateTo: string | null, 
/**
 * Choose representative quotes only among those whose consent covers
 * sharing beyond the coordinator.
 */
sharedOnly: boolean, 
/**
 * Code the quotes with the analysis coding imported from a QDA tool
 * (`hearken qda import`) instead of the kit's codebook.
 */
analysis: boolean, };

export type SessionRef = { id: RecordId, date: string, place: string, region: string, languages: Array<string>, quotes: number, 
/**
 * Manifest digest of the bundle the session came in; `None` if made here.
 */
bundle: string | null, 
/**
 * Key id of the facilitator device that wrote it; `None` if made here.
 */
device: string | null, };

export type Reach = { sessions: number, 
/**
 * Participant records, suppressed below k.
 */
participants: Shown, 
/**
 * Quotes (records, not people: exact).
 */
quotes: number, };

export type Coverage = { regions: Breakdown, languages: Breakdown, 
/**
 * Head counts from the sessions' demographics.
 */
groups: Breakdown, };

export type Breakdown = { cells: Array<Cell>, total: Shown, };

export type Cell = { key: string, 
/**
 * Sessions (records, not people: exact).
 */
sessions: number, people: Shown, };

export type Shown = { "shown": "exact", "value": number } | { "shown": "below", "value": number } | { "shown": "withheld" };

export type Gaps = { 
/**
 * Regions of the engagement with no session.
 */
regions: Array<string>, 
/**
 * Groups of the engagement nobody was counted in.
 */
groups: Array<string>, };

export type ThemeCount = { code: string, label: string, parent: string | null, 
/**
 * Quotes that count for it (see the module's rule).
 */
quotes: number, 
/**
 * Sessions with at least one such quote.
 */
sessions: number, };

export type Matrix = { rows: Array<string>, columns: Array<string>, 
/**
 * Row-major: `counts[r][c]`.
 */
counts: Array<Array<number>>, };

export type CoOccurrence = { a: string, b: string, quotes: number, };

export type NeedEntry = { id: RecordId, session: RecordId, text: string, language: string, themes: Array<string>, bundle: string | null, };

export type RecommendationGroups = { all: Array<RecommendationEntry>, byTheme: { [key in string]: Array<RecordId> }, unthemed: Array<RecordId>, byReference: { [key in string]: Array<RecordId> }, unreferenced: Array<RecordId>, };

export type RecommendationEntry = { id: RecordId, session: RecordId, text: string, language: string, 
/**
 * Its own themes and those of the recommendations merged into it.
 */
themes: Array<string>, dutyBearer: string, 
/**
 * Its own references and those of the recommendations merged into it.
 */
references: Array<string>, bundle: string | null, 
/**
 * Recommendations a coordinator merged into this one, in creation order.
 */
merged: Array<MergedSource>, };

export type MergedSource = { id: RecordId, session: RecordId, text: string, language: string, dutyBearer: string, bundle: string | null, };

export type Representative = { theme: string, quote: RecordId, session: RecordId, region: string, speaker: string, text: string, language: string, translation: string | null, 
/**
 * Whether the speaker's active consent covers sharing beyond the
 * coordinator (`quotes_shared`).
 */
shareable: boolean, 
/**
 * Manifest digest of the bundle the quote came in; `None` if made here.
 */
bundle: string | null, };

export type Records = { sessions: Array<SessionRecord>, participants: Array<ParticipantRecord>, themes: Array<ThemeRecord>, quotes: Array<QuoteRecord>, };

export type SessionRecord = { id: RecordId, title: string, date: string, place: string, region: string, languages: Array<string>, 
/**
 * People counted per demographic group, small counts suppressed as
 * everywhere else (no exact count below k, none recoverable from the
 * others and the total).
 */
demographics: Array<[string, Shown]>, bundle: string | null, };

export type ParticipantRecord = { id: RecordId, session: RecordId, code: string, 
/**
 * Consent scopes in force (empty when withdrawn or never given).
 */
scopes: Array<string>, withdrawn: boolean, 
/**
 * The language consent was given in ("" when never given).
 */
language: string, };

export type ThemeRecord = { id: RecordId, code: string, label: string, description: string, parent: RecordId | null, references: Array<string>, };

export type QuoteRecord = { id: RecordId, session: RecordId, 
/**
 * A participant code, or "group".
 */
speaker: string, text: string, language: string, translation: string | null, 
/**
 * Theme ids coded directly.
 */
themes: Array<RecordId>, 
/**
 * Their codes.
 */
codes: Array<string>, shareable: boolean, 
/**
 * Whether the speaker's active consent covers quoting them in reports
 * (`quotes_in_reports`); reports print no other quote.
 */
inReports: boolean, bundle: string | null, };

export type Settings = { 
/**
 * The interface language (one of [`LANGUAGES`]); `None` follows the
 * operating system's language.
 */
language: string | null, 
/**
 * Text size in percent, within [`TEXT_SIZE_PERCENT`].
 */
textSizePercent: number, 
/**
 * The high-contrast theme.
 */
highContrast: boolean, 
/**
 * Minutes of inactivity before the vault locks, within [`AUTO_LOCK_MINUTES`].
 */
autoLockMinutes: number, };

export type SessionInput = { title: string, date: string, place: string, region: string, languages: Array<string>, 
/**
 * When absent, the engagement's agenda template.
 */
agenda: Array<AgendaSegment> | null, demographics: Array<GroupCount>, privateNames: Array<string>, };

export type GroupCount = { group: string, count: number, };

export type AgendaSegment = { title: string, minutes: number, questions: Array<string>, };

export type LangText = { lang: string, text: string, };

export type Consent = { scopes: Scopes, method: ConsentMethod, 
/**
 * The language the consent text was shown in.
 */
language: string, 
/**
 * SHA-256 (hex) of the consent text shown.
 */
text_sha256: string, given_at: number, withdrawn_at: number | null, };

export type Scopes = { take_part: boolean, quotes_in_reports: boolean, quotes_shared: boolean, demographics: boolean, };

export type ConsentInput = { scopes: Array<Scope>, method: ConsentMethod, language: string, 
/**
 * The text shown; when absent, the engagement's consent text in `language`.
 */
text: string | null, };

export type Scope = "take_part" | "quotes_in_reports" | "quotes_shared" | "demographics";

export type ConsentMethod = "oral" | "written" | "witnessed";

export type Speaker = { "participant": string } | "group";

export type QuoteEdit = { text?: string, language?: string, 
/**
 * `Some(None)` removes the translation.
 */
translation?: string | null, themes?: Array<RecordId>, };

export type NeedInput = { text: string, language: string, themes: Array<RecordId>, };

export type RecommendationInput = { text: string, language: string, themes: Array<RecordId>, dutyBearer: string, references: Array<string>, };

export type Theme = { engagement: RecordId, parent: RecordId | null, 
/**
 * A short code people type and see in exports, unique in the engagement.
 */
code: string, label: string, description: string, 
/**
 * Treaty articles or UPR recommendation numbers, e.g. "CEDAW art. 14", "UPR 153.42".
 */
references: Array<string>, };

export type KitImported = { engagement: RecordId, title: string, kitVersion: number, 
/**
 * The coordinator key's fingerprint, to compare by phone.
 */
fingerprint: string, 
/**
 * True when this kit pinned the coordinator key for the first time.
 */
firstUse: boolean, themes: number, };

export type Tracking = { engagement: RecordId, title: string, k: number, 
/**
 * The engagement's languages, its main one first.
 */
languages: Array<string>, 
/**
 * Today, YYYY-MM-DD, as "due" was worked out.
 */
today: string, items: Array<Tracked>, };

export type Tracked = { id: RecordId, kind: TrackedKind, 
/**
 * The official identifier, or the community recommendation's short id.
 */
code: string, mechanism: Mechanism | null, 
/**
 * UPR cycle or document symbol; for a community recommendation, the
 * region of its session.
 */
source: string, text: string, 
/**
 * The language of the text ("" for official ones).
 */
language: string, response: Response | null, recommendingState: string, 
/**
 * Treaty articles: the official one's, or those linked.
 */
articles: Array<string>, 
/**
 * Theme codes: the community recommendation's, or those of the
 * community recommendations linked to an official one.
 */
themes: Array<string>, body: string, state: TrackState, 
/**
 * The date of the entry that set the current state.
 */
since: string | null, nextReview: string | null, 
/**
 * Due for review: its next review date has come, or nothing was
 * recorded for a year.
 */
due: boolean, history: Array<HistoryEntry>, 
/**
 * Official: the community recommendations linked to it. Community:
 * the official ones it is linked to.
 */
links: Array<Linked>, 
/**
 * Community: whether its session's group consent covers sharing.
 * Official: always true.
 */
shareable: boolean, 
/**
 * Up to two quotes that gave rise to it (community: its own; official:
 * those of the community recommendations linked), consented for the
 * coordinator's reports.
 */
quotes: Array<TrackedQuote>, };

export type TrackedKind = "official" | "community";

export type HistoryEntry = { id: RecordId, date: string, state: TrackState, evidence: string, source: string, body: string, nextReview: string | null, recordedBy: string, 
/**
 * Unix seconds.
 */
recordedAt: number, };

export type Linked = { id: RecordId, 
/**
 * The official identifier, or the community recommendation's short id.
 */
code: string, };

export type TrackedQuote = { id: RecordId, session: RecordId, 
/**
 * The manifest digest of the bundle it came in (`None`: captured in
 * this vault), for tracing it back.
 */
bundle: string | null, text: string, language: string, 
/**
 * Whether its speaker's consent covers sharing beyond the coordinator.
 */
shareable: boolean, };

export type TrackInput = { 
/**
 * YYYY-MM-DD, not after today.
 */
date: string, state: TrackState | null, evidence: string, source: string, body: string, nextReview: string | null, };

export type TrackingFilter = { mechanism: Mechanism | null, kind: TrackedKind | null, body: string | null, state: TrackState | null, 
/**
 * A theme code.
 */
theme: string | null, article: string | null, due: boolean, };

export type OfficialsImported = { added: number, unchanged: number, 
/**
 * Known identifiers whose fields differ in the file (left as they
 * were unless replaced).
 */
changed: Array<string>, 
/**
 * Whether the changed ones were replaced.
 */
replaced: boolean, };

export type QdaImported = { 
/**
 * Whether the analysis coding was written (false: it was the same).
 */
changed: boolean, 
/**
 * The project codes the quotes as the kit does: nothing to keep apart.
 */
sameAsKit: boolean, codes: number, 
/**
 * Codes mapped to a kit theme.
 */
mapped: number, codings: number, 
/**
 * Against the analysis coding before (or the kit's coding, at first).
 */
codesAdded: Array<string>, codesRemoved: Array<string>, 
/**
 * (old name, new name).
 */
codesRenamed: Array<[string, string]>, codingsAdded: number, codingsRemoved: number, 
/**
 * Coded selections on text Hearken does not hold.
 */
notHeld: number, 
/**
 * Coded selections on quotes whose consent no longer allows reports.
 */
notAllowed: number, };

export type CodeView = { name: string, 
/**
 * 0 at the top.
 */
depth: number, description: string, 
/**
 * The code of the kit theme it maps to.
 */
theme: string | null, 
/**
 * Quotes coded with it.
 */
quotes: number, };

export type ReportPart = "cover" | "summary" | "context" | "limitations" | "acknowledgements";

export type MergeSuggestion = { 
/**
 * The earlier one, kept and shown.
 */
kept: RecordId, 
/**
 * The one to show as part of it.
 */
merged: RecordId, 
/**
 * How much their words overlap, 0 to 1.
 */
similarity: number, keptText: string, mergedText: string, };

export type TextView = { language: string, part: ReportPart, text: string, 
/**
 * Words of the text (a submission's budget counts them).
 */
words: number, 
/**
 * Unix seconds.
 */
updatedAt: number, };

export type TextSet = "saved" | "removed" | "unchanged";

export type Cover = { 
/**
 * The submitting organisations, in the order given.
 */
organisations: Array<string>, 
/**
 * The date of submission, as written.
 */
date: string | null, 
/**
 * The review it is for (a treaty body and session, a UPR cycle).
 */
review: string | null, 
/**
 * Where the full report is (a link, or who to ask): a submission
 * points readers there for what it leaves out.
 */
annex: string | null, };

export type Inline = { text: string, strong: Array<[number, number]>, };

export type MarkupBlock = { "kind": "heading", level: number, text: Inline, } | { "kind": "paragraph", text: Inline, } | { "kind": "list", numbered: boolean, items: Array<Inline>, };

export type Mechanism = "upr" | "treaty";

export type Response = "supported" | "noted";

export type TrackState = "not_started" | "in_progress" | "partially_implemented" | "implemented" | "regressed" | "no_information";

export type LinkTarget = { "official": RecordId } | { "article": string };

export type Answer = "yes" | "partly" | "no" | "unanswered";

export type Question = "felt_safe" | "own_language" | "accessible" | "again";

export type EvaluationInput = { feltSafe: Answer, ownLanguage: Answer, accessible: Answer, again: Answer, comment: string, };

export type EvaluationAdded = { id: RecordId, 
/**
 * How many identifying details were replaced in the comment.
 */
redacted: number, };

export type EvaluationSummary = { 
/**
 * Sessions with at least one evaluation (records: exact).
 */
sessions: number, 
/**
 * People who answered, suppressed below k.
 */
responses: Shown, questions: Array<QuestionSummary>, };

export type QuestionSummary = { question: Question, 
/**
 * One count per answer, in [`Answer::ALL`] order.
 */
answers: Array<Shown>, };

export type UpdateFile = { format: string, version: number, engagement: RecordId, sequence: number, 
/**
 * YYYY-MM-DD.
 */
issued: string, title: string, heard: Heard, recommendations: Array<UpdateItem>, evaluation: EvaluationSummary, };

export type Heard = { sessions: number, 
/**
 * People reached, suppressed below k.
 */
participants: Shown, quotes: number, 
/**
 * The most-heard themes, most quotes first.
 */
themes: Array<HeardTheme>, };

export type HeardTheme = { code: string, label: string, quotes: number, sessions: number, };

export type UpdateItem = { kind: TrackedKind, 
/**
 * The official identifier, or the community recommendation's short id.
 */
id: string, text: string, body: string, state: TrackState, 
/**
 * YYYY-MM-DD of the entry that set the state.
 */
since: string | null, };

export type UpdateImported = { engagement: RecordId, title: string, sequence: number, issued: string, recommendations: number, };

export type Stage = "generating" | "importing" | "synthesis" | "rendering" | "exporting";

export type Step = { stage: Stage, done: number, total: number, };
