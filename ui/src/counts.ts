/**
 * Numbers and suppressed counts as every screen shows them: the coordinator's
 * synthesis and the facilitator's community update both carry counts of
 * people as the core's `Shown` (exact, "<k" or withheld), and both must show
 * them the same way, never working a hidden count back out.
 *
 * @module
 */
import type { Shown } from "./api";
import { preferences, t } from "./preferences.svelte";

/** A number in the interface language's digits. */
export function formatNumber(n: number): string {
  return new Intl.NumberFormat(preferences.translator.lang).format(n);
}

/** A suppressed count as the core allows it to be shown: the number, "<k" or "x". */
export function formatShown(s: Shown): string {
  switch (s.shown) {
    case "exact":
      return formatNumber(s.value);
    case "below":
      return t("redact-cell-below", { k: s.value });
    case "withheld":
      return t("redact-cell-withheld");
  }
}

/** A file size in the interface language's units ("245 kB"), from Intl's own unit names. */
export function formatBytes(bytes: number): string {
  const [value, unit] = bytes < 1000 ? [bytes, "byte"] : bytes < 1_000_000 ? [bytes / 1000, "kilobyte"] : [bytes / 1_000_000, "megabyte"];
  return new Intl.NumberFormat(preferences.translator.lang, {
    style: "unit",
    unit,
    unitDisplay: "short",
    maximumFractionDigits: value < 10 && unit !== "byte" ? 1 : 0,
  }).format(value);
}
