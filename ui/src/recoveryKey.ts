/**
 * Comparing a recovery key a person copied on paper with the one shown,
 * forgiving what `hearken::vault::RecoveryKey::parse` forgives: case,
 * spaces, dashes, and the look-alikes O (for 0) and I or L (for 1).
 *
 * @module
 */

/** The key reduced to its 32 significant characters. */
export function normalizeRecoveryKey(text: string): string {
  return text
    .toUpperCase()
    .replace(/[\s-]/g, "")
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1");
}

/** Whether `typed` is the same key as `shown`. */
export function sameRecoveryKey(typed: string, shown: string): boolean {
  const a = normalizeRecoveryKey(typed);
  return a.length > 0 && a === normalizeRecoveryKey(shown);
}

/** The key split into its groups of four, for display. */
export function recoveryKeyGroups(key: string): string[] {
  return key.split("-");
}
