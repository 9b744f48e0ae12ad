/**
 * The screens the shell can show, in navigation order. Adding a screen is a
 * component in `screens/`, its title in `locales/<lang>/ui.ftl`, and one
 * entry here.
 *
 * @module
 */
import type { Component } from "svelte";
import About from "./screens/About.svelte";
import SettingsScreen from "./screens/Settings.svelte";
import VaultScreen from "./screens/Vault.svelte";
import CoordinatorDashboard from "./screens/coordinator/Dashboard.svelte";
import CoordinatorImport from "./screens/coordinator/Import.svelte";
import CoordinatorRecommendations from "./screens/coordinator/Recommendations.svelte";
import CoordinatorReport from "./screens/coordinator/Report.svelte";
import CoordinatorThemes from "./screens/coordinator/Themes.svelte";

/** A screen the shell can show. */
export interface Screen {
  /** Stable id: also the `data-screen` attribute the e2e tests wait for. */
  id: string;
  /** Fluent id of the navigation label and heading. */
  title: string;
  component: Component;
  /** Which part of the work the screen belongs to, for the navigation. */
  group?: "vault" | "session" | "coordinator";
}

export const SCREENS: readonly Screen[] = [
  { id: "vault", title: "ui-screen-vault", component: VaultScreen },
  { id: "about", title: "ui-screen-about", component: About },
  { id: "settings", title: "ui-screen-settings", component: SettingsScreen },
  { id: "coord-import", title: "coord-screen-import", component: CoordinatorImport, group: "coordinator" },
  { id: "coord-dashboard", title: "coord-screen-dashboard", component: CoordinatorDashboard, group: "coordinator" },
  { id: "coord-themes", title: "coord-screen-themes", component: CoordinatorThemes, group: "coordinator" },
  { id: "coord-recommendations", title: "coord-screen-recommendations", component: CoordinatorRecommendations, group: "coordinator" },
  { id: "coord-report", title: "coord-screen-report", component: CoordinatorReport, group: "coordinator" },
];
