// Generated from the shell's Rust types by `hearken_app::types::typescript()`:
// do not edit. Regenerate with `HEARKEN_WRITE_TS=1 cargo test -p hearken-app
// --lib types`; `make lint` fails when this file drifts from them.

import type { RecordId, ReadBack, Synthesis, Records, Settings, SessionInput, AgendaSegment, LangText, Consent, Scopes, ConsentInput, QuoteEdit, NeedInput, RecommendationInput, TrackInput, ReportPart, Cover, MarkupBlock, LinkTarget, EvaluationInput } from "./generated";

export type QuoteAddParams = { session: RecordId, 
/**
 * A participant's code or `group`, as typed.
 */
speaker: string, text: string, language: string, translation: string | null, themes: Array<RecordId>, 
/**
 * Replace every identifying detail found with a placeholder before
 * the quote is written (the one-key redaction of the draft).
 */
redact: boolean, };

export type QuoteEditParams = { id: RecordId, edit: QuoteEdit, };

export type TextScanParams = { session: RecordId, text: string, };

export type QuoteReadBackParams = { id: RecordId, outcome: ReadBack, };

export type NoteView = { id: RecordId, 
/**
 * `need` or `recommendation`.
 */
kind: string, text: string, language: string, themes: Array<RecordId>, dutyBearer: string, };

export type NeedAddParams = { session: RecordId, need: NeedInput, };

export type RecommendationAddParams = { session: RecordId, recommendation: RecommendationInput, };

export type ImportBundlesParams = { 
/**
 * Bundle files, as picked, dropped or typed.
 */
paths: Array<string>, };

export type FileOutcome = { "outcome": "imported", added: number, updated: number, removed: number, unchanged: number, 
/**
 * This device's sequence numbers still missing.
 */
missing: Array<number>, } | { "outcome": "alreadyHad" } | { "outcome": "quarantined", keyId: string, fingerprint: string, } | { "outcome": "rejected", reason: { code: string, args: Record<string, string | number> }, };

export type FileResult = { 
/**
 * The file's name (not its folder).
 */
file: string, } & ({ "outcome": "imported", added: number, updated: number, removed: number, unchanged: number, 
/**
 * This device's sequence numbers still missing.
 */
missing: Array<number>, } | { "outcome": "alreadyHad" } | { "outcome": "quarantined", keyId: string, fingerprint: string, } | { "outcome": "rejected", reason: { code: string, args: Record<string, string | number> }, });

export type DeviceParams = { keyId: string, 
/**
 * Approve: the person confirmed approving a revoked device again.
 */
confirmRevoked: boolean, 
/**
 * Revoke: also remove every record the device sent.
 */
removeRecords: boolean, };

