import type { Page } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import { cspFor, type VendorManifest } from '../../packages/core/dist/index.js';
import { manifest as googleAds } from '../../packages/google-ads/dist/index.js';
import { manifest as googleAnalytics } from '../../packages/google-analytics/dist/index.js';
import { manifest as hubspot } from '../../packages/hubspot/dist/index.js';
import { manifest as intercom } from '../../packages/intercom/dist/index.js';
import { manifest as linkedinInsight } from '../../packages/linkedin-insight/dist/index.js';
import { manifest as posthog } from '../../packages/posthog/dist/index.js';
import { manifest as stripe } from '../../packages/stripe/dist/index.js';
import { GIF, JSON_OK, NONCE, openSite, page, ready, type Site, standIn, useBrowser } from './harness';

/** The seven adapters' options, the same in the page and here (for the CSP the page is served with). */
const OPTIONS = {
  ga: { measurementId: 'G-TEST12345' },
  ads: { conversionId: 'AW-123456789' },
  posthog: { apiKey: 'phc_TestKeyForTheBrowserSuite0123456789' },
  hubspot: { portalId: '1234567' },
  linkedin: { partnerId: '123456' },
  stripe: { publishableKey: 'pk_test_TestKeyForTheBrowserSuite' },
  intercom: { appId: 'abc12345' },
};
const vendorOptions: [VendorManifest, Record<string, unknown>][] = [
  [googleAnalytics, OPTIONS.ga],
  [googleAds, OPTIONS.ads],
  [posthog, OPTIONS.posthog],
  [hubspot, OPTIONS.hubspot],
  [linkedinInsight, OPTIONS.linkedin],
  [stripe, OPTIONS.stripe],
  [intercom, OPTIONS.intercom],
];
// The policy the site would send: the hosts the manifests declare, plus those the options switch on (an
// option left out has its default: PostHog's EU region), and nothing else. No factory runs here.
const sources = vendorOptions.flatMap(([manifest, options]) => [
  manifest,
  ...(manifest.cspWhen ?? []).filter(
    (when) => (options[when.option] ?? manifest.options.properties?.[when.option]?.default) === when.equals,
  ),
]);
const CSP = `default-src 'self'; ${cspFor(sources, { nonce: NONCE })}`;

const SITE = page(
  `
  import { createConsent } from '@conectamos/consent';
  import { googleAnalytics } from '@conectamos/consent-google-analytics';
  import { googleAds } from '@conectamos/consent-google-ads';
  import { posthog } from '@conectamos/consent-posthog';
  import { hubspot } from '@conectamos/consent-hubspot';
  import { linkedinInsight } from '@conectamos/consent-linkedin-insight';
  import { stripe, getStripe } from '@conectamos/consent-stripe';
  import { intercom } from '@conectamos/consent-intercom';
  const o = ${JSON.stringify(OPTIONS)};
  window.consent = createConsent({
    policyVersion: '2026-11-01',
    surface: new URLSearchParams(location.search).get('surface') ?? 'site',
    cookieDomain: 'conectamos.test',
    nonce: ${JSON.stringify(NONCE)},
    adapters: [googleAnalytics(o.ga), googleAds(o.ads), posthog(o.posthog), hubspot(o.hubspot),
      linkedinInsight(o.linkedin), stripe(o.stripe), intercom(o.intercom)],
  });
  window.checkout = () => getStripe(window.consent).then((s) => (window.__stripeInstance = !!s));
  window.__ready = true;
`,
  { nonce: NONCE },
);

