import { attempt } from './attempt';
import { ADAPTER_ID, CATEGORIES } from './categories';
import type { Category } from './types';

const DAY = 864e5;

/** The stored decision, as kept under `cookie_consent`. `decidedAt: null` holds vendor opt-outs made before a decision. */
export interface ConsentRecord {
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

/** The stored JSON, in the documented shape and key order. */
export const serializeRecord = (record: ConsentRecord, policyVersion: string): string =>
  JSON.stringify({
    schema: 1,
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

/**
 * Reads a stored value strictly. The value is normalised into the record we would have written
 * (booleans, ISO dates, kebab-case ids, the four categories) and must serialise back to exactly the
 * stored string: a wrong type, a missing or extra key (a `__proto__` among them), another schema or
 * policy version all fail that one comparison. Then it must be plausible (see above). Anything else is
 * no decision: nothing optional runs.
 */
export const parseRecord = (raw: string | null | undefined, rules: RecordRules): ConsentRecord | null => {
  // Nothing stored is the common first visit: no parse, no exception to catch.
  if (!raw) return null;
  const record = attempt((): ConsentRecord => {
    const { decidedAt, expiresAt, categories, optedOut } = JSON.parse(raw);
    return {
      decidedAt: decidedAt === null ? null : iso(decidedAt),
      expiresAt: iso(expiresAt),
      categories: Object.fromEntries(
        CATEGORIES.map((c) => [c, categories[c] === true]),
      ) as ConsentRecord['categories'],
      optedOut: optedOut.filter((id: unknown) => ADAPTER_ID.test(id as string)).map(String),
    };
  });
  return record && serializeRecord(record, rules.policyVersion) === raw && plausible(record, rules)
    ? record
    : null;
};
