/**
 * examples/vite-react as a user builds it: installed from the packed tarballs outside the workspace,
 * type-checked, built with Vite, then served (every file from memory, every route answered with
 * index.html) and driven in Chromium, with every vendor host answered by its stand-in.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openSite, type Site, VENDOR_STAND_INS } from '../e2e/harness';
import { staticSite, useExample } from './harness';

const POSTHOG_KEY = 'phc_exampleExampleExample0123456789';
const GTAG = 'https://www.googletagmanager.com/gtag/js';
const POSTHOG = 'https://eu-assets.i.posthog.com/static/array.js';
const STRIPE = 'https://js.stripe.com/';
const INTERCOM = 'https://widget.intercom.io/widget/abc12345';
const YOUTUBE = 'https://www.youtube.com/iframe_api';

const { app, browser } = useExample('vite-react');

/** A new visitor's browser on the built app. */
const visit = (): Promise<Site> =>
  openSite(browser(), {
    pages: staticSite(join(app().dir, 'dist'), ['/', '/pricing', '/checkout']),
    // The app's own YouTube adapter: an empty script stands in for the player API.
    vendors: { ...VENDOR_STAND_INS, [YOUTUBE]: '' },
  });

const requested = (site: Site, prefix: string) => site.vendorRequests().filter((u) => u.startsWith(prefix));

/** The GA page views the stand-in sent, by path. */
const gaPageViews = (site: Site) =>
  requested(site, 'https://region1.google-analytics.com/g/collect')
    .map((u) => new URL(u).searchParams)
    .filter((q) => q.get('en') === 'page_view')
    .map((q) => new URL(q.get('dl')!).pathname);

const go = async (page: Page, link: string, heading: string) => {
  await page.getByRole('link', { name: link }).click();
  await page.getByRole('heading', { name: heading }).waitFor();
};

test('type-checks (tsc --noEmit) and builds (vite build) from the tarballs', async () => {
  await app().bin('tsc', ['--noEmit', '-p', '.']);
  const output = await app().bin('vite', ['build']);
  expect(output).toMatch(/built in/);
});

test('before a decision, no vendor is asked for anything; Stripe loads at /checkout only', async () => {
  const site = await visit();
  const page = await site.open('/');
  await page.getByRole('button', { name: 'Accept all' }).waitFor();
  await go(page, 'Pricing', 'Pricing');
  expect(site.vendorRequests()).toEqual([]);
  await go(page, 'Checkout', 'Checkout');
  await page.getByText('Payment form ready.').waitFor();
  expect(site.vendorRequests().every((u) => /^https:\/\/(js|m)\.stripe\.com\//.test(u))).toBe(true);
  expect(requested(site, STRIPE)).toHaveLength(1);
  expect(site.unexpected).toEqual([]);
  expect(site.problems).toEqual([]);
  await site.close();
});

describe('a visitor who accepts', () => {
  let site: Site;
  let page: Page;
  beforeAll(async () => {
    site = await visit();
    page = await site.open('/');
  });
  afterAll(() => site.close());

  test('"Accept all" loads Google Analytics, PostHog, Intercom and YouTube; Stripe waits for the checkout', async () => {
    await page.getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => requested(site, GTAG).length).toBe(1);
    await expect.poll(() => requested(site, POSTHOG).length).toBe(1);
    await page.getByText('Your choice: analytics on, functional on.').waitFor();
    // The functional vendors run too (functional was accepted); Stripe stays off until checkout.
    await expect.poll(() => requested(site, INTERCOM).length).toBe(1);
    await expect.poll(() => requested(site, YOUTUBE).length).toBe(1);
    await page.getByText('The product video player loads here.').waitFor();
    expect(requested(site, STRIPE)).toEqual([]);
  });

  test('each route change sends one page view', async () => {
    await expect.poll(() => gaPageViews(site)).toEqual(['/']);
    await go(page, 'Pricing', 'Pricing');
    await expect.poll(() => gaPageViews(site)).toEqual(['/', '/pricing']);
    await go(page, 'Home', 'Conectamos');
    await expect.poll(() => gaPageViews(site)).toEqual(['/', '/pricing', '/']);
  });

  test('"Stop PostHog" opts PostHog out and deletes its cookies; Google Analytics keeps running', async () => {
    const cookieNames = async () => (await site.context.cookies()).map((c) => c.name);
    expect(await cookieNames()).toEqual(expect.arrayContaining([`ph_${POSTHOG_KEY}_posthog`, '_ga']));
    await page.getByRole('button', { name: 'Stop PostHog' }).click();
    await page.getByRole('button', { name: 'PostHog is off' }).waitFor();
    const calls = await page.evaluate(() =>
      (window as unknown as { __standIn: { posthog: { calls: unknown[][] } } }).__standIn.posthog.calls.map(
        (c) => c[0],
      ),
    );
    expect(calls).toContain('opt_out_capturing');
    expect(await cookieNames()).not.toContain(`ph_${POSTHOG_KEY}_posthog`);
    expect(await cookieNames()).toContain('_ga');
    await go(page, 'Pricing', 'Pricing');
    await expect.poll(() => gaPageViews(site).at(-1)).toBe('/pricing');
    expect(site.problems).toEqual([]);
  });
});

test('the chat placeholder’s "Enable chat" loads Intercom and nothing else, not even YouTube (functional too)', async () => {
  const site = await visit();
  const page = await site.open('/');
  await page.getByRole('button', { name: 'Enable chat' }).click();
  await page.getByText('Chat is on').waitFor();
  await expect.poll(() => requested(site, INTERCOM).length).toBe(1);
  await page.getByText('Your choice: analytics off, functional on.').waitFor();
  // The banner is gone: enabling chat was a decision, for chat only.
  await expect.poll(() => page.getByRole('button', { name: 'Accept all' }).count()).toBe(0);
  expect(requested(site, GTAG)).toEqual([]);
  expect(requested(site, POSTHOG)).toEqual([]);
  expect(requested(site, YOUTUBE)).toEqual([]);
  await page.getByText('The product video needs functional cookies.').waitFor();
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('cookie_consent')!));
  expect(stored.categories).toMatchObject({ functional: true, analytics: false, marketing: false });
  expect(stored.optedOut).toEqual(['youtube']);
  expect(site.problems).toEqual([]);
  await site.close();
});
