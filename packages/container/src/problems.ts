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

/** A value as a problem shows it: JSON for scalars (long strings cut), a word for the rest. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}…` : value);
  if (Array.isArray(value)) return value.length ? 'an array' : 'an empty array';
  if (typeof value === 'object' && value !== null)
    return Object.keys(value).length ? 'an object' : 'an empty object';
  return String(value);
}

/**
 * A problem as one line: where (line and column, then the path, then the campaign's id), what was expected,
 * what was found: `line 42, column 14: $.campaigns[3].end (campaign "spring-webinar"): expected a date like
 * "2026-04-30", found "April"`.
 */
export const formatProblem = (p: Problem): string =>
  `${p.position ? `line ${p.position.line}, column ${p.position.column}: ` : ''}${p.path}${
    p.campaign ? ` (campaign ${JSON.stringify(p.campaign)})` : ''
  }: expected ${p.expected}, found ${p.found}`;
