import type { Consent } from '@conectamos/consent';
import type { Campaign } from './container';
import { pathPattern } from './path-pattern';

/** A campaign that fired: which, to which adapter, for which event or page. */
export interface CampaignHit {
  /** The campaign id. */
  id: string;
  /** The adapter that received it. */
  adapter: string;
  /** The event name; for page-view campaigns, the campaign id in snake_case (`pricing_visit`). */
  event: string;
  /** The page path when it fired. */
  path: string;
}

const DAY = 864e5;

/**
 * When a campaign is active, as epoch milliseconds: from `start` (inclusive) until `end` (exclusive). A
 * date-only `end` counts its whole day. Date-only bounds are UTC days; date-times without an offset are
 * local time, as `Date.parse` reads them. The CLI uses the same reading, so "active today" agrees.
 */
export function campaignWindow(c: Pick<Campaign, 'start' | 'end'>): { from: number; until: number } {
  const from = c.start === undefined ? -Infinity : Date.parse(c.start);
  const until =
    c.end === undefined ? Infinity : Date.parse(c.end) + (/^\d{4}-\d\d-\d\d$/.test(c.end) ? DAY : 0);
  return { from, until };
}

/** Whether a campaign is active at `now` (default: now). */
export function isActive(c: Pick<Campaign, 'start' | 'end'>, now: number = Date.now()): boolean {
  const { from, until } = campaignWindow(c);
  return now >= from && now < until;
}

/**
 * Runs the container's campaigns on a consent instance. An event campaign fires on each
 * `track(event)` while it is active and its adapter may run; a page-view campaign fires once per page
 * view whose path matches, including the page that was open when consent for its adapter arrived.
 * The adapter receives `track(event, send)` directly, never the other adapters.
 */
export function runCampaigns(
  consent: Consent,
  campaigns: readonly Campaign[],
  win: Window,
  onHit: (hit: CampaignHit) => void,
  report: (error: unknown) => void,
): void {
  const fired = new Set<string>();
  let current = win.location.pathname;
  // Compiled once: page views are checked on every change of consent and every route change.
  const patterns = new Map(
    campaigns.flatMap((c) => ('pageview' in c.on ? [[c, pathPattern(c.on.pageview)] as const] : [])),
  );
  const fire = (c: Campaign, event: string): void => {
    const adapter = consent.adapters.find((a) => a.id === c.adapter);
    if (!adapter?.track || !consent.isGranted(c.adapter) || !isActive(c)) return;
    try {
      adapter.track(event, { ...c.send });
      onHit({ id: c.id, adapter: c.adapter, event, path: current });
    } catch (error) {
      report(error);
    }
  };
  const pageViews = (): void => {
    for (const [c, pattern] of patterns)
      if (!fired.has(c.id) && pattern.test(current) && consent.isGranted(c.adapter)) {
        fired.add(c.id);
        // Named after the campaign, not page_view: the adapter already counted the page view itself.
        fire(c, c.id.replace(/-/g, '_'));
      }
  };

  const { track, page } = consent;
  consent.track = (event, props) => {
    track(event, props);
    for (const c of campaigns) if ('event' in c.on && c.on.event === event) fire(c, event);
  };
  consent.page = (p) => {
    page(p);
    // A new page: each page-view campaign may fire once more. Patterns match the path, not the query.
    current = (p || win.location.pathname).split(/[?#]/)[0]!;
    fired.clear();
    pageViews();
  };
  consent.subscribe(pageViews);
}
