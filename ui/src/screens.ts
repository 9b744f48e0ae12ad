/**
 * The screens the shell can show, in navigation order, grouped: the vault
 * and the app, the facilitator's session, the coordinator's work. Adding a
 * screen is a component in `screens/`, its title in `locales/<lang>/*.ftl`,
 * and one entry here.
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
import CoordinatorReportTexts from "./screens/coordinator/ReportTexts.svelte";
import CoordinatorThemes from "./screens/coordinator/Themes.svelte";
import CoordinatorTracking from "./screens/coordinator/Tracking.svelte";
import CaptureScreen from "./screens/facilitator/Capture.svelte";
import ConsentScreen from "./screens/facilitator/Consent.svelte";
import EngagementsScreen from "./screens/facilitator/Engagements.svelte";
import EvaluationScreen from "./screens/facilitator/Evaluation.svelte";
import ExportScreen from "./screens/facilitator/Export.svelte";
import ReadBackScreen from "./screens/facilitator/ReadBack.svelte";
import SessionScreen from "./screens/facilitator/Session.svelte";
import UpdateScreen from "./screens/facilitator/Update.svelte";

/** Navigation groups, in the order the navigation shows them. */
export const GROUPS = ["vault", "session", "coordinator"] as const;
export type ScreenGroup = (typeof GROUPS)[number];

/** A screen the shell can show. */
export interface Screen {
  /** Stable id: also the `data-screen` attribute the e2e tests wait for. */
  id: string;
  /** Fluent id of the navigation label and heading. */
  title: string;
  /** Where the navigation lists it (label: Fluent `nav-group-<group>`). */
  group: ScreenGroup;
  component: Component;
}

export const SCREENS: readonly Screen[] = [
  { id: "vault", title: "ui-screen-vault", group: "vault", component: VaultScreen },
  // The facilitator's session.
  { id: "engagements", title: "fac-screen-engagements", group: "session", component: EngagementsScreen },
  { id: "session", title: "fac-screen-session", group: "session", component: SessionScreen },
  { id: "consent", title: "fac-screen-consent", group: "session", component: ConsentScreen },
  { id: "capture", title: "fac-screen-capture", group: "session", component: CaptureScreen },
  { id: "readback", title: "fac-screen-readback", group: "session", component: ReadBackScreen },
  { id: "evaluation", title: "fac-screen-evaluation", group: "session", component: EvaluationScreen },
  { id: "export", title: "fac-screen-export", group: "session", component: ExportScreen },
  { id: "update", title: "fac-screen-update", group: "session", component: UpdateScreen },
  // The app.
  { id: "settings", title: "ui-screen-settings", group: "vault", component: SettingsScreen },
  { id: "about", title: "ui-screen-about", group: "vault", component: About },
  // The coordinator's import, synthesis, reports and follow-up.
  { id: "coord-import", title: "coord-screen-import", group: "coordinator", component: CoordinatorImport },
  { id: "coord-dashboard", title: "coord-screen-dashboard", group: "coordinator", component: CoordinatorDashboard },
  { id: "coord-themes", title: "coord-screen-themes", group: "coordinator", component: CoordinatorThemes },
  { id: "coord-recommendations", title: "coord-screen-recommendations", group: "coordinator", component: CoordinatorRecommendations },
  { id: "coord-tracking", title: "coord-screen-tracking", group: "coordinator", component: CoordinatorTracking },
  { id: "coord-report-texts", title: "coord-screen-report-texts", group: "coordinator", component: CoordinatorReportTexts },
  { id: "coord-report", title: "coord-screen-report", group: "coordinator", component: CoordinatorReport },
];
