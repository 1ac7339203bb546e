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
 * The drop-in's banner and its preferences dialog are chunks of their own, fetched only when something must
 * be shown: a returning visitor downloads and runs no UI code; a first visit asks for the banner at once,
 * and for the dialog only when it is first opened.
 */
const chunks = JSON.parse(readFileSync(join(ROOT, 'packages/browser/dist/chunks.json'), 'utf8')) as {
  ui: { file: string };
  dialog: { file: string };
};
const UI_CHUNK = `/packages/browser/dist/${chunks.ui.file}`;
const DIALOG_CHUNK = `/packages/browser/dist/${chunks.dialog.file}`;

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
const dialogRequests = () => site.requests.filter((r) => r.url.endsWith(DIALOG_CHUNK));

/** Opens the page for a first visit, the container served as a file. */
async function firstVisit(pages: Record<string, string | Served> = {}, attributes = '') {
  site = await openSite(browser(), {
    pages: {
      '/': page(attributes),
      '/consent.json': { body: JSON.stringify(container), type: 'application/json' },
      ...pages,
    },
    vendors: VENDOR_STAND_INS,
  });
  return site.open('/');
}

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
    expect(dialogRequests()).toEqual([]);
    expect(await p.locator('conectamos-consent').count()).toBe(0);
  });

  test('"Cookie settings" on a returning visit fetches the banner and dialog chunks together and opens the dialog', async () => {
    const p = await returning();
    // The banner's chunk is held back until the dialog's has been asked for: a drop-in that asked for the
    // dialog only once the banner's chunk had run would never open it, and this test would time out.
    let dialogRequested!: () => void;
    const dialogAsked = new Promise<void>((resolve) => {
      dialogRequested = resolve;
    });
    site.context.on('request', (request) => {
      if (request.url().endsWith(DIALOG_CHUNK)) dialogRequested();
    });
    await site.context.route(`**${UI_CHUNK}`, async (route) => {
      await dialogAsked;
      await route.fallback();
    });
    await p.click('a[data-consent-open]');
    await expect.poll(() => p.locator('conectamos-consent').getByRole('dialog').isVisible()).toBe(true);
    expect(uiRequests()).toHaveLength(1);
    expect(dialogRequests()).toHaveLength(1);
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

  test('a first visit does not download the dialog; "Preferences" does, once, and opens it', async () => {
    const p = await firstVisit();
    const banner = p.locator('conectamos-consent').getByRole('region');
    await expect.poll(() => banner.isVisible()).toBe(true);
    await p.waitForTimeout(300);
    expect(dialogRequests()).toEqual([]);
    await banner.getByRole('button', { name: 'Preferences' }).click();
    const dialog = p.locator('conectamos-consent').getByRole('dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.getByRole('switch', { name: 'Analytics' }).isVisible()).toBe(true);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await banner.getByRole('button', { name: 'Preferences' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(dialogRequests()).toHaveLength(1);
    expect(site.vendorRequests()).toEqual([]);
  });

  test('a dialog chunk that changed is refused by its integrity: the banner still decides', async () => {
    const p = await firstVisit({
      [DIALOG_CHUNK]: { body: 'window.__tampered = true;', type: 'text/javascript' },
    });
    const banner = p.locator('conectamos-consent').getByRole('region');
    await expect.poll(() => banner.isVisible()).toBe(true);
    await banner.getByRole('button', { name: 'Preferences' }).click();
    await expect.poll(() => site.problems.some((m) => /integrity|could not load/i.test(m))).toBe(true);
    expect(await p.evaluate(() => (window as { __tampered?: boolean }).__tampered)).toBeUndefined();
    expect(await p.locator('conectamos-consent').getByRole('dialog').count()).toBe(0);
    await banner.getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => site.vendorRequests().some((u) => u.includes('/gtag/js'))).toBe(true);
    expect(site.problems.filter((m) => m.startsWith('pageerror'))).toEqual([]);
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

  test('under a nonce CSP with Trusted Types, the chunks load with the nonce and through the policy', async () => {
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
    const banner = p.locator('conectamos-consent').getByRole('region');
    await expect.poll(() => banner.isVisible()).toBe(true);
    await banner.getByRole('button', { name: 'Preferences' }).click();
    await expect.poll(() => p.locator('conectamos-consent').getByRole('dialog').isVisible()).toBe(true);
    expect(site.problems.filter((m) => m.startsWith('csp') || m.startsWith('pageerror'))).toEqual([]);
  });
});
