import { afterEach, describe, expect, test } from 'vitest';
import { NONCE, openSite, page, ready, type Site, useBrowser } from './harness';

/**
 * A small vendor written against the public adapter contract. Its stand-in script does what
 * trackers do: sets a cookie on the parent domain and one on the host, and sends a hit.
 */
const VENDOR_JS = `
  window.__tvRuns = (window.__tvRuns || 0) + 1;
  document.cookie = '_tv=1; path=/; domain=conectamos.test; max-age=3600';
  document.cookie = '_tv_sess=1; path=/; max-age=3600';
  window.tv = function (cmd) { window.__tvLast = cmd; };
  fetch('https://collect.testvendor.example/hit?n=' + window.__tvRuns, { method: 'POST', mode: 'no-cors', body: 'x' });
`;

const sitePage = ({ nonce = true }: { nonce?: boolean } = {}) =>
  page(
    `
    import { createConsent } from '@conectamos/consent';
    const testVendor = {
      id: 'test-vendor',
      vendor: 'Test Vendor',
      category: 'analytics',
      cookies: [
        { name: '_tv', purpose: 'visitor id', duration: '1 year', provider: 'Test Vendor' },
        { name: /^_tv_/, label: '_tv_*', purpose: 'session', duration: '30 minutes', provider: 'Test Vendor' },
      ],
      load: (ctx) => ctx.loadScript('https://cdn.testvendor.example/tv.js'),
      optOut: () => window.tv && window.tv('optout'),
    };
    window.consent = createConsent({
      policyVersion: '2026-11-01',
      adapters: [testVendor],
      cookieDomain: 'conectamos.test',
      ${nonce ? `nonce: ${JSON.stringify(NONCE)},` : ''}
    });
    window.__ready = true;
  `,
    { nonce: NONCE },
  );

const vendors = {
  'https://cdn.testvendor.example/tv.js': VENDOR_JS,
  'https://collect.testvendor.example/': { body: '', type: 'text/plain' },
};

const tagRequests = (site: Site) =>
  site.vendorRequests().filter((u) => u === 'https://cdn.testvendor.example/tv.js');
const hits = (site: Site) =>
  site.vendorRequests().filter((u) => u.startsWith('https://collect.testvendor.example/'));
const idle = (ms = 300) => new Promise((r) => setTimeout(r, ms));

const browser = useBrowser();
let site: Site;
afterEach(async () => {
  await site?.close();
});

