// @vitest-environment node
/**
 * CSP host lists are for a server's header, never for a visitor's browser: they live in each vendor's
 * manifest module, which the factory never imports, so neither the drop-in nor a site's own bundle of a
 * factory carries them. Runs on the build (`npm test` builds first).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, test } from 'vitest';
import { consent, fixture, root } from '../container/run';

const built = (path: string): string => readFileSync(join(root, 'packages', path), 'utf8');
const dropIn = built('browser/dist/consent.js');
const csp = consent('csp', fixture('conectamos.json')).stdout;

/** What a site's bundler keeps of a package when the page imports one name from it. */
async function siteBundle(dir: string, name: string): Promise<string> {
  const result = await build({
    stdin: {
      contents: `export { ${name} } from './dist/index.js';`,
      resolveDir: join(root, 'packages', dir),
    },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

// One host per adapter that appears in its CSP declaration and nowhere else in its code.
const cspOnlyHosts: [adapter: string, factory: string, host: string][] = [
  ['google-analytics', 'googleAnalytics', 'analytics.google.com'],
  ['google-ads', 'googleAds', 'pagead2.googlesyndication.com'],
  ['posthog', 'posthog', 'us-assets.i.posthog.com'],
  ['hubspot', 'hubspot', 'hubapi.com'],
  ['linkedin-insight', 'linkedinInsight', 'ads.linkedin.com'],
  ['stripe', 'stripe', 'hooks.stripe.com'],
  ['intercom', 'intercom', 'intercom-attachments-5.com'],
];

describe('CSP host lists stay where CSP is computed', () => {
  test.each(cspOnlyHosts)(
    '%s: %s is in the manifest and `consent csp`, not in consent.js nor a bundle of the factory',
    async (adapter, factory, host) => {
      expect(built(`${adapter}/dist/manifest.js`)).toContain(host);
      expect(adapter === 'posthog' ? consent('csp', fixture('posthog-us.json')).stdout : csp).toContain(host);
      expect(dropIn).not.toContain(host);
      const bundle = await siteBundle(adapter, factory);
      expect(bundle).not.toContain(host);
      // The check can fail: the manifest itself, bundled, does carry it.
      expect(await siteBundle(adapter, 'manifest')).toContain(host);
    },
  );

  test("Google Ads' list of currencies, data for the validator, stays out of the browser too", async () => {
    // "XCG" and "ZWG" are codes no code path of the factory names; the factory checks the format only.
    expect(await siteBundle('google-ads', 'manifest')).toContain('"XCG"');
    for (const code of ['"XCG"', '"ZWG"']) {
      expect(dropIn).not.toContain(code);
      expect(await siteBundle('google-ads', 'googleAds')).not.toContain(code);
    }
  });

  test('the drop-in still holds every adapter (their script URLs are there)', () => {
    for (const url of [
      'https://www.googletagmanager.com/gtag/js',
      'https://snap.licdn.com/li.lms-analytics/insight.min.js',
      'https://js.stripe.com',
      'https://widget.intercom.io/widget/',
      'hs-scripts.com/',
      'i.posthog.com',
    ])
      expect(dropIn).toContain(url);
  });
});
