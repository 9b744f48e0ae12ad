/**
 * The UI's only door to the Rust shell: one typed wrapper per command in
 * `src-tauri/src/commands.rs`. No other module calls `invoke`.
 *
 * Every command rejects with a {@link CommandError} carrying a Fluent code
 * and arguments, never text: screens render it with `Translator.explain`.
 *
 * @module
 */
import { Channel, invoke } from "@tauri-apps/api/core";
import { getCurrentWebview } from "@tauri-apps/api/webview";
import { open as openDialog, save as saveDialog } from "@tauri-apps/plugin-dialog";

/** The person's interface preferences (`hearken::settings::Settings`). */
export interface Settings {
  /** Interface language code, or `null` to follow the operating system. */
  language: string | null;
  /** Text size in percent of the default. */
  textSizePercent: number;
  /** High-contrast theme. */
  highContrast: boolean;
  /** Minutes of inactivity before the vault locks. */
  autoLockMinutes: number;
}

/** An inclusive range of allowed values. */
export interface Bounds {
  min: number;
  max: number;
}

/** The app's version, languages and the bounds of each setting. */
export interface AppInfo {
  version: string;
  /** Shipped interface languages, English first. */
  languages: string[];
  textSizePercent: Bounds;
  autoLockMinutes: Bounds;
  /** The shortest passphrase a vault accepts. */
  minPassphraseChars: number;
}

/** Arguments of an error message: numbers and short codes only. */
export type ErrorArgs = Record<string, string | number>;

/**
 * A refused or failed command, as the shell reports it: render `err-<code>`
 * and `rec-<code>` through Fluent.
 */
export class CommandError extends Error {
  constructor(
    readonly code: string,
    readonly args: ErrorArgs = {},
  ) {
    super(code);
    this.name = "CommandError";
  }
}

function isErrorMessage(value: unknown): value is { code: string; args?: ErrorArgs } {
  return typeof value === "object" && value !== null && typeof (value as { code?: unknown }).code === "string";
}

/**
 * Invokes `command`, turning any rejection into a {@link CommandError}. A
 * rejection that is not `{ code, args }` (a command missing from the
 * capabilities, a shell bug) becomes `app-unexpected`, so no raw Rust text
 * reaches the screen.
 */
async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (e) {
    if (isErrorMessage(e)) throw new CommandError(e.code, e.args ?? {});
    console.error(`${command} failed`, e);
    throw new CommandError("app-unexpected");
  }
}

/** The app's version, shipped languages and settings bounds. */
export function appInfo(): Promise<AppInfo> {
  return call<AppInfo>("app_info");
}

/** The saved preferences; the defaults on first start. Rejects if the file is damaged. */
export function getSettings(): Promise<Settings> {
  return call<Settings>("settings_get");
}

/**
 * Validates and saves the preferences; resolves to what was saved. A value
 * out of range rejects (e.g. `settings-text-size-range`) and saves nothing.
 */
export function saveSettings(settings: Settings): Promise<Settings> {
  return call<Settings>("settings_set", { params: { settings } });
}

/** Which vault screen applies. */
export interface VaultStatus {
  /** A vault file exists. */
  exists: boolean;
  /** It is unlocked in this app. */
  unlocked: boolean;
}

/** How many records of one kind the vault holds (`kind` as in Fluent selectors). */
export interface KindCount {
  kind: string;
  count: number;
}

/** Whether a vault exists and whether it is unlocked. */
export function vaultStatus(): Promise<VaultStatus> {
  return call<VaultStatus>("vault_status");
}

/**
 * Creates the vault (left unlocked) and resolves to its recovery key: the
 * only time it is ever given. Rejects with `vault-short-passphrase` (args
 * `min`) or `vault-exists`.
 */
export function createVault(passphrase: string): Promise<{ recoveryKey: string }> {
  return call<{ recoveryKey: string }>("vault_create", { params: { passphrase } });
}

