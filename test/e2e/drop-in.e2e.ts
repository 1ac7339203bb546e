import type { Page } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import { dropInStarted, GIF, JSON_OK, openSite, type Site, standIn, useBrowser } from './harness';

/** The drop-in as a site uses it: the built consent.js, a JSON container, the vendors' stand-ins. */
const vendors = {
  'https://www.googletagmanager.com/gtag/js': standIn('gtag'),
  'https://region1.google-analytics.com/': JSON_OK,
  'https://googleads.g.doubleclick.net/': JSON_OK,
  'https://www.googleadservices.com/': JSON_OK,
  'https://snap.licdn.com/li.lms-analytics/insight.min.js': standIn('linkedin-insight'),
  'https://px.ads.linkedin.com/': GIF,
  'https://cdn.blocks.example/': 'window.__blockRuns = (window.__blockRuns || 0) + 1;',
};

const container = (overrides: Record<string, unknown> = {}) => ({
  policyVersion: '2026-11-01',
  ui: { policyUrl: '/cookies', lang: 'en' },
  adapters: {
    'google-analytics': { measurementId: 'G-TEST12345' },
    'google-ads': { conversionId: 'AW-123456789' },
    'linkedin-insight': { partnerId: '123456' },
  },
  campaigns: [
    {
      id: 'webinar',
      adapter: 'linkedin-insight',
      on: { event: 'webinar_registered' },
      send: { conversionId: 987654 },
    },
    {
      id: 'old-webinar',
      adapter: 'linkedin-insight',
      on: { event: 'webinar_registered' },
      send: { conversionId: 111111 },
      start: '2020-03-01',
      end: '2020-04-30',
    },
    {
      id: 'future-webinar',
      adapter: 'linkedin-insight',
      on: { event: 'webinar_registered' },
      send: { conversionId: 222222 },
      start: '2099-01-01',
    },
    {
      id: 'pricing-visit',
      adapter: 'google-ads',
      on: { pageview: '/pricing' },
      send: { label: 'PricingView_01' },
    },
  ],
  ...overrides,
});

