import type { Adapter, Consent } from '@conectamos/consent';
import type { Campaign } from '../container';
import { pathPattern } from '../path-pattern';
import { campaignWindow } from '../plugins/campaigns';
import type { DebugFeed } from './feed';

const day = (at: number): string => new Date(at).toISOString().slice(0, 10);

/** The campaign a reported error is about: the campaigns plugin tags the sends it refused. */
const campaignOf = (error: unknown): string | undefined => (error as { campaign?: string } | null)?.campaign;

/** Why a vendor is not running here, in words; undefined when it may run. */
export function vendorStatus(consent: Consent, adapter: Adapter, feed: DebugFeed): string {
  const failed = feed.errors.find((e) => e.id === adapter.id && !campaignOf(e.error));
  const { categories, optedOut } = consent.state;
  if (consent.isGranted(adapter.id)) {
    if (failed) return `failed to load: ${(failed.error as Error)?.message ?? failed.error}`;
    if (feed.loaded.includes(adapter.id)) return 'running';
    return adapter.onDemand ? 'allowed, loads when the page asks (on demand)' : 'allowed, loading';
  }
  if (!categories[adapter.category]) return `blocked: ${adapter.category} is not granted`;
  if (optedOut.includes(adapter.id)) return 'blocked: switched off on its own (opt-out)';
  return `blocked: does not run on the ${consent.surface} surface`;
}

/** Whether a campaign fired on this page, and if not, why not, in words a marketer can act on. */
export function campaignStatus(consent: Consent, campaign: Campaign, feed: DebugFeed, path: string): string {
  const fired = feed.hits.filter((hit) => hit.id === campaign.id).length;
  if (fired) return `fired ${fired === 1 ? 'once' : `${fired} times`}`;
  const refused = feed.errors.find((e) => campaignOf(e.error) === campaign.id);
  if (refused)
    return `matched but not sent: ${(refused.error as Error).message.replace(/^campaign "[^"]*" not sent: /, '')}`;
  const { from, until } = campaignWindow(campaign);
  const now = Date.now();
  if (now < from) return `not fired: starts ${day(from)}`;
  if (now >= until) return `not fired: ended ${day(until - 1)}`;
  const adapter = consent.adapters.find((a) => a.id === campaign.adapter);
  if (!adapter) return `not fired: ${campaign.adapter} does not run in this container`;
  if (!consent.isGranted(adapter.id))
    return `not fired: no consent (${vendorStatus(consent, adapter, feed)})`;
  const on = campaign.on as Record<string, string>;
  if (on.pageview !== undefined)
    return pathPattern(on.pageview).test(path)
      ? 'not fired yet on this page view'
      : `not fired: no match (this page is ${path}, the campaign is for ${on.pageview})`;
  if (on.event !== undefined)
    return feed.tracked.some((t) => t.event === on.event)
      ? `not fired: "${on.event}" was tracked before consent`
      : `not fired: no match ("${on.event}" not tracked on this page)`;
  const [kind, selector] = Object.entries(on)[0] ?? [];
  return `not fired: no match (no ${kind} on ${selector} yet)`;
}
