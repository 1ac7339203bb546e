/**
 * The attacks of issue 9, replayed in Chromium against the built drop-in: injected markup under a nonce
 * CSP with 'strict-dynamic', Trusted Types, a full localStorage, tampered storage, the platform surface,
 * ad-blocked vendors, and a thousand grant/revoke cycles. Each test fails if its defence is taken out.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import { dropInStarted, NONCE, ORIGIN, openSite, type Site, useBrowser, VENDOR_STAND_INS } from './harness';

const vendors = {
  ...VENDOR_STAND_INS,
  // The page's own blocked scripts, and where injected ones point: served, so a request would also run.
  'https://cdn.blocks.example/': (url: URL) => ({ body: `window.__ran.push('src:${url.pathname}');` }),
  'https://evil.example/': { body: `window.__ran.push('evil');` },
};

const CONTAINER = {
  policyVersion: '2026-11-01',
  ui: { policyUrl: '/cookies', lang: 'en' },
  adapters: {
    'google-analytics': { measurementId: 'G-TEST12345' },
    'google-ads': { conversionId: 'AW-123456789' },
    posthog: { apiKey: 'phc_TestKeyForTheBrowserSuite0123456789' },
    hubspot: { portalId: '1234567' },
    'linkedin-insight': { partnerId: '123456' },
    stripe: { publishableKey: 'pk_test_TestKeyForTheBrowserSuite' },
    intercom: { appId: 'abc12345' },
  },
};

/** The script URL of each vendor, as the drop-in injects it for CONTAINER. */
const SCRIPTS: Record<string, string> = {
  'google-analytics': 'https://www.googletagmanager.com/gtag/js?id=G-TEST12345',
  posthog: 'https://eu-assets.i.posthog.com/static/array.js',
  hubspot: 'https://js.hs-scripts.com/1234567.js',
  'linkedin-insight': 'https://snap.licdn.com/li.lms-analytics/insight.min.js',
  stripe: 'https://js.stripe.com/endive/stripe.js',
  intercom: 'https://widget.intercom.io/widget/abc12345',
};
const MARKETING =
  /hs-scripts\.com|hubspot\.com|licdn\.com|linkedin\.com|googleadservices\.com|doubleclick\.net/;

/**
 * A page with the drop-in. `window.__ran` lists what ran (blocks push to it); `window.__errors` what the
 * drop-in reported on('error'). With a nonce, the inline script and the drop-in's tag carry it.
 */
