/**
 * The coordinator: import and roster, synthesis, reports and exports, recommendation merges (`commands/coordinator/`).
 *
 * @module
 */
import { Channel } from "@tauri-apps/api/core";
import { getCurrentWebview } from "@tauri-apps/api/webview";
import { open as openDialog } from "@tauri-apps/plugin-dialog";

import { CommandError, type ErrorArgs, call } from "./call";
import type { CodeView, DeviceView, MergeSuggestion, QdaImported, ReportPart, Step, TextSet, TextView } from "./generated";
import type { CurateAction, CurateParams, CurationView, DeviceParams, MergeManyParams, SuggestParams, EngagementParams, FilterParams, Preview, PreviewParams, QdaImportParams, EngagementEntry, FileResult, MergeParams, ReportExportParams, ReportFormat, ReportTextParams, SynthesisParams, SynthesisView } from "./generated-shell";

/** Which sessions a coordinator view covers (the shell's `FilterParams`). */
export type SynthesisFilters = FilterParams;


/** The engagements in the vault. */
export function coordinatorEngagements(): Promise<EngagementEntry[]> {
  return call<EngagementEntry[]>("coordinator_engagements");
}

/** A channel that hands a long operation's steps to `onProgress`. */
function steps(onProgress: (s: Step) => void): Channel<Step> {
  const channel = new Channel<Step>();
  channel.onmessage = onProgress;
  return channel;
}

/**
 * Imports bundle files in turn (unknown devices are held in quarantine),
 * calling `onProgress` before the first file and after each one. Resolves to one result per file;
 * a rejected file carries its reason as `{ code, args }`. Cancelled
 * ({@link operationCancel}), it rejects with `cancelled`: the files finished
 * by then stay imported, each whole.
 */
export function importBundles(paths: string[], onProgress: (s: Step) => void): Promise<FileResult[]> {
  return call<FileResult[]>("import_bundles", { params: { paths }, onProgress: steps(onProgress) });
}

/** Asks the running import, report or export to stop at its next step. */
export function operationCancel(): Promise<void> {
  return call<void>("operation_cancel");
}

/** The roster of devices and those waiting in quarantine. */
export function rosterList(): Promise<DeviceView[]> {
  return call<DeviceView[]>("roster_list");
}

/**
 * Approves a device and merges its quarantined bundles; resolves to each held
 * file's result. A revoked device needs `confirmRevoked` (the person confirmed
 * on purpose), or the call rejects with `exchange-revoked`.
 */
export function rosterApprove(keyId: string, confirmRevoked = false): Promise<FileResult[]> {
  return call<FileResult[]>("roster_approve", { params: { keyId, confirmRevoked, removeRecords: false } satisfies DeviceParams });
}

/**
 * Revokes a device: its bundles are refused from now on; with `removeRecords`
 * every record it sent is removed too. Resolves to how many were removed.
 */
export function rosterRevoke(keyId: string, removeRecords: boolean): Promise<number> {
  return call<number>("roster_revoke", { params: { keyId, removeRecords, confirmRevoked: false } satisfies DeviceParams });
}

/**
 * The synthesis and its records under `filters`, theme labels, regions and
 * groups named in `lang`; a bad date rejects with `record-bad-date`-style codes.
 */
export function synthesisCompute(filters: SynthesisFilters, lang: string | null = null): Promise<SynthesisView> {
  return call<SynthesisView>("synthesis_compute", { params: { filters, lang } satisfies SynthesisParams });
}

/**
 * Writes a report or export to `path` (whole, or not at all). `language`
 * is the PDF's; `session` names the session of a "What we heard" summary;
 * `maxWords` makes the framework report a submission within that budget.
 * Resolves to the quotes of an export, or the pages (and a submission's
 * words) of a PDF. Cancelled ({@link operationCancel}), it rejects with
 * `cancelled` and writes nothing.
 */
export function reportExport(
  format: ReportFormat,
  filters: SynthesisFilters,
  path: string,
  pdf: { language: string | null; session: string | null; maxWords?: number | null } = { language: null, session: null },
  onProgress: (s: Step) => void = () => {},
): Promise<{ quotes: number | null; pages: number | null; words: number | null; bytes: number }> {
  return call("report_export", {
    params: { format, filters, path, ...pdf, maxWords: pdf.maxWords ?? null } satisfies ReportExportParams,
    onProgress: steps(onProgress),
  });
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
  return call<void>("recommendation_merge", { params: { kept, merged } satisfies MergeParams });
}

/** Recommendations that likely say the same thing (`hearken recommendation suggest`). */
export function recommendationSuggestions(engagement: string | null, min: number | null = null): Promise<MergeSuggestion[]> {
  return call<MergeSuggestion[]>("recommendation_suggestions", { params: { engagement, min } satisfies SuggestParams });
}

/** Merges every (kept, merged) pair, all or nothing; resolves to how many. */
export function mergeRecommendationsMany(pairs: [string, string][]): Promise<number> {
  return call<number>("recommendation_merge_many", { params: { pairs } satisfies MergeManyParams });
}

/** Undoes the merge of `merged` into `kept`. */
export function unmergeRecommendations(kept: string, merged: string): Promise<void> {
  return call<void>("recommendation_unmerge", { params: { kept, merged } satisfies MergeParams });
}

/**
 * Imports a coded REFI-QDA project (`.qdpx`) as the engagement's analysis
 * coding (`hearken qda import`); all or nothing.
 */
export function importQda(engagement: string | null, path: string): Promise<QdaImported> {
  return call<QdaImported>("qda_import", { params: { engagement, path } satisfies QdaImportParams });
}

/** The analysis codebook, or `null` before any import (`hearken qda show`). */
export function qdaCodebook(engagement: string | null): Promise<CodeView[] | null> {
  return call<CodeView[] | null>("qda_codebook", { params: { engagement } satisfies EngagementParams });
}

/** The engagement's report texts in every language (`hearken report-text show`). */
export function reportTexts(engagement: string | null): Promise<TextView[]> {
  return call<TextView[]>("report_texts", { params: { engagement } satisfies EngagementParams });
}

/**
 * Keeps one part of the report in one language (`hearken report-text set`);
 * an empty text removes it. Rejects, changing nothing, with the reason.
 */
export function reportTextSet(engagement: string | null, language: string, part: ReportPart, text: string): Promise<TextSet> {
  return call<TextSet>("report_text_set", { params: { engagement, language, part, text } satisfies ReportTextParams });
}

/** A text as the report will print it, or the reason it would be refused. */
export function reportTextPreview(part: ReportPart, text: string): Promise<Preview> {
  return call<Preview>("report_text_preview", { params: { part, text } satisfies PreviewParams });
}

/** The quotes pinned to themes and excluded from reports. */
export function quoteCuration(engagement: string | null): Promise<CurationView> {
  return call<CurationView>("quote_curation", { params: { engagement } satisfies EngagementParams });
}

/**
 * Pins a quote to a theme (`theme` required), unpins it (from `theme`, or
 * from every theme), excludes it from reports or includes it again; resolves
 * to the choice after.
 */
export function quoteCurate(engagement: string | null, quote: string, action: CurateAction, theme: string | null = null): Promise<CurationView> {
  return call<CurationView>("quote_curate", { params: { engagement, quote, action, theme } satisfies CurateParams });
}