/**
 * Unlocks the vault. A wrong passphrase rejects with
 * `vault-wrong-passphrase` (args `failed`, and `wait`: seconds before the
 * next try may start); a try during the wait rejects with `vault-delayed`
 * (args `seconds`).
 */
export function unlockVault(passphrase: string): Promise<void> {
  return call<void>("vault_unlock", { params: { passphrase } });
}

/**
 * Opens the vault with its recovery key and sets `newPassphrase`. Rejects
 * with `vault-malformed-recovery`, `vault-wrong-recovery` (args `wait`),
 * `vault-delayed` or `vault-short-passphrase`.
 */
export function recoverVault(recoveryKey: string, newPassphrase: string): Promise<void> {
  return call<void>("vault_recover", { params: { recoveryKey, newPassphrase } });
}

/** Locks the vault now (keys wiped from memory); resolves to whether it was unlocked. */
export function lockVault(): Promise<boolean> {
  return call<boolean>("vault_lock");
}

/** Record counts by kind; rejects with `app-locked` when the vault is locked. */
export function vaultContents(): Promise<KindCount[]> {
  return call<KindCount[]>("vault_contents");
}

// ---------------------------------------------------------------------------
// The facilitator's session: vault care, kits and engagements,
// sessions and consent, capture, read-back, export. Ids are 32 hex digits.
// Participant words travel only in these values, never in error args.

/** Sets a new passphrase on the unlocked vault. Rejects with `vault-short-passphrase` or `app-locked`. */
export function changePassphrase(newPassphrase: string): Promise<void> {
  return call<void>("vault_change_passphrase", { params: { newPassphrase } });
}

/** Destroys the vault for good (keys erased, files deleted); the app is then at first start. */
export function wipeVault(): Promise<void> {
  return call<void>("vault_wipe");
}

/** Who signed a kit, before importing it. */
export interface KitInspection {
  fingerprint: string;
  /** `first_use` (compare the fingerprint first) or `pinned`. */
  pin: string;
}

/** What importing a kit did (`hearken::exchange::KitImported`). */
export interface KitImported {
  engagement: string;
  title: string;
  kitVersion: number;
  fingerprint: string;
  firstUse: boolean;
  themes: number;
}

/** Verifies the kit at `path` without importing it. Rejects with `file-*` or a format code. */
export function inspectKit(path: string): Promise<KitInspection> {
  return call<KitInspection>("kit_inspect", { params: { path } });
}

/** Imports the kit at `path` and pins its coordinator key. */
export function importKit(path: string): Promise<KitImported> {
  return call<KitImported>("kit_import", { params: { path } });
}

export interface EngagementSummary {
  id: string;
  title: string;
  fingerprint: string | null;
  kitVersion: number | null;
}

export interface AgendaSegment {
  title: string;
  minutes: number;
  questions: string[];
}

export interface Theme {
  id: string;
  parent: string | null;
  code: string;
  label: string;
  description: string;
  references: string[];
}

export interface EngagementView extends EngagementSummary {
  description: string;
  references: string[];
  languages: string[];
  agenda: AgendaSegment[];
  consentTexts: { lang: string; text: string }[];
  themes: Theme[];
}

export function listEngagements(): Promise<EngagementSummary[]> {
  return call<EngagementSummary[]>("engagement_list");
}

export function showEngagement(id: string): Promise<EngagementView> {
  return call<EngagementView>("engagement_show", { params: { id } });
}

/** What a person supplies to set up a session (`hearken::model::SessionInput`). */
export interface SessionInput {
  title: string;
  date: string;
  place: string;
  region: string;
  languages: string[];
  /** Names said in the room, to flag in quotes; never exported. */
  privateNames: string[];
}

export interface SessionSummary {
  id: string;
  engagement: string;
  title: string;
  date: string;
  place: string;
  region: string;
  languages: string[];
}

