/**
 * Which screen is showing. A plain reactive value rather than URL routing:
 * the app has one window, no address bar and no deep links to protect.
 *
 * @module
 */
import { SCREENS, type Screen } from "./screens";

class Route {
  /** The screen on show. */
  current: Screen = $state.raw(SCREENS[0]!);

  /** Shows the screen with `id`; unknown ids are ignored. */
  go(id: string): void {
    const next = SCREENS.find((s) => s.id === id);
    if (next) this.current = next;
  }
}

/** The one route the shell shares. */
export const route = new Route();
