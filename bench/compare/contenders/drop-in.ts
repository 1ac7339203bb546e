/**
 * Ours, the generic drop-in: the built consent.js with the container fetched as JSON, as
 * packages/browser/README.md and docs/demo/ use it. The container names the same two vendors.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { type Contender, GA_ID, js, POSTHOG_KEY, sitePage } from '../contender';

const root = join(import.meta.dirname, '../../..');

/** The container: the policy, the UI in English, Google Analytics and PostHog (both in analytics). */
export const container = {
  policyVersion: '2026-11-01',
  ui: { policyUrl: '/cookies', lang: 'en' },
  adapters: {
    'google-analytics': { measurementId: GA_ID },
    posthog: { apiKey: POSTHOG_KEY },
  },
};

/** Our banner's region inside the element's shadow root. */
export const OUR_BANNER = `document.querySelector('conectamos-consent')?.shadowRoot?.querySelector('[role=region]')`;

/** Our banner's "Accept all". */
export const acceptOurs = (page: Page) =>
  page.locator('conectamos-consent').getByRole('button', { name: 'Accept all' });

export const dropIn: Contender = {
  id: 'drop-in',
  label: 'drop-in',
  ours: true,
  setup:
    'packages/browser/dist/consent.js with `data-container="/consent.json"` (core, seven adapters, campaigns; the banner and the dialog as on-demand chunks)',
  async prepare() {
    return {
      page: sitePage({
        head: '<script src="/consent.js" data-container="/consent.json" defer></script>',
      }),
      files: {
        '/consent.js': js(readFileSync(join(root, 'packages/browser/dist/consent.js'))),
        // Its on-demand chunks, beside it: fetched only when the banner or the dialog must show.
        ...Object.fromEntries(
          Object.values(
            JSON.parse(readFileSync(join(root, 'packages/browser/dist/chunks.json'), 'utf8')),
          ).map((chunk) => {
            const { file } = chunk as { file: string };
            return [`/${file}`, js(readFileSync(join(root, 'packages/browser/dist', file)))];
          }),
        ),
        '/consent.json': { body: JSON.stringify(container), type: 'application/json' },
      },
    };
  },
  banner: OUR_BANNER,
  accept: acceptOurs,
};
