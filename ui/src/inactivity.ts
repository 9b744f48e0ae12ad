/**
 * Calls back after a stretch with no keyboard, pointer or touch activity:
 * the auto-lock. Activity anywhere in the window restarts the count.
 *
 * @module
 */

/** Events that count as someone using the app. */
const ACTIVITY = ["keydown", "pointerdown", "pointermove", "wheel", "touchstart"] as const;

/**
 * Starts watching `target` and calls `onIdle` once after `ms` without
 * activity. Returns a function that stops watching.
 */
export function watchInactivity(target: EventTarget, ms: number, onIdle: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const restart = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      stop();
      onIdle();
    }, ms);
  };
  const stop = (): void => {
    clearTimeout(timer);
    for (const type of ACTIVITY) target.removeEventListener(type, restart);
  };
  for (const type of ACTIVITY) target.addEventListener(type, restart, { passive: true });
  restart();
  return stop;
}
