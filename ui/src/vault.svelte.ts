/**
 * The vault as the whole UI sees it: whether it exists and is unlocked, and
 * the one way to lock it (button, Ctrl+L, inactivity), so every path clears
 * the same state.
 *
 * @module
 */
import { lockVault, vaultStatus, type VaultStatus } from "./api";

/** Why the vault was last locked, for the notice on the unlock screen. */
export type LockReason = "manual" | "inactivity";

class VaultSession {
  /** `null` until the shell has answered. */
  status: VaultStatus | null = $state(null);
  /** Set when the vault was locked during this run; cleared on unlock. */
  lockedBy: LockReason | null = $state(null);

  /** Asks the shell for the current status. */
  async refresh(): Promise<void> {
    this.status = await vaultStatus();
    if (this.status.unlocked) this.lockedBy = null;
  }

  /** Locks now. Safe to call when already locked. */
  async lock(reason: LockReason): Promise<void> {
    const wasUnlocked = await lockVault();
    if (wasUnlocked) this.lockedBy = reason;
    await this.refresh();
  }
}

/** The one session the UI shares. */
export const vault = new VaultSession();
