import type { Consent, ConsentPlugin } from '@conectamos/consent';
import type { Campaign } from '../container';
import { pathPattern } from '../path-pattern';

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

/** Options of the `campaigns` plugin. */
export interface CampaignsOptions {
  /** The window whose location page views are read from. Default the global one. */
  window?: Window;
  /** Called whenever a campaign fires (the demo's inspector shows them). */
  onHit?: (hit: CampaignHit) => void;
  /** Called when an adapter throws while receiving a campaign. Default: the console. */
  onError?: (error: unknown, id?: string) => void;
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
 * The container's campaigns, as a plugin. An event campaign fires on each `track(event)` while it is
 * active and its adapter may run; a page-view campaign fires once per page view whose path matches,
 * including the page that was open when consent for its adapter arrived. The adapter receives
 * `track(event, send)` directly, never the other adapters. Campaigns are checked first (`campaignFault`):
 * this plugin trusts their shape.
 */
export function campaigns(list: readonly Campaign[], options: CampaignsOptions = {}): ConsentPlugin {
  return {
    name: 'campaigns',
    setup(consent) {
      const win = options.window ?? window;
      const onHit = options.onHit ?? (() => {});
      const onError = options.onError ?? ((error: unknown) => console.error('[consent]', error));
      // Compiled once: page views are checked on every change of consent and every route change.
      const pageViews = list.flatMap((c) =>
        'pageview' in c.on ? [{ campaign: c, pattern: pathPattern(c.on.pageview) }] : [],
      );
      const firedOnThisPage = new Set<string>();
      let path = win.location.pathname;

      const fire = (c: Campaign, event: string): void => {
        const adapter = consent.adapters.find((a) => a.id === c.adapter);
        if (!adapter?.track || !mayRun(consent, c.adapter) || !isActive(c)) return;
        try {
          adapter.track(event, { ...c.send });
          onHit({ id: c.id, adapter: c.adapter, event, path });
        } catch (error) {
          onError(error, c.adapter);
        }
      };
      const checkPageViews = (): void => {
        for (const { campaign, pattern } of pageViews)
          if (!firedOnThisPage.has(campaign.id) && pattern.test(path) && mayRun(consent, campaign.adapter)) {
            firedOnThisPage.add(campaign.id);
            // Named after the campaign, not page_view: the adapter already counted the page view itself.
            fire(campaign, campaign.id.replace(/-/g, '_'));
          }
      };

      const offTrack = consent.on('track', ({ event }) => {
        for (const c of list) if ('event' in c.on && c.on.event === event) fire(c, event);
      });
      const offPage = consent.on('page', (view) => {
        // A new page: each page-view campaign may fire once more. Patterns match the path, not the query.
        path = view.path.split(/[?#]/)[0]!;
        firedOnThisPage.clear();
        checkPageViews();
      });
      const offChange = consent.subscribe(checkPageViews);
      return () => {
        offTrack();
        offPage();
        offChange();
      };
    },
  };
}

// An adapter a campaign names may be missing from the instance the plugin runs on: then it never may.
const mayRun = (consent: Consent, id: string): boolean =>
  consent.adapters.some((a) => a.id === id) && consent.isGranted(id);

/**
 * Runs campaigns on an instance that is already running: the `campaigns` plugin, set up at once.
 * @deprecated Pass `campaigns(list)` in `createConsent({ plugins })`.
 */
export function runCampaigns(
  consent: Consent,
  list: readonly Campaign[],
  win: Window,
  onHit: (hit: CampaignHit) => void,
  onError: (error: unknown) => void,
): void {
  campaigns(list, { window: win, onHit, onError }).setup(consent);
}
