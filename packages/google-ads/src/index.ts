import type { Adapter, AdapterContext } from '@conectamos/consent';
import { type Gtag, useGtag } from '@conectamos/consent-gtag';

/** Options of `googleAds`. */
export interface GoogleAdsOptions {
  /**
   * The Google Ads tag's conversion ID, `AW-` and digits.
   * @see https://support.google.com/google-ads/answer/7548399
   */
  conversionId: string;
  /**
   * Our event names mapped to conversion labels (the part after `/` in a conversion's `send_to`),
   * so `consent.track('signup_completed')` reports that conversion. A label passed to `track` wins.
   * @see https://support.google.com/google-ads/answer/6095821
   */
  conversions?: Record<string, string>;
}

/** What a Google Ads conversion ID looks like. */
export const CONVERSION_ID = /^AW-\d{6,12}$/;
// A conversion's destination: the conversion ID, then its label (Google publishes no grammar for
// labels; letters, digits, _ and - is every label seen).
const SEND_TO = /^AW-\d{6,12}\/[\w-]+$/;
const CURRENCY = /^[A-Z]{3}$/;

const fail = (what: string, got: unknown): never => {
  throw new TypeError(`googleAds: ${what}, got ${JSON.stringify(got)}`);
};
const need = (ok: boolean, what: string, got: unknown): void => {
  if (!ok) fail(what, got);
};

/**
 * Google Ads conversion tracking through the shared gtag.js, under Consent Mode v2: loaded on marketing
 * consent, on the public site only. Revoking denies the ad types in Consent Mode (Ads has no opt-out flag).
 * @see https://support.google.com/google-ads/answer/7548399
 */
export function googleAds(options: GoogleAdsOptions): Adapter {
  const { conversionId: id, conversions = {} } = options ?? {};
  need(typeof id === 'string' && CONVERSION_ID.test(id), 'conversionId must look like "AW-123456789"', id);
  need(
    typeof conversions === 'object' && !!conversions,
    'conversions must map event names to labels',
    conversions,
  );
  const destination = (label: unknown, what: string): string => {
    const to = `${id}/${label}`;
    need(
      typeof label === 'string' && SEND_TO.test(to),
      `${what} must be a conversion label like "AbC-D_efG"`,
      label,
    );
    return to;
  };
  // A Map, so an event named like an Object.prototype key ("constructor") never finds a label.
  const labels = new Map(
    Object.entries(conversions).map(([event, label]) => [
      event,
      destination(label, `conversions["${event}"]`),
    ]),
  );
  const cookie = { duration: '90 days', provider: 'Google Ads' };
  const click = { ...cookie, purpose: 'Links a visit to the Google ad click it came from.' };
  let gtag: Gtag | undefined;

  return {
    id: 'google-ads',
    vendor: 'Google Ads',
    category: 'marketing',
    surfaces: ['site'],
    purpose: 'Measures which Google ads lead to sign-ups.',
    cookies: [
      { name: '_gcl_au', purpose: 'Measures conversion events from Google Ads campaigns.', ...cookie },
      // gtag's conversion linker keeps the ad click a visit came from: search (aw), display (dc), and the
      // gbraid/wbraid and consent-mode variants (gs, gb, gf…): the pattern deletes them all.
      { name: /^_gcl_/, label: '_gcl_*', ...click },
    ],
    csp: __CSP_HOSTS__
      ? {
          scriptSrc: [
            'https://www.googletagmanager.com',
            'https://www.googleadservices.com',
            'https://www.google.com',
            'https://googleads.g.doubleclick.net',
          ],
          connectSrc: [
            'https://www.google.com',
            'https://googleads.g.doubleclick.net',
            'https://www.googleadservices.com',
            'https://pagead2.googlesyndication.com',
          ],
          imgSrc: ['https://googleads.g.doubleclick.net', 'https://www.google.com', 'https://google.com'],
          frameSrc: [
            'https://www.googletagmanager.com',
            'https://td.doubleclick.net',
            'https://bid.g.doubleclick.net',
          ],
        }
      : undefined,
    privacyPolicyUrl: 'https://policies.google.com/privacy',
    optOutUrl: 'https://adssettings.google.com',
    load(ctx: AdapterContext) {
      const tag = useGtag(ctx, id, 'google-ads');
      gtag = tag.gtag;
      gtag('config', id);
      return tag.loaded;
    },
    // A conversion needs a destination: `{ sendTo: 'AW-…/label' }`, else `{ label }` (a campaign's
    // `send`, or the call's props), else the `conversions` option; without one, nothing is sent.
    // Only the fields Google defines for conversions go out, so nothing else a page tracks (an email,
    // say) reaches Google Ads.
    track(event, props = {}) {
      const { sendTo, label, value, currency, transaction_id } = props;
      const to = sendTo ?? (label == null ? labels.get(event) : destination(label, 'label'));
      if (to === undefined) return;
      need(typeof to === 'string' && SEND_TO.test(to), 'sendTo must look like "AW-123456789/AbC-D_efG"', to);
      need(value === undefined || Number.isFinite(value), 'value must be a number', value);
      need(
        currency === undefined || CURRENCY.test(currency as string),
        'currency must look like "EUR"',
        currency,
      );
      const params = { send_to: to, value, currency, transaction_id };
      gtag!(
        'event',
        'conversion',
        Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined)),
      );
    },
  };
}
