/**
 * One vault form submission at a time: busy while the shell works (key
 * derivation takes about half a second), the refusal kept for display, and
 * the enforced wait before the next attempt counted down.
 *
 * @module
 */
import { onDestroy } from "svelte";
import { CommandError } from "./api";
import { RetryCountdown, waitOf } from "./countdown.svelte";

/** Create in a component's script: the countdown stops with the component. */
export class VaultAttempt {
  busy = $state(false);
  error: CommandError | null = $state(null);
  readonly countdown = new RetryCountdown();

  constructor() {
    onDestroy(() => this.countdown.stop());
  }

  /** Whether the form may be submitted now. */
  get ready(): boolean {
    return !this.busy && this.countdown.remaining === 0;
  }

  /**
   * Runs `action` unless busy or waiting. Resolves to whether it succeeded;
   * on refusal the error is kept and any wait it asks for starts counting.
   */
  async run(action: () => Promise<void>): Promise<boolean> {
    if (!this.ready) return false;
    this.busy = true;
    try {
      await action();
      this.error = null;
      return true;
    } catch (e) {
      this.error = e instanceof CommandError ? e : new CommandError("app-unexpected");
      this.countdown.start(waitOf(this.error));
      return false;
    } finally {
      this.busy = false;
    }
  }
}
