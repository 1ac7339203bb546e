import { googleAnalytics, manifest } from '@conectamos/consent-google-analytics';
import { expect } from 'vitest';
import type { TestWindow } from '../../helpers/window';
import type { ContractRow } from '../contract';

const ID = 'G-TEST1234';
const layer = (win: TestWindow) =>
  (win as unknown as { dataLayer: IArguments[] }).dataLayer.map((a) => [...a]);

/** Google Analytics 4: the shared gtag queue, and `ga-disable-<ID>` as its own opt-out. */
export const row: ContractRow = {
  id: 'google-analytics',
  category: 'analytics',
  factory: googleAnalytics,
  manifest,
  options: { measurementId: ID },
  script: `https://www.googletagmanager.com/gtag/js?id=${ID}`,
  globals: ['dataLayer', 'gtag', `ga-disable-${ID}`],
  surfaces: ['site', 'platform'],
  earlyCall(consent, win) {
    consent.page('/docs?tab=2');
    return () =>
      expect(layer(win)).toContainEqual([
        'event',
        'page_view',
        { page_location: 'https://www.conectamos.org/docs?tab=2', page_path: '/docs?tab=2', send_to: ID },
      ]);
  },
  cookies: [
    '_ga=GA1.1.1234.5678; domain=conectamos.org',
    '_ga_TEST1234=GS1.1.5678.1.0; domain=conectamos.org',
    '_ga_OTHER99=GS1.1.1; domain=conectamos.org',
  ],
  expectOptedOut(win) {
    expect((win as unknown as Record<string, unknown>)[`ga-disable-${ID}`]).toBe(true);
  },
  badOptions: [
    [{ measurementId: 'UA-1' }, /^googleAnalytics: measurementId must look like "G-XXXXXXX", got "UA-1"$/],
    [{ measurementId: 'g-abc12345' }, /measurementId .* got "g-abc12345"/],
    [{ measurementId: 'G-AB"><x' }, /measurementId .* got "G-AB\\"><x"/],
    [{ measurementId: 'G-ABC' }, /measurementId/],
    [{}, /measurementId .* got undefined/],
    [
      { measurementId: ID, allowGoogleSignals: 'yes' },
      /^googleAnalytics: allowGoogleSignals must be a boolean, got "yes"$/,
    ],
    [
      { measurementId: ID, allowAdPersonalizationSignals: 1 },
      /^googleAnalytics: allowAdPersonalizationSignals must be a boolean, got 1$/,
    ],
  ],
  // A campaign's send becomes the GA4 event's parameters: text, numbers and true/false.
  campaigns: {
    good: [{}, { method: 'webinar', value: 10, first_visit: true }],
    bad: [{ items: ['a'] }, { user: { email: 'a@b.c' } }, { value: null }],
  },
};
