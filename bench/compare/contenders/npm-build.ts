/**
 * Ours, as a bundling site ships it: its own bundle of createConsent, mountConsentUI and the two
 * adapters, imported from the built packages and bundled as scripts/bundling.ts bundles browser code
 * (esbuild, minified, ES2020), loaded as a module script.
 */
import { join } from 'node:path';
import { type Contender, GA_ID, js, POSTHOG_KEY, sitePage } from '../contender';
import { siteBundle } from '../site-bundle';
import { acceptOurs, OUR_BANNER } from './drop-in';

const root = join(import.meta.dirname, '../../..');

/** The site's entry, as docs/getting-started.md writes it. */
const entry = `
import { createConsent } from '@conectamos/consent';
import { googleAnalytics } from '@conectamos/consent-google-analytics';
import { posthog } from '@conectamos/consent-posthog';
import { mountConsentUI } from '@conectamos/consent-ui';

const consent = createConsent({
  policyVersion: '2026-11-01',
  adapters: [googleAnalytics({ measurementId: '${GA_ID}' }), posthog({ apiKey: '${POSTHOG_KEY}' })],
});
mountConsentUI(consent, { policyUrl: '/cookies', lang: 'en' });
`;

export const npmBuild: Contender = {
  id: 'npm-build',
  label: 'npm build',
  ours: true,
  setup:
    "the site's own bundle of `createConsent` + `mountConsentUI` + `googleAnalytics` + `posthog` (esbuild, minified, ES2020)",
  async prepare() {
    // The browser package depends on every package, so its node_modules resolve them as a site's would.
    const code = await siteBundle(entry, join(root, 'packages/browser'));
    return {
      page: sitePage({ head: '<script type="module" src="/app.js"></script>' }),
      files: { '/app.js': js(code) },
    };
  },
  banner: OUR_BANNER,
  accept: acceptOurs,
};
