/**
 * Real-browser harness: system Chromium driven by playwright-core, with every request routed.
 * The site (https://www.conectamos.test) is served from memory and from the repo's built packages;
 * vendor hosts are served by stand-ins; anything else is aborted. Every request is recorded, so a
 * test can prove which vendor was asked for what, and that nothing was asked before consent.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launch } from '../../scripts/chromium';

export { launch };

export const ROOT = join(import.meta.dirname, '../..');

/**
 * Where the tests' screenshots go: docs/screenshots with CONSENT_SCREENSHOTS=1 (to refresh the docs' images on
 * purpose), test-results/screenshots otherwise, so a test run never rewrites committed images (they hold dates
 * relative to today and timestamps, and would change on every run).
 */
export const SHOTS = join(
  ROOT,
  process.env.CONSENT_SCREENSHOTS === '1' ? 'docs/screenshots' : 'test-results/screenshots',
);
mkdirSync(SHOTS, { recursive: true });
export const ORIGIN = 'https://www.conectamos.test';
export const NONCE = 'dGVzdC1ub25jZQ==';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.html': 'text/html',
  '.css': 'text/css',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** A response served for a path or a URL. */
export interface Served {
  body: string | Buffer;
  type?: string;
  status?: number;
  headers?: Record<string, string>;
}

/** What a site serves: pages by path on the site origin, and stand-ins by URL prefix for vendor hosts. */
export interface SiteOptions {
  /** Pages and files on the site origin, by path (`/`, `/app`, `/consent.json`). */
  pages?: Record<string, string | Served>;
  /** Vendor stand-ins, by URL prefix (`https://www.googletagmanager.com/gtag/js`). Longest prefix wins. */
  vendors?: Record<string, string | Served | ((url: URL, route: Route) => Served | Promise<Served>)>;
  /** Headers on every HTML page (a Content-Security-Policy, say). */
  pageHeaders?: Record<string, string>;
  /**
   * A local server (`http://127.0.0.1:<port>`) that answers the site's requests `pages` has no entry
   * for: an app's own production server, seen by the browser at the site origin.
   */
  upstream?: string;
}

/** A browser context with its request log. */
export interface Site {
  context: BrowserContext;
  /** Every request the pages made, in order: method and URL. */
  requests: { method: string; url: string; postData: string | null }[];
  /** Requests to hosts that are neither the site nor a stand-in (aborted). */
  unexpected: string[];
  /** Errors thrown in pages, console errors and CSP violations. */
  problems: string[];
  /** Opens a page and wires its error reporting. */
  open(path?: string): Promise<Page>;
  /** The requests whose host is not the site. */
  vendorRequests(): string[];
  close(): Promise<void>;
}

