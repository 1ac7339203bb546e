import { attempt } from './attempt';
import { ADAPTER_ID, CATEGORIES } from './categories';
import type { Category } from './types';

/** The stored decision, as kept under `cookie_consent`. `decidedAt: null` holds vendor opt-outs made before a decision. */
export interface ConsentRecord {
  decidedAt: string | null;
  expiresAt: string;
  categories: Record<Category, boolean>;
  optedOut: string[];
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
 * Reads a stored value strictly. The value is normalised into the record we would have written
 * (booleans, ISO dates, kebab-case ids, the four categories) and must serialise back to exactly the
 * stored string: a wrong type, a missing or extra key (a `__proto__` among them), another schema or
 * policy version all fail that one comparison. Anything else, or an expired record, is no decision.
 */
export const parseRecord = (
  raw: string | null | undefined,
  policyVersion: string,
  now: number,
): ConsentRecord | null =>
  attempt(() => {
    const { decidedAt, expiresAt, categories, optedOut } = JSON.parse(raw!);
    const record: ConsentRecord = {
      decidedAt: decidedAt === null ? null : iso(decidedAt),
      expiresAt: iso(expiresAt),
      categories: Object.fromEntries(
        CATEGORIES.map((c) => [c, categories[c] === true]),
      ) as ConsentRecord['categories'],
      optedOut: optedOut.filter((id: unknown) => ADAPTER_ID.test(id as string)).map(String),
    };
    return serializeRecord(record, policyVersion) === raw &&
      record.categories.necessary &&
      Date.parse(expiresAt) > now
      ? record
      : null;
  }) ?? null;
