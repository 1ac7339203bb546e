import type { Adapter, AdapterContext, FromSchema } from '@conectamos/consent';
import { type Gtag, useGtag } from '@conectamos/consent-gtag';
import {
  category,
  cookies,
  EVENT_NAME,
  id,
  MEASUREMENT_ID as MEASUREMENT_ID_FORMAT,
  type manifest,
  optOutUrl,
  privacyPolicyUrl,
  purpose,
  surfaces,
  vendor,
} from './manifest';

export { i18n, manifest } from './manifest';

/**
 * What a GA4 measurement ID looks like.
 * @deprecated Read `manifest.options.properties.measurementId.pattern`, the one rule the factory, the validator and the
 * editor share; this copy stays so existing imports keep working, and a test keeps it equal to that pattern.
 */
export const MEASUREMENT_ID = /^G-[A-Z0-9]{4,}$/;

/**
 * Options of `googleAnalytics()`: `measurementId`, the GA4 web stream's `G-…` ID; `allowGoogleSignals` and
 * `allowAdPersonalizationSignals`, both `false` by default as the policy promises. Described in `manifest.options`.
 * @see https://support.google.com/analytics/answer/12270356
 * @see https://developers.google.com/analytics/devguides/collection/gtagjs/display-features
 * @see https://developers.google.com/tag-platform/security/guides/privacy
 */
export type GoogleAnalyticsOptions = FromSchema<typeof manifest.options>;

function fail(what: string, got: unknown): never {
  throw new TypeError(`googleAnalytics: ${what}, got ${JSON.stringify(got)}`);
}

/**
 * Google Analytics 4 through the shared gtag.js, under Consent Mode v2: loaded on analytics consent,
 * with Google Signals and ad personalisation off, and page views sent by us (on load and per `consent.page()`).
 * @see https://developers.google.com/analytics/devguides/collection/ga4
 */
export function googleAnalytics(options: GoogleAnalyticsOptions): Adapter<'google-analytics'> {
  const {
    measurementId: tagId,
    allowGoogleSignals = false,
    allowAdPersonalizationSignals = false,
  }: Partial<GoogleAnalyticsOptions> = options ?? {};
  if (typeof tagId !== 'string' || !new RegExp(MEASUREMENT_ID_FORMAT).test(tagId))
    fail('measurementId must look like "G-XXXXXXX"', tagId);
  if (typeof allowGoogleSignals !== 'boolean')
    fail('allowGoogleSignals must be a boolean', allowGoogleSignals);
  if (typeof allowAdPersonalizationSignals !== 'boolean')
    fail('allowAdPersonalizationSignals must be a boolean', allowAdPersonalizationSignals);
  // Documented opt-out flag: while true, gtag.js neither sets cookies nor sends anything for this ID.
  // https://developers.google.com/analytics/devguides/collection/gtagjs/user-opt-out
  const disable = `ga-disable-${tagId}`;
  const eventName = new RegExp(EVENT_NAME);
  let gtag: Gtag | undefined;
  let win: Window | undefined;

  const page = (path: string): void => {
    const location = new URL(path, win!.location.href);
    gtag!('event', 'page_view', {
      page_location: location.href,
      page_path: location.pathname + location.search,
      send_to: tagId,
    });
  };

  return {
    id,
    vendor,
    category,
    surfaces,
    purpose,
    cookies: [...cookies],
    privacyPolicyUrl,
    optOutUrl,
    load(ctx: AdapterContext) {
      win = ctx.window;
      // Undo an earlier revoke: the flag outlives it in this page.
      (win as unknown as Record<string, boolean>)[disable] = false;
      const tag = useGtag(ctx, tagId, id);
      gtag = tag.gtag;
      gtag('config', tagId, {
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
      if (!eventName.test(event)) fail('GA4 event names are letters, digits and _ (40 at most)', event);
      gtag!('event', event, { ...props, send_to: tagId });
    },
  };
}
