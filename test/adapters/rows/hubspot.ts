import { hubspot, manifest } from '@conectamos/consent-hubspot';
import { expect } from 'vitest';
import type { TestWindow } from '../../helpers/window';
import type { ContractRow } from '../contract';

const queue = (win: TestWindow, name: '_hsq' | '_hsp') =>
  (win as unknown as { _hsq: unknown[]; _hsp: unknown[] })[name];

export const row: ContractRow = {
  id: 'hubspot',
  category: 'marketing',
  factory: hubspot,
  manifest,
  options: { portalId: '1234567' },
  script: 'https://js.hs-scripts.com/1234567.js',
  globals: ['_hsq', '_hsp', 'disableHubSpotCookieBanner'],
  surfaces: ['site'],
  earlyCall(consent, win) {
    consent.page('/pricing');
    return () =>
      expect(queue(win, '_hsq')).toEqual([
        ['setPath', '/pricing'],
        ['setPath', '/pricing'],
        ['trackPageView'],
      ]);
  },
  // HubSpot writes its cookies on the parent domain.
  cookies: [
    'hubspotutk=5f1c0e7a9b; domain=.conectamos.org',
    '__hstc=1234567.5f1c0e7a9b.1700000000000.1700000000000.1700000000000.1; domain=.conectamos.org',
    '__hssc=1234567.1.1700000000000; domain=.conectamos.org',
    '__hssrc=1; domain=.conectamos.org',
  ],
  expectOptedOut(win) {
    expect(queue(win, '_hsq').slice(-2)).toEqual([['revokeCookieConsent'], ['doNotTrack']]);
    expect(queue(win, '_hsp')).toContainEqual(['revokeCookieConsent']);
  },
  badOptions: [
    [{ portalId: 'abc123' }, /^hubspot: portalId must be digits like "1234567", got "abc123"$/],
    [{ portalId: '1234' }, /^hubspot: portalId must be digits like "1234567", got "1234"$/],
    [{}, /^hubspot: portalId must be digits like "1234567", got undefined$/],
    [{ portalId: '1234567', region: 'eu2' }, /^hubspot: region must be na1, na2, eu1 or ap1, got "eu2"$/],
  ],
};
