import { createConsent } from '@conectamos/consent';
import { googleAnalytics } from '@conectamos/consent-google-analytics';
import { intercom } from '@conectamos/consent-intercom';
import { posthog } from '@conectamos/consent-posthog';
import { stripe } from '@conectamos/consent-stripe';
import { youtube } from './youtube';

/**
 * The app's one consent instance, created in a module (not in a component), so every component and the
 * banner share one decision and each vendor is injected once. Nothing loads before the visitor decides.
 */
export const consent = createConsent({
  policyVersion: '2026-11-01',
  adapters: [
    googleAnalytics({ measurementId: 'G-EXAMPLE123' }),
    posthog({ apiKey: 'phc_exampleExampleExample0123456789', region: 'eu' }),
    // Strictly necessary and on demand: loaded by the checkout page only (see pages/checkout.tsx).
    stripe({ publishableKey: 'pk_test_example0123456789' }),
    intercom({ appId: 'abc12345' }),
    youtube(),
  ],
});

// Tells the hooks which vendors exist: useGranted('post-hog') or <ConsentGate vendor="intercomm"> are type errors.
declare module '@conectamos/consent-react' {
  interface Register {
    consent: typeof consent;
  }
}
