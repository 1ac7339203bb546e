import type { VendorManifest } from '@conectamos/consent';
import { campaignWindow } from '@conectamos/consent-browser';
import { isCampaignDate, listedEvents } from './campaign-checks';
import { isObject } from './json-values';
import { jsonPath, type Segments } from './problems';

/** A warning found in a container: where, and what is the matter. */
export type Notice = [at: Segments, message: string];

/** A flat object as text that does not depend on the order its keys were written in. */
const canonical = (value: unknown): string =>
  isObject(value)
    ? JSON.stringify(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    : JSON.stringify(value);

/** When a campaign is active; a date the validator refuses counts as no bound, so it warns about nothing. */
const activeWindow = (campaign: Record<string, unknown>) =>
  campaignWindow({
    start: isCampaignDate(campaign.start) ? campaign.start : undefined,
    end: isCampaignDate(campaign.end) ? campaign.end : undefined,
  });

const either = (list: readonly string[]): string => list.join(' and ');

/**
 * What is valid but probably not meant: campaigns that already ended or have not started (they send nothing
 * today), campaigns whose vendor never runs on the container's surface, two campaigns that would send the
 * same conversion at the same time, and event campaigns without `$.events` to check their names against.
 */
export function campaignWarnings(
  container: Record<string, unknown>,
  manifests: readonly VendorManifest[],
  now: number,
): Notice[] {
  const notices: Notice[] = [];
  const list = Array.isArray(container.campaigns) ? container.campaigns : [];
  const surface = container.surface === 'platform' ? 'platform' : 'site';
  const sameConversion = new Map<string, number[]>();
  list.forEach((campaign, i) => {
    if (!isObject(campaign)) return;
    const at = (...rest: (string | number)[]): Segments => ['campaigns', i, ...rest];
    const { from, until } = activeWindow(campaign);
    if (until <= now)
      notices.push([
        at('end'),
        `ended on ${campaign.end}: it sends nothing any more; delete it at your next edit`,
      ]);
    else if (from > now)
      notices.push([at('start'), `starts on ${campaign.start}: it sends nothing until then`]);

    const manifest = manifests.find((m) => m.id === campaign.adapter);
    if (manifest && !manifest.surfaces.includes(surface))
      notices.push([
        at('adapter'),
        `${manifest.vendor} runs on the ${either(manifest.surfaces)} only, and this container's surface is "${surface}": this campaign never fires, except on a page whose script tag says data-surface="${manifest.surfaces[0]}"`,
      ]);

    const key = JSON.stringify([campaign.adapter, canonical(campaign.on), canonical(campaign.send)]);
    const before = sameConversion.get(key) ?? [];
    const twin = before.find((j) => {
      const other = activeWindow(list[j] as Record<string, unknown>);
      return other.from < until && from < other.until;
    });
    if (twin !== undefined) {
      const id = (list[twin] as Record<string, unknown>).id;
      notices.push([
        at(),
        `sends the same conversion as ${jsonPath(['campaigns', twin])}${typeof id === 'string' ? ` (campaign ${JSON.stringify(id)})` : ''}: same adapter, trigger and send while both are active, so each one is counted twice`,
      ]);
    }
    sameConversion.set(key, [...before, i]);
  });
  const onEvents = list.some((c) => isObject(c) && isObject(c.on) && typeof c.on.event === 'string');
  if (onEvents && !listedEvents(container))
    notices.unshift([
      ['events'],
      'the events the site sends are not listed, so a misspelt event name in a campaign cannot be caught: add "events": ["webinar_registered", …] with the names the site tracks',
    ]);
  return notices;
}
