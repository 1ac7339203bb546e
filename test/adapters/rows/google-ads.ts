import { googleAds, manifest } from '@conectamos/consent-google-ads';
import { expect } from 'vitest';
import type { TestWindow } from '../../helpers/window';
import type { ContractRow } from '../contract';

const ID = 'AW-123456789';
const layer = (win: TestWindow) =>
  (win as unknown as { dataLayer: IArguments[] }).dataLayer.map((a) => [...a]);

/** Google Ads: the shared gtag queue; its only opt-out signal is Consent Mode denying the ad types. */
export const row: ContractRow = {
  id: 'google-ads',
  category: 'marketing',
  factory: googleAds,
  manifest,
  options: { conversionId: ID },
  script: `https://www.googletagmanager.com/gtag/js?id=${ID}`,
  globals: ['dataLayer', 'gtag'],
  surfaces: ['site'],
  earlyCall(consent, win) {
    consent.track('signup_completed', { label: 'AbC-D_efG', value: 12, currency: 'EUR' });
    return () =>
      expect(layer(win)).toContainEqual([
        'event',
        'conversion',
        { send_to: `${ID}/AbC-D_efG`, value: 12, currency: 'EUR' },
      ]);
  },
  cookies: [
    '_gcl_au=1.1.1234.5678; domain=conectamos.org',
    '_gcl_aw=GCL.5678.Cj0KCQ; domain=conectamos.org',
    '_gcl_dc=GCL.5678.CJ1; domain=conectamos.org',
  ],
  expectOptedOut(win) {
    const last = layer(win)
      .filter((entry) => entry[0] === 'consent')
      .at(-1);
    expect(last?.[2]).toMatchObject({
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
    });
  },
  badOptions: [
    [
      { conversionId: 'G-ABC1234' },
      /^googleAds: conversionId must look like "AW-123456789", got "G-ABC1234"$/,
    ],
    [{ conversionId: 'AW-12345' }, /conversionId .* got "AW-12345"/],
    [{ conversionId: 'AW-123456789/abc' }, /conversionId/],
    [{}, /conversionId .* got undefined/],
    [
      { conversionId: ID, conversions: { signup: 'bad label!' } },
      /^googleAds: conversions\["signup"\] must be a conversion label like "AbC-D_efG", got "bad label!"$/,
    ],
    [{ conversionId: ID, conversions: { signup: 5 } }, /conversions\["signup"\] must be a conversion label/],
    [{ conversionId: ID, conversions: 'x' }, /conversions must map event names to labels/],
    [{ conversionId: ID, conversions: ['AbC'] }, /conversions must map event names to labels, got \["AbC"\]/],
  ],
  // Only the fields Google defines for a conversion; the label without the "AW-…/" part.
  campaigns: {
    good: [
      {},
      { label: 'AbC-D_efG' },
      { label: 'Pur_chase-1', value: 49.5, currency: 'EUR', transaction_id: 'T-1001' },
      { sendTo: 'AW-987654321/Other_1' },
    ],
    bad: [
      { label: 'AW-123456789/AbC-D_efG' },
      { label: 'bad label' },
      { label: 'AbC', value: '49.5' },
      { label: 'AbC', currency: 'eur' },
      { label: 'AbC', currency: '€' },
      { label: 'AbC', transaction_id: 1001 },
      { sendTo: 'AbC-D_efG' },
      { label: 'AbC', send_to: 'AW-123456789/AbC' },
      { label: 'AbC', email: 'a@b.c' },
    ],
  },
};
