/**
 * The one door to the Rust shell: {@link call} wraps `invoke` so every
 * command rejects with a {@link CommandError} carrying a Fluent code and
 * arguments, never text (screens render it with `Translator.explain`). Only
 * the modules of this folder call it; screens import the typed functions
 * from `api/index.ts`.
 *
 * @module
 */
import { invoke } from "@tauri-apps/api/core";

/** Arguments of an error message: numbers and short codes only. */
export type ErrorArgs = Record<string, string | number>;

/**
 * A refused or failed command, as the shell reports it: render `err-<code>`
 * and `rec-<code>` through Fluent.
 */
export class CommandError extends Error {
  constructor(
    readonly code: string,
    readonly args: ErrorArgs = {},
  ) {
    super(code);
    this.name = "CommandError";
  }
}

function isErrorMessage(value: unknown): value is { code: string; args?: ErrorArgs } {
  return typeof value === "object" && value !== null && typeof (value as { code?: unknown }).code === "string";
}

/**
 * Invokes `command`, turning any rejection into a {@link CommandError}. A
 * rejection that is not `{ code, args }` (a command missing from the
 * capabilities, a shell bug) becomes `app-unexpected`, so no raw Rust text
 * reaches the screen.
 */
export async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (e) {
    if (isErrorMessage(e)) throw new CommandError(e.code, e.args ?? {});
    console.error(`${command} failed`, e);
    throw new CommandError("app-unexpected");
  }
}

