/**
 * vanilla-cookieconsent 3.1, as its getting-started guide sets up a plain HTML page: the CSS with its
 * recommended deferred loading, the UMD build and an init file with `CookieConsent.run({...})`, both
 * deferred at the end of the body. The vendors' snippets sit in `<script type="text/plain"
 * data-category="analytics">` blocks, which it runs once analytics is accepted (docs: "How to manage
 * scripts").
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { type Contender, js, sitePage } from '../contender';
import { GTAG_INLINE, GTAG_SRC, POSTHOG_INLINE } from '../vendor-snippets';

const dist = join(dirname(createRequire(import.meta.url).resolve('vanilla-cookieconsent')));

/** cookieconsent-init.js: the four categories and the English texts, as the guide's basic config. */
const init = `CookieConsent.run({
  categories: {
    necessary: { enabled: true, readOnly: true },
    functional: {},
    analytics: { autoClear: { cookies: [{ name: /^_ga/ }, { name: /^ph_/ }] } },
    marketing: {},
  },
  language: {
    default: 'en',
    translations: {
      en: {
        consentModal: {
          title: 'We use cookies',
          description: 'Necessary cookies run the site; with your consent we also use functional, analytics and marketing cookies. <a href="/cookies">Cookie policy</a>',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Only necessary',
          showPreferencesBtn: 'Preferences',
        },
        preferencesModal: {
          title: 'Cookie preferences',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Only necessary',
          savePreferencesBtn: 'Save choices',
          closeIconLabel: 'Close',
          sections: [
            { title: 'Necessary', description: 'Needed for the site to work.', linkedCategory: 'necessary' },
            { title: 'Functional', description: 'Remember your settings.', linkedCategory: 'functional' },
            { title: 'Analytics', description: 'Google Analytics and PostHog measure how the site is used.', linkedCategory: 'analytics' },
            { title: 'Marketing', description: 'Measure our campaigns.', linkedCategory: 'marketing' },
          ],
        },
      },
    },
  },
});`;

export const vanillaCookieconsent: Contender = {
  id: 'vanilla-cookieconsent',
  label: 'CC 3.1',
  ours: false,
  setup:
    'vanilla-cookieconsent 3.1.0: `cookieconsent.css` (deferred), `cookieconsent.umd.js` and an init file with `CookieConsent.run`; vendor snippets in `type="text/plain" data-category="analytics"` blocks',
  async prepare() {
    const gated = (service: string, attrs: string, code = '') =>
      `<script type="text/plain" data-category="analytics" data-service="${service}"${attrs}>${code}</script>`;
    return {
      page: sitePage({
        head: `<link rel="stylesheet" href="/cookieconsent.css" media="print" onload="this.media='all'">`,
        body: [
          gated('Google Analytics', ` data-src="${GTAG_SRC}" async`),
          gated('Google Analytics', '', GTAG_INLINE),
          gated('PostHog', '', POSTHOG_INLINE),
          '<script defer src="/cookieconsent.umd.js"></script>',
          '<script defer src="/cookieconsent-init.js"></script>',
        ].join('\n'),
      }),
      files: {
        '/cookieconsent.css': { body: readFileSync(join(dist, 'cookieconsent.css')), type: 'text/css' },
        '/cookieconsent.umd.js': js(readFileSync(join(dist, 'cookieconsent.umd.js'))),
        '/cookieconsent-init.js': js(init),
      },
    };
  },
  banner: `document.querySelector('#cc-main .cm')`,
  accept: (page) => page.locator('#cc-main .cm').getByRole('button', { name: 'Accept all' }),
};