export type ScopeName = "take_part" | "quotes_in_reports" | "quotes_shared" | "demographics";
export type ConsentMethod = "oral" | "written" | "witnessed";

/** A recorded consent (`hearken::model::Consent`, snake_case as stored). */
export interface Consent {
  scopes: Record<ScopeName, boolean>;
  method: ConsentMethod;
  language: string;
  text_sha256: string;
  given_at: number;
  withdrawn_at: number | null;
}

export interface ParticipantView {
  id: string;
  code: string;
  consent: Consent | null;
  /** Quotes attributed to them: what a withdrawal removes. */
  quotes: number;
}

export interface SessionView extends SessionSummary {
  agenda: AgendaSegment[];
  groupConsent: Consent | null;
  /** Records withdrawing the group's consent would remove. */
  groupRecords: number;
  participants: ParticipantView[];
}

export function addSession(engagement: string, session: SessionInput): Promise<string> {
  return call<string>("session_add", { params: { engagement, session } });
}

export function listSessions(): Promise<SessionSummary[]> {
  return call<SessionSummary[]>("session_list");
}

export function showSession(id: string): Promise<SessionView> {
  return call<SessionView>("session_show", { params: { id } });
}

/** Adds a participant; without `code`, the next free `P<n>`. */
export function addParticipant(session: string, code?: string): Promise<{ id: string; code: string }> {
  return call<{ id: string; code: string }>("participant_add", { params: { session, code: code || null } });
}

/** What a participant agrees to (`hearken::model::ConsentInput`). */
export interface ConsentInput {
  scopes: ScopeName[];
  method: ConsentMethod;
  language: string;
}

export function giveConsent(participant: string, consent: ConsentInput): Promise<void> {
  return call<void>("consent_give", { params: { participant, consent } });
}

export function giveGroupConsent(session: string, consent: ConsentInput): Promise<void> {
  return call<void>("group_consent_give", { params: { session, consent } });
}

/**
 * Withdraws the group's consent: the group's quotes and the session's needs
 * and recommendations are removed at once. Resolves to how many.
 */
export function withdrawGroupConsent(session: string): Promise<number> {
  return call<number>("group_consent_withdraw", { params: { id: session } });
}

/** Withdraws consent: the participant's quotes are removed at once. Resolves to how many. */
export function withdrawConsent(participant: string): Promise<number> {
  return call<number>("consent_withdraw", { params: { id: participant } });
}

export type FindingKind = string;

export interface Finding {
  kind: FindingKind;
  /** Character offsets (Unicode scalar values), end exclusive. */
  start: number;
  end: number;
}

export interface QuoteView {
  id: string;
  speaker: string;
  text: string;
  language: string;
  translation: string | null;
  themes: string[];
  readBack: "confirmed" | "change_requested" | null;
  redactions: Finding[];
  findings: (Finding & { field: "text" | "translation" })[];
}

export interface QuoteDraft {
  speaker: string;
  text: string;
  language: string;
  themes: string[];
  /** Replace identifying details with placeholders right after saving. */
  redact: boolean;
}

/** Records a quote (durable when it resolves). Refused without consent (`consent-*`). */
export function addQuote(session: string, draft: QuoteDraft): Promise<QuoteView> {
  return call<QuoteView>("quote_add", { params: { session, ...draft } });
}

export function listQuotes(session: string): Promise<QuoteView[]> {
  return call<QuoteView[]>("quote_list", { params: { id: session } });
}

export function editQuote(id: string, edit: { text?: string; themes?: string[] }): Promise<QuoteView> {
  return call<QuoteView>("quote_edit", { params: { id, edit } });
}

export function redactQuote(id: string): Promise<QuoteView> {
  return call<QuoteView>("quote_redact", { params: { id } });
}

export function reviewQuote(id: string): Promise<QuoteView> {
  return call<QuoteView>("quote_review", { params: { id } });
}

/** What the anonymization assistant finds in a draft. */
export function scanText(session: string, text: string): Promise<Finding[]> {
  return call<Finding[]>("text_scan", { params: { session, text } });
}

