import type { VendorManifest } from '@conectamos/consent';
import { campaignFault, campaignWindow } from '@conectamos/consent-browser';
import { describeValue, jsonPath, type Segments } from './problems';
import { PATTERNS } from './schema';

/** A problem found by a check the schema cannot express: where, expected, found. */
export type Finding = [at: Segments, expected: string, found: string];

const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Whether a string is a real calendar day or date-time in the formats campaigns take (no 30 February). */
export function isCampaignDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const parts = new RegExp(PATTERNS.date).exec(value);
  return !!parts && Number(parts[3]) <= daysIn(Number(parts[1]), Number(parts[2]));
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * What the schema cannot say about campaigns: an id used twice, an adapter the container does not run or
 * that takes no campaigns, a date that does not exist, an end before the start. Then the drop-in's own
 * rules (`campaignFault`), so nothing the drop-in would skip passes: `reported` are the paths already
 * reported, so a campaign is not reported twice for one mistake.
 */
export function campaignProblems(
  container: Record<string, unknown>,
  manifests: readonly VendorManifest[],
  reported: readonly string[],
): Finding[] {
  const findings: Finding[] = [];
  const listed = isObject(container.adapters)
    ? Object.keys(container.adapters).filter((id) => manifests.some((m) => m.id === id))
    : [];
  const receivers = listed.filter((id) => manifests.find((m) => m.id === id)?.campaigns);
  const firstWithId = new Map<string, string>();
  const list = Array.isArray(container.campaigns) ? container.campaigns : [];
  list.forEach((campaign, i) => {
    if (!isObject(campaign)) return;
    const at = (...rest: (string | number)[]): Segments => ['campaigns', i, ...rest];
    const { id, adapter, start, end } = campaign;
    if (typeof id === 'string') {
      const first = firstWithId.get(id);
      if (first)
        findings.push([at('id'), `an id no other campaign uses (${first}.id has it)`, describeValue(id)]);
      else firstWithId.set(id, jsonPath(at()));
    }
    if (typeof adapter === 'string' && !listed.includes(adapter))
      findings.push([
        at('adapter'),
        listed.length
          ? `one of this container's adapters: ${listed.join(', ')}`
          : 'an adapter listed in $.adapters (there are none)',
        describeValue(adapter),
      ]);
    else if (typeof adapter === 'string' && !receivers.includes(adapter))
      findings.push([
        at('adapter'),
        `an adapter that receives events${receivers.length ? ` (${receivers.join(', ')})` : ''}: ${adapter} has none`,
        describeValue(adapter),
      ]);
    for (const [key, value] of [
      ['start', start],
      ['end', end],
    ] as const)
      if (typeof value === 'string' && new RegExp(PATTERNS.date).test(value) && !isCampaignDate(value))
        findings.push([at(key), 'a date that exists on the calendar', describeValue(value)]);
    if (isCampaignDate(start) && isCampaignDate(end)) {
      const { from, until } = campaignWindow({ start, end });
      if (from >= until)
        findings.push([at('end'), `a date on or after start (${describeValue(start)})`, describeValue(end)]);
    }
    // The drop-in's own rules last: whatever it would skip must not pass here unnoticed.
    const inside = jsonPath(at());
    const already = [...reported, ...findings.map(([where]) => jsonPath(where))].some(
      (path) => path === inside || path.startsWith(`${inside}.`) || path.startsWith(`${inside}[`),
    );
    const fault = already ? undefined : campaignFault(campaign, receivers);
    if (fault) {
      const rest = fault.at.split('.').filter(Boolean);
      findings.push([
        at(...rest),
        fault.expected,
        describeValue(rest.reduce<unknown>((v, k) => (v as Record<string, unknown>)?.[k], campaign)),
      ]);
    }
  });
  return findings;
}
