/**
 * Strict validation of a receipt parsed from JSON. The first problem found is reported as a short
 * message naming the field (`categories.analytics: must be true or false`), which is what the 400
 * answer carries. Unknown keys are refused at every level, `__proto__` included: JSON.parse makes it an
 * own key, never a prototype, and it is refused like any other stranger.
 */
import type { ConsentReceipt } from './receipt';

/** A validation outcome: the typed receipt, or the message naming the first field that is wrong. */
export type ReceiptValidation = { ok: true; receipt: ConsentReceipt } | { ok: false; error: string };

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const PRINTABLE = /^[\x20-\x7e]{1,64}$/;
const ADAPTER_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const SHA_256 = /^[0-9a-f]{64}$/;
// Control characters would make a path unreadable in exports; a browser sends them percent-encoded.
const hasControlCharacter = (text: string) => [...text].some((char) => char < ' ' || char === '\x7f');
const DAY_MS = 86_400_000; // 24 hours

const SURFACES = ['site', 'platform'];
const SOURCES = ['default', 'stored', 'user', 'tab', 'gpc'];
const ACTIONS = ['accept-all', 'reject-all', 'custom', 'api', 'withdraw'];
const CATEGORY_KEYS = ['necessary', 'functional', 'analytics', 'marketing'];

type Check = (value: unknown, now: number) => string | undefined;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const uuid: Check = (value) =>
  typeof value === 'string' && UUID_V4.test(value) ? undefined : 'must be a lower-case version 4 UUID';

const oneOf = (value: unknown, allowed: string[]) =>
  typeof value === 'string' && allowed.includes(value) ? undefined : `must be one of ${allowed.join(', ')}`;

const decidedAt: Check = (value, now) => {
  // The round trip refuses dates that match the shape but do not exist, such as February 30th.
  if (typeof value !== 'string' || !ISO_DATE_TIME.test(value) || !isRealDate(value))
    return 'must be an ISO 8601 date-time like 2026-11-30T12:00:00.000Z';
  if (Date.parse(value) > now + DAY_MS) return 'must not be more than a day in the future';
  return undefined;
};

const isRealDate = (value: string) => {
  const time = Date.parse(value);
  return Number.isFinite(time) && new Date(time).toISOString() === value;
};

const policyVersion: Check = (value) =>
  typeof value === 'string' && PRINTABLE.test(value)
    ? undefined
    : 'must be 1 to 64 printable ASCII characters';

const categories: Check = (value) => {
  if (!isRecord(value)) return 'must be an object';
  const unknown = Object.keys(value).find((key) => !CATEGORY_KEYS.includes(key));
  if (unknown !== undefined) return `.${unknown}: is not a category`;
  if (value.necessary !== true) return '.necessary: must be true';
  for (const key of CATEGORY_KEYS.slice(1))
    if (typeof value[key] !== 'boolean') return `.${key}: must be true or false`;
  return undefined;
};

const optedOut: Check = (value) => {
  if (!Array.isArray(value)) return 'must be an array of adapter ids';
  if (value.length > 64) return 'must hold at most 64 adapter ids';
  const seen = new Set<string>();
  for (const [i, id] of value.entries()) {
    if (typeof id !== 'string' || !ADAPTER_ID.test(id)) return `[${i}]: must be a kebab-case adapter id`;
    if (seen.has(id)) return `[${i}]: "${id}" is listed twice`;
    seen.add(id);
  }
  return undefined;
};

const lang: Check = (value) => {
  if (typeof value !== 'string' || value.length > 35)
    return 'must be a BCP 47 language tag like "es" or "en-GB"';
  try {
    // The platform's own BCP 47 parser: no hand-written grammar to keep up to date.
    Intl.getCanonicalLocales(value);
    return undefined;
  } catch {
    return 'must be a BCP 47 language tag like "es" or "en-GB"';
  }
};

const path: Check = (value) => {
  if (typeof value !== 'string' || !value.startsWith('/')) return 'must be a path starting with "/"';
  if (value.length > 2048) return 'must be at most 2048 characters';
  if (value.includes('?') || value.includes('#'))
    return 'must not hold a query string or fragment (they may hold personal data)';
  if (hasControlCharacter(value)) return 'must not hold control characters';
  return undefined;
};

const uiText: Check = (value) =>
  typeof value === 'string' && SHA_256.test(value) ? undefined : 'must be a lower-case hex SHA-256';

// A plain table of functions (no calls at module level: importing the package does no work).
const FIELDS: Record<keyof ConsentReceipt, { check: Check; nullable?: true }> = {
  id: { check: uuid },
  previousId: { check: uuid, nullable: true },
  decidedAt: { check: decidedAt },
  policyVersion: { check: policyVersion },
  categories: { check: categories },
  optedOut: { check: optedOut },
  surface: { check: (value) => oneOf(value, SURFACES) },
  source: { check: (value) => oneOf(value, SOURCES) },
  action: { check: (value) => oneOf(value, ACTIONS) },
  lang: { check: lang, nullable: true },
  path: { check: path },
  uiText: { check: uiText, nullable: true },
};

/**
 * Checks a parsed JSON value against the receipt schema. `now` is the server clock in ms, against which
 * `decidedAt` may be at most a day ahead (browser clocks drift; a later date is not a real decision).
 */
export function validateReceipt(value: unknown, now: number = Date.now()): ReceiptValidation {
  if (!isRecord(value)) return { ok: false, error: 'the receipt must be a JSON object' };
  const unknown = Object.keys(value).find((key) => !Object.hasOwn(FIELDS, key));
  if (unknown !== undefined) return { ok: false, error: `${unknown}: is not a receipt field` };
  for (const [field, { check, nullable }] of Object.entries(FIELDS)) {
    if (!Object.hasOwn(value, field)) return { ok: false, error: `${field}: is required` };
    const problem = nullable && value[field] === null ? undefined : check(value[field], now);
    if (problem !== undefined)
      return {
        ok: false,
        error: `${field}${problem.startsWith('.') || problem.startsWith('[') ? '' : ': '}${problem}`,
      };
  }
  if (value.previousId === value.id) return { ok: false, error: 'previousId: must differ from id' };
  return { ok: true, receipt: value as unknown as ConsentReceipt };
}
