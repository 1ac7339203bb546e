/**
 * PostHog for real: the published posthog-js `array.js` (node_modules, the file PostHog's CDN serves)
 * runs in Chromium behind the adapter. PostHog's hosts are answered here: the assets host serves
 * array.js, the remote config and any extension from the same package; the ingestion host answers
 * 200 JSON and every event batch is decoded (PostHog gzips or base64-encodes it) so the test can
 * name the events that arrived.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Page, Request, Route } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import { openSite, page, ROOT, ready, type Served, type Site, useBrowser } from './harness';

const KEY = 'phc_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8s9T0u1v';
const ASSETS = 'https://eu-assets.i.posthog.com';
const API = 'https://eu.i.posthog.com';
const DIST = join(ROOT, 'node_modules/posthog-js/dist');
const COOKIE = `ph_${KEY}_posthog`;
const FLAG = `__ph_opt_in_out_${KEY}`;

// What PostHog's /array/<token>/config serves, trimmed to what this test needs: no replay, surveys or flags.
const REMOTE_CONFIG = {
  token: KEY,
  supportedCompression: ['gzip', 'gzip-js'],
  hasFeatureFlags: false,
  autocapture_opt_out: true,
  autocaptureExceptions: false,
  captureDeadClicks: false,
  capturePerformance: false,
  heatmaps: false,
  surveys: false,
  sessionRecording: false,
  defaultIdentifiedOnly: true,
};

interface Batch {
  url: string;
  events: { event: string; properties?: Record<string, unknown> }[];
}

/** An ingestion body as PostHog sends it: gzip (`compression=gzip-js`), base64 form data, or plain JSON. */
function decode(url: URL, body: Buffer | null): Batch['events'] {
  if (!body?.length) return [];
  let text: string;
  if (body[0] === 0x1f && body[1] === 0x8b) text = gunzipSync(body).toString();
  else if (url.searchParams.get('compression') === 'base64' || body.toString().startsWith('data='))
    text = Buffer.from(new URLSearchParams(body.toString()).get('data') ?? '', 'base64').toString();
  else text = body.toString();
  const data = JSON.parse(text) as Batch['events'] | { batch?: Batch['events'] } | Batch['events'][number];
  return Array.isArray(data)
    ? data
    : 'batch' in data && data.batch
      ? data.batch
      : [data as Batch['events'][number]];
}

const sitePage = page(`
  import { createConsent } from '@conectamos/consent';
  import { posthog } from '@conectamos/consent-posthog';
  window.consent = createConsent({
    policyVersion: '2026-11-01',
    adapters: [posthog({ apiKey: ${JSON.stringify(KEY)} })],
    cookieDomain: 'conectamos.test',
  });
  window.__ready = true;
`);

type Win = {
  consent: { grant(c: string): void; deny(c: string): void; track(e: string, p?: object): void };
  posthog: { capture(e: string): void; register(p: object): void; __loaded?: boolean };
};

const browser = useBrowser();
let site: Site;
let batches: Batch[];

const ingestion = (url: URL, route: Route): Served => {
  if (url.pathname.startsWith('/flags'))
    return {
      body: JSON.stringify({ flags: {}, featureFlags: {}, errorsWhileComputingFlags: false }),
      type: 'application/json',
    };
  batches.push({ url: url.href, events: decode(url, route.request().postDataBuffer()) });
  return { body: '{"status":1}', type: 'application/json' };
};

const assets = (url: URL): Served => {
  if (url.pathname === `/array/${KEY}/config`)
    return { body: JSON.stringify(REMOTE_CONFIG), type: 'application/json' };
  if (url.pathname === `/array/${KEY}/config.js`)
    return {
      body: `(window._POSTHOG_REMOTE_CONFIG = window._POSTHOG_REMOTE_CONFIG || {})[${JSON.stringify(KEY)}] = { config: ${JSON.stringify(REMOTE_CONFIG)}, siteApps: [] };`,
    };
  // array.js and any lazily loaded extension (`/static/<kind>.js`) come from the same published package.
  const file = /^\/static\/(?:[\d.]+\/)?([\w.-]+\.js)$/.exec(url.pathname)?.[1];
  if (file && existsSync(join(DIST, file))) return { body: readFileSync(join(DIST, file)) };
  return { status: 404, body: 'not found', type: 'text/plain' };
};

const events = () => batches.flatMap((b) => b.events.map((e) => e.event));
const eventsIn = (url: string, body: Buffer | null): Batch['events'] => {
  try {
    return decode(new URL(url), body);
  } catch {
    return [];
  }
};
/** Resolves once ingestion answered a request carrying the event (so `batches` holds it), with the event. */
const arrival = (p: Page, name: string) =>
  p
    .waitForResponse(
      (r) => r.url().startsWith(`${API}/`) && eventsOf(r.request()).some((e) => e.event === name),
    )
    .then((r) => eventsOf(r.request()).find((e) => e.event === name));
const eventsOf = (r: Request) => eventsIn(r.url(), r.postDataBuffer());