describe('in Chromium, with a custom adapter', () => {
  test('no request goes to the vendor before a decision', async () => {
    site = await openSite(browser(), { pages: { '/': sitePage() }, vendors });
    const p = await site.open('/');
    await ready(p);
    await idle();
    expect(site.vendorRequests()).toEqual([]);
    expect(site.unexpected).toEqual([]);
    expect(await p.evaluate(() => document.querySelectorAll('script[src]').length)).toBe(0);
    expect(site.problems).toEqual([]);
  });

  test('grant injects the script once, however often it is granted', async () => {
    site = await openSite(browser(), { pages: { '/': sitePage() }, vendors });
    const p = await site.open('/');
    await ready(p);
    await p.evaluate(() => {
      const c = (window as never as { consent: { grant(x: string): void; acceptAll(): void } }).consent;
      c.grant('analytics');
      c.grant('analytics');
      c.acceptAll();
    });
    await p.waitForFunction(() => (window as never as { __tvRuns?: number }).__tvRuns === 1);
    await idle();
    expect(tagRequests(site)).toHaveLength(1);
    expect(hits(site)).toHaveLength(1);
    expect(await p.evaluate(() => (window as never as { __tvRuns: number }).__tvRuns)).toBe(1);
  });

  test('a reload keeps the decision, and loads the vendor again without asking', async () => {
    site = await openSite(browser(), { pages: { '/': sitePage() }, vendors });
    const p = await site.open('/');
    await ready(p);
    await p.evaluate(() =>
      (window as never as { consent: { grant(x: string): void } }).consent.grant('analytics'),
    );
    await p.waitForFunction(() => (window as never as { __tvRuns?: number }).__tvRuns === 1);
    await p.reload();
    await ready(p);
    await p.waitForFunction(() => (window as never as { __tvRuns?: number }).__tvRuns === 1);
    const state = await p.evaluate(() => (window as never as { consent: { state: unknown } }).consent.state);
    expect(state).toMatchObject({ decided: true, source: 'stored', categories: { analytics: true } });
    expect(tagRequests(site)).toHaveLength(2);
  });

  test('corrupt stored consent makes no vendor request and no page error', async () => {
    site = await openSite(browser(), { pages: { '/': sitePage() }, vendors });
    const p = await site.open('/');
    await ready(p);
    for (const corrupt of [
      '{"schema":1,',
      '{"schema":1,"policyVersion":"2026-11-01","categories":{"analytics":true}}',
      '{"__proto__":{"analytics":true},"schema":1}',
      'true',
    ]) {
      await p.evaluate((v) => localStorage.setItem('cookie_consent', v), corrupt);
      await p.reload();
      await ready(p);
      expect(
        await p.evaluate(
          () => (window as never as { consent: { state: { decided: boolean } } }).consent.state.decided,
        ),
      ).toBe(false);
    }
    await idle();
    expect(site.vendorRequests()).toEqual([]);
    expect(site.problems).toEqual([]);
  });

  test('a decision in one tab applies at once in a second tab of the same browser', async () => {
    site = await openSite(browser(), { pages: { '/': sitePage() }, vendors });
    const first = await site.open('/');
    const second = await site.open('/');
    await ready(first);
    await ready(second);
    await first.evaluate(() =>
      (window as never as { consent: { grant(x: string): void } }).consent.grant('analytics'),
    );
    await second.waitForFunction(() => (window as never as { __tvRuns?: number }).__tvRuns === 1);
    expect(
      await second.evaluate(
        () => (window as never as { consent: { state: { source: string } } }).consent.state.source,
      ),
    ).toBe('tab');
    await first.evaluate(() =>
      (window as never as { consent: { deny(x: string): void } }).consent.deny('analytics'),
    );
    await second.waitForFunction(() => (window as never as { __tvLast?: string }).__tvLast === 'optout');
  });

  test('revocation deletes the cookies the vendor set on the parent domain and on the host', async () => {
    site = await openSite(browser(), { pages: { '/': sitePage() }, vendors });
    const p = await site.open('/');
    await ready(p);
    await p.evaluate(() =>
      (window as never as { consent: { grant(x: string): void } }).consent.grant('analytics'),
    );
    await p.waitForFunction(() => (window as never as { __tvRuns?: number }).__tvRuns === 1);
    const before = await site.context.cookies();
    expect(before.map((c) => `${c.name}@${c.domain}`).sort()).toEqual([
      '_tv@.conectamos.test',
      '_tv_sess@www.conectamos.test',
    ]);
    await p.evaluate(() =>
      (window as never as { consent: { deny(x: string): void } }).consent.deny('analytics'),
    );
    expect(await site.context.cookies()).toEqual([]);
    expect(await p.evaluate(() => (window as never as { __tvLast?: string }).__tvLast)).toBe('optout');
  });
});

describe('under a strict Content-Security-Policy', () => {
  const csp = `default-src 'self'; script-src 'self' 'nonce-${NONCE}'; connect-src 'self' https://collect.testvendor.example`;

  test('injected scripts carry the nonce and load with no violation', async () => {
    site = await openSite(browser(), {
      pages: { '/': sitePage() },
      vendors,
      pageHeaders: { 'content-security-policy': csp },
    });
    const p = await site.open('/');
    await ready(p);
    await p.evaluate(() =>
      (window as never as { consent: { grant(x: string): void } }).consent.grant('analytics'),
    );
    await p.waitForFunction(() => (window as never as { __tvRuns?: number }).__tvRuns === 1);
    await idle();
    expect(site.problems).toEqual([]);
  });

  test('without the nonce option the same script is blocked (the check above can fail)', async () => {
    site = await openSite(browser(), {
      pages: { '/': sitePage({ nonce: false }) },
      vendors,
      pageHeaders: { 'content-security-policy': csp },
    });
    const p = await site.open('/');
    await ready(p);
    await p.evaluate(() =>
      (window as never as { consent: { grant(x: string): void } }).consent.grant('analytics'),
    );
    await idle(500);
    expect(await p.evaluate(() => (window as never as { __tvRuns?: number }).__tvRuns)).toBeUndefined();
    expect(site.problems.some((m) => m.startsWith('csp: script-src'))).toBe(true);
  });
});
