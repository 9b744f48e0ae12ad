/**
 * Where a session stands on its agenda: which segment, how much of it is
 * left, and whether it has run out. Pure arithmetic over the agenda's
 * minutes and the time spent in the current segment, so the running timer
 * and its tests agree.
 *
 * @module
 */

/** The state of the current segment. */
export interface SegmentClock {
  /** Seconds left in the segment; 0 once it has run out. */
  remaining: number;
  /** Seconds past the segment's end (the facilitator decides when to move on). */
  over: number;
  ended: boolean;
}

/** The clock of a segment of `minutes` after `elapsedMs` in it. */
export function segmentClock(minutes: number, elapsedMs: number): SegmentClock {
  const total = minutes * 60;
  const spent = Math.floor(Math.max(0, elapsedMs) / 1000);
  return { remaining: Math.max(0, total - spent), over: Math.max(0, spent - total), ended: spent >= total };
}

/** `m:ss`, in digits the page's locale can show. */
export function clockText(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${m}:${String(s).padStart(2, "0")}`;
}