export function readBackQuote(id: string, outcome: "confirmed" | "change_requested"): Promise<QuoteView> {
  return call<QuoteView>("quote_read_back", { params: { id, outcome } });
}

/** Deletes a quote, need or recommendation for good. */
export function deleteCaptured(id: string): Promise<void> {
  return call<void>("captured_delete", { params: { id } });
}

export interface NoteView {
  id: string;
  kind: "need" | "recommendation";
  text: string;
  language: string;
  themes: string[];
  dutyBearer: string;
}

export function listNotes(session: string): Promise<NoteView[]> {
  return call<NoteView[]>("note_list", { params: { id: session } });
}

export function addNeed(session: string, need: { text: string; language: string; themes: string[] }): Promise<string> {
  return call<string>("need_add", { params: { session, need } });
}

export function addRecommendation(
  session: string,
  recommendation: { text: string; language: string; themes: string[]; dutyBearer: string; references: string[] },
): Promise<string> {
  return call<string>("recommendation_add", { params: { session, recommendation } });
}

/** What a bundle holds (`hearken::exchange::Exported`). */
export interface ExportPlan {
  engagement: string;
  sequence: number;
  sessions: number;
  participants: number;
  quotes: number;
  quotesKeptHome: number;
  needs: number;
  recommendations: number;
  tombstones: number;
  /** Quotes that keep the bundle from leaving until redacted or reviewed. */
  unresolved: FlaggedQuote[];
}

/** A quote still holding identifying details (`hearken::model::FlaggedQuote`). */
export interface FlaggedQuote {
  id: string;
  session: string;
  /** Kinds of details found (`name`, `phone`...), never the text. */
  kinds: string[];
}

export function previewExport(sessions: string[]): Promise<ExportPlan> {
  return call<ExportPlan>("export_preview", { params: { sessions } });
}

/** Signs, encrypts and saves the bundle at `path`. */
export function exportBundle(sessions: string[], path: string): Promise<ExportPlan> {
  return call<ExportPlan>("export_bundle", { params: { sessions, path } });
}

/**
 * The native open dialog (tauri-plugin-dialog) for one file; resolves to its
 * path, or `null` when the person cancels. `title` is already translated.
 */
export async function pickFile(title: string, extensions: string[]): Promise<string | null> {
  const picked = await openDialog({ title, multiple: false, directory: false, filters: [{ name: title, extensions }] });
  return typeof picked === "string" ? picked : null;
}

/** The native save dialog; resolves to the chosen path, or `null`. */
export async function pickSavePath(title: string, defaultPath: string, extensions: string[]): Promise<string | null> {
  return (await saveDialog({ title, defaultPath, filters: [{ name: title, extensions }] })) ?? null;
}

// ---- Coordinator: import, roster, synthesis, exports (src-tauri/src/commands/coordinator/) ----

/** Which sessions a coordinator view covers; empty lists mean "all". */
export interface SynthesisFilters {
  /** Engagement id or prefix; `null`: the first in the vault. */
  engagement: string | null;
  regions: string[];
  languages: string[];
  groups: string[];
  /** YYYY-MM-DD, inclusive. */
  dateFrom: string | null;
  dateTo: string | null;
  /** Only quotes whose consent covers sharing beyond the coordinator. */
  sharedOnly: boolean;
}

/** A count of people as the core lets it be shown: exact only from k up. */
export type Shown = { shown: "exact"; value: number } | { shown: "below"; value: number } | { shown: "withheld" };

/** One cell of a coverage breakdown. */
export interface CoverageCell {
  key: string;
  /** Sessions: records, exact. */
  sessions: number;
  people: Shown;
}

/** A breakdown of people with its (possibly suppressed) total. */
export interface Breakdown {
  cells: CoverageCell[];
  total: Shown;
}

