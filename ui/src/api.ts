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

/** Approves a device and merges its quarantined bundles; resolves to each held file's result. */
export function rosterApprove(keyId: string): Promise<FileResult[]> {
  return call<FileResult[]>("roster_approve", { params: { keyId } });
}

/** Revokes a device: its bundles are refused from now on. */
export function rosterRevoke(keyId: string): Promise<void> {
  return call<void>("roster_revoke", { params: { keyId } });
}

/** The synthesis and its records under `filters`; a bad date rejects with `record-bad-date`-style codes. */
export function synthesisCompute(filters: SynthesisFilters): Promise<SynthesisView> {
  return call<SynthesisView>("synthesis_compute", { params: { filters } });
}

/** Export formats the report builder can write now. */
export type ExportFormat = "csv" | "json" | "qdpx";

/** Writes an export to `path` (whole, or not at all); resolves to what it holds. */
export function reportExport(
  format: ExportFormat,
  filters: SynthesisFilters,
  path: string,
): Promise<{ quotes: number; sessions: number; bytes: number }> {
  return call("report_export", { params: { format, filters, path } });
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

/** Asks where to save a file; resolves to the path, or `null` if the person cancels. */
export async function chooseSavePath(title: string, defaultPath: string, extension: string): Promise<string | null> {
  try {
    return await saveDialog({ title, defaultPath, filters: [{ name: extension.toUpperCase(), extensions: [extension] }] });
  } catch (e) {
    console.error("the save dialog failed", e);
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
