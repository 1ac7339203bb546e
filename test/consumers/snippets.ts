/**
 * Code a user writes, shared by the consumer tests that run it: the seven vendor adapters imported and
 * configured with IDs of the right shape.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './harness';

/** The seven adapter packages: what the drop-in registers, i.e. the browser package's dependencies but the core, UI and gtag. */
export const ADAPTER_PACKAGES: string[] = Object.keys(
  JSON.parse(readFileSync(join(ROOT, 'packages/browser/package.json'), 'utf8')).dependencies,
).filter((name) => !/^@conectamos\/consent(-ui|-gtag)?$/.test(name));

/** Imports of the seven factories (and `getStripe`), as a module would write them. */
export const ADAPTER_IMPORTS = `
import { googleAds } from '@conectamos/consent-google-ads';
import { googleAnalytics } from '@conectamos/consent-google-analytics';
import { hubspot } from '@conectamos/consent-hubspot';
import { intercom } from '@conectamos/consent-intercom';
import { linkedinInsight } from '@conectamos/consent-linkedin-insight';
import { posthog } from '@conectamos/consent-posthog';
import { getStripe, stripe } from '@conectamos/consent-stripe';
`;

/** The `adapters` array with all seven, each with options its factory accepts. */
export const SEVEN_ADAPTERS = `[
  googleAnalytics({ measurementId: 'G-CNCT2026AB' }),
  googleAds({ conversionId: 'AW-123456789' }),
  posthog({ apiKey: 'phc_Cnct2026EuProductAnalyticsKey7Qx', region: 'eu' }),
  hubspot({ portalId: '1234567', region: 'eu1' }),
  linkedinInsight({ partnerId: '123456' }),
  stripe({ publishableKey: 'pk_live_Cnct2026CheckoutKey0A1B2' }),
  intercom({ appId: 'cnct2026', region: 'eu' }),
]`;