/** How often a theme comes up (a quote counts for its themes and their ancestors). */
export interface ThemeCount {
  code: string;
  label: string;
  parent: string | null;
  quotes: number;
  sessions: number;
}

/** Quote counts per theme (rows) and another dimension (columns). */
export interface Matrix {
  rows: string[];
  columns: string[];
  counts: number[][];
}

/** A session as the synthesis refers to it. */
export interface SessionRef {
  id: string;
  date: string;
  place: string;
  region: string;
  languages: string[];
  quotes: number;
  /** Manifest digest of the bundle it came in; `null` if made here. */
  bundle: string | null;
}

/** A recommendation merged into another: where it was heard, in its words. */
export interface MergedSource {
  id: string;
  session: string;
  text: string;
  language: string;
  dutyBearer: string;
  bundle: string | null;
}

/** A recommendation with where it came from. */
export interface RecommendationEntry {
  id: string;
  session: string;
  text: string;
  language: string;
  themes: string[];
  dutyBearer: string;
  references: string[];
  bundle: string | null;
  /** Recommendations a coordinator merged into this one. */
  merged: MergedSource[];
}

/** Recommendations, and their ids grouped by theme and by treaty reference. */
export interface RecommendationGroups {
  all: RecommendationEntry[];
  byTheme: Record<string, string[]>;
  unthemed: string[];
  byReference: Record<string, string[]>;
  unreferenced: string[];
}

/** `hearken::synthesis::Synthesis`, as `hearken synthesis --json` prints it. */
export interface Synthesis {
  engagement: string;
  title: string;
  k: number;
  sessions: SessionRef[];
  reach: { sessions: number; participants: Shown; quotes: number };
  coverage: { regions: Breakdown; languages: Breakdown; groups: Breakdown };
  gaps: { regions: string[]; groups: string[] };
  themes: ThemeCount[];
  themeByRegion: Matrix;
  themeByGroup: Matrix;
  recommendations: RecommendationGroups;
}

/** A session as exported (no name list). */
export interface SessionRecord {
  id: string;
  title: string;
  date: string;
  place: string;
  region: string;
  languages: string[];
  bundle: string | null;
}

/** A quote with its theme codes and where it came from. */
export interface QuoteRecord {
  id: string;
  session: string;
  speaker: string;
  text: string;
  language: string;
  translation: string | null;
  /** Theme codes coded directly. */
  codes: string[];
  shareable: boolean;
  bundle: string | null;
}

/** The synthesis and the records it draws on. */
export interface SynthesisView {
  synthesis: Synthesis;
  records: { sessions: SessionRecord[]; quotes: QuoteRecord[] };
}

/** An engagement the vault holds. */
export interface EngagementEntry {
  id: string;
  title: string;
}

/** What became of one bundle file. */
export type FileResult = { file: string } & (
  | { outcome: "imported"; added: number; updated: number; removed: number; unchanged: number; missing: number[] }
  | { outcome: "alreadyHad" }
  | { outcome: "quarantined"; keyId: string; fingerprint: string }
  | { outcome: "rejected"; reason: { code: string; args?: ErrorArgs } }
);

/** Progress of an import: `done` of `total` files finished. */
export interface ImportProgress {
  done: number;
  total: number;
}

/** A facilitator device of the roster, or one waiting in quarantine. */
export interface DeviceEntry {
  keyId: string;
  /** Five groups of digits to compare aloud. */
  fingerprint: string;
  status: "approved" | "revoked" | "quarantined";
  bundles: number;
  /** Held files (quarantined devices). */
  files: string[];
  missing: number[];
  /** Records the device sent that the vault holds (what revoking may remove). */
  sent: number;
  /** Engagements (ids) the device may write into. */
  engagements: string[];
}

/** The engagements in the vault. */
export function coordinatorEngagements(): Promise<EngagementEntry[]> {
  return call<EngagementEntry[]>("coordinator_engagements");
}

