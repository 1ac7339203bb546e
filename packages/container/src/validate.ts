import type { VendorManifest } from '@conectamos/consent';
import type { Container } from '@conectamos/consent-browser';
import { campaignProblems } from './campaign-checks';
import { campaignWarnings } from './campaign-warnings';
import { sendHint } from './hints';
import type { JsonText } from './json-text';
import { isObject } from './json-values';
import { MANIFESTS } from './manifests';
import { jsonPath, type Problem, type Segments, type Warning } from './problems';
import { schemaFindings } from './schema-check';

/** What `validateContainer` returns: the container when it has no problem, every problem, and the warnings. */
export interface Validation {
  /** The value, typed, when `problems` is empty. */
  container?: Container;
  /** Every problem, in the order they stand in the file. */
  problems: Problem[];
  /**
   * What is valid but probably not meant (a campaign that ended, one that can never fire, the same conversion
   * sent twice), in the order they stand in the file. They do not make the container invalid.
   */
  warnings: Warning[];
}

/** Options of `validateContainer`. */
export interface ValidateOptions {
  /** The parsed text the value came from: problems then carry their line and column. */
  text?: JsonText;
  /** The vendors to check against. Default: the seven built-in manifests. */
  manifests?: readonly VendorManifest[];
  /** The moment campaigns are judged at (ended, not started yet), as epoch milliseconds. Default: now. */
  now?: number;
}

/** Sorts places in the order they stand in the value (JSON keeps key order); a missing key after its siblings. */
function documentOrder(root: unknown) {
  const rank = (value: unknown, key: string | number): number => {
    if (Array.isArray(value)) return Number(key);
    const index = isObject(value) ? Object.keys(value).indexOf(String(key)) : -1;
    return index === -1 ? Number.MAX_SAFE_INTEGER : index;
  };
  return (a: Segments, b: Segments): number => {
    let value = root;
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      if (a[i] !== b[i]) return rank(value, a[i]!) - rank(value, b[i]!);
      value = (value as Record<string | number, unknown>)?.[a[i]!];
    }
    return a.length - b.length;
  };
}

/**
 * Checks a parsed container: the JSON Schema generated from the manifests (keys, types, each adapter's
 * options, each campaign's `send` by its vendor's rules), then what a schema cannot say (campaign ids used
 * twice, a campaign naming an adapter the container does not run, an event `events` does not list, a CSS
 * selector that does not parse, dates that do not exist or end before they start), with the same campaign
 * rules the drop-in applies. Returns every problem, not just the first, in the order they stand in the file,
 * each with a fix where one can be worked out from the value; and, apart, the warnings.
 */
export function validateContainer(value: unknown, options: ValidateOptions = {}): Validation {
  const manifests = options.manifests ?? MANIFESTS;
  const found = new Map<string, Omit<Problem, 'path'> & { at: Segments }>();
  const add = (at: Segments, expected: string, seen: string, hint?: string): void => {
    // One problem per place: the first is the one to fix (a wrong type also fails its pattern).
    if (!found.has(jsonPath(at))) found.set(jsonPath(at), { at, expected, found: seen, hint });
  };
  for (const { at, expected, found: seen, hint } of schemaFindings(value, manifests))
    add(at, expected, seen, hint);
  if (isObject(value))
    for (const problem of campaignProblems(value, manifests, [...found.keys()])) add(...problem);

  const campaigns = isObject(value) && Array.isArray(value.campaigns) ? value.campaigns : [];
  const campaignAt = (at: Segments) =>
    at[0] === 'campaigns' && typeof at[1] === 'number'
      ? (campaigns[at[1]] as Record<string, unknown>)
      : undefined;
  const order = documentOrder(value);
  // Where, in which campaign, and on which line: the same for problems and warnings.
  const place = (at: Segments) => {
    const id = campaignAt(at)?.id;
    return {
      path: jsonPath(at),
      ...(typeof id === 'string' && { campaign: id }),
      ...(options.text && { position: options.text.positionOf(at) }),
    };
  };
  const problems = [...found.values()]
    .sort((a, b) => order(a.at, b.at))
    .map(({ at, hint, ...problem }): Problem => {
      const campaign = campaignAt(at);
      // A bad value in a campaign's send: the fix worked out for its vendor's field, if none is known yet.
      const send =
        at[2] === 'send' && at.length === 4 && isObject(campaign?.send) ? campaign.send : undefined;
      const fix = hint ?? (send && sendHint(campaign!.adapter, String(at[3]), send[at[3]!]));
      return { ...place(at), ...problem, ...(fix && { hint: fix }) };
    });
  const warnings = isObject(value)
    ? campaignWarnings(value, manifests, options.now ?? Date.now())
        .sort(([a], [b]) => order(a, b))
        .map(([at, message]): Warning => ({ ...place(at), message }))
    : [];
  return problems.length ? { problems, warnings } : { container: value as Container, problems, warnings };
}
