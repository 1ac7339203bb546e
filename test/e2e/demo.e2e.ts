import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, ROOT } from './harness';

/** The demo as `npm run demo` serves it (built packages already in place), on a free loopback port. */
let server: ChildProcess;
let origin: string;
let browser: Browser;
beforeAll(async () => {
  server = spawn(process.execPath, [join(ROOT, 'scripts/demo-server.mjs')], {
    env: { ...process.env, PORT: '0' },
  });
  origin = await new Promise<string>((resolve, reject) => {
    server.stdout!.on('data', (chunk: Buffer) => {
      const match = /http:\/\/127\.0\.0\.1:\d+/.exec(String(chunk));
      if (match) resolve(match[0]);
    });
    server.on('exit', () => reject(new Error('demo server exited')));
  });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  server?.kill();
});

async function offlinePage() {
  const context = await browser.newContext();
  const outside: string[] = [];
  // No internet here: vendor hosts are refused at once, as a closed network does.
  await context.route(/^https:\/\//, (route) => {
    outside.push(route.request().url());
    return route.abort('internetdisconnected');
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page, outside, errors };
}

test('the demo site runs on the drop-in offline: banner, campaigns, platform surface, vendor failures reported', async () => {
  const { context, page, outside, errors } = await offlinePage();
  await page.goto(`${origin}/`);
  const ui = page.locator('conectamos-consent');
  await expect.poll(() => ui.getByRole('region').isVisible()).toBe(true);
  expect(outside).toEqual([]);
  await ui.getByRole('button', { name: 'Accept all' }).click();
  const inspector = page.locator('.inspector');
  await expect
    .poll(() => inspector.textContent())
    .toContain('failed (offline or blocked): https://www.googletagmanager.com/gtag/js');
  await page.getByRole('button', { name: 'Register for the webinar' }).click();
  await expect
    .poll(() => inspector.textContent())
    .toContain('autumn-webinar → linkedin-insight (webinar_registered on /)');
  expect(await inspector.textContent()).not.toContain('spring-webinar');

  await page.goto(`${origin}/pricing`);
  await expect
    .poll(() => page.locator('.inspector').textContent())
    .toContain('pricing-visit → google-ads (pricing_visit on /pricing)');

  const before = outside.length;
  await page.goto(`${origin}/app/`);
  await expect.poll(() => page.locator('.inspector').textContent()).toContain('Consent state');
  await new Promise((r) => setTimeout(r, 300));
  expect(
    outside.slice(before).filter((u) => /licdn|hs-scripts|googleadservices|doubleclick/.test(u)),
  ).toEqual([]);

  await page.goto(`${origin}/checkout`);
  await page.getByRole('button', { name: 'Pay with Stripe' }).click();
  await expect.poll(() => page.locator('#pay-status').textContent()).toMatch(/Stripe could not load/);
  expect(outside.some((u) => u.startsWith('https://js.stripe.com/'))).toBe(true);
  expect(errors).toEqual([]);
  await context.close();
});

test('the ESM playground works offline: the local vendor runs its whole cycle', async () => {
  const { context, page, outside, errors } = await offlinePage();
  await page.goto(`${origin}/playground`);
  const ui = page.locator('conectamos-consent');
  await expect.poll(() => ui.getByRole('region').isVisible()).toBe(true);
  expect(outside).toEqual([]);
  await ui.getByRole('button', { name: 'Accept all' }).click();
  await expect.poll(() => page.evaluate(() => document.cookie)).toMatch(/_la_id=/);
  await page.getByRole('button', { name: 'rejectAll()' }).click();
  expect(await page.evaluate(() => document.cookie)).not.toMatch(/_la_id=/);
  expect(errors).toEqual([]);
  await context.close();
});