afterEach(async () => {
  await site?.close();
});

async function open(): Promise<Page> {
  batches = [];
  site = await openSite(browser(), {
    pages: { '/': sitePage },
    vendors: { [`${ASSETS}/`]: assets, [`${API}/`]: ingestion },
  });
  // PostHog drops events from headless browsers as bots; this one stands for a visitor's Chrome.
  await site.context.addInitScript(() => {
    const ua = navigator.userAgent.replace('HeadlessChrome', 'Chrome');
    Object.defineProperty(Navigator.prototype, 'userAgent', { get: () => ua });
    Object.defineProperty(Navigator.prototype, 'webdriver', { get: () => false });
  });
  // Time flows, but the test can skip PostHog's 3 s batch interval instead of waiting it out.
  await site.context.clock.install();
  const p = await site.open('/');
  await ready(p);
  return p;
}

/** PostHog sends queued events in batches every 3 s: jump there. */
const flush = (p: Page) => p.clock.fastForward(3_000);

const hostsAsked = () => [...new Set(site.vendorRequests().map((u) => new URL(u).host))].sort();

describe('PostHog (the real array.js) behind the adapter, in Chromium', () => {
  test('nothing is asked of PostHog before consent', async () => {
    const p = await open();
    await p.waitForLoadState('networkidle');
    expect(site.vendorRequests()).toEqual([]);
    expect(await p.evaluate(() => 'posthog' in window)).toBe(false);
    expect(await site.context.cookies()).toEqual([]);
  });

  test('grant loads array.js from the EU, events reach EU ingestion only; deny stops them and cleans up', async () => {
    const p = await open();
    const script = p.waitForRequest(`${ASSETS}/static/array.js`);
    const pageview = arrival(p, '$pageview');
    await p.evaluate(() => (window as never as Win).consent.grant('analytics'));
    await script;
    await pageview;
    expect(await p.evaluate(() => (window as never as Win).posthog.__loaded)).toBe(true);

    const signup = arrival(p, 'signup_completed');
    await p.evaluate(() => (window as never as Win).consent.track('signup_completed', { plan: 'pro' }));
    await flush(p);
    expect((await signup)?.properties).toMatchObject({ plan: 'pro', token: KEY });

    // capture_pageview 'history_change': an SPA navigation is a page view, with no consent.page() call.
    const spa = p.waitForResponse(
      (r) =>
        r.url().startsWith(`${API}/`) &&
        eventsOf(r.request()).some(
          (e) => e.event === '$pageview' && String(e.properties?.$current_url).endsWith('/pricing'),
        ),
    );
    await p.evaluate(() => history.pushState({}, '', '/pricing'));
    await flush(p);
    await spa;

    const cookies = await site.context.cookies();
    expect(cookies.find((c) => c.name === COOKIE)?.domain).toBe('.conectamos.test');

    await p.evaluate(() => (window as never as Win).consent.deny('analytics'));
    expect((await site.context.cookies()).map((c) => c.name)).toEqual([]);
    const storage = await p.evaluate(() => ({ ...localStorage }));
    expect(Object.keys(storage).filter((k) => k.includes(KEY))).toEqual([FLAG]);
    expect(storage[FLAG]).toBe('0');

    // Opted out, the loaded SDK drops direct captures and SPA page views; consent.track no longer reaches it.
    const before = events().length;
    expect(events()).toEqual(expect.arrayContaining(['$opt_in', '$pageview', 'signup_completed']));
    await p.evaluate(() => {
      const w = window as never as Win;
      w.posthog.capture('captured_after_deny');
      // App code that sets properties without asking about consent must not bring the storage back.
      w.posthog.register({ plan: 'pro' });
      history.pushState({}, '', '/after-deny');
      w.consent.track('tracked_after_deny');
    });
    await flush(p);
    // The SDK is still loaded, but writes nothing back: only the opt-out flag remains.
    expect(await site.context.cookies()).toEqual([]);
    expect(await p.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('ph_')))).toEqual([
      FLAG,
    ]);
    expect(await p.evaluate(() => Object.keys(sessionStorage).filter((k) => k.includes('ph_')))).toEqual([]);

    // Granting again is the barrier: what was captured while denied would be flushed before this.
    const back = arrival(p, 'tracked_after_regrant');
    await p.evaluate(() => {
      const w = window as never as Win;
      w.consent.grant('analytics');
      w.consent.track('tracked_after_regrant');
    });
    await flush(p);
    await back;
    // Nothing captured while denied, not even the /after-deny page view; PostHog's own $opt_in marks the re-grant.
    expect(events().slice(before)).toEqual(['$opt_in', 'tracked_after_regrant']);
    expect(await p.evaluate((flag) => localStorage.getItem(flag), FLAG)).toBe('1');

    expect(hostsAsked()).toEqual(['eu-assets.i.posthog.com', 'eu.i.posthog.com']);
    expect(batches.every((b) => b.url.startsWith(`${API}/`))).toBe(true);
    expect(site.unexpected).toEqual([]);
    expect(site.problems).toEqual([]);
  });
});
