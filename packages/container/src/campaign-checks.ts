import { EVENT_VALUE, type VendorManifest } from '@conectamos/consent';
import { campaignFault, campaignWindow } from '@conectamos/consent-browser';
import { closeMatch } from './close-match';
import { isObject } from './json-values';
import { describeValue, isAtOrUnder, jsonPath, type Segments } from './problems';
import { DATE_EXAMPLES, PATTERNS, SELECTOR_EXPECTED } from './schema';
import { selectorFault } from './selectors';

/** A problem found by a check the schema cannot express: where, expected, found, and the fix if known. */
export type Finding = [at: Segments, expected: string, found: string, hint?: string];

const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Whether a string is a real calendar day or date-time in the formats campaigns take (no 30 February). */
export function isCampaignDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const parts = new RegExp(PATTERNS.date).exec(value);
  return !!parts && Number(parts[3]) <= daysIn(Number(parts[1]), Number(parts[2]));
}

/** The container's list of the events the site sends, or undefined when it has none. */
export const listedEvents = (container: Record<string, unknown>): string[] | undefined =>
  Array.isArray(container.events)
    ? container.events.filter((event): event is string => typeof event === 'string')
    : undefined;

/**
 * What is wrong with a campaign's trigger that its shape does not show: an unlisted event, a bad selector,
 * a `{{property}}` in a page-view campaign (a page view has no properties: it could never be filled).
 */
function triggerFindings(campaign: Record<string, unknown>, at: Segments, events?: string[]): Finding[] {
  const { on, send } = campaign;
  if (!isObject(on)) return [];
  const { event, pageview, click, submit } = on;
  if (typeof pageview === 'string' && isObject(send)) {
    const filled = Object.keys(send).find(
      (key) => typeof send[key] === 'string' && new RegExp(EVENT_VALUE).test(send[key]),
    );
    if (filled !== undefined)
      return [
        [
          [...at.slice(0, -1), 'send', filled],
          'a fixed value: a page view carries no properties to fill "{{…}}" from',
          describeValue(send[filled]),
        ],
      ];
  }
  if (events && typeof event === 'string' && /\S/.test(event) && !events.includes(event)) {
    const meant = closeMatch(event, events);
    return [
      [
        [...at, 'event'],
        'an event listed in $.events',
        describeValue(event),
        meant === undefined
          ? 'add it to $.events if the site sends it'
          : `did you mean ${JSON.stringify(meant)}?`,
      ],
    ];
  }
  for (const [kind, selector] of [
    ['click', click],
    ['submit', submit],
  ] as const) {
    const fault = typeof selector === 'string' && /\S/.test(selector) ? selectorFault(selector) : undefined;
    if (fault) return [[[...at, kind], SELECTOR_EXPECTED, describeValue(selector), fault]];
  }
  return [];
}

/**
 * What the schema cannot say about campaigns: an id used twice, an adapter the container does not run or
 * that takes no campaigns, an event `$.events` does not list, a CSS selector that does not parse, a date
 * that does not exist, an end before the start. Then the drop-in's own rules (`campaignFault`), so nothing
 * the drop-in would skip passes: `reported` are the paths already reported, so a campaign is not reported
 * twice for one mistake.
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
  const events = listedEvents(container);
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
    // A trigger the schema already refused (two kinds at once, say) is fixed first.
    const onPath = jsonPath(at('on'));
    if (!reported.some((path) => path === onPath || path.startsWith(`${onPath}.`)))
      findings.push(...triggerFindings(campaign, at('on'), events));
    for (const [key, value] of [
      ['start', start],
      ['end', end],
    ] as const)
      if (typeof value === 'string' && new RegExp(PATTERNS.date).test(value) && !isCampaignDate(value))
        // 30 February fits the pattern but no calendar: the same words as any other bad date.
        findings.push([at(key), `a date like "${DATE_EXAMPLES[key]}"`, describeValue(value)]);
    if (isCampaignDate(start) && isCampaignDate(end)) {
      const { from, until } = campaignWindow({ start, end });
      if (from >= until)
        findings.push([at('end'), `a date on or after start (${describeValue(start)})`, describeValue(end)]);
    }
    // The drop-in's own rules last: whatever it would skip must not pass here unnoticed.
    const inside = jsonPath(at());
    const already = [...reported, ...findings.map(([where]) => jsonPath(where))].some((path) =>
      isAtOrUnder(path, inside),
    );
    // No isSelector: triggerFindings reported any bad click or submit selector, so a campaign with one is
    // "already" here and campaignFault is not reached; passing selectorFault would only parse it again.
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
