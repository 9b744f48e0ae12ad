/**
 * The UI's typed API over the Rust shell, one module per area; screens
 * import from here. No module outside `api/` calls `invoke`.
 *
 * @module
 */
export { CommandError, type ErrorArgs } from "./call";
export * from "./capture";
export * from "./coordinator";
export * from "./followup";
export type * from "./generated";
export type * from "./generated-shell";
export * from "./session";
export * from "./settings";
export * from "./vault";
