/**
 * The synthesis the coordinator's screens share: the filters in force, the
 * last synthesis computed under them, and the choices the filters offer
 * (from the unfiltered synthesis, so a filter never hides its own options).
 * Every number on these screens comes from here, i.e. from the core's
 * `Synthesis::compute`, never from a count made in the UI.
 *
 * @module
 */
import { CommandError, qdaCodebook, synthesisCompute, type CodeView, type SynthesisFilters, type SynthesisView } from "../../api";
import { preferences, t } from "../../preferences.svelte";

/** No filter: every session of the first engagement. */
export function noFilters(): SynthesisFilters {
  return { engagement: null, regions: [], languages: [], groups: [], dateFrom: null, dateTo: null, sharedOnly: false, analysis: false };
}

/** The values each filter can take. */
export interface FilterChoices {
  regions: string[];
  languages: string[];
  groups: string[];
}

function union(...lists: string[][]): string[] {
  return [...new Set(lists.flat())].sort((a, b) => a.localeCompare(b));
}

class CoordinatorSynthesis {
  /** The filters of the synthesis on show. */
  filters: SynthesisFilters = $state(noFilters());
  /** The last synthesis and its records; `null` before the first load. */
  view: SynthesisView | null = $state.raw(null);
  choices: FilterChoices = $state.raw({ regions: [], languages: [], groups: [] });
  error: CommandError | null = $state.raw(null);
  loading = $state(false);
  /** The analysis codebook imported from a QDA tool; `null` before any. */
  analysis: CodeView[] | null = $state.raw(null);

  /** Computes the synthesis under `filters` (the current ones by default). */
  async load(filters: SynthesisFilters = this.filters): Promise<void> {
    this.loading = true;
    try {
      const next = await synthesisCompute(filters, preferences.translator.lang);
      this.analysis = await qdaCodebook(filters.engagement).catch(() => null);
      this.filters = filters;
      this.view = next;
      this.error = null;
      if (isUnfiltered(filters)) this.#learnChoices(next);
      else if (this.choices.regions.length === 0) this.#learnChoices(await synthesisCompute({ ...noFilters(), engagement: filters.engagement }));
    } catch (e) {
      this.error = e instanceof CommandError ? e : new CommandError("app-unexpected");
    } finally {
      this.loading = false;
    }
  }

  /** A region's name in the reader's language (its key when untranslated). */
  regionName(key: string): string {
    return this.view?.names.regions[key] ?? key;
  }

  /** A demographic group's name in the reader's language. */
  groupName(key: string): string {
    return this.view?.names.groups[key] ?? key;
  }

  /** Loads once, when a screen first needs the synthesis. */
  async ensure(): Promise<void> {
    if (this.view === null && !this.loading) await this.load();
  }

  /** Forgets everything (after an import or approval changed the vault). */
  invalidate(): void {
    this.view = null;
    this.choices = { regions: [], languages: [], groups: [] };
  }

  #learnChoices(v: SynthesisView): void {
    const s = v.synthesis;
    this.choices = {
      regions: union(s.coverage.regions.cells.map((c) => c.key), s.gaps.regions),
      languages: union(s.coverage.languages.cells.map((c) => c.key)),
      groups: union(s.coverage.groups.cells.map((c) => c.key), s.gaps.groups),
    };
  }
}

function isUnfiltered(f: SynthesisFilters): boolean {
  return f.regions.length + f.languages.length + f.groups.length === 0 && !f.dateFrom && !f.dateTo;
}

/** The one synthesis the coordinator's screens share. */
export const coordinator = new CoordinatorSynthesis();

export { formatNumber, formatShown } from "../../counts";

/** The first characters of a bundle digest: enough to tell bundles apart on screen. */
export function shortDigest(digest: string | null): string {
  return digest ? digest.slice(0, 12) : t("coord-made-here");
}

/** One bar of a bar chart (BarChart.svelte): `value` sets its length; `note` is an extra text column. */
export interface Bar {
  key: string;
  label: string;
  value: number;
  /** Nesting level, for a tree such as the codebook. */
  depth?: number;
  note?: string;
}
