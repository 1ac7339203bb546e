// @vitest-environment node
import { createConsent } from '@conectamos/consent';
import { expect, test, vi } from 'vitest';
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

test('with no window, receipts are never sent, whatever is decided', async () => {
  const fetch = vi.spyOn(globalThis, 'fetch').mockRejectedValue(new Error('no network on the server'));
  try {
    const consent = createConsent({
      policyVersion: '2026-11-01',
      receipts: { endpoint: 'https://www.conectamos.org/consent/receipts' },
    });
    consent.acceptAll();
    consent.reset();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(fetch).not.toHaveBeenCalled();
  } finally {
    fetch.mockRestore();
  }
});
