import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import {
  dropInStarted,
  NONCE,
  openSite,
  ROOT,
  type Served,
  type Site,
  useBrowser,
  VENDOR_STAND_INS,
} from './harness';

/**
 * The drop-in's banner and dialog are a chunk of their own, fetched only when something must be shown:
 * a returning visitor downloads and runs no UI code; a first visit asks for it at once.
 */
const chunks = JSON.parse(readFileSync(join(ROOT, 'packages/browser/dist/chunks.json'), 'utf8')) as {
  ui: { file: string };
};
const UI_CHUNK = `/packages/browser/dist/${chunks.ui.file}`;

const container = {
  policyVersion: '2026-11-01',
  ui: { policyUrl: '/cookies', lang: 'en' },
  adapters: { 'google-analytics': { measurementId: 'G-TEST12345' } },
};
const decided = JSON.stringify({
  schema: 1,
  policyVersion: '2026-11-01',
  decidedAt: new Date(Date.now() - 864e5).toISOString(),
  expiresAt: new Date(Date.now() + 300 * 864e5).toISOString(),
  categories: { necessary: true, functional: false, analytics: true, marketing: false },
  optedOut: [],
});
const page = (attributes = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8">
  <script src="/packages/browser/dist/consent.js" data-container="/consent.json" ${attributes} defer></script>
  </head><body><a href="/cookies" data-consent-open>Cookie settings</a></body></html>`;

const browser = useBrowser();
let site: Site;
afterEach(async () => {
  expect(site.unexpected, 'requests to hosts with no stand-in').toEqual([]);
  await site?.close();
});

const uiRequests = () => site.requests.filter((r) => r.url.endsWith(UI_CHUNK));

/** Opens the page for a returning visitor: the decision is in localStorage before anything runs. */
async function returning(extra: Record<string, string | Served> = {}) {
  site = await openSite(browser(), {
    pages: {
      '/': page(),
      '/consent.json': { body: JSON.stringify(container), type: 'application/json' },
      ...extra,
    },
    vendors: VENDOR_STAND_INS,
  });
  await site.context.addInitScript((record) => localStorage.setItem('cookie_consent', record), decided);
  const p = await site.open('/');
  await dropInStarted(p);
  return p;
}

describe('the UI on demand', () => {
  test('a returning visitor downloads and runs no UI code, and the vendors they allowed load', async () => {
    const p = await returning();
    await expect.poll(() => site.vendorRequests().some((u) => u.includes('/gtag/js'))).toBe(true);
    await p.waitForTimeout(300);
    expect(uiRequests()).toEqual([]);
    expect(await p.locator('conectamos-consent').count()).toBe(0);
  });

  test('"Cookie settings" on a returning visit fetches the UI then and opens the dialog', async () => {
    const p = await returning();
    await p.click('a[data-consent-open]');
    await expect.poll(() => p.locator('conectamos-consent').getByRole('dialog').isVisible()).toBe(true);
    expect(uiRequests()).toHaveLength(1);
    // The banner stays hidden: the decision stands.
    expect(await p.locator('conectamos-consent').getByRole('region').isVisible()).toBe(false);
  });

  test('a first visit asks for the UI while the container is still on its way', async () => {
    let uiAsked!: () => void;
    const asked = new Promise<void>((resolve) => {
      uiAsked = resolve;
    });
    site = await openSite(browser(), {
      pages: { '/': page() },
      vendors: VENDOR_STAND_INS,
    });
    // The container is held back until the UI chunk has been requested: a drop-in that fetched the UI only
    // after the container would never get its container, and this test would time out.
    await site.context.route('**/consent.json', async (route) => {
      await asked;
      await route.fulfill({ body: JSON.stringify(container), contentType: 'application/json' });
    });
    site.context.on('request', (request) => {
      if (request.url().endsWith(UI_CHUNK)) uiAsked();
    });
    const p = await site.open('/');
    await expect.poll(() => p.locator('conectamos-consent').getByRole('region').isVisible()).toBe(true);
    expect(site.vendorRequests()).toEqual([]);
    expect(uiRequests()).toHaveLength(1);
  });

  test('a UI chunk that changed is refused by its integrity: no banner code runs, the page goes on', async () => {
    site = await openSite(browser(), {
      pages: {
        '/': page(),
        '/consent.json': { body: JSON.stringify(container), type: 'application/json' },
        [UI_CHUNK]: { body: 'window.__tampered = true;', type: 'text/javascript' },
      },
      vendors: VENDOR_STAND_INS,
    });
    const p = await site.open('/');
    await dropInStarted(p);
    await expect.poll(() => site.problems.some((m) => /integrity|could not load/i.test(m))).toBe(true);
    expect(await p.evaluate(() => (window as { __tampered?: boolean }).__tampered)).toBeUndefined();
    expect(site.problems.filter((m) => m.startsWith('pageerror'))).toEqual([]);
  });

  test('under a nonce CSP with Trusted Types, the chunk loads with the nonce and through the policy', async () => {
    site = await openSite(browser(), {
      pages: {
        '/': page(`nonce="${NONCE}"`),
        '/consent.json': { body: JSON.stringify(container), type: 'application/json' },
      },
      vendors: VENDOR_STAND_INS,
      pageHeaders: {
        'content-security-policy': `script-src 'nonce-${NONCE}' 'strict-dynamic'; require-trusted-types-for 'script'; trusted-types conectamos-consent`,
      },
    });
    const p = await site.open('/');
    await expect.poll(() => p.locator('conectamos-consent').getByRole('region').isVisible()).toBe(true);
    expect(site.problems.filter((m) => m.startsWith('csp') || m.startsWith('pageerror'))).toEqual([]);
  });
});
