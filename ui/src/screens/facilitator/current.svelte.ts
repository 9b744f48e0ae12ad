/**
 * The engagement and session the facilitator is working in, shared by the
 * session screens. Only ids: everything else is asked of the shell when a
 * screen shows, so a lock (which empties the shell) leaves nothing behind.
 *
 * @module
 */
import { CommandError } from "../../api";

class Current {
  engagement: string | null = $state(null);
  session: string | null = $state(null);
  /** The participant chosen on the session screen, for the consent screen. */
  participant: string | null = $state(null);
}

/** The one selection the session screens share. */
export const current = new Current();

/** Any rejection as a {@link CommandError}, for `ErrorNotice`. */
export function asError(e: unknown): CommandError {
  return e instanceof CommandError ? e : new CommandError("app-unexpected");
}