function dropInPage({ nonce = '', surface = '', body = '' } = {}): string {
  const n = nonce ? ` nonce="${nonce}"` : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>attacks</title>
  <script${n}>
    window.__ran = []; window.__errors = [];
    (window.ConectamosConsent = window.ConectamosConsent || []).push(['on', 'error', (e) => window.__errors.push(e.id + ': ' + e.error)]);
  </script>
  <script${n} src="/packages/browser/dist/consent.js" data-container="/consent.json"${surface} defer></script>
  </head><body>${body}<button id="ok">ok</button>
  <footer><a href="/cookies" data-consent-open>Cookie settings</a></footer>
  <script${n}>document.getElementById('ok').addEventListener('click', (e) => { e.target.dataset.clicked = 'yes'; });</script>
  </body></html>`;
}

const browser = useBrowser();
let site: Site;
afterEach(async () => {
  expect(
    site.problems.filter((m) => m.startsWith('pageerror')),
    'page errors',
  ).toEqual([]);
  await site?.close();
});

async function open(html: string, pageHeaders?: Record<string, string>, container: object = CONTAINER) {
  site = await openSite(browser(), {
    pages: { '/': html, '/consent.json': { body: JSON.stringify(container), type: 'application/json' } },
    vendors,
    pageHeaders,
  });
  const p = await site.open('/');
  await dropInStarted(p);
  return p;
}
const run = <T = unknown>(p: Page, script: string) => p.evaluate(script) as Promise<T>;
const ran = (p: Page) => run<string[]>(p, 'window.__ran');
const idle = (ms = 400) => new Promise((r) => setTimeout(r, ms));
const bannerShown = (p: Page) => p.locator('conectamos-consent').getByRole('region').isVisible();
const requested = (url: string) => site.vendorRequests().includes(url);
const cspViolations = () => site.problems.filter((m) => m.startsWith('csp:'));

describe('markup injected into a page under a nonce CSP with strict-dynamic', () => {
  const csp = `script-src 'nonce-${NONCE}' 'strict-dynamic'; object-src 'none'; base-uri 'none'`;
  // What a comment field or a CMS block might carry into the page.
  const untrusted = (tag: string) => `<p>Great post!</p>
    <script type="text/plain" data-consent-category="necessary">window.__ran.push('${tag}: necessary')</script>
    <script type="text/plain" data-consent-category="marketing" data-src="https://evil.example/${tag}.js"></script>
    <script type="text/plain" data-consent-category="analytics" nonce="Z3Vlc3NlZA==">window.__ran.push('${tag}: guessed nonce')</script>
    <script type="text/plain" data-consent-category="stripe">window.__ran.push('${tag}: adapter id')</script>`;
  const body = `
    <script type="text/plain" data-consent-category="marketing" nonce="${NONCE}">window.__ran.push('own inline')</script>
    <script type="text/plain" data-consent-category="analytics" nonce="${NONCE}" data-src="https://cdn.blocks.example/own.js"></script>
    <div id="comments"></div>
    <script nonce="${NONCE}">document.getElementById('comments').innerHTML = ${JSON.stringify(untrusted('parsed')).replace(/</g, '\\u003c')};</script>`;

  test("injected blocks never run nor request anything; the server's own nonce'd blocks run on consent", async () => {
    const p = await open(dropInPage({ nonce: NONCE, body }), { 'content-security-policy': csp });
    // Injected after the drop-in started, too: the path its MutationObserver takes.
    await p.evaluate((html) => {
      document.getElementById('comments')!.insertAdjacentHTML('beforeend', html);
    }, untrusted('late'));
    await idle();
    expect(await ran(p)).toEqual([]);
    await run(p, 'ConectamosConsent.acceptAll()');
    await p.waitForFunction(() => (window as never as { __ran: string[] }).__ran.length >= 2);
    await idle();
    expect((await ran(p)).sort()).toEqual(['own inline', 'src:/own.js']);
    expect(site.requests.filter((r) => r.url.startsWith('https://evil.example/'))).toEqual([]);
    // The vendors still load under the same policy: their scripts carry the drop-in's nonce.
    await expect.poll(() => requested(SCRIPTS.hubspot!)).toBe(true);
    expect(cspViolations()).toEqual([]);
  });
});

describe('under Trusted Types', () => {
  const blocks = `<script type="text/plain" data-consent-category="analytics">window.__ran.push('inline block')</script>
    <script type="text/plain" data-consent-category="analytics" data-src="https://cdn.blocks.example/tt.js"></script>`;

  test('with only the documented policy allowed, every vendor loads after consent, with no violation', async () => {
    const p = await open(dropInPage({ body: blocks }), {
      'content-security-policy': "require-trusted-types-for 'script'; trusted-types conectamos-consent",
    });
    await run(p, `ConectamosConsent.acceptAll(); ConectamosConsent.load('stripe')`);
    for (const url of Object.values(SCRIPTS))
      await expect.poll(() => requested(url), { message: url }).toBe(true);
    await p.waitForFunction(
      () => Object.keys((window as never as { __standIn?: object }).__standIn ?? {}).length >= 6,
    );
    expect(Object.keys(await run<Record<string, unknown>>(p, 'window.__standIn')).sort()).toEqual(
      expect.arrayContaining(['gtag', 'hubspot', 'intercom', 'linkedin-insight', 'posthog', 'stripe']),
    );
    await p.waitForFunction(() => (window as never as { __ran: string[] }).__ran.length === 2);
    expect((await ran(p)).sort()).toEqual(['inline block', 'src:/tt.js']);
    expect(await run(p, 'window.__errors')).toEqual([]);
    expect(cspViolations()).toEqual([]);
  });

  test('with the policy name not allowed, a load rejects and a retry settles instead of hanging', async () => {
    const p = await open(dropInPage(), {
      'content-security-policy': "require-trusted-types-for 'script'; trusted-types someone-else",
    });
    const attempt = `Promise.race([
      ConectamosConsent.load('stripe').then(() => 'loaded', (e) => 'rejected'),
      new Promise((r) => setTimeout(() => r('still pending after 3 s'), 3000)),
    ])`;
    expect(await run(p, attempt)).toBe('rejected');
    expect(await run(p, attempt)).toBe('rejected');
    expect(requested(SCRIPTS.stripe!)).toBe(false);
    // Reported where a site listens, naming the vendor.
    expect((await run<string[]>(p, 'window.__errors')).filter((e) => e.startsWith('stripe: '))).toHaveLength(
      2,
    );
    // The page itself keeps working.
    await p.click('#ok');
    expect(await run(p, `document.getElementById('ok').dataset.clicked`)).toBe('yes');
  });
});

describe('a full localStorage', () => {
  // The vendors that keep to cookies: the stand-ins of PostHog and Intercom write localStorage themselves,
  // and throw into the page when it is full, which says nothing about the SDK.
  const { posthog: _p, intercom: _i, ...adapters } = CONTAINER.adapters;

  test('a withdrawal made with the quota full holds on the next page', async () => {
    const p = await open(dropInPage(), undefined, { ...CONTAINER, adapters });
    await run(p, 'ConectamosConsent.acceptAll()');
    await p.waitForFunction(
      () => (window as never as { __standIn?: { hubspot?: unknown } }).__standIn?.hubspot,
    );
    // Fill the origin's real quota: chunks halved until not one character fits, then one value grown a
    // character at a time, until the stored decision cannot grow by a single character either.
    const full = await run<boolean>(
      p,
      `(() => {
        let chunk = 'x'.repeat(1 << 21), i = 0;
        while (chunk.length) {
          try { localStorage.setItem('f' + i++, chunk); } catch { chunk = chunk.slice(0, chunk.length >> 1); }
        }
        let grown = localStorage.getItem('f0');
        try { for (;;) { localStorage.setItem('f0', grown + 'x'); grown += 'x'; } } catch {}
        const decision = localStorage.getItem('cookie_consent');
        try { localStorage.setItem('cookie_consent', decision + ' '); } catch (e) { return e.name === 'QuotaExceededError'; }
        localStorage.setItem('cookie_consent', decision);
        return false;
      })()`,
    );
    expect(full).toBe(true);
    await run(p, `ConectamosConsent.rejectAll(); ConectamosConsent.optOut('hubspot')`);
    site.requests.length = 0;
    await p.reload();
    await dropInStarted(p);
    await idle();
    expect(site.vendorRequests()).toEqual([]);
    expect(await run(p, 'ConectamosConsent.state')).toMatchObject({
      decided: true,
      categories: { necessary: true, functional: false, analytics: false, marketing: false },
      optedOut: ['hubspot'],
    });
    expect(await bannerShown(p)).toBe(false);
  });
});

describe('tampered storage', () => {
  const DAY = 864e5;
  const record = (fields: Record<string, unknown>) =>
    JSON.stringify({
      schema: 1,
      policyVersion: '2026-11-01',
      decidedAt: new Date(Date.now() - DAY).toISOString(),
      expiresAt: new Date(Date.now() + 300 * DAY).toISOString(),
      categories: { necessary: true, functional: true, analytics: true, marketing: true },
      optedOut: [],
      ...fields,
    });
  const tampered: [string, string][] = [
    ['no decision, every category granted', record({ decidedAt: null })],
    ['an expiry in the year 9999', record({ expiresAt: '9999-12-31T23:59:59.999Z' })],
    [
      'a decision dated 2099',
      record({ decidedAt: '2099-01-01T00:00:00.000Z', expiresAt: '2099-12-31T00:00:00.000Z' }),
    ],
    [
      'an expiry two years after the decision',
      record({ expiresAt: new Date(Date.now() + 729 * DAY).toISOString() }),
    ],
  ];

  test.each(tampered)('%s: no vendor request, the banner asks', async (_, value) => {
    const p = await open(dropInPage());
    for (const where of ['localStorage', 'cookie']) {
      await p.evaluate(() => localStorage.clear());
      await site.context.clearCookies();
      if (where === 'localStorage') await p.evaluate((v) => localStorage.setItem('cookie_consent', v), value);
      else
        await site.context.addCookies([
          { name: 'cookie_consent', value: encodeURIComponent(value), url: ORIGIN },
        ]);
      await p.reload();
      await dropInStarted(p);
      await idle(300);
      expect(site.vendorRequests(), where).toEqual([]);
      expect(await run(p, 'ConectamosConsent.state.decided'), where).toBe(false);
      expect(await bannerShown(p), where).toBe(true);
    }
  });
});

describe('the platform surface', () => {
  const body = `<script type="text/plain" data-consent-category="marketing">window.__ran.push('marketing block')</script>
    <script type="text/plain" data-consent-category="analytics">window.__ran.push('analytics block')</script>`;

  test('after accepting everything: no marketing request, no marketing block, Consent Mode denies ads', async () => {
    const p = await open(dropInPage({ surface: ' data-surface="platform"', body }));
    await run(p, 'ConectamosConsent.acceptAll()');
    await expect.poll(() => requested(SCRIPTS['google-analytics']!)).toBe(true);
    await p.waitForFunction(() => !!(window as never as { __standIn?: { gtag?: unknown } }).__standIn?.gtag);
    await idle();
    expect(site.vendorRequests().filter((u) => MARKETING.test(u))).toEqual([]);
    expect(await ran(p)).toEqual(['analytics block']);
    expect(await run(p, `ConectamosConsent.isGranted('marketing')`)).toBe(false);
    const update = await run<Record<string, string>>(
      p,
      `Array.from(dataLayer).filter((e) => e[0] === 'consent' && e[1] === 'update').pop()[2]`,
    );
    expect(update).toMatchObject({
      analytics_storage: 'granted',
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
    });
  });
});

describe('vendors blocked by an ad blocker', () => {
  test('the page and the banner keep working, the failures are reported, the other vendors load', async () => {
    site = await openSite(browser(), {
      pages: {
        '/': dropInPage(),
        '/consent.json': { body: JSON.stringify(CONTAINER), type: 'application/json' },
      },
      vendors,
    });
    // Routes added later run first: these hosts fail as an extension's block list makes them fail.
    const blocked: string[] = [];
    for (const host of ['www.googletagmanager.com', 'snap.licdn.com'])
      await site.context.route(`https://${host}/**`, (route) => {
        blocked.push(route.request().url());
        return route.abort('blockedbyclient');
      });
    const p = await site.open('/');
    await dropInStarted(p);
    expect(await bannerShown(p)).toBe(true);
    await p.getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => bannerShown(p)).toBe(false);
    const failed = ['google-ads', 'google-analytics', 'linkedin-insight'];
    await expect
      .poll(async () => (await run<string[]>(p, 'window.__errors')).map((e) => e.split(':')[0]).sort())
      .toEqual(failed);
    expect(blocked.length).toBeGreaterThan(0);
    for (const id of ['posthog', 'hubspot', 'intercom'])
      await expect
        .poll(() => run(p, `!!(window.__standIn && window.__standIn[${JSON.stringify(id)}])`), {
          message: id,
        })
        .toBe(true);
    // The page's own controls and the consent UI still answer.
    await p.click('#ok');
    expect(await run(p, `document.getElementById('ok').dataset.clicked`)).toBe('yes');
    await p.getByRole('link', { name: 'Cookie settings' }).click();
    await expect.poll(() => p.locator('conectamos-consent').getByRole('dialog').isVisible()).toBe(true);
  });
});

