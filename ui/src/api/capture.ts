/**
 * Capture and export: quotes with the anonymization assistant, needs and recommendations, read-back, the bundle (`commands/capture.rs`, `commands/export.rs`).
 *
 * @module
 */
import { open as openDialog, save as saveDialog } from "@tauri-apps/plugin-dialog";

import { call } from "./call";
import type { Exported, Finding, QuoteView } from "./generated";
import type { ExportBundleParams, ExportPreviewParams, NeedAddParams, NoteView, QuoteAddParams, QuoteEditParams, QuoteReadBackParams, RecommendationAddParams, RecordParams, TextScanParams } from "./generated-shell";


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
  return call<QuoteView>("quote_add", { params: { session, translation: null, ...draft } satisfies QuoteAddParams });
}

export function listQuotes(session: string): Promise<QuoteView[]> {
  return call<QuoteView[]>("quote_list", { params: { id: session } satisfies RecordParams });
}

export function editQuote(id: string, edit: { text?: string; themes?: string[] }): Promise<QuoteView> {
  return call<QuoteView>("quote_edit", { params: { id, edit } satisfies QuoteEditParams });
}

export function redactQuote(id: string): Promise<QuoteView> {
  return call<QuoteView>("quote_redact", { params: { id } satisfies RecordParams });
}

export function reviewQuote(id: string): Promise<QuoteView> {
  return call<QuoteView>("quote_review", { params: { id } satisfies RecordParams });
}

/** What the anonymization assistant finds in a draft. */
export function scanText(session: string, text: string): Promise<Finding[]> {
  return call<Finding[]>("text_scan", { params: { session, text } satisfies TextScanParams });
}

export function readBackQuote(id: string, outcome: "confirmed" | "change_requested"): Promise<QuoteView> {
  return call<QuoteView>("quote_read_back", { params: { id, outcome } satisfies QuoteReadBackParams });
}

/** Deletes a quote, need or recommendation for good. */
export function deleteCaptured(id: string): Promise<void> {
  return call<void>("captured_delete", { params: { id } satisfies RecordParams });
}

export function listNotes(session: string): Promise<NoteView[]> {
  return call<NoteView[]>("note_list", { params: { id: session } satisfies RecordParams });
}

export function addNeed(session: string, need: { text: string; language: string; themes: string[] }): Promise<string> {
  return call<string>("need_add", { params: { session, need } satisfies NeedAddParams });
}

export function addRecommendation(
  session: string,
  recommendation: { text: string; language: string; themes: string[]; dutyBearer: string; references: string[] },
): Promise<string> {
  return call<string>("recommendation_add", { params: { session, recommendation } satisfies RecommendationAddParams });
}

export function previewExport(sessions: string[]): Promise<Exported> {
  return call<Exported>("export_preview", { params: { sessions } satisfies ExportPreviewParams });
}

/** Signs, encrypts and saves the bundle at `path`. */
export function exportBundle(sessions: string[], path: string): Promise<Exported> {
  return call<Exported>("export_bundle", { params: { sessions, path } satisfies ExportBundleParams });
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
