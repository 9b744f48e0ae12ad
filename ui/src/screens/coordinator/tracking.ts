/**
 * What the Tracking screen needs beyond the shell's view: the filters, which
 * mirror the core's `Tracking::filter` (the CLI's `hearken tracking list`
 * flags) so the screen and the CLI list the same recommendations, and the
 * labels the follow-up's outputs share (`report::review::Labels`), built
 * from the same Fluent ids.
 *
 * @module
 */
import type { MessageArgs } from "../../i18n";
import type { TrackState, Tracked, TrackingFilter } from "../../api";

/** Formats a Fluent message (the screen passes `t`). */
export type Format = (id: string, args?: MessageArgs) => string;

/** The states, in the core's order (`TrackState::ALL`). */
export const TRACK_STATES: readonly TrackState[] = ["not_started", "in_progress", "partially_implemented", "implemented", "regressed", "no_information"];

/** No filter: everything followed up. */
export function noTrackingFilter(): TrackingFilter {
  return { mechanism: null, kind: null, body: null, state: null, theme: null, article: null, due: false };
}

/** The items passing `f`, in the view's order; the same test as the core's `Tracking::filter`. */
export function filterTracked(items: readonly Tracked[], f: TrackingFilter): Tracked[] {
  return items.filter(
    (t) =>
      (f.mechanism === null || t.mechanism === f.mechanism) &&
      (f.kind === null || t.kind === f.kind) &&
      (f.body === null || t.body === f.body) &&
      (f.state === null || t.state === f.state) &&
      (f.theme === null || t.themes.includes(f.theme)) &&
      (f.article === null || t.articles.includes(f.article)) &&
      (!f.due || t.due),
  );
}

/** The distinct values of one field over the items, sorted, for a filter's choices. */
export function choices(items: readonly Tracked[], pick: (t: Tracked) => readonly string[]): string[] {
  return [...new Set(items.flatMap((t) => [...pick(t)]))].sort((a, b) => a.localeCompare(b));
}

/** A state as people read it (`state-partially-implemented`). */
export function stateLabel(format: Format, state: TrackState): string {
  return format(`state-${state.replaceAll("_", "-")}`);
}

/**
 * The line that says where a recommendation comes from, as the progress
 * review and the CLI print it: "UPR · UPR cycle 3 · recommended by Spain ·
 * Supported", "Treaty body · CEDAW/C/ARC/CO/8", or "Community
 * recommendation".
 */
export function mechanismLine(format: Format, t: Tracked): string {
  if (t.kind !== "official" || t.mechanism === null) return format("mechanism-community");
  const parts = [format(`mechanism-${t.mechanism}`), t.source];
  if (t.recommendingState) parts.push(format("rv-recommended-by", { state: t.recommendingState }));
  if (t.response) parts.push(format(`response-${t.response}`));
  return parts.join(" · ");
}

/** A text's opening words, to tell recommendations apart in a list. */
export function opening(text: string, max = 90): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max).join("").trimEnd()}…` : text;
}
