/**
 * c15t 2.2, the way its JavaScript docs set up a page without a framework: the headless runtime
 * (`getOrCreateConsentRuntime`, Quickstart) with the @c15t/scripts helpers for gtag and PostHog (Script
 * Loader, integration pages), and the vanilla-DOM banner of "Building UI", bundled into the site's own
 * module. Offline mode (no c15t backend, GDPR by a country override), as every other contender runs
 * with no backend; hosted mode would add a request to the backend's /init before the banner.
 * Nothing loads before consent: PostHog with `loadMode: 'after-consent'` (its docs' GDPR setting), and
 * gtag, whose helper loads at page start by default (Consent Mode), with `alwaysLoad: false`.
 */
import { join } from 'node:path';
import { type Contender, GA_ID, js, POSTHOG_KEY, sitePage } from '../contender';
import { siteBundle } from '../site-bundle';

const root = join(import.meta.dirname, '../../..');

const entry = `
import { getOrCreateConsentRuntime } from 'c15t';
import { gtag } from '@c15t/scripts/google-tag';
import { posthog } from '@c15t/scripts/posthog';

const { consentStore } = getOrCreateConsentRuntime({
  mode: 'offline',
  overrides: { country: 'DE' },
  consentCategories: ['necessary', 'functionality', 'measurement', 'marketing'],
  scripts: [
    gtag({ id: '${GA_ID}', category: 'measurement', script: { alwaysLoad: false } }),
    posthog({ id: '${POSTHOG_KEY}', region: 'eu', loadMode: 'after-consent' }),
  ],
});

const banner = document.createElement('div');
banner.id = 'consent-banner';
banner.setAttribute('role', 'dialog');
banner.setAttribute('aria-label', 'Cookie consent');
banner.style.cssText = 'position:fixed;inset:auto 1rem 1rem;padding:1rem;background:#fff;border:1px solid #ccc';
banner.innerHTML = \`
  <p>We use cookies to improve your experience. <a href="/cookies">Cookie policy</a></p>
  <div>
    <button id="consent-accept">Accept all</button>
    <button id="consent-reject">Only necessary</button>
    <button id="consent-customize">Preferences</button>
  </div>\`;
document.body.appendChild(banner);
banner.querySelector('#consent-accept').addEventListener('click', () => consentStore.getState().saveConsents('all'));
banner.querySelector('#consent-reject').addEventListener('click', () => consentStore.getState().saveConsents('necessary'));
banner.querySelector('#consent-customize').addEventListener('click', () => consentStore.getState().setActiveUI('dialog'));

const show = (state) => { banner.style.display = state.activeUI === 'banner' ? 'block' : 'none'; };
show(consentStore.getState());
consentStore.subscribe(show);
`;

export const c15t: Contender = {
  id: 'c15t',
  label: 'c15t 2.2',
  ours: false,
  setup:
    'c15t 2.2.1 headless runtime in offline mode + @c15t/scripts 2.2.0 `gtag` and `posthog`, with the vanilla-DOM banner from c15t\'s "Building UI", bundled like our npm build',
  async prepare() {
    return {
      page: sitePage({ head: '<script type="module" src="/app.js"></script>' }),
      files: { '/app.js': js(await siteBundle(entry, root)) },
    };
  },
  banner: `document.getElementById('consent-banner')`,
  accept: (page) => page.locator('#consent-accept'),
};
