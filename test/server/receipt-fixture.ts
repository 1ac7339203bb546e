/** A valid receipt, for the tests and the benchmark alike (no test runner imported here). */
import { randomUUID } from 'node:crypto';
import type { ConsentReceipt } from '@conectamos/consent-server';

/** A valid receipt with a fresh consent ID; `overrides` replace fields. */
export function receipt(overrides: Partial<ConsentReceipt> = {}): ConsentReceipt {
  return {
    id: randomUUID(),
    previousId: null,
    decidedAt: new Date().toISOString(),
    policyVersion: '2026-11-01',
    categories: { necessary: true, functional: false, analytics: true, marketing: false },
    optedOut: ['hubspot'],
    surface: 'site',
    source: 'user',
    action: 'custom',
    lang: 'es',
    path: '/pricing',
    uiText: 'a'.repeat(64),
    ...overrides,
  };
}
