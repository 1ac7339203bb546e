import { createConsent } from '@conectamos/consent';
import { googleAnalytics } from '@conectamos/consent-google-analytics';
import { intercom } from '@conectamos/consent-intercom';

/**
 * The app's one consent instance. Import it from client components only ('use client' files). It is
 * created wherever this module runs: in the browser it reads the visitor's decision and loads what was
 * allowed; on the server (rendering client components) there is no window, so it is inert: no decision,
 * nothing loaded, nothing thrown. Safe to share between requests, since it holds nothing of a visitor.
 */
export const consent = createConsent({
  policyVersion: '2026-11-01',
  adapters: [googleAnalytics({ measurementId: 'G-EXAMPLE123' }), intercom({ appId: 'abc12345' })],
});

// Tells the hooks which vendors exist, so a misspelt vendor id is a type error.
declare module '@conectamos/consent-react' {
  interface Register {
    consent: typeof consent;
  }
}
