import type { Adapter, AdapterContext } from '@conectamos/consent';
import { type Gtag, useGtag } from '@conectamos/consent-gtag';

/** Options of `googleAnalytics`. */
export interface GoogleAnalyticsOptions {
  /**
   * The GA4 web stream's measurement ID, `G-` and upper-case letters and digits.
   * @see https://support.google.com/analytics/answer/12270356
   */
  measurementId: string;
  /**
   * Google Signals (cross-device data from signed-in Google accounts). Default `false`: the policy
   * promises aggregated, anonymised analytics. Turning it on also needs Google's Signals CSP hosts.
   * @see https://developers.google.com/analytics/devguides/collection/gtagjs/display-features
   */
  allowGoogleSignals?: boolean;
  /**
   * Let analytics data be used for ad personalisation. Default `false`.
   * @see https://developers.google.com/tag-platform/security/guides/privacy
   */
  allowAdPersonalizationSignals?: boolean;
}

/** What a GA4 measurement ID looks like. */
export const MEASUREMENT_ID = /^G-[A-Z0-9]{4,}$/;
// GA4 event names: a letter, then letters, digits and underscores, at most 40 characters.
const EVENT_NAME = /^[A-Za-z]\w{0,39}$/;

const fail = (what: string, got: unknown): never => {
  throw new TypeError(`googleAnalytics: ${what}, got ${JSON.stringify(got)}`);
};

/**
 * Google Analytics 4 through the shared gtag.js, under Consent Mode v2: loaded on analytics consent,
 * with Google Signals and ad personalisation off, and page views sent by us (on load and per `consent.page()`).
 * @see https://developers.google.com/analytics/devguides/collection/ga4
 */
export function googleAnalytics(options: GoogleAnalyticsOptions): Adapter {
  const {
    measurementId: id,
    allowGoogleSignals = false,
    allowAdPersonalizationSignals = false,
  } = options ?? {};
  if (typeof id !== 'string' || !MEASUREMENT_ID.test(id))
    fail('measurementId must look like "G-XXXXXXX"', id);
  if (typeof allowGoogleSignals !== 'boolean')
    fail('allowGoogleSignals must be a boolean', allowGoogleSignals);
  if (typeof allowAdPersonalizationSignals !== 'boolean')
    fail('allowAdPersonalizationSignals must be a boolean', allowAdPersonalizationSignals);
  // Documented opt-out flag: while true, gtag.js neither sets cookies nor sends anything for this ID.
  // https://developers.google.com/analytics/devguides/collection/gtagjs/user-opt-out
  const disable = `ga-disable-${id}`;
  const signals = allowGoogleSignals ? ['https://*.g.doubleclick.net', 'https://*.google.com'] : [];
  const cookie = { duration: '2 years', provider: 'Google Analytics' };
  let gtag: Gtag | undefined;
  let win: Window | undefined;

  const page = (path: string): void => {
    const location = new URL(path, win!.location.href);
    gtag!('event', 'page_view', {
      page_location: location.href,
      page_path: location.pathname + location.search,
      send_to: id,
    });
  };

  return {
    id: 'google-analytics',
    vendor: 'Google Analytics',
    category: 'analytics',
    surfaces: ['site', 'platform'],
    purpose: 'Counts visits and how pages are used, in aggregate, so we can improve the site.',
    cookies: [
      { name: '_ga', purpose: 'Tells visits from the same browser apart (client ID).', ...cookie },
      { name: `_ga_${id.slice(2)}`, purpose: 'Keeps the session state of this property.', ...cookie },
      { name: /^_ga_/, label: '_ga_*', purpose: 'Session state of Google Analytics properties.', ...cookie },
    ],
    csp: __CSP_HOSTS__
      ? {
          scriptSrc: ['https://*.googletagmanager.com'],
          connectSrc: [
            'https://*.google-analytics.com',
            'https://*.analytics.google.com',
            'https://*.googletagmanager.com',
            ...signals,
          ],
          imgSrc: ['https://*.google-analytics.com', 'https://*.googletagmanager.com', ...signals],
          ...(allowGoogleSignals && {
            frameSrc: ['https://td.doubleclick.net', 'https://www.googletagmanager.com'],
          }),
        }
      : undefined,
    privacyPolicyUrl: 'https://policies.google.com/privacy',
    optOutUrl: 'https://tools.google.com/dlpage/gaoptout',
    load(ctx: AdapterContext) {
      win = ctx.window;
      // Undo an earlier revoke: the flag outlives it in this page.
      (win as unknown as Record<string, boolean>)[disable] = false;
      const tag = useGtag(ctx, id, 'google-analytics');
      gtag = tag.gtag;
      gtag('config', id, {
        // GA4 masks IPs itself; the flag keeps the policy's "IP masking" promise explicit (server-side tagging).
        anonymize_ip: true,
        allow_google_signals: allowGoogleSignals,
        allow_ad_personalization_signals: allowAdPersonalizationSignals,
        // Page views are ours to send, after consent and once per route, never twice.
        send_page_view: false,
      });
      page(win.location.href);
      return tag.loaded;
    },
    optOut(ctx: AdapterContext) {
      (ctx.window as unknown as Record<string, boolean>)[disable] = true;
    },
    page,
    track(event, props) {
      if (!EVENT_NAME.test(event)) fail('GA4 event names are letters, digits and _ (40 at most)', event);
      gtag!('event', event, { ...props, send_to: id });
    },
  };
}
