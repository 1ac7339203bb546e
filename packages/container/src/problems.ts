import type { Position } from './json-text';

/** One thing wrong with a container: where, what was expected, what was found. */
export interface Problem {
  /** JSON path of the value: `$.campaigns[1].on.pageview`, `$.adapters["google-ads"].conversionId`. */
  path: string;
  /** What would be valid there, in plain words: `a date like "2026-04-30"`. */
  expected: string;
  /** What is there: a JSON value (`"April"`, `42`), `nothing` when missing, or a description (`an array`). */
  found: string;
  /** Where it is in the file, when the container was read from text. */
  position?: Position;
  /** The id of the campaign it is in, so a marketer finds it by name rather than by index. */
  campaign?: string;
  /** How to fix it, worked out from what was found: `label is the part after the slash: "WebinarReg_01"`. */
  hint?: string;
}

/**
 * Something that is valid but probably not what was meant (a campaign that ended, one that can never
 * fire): the file still ships, and `consent validate` still exits 0.
 */
export interface Warning {
  /** JSON path of the value it is about: `$.campaigns[0].end`. */
  path: string;
  /** What is the matter, and what to do about it. */
  message: string;
  /** Where it is in the file, when the container was read from text. */
  position?: Position;
  /** The id of the campaign it is in. */
  campaign?: string;
}

/** A path as its segments: `['campaigns', 1, 'end']`. */
export type Segments = readonly (string | number)[];

/** The JSON path of segments: `.name` for identifiers, `["google-ads"]` for anything else, `[1]` for indexes. */
export const jsonPath = (segments: Segments): string =>
  segments.reduce<string>(
    (path, key) =>
      typeof key === 'number'
        ? `${path}[${key}]`
        : /^[A-Za-z_$][\w$]*$/.test(key)
          ? `${path}.${key}`
          : `${path}[${JSON.stringify(key)}]`,
    '$',
  );

/** Whether a JSON path is `prefix` itself or a path inside it (`prefix.key`, `prefix[1]`, `prefix["a b"]`). */
export const isAtOrUnder = (path: string, prefix: string): boolean =>
  path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);

// Secret keys people paste where a public one belongs: PostHog's personal API keys, Stripe's secret and
// restricted keys. Only their prefix is shown.
const SECRET = /^\s*(phx_|sk_live_|sk_test_|rk_live_|rk_test_)/;

/** A value as a problem shows it: JSON for scalars (long strings cut), a word for the rest. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  // A secret pasted by mistake is never echoed, not even into a terminal or a CI log.
  const secret = typeof value === 'string' ? SECRET.exec(value) : null;
  if (secret) return `a secret key "${secret[1]}…" (never ship it to browsers; roll it if it was published)`;
  if (typeof value === 'string') return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}…` : value);
  if (Array.isArray(value)) return value.length ? 'an array' : 'an empty array';
  if (typeof value === 'object' && value !== null)
    return Object.keys(value).length ? 'an object' : 'an empty object';
  return String(value);
}

const where = (p: Problem | Warning): string =>
  `${p.position ? `line ${p.position.line}, column ${p.position.column}: ` : ''}${p.path}${
    p.campaign ? ` (campaign ${JSON.stringify(p.campaign)})` : ''
  }`;

/**
 * A problem as one line: where (line and column, then the path, then the campaign's id), what was expected,
 * what was found, and the fix when one can be worked out: `line 42, column 14: $.campaigns[3].send.label
 * (campaign "webinar-q2"): expected a conversion label without the "AW-…/" part, found
 * "AW-123456789/WebinarReg_01" — label is the part after the slash: "WebinarReg_01"`.
 */
export const formatProblem = (p: Problem): string =>
  `${where(p)}: expected ${p.expected}, found ${p.found}${p.hint ? ` — ${p.hint}` : ''}`;

/** A warning as one line: where, as for problems, then what is the matter. */
export const formatWarning = (w: Warning): string => `${where(w)}: ${w.message}`;