/** A page with the drop-in; `before` runs ahead of it (the queue), `body` is the page's markup. */
const sitePage = ({
  surface = '',
  before = '',
  body = '',
} = {}) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
  <script>
    window.__hits = []; window.__errors = [];
    document.addEventListener('consent:campaign', (e) => window.__hits.push(e.detail.id + ':' + e.detail.event + ':' + e.detail.path));
    ${before}
  </script>
  <script src="/packages/browser/dist/consent.js" data-container="/consent.json"${surface} defer></script>
  </head><body>${body}<footer><a href="/cookies" data-consent-open>Cookie settings</a></footer></body></html>`;

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

async function open(pages: Record<string, string>, path = '/', json: unknown = container()) {
  site = await openSite(browser(), {
    pages: { ...pages, '/consent.json': { body: JSON.stringify(json), type: 'application/json' } },
    vendors,
  });
  const p = await site.open(path);
  await dropInStarted(p);
  return p;
}
const run = (p: Page, script: string) => p.evaluate(script);
const hits = (p: Page) => p.evaluate(() => (window as never as { __hits: string[] }).__hits);
const linkedinConversions = (s: Site) =>
  s
    .vendorRequests()
    .filter((u) => u.startsWith('https://px.ads.linkedin.com/') && /conversionId=\d+/.test(u));
const idle = (ms = 300) => new Promise((r) => setTimeout(r, ms));

describe('the drop-in, built, in Chromium', () => {
  test('boots from the container: the banner shows, window.ConectamosConsent is the instance, nothing loads before consent', async () => {
    const p = await open({ '/': sitePage() });
    await expect.poll(() => p.locator('conectamos-consent').getByRole('region').isVisible()).toBe(true);
    expect(await run(p, 'typeof ConectamosConsent.acceptAll + ConectamosConsent.state.policyVersion')).toBe(
      'function2026-11-01',
    );
    await idle();
    expect(site.vendorRequests()).toEqual([]);
  });

  test('calls queued before boot are replayed, in order, and push keeps working after', async () => {
    const p = await open({
      '/': sitePage({
        before: `(window.ConectamosConsent = window.ConectamosConsent || []).push(['grant', 'analytics'], ['on', 'error', (e) => window.__errors.push(String(e.error))]);`,
      }),
    });
    expect(await run(p, 'ConectamosConsent.state.categories.analytics')).toBe(true);
    await expect.poll(() => site.vendorRequests().filter((u) => u.includes('/gtag/js')).length).toBe(1);
    await run(p, `ConectamosConsent.push(['grant', 'marketing'])`);
    expect(await run(p, 'ConectamosConsent.isGranted("google-ads")')).toBe(true);
  });

  test('an inline #consent-container works without a request for JSON', async () => {
    const inline = `<!doctype html><html><head>
      <script type="application/json" id="consent-container">${JSON.stringify(container())}</script>
      <script src="/packages/browser/dist/consent.js" defer></script></head><body></body></html>`;
    site = await openSite(browser(), { pages: { '/': inline }, vendors });
    const p = await site.open('/');
    await dropInStarted(p);
    expect(site.requests.some((r) => r.url.endsWith('.json'))).toBe(false);
  });
});

describe('campaigns', () => {
  test('an active event campaign fires once per event, only after marketing is granted; inactive ones never', async () => {
    const p = await open({ '/': sitePage() });
    await run(p, `ConectamosConsent.track('webinar_registered')`);
    expect(await hits(p)).toEqual([]);
    await run(p, 'ConectamosConsent.acceptAll()');
    await run(p, `ConectamosConsent.track('webinar_registered')`);
    await run(p, `ConectamosConsent.track('webinar_registered')`);
    expect(await hits(p)).toEqual(['webinar:webinar_registered:/', 'webinar:webinar_registered:/']);
    // What LinkedIn's script received (drained from the queue or called after it ran): two conversions,
    // both the active campaign's. Counting beacons would not do: Chrome may serve a repeated image URL from memory.
    await p.waitForFunction(
      () => !!(window as never as { __standIn?: Record<string, unknown> }).__standIn?.['linkedin-insight'],
    );
    const received = await run(
      p,
      `(() => { const r = window.__standIn['linkedin-insight']; return [...r.drained, ...r.calls]
        .filter((c) => c[1] && c[1].conversion_id).map((c) => c[1].conversion_id); })()`,
    );
    expect(received).toEqual([987654, 987654]);
    await expect.poll(() => linkedinConversions(site).length).toBeGreaterThan(0);
  });

  test('no campaign fires after the visitor opts out of its vendor', async () => {
    const p = await open({ '/': sitePage() });
    await run(
      p,
      `ConectamosConsent.acceptAll(); ConectamosConsent.optOut('linkedin-insight'); ConectamosConsent.track('webinar_registered')`,
    );
    expect(await hits(p)).toEqual([]);
  });

  test('a page-view campaign fires once per page view, on the page where consent arrives and on SPA navigations', async () => {
    const p = await open({ '/pricing': sitePage() }, '/pricing');
    expect(await hits(p)).toEqual([]);
    await run(p, 'ConectamosConsent.grant("marketing")');
    expect(await hits(p)).toEqual(['pricing-visit:pricing_visit:/pricing']);
    await run(
      p,
      `ConectamosConsent.grant('analytics'); history.pushState({}, '', '/about'); history.pushState({}, '', '/pricing?plan=team')`,
    );
    await run(p, `history.replaceState({}, '', '/pricing?plan=team#faq')`);
    expect(await hits(p)).toEqual([
      'pricing-visit:pricing_visit:/pricing',
      'pricing-visit:pricing_visit:/pricing',
    ]);
    // Each route change reached the running vendors once (GA's page_view), hash changes not at all.
    const pageViews = await run(
      p,
      `dataLayer.filter((e) => e[0] === 'event' && e[1] === 'page_view').map((e) => e[2].page_path)`,
    );
    expect(pageViews).toEqual(['/pricing', '/about', '/pricing?plan=team']);
  });

  test('on the platform surface no marketing campaign fires, even with everything accepted', async () => {
    const p = await open({ '/pricing': sitePage({ surface: ' data-surface="platform"' }) }, '/pricing');
    await run(p, `ConectamosConsent.acceptAll(); ConectamosConsent.track('webinar_registered')`);
    await idle();
    expect(await hits(p)).toEqual([]);
    expect(
      site.vendorRequests().filter((u) => /licdn|linkedin|googleadservices|doubleclick/.test(u)),
    ).toEqual([]);
  });
});

describe('click and submit campaigns', () => {
  // A site whose markup arrives after the drop-in booted, and changes route without a page load.
  const spa = `
    <main id="app"></main>
    <script>
      window.__route = (html) => { history.pushState({}, '', '/webinar'); document.querySelector('#app').innerHTML = html; };
      document.addEventListener('submit', (e) => e.preventDefault());
    </script>`;
  const json = container({
    events: ['webinar_registered'],
    campaigns: [
      {
        id: 'book-demo',
        adapter: 'google-ads',
        on: { click: '.book-demo' },
        send: { label: 'Demo_01', transaction_id: 'demo-{{plan}}' },
      },
      {
        id: 'webinar-form',
        adapter: 'linkedin-insight',
        on: { submit: 'form#webinar' },
        send: { conversionId: '{{conversion}}' },
      },
      // Chromium refuses this selector: skipped with a console error, the others run.
      { id: 'typo', adapter: 'linkedin-insight', on: { click: 'button:hovr' }, send: { conversionId: 1 } },
    ],
  });

  test('reach the vendors with values from the clicked element and the form, on elements added later', async () => {
    const p = await open({ '/': sitePage({ body: spa }) }, '/', json);
    expect(site.problems.filter((m) => m.startsWith('console: [consent]'))).toEqual([
      expect.stringContaining(
        'consent container: $.campaigns[2].on.click: expected a CSS selector like "#webinar-form"; skipped',
      ),
    ]);
    await run(p, 'ConectamosConsent.acceptAll()');
    await run(
      p,
      `document.querySelector('#app').innerHTML = '<button class="book-demo" data-plan="team"><b>Book a demo</b></button>'`,
    );
    await p.click('.book-demo b');
    await run(
      p,
      `__route('<form id="webinar" data-conversion="1122334"><input name="email" value="ana@example.org"><button>Register</button></form>')`,
    );
    await p.click('form#webinar button');
    expect(await hits(p)).toEqual(['book-demo:book_demo:/', 'webinar-form:webinar_form:/webinar']);

    // What Google's and LinkedIn's scripts received: the conversions, with the values filled in.
    await p.waitForFunction(() => {
      const standIn = (window as never as { __standIn?: Record<string, unknown> }).__standIn;
      return !!standIn?.gtag && !!standIn?.['linkedin-insight'];
    });
    const received = await run(
      p,
      `(() => { const g = window.__standIn.gtag, l = window.__standIn['linkedin-insight'];
        return {
          google: [...g.drained, ...g.calls].filter((c) => c[0] === 'event' && c[1] === 'conversion').map((c) => c[2]),
          linkedin: [...l.drained, ...l.calls].filter((c) => c[1] && c[1].conversion_id).map((c) => c[1]),
        }; })()`,
    );
    expect(received).toEqual({
      google: [{ send_to: 'AW-123456789/Demo_01', transaction_id: 'demo-team' }],
      linkedin: [{ conversion_id: '1122334' }],
    });
    await expect
      .poll(() => linkedinConversions(site).some((u) => u.includes('conversionId=1122334')))
      .toBe(true);
    // The form's fields never left the page.
    expect(
      site.vendorRequests().some((u) => u.includes('ana%40example.org') || u.includes('ana@example.org')),
    ).toBe(false);
  });

  test('the validator refuses the selectors Chromium refuses, and accepts the ones it runs', async () => {
    const { selectorFault } = await import('../../packages/container/dist/index.js');
    site = await openSite(browser(), { pages: { '/': '<!doctype html><p>selectors</p>' }, vendors });
    const p = await site.open('/');
    const selectors = [
      '#demo',
      'form.webinar button[type="submit"]',
      'a[href^="/signup"]',
      '.pricing > .plan:nth-child(2n+1) a',
      'button:is(.primary, .cta):not([disabled])',
      ':has(> img)',
      'button:hovr',
      'div[',
      '#',
      'a:contains("Sign up")',
      '.cta >',
      'a,',
      'div:first',
    ];
    const chromium = (await p.evaluate(
      (list) =>
        list.map((s) => {
          try {
            document.createDocumentFragment().querySelector(s);
            return true;
          } catch {
            return false;
          }
        }),
      selectors,
    )) as boolean[];
    const validator = selectors.map((s) => selectorFault(s) === undefined);
    expect(Object.fromEntries(selectors.map((s, i) => [s, validator[i]]))).toEqual(
      Object.fromEntries(selectors.map((s, i) => [s, chromium[i]])),
    );
  });
});

describe('markup hooks', () => {
  const blocks = `
    <script type="text/plain" data-consent-category="marketing">window.__inlineRuns = (window.__inlineRuns || 0) + 1;</script>
    <script type="text/plain" data-consent-category="analytics" data-src="https://cdn.blocks.example/a.js"></script>
    <a href="#" data-consent-opt-out="linkedin-insight" id="li-out">Opt out of LinkedIn</a>`;

  test('text/plain blocks run when their category is granted, once, including blocks added later', async () => {
    const p = await open({ '/': sitePage({ body: blocks }) });
    await idle();
    expect(await run(p, '[window.__inlineRuns ?? null, window.__blockRuns ?? null]')).toEqual([null, null]);
    await run(p, `ConectamosConsent.grant('marketing')`);
    expect(await run(p, 'window.__inlineRuns')).toBe(1);
    expect(await run(p, 'window.__blockRuns ?? null')).toBe(null);
    await run(p, `ConectamosConsent.grant('analytics')`);
    await p.waitForFunction(() => (window as never as { __blockRuns?: number }).__blockRuns === 1);
    await run(p, `ConectamosConsent.deny('marketing'); ConectamosConsent.grant('marketing')`);
    expect(await run(p, 'window.__inlineRuns')).toBe(1);
    await run(
      p,
      `const s = document.createElement('script'); s.type = 'text/plain'; s.dataset.consentCategory = 'marketing';
       s.textContent = 'window.__lateRuns = 1'; document.body.append(s);`,
    );
    await p.waitForFunction(() => (window as never as { __lateRuns?: number }).__lateRuns === 1);
  });

  test('with reloadOnRevoke, withdrawing the category of a block that ran reloads the page', async () => {
    // No marketing adapter runs, so the block alone is what calls for the reload.
    const json = container({
      reloadOnRevoke: true,
      adapters: { 'google-analytics': { measurementId: 'G-TEST12345' } },
      campaigns: [],
    });
    const p = await open({ '/': sitePage({ body: blocks }) }, '/', json);
    await run(p, `ConectamosConsent.grant('marketing'); window.__beforeReload = true`);
    expect(await run(p, 'window.__inlineRuns')).toBe(1);
    await Promise.all([p.waitForEvent('load'), run(p, `ConectamosConsent.deny('marketing')`)]);
    await dropInStarted(p);
    expect(await run(p, '[window.__beforeReload ?? null, window.__inlineRuns ?? null]')).toEqual([
      null,
      null,
    ]);
  });

  test('data-consent-opt-out switches one vendor off, and data-consent-open reopens the preferences', async () => {
    const p = await open({ '/': sitePage({ body: blocks }) });
    await run(p, 'ConectamosConsent.acceptAll()');
    await p.click('#li-out');
    expect(await run(p, 'ConectamosConsent.state.optedOut')).toEqual(['linkedin-insight']);
    expect(await run(p, `ConectamosConsent.isGranted('google-ads')`)).toBe(true);
    await p.getByRole('link', { name: 'Cookie settings' }).click();
    await expect.poll(() => p.locator('conectamos-consent').getByRole('dialog').isVisible()).toBe(true);
  });
});

describe('a bad container never breaks the page', () => {
  test('unknown adapters, bad options and bad campaigns are reported and skipped; the rest runs', async () => {
    const bad = container({
      adapters: {
        'google-analytics': { measurementId: 'UA-1234' },
        'facebook-pixel': { pixelId: '1' },
        'linkedin-insight': { partnerId: '123456' },
      },
      campaigns: [
        { id: 'broken', adapter: 'linkedin-insight', on: { pageview: 'no-slash' }, send: {} },
        { id: 'for-missing', adapter: 'google-ads', on: { event: 'x' }, send: {} },
        {
          id: 'webinar',
          adapter: 'linkedin-insight',
          on: { event: 'webinar_registered' },
          send: { conversionId: 987654 },
        },
      ],
    });
    const p = await open(
      {
        '/': sitePage({
          before: `(window.ConectamosConsent = []).push(['on', 'error', (e) => window.__errors.push(String(e.error))]);`,
        }),
      },
      '/',
      bad,
    );
    const errors = (await run(p, 'window.__errors')) as string[];
    expect(errors).toHaveLength(4);
    // Each names where in the file it is, and what was expected there.
    expect(errors).toEqual([
      expect.stringMatching(
        /\$\.adapters\["google-analytics"\]: googleAnalytics: measurementId must look like "G-XXXXXXX", got "UA-1234"; skipped/,
      ),
      expect.stringMatching(
        /\$\.adapters\["facebook-pixel"\]: expected one of the adapters google-analytics, .*; skipped/,
      ),
      expect.stringMatching(/\$\.campaigns\[0\]\.on\.pageview: expected .*; skipped/),
      expect.stringMatching(
        /\$\.campaigns\[1\]\.adapter: expected one of the adapters that run: linkedin-insight; skipped/,
      ),
    ]);
    expect(site.problems.filter((m) => m.startsWith('console: [consent]'))).toHaveLength(4);
    await run(p, `ConectamosConsent.acceptAll(); ConectamosConsent.track('webinar_registered')`);
    expect(await hits(p)).toEqual(['webinar:webinar_registered:/']);
    expect(await run(p, 'ConectamosConsent.adapters.map((a) => a.id)')).toEqual(['linkedin-insight']);
  });

  test('invalid JSON or a missing container is logged, and the page keeps working', async () => {
    site = await openSite(browser(), {
      pages: {
        '/': `<!doctype html><html><head><script src="/packages/browser/dist/consent.js" data-container="/consent.json" defer></script></head>
          <body><button onclick="window.__clicked = true">ok</button></body></html>`,
        '/consent.json': { body: '{"policyVersion": ', type: 'application/json' },
      },
      vendors,
    });
    const p = await site.open('/');
    await expect.poll(() => site.problems.some((m) => m.startsWith('console: [consent]'))).toBe(true);
    await p.click('button');
    expect(await run(p, 'window.__clicked')).toBe(true);
    expect(site.problems.filter((m) => m.startsWith('pageerror'))).toEqual([]);
  });
});