const serveFile = (path: string): Served | undefined => {
  // Only built packages, docs and fixtures are served from disk, never the repo at large.
  const file = normalize(join(ROOT, path));
  if (!file.startsWith(ROOT) || !/^\/(packages\/[^/]+\/dist|docs|test\/e2e\/fixtures)\//.test(path))
    return undefined;
  if (!existsSync(file)) return undefined;
  return { body: readFileSync(file), type: TYPES[extname(file)] };
};

/** Opens a browser context that serves the site and the stand-ins and records every request. */
export async function openSite(browser: Browser, options: SiteOptions = {}): Promise<Site> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const requests: Site['requests'] = [];
  const unexpected: string[] = [];
  const problems: string[] = [];
  const vendors = Object.entries(options.vendors ?? {}).sort(([a], [b]) => b.length - a.length);

  await context.route('**/*', async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    requests.push({ method: request.method(), url: url.href, postData: request.postData() });
    if (url.origin === ORIGIN) {
      const page = options.pages?.[url.pathname];
      if (!page && options.upstream)
        return route.fulfill({
          response: await route.fetch({ url: `${options.upstream}${url.pathname}${url.search}` }),
        });
      const served: Served | undefined =
        typeof page === 'string' ? { body: page, type: 'text/html' } : (page ?? serveFile(url.pathname));
      if (!served) return route.fulfill({ status: 404, body: 'not found' });
      const type = served.type ?? 'text/html';
      const headers = { ...(type === 'text/html' ? options.pageHeaders : {}), ...served.headers };
      return route.fulfill({ status: served.status ?? 200, contentType: type, body: served.body, headers });
    }
    const match = vendors.find(([prefix]) => url.href.startsWith(prefix));
    if (match) {
      const [, stand] = match;
      const served =
        typeof stand === 'function'
          ? await stand(url, route)
          : typeof stand === 'string'
            ? { body: stand }
            : stand;
      return route.fulfill({
        status: served.status ?? 200,
        contentType: served.type ?? 'text/javascript',
        body: served.body,
        headers: {
          'access-control-allow-origin': ORIGIN,
          'access-control-allow-credentials': 'true',
          ...served.headers,
        },
      });
    }
    unexpected.push(url.href);
    return route.abort('blockedbyclient');
  });

  return {
    context,
    requests,
    unexpected,
    problems,
    async open(path = '/') {
      const page = await context.newPage();
      page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console: ${message.text()}`);
      });
      await page.exposeFunction('__reportProblem', (text: string) => problems.push(text));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          (window as unknown as { __reportProblem(t: string): void }).__reportProblem(
            `csp: ${event.violatedDirective} blocked ${event.blockedURI}`,
          );
        });
      });
      await page.goto(`${ORIGIN}${path}`);
      return page;
    },
    vendorRequests: () => requests.map((r) => r.url).filter((u) => new URL(u).origin !== ORIGIN),
    // A page may still be fetching when a test ends (Next.js prefetches links, a beacon is on its way): its
    // handler then fails against the closed context, an error no test should see.
    close: async () => {
      await context.unrouteAll({ behavior: 'ignoreErrors' });
      await context.close();
    },
  };
}

/** The import map a test page uses to load the built packages as a site would. */
export function importMap(nonce?: string): string {
  const packages = [
    'core',
    'gtag',
    'google-analytics',
    'google-ads',
    'posthog',
    'hubspot',
    'linkedin-insight',
    'stripe',
    'intercom',
    'ui',
  ];
  const imports: Record<string, string> = {};
  for (const name of packages) {
    const specifier = name === 'core' ? '@conectamos/consent' : `@conectamos/consent-${name}`;
    imports[specifier] = `/packages/${name}/dist/index.js`;
  }
  return `<script type="importmap"${nonce ? ` nonce="${nonce}"` : ''}>${JSON.stringify({ imports })}</script>`;
}

/** A minimal HTML page: the import map and one module script. */
export function page(
  module: string,
  { nonce, head = '', body = '' }: { nonce?: string; head?: string; body?: string } = {},
): string {
  const n = nonce ? ` nonce="${nonce}"` : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>test</title>${head}${importMap(nonce)}</head><body>${body}<script type="module"${n}>${module}</script></body></html>`;
}

/** Waits until the drop-in has started on the page: its `window.ConectamosConsent` instance answers. */
export const dropInStarted = (p: Page): Promise<unknown> =>
  p.waitForFunction(
    () =>
      typeof (window as { ConectamosConsent?: { acceptAll?: unknown } }).ConectamosConsent?.acceptAll ===
      'function',
  );

/** Waits until `window.__ready` is set by the page module (the SDK booted). */
export const ready = (p: Page): Promise<unknown> =>
  p.waitForFunction(() => (window as unknown as { __ready?: boolean }).__ready === true);

/** The browser of one test file: launched before its tests, closed after them. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}

/** A vendor's stand-in script, from test/e2e/stand-ins/. */
export const standIn = (name: string): string =>
  readFileSync(join(import.meta.dirname, 'stand-ins', `${name}.js`), 'utf8');

/** An empty 1×1 GIF: what beacon endpoints answer. */
export const GIF: Served = { body: Buffer.from('R0lGODlhAQABAAAAACw=', 'base64'), type: 'image/gif' };

/** An empty JSON object: what collection endpoints answer. */
export const JSON_OK: Served = { body: '{}', type: 'application/json' };

/** The seven vendors' stand-ins and collection endpoints, at the hosts the adapters use by default. */
export const VENDOR_STAND_INS: NonNullable<SiteOptions['vendors']> = {
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
