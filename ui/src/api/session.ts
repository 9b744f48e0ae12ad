/**
 * The facilitator's set-up: kits and engagements, sessions, participants and consent (`commands/engagement.rs`, `commands/session.rs`). Ids are 32 hex digits; participant words travel only in these values, never in error args.
 *
 * @module
 */
import { call } from "./call";

/** Who signed a kit, before importing it. */
export interface KitInspection {
  fingerprint: string;
  /** `first_use` (compare the fingerprint first) or `pinned`. */
  pin: string;
}

/** What importing a kit did (`hearken::exchange::KitImported`). */
export interface KitImported {
  engagement: string;
  title: string;
  kitVersion: number;
  fingerprint: string;
  firstUse: boolean;
  themes: number;
}

/** Verifies the kit at `path` without importing it. Rejects with `file-*` or a format code. */
export function inspectKit(path: string): Promise<KitInspection> {
  return call<KitInspection>("kit_inspect", { params: { path } });
}

/** Imports the kit at `path` and pins its coordinator key. */
export function importKit(path: string): Promise<KitImported> {
  return call<KitImported>("kit_import", { params: { path } });
}

export interface EngagementSummary {
  id: string;
  title: string;
  fingerprint: string | null;
  kitVersion: number | null;
}

export interface AgendaSegment {
  title: string;
  minutes: number;
  questions: string[];
}

export interface Theme {
  id: string;
  parent: string | null;
  code: string;
  label: string;
  description: string;
  references: string[];
}

export interface EngagementView extends EngagementSummary {
  description: string;
  references: string[];
  languages: string[];
  agenda: AgendaSegment[];
  consentTexts: { lang: string; text: string }[];
  themes: Theme[];
}

export function listEngagements(): Promise<EngagementSummary[]> {
  return call<EngagementSummary[]>("engagement_list");
}

export function showEngagement(id: string): Promise<EngagementView> {
  return call<EngagementView>("engagement_show", { params: { id } });
}

/** What a person supplies to set up a session (`hearken::model::SessionInput`). */
export interface SessionInput {
  title: string;
  date: string;
  place: string;
  region: string;
  languages: string[];
  /** Names said in the room, to flag in quotes; never exported. */
  privateNames: string[];
}

export interface SessionSummary {
  id: string;
  engagement: string;
  title: string;
  date: string;
  place: string;
  region: string;
  languages: string[];
}

export type ScopeName = "take_part" | "quotes_in_reports" | "quotes_shared" | "demographics";
export type ConsentMethod = "oral" | "written" | "witnessed";

/** A recorded consent (`hearken::model::Consent`, snake_case as stored). */
export interface Consent {
  scopes: Record<ScopeName, boolean>;
  method: ConsentMethod;
  language: string;
  text_sha256: string;
  given_at: number;
  withdrawn_at: number | null;
}

export interface ParticipantView {
  id: string;
  code: string;
  consent: Consent | null;
  /** Quotes attributed to them: what a withdrawal removes. */
  quotes: number;
}

export interface SessionView extends SessionSummary {
  agenda: AgendaSegment[];
  groupConsent: Consent | null;
  /** Records withdrawing the group's consent would remove. */
  groupRecords: number;
  participants: ParticipantView[];
}

export function addSession(engagement: string, session: SessionInput): Promise<string> {
  return call<string>("session_add", { params: { engagement, session } });
}

export function listSessions(): Promise<SessionSummary[]> {
  return call<SessionSummary[]>("session_list");
}

export function showSession(id: string): Promise<SessionView> {
  return call<SessionView>("session_show", { params: { id } });
}

/** Adds a participant; without `code`, the next free `P<n>`. */
export function addParticipant(session: string, code?: string): Promise<{ id: string; code: string }> {
  return call<{ id: string; code: string }>("participant_add", { params: { session, code: code || null } });
}

/** What a participant agrees to (`hearken::model::ConsentInput`). */
export interface ConsentInput {
  scopes: ScopeName[];
  method: ConsentMethod;
  language: string;
}

export function giveConsent(participant: string, consent: ConsentInput): Promise<void> {
  return call<void>("consent_give", { params: { participant, consent } });
}

export function giveGroupConsent(session: string, consent: ConsentInput): Promise<void> {
  return call<void>("group_consent_give", { params: { session, consent } });
}

/**
 * Withdraws the group's consent: the group's quotes and the session's needs
 * and recommendations are removed at once. Resolves to how many.
 */
export function withdrawGroupConsent(session: string): Promise<number> {
  return call<number>("group_consent_withdraw", { params: { id: session } });
}

/** Withdraws consent: the participant's quotes are removed at once. Resolves to how many. */
export function withdrawConsent(participant: string): Promise<number> {
  return call<number>("consent_withdraw", { params: { id: participant } });
}
