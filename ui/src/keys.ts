/**
 * Keyboard shortcuts the screens share.
 *
 * @module
 */

/** Ctrl+Enter (Cmd+Enter on a Mac), nothing else held: "save this form". */
export function isCtrlEnter(event: KeyboardEvent): boolean {
  return event.key === "Enter" && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;
}