/**
 * Imports bundle files in turn (unknown devices are held in quarantine),
 * calling `onProgress` before the first file and after each one. Resolves to one result per file;
 * a rejected file carries its reason as `{ code, args }`.
 */
export function importBundles(paths: string[], onProgress: (p: ImportProgress) => void): Promise<FileResult[]> {
  const channel = new Channel<ImportProgress>();
  channel.onmessage = onProgress;
  return call<FileResult[]>("import_bundles", { params: { paths }, onProgress: channel });
}

/** The roster of devices and those waiting in quarantine. */
export function rosterList(): Promise<DeviceEntry[]> {
  return call<DeviceEntry[]>("roster_list");
}

/**
 * Approves a device and merges its quarantined bundles; resolves to each held
 * file's result. A revoked device needs `confirmRevoked` (the person confirmed
 * on purpose), or the call rejects with `exchange-revoked`.
 */
export function rosterApprove(keyId: string, confirmRevoked = false): Promise<FileResult[]> {
  return call<FileResult[]>("roster_approve", { params: { keyId, confirmRevoked } });
}

/**
 * Revokes a device: its bundles are refused from now on; with `removeRecords`
 * every record it sent is removed too. Resolves to how many were removed.
 */
export function rosterRevoke(keyId: string, removeRecords: boolean): Promise<number> {
  return call<number>("roster_revoke", { params: { keyId, removeRecords } });
}

/** The synthesis and its records under `filters`; a bad date rejects with `record-bad-date`-style codes. */
export function synthesisCompute(filters: SynthesisFilters): Promise<SynthesisView> {
  return call<SynthesisView>("synthesis_compute", { params: { filters } });
}

/** What the report builder writes: the PDFs and the exports. */
export type ReportFormat = "pdf-framework" | "pdf-summary" | "csv" | "json" | "qdpx";

/**
 * Writes a report or export to `path` (whole, or not at all). `language`
 * is the PDF's; `session` names the session of a "What we heard" summary.
 * Resolves to the quotes of an export or the pages of a PDF.
 */
export function reportExport(
  format: ReportFormat,
  filters: SynthesisFilters,
  path: string,
  pdf: { language: string | null; session: string | null } = { language: null, session: null },
): Promise<{ quotes: number | null; pages: number | null; bytes: number }> {
  return call("report_export", { params: { format, filters, path, ...pdf } });
}

/**
 * Asks for bundle files with the system's file dialog (several at once);
 * resolves to their paths, or none if the person cancels.
 */
export async function pickBundleFiles(title: string): Promise<string[]> {
  try {
    return (await openDialog({ title, multiple: true, directory: false })) ?? [];
  } catch (e) {
    console.error("the file dialog failed", e);
    throw new CommandError("app-unexpected");
  }
}

/**
 * Calls `over(true/false)` while files are dragged over the window and
 * `dropped(paths)` when they are dropped. Returns the function that stops
 * listening.
 */
export function listenForDroppedFiles(handlers: { over: (on: boolean) => void; dropped: (paths: string[]) => void }): () => void {
  const stop = getCurrentWebview()
    .onDragDropEvent((event) => {
      const p = event.payload;
      if (p.type === "enter" || p.type === "over") handlers.over(true);
      else if (p.type === "leave") handlers.over(false);
      else {
        handlers.over(false);
        handlers.dropped(p.paths);
      }
    })
    .catch((e: unknown) => {
      console.error("cannot listen for dropped files", e);
      return () => {};
    });
  return () => void stop.then((unlisten) => unlisten());
}

/** Shows recommendation `merged` as part of `kept` from now on (nothing is deleted). */
export function mergeRecommendations(kept: string, merged: string): Promise<void> {
  return call<void>("recommendation_merge", { params: { kept, merged } });
}

/** Undoes the merge of `merged` into `kept`. */
export function unmergeRecommendations(kept: string, merged: string): Promise<void> {
  return call<void>("recommendation_unmerge", { params: { kept, merged } });
}
