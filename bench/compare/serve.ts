/**
 * Every host a contender's page touches, served locally through page routing: the site (the page and
 * the contender's files), and stand-ins for gtag.js, Google Analytics' collection endpoint and PostHog
 * (test/e2e/stand-ins/, the ones the browser tests use). Anything else is aborted and counted. Every
 * request is logged, so a run can prove what was asked for before consent.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { ORIGIN, POSTHOG_API, POSTHOG_ASSETS, type Site } from './contender';

/** A same-origin empty page: each measured page starts here, so CDP settings are in place before `/`. */
export const BLANK = '/__blank';

/** What one browser context asked for. */
export interface Traffic {
  /** Every request, in order. */
  requests: string[];
  /** Requests to hosts with no stand-in, aborted. */
  aborted: string[];
  /** Paths on the site the contender does not serve (404). */
  missing: string[];
}

const standIn = (name: string) =>
  readFileSync(join(import.meta.dirname, '../../test/e2e/stand-ins', `${name}.js`), 'utf8');
const JSON_OK = { body: '{}', contentType: 'application/json' };

/** Vendor stand-ins by URL prefix. */
const STAND_INS: [prefix: string, response: { body: string; contentType: string }][] = [
  ['https://www.googletagmanager.com/gtag/js', { body: standIn('gtag'), contentType: 'text/javascript' }],
  ['https://region1.google-analytics.com/', JSON_OK],
  [`${POSTHOG_ASSETS}/static/array.js`, { body: standIn('posthog'), contentType: 'text/javascript' }],
  [`${POSTHOG_API}/`, JSON_OK],
];

/** Whether a request went to a vendor (any host that is not the site). */
export const isVendor = (url: string): boolean => !url.startsWith(`${ORIGIN}/`);
/** Whether a request is for Google's tag. */
export const isGtag = (url: string): boolean => url.startsWith(STAND_INS[0]![0]);

/** Routes every request of `context` to the site, a stand-in, or an abort; returns the live log. */
export async function serve(context: BrowserContext, site: Site): Promise<Traffic> {
  const traffic: Traffic = { requests: [], aborted: [], missing: [] };
  await context.route('**/*', (route) => {
    const url = route.request().url();
    traffic.requests.push(url);
    if (!isVendor(url)) {
      const path = new URL(url).pathname;
      if (path === '/') return route.fulfill({ body: site.page, contentType: 'text/html' });
      if (path === BLANK)
        return route.fulfill({ body: '<!doctype html><title>-</title>', contentType: 'text/html' });
      const file = site.files[path];
      if (file) return route.fulfill({ body: file.body, contentType: file.type });
      traffic.missing.push(path);
      return route.fulfill({ status: 404, body: 'not found' });
    }
    const standIn = STAND_INS.find(([prefix]) => url.startsWith(prefix));
    if (standIn)
      return route.fulfill({
        ...standIn[1],
        headers: { 'access-control-allow-origin': ORIGIN, 'access-control-allow-credentials': 'true' },
      });
    traffic.aborted.push(url);
    return route.abort('blockedbyclient');
  });
  return traffic;
}
