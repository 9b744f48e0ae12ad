/**
 * The facilitator's set-up: kits and engagements, sessions, participants and consent (`commands/engagement.rs`, `commands/session.rs`). Ids are 32 hex digits; participant words travel only in these values, never in error args.
 *
 * @module
 */
import { call } from "./call";
import type { ConsentInput, KitImported, SessionInput } from "./generated";
import type { ConsentGiveParams, EngagementShowParams, EngagementSummary, EngagementView, GroupConsentParams, KitFileParams, KitInspection, ParticipantAddParams, RecordParams, SessionAddParams, SessionSummary, SessionView } from "./generated-shell";

/** Verifies the kit at `path` without importing it. Rejects with `file-*` or a format code. */
export function inspectKit(path: string): Promise<KitInspection> {
  return call<KitInspection>("kit_inspect", { params: { path } satisfies KitFileParams });
}

/** Imports the kit at `path` and pins its coordinator key. */
export function importKit(path: string): Promise<KitImported> {
  return call<KitImported>("kit_import", { params: { path } satisfies KitFileParams });
}

export function listEngagements(): Promise<EngagementSummary[]> {
  return call<EngagementSummary[]>("engagement_list");
}

/**
 * An engagement with its codebook, agenda and consent texts; theme labels,
 * regions and groups in `lang` where the kit translates them.
 */
export function showEngagement(id: string, lang: string | null = null): Promise<EngagementView> {
  return call<EngagementView>("engagement_show", { params: { id, lang } satisfies EngagementShowParams });
}

export function addSession(engagement: string, session: SessionInput): Promise<string> {
  return call<string>("session_add", { params: { engagement, session } satisfies SessionAddParams });
}

export function listSessions(): Promise<SessionSummary[]> {
  return call<SessionSummary[]>("session_list");
}

export function showSession(id: string): Promise<SessionView> {
  return call<SessionView>("session_show", { params: { id } satisfies RecordParams });
}

/** Adds a participant; without `code`, the next free `P<n>`. */
export function addParticipant(session: string, code?: string): Promise<{ id: string; code: string }> {
  return call<{ id: string; code: string }>("participant_add", { params: { session, code: code || null } satisfies ParticipantAddParams });
}

export function giveConsent(participant: string, consent: ConsentInput): Promise<void> {
  return call<void>("consent_give", { params: { participant, consent } satisfies ConsentGiveParams });
}

export function giveGroupConsent(session: string, consent: ConsentInput): Promise<void> {
  return call<void>("group_consent_give", { params: { session, consent } satisfies GroupConsentParams });
}

/**
 * Withdraws the group's consent: the group's quotes and the session's needs
 * and recommendations are removed at once. Resolves to how many.
 */
export function withdrawGroupConsent(session: string): Promise<number> {
  return call<number>("group_consent_withdraw", { params: { id: session } satisfies RecordParams });
}

/** Withdraws consent: the participant's quotes are removed at once. Resolves to how many. */
export function withdrawConsent(participant: string): Promise<number> {
  return call<number>("consent_withdraw", { params: { id: participant } satisfies RecordParams });
}
