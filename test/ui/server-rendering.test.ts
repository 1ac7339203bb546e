// @vitest-environment node
import { createConsent } from '@conectamos/consent';
import { mountConsentUI } from '@conectamos/consent-ui';
import { expect, test } from 'vitest';
import { policyVendors, siteCookies } from './fixture';

test('on the server, mounting at module level does nothing and its UI does nothing, without throwing', () => {
  expect(typeof window).toBe('undefined');
  expect(typeof document).toBe('undefined');
  const consent = createConsent({
    policyVersion: '2026-11-01',
    adapters: policyVendors(),
    cookies: siteCookies,
  });
  const ui = mountConsentUI(consent, { policyUrl: '/cookies', lang: 'es', company: 'Conectamos' });
  expect(() => {
    ui.open();
    ui.close();
    ui.unmount();
  }).not.toThrow();
  expect(consent.state.decided).toBe(false);
});
