/**
 * Klaro 0.7, as its README sets up a page: a config file defining `klaroConfig`, then `klaro.js` (its
 * UI, styles and translations in one file), both deferred. The vendors' snippets sit in
 * `<script type="text/plain" data-type="text/javascript" data-name="<service>">` blocks, which Klaro
 * runs once that service is accepted. Both services have the analytics purpose.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { type Contender, js, sitePage } from '../contender';
import { GTAG_INLINE, GTAG_SRC, POSTHOG_INLINE } from '../vendor-snippets';

const dist = dirname(createRequire(import.meta.url).resolve('klaro/dist/klaro.js'));

/** config.js: as the annotated dist/config.js, trimmed to what this page needs. */
const config = `var klaroConfig = {
  version: 1,
  elementID: 'klaro',
  storageMethod: 'cookie',
  cookieName: 'klaro',
  cookieExpiresAfterDays: 365,
  default: false,
  mustConsent: false,
  acceptAll: true,
  hideDeclineAll: false,
  translations: {
    zz: { privacyPolicyUrl: '/cookies' },
    en: {
      purposes: { analytics: 'Analytics' },
      'google-analytics': { description: 'Measures how the site is used.' },
      posthog: { description: 'Product analytics.' },
    },
  },
  services: [
    { name: 'google-analytics', title: 'Google Analytics', purposes: ['analytics'], cookies: [/^_ga/] },
    { name: 'posthog', title: 'PostHog', purposes: ['analytics'], cookies: [/^ph_/] },
  ],
};`;

const gated = (name: string, attrs: string, code = '') =>
  `<script type="text/plain" data-type="text/javascript" data-name="${name}"${attrs}>${code}</script>`;

export const klaro: Contender = {
  id: 'klaro',
  label: 'Klaro 0.7',
  ours: false,
  setup:
    'klaro 0.7.22: a `klaroConfig` file and `dist/klaro.js` (styles and translations included), both deferred; vendor snippets in `type="text/plain" data-name` blocks',
  async prepare() {
    return {
      page: sitePage({
        head: [
          '<script defer src="/klaro-config.js"></script>',
          '<script defer data-config="klaroConfig" src="/klaro.js"></script>',
        ].join('\n'),
        body: [
          gated('google-analytics', ` data-src="${GTAG_SRC}" async`),
          gated('google-analytics', '', GTAG_INLINE),
          gated('posthog', '', POSTHOG_INLINE),
        ].join('\n'),
      }),
      files: {
        '/klaro-config.js': js(config),
        '/klaro.js': js(readFileSync(join(dist, 'klaro.js'))),
      },
    };
  },
  banner: `document.querySelector('.klaro .cookie-notice:not(.cookie-notice-hidden)')`,
  accept: (page) => page.locator('.klaro .cookie-notice .cm-btn-success'),
};
