/**
 * The follow-up of recommendations (`commands/coordinator/tracking.rs`,
 * `commands/followup.rs`). The coordinator's side: official
 * recommendations in, links, the append-only history and the outputs
 * (progress review, dashboard, open data, signed community update). The
 * facilitator's side: the participants' anonymous evaluation of a session,
 * and the community update imported and printed on one page.
 *
 * `engagement` is an id (or prefix); `null` means the vault's only one.
 *
 * @module
 */
import { open as openDialog } from "@tauri-apps/plugin-dialog";

import { CommandError, call } from "./call";
import type { EvaluationAdded, EvaluationInput, LinkTarget, OfficialsImported, RecordId, TrackInput, Tracking, UpdateFile, UpdateImported } from "./generated";
import type {
  EngagementParams,
  EvaluationAddParams,
  FollowUpOutput,
  FollowUpWritten,
  SessionParams,
  TrackingImportParams,
  TrackingLinkParams,
  TrackingSuggestParams,
  TrackingUpdateParams,
  TrackingWriteParams,
  UpdateImportParams,
  UpdatePrinted,
  UpdatePrintParams,
} from "./generated-shell";

/**
 * Every recommendation followed up in the engagement, official and
 * community, each with its state, history, links and quotes. Rejects with
 * `coord-no-engagement` when the vault holds none.
 */
export function trackingView(engagement: string | null): Promise<Tracking> {
  return call<Tracking>("tracking_view", { params: { engagement } satisfies EngagementParams });
}

/**
 * Imports official recommendations from a CSV or JSON file, all or nothing
 * (a bad row rejects with `official-*` and its line or entry). Known
 * identifiers whose fields changed are listed and left as they were, unless
 * `replaceChanged`.
 */
export function importOfficials(engagement: string | null, path: string, replaceChanged: boolean): Promise<OfficialsImported> {
  return call<OfficialsImported>("tracking_import", { params: { engagement, path, replaceChanged } satisfies TrackingImportParams });
}

/**
 * Appends a history entry to an official or community recommendation (the
 * history is never edited); resolves to the entry's id. Rejects with e.g.
 * `tracking-future-date` or `tracking-review-before`.
 */
export function recordTrackingEntry(id: RecordId, entry: TrackInput): Promise<RecordId> {
  return call<RecordId>("tracking_update", { params: { id, entry } satisfies TrackingUpdateParams });
}

/**
 * Links a community recommendation to an official one or a treaty article,
 * or with `unlink` removes that link. Rejects with `tracking-already-linked`
 * or `tracking-not-linked`, changing nothing.
 */
export function linkRecommendation(recommendation: RecordId, target: LinkTarget, unlink = false): Promise<void> {
  return call<void>("tracking_link", { params: { recommendation, target, unlink } satisfies TrackingLinkParams });
}

/** Official recommendations a community recommendation may support (suggested, never linked by themselves). */
export function suggestLinks(recommendation: RecordId): Promise<RecordId[]> {
  return call<RecordId[]>("tracking_suggest", { params: { recommendation } satisfies TrackingSuggestParams });
}

/**
 * Writes one of the follow-up's outputs to `path`, whole or not at all: a
 * file, or for the dashboard a folder (new, empty, or holding an earlier
 * dashboard; else `file-folder-in-use`). `language` is the review's;
 * `analysis` takes the themes heard from the analysis coding. Resolves to
 * the review's pages or the dashboard's files, and the bytes.
 */
export function writeFollowUp(
  engagement: string | null,
  output: FollowUpOutput,
  path: string,
  language: string | null,
  analysis = false,
): Promise<FollowUpWritten> {
  return call<FollowUpWritten>("tracking_write", { params: { engagement, output, path, language, analysis } satisfies TrackingWriteParams });
}

/**
 * Records one participant's anonymous answers; identifying details in the
 * comment are replaced before it is stored (resolves to how many).
 */
export function addEvaluation(session: RecordId, answers: EvaluationInput): Promise<EvaluationAdded> {
  return call<EvaluationAdded>("evaluation_add", { params: { session, answers } satisfies EvaluationAddParams });
}

/** How many evaluations the session holds (never the answers: they are anonymous). */
export function countEvaluations(session: RecordId): Promise<number> {
  return call<number>("evaluation_count", { params: { session } satisfies SessionParams });
}

/** Verifies the coordinator's signature on a community update file and stores it. */
export function importUpdate(path: string): Promise<UpdateImported> {
  return call<UpdateImported>("update_import", { params: { path } satisfies UpdateImportParams });
}

/** The newest community update of the session's engagement; `null` when none was imported. */
export function showUpdate(session: RecordId): Promise<UpdateFile | null> {
  return call<UpdateFile | null>("update_show", { params: { session } satisfies SessionParams });
}

/**
 * Prints the update on one page (PDF) at `path`, in `language` (`null`: the
 * session's first language). Rejects when no update was imported.
 */
export function printUpdate(session: RecordId, path: string, language: string | null): Promise<UpdatePrinted> {
  return call<UpdatePrinted>("update_print", { params: { session, path, language } satisfies UpdatePrintParams });
}

/**
 * Asks for a folder with the system's dialog (the same `dialog:allow-open`
 * permission as files); resolves to its path, or `null` if the person
 * cancels. `title` is already translated.
 */
export async function pickFolder(title: string): Promise<string | null> {
  try {
    const picked = await openDialog({ title, multiple: false, directory: true });
    return typeof picked === "string" ? picked : null;
  } catch (e) {
    console.error("the folder dialog failed", e);
    throw new CommandError("app-unexpected");
  }
}
