import type { ConsentPlugin, ErrorEvent } from '@conectamos/consent';
import type { Campaign } from '../container';
import type { CampaignHit } from '../plugins/campaigns';

/** What happened on this page since the drop-in started, kept for the debug view while debug mode is on. */
export interface DebugFeed {
  /** The container's campaigns, as they run (after the drop-in's checks). */
  campaigns: Campaign[];
  /** The container's list of the events the site sends, when it has one. */
  events?: string[];
  /** Campaigns that fired. */
  hits: CampaignHit[];
  /** Every `track()`, in order, with when it happened. */
  tracked: { event: string; at: number }[];
  /** Every page view reported. */
  pages: string[];
  /** Every problem: the container's, the vendors' load failures, anything reported on `error`. */
  errors: ErrorEvent[];
  /** Adapters whose script loaded. */
  loaded: string[];
}

/**
 * A feed and the plugin that fills it from the instance's events (set up first, before queued calls run).
 * Problems come in through the drop-in's own error reporting, which hears the container's too.
 */
export function debugFeed(): { feed: DebugFeed; plugin: ConsentPlugin } {
  const feed: DebugFeed = { campaigns: [], hits: [], tracked: [], pages: [], errors: [], loaded: [] };
  return {
    feed,
    plugin: {
      name: 'debug-feed',
      setup(consent) {
        const offs = [
          consent.on('track', ({ event }) => feed.tracked.push({ event, at: Date.now() })),
          consent.on('page', ({ path }) => feed.pages.push(path)),
          consent.on('load', ({ id }) => feed.loaded.push(id)),
        ];
        return () => {
          for (const off of offs) off();
        };
      },
    },
  };
}
