import { manifest, stripe } from '@conectamos/consent-stripe';
import type { ContractRow } from '../contract';

const publishableKey = 'pk_test_conectamos0000';

export const row: ContractRow = {
  id: 'stripe',
  category: 'necessary',
  factory: stripe,
  manifest,
  options: { publishableKey },
  script: 'https://js.stripe.com/endive/stripe.js',
  // Stripe.js has no queue stub: window.Stripe appears only when the real script runs.
  globals: [],
  surfaces: ['site', 'platform'],
  onDemand: true,
  badOptions: [
    [
      { publishableKey: 'sk_test_abc123' },
      /secret key "sk_\.\.\.": secret and restricted keys must never reach a browser/,
    ],
    [{ publishableKey: 'rk_live_abc123' }, /secret key "rk_\.\.\."/],
    [
      { publishableKey: 'pk_prod_abcdefghijkl' },
      /publishableKey must look like "pk_live_\.\.\." or "pk_test_\.\.\.", got "pk_prod_abcdefghijkl"/,
    ],
    [{}, /publishableKey must look like "pk_live_\.\.\." or "pk_test_\.\.\.", got undefined/],
    [{ publishableKey, advancedFraudSignals: 'no' }, /advancedFraudSignals must be true or false, got "no"/],
  ],
};