const vendors = {
  'https://www.googletagmanager.com/gtag/js': standIn('gtag'),
  'https://region1.google-analytics.com/': JSON_OK,
  'https://googleads.g.doubleclick.net/': JSON_OK,
  'https://www.googleadservices.com/': JSON_OK,
  'https://eu-assets.i.posthog.com/static/array.js': standIn('posthog'),
  'https://eu.i.posthog.com/': JSON_OK,
  'https://js.hs-scripts.com/': standIn('hubspot'),
  'https://track.hubspot.com/': GIF,
  'https://snap.licdn.com/li.lms-analytics/insight.min.js': standIn('linkedin-insight'),
  'https://px.ads.linkedin.com/': GIF,
  'https://js.stripe.com/endive/stripe.js': standIn('stripe'),
  'https://m.stripe.com/': GIF,
  'https://widget.intercom.io/widget/': standIn('intercom'),
  'https://api-iam.intercom.io/': JSON_OK,
};

/** Official script hosts and the collection hosts of marketing vendors. */
const MARKETING =
  /hs-scripts\.com|hubspot\.com|licdn\.com|linkedin\.com|googleadservices\.com|doubleclick\.net/;

const browser = useBrowser();
let site: Site;
afterEach(async () => {
  expect(site.unexpected, 'requests to hosts with no stand-in').toEqual([]);
  expect(site.problems, 'page errors and CSP violations').toEqual([]);
  await site?.close();
});

const call = (p: Page, script: string) => p.evaluate(script);
const idle = (ms = 400) => new Promise((r) => setTimeout(r, ms));
const hosts = (s: Site) => [...new Set(s.vendorRequests().map((u) => new URL(u).host))].sort();
const count = (s: Site, prefix: string) => s.vendorRequests().filter((u) => u.startsWith(prefix)).length;

async function openPage(path = '/') {
  site = await openSite(browser(), {
    pages: { '/': SITE },
    vendors,
    pageHeaders: { 'content-security-policy': CSP },
  });
  const p = await site.open(path);
  await ready(p);
  return p;
}

