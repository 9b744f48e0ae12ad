/**
 * The wait before the next unlock attempt, counted down on screen. The shell
 * says how long (`wait` or `seconds` in the refusal); this only counts.
 *
 * @module
 */
import type { CommandError } from "./api";

/** Seconds a refusal asks to wait before the next attempt (0 if none). */
export function waitOf(error: CommandError): number {
  const seconds = error.code === "vault-delayed" ? error.args.seconds : error.args.wait;
  return typeof seconds === "number" && seconds > 0 ? Math.ceil(seconds) : 0;
}

/** A countdown in whole seconds; `remaining` is reactive. */
export class RetryCountdown {
  remaining = $state(0);
  #timer: ReturnType<typeof setInterval> | undefined;
  #until = 0;

  /** Starts (or restarts) counting down from `seconds`. */
  start(seconds: number): void {
    this.stop();
    if (seconds <= 0) return;
    this.#until = Date.now() + seconds * 1000;
    this.remaining = seconds;
    this.#timer = setInterval(() => {
      this.remaining = Math.max(0, Math.ceil((this.#until - Date.now()) / 1000));
      if (this.remaining === 0) this.stop();
    }, 200);
  }

  /** Stops counting (and releases the timer). */
  stop(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
    this.remaining = 0;
  }
}