export type FilterParams = { 
/**
 * The engagement (id or prefix); `None`: the vault's only one.
 */
engagement: string | null, 
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

export type MergeParams = { 
/**
 * The recommendation kept and shown (id or prefix).
 */
kept: string, 
/**
 * The one shown as part of it, as one more source (id or prefix).
 */
merged: string, };

export type ReportFormat = "csv" | "json" | "qdpx" | "pdf-framework" | "docx" | "pdf-summary";

export type ReportExportParams = { format: ReportFormat, filters: FilterParams, 
/**
 * The file to write (replaced whole, or left as it was on error).
 */
path: string, 
/**
 * The PDF's language; `None`: the framework report in English, a
 * summary in its session's language (as the CLI without `--lang`).
 */
language: string | null, 
/**
 * The session of a "What we heard" summary (id or prefix).
 */
session: string | null, 
/**
 * The framework report as a submission within this many words.
 */
maxWords: number | null, };

export type ReportWritten = { 
/**
 * Quotes in an export (`None` for a PDF).
 */
quotes: number | null, 
/**
 * Pages of a PDF (`None` for an export).
 */
pages: number | null, 
/**
 * Words of a submission's body (`None` otherwise).
 */
words: number | null, bytes: number, };

export type EngagementEntry = { id: string, title: string, };

export type SynthesisParams = { filters: FilterParams, 
/**
 * The reader's language: theme labels, regions and groups shown in it
 * where the engagement translates them (keys stay as they are).
 */
lang: string | null, };

export type SynthesisView = { synthesis: Synthesis, records: Records, 
/**
 * Each region's and group's name in the reader's language, by key.
 */
names: Names, };

export type KitFileParams = { 
/**
 * The kit file, picked in the dialog or typed.
 */
path: string, };

export type KitInspection = { 
/**
 * The coordinator key's fingerprint, to compare by phone.
 */
fingerprint: string, 
/**
 * `first_use`, `pinned` (same key as before) or another core status.
 */
pin: string, };

export type EngagementSummary = { id: RecordId, title: string, 
/**
 * The pinned coordinator key's fingerprint; `None` for an engagement
 * made in this vault.
 */
fingerprint: string | null, kitVersion: number | null, };

export type ThemeView = { id: RecordId, parent: RecordId | null, code: string, label: string, description: string, references: Array<string>, };

export type EngagementView = { description: string, references: Array<string>, languages: Array<string>, agenda: Array<AgendaSegment>, consentTexts: Array<LangText>, themes: Array<ThemeView>, 
/**
 * The engagement's regions, to choose a session's from.
 */
regions: Array<Choice>, 
/**
 * The engagement's demographic groups.
 */
groups: Array<Choice>, id: RecordId, title: string, 
/**
 * The pinned coordinator key's fingerprint; `None` for an engagement
 * made in this vault.
 */
fingerprint: string | null, kitVersion: number | null, };

export type RecordParams = { id: RecordId, };

export type ExportPreviewParams = { sessions: Array<RecordId>, };

export type ExportBundleParams = { sessions: Array<RecordId>, 
/**
 * Where to save the bundle (from the save dialog, or typed).
 */
path: string, };

export type SessionAddParams = { engagement: RecordId, 
/**
 * Date, coarse place, region, languages; the agenda defaults to the kit's.
 */
session: SessionInput, };

export type SessionSummary = { id: RecordId, engagement: RecordId, title: string, date: string, place: string, region: string, languages: Array<string>, };

export type ParticipantView = { id: RecordId, code: string, consent: Consent | null, quotes: number, };

export type SessionView = { agenda: Array<AgendaSegment>, groupConsent: Consent | null, 
/**
 * Records withdrawing the group's consent would remove (group quotes,
 * needs and recommendations).
 */
groupRecords: number, participants: Array<ParticipantView>, id: RecordId, engagement: RecordId, title: string, date: string, place: string, region: string, languages: Array<string>, };

export type ParticipantAddParams = { session: RecordId, 
/**
 * A code such as `P7`; without one, the next free `P<n>`.
 */
code: string | null, };

export type ParticipantAdded = { id: RecordId, code: string, };

export type ConsentGiveParams = { participant: RecordId, 
/**
 * Scopes, method and the language the kit's consent text was shown in.
 */
consent: ConsentInput, };

export type GroupConsentParams = { session: RecordId, consent: ConsentInput, };

export type AppInfo = { 
/**
 * The app's version.
 */
version: string, 
/**
 * The interface languages shipped, English first.
 */
languages: Array<string>, 
/**
 * Allowed text sizes, in percent.
 */
textSizePercent: Bounds, 
/**
 * Allowed auto-lock delays, in minutes.
 */
autoLockMinutes: Bounds, 
/**
 * The shortest passphrase the vault accepts (for the strength hint).
 */
minPassphraseChars: number, };

export type Bounds = { min: number, max: number, };

export type SettingsSetParams = { 
/**
 * The complete preferences to save.
 */
settings: Settings, };

export type VaultStatus = { 
/**
 * A vault file exists at the app's vault path.
 */
exists: boolean, 
/**
 * It is unlocked in this app.
 */
unlocked: boolean, };

export type VaultCreateParams = { 
/**
 * The new vault's passphrase.
 */
passphrase: string, };

export type ShownOnce = string;

export type CreatedVault = { 
/**
 * The recovery key as the person writes it down (8 groups of 4).
 */
recoveryKey: ShownOnce, };

export type VaultUnlockParams = { 
/**
 * The vault's passphrase.
 */
passphrase: string, };

export type VaultRecoverParams = { 
/**
 * The recovery key as written down (case, spaces and dashes forgiven).
 */
recoveryKey: string, 
/**
 * The passphrase to set from now on.
 */
newPassphrase: string, };

export type KindCount = { 
/**
 * The kind's name, as in Fluent selectors (`quote`, `session`...).
 */
kind: string, count: number, };

export type VaultChangePassphraseParams = { 
/**
 * The passphrase to use from now on.
 */
newPassphrase: string, };

export type EngagementParams = { engagement: string | null, };

export type TrackingImportParams = { engagement: string | null, 
/**
 * A CSV or JSON file of official recommendations.
 */
path: string, 
/**
 * Replace known identifiers whose fields changed.
 */
replaceChanged: boolean, };

export type QdaImportParams = { engagement: string | null, 
/**
 * A `.qdpx` file.
 */
path: string, };

export type ReportTextParams = { engagement: string | null, language: string, part: ReportPart, 
/**
 * The whole text; empty removes the part.
 */
text: string, };

export type EngagementShowParams = { id: RecordId, 
/**
 * The reader's language: theme labels, regions and groups in it when
 * the kit translates them (else as the engagement has them, marked).
 */
lang: string | null, };

export type Choice = { value: string, label: string, };

export type Names = { regions: { [key in string]: string }, groups: { [key in string]: string }, };

export type SuggestParams = { engagement: string | null, 
/**
 * How much the words must overlap, 0 to 1 (default 0.6).
 */
min: number | null, };

export type MergeManyParams = { 
/**
 * (kept, merged) pairs, ids.
 */
pairs: Array<[RecordId, RecordId]>, };

export type PreviewParams = { part: ReportPart, text: string, };

export type Preview = { 
/**
 * The prose parts' blocks (empty for the cover).
 */
blocks: Array<MarkupBlock>, 
/**
 * The cover's lines (`None` for a prose part).
 */
cover: Cover | null, words: number, };

export type CurationView = { 
/**
 * (quote id, theme code) pairs.
 */
pins: Array<[RecordId, string]>, excluded: Array<RecordId>, };

export type CurateAction = "pin" | "unpin" | "exclude" | "include";

export type CurateParams = { engagement: string | null, quote: RecordId, action: CurateAction, 
/**
 * The theme's code: required to pin; to unpin, `None` unpins from
 * every theme.
 */
theme: string | null, };

export type TrackingUpdateParams = { 
/**
 * The official or community recommendation.
 */
id: RecordId, entry: TrackInput, };

export type TrackingLinkParams = { 
/**
 * The community recommendation.
 */
recommendation: RecordId, target: LinkTarget, 
/**
 * Remove the link instead.
 */
unlink: boolean, };

export type TrackingSuggestParams = { recommendation: RecordId, };

export type FollowUpOutput = "review" | "dashboard" | "open-data-csv" | "open-data-json" | "update";

export type TrackingWriteParams = { engagement: string | null, output: FollowUpOutput, 
/**
 * The file (or, for the dashboard, the folder) to write.
 */
path: string, 
/**
 * The review's language (default English).
 */
language: string | null, 
/**
 * The themes heard from the analysis coding (`hearken qda import`)
 * instead of the kit's codebook (dashboard and review).
 */
analysis: boolean, };

export type FollowUpWritten = { 
/**
 * Pages of the review; files of the dashboard; 1 otherwise.
 */
count: number, bytes: number, };

export type EvaluationAddParams = { session: RecordId, answers: EvaluationInput, };

export type SessionParams = { session: RecordId, };

export type UpdateImportParams = { path: string, };

export type UpdatePrintParams = { session: RecordId, path: string, 
/**
 * Default: the session's first language.
 */
language: string | null, };

export type UpdatePrinted = { pages: number, language: string, };