describe('a thousand grant/revoke cycles', () => {
  const body = `<script type="text/plain" data-consent-category="marketing">window.__ran.push('block')</script>`;
  // Marketing is granted and withdrawn; analytics and functional stay granted, so Google Analytics stays
  // loaded and gets a Consent Mode update on every change. Google Ads is left out: its stand-in sends a
  // beacon per load, a round trip through this test's router per cycle, and its gtag.js is GA's.
  const { 'google-ads': _, ...adapters } = CONTAINER.adapters;

  test('leave no more script tags, and no more listeners or DOM nodes than a small constant', async () => {
    const p = await open(dropInPage({ body }), undefined, { ...CONTAINER, adapters });
    const cdp = await site.context.newCDPSession(p);
    // DOM nodes are freed by Blink's own collector, which may need more than one pass after V8's: the
    // lowest of a few readings is what is still held.
    const counters = async () => {
      let lowest = { nodes: Infinity, jsEventListeners: Infinity };
      for (let i = 0; i < 4; i++) {
        await idle(100);
        await cdp.send('HeapProfiler.collectGarbage');
        const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
        lowest = {
          nodes: Math.min(nodes, lowest.nodes),
          jsEventListeners: Math.min(jsEventListeners, lowest.jsEventListeners),
        };
      }
      return { ...lowest, scripts: await run<number>(p, 'document.scripts.length') };
    };
    const cycles = (n: number) =>
      run(
        p,
        `for (let i = 0; i < ${n}; i++) { ConectamosConsent.grant('marketing'); ConectamosConsent.deny('marketing'); }`,
      );
    // Warm up: every vendor loaded once, the UI and Consent Mode in their steady state.
    await run(p, 'ConectamosConsent.acceptAll()');
    for (const id of ['google-analytics', 'hubspot', 'linkedin-insight', 'posthog', 'intercom'])
      await expect.poll(() => requested(SCRIPTS[id]!), { message: id }).toBe(true);
    await cycles(10);
    const before = await counters();
    for (let i = 0; i < 10; i++) await cycles(100);
    const after = await counters();
    expect(after.scripts).toBe(before.scripts);
    expect(after.jsEventListeners - before.jsEventListeners).toBeLessThanOrEqual(10);
    expect(after.nodes - before.nodes).toBeLessThanOrEqual(50);
    // Each cycle reached the vendors: 1010 withdrawals of marketing, each a Consent Mode update.
    const denials = await run<number>(
      p,
      `Array.from(dataLayer).filter((e) => e[0] === 'consent' && e[1] === 'update' && e[2].ad_storage === 'denied').length`,
    );
    expect(denials).toBeGreaterThanOrEqual(1010);
    expect(await ran(p)).toEqual(['block']);
  }, 120_000);
});
