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

/** A screen the shell can show. */
export interface Screen {
  /** Stable id: also the `data-screen` attribute the e2e tests wait for. */
  id: string;
  /** Fluent id of the navigation label and heading. */
  title: string;
  component: Component;
}

export const SCREENS: readonly Screen[] = [
  { id: "vault", title: "ui-screen-vault", component: VaultScreen },
  { id: "about", title: "ui-screen-about", component: About },
  { id: "settings", title: "ui-screen-settings", component: SettingsScreen },
];
