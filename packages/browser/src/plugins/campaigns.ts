import type { Consent, ConsentPlugin } from '@conectamos/consent';
import type { Campaign } from '../container';
import { pathPattern } from '../path-pattern';
import { fillSend } from '../send-template';

/** A campaign that fired: which, to which adapter, for which event or page. */
export interface CampaignHit {
  /** The campaign id. */
  id: string;
  /** The adapter that received it. */
  adapter: string;
  /** The event name; for page-view, click and submit campaigns, the campaign id in snake_case (`pricing_visit`). */
  event: string;
  /** The page path when it fired. */
  path: string;
}

/** Options of the `campaigns` plugin. */
export interface CampaignsOptions {
  /** The window whose location page views are read from, and whose document clicks and submits. Default the global one. */
  window?: Window;
  /** Called whenever a campaign fires (the demo's inspector shows them). */
  onHit?: (hit: CampaignHit) => void;
  /**
   * Called when a campaign is not sent: a `{{property}}` the event does not carry, a value its adapter
   * refuses (Google Ads' value must be a number), or an adapter that throws. Default: the console.
   */
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
 * including the page that was open when consent for its adapter arrived; a click or submit campaign fires
 * on each click on (submit of) an element its selector matches, found from one listener per kind on the
 * document, so elements added later and other SPA routes count too. `{{property}}` in `send` is filled
 * from the event's properties (a click's or submit's: the matched element's `data-*` attributes); a
 * campaign that cannot be filled whole, or that its adapter refuses, is not sent and goes to `onError`.
 * The adapter receives `track(event, send)` directly, never the other adapters. Campaigns are checked
 * first (`campaignFault`): this plugin trusts their shape.
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

      const fire = (c: Campaign, event: string, props?: Record<string, unknown>): void => {
        const adapter = consent.adapters.find((a) => a.id === c.adapter);
        if (!adapter?.track || !mayRun(consent, c.adapter) || !isActive(c)) return;
        try {
          // Filled first, checked by the adapter before it calls its vendor: all of it is sent, or none.
          adapter.track(event, fillSend(c.send, props));
          onHit({ id: c.id, adapter: c.adapter, event, path });
        } catch (error) {
          // Tagged with the campaign, so the debug view says why it was not sent (and not that its vendor failed).
          const notSent = new Error(`campaign "${c.id}" not sent: ${(error as Error)?.message ?? error}`, {
            cause: error,
          });
          onError(Object.assign(notSent, { campaign: c.id }), c.adapter);
        }
      };
      // Named after the campaign, not page_view or click: the vendor tells its campaigns apart by name.
      const fireNamed = (c: Campaign, props?: Record<string, unknown>): void =>
        fire(c, c.id.replace(/-/g, '_'), props);
      const checkPageViews = (): void => {
        for (const { campaign, pattern } of pageViews)
          if (!firedOnThisPage.has(campaign.id) && pattern.test(path) && mayRun(consent, campaign.adapter)) {
            firedOnThisPage.add(campaign.id);
            fireNamed(campaign);
          }
      };
      // One listener per kind, in the capture phase: it sees elements added later, and a page handler that
      // stops the event's propagation cannot hide it.
      const onElement = (e: Event): void => {
        for (const c of list) {
          const selector = (c.on as { click?: string; submit?: string })[e.type as 'click' | 'submit'];
          let element: Element | null | undefined;
          try {
            element = selector ? (e.target as Element | null)?.closest?.(selector) : null;
          } catch (error) {
            // A selector the browser cannot parse (the drop-in skips those before): never the page's error.
            onError(error, c.adapter);
          }
          if (element) fireNamed(c, { ...(element as HTMLElement).dataset });
        }
      };
      const kinds = (['click', 'submit'] as const).filter((kind) => list.some((c) => kind in c.on));
      for (const kind of kinds) win.document.addEventListener(kind, onElement, true);

      const offTrack = consent.on('track', ({ event, props }) => {
        for (const c of list) if ('event' in c.on && c.on.event === event) fire(c, event, props);
      });
      const offPage = consent.on('page', (view) => {
        // A new page: each page-view campaign may fire once more. Patterns match the path, not the query.
        path = view.path.split(/[?#]/)[0]!;
        firedOnThisPage.clear();
        checkPageViews();
      });
      const offChange = consent.subscribe(checkPageViews);
      return () => {
        for (const kind of kinds) win.document.removeEventListener(kind, onElement, true);
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
