import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import { dropInStarted, openSite, ROOT, SHOTS, type Site, useBrowser, VENDOR_STAND_INS } from './harness';

/**
 * Debug mode on any page: `?consent_debug=1` loads the debug chunk and shows what runs and why; without it
 * not a byte of the chunk is requested.
 */
const chunks = JSON.parse(readFileSync(join(ROOT, 'packages/browser/dist/chunks.json'), 'utf8')) as {
  debug: { file: string };
};
const DEBUG_CHUNK = `/packages/browser/dist/${chunks.debug.file}`;

const container = {
  policyVersion: '2026-11-01',
  ui: { policyUrl: '/cookies', lang: 'en' },
  adapters: {
    'google-analytics': { measurementId: 'G-TEST12345' },
    'linkedin-insight': { partnerId: '123456' },
  },
  events: ['webinar_registered', 'purchase'],
  campaigns: [
    {
      id: 'webinar',
      adapter: 'linkedin-insight',
      on: { event: 'webinar_registered' },
      send: { conversionId: 987654 },
    },
    {
      id: 'pricing-visit',
      adapter: 'linkedin-insight',
      on: { pageview: '/pricing' },
      send: { conversionId: 111111 },
    },
    {
      id: 'order-value',
      adapter: 'linkedin-insight',
      on: { event: 'purchase' },
      send: { conversionId: '{{order}}' },
    },
    {
      id: 'spring',
      adapter: 'linkedin-insight',
      on: { event: 'webinar_registered' },
      send: { conversionId: 222222 },
      end: '2020-04-30',
    },
  ],
};
const page = `<!doctype html><html lang="en"><head><meta charset="utf-8">
  <script src="/packages/browser/dist/consent.js" data-container="/consent.json" defer></script>
  </head><body><h1>Home</h1></body></html>`;

const browser = useBrowser();
let site: Site;
afterEach(async () => {
  expect(site.unexpected, 'requests to hosts with no stand-in').toEqual([]);
  expect(
    site.problems.filter((p) => p.startsWith('pageerror')),
    'page errors',
  ).toEqual([]);
  await site?.close();
});

async function open(path: string): Promise<Page> {
  site = await openSite(browser(), {
    pages: { '/': page, '/consent.json': { body: JSON.stringify(container), type: 'application/json' } },
    vendors: VENDOR_STAND_INS,
  });
  const p = await site.open(path);
  await dropInStarted(p);
  return p;
}
const panel = (p: Page) => p.locator('conectamos-consent-debug');
const rowOf = (p: Page, label: string) => panel(p).locator('.row', { hasText: label }).first();

describe('debug mode', () => {
  test('off: the debug chunk is never requested', async () => {
    const p = await open('/');
    await p.waitForTimeout(300);
    expect(site.requests.filter((r) => r.url.endsWith(DEBUG_CHUNK))).toEqual([]);
    expect(await panel(p).count()).toBe(0);
  });

  test('?consent_debug=1: the state, each vendor and campaign with the reason, events and cookies, live', async () => {
    const p = await open('/?consent_debug=1');
    await expect.poll(() => panel(p).isVisible()).toBe(true);
    expect(await rowOf(p, 'decided').textContent()).toContain('no: the banner asks');
    expect(await rowOf(p, 'Google Analytics').textContent()).toContain('blocked: analytics is not granted');
    expect(await rowOf(p, 'webinar').textContent()).toContain('not fired: no consent');
    expect(await rowOf(p, 'spring').textContent()).toContain('not fired: ended 2020-04-30');

    await p.evaluate(() => {
      const consent = (
        window as unknown as {
          ConectamosConsent: { acceptAll(): void; track(e: string, props?: Record<string, unknown>): void };
        }
      ).ConectamosConsent;
      consent.acceptAll();
      consent.track('webinar_registered');
      // biome-ignore lint/suspicious/noDocumentCookie: a cookie no vendor declared, as a stray tag would set.
      document.cookie = 'mystery_tracker=1; path=/';
      consent.track('nothing_listens');
      // LinkedIn takes digits only: this conversion is matched, refused before LinkedIn hears of it.
      consent.track('purchase', { order: 'abc' });
    });
    await expect.poll(() => rowOf(p, 'Google Analytics').textContent()).toContain('running');
    await expect.poll(() => rowOf(p, 'webinar').textContent()).toContain('fired once');
    expect(await rowOf(p, 'pricing-visit').textContent()).toContain('no match (this page is /');
    expect(await rowOf(p, 'mystery_tracker').textContent()).toContain('not declared by anyone');
    expect(await rowOf(p, 'consent_debug').textContent()).toContain('declared by debug mode');
    // A refused send is the campaign's problem, said on its row; its vendor still runs.
    await expect
      .poll(() => rowOf(p, 'order-value').textContent())
      .toContain('matched but not sent: linkedinInsight');
    expect(await rowOf(p, 'LinkedIn').textContent()).toContain('running');
    // An event the container's "events" does not list is flagged; a listed one is not.
    expect(await rowOf(p, 'nothing_listens').textContent()).toContain('not in the container\'s "events"');
    expect(await rowOf(p, 'webinar_registered').textContent()).not.toContain('not in the container');
    expect(await panel(p).locator('.row', { hasText: 'googletagmanager.com/gtag/js' }).count()).toBe(1);
    await p.screenshot({ path: join(SHOTS, 'debug-view.png') });
    await panel(p).locator('h2', { hasText: 'Campaigns' }).scrollIntoViewIfNeeded();
    await p.screenshot({ path: join(SHOTS, 'debug-view-campaigns.png') });

    // Remembered for the tab: the next page has it without the parameter; turning it off forgets it.
    await p.goto(`${p.url().split('?')[0]}`);
    await expect.poll(() => panel(p).isVisible()).toBe(true);
    await panel(p).getByRole('button', { name: 'Turn debug mode off' }).click();
    await p.reload();
    await p.waitForTimeout(300);
    expect(await panel(p).count()).toBe(0);
  });
});
