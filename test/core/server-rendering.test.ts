// @vitest-environment node
import { createConsent } from '@conectamos/consent';
import { expect, test } from 'vitest';
import { testAdapter } from '../helpers/adapter';

test('with no window, creating a store and using it never throws and never injects', async () => {
  expect(typeof window).toBe('undefined');
  const necessary = testAdapter({ id: 'pay', category: 'necessary' });
  const stats = testAdapter({ id: 'stats', category: 'analytics' });
  const consent = createConsent({ policyVersion: '2026-11-01', adapters: [necessary, stats] });
  expect(consent.state.decided).toBe(false);
  expect(() => {
    consent.acceptAll();
    consent.optOut('stats');
    consent.track('x');
    consent.page('/');
    consent.reset();
  }).not.toThrow();
  expect(necessary.load).not.toHaveBeenCalled();
  expect(stats.load).not.toHaveBeenCalled();
  await expect(consent.load('pay')).rejects.toThrow(/load needs.*"pay"/);
});
