import type { Adapter, AdapterContext, FromSchema } from '@conectamos/consent';
import { type Gtag, useGtag } from '@conectamos/consent-gtag';
import {
  CONVERSION_ID as CONVERSION_ID_FORMAT,
  CURRENCY,
  category,
  cookies,
  id,
  LABEL,
  type manifest,
  optOutUrl,
  privacyPolicyUrl,
  purpose,
  SEND_TO,
  surfaces,
  vendor,
} from './manifest';

export { i18n, manifest } from './manifest';

/**
 * What a Google Ads conversion ID looks like.
 * @deprecated Read `manifest.options.properties.conversionId.pattern`, the one rule the factory, the validator and the
 * editor share; this copy stays so existing imports keep working, and a test keeps it equal to that pattern.
 */
export const CONVERSION_ID = /^AW-\d{6,12}$/;

/**
 * Options of `googleAds()`: `conversionId`, the tag's `AW-…` ID, and `conversions`, our event names mapped
 * to conversion labels (the part after `/` in `send_to`). Described in `manifest.options`.
 * @see https://support.google.com/google-ads/answer/7548399
 * @see https://support.google.com/google-ads/answer/6095821
 */
export type GoogleAdsOptions = FromSchema<typeof manifest.options>;

function fail(what: string, got: unknown): never {
  throw new TypeError(`googleAds: ${what}, got ${JSON.stringify(got)}`);
}
const need = (ok: boolean, what: string, got: unknown): void => {
  if (!ok) fail(what, got);
};

/**
 * Google Ads conversion tracking through the shared gtag.js, under Consent Mode v2: loaded on marketing
 * consent, on the public site only. Revoking denies the ad types in Consent Mode (Ads has no opt-out flag).
 * @see https://support.google.com/google-ads/answer/7548399
 */
export function googleAds(options: GoogleAdsOptions): Adapter<'google-ads'> {
  const { conversionId: tagId, conversions = {} }: Partial<GoogleAdsOptions> = options ?? {};
  if (typeof tagId !== 'string' || !new RegExp(CONVERSION_ID_FORMAT).test(tagId))
    fail('conversionId must look like "AW-123456789"', tagId);
  need(
    typeof conversions === 'object' && !!conversions && !Array.isArray(conversions),
    'conversions must map event names to labels',
    conversions,
  );
  const labelFormat = new RegExp(LABEL);
  const sendToFormat = new RegExp(SEND_TO);
  const currencyFormat = new RegExp(CURRENCY);
  const destination = (label: unknown, what: string): string => {
    need(
      typeof label === 'string' && labelFormat.test(label),
      `${what} must be a conversion label like "AbC-D_efG"`,
      label,
    );
    return `${tagId}/${label}`;
  };
  // A Map, so an event named like an Object.prototype key ("constructor") never finds a label.
  const labels = new Map(
    Object.entries(conversions).map(([event, label]) => [
      event,
      destination(label, `conversions["${event}"]`),
    ]),
  );
  let gtag: Gtag | undefined;

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
      const tag = useGtag(ctx, tagId, id);
      gtag = tag.gtag;
      gtag('config', tagId);
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
      need(
        typeof to === 'string' && sendToFormat.test(to),
        'sendTo must look like "AW-123456789/AbC-D_efG"',
        to,
      );
      need(value === undefined || Number.isFinite(value), 'value must be a number', value);
      need(
        currency === undefined || currencyFormat.test(currency as string),
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
