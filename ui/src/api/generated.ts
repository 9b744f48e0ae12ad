// Generated from the Rust types by `hearken::views::typescript()`: do not
// edit. After changing those types, regenerate with
// `HEARKEN_WRITE_TS=1 cargo test --lib views::tests`; `make lint` fails when
// this file drifts from them.

export type RecordId = string;

export type QuoteView = { id: RecordId, session: RecordId, 
/**
 * A participant's code, or `group`.
 */
speaker: string, text: string, language: string, translation: string | null, themes: Array<RecordId>, readBack: ReadBack | null, redactions: Array<Redaction>, 
/**
 * Identifying details still unresolved (neither redacted nor reviewed).
 */
findings: Array<QuoteFinding>, };

export type QuoteFinding = { field: QuoteField, kind: FindingKind, start: number, end: number, };

export type DeviceView = { keyId: string, 
/**
 * Five groups of digits to compare aloud.
 */
fingerprint: string, status: DeviceState, 
/**
 * Bundles received (or held, while quarantined).
 */
bundles: number, 
/**
 * Held bundles' file names.
 */
files: Array<string>, 
/**
 * Sequence numbers still missing.
 */
missing: Array<number>, 
/**
 * Records the device sent that the vault holds (what revoking may
 * remove).
 */
sent: number, 
/**
 * Engagements (ids) the device may write into.
 */
engagements: Array<string>, };

export type DeviceState = "approved" | "revoked" | "quarantined";

export type Exported = { engagement: RecordId, sequence: number, sessions: number, participants: number, quotes: number, 
/**
 * Quotes that stay on the device because consent does not allow them out.
 */
quotesKeptHome: number, needs: number, recommendations: number, tombstones: number, 
/**
 * Quotes that keep the bundle from leaving until they are redacted or
 * reviewed (a preview lists them; an export refuses).
 */
unresolved: Array<FlaggedQuote>, };

export type FlaggedQuote = { id: RecordId, session: RecordId, 
/**
 * The kinds of details found (`name`, `phone`...), never the text.
 */
kinds: Array<string>, };

export type QuoteField = "text" | "translation";

export type ReadBack = "confirmed" | "change_requested";

export type Redaction = { kind: FindingKind, start: number, end: number, };

export type Finding = { kind: FindingKind, start: number, end: number, };

export type FindingKind = "name" | "place" | "email" | "phone" | "url" | "handle" | "id_number" | "date_of_birth" | "gps" | "address" | "age_attribute";
