/**
 * Proof of consent end to end, in Chromium: the built drop-in with `"receipts"` in its container posts
 * each decision made in the banner or the dialog, and a real receipt service (createReceiptHandler over
 * sqliteStore on a temp file, on node:http) stores it. The site's /consent/receipts is routed to that
 * server, as a reverse proxy would; what the test reads back is what the service stored.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import {
  createReceiptHandler,
  type ReceiptStore,
  type StoredReceipt,
  sqliteStore,
} from '../../packages/server/dist/index.js';
import { ORIGIN, openSite, type Site, useBrowser, VENDOR_STAND_INS } from './harness';

const ENDPOINT = '/consent/receipts';
const container = {
  policyVersion: '2026-11-01',
  ui: { policyUrl: '/cookies', lang: 'en' },
  adapters: { 'google-analytics': { measurementId: 'G-TEST12345' } },
  receipts: { endpoint: ENDPOINT },
};
const sitePage = `<!doctype html><html lang="en"><head><meta charset="utf-8">
  <script src="/packages/browser/dist/consent.js" data-container="/consent.json" defer></script>
  </head><body><main>Pricing</main><footer><a href="/cookies" data-consent-open>Cookie settings</a></footer></body></html>`;

const browser = useBrowser();
let dir: string;
let store: ReceiptStore;
let server: Server;
let service: string;
let site: Site;
/** The POSTs the page made to the endpoint: how the browser sent each one. */
let posts: { type: string; contentType: string | undefined }[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'receipts-e2e-'));
  store = sqliteStore({ file: join(dir, 'receipts.sqlite') });
  // The pages are on https://www.conectamos.test; the proxy in front of the service keeps their Origin.
  const handler = createReceiptHandler({ store, allowedOrigins: [ORIGIN] });
  server = createServer((req, res) => handler(req, res, () => res.writeHead(404).end()));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  service = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});
afterEach(async () => {
  expect(site.unexpected, 'requests to hosts with no stand-in').toEqual([]);
  expect(site.problems, 'page errors, console errors, CSP violations').toEqual([]);
  await site.close();
});

/** Opens the site, with its receipt endpoint forwarded to the service: method, headers and body as sent. */
async function openPage(path = '/pricing'): Promise<Page> {
  posts = [];
  site = await openSite(browser(), {
    pages: {
      [path]: sitePage,
      '/consent.json': { body: JSON.stringify(container), type: 'application/json' },
    },
    vendors: VENDOR_STAND_INS,
  });
  // Registered after the site's own route, so it is asked first.
  await site.context.route(`${ORIGIN}${ENDPOINT}**`, async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    if (request.method() === 'POST')
      posts.push({ type: request.resourceType(), contentType: request.headers()['content-type'] });
    const response = await route.fetch({ url: `${service}${url.pathname}` });
    await route.fulfill({ response });
  });
  const page = await site.open(path);
  await page.locator('conectamos-consent .banner').waitFor();
  return page;
}

/** The text of the banner or the dialog as the person saw it, read from the page. */
const shownText = (page: Page, selector: '.banner' | 'dialog'): Promise<string> =>
  page.evaluate(
    (s) => document.querySelector('conectamos-consent')!.shadowRoot!.querySelector(s)!.textContent!,
    selector,
  );

/** The consent ID in the stored record. */
const storedId = (page: Page): Promise<string | undefined> =>
  page.evaluate(() => JSON.parse(localStorage.getItem('cookie_consent') ?? '{}').id);

/** The receipt stored under `id`, read back as anyone would: GET /consent/receipts/<id> on the site. */
async function receiptOf(page: Page, id: string): Promise<StoredReceipt> {
  const read = () =>
    page.evaluate(
      (url) => fetch(url).then(async (r) => (r.ok ? ((await r.json()) as StoredReceipt) : undefined)),
      `${ENDPOINT}/${id}`,
    );
  await expect.poll(read).toBeDefined();
  return (await read())!;
}

/** Runs an expression in the page, where the drop-in's instance is `ConectamosConsent`. */
const inPage = (page: Page, expression: string): Promise<unknown> => page.evaluate(expression);

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('receipts from the drop-in, stored by the receipt service', () => {
  test('a decision in the banner, then a new one in the dialog: two receipts, chained', async () => {
    const page = await openPage();
    const bannerText = await shownText(page, '.banner');
    expect(bannerText).toContain('Only necessary');
    await page.locator('conectamos-consent .banner').getByRole('button', { name: 'Accept all' }).click();
    const firstId = await storedId(page);
    expect(firstId).toMatch(/^[0-9a-f-]{36}$/);

    const first = await receiptOf(page, firstId!);
    expect(first).toMatchObject({
      id: firstId,
      previousId: null,
      action: 'accept-all',
      lang: 'en',
      path: '/pricing',
      surface: 'site',
      source: 'user',
      policyVersion: '2026-11-01',
      categories: { necessary: true, functional: false, analytics: true, marketing: false },
      optedOut: [],
      uiText: sha256(bannerText),
    });
    expect(first.decidedAt).toBe(await inPage(page, 'ConectamosConsent.state.decidedAt'));

    // Sent as a beacon, a text/plain string: no CORS preflight, and it outlives the page.
    expect(posts).toEqual([{ type: 'ping', contentType: 'text/plain;charset=UTF-8' }]);

    // The person changes their mind in the preferences dialog: only the strictly necessary.
    await page.getByRole('link', { name: 'Cookie settings' }).click();
    const dialog = page.locator('conectamos-consent dialog');
    await dialog.waitFor();
    const dialogText = await shownText(page, 'dialog');
    await dialog.getByRole('button', { name: 'Reject all' }).click();
    const secondId = await storedId(page);
    expect(secondId).not.toBe(firstId);
    const second = await receiptOf(page, secondId!);
    expect(second).toMatchObject({
      id: secondId,
      previousId: firstId,
      action: 'reject-all',
      uiText: sha256(dialogText),
      categories: { necessary: true, functional: false, analytics: false, marketing: false },
    });
  });

  test('withdrawal sends its own receipt; "Only necessary" in the banner shown again starts a new chain', async () => {
    const page = await openPage('/');
    await page.locator('conectamos-consent .banner').getByRole('button', { name: 'Accept all' }).click();
    const accepted = await storedId(page);
    await receiptOf(page, accepted!);
    // The withdrawal's ID is only in its receipt (the browser keeps nothing): find it by its previousId.
    await inPage(page, 'ConectamosConsent.reset()');
    await expect
      .poll(async () => {
        for await (const r of store.export({ since: new Date(0) }))
          if (r.previousId === accepted) return r.action;
        return undefined;
      })
      .toBe('withdraw');

    const banner = page.locator('conectamos-consent .banner');
    await banner.waitFor();
    const bannerText = await shownText(page, '.banner');
    await banner.getByRole('button', { name: 'Only necessary' }).click();
    const rejected = await storedId(page);
    expect(await receiptOf(page, rejected!)).toMatchObject({
      action: 'reject-all',
      previousId: null,
      path: '/',
      uiText: sha256(bannerText),
    });
  });
});
