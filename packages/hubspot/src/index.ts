import { type Adapter, type FromSchema, queueArray } from '@conectamos/consent';
import {
  category,
  cookies,
  id,
  type manifest,
  PORTAL_ID,
  privacyPolicyUrl,
  purpose,
  REGIONS,
  surfaces,
  vendor,
} from './manifest';

export { i18n, manifest } from './manifest';

/**
 * Options of `hubspot()`: `portalId`, the Hub ID from the embed code's `js.hs-scripts.com/<portalId>.js`,
 * and `region`, the portal's data centre from the same host (`js-eu1.` is `'eu1'`; default `'na1'`).
 * Described in `manifest.options`.
 * @see https://knowledge.hubspot.com/reports/install-the-hubspot-tracking-code
 * @see https://developers.hubspot.com/docs/api-reference/latest/account/settings/tracking-code/set-path
 */
export type HubSpotOptions = FromSchema<typeof manifest.options>;

/** A HubSpot data centre ("hublet"), as it appears in a portal's script host. */
export type HubSpotRegion = (typeof REGIONS)[number];

/** The HubSpot globals this adapter touches. */
interface HubSpotGlobals {
  disableHubSpotCookieBanner?: boolean;
}

// HubSpot's own consent categories, as `setHubSpotConsent` takes them.
const hubspotConsent = (marketing: boolean, functionality: boolean) => ({
  analytics: marketing,
  advertisement: marketing,
  functionality,
});

/**
 * HubSpot tracking code, loaded only after marketing consent and only on the site. We are the banner:
 * HubSpot's own is switched off and told our choice instead.
 * @see https://developers.hubspot.com/docs/api-reference/latest/account/settings/consent-banner/consent-banner-api
 * @see https://developers.hubspot.com/docs/api-reference/latest/account/settings/tracking-code/overview
 */
export function hubspot(options: HubSpotOptions): Adapter<'hubspot'> {
  const { portalId, region = 'na1' }: Partial<HubSpotOptions> = options ?? {};
  const bad = (what: string, got: unknown) => new TypeError(`hubspot: ${what}, got ${JSON.stringify(got)}`);
  // A string, not anything that prints as digits: RegExp#test would pass ["1234567"] and 1234567 through.
  if (typeof portalId !== 'string' || !new RegExp(PORTAL_ID).test(portalId))
    throw bad('portalId must be digits like "1234567"', portalId);
  if (!REGIONS.includes(region)) throw bad('region must be na1, na2, eu1 or ap1', region);
  const host = region === 'na1' ? 'js' : `js-${region}`;
  let hsq: (...command: unknown[]) => void;
  let hsp: (...command: unknown[]) => void;
  let revoked = false;

  return {
    id,
    vendor,
    category,
    surfaces,
    purpose,
    privacyPolicyUrl,
    cookies: [...cookies],
    load(ctx) {
      const win = ctx.window;
      // Must be set before the loader fetches HubSpot's banner, which would otherwise ask a second time.
      (win as HubSpotGlobals).disableHubSpotCookieBanner = true;
      hsq = queueArray(win, '_hsq');
      hsp = queueArray(win, '_hsp');
      // The do-not-track cookie outlives our revocation (it is the opt-out itself): a grant lifts it.
      if (revoked || /__hs_do_not_track=/.test(ctx.document.cookie)) hsq('doNotTrack', { track: true });
      // With the query string, so the path we set cannot hide the landing page's utm_* from attribution.
      hsq('setPath', win.location.pathname + win.location.search);
      // HubSpot keeps no memory of setHubSpotConsent: it is told on every load. Our policy lists HubSpot's
      // tracking cookies (hubspotutk, __hstc…) as marketing cookies, so its analytics and advertisement
      // consent follow marketing (granted, or we would not be loading); functionality follows functional.
      hsp('setHubSpotConsent', hubspotConsent(true, ctx.consent.state.categories.functional));
      return ctx.loadScript(`https://${host}.hs-scripts.com/${encodeURIComponent(portalId)}.js`, {
        id: 'hs-script-loader',
      });
    },
    optOut() {
      revoked = true;
      // HubSpot's current docs give revokeCookieConsent on both queues (tracking code API: _hsq, consent
      // banner API: _hsp); both are sent, as it only deletes HubSpot's cookies and twice is harmless.
      hsq('revokeCookieConsent');
      hsp('revokeCookieConsent');
      // Last, so no cookie removal can undo it: the flag that stops the already-running script.
      hsq('doNotTrack');
      // setHubSpotConsent also reaches every script listening to HubSpot's consent API, not only its tracker.
      hsp('setHubSpotConsent', hubspotConsent(false, false));
    },
    page(path) {
      if (!/^\/(?!\/)/.test(path)) throw bad('path must start with "/"', path);
      hsq('setPath', path);
      hsq('trackPageView');
    },
  };
}
