import { attempt } from './attempt';
import { ADAPTER_ID, CATEGORIES } from './categories';
import type { Category } from './types';

const DAY = 864e5;
// A consent ID as `newConsentId` makes it (and as the receipt server takes it): a lower-case UUID v4.
const CONSENT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/**
 * The stored decision, as kept under `cookie_consent`. `decidedAt: null` holds vendor opt-outs made before
 * a decision. `id` is the consent ID of this stored change: null without a decision, and in a decision
 * stored as schema 1, before IDs existed.
 */
export interface ConsentRecord {
  id: string | null;
  decidedAt: string | null;
  expiresAt: string;
  categories: Record<Category, boolean>;
  optedOut: string[];
}

/** What a stored value is checked against besides its shape. */
export interface RecordRules {
  /** The configured policy version: a record made under another one is void. */
  policyVersion: string;
  /** How long a decision may last, in days: a record claiming longer was not written by us. */
  maxAgeDays: number;
  /** The current time, epoch milliseconds. */
  now: number;
}

/**
 * The stored JSON, in the documented shape and key order. The SDK writes schema 2; schema 1 (no `id`) is
 * only ever written here to compare a stored schema-1 value with what it should be.
 */
export const serializeRecord = (record: ConsentRecord, policyVersion: string, schema = 2): string =>
  JSON.stringify({
    schema,
    ...(schema > 1 && { id: record.id }),
    policyVersion,
    decidedAt: record.decidedAt,
    expiresAt: record.expiresAt,
    categories: record.categories,
    optedOut: record.optedOut,
  });

/** A date as an ISO string; throws on an invalid one. */
export const iso = (date: string | number): string => new Date(date).toISOString();

/**
 * Whether a well-formed record is one we could have written at `now`. A decision lasts `maxAgeDays`
 * from `decidedAt`, which cannot be more than a day ahead of this clock (a visitor's clock may drift; a
 * record "decided in 2099" never happened). A record without a decision only carries vendor opt-outs:
 * every optional category is off in it, and its expiry is at most `maxAgeDays` away.
 */
const plausible = (record: ConsentRecord, { maxAgeDays, now }: RecordRules): boolean => {
  const expires = Date.parse(record.expiresAt);
  const lifetime = maxAgeDays * DAY;
  if (!record.categories.necessary || expires <= now) return false;
  if (record.decidedAt === null)
    return (
      expires <= now + lifetime + DAY && CATEGORIES.every((c) => c === 'necessary' || !record.categories[c])
    );
  const decided = Date.parse(record.decidedAt);
  return decided <= now + DAY && expires <= decided + lifetime;
};

/** A new consent ID: a random UUID v4, from the platform's cryptographic random numbers. */
export const newConsentId = (): string => {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // the RFC 4122 variant
  const hex = toHex(bytes);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};

/** Bytes as lower-case hex. */
export const toHex = (bytes: Uint8Array): string =>
  [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');

/**
 * Reads a stored value strictly, in either documented form: schema 2, or schema 1 (written before
 * consent IDs; still a decision, rewritten as schema 2 at the next write). The value is normalised into
 * the record we would have written (booleans, ISO dates, kebab-case ids, a UUID, the four categories) and
 * must serialise back to exactly the stored string: a wrong type, a missing or extra key (a `__proto__`
 * among them), another schema or policy version all fail that one comparison. In schema 2 the ID is
 * there exactly when there is a decision. Then it must be plausible (see above). Anything else is no
 * decision: nothing optional runs.
 */
export const parseRecord = (raw: string | null | undefined, rules: RecordRules): ConsentRecord | null => {
  // Nothing stored is the common first visit: no parse, no exception to catch.
  if (!raw) return null;
  const value = attempt(() => JSON.parse(raw));
  const schema = value?.schema === 1 ? 1 : 2;
  const record = attempt((): ConsentRecord => {
    const { id, decidedAt, expiresAt, categories, optedOut } = value;
    return {
      // String(): an id wrapped in an array would pass the pattern, and then fail the comparison below.
      id: decidedAt !== null && CONSENT_ID.test(id) ? String(id) : null,
      decidedAt: decidedAt === null ? null : iso(decidedAt),
      expiresAt: iso(expiresAt),
      categories: Object.fromEntries(
        CATEGORIES.map((c) => [c, categories[c] === true]),
      ) as ConsentRecord['categories'],
      optedOut: optedOut.filter((id: unknown) => ADAPTER_ID.test(id as string)).map(String),
    };
  });
  return record &&
    serializeRecord(record, rules.policyVersion, schema) === raw &&
    (schema === 1 || record.id !== null || record.decidedAt === null) &&
    plausible(record, rules)
    ? record
    : null;
};
