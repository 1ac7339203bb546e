import { googleAnalytics } from '@conectamos/consent-google-analytics';
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
  create: () => googleAnalytics({ measurementId: ID }),
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
    [
      () => googleAnalytics({ measurementId: 'UA-1' }),
      /^googleAnalytics: measurementId must look like "G-XXXXXXX", got "UA-1"$/,
    ],
    [() => googleAnalytics({ measurementId: 'g-abc12345' }), /measurementId .* got "g-abc12345"/],
    [() => googleAnalytics({ measurementId: 'G-AB"><x' }), /measurementId .* got "G-AB\\"><x"/],
    [() => googleAnalytics({ measurementId: 'G-ABC' }), /measurementId/],
    [() => googleAnalytics({} as never), /measurementId .* got undefined/],
    [
      () => googleAnalytics({ measurementId: ID, allowGoogleSignals: 'yes' as never }),
      /^googleAnalytics: allowGoogleSignals must be a boolean, got "yes"$/,
    ],
    [
      () => googleAnalytics({ measurementId: ID, allowAdPersonalizationSignals: 1 as never }),
      /^googleAnalytics: allowAdPersonalizationSignals must be a boolean, got 1$/,
    ],
  ],
};