describe('all seven adapters on one page, in Chromium, under the CSP cspFor computes', () => {
  test('zero vendor requests and no vendor cookie before a decision', async () => {
    const p = await openPage();
    await call(p, `consent.track('signup_completed'); consent.page('/pricing')`);
    await idle(600);
    expect(site.vendorRequests()).toEqual([]);
    expect(await site.context.cookies()).toEqual([]);
  });

  test('accept all requests each vendor from its official host, gtag.js once for both Google adapters', async () => {
    const p = await openPage();
    await call(p, 'consent.acceptAll()');
    await p.waitForFunction(
      () => Object.keys((window as never as { __standIn?: object }).__standIn ?? {}).length >= 6,
    );
    await idle();
    expect(count(site, 'https://www.googletagmanager.com/gtag/js')).toBe(1);
    expect(site.vendorRequests()).toContain('https://www.googletagmanager.com/gtag/js?id=G-TEST12345');
    expect(count(site, 'https://eu-assets.i.posthog.com/static/array.js')).toBe(1);
    expect(count(site, 'https://js.hs-scripts.com/1234567.js')).toBe(1);
    expect(count(site, 'https://snap.licdn.com/li.lms-analytics/insight.min.js')).toBe(1);
    expect(count(site, 'https://widget.intercom.io/widget/abc12345')).toBe(1);
    // Stripe is on demand: not before checkout asks, from js.stripe.com when it does.
    expect(count(site, 'https://js.stripe.com/')).toBe(0);
    await call(p, 'checkout()');
    await p.waitForFunction(
      () => (window as never as { __stripeInstance?: boolean }).__stripeInstance === true,
    );
    expect(count(site, 'https://js.stripe.com/endive/stripe.js')).toBe(1);
    // Each vendor's stand-in sends its first hit a moment after it runs.
    await expect
      .poll(() => hosts(site))
      .toEqual(
        expect.arrayContaining([
          'region1.google-analytics.com',
          'eu.i.posthog.com',
          'track.hubspot.com',
          'px.ads.linkedin.com',
          'm.stripe.com',
        ]),
      );
    // PostHog on the EU cloud only.
    expect(
      site
        .vendorRequests()
        .filter((u) => /posthog\.com/.test(u) && !/\/\/eu(-assets)?\.i\.posthog\.com\//.test(u)),
    ).toEqual([]);
  });

  test('Consent Mode: default (all denied) first, then the update, before js and any config; gtag.js ignored nothing', async () => {
    const p = await openPage();
    await call(p, 'consent.acceptAll()');
    await p.waitForFunction(() => !!(window as never as { __standIn?: { gtag?: unknown } }).__standIn?.gtag);
    const gtag = await p.evaluate(
      () =>
        (
          window as never as {
            __standIn: { gtag: { drained: unknown[][]; calls: unknown[][]; ignored: unknown[] } };
          }
        ).__standIn.gtag,
    );
    const entries = [...gtag.drained, ...gtag.calls];
    const kinds = entries.map((e) => (e[0] === 'consent' ? `consent ${e[1]}` : String(e[0])));
    expect(kinds.slice(0, 3)).toEqual(['consent default', 'set', 'consent update']);
    expect(kinds.indexOf('js')).toBeGreaterThan(kinds.indexOf('consent update'));
    expect(kinds.indexOf('config')).toBeGreaterThan(kinds.indexOf('js'));
    expect(entries[0]![2]).toMatchObject({
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
      analytics_storage: 'denied',
      functionality_storage: 'denied',
      personalization_storage: 'denied',
      security_storage: 'denied',
    });
    expect(entries.find((e) => e[0] === 'consent' && e[1] === 'update')![2]).toMatchObject({
      ad_storage: 'granted',
      analytics_storage: 'granted',
    });
    expect(gtag.ignored).toEqual([]);
  });

  test('analytics only loads no marketing vendor', async () => {
    const p = await openPage();
    await call(p, 'consent.set({ analytics: true })');
    await p.waitForFunction(
      () => !!(window as never as { __standIn?: { posthog?: unknown } }).__standIn?.posthog,
    );
    await call(p, `consent.track('signup_completed', { label: 'AbC-D_efG' }); consent.page('/pricing')`);
    await idle();
    expect(count(site, 'https://www.googletagmanager.com/gtag/js')).toBe(1);
    expect(site.vendorRequests().filter((u) => MARKETING.test(u))).toEqual([]);
    expect(count(site, 'https://widget.intercom.io/')).toBe(0);
  });

  test('the platform surface never loads a marketing vendor, even with everything accepted', async () => {
    const p = await openPage('/?surface=platform');
    await call(p, 'consent.acceptAll()');
    await p.waitForFunction(
      () => !!(window as never as { __standIn?: { intercom?: unknown } }).__standIn?.intercom,
    );
    await call(
      p,
      `consent.track('signup_completed', { label: 'AbC-D_efG', conversionId: 987654 }); consent.page('/app')`,
    );
    await idle();
    expect(site.vendorRequests().filter((u) => MARKETING.test(u))).toEqual([]);
    expect(count(site, 'https://eu-assets.i.posthog.com/static/array.js')).toBe(1);
    expect(count(site, 'https://www.googletagmanager.com/gtag/js')).toBe(1);
  });

  test('"only necessary" after accepting deletes every vendor cookie and stops the traffic', async () => {
    const p = await openPage();
    await call(p, 'consent.acceptAll()');
    await p.waitForFunction(
      () => Object.keys((window as never as { __standIn?: object }).__standIn ?? {}).length >= 6,
    );
    await idle();
    const names = (await site.context.cookies()).map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['_ga', '_ga_TEST12345', 'hubspotutk', 'li_fat_id']));
    await call(p, 'consent.rejectAll()');
    // Only HubSpot's own opt-out flag is left, set by the doNotTrack the adapter sends: it is the opt-out.
    expect((await site.context.cookies()).map((c) => `${c.name}=${c.value}`)).toEqual([
      '__hs_do_not_track=yes',
    ]);
    const before = site.vendorRequests().length;
    await call(
      p,
      `consent.track('signup_completed', { label: 'AbC-D_efG', conversionId: 987654 }); consent.page('/after')`,
    );
    await idle();
    expect(site.vendorRequests().slice(before)).toEqual([]);
  });
});
