import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { consent } from '../container/run';
import { dropInStarted, openSite, type Served, type Site, useBrowser, VENDOR_STAND_INS } from './harness';

/**
 * A drop-in compiled by `consent build`, served as a site would serve it: the container is in the script,
 * only its vendors are, and the banner is a chunk fetched when something must be shown.
 */
const container = {
  policyVersion: '2026-11-01',
  ui: { policyUrl: '/cookies', lang: 'en' },
  adapters: {
    'google-analytics': { measurementId: 'G-TEST12345' },
    'linkedin-insight': { partnerId: '123456' },
  },
  campaigns: [
    {
      id: 'webinar',
      adapter: 'linkedin-insight',
      on: { event: 'webinar_registered' },
      send: { conversionId: 987654 },
    },
  ],
};

/** What `consent build` printed and wrote for a container, and its files as a site serves them. */
interface Compiled {
  /** The printed `<script src … integrity … async>` tag. */
  tag: string;
  /** The printed inline UI preloader, and the CSP hash printed for it. */
  preloader: string;
  preloaderHash: string;
  /** consent.build.json: the main file and the chunks. */
  built: { main: { file: string }; chunks: Record<string, { file: string }> };
  /** Every file the build wrote, under /assets/ as the printed tags say. */
  files: Record<string, Served>;
}

let dir: string;
let english: Compiled;
let spanish: Compiled;

/** Runs the built CLI's `consent build` on a container, as the compiled drop-in's docs say. */
function compile(name: string, value: unknown): Compiled {
  const file = join(dir, `${name}.json`);
  const out = join(dir, name);
  writeFileSync(file, JSON.stringify(value));
  const run = consent('build', file, '--out', out, '--base', '/assets/');
  if (run.status !== 0) throw new Error(run.stderr);
  const built = JSON.parse(readFileSync(join(out, 'consent.build.json'), 'utf8'));
  return {
    tag: /<script [^>]+><\/script>/.exec(run.stdout)![0],
    preloader: /<script>.+<\/script>/.exec(run.stdout)![0],
    preloaderHash: /'sha256-[^']+'/.exec(run.stdout)![0],
    built,
    files: Object.fromEntries(
      [built.main, ...Object.values(built.chunks)].map(({ file }: { file: string }) => [
        `/assets/${file}`,
        { body: readFileSync(join(out, file)), type: 'text/javascript' },
      ]),
    ),
  };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'consent-compiled-'));
  english = compile('en', container);
  spanish = compile('es', { ...container, ui: { policyUrl: '/cookies', lang: 'es' } });
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const browser = useBrowser();
let site: Site;
afterEach(async () => {
  expect(site.unexpected, 'requests to hosts with no stand-in').toEqual([]);
  expect(
    site.problems.filter((p) => p.startsWith('pageerror') || p.startsWith('csp')),
    'page errors',
  ).toEqual([]);
  await site?.close();
});

const pageWith = (head: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body><a href="/cookies" data-consent-open>Cookie settings</a></body></html>`;

describe('a compiled drop-in in Chromium', () => {
  test('first visit: the printed tag loads it (its integrity checked), the banner shows, no container is fetched, nothing before consent', async () => {
    site = await openSite(browser(), {
      pages: { '/': pageWith(english.tag), ...english.files },
      vendors: VENDOR_STAND_INS,
    });
    const p = await site.open('/');
    await expect.poll(() => p.locator('conectamos-consent').getByRole('region').isVisible()).toBe(true);
    expect(site.requests.some((r) => r.url.endsWith('.json'))).toBe(false);
    expect(site.vendorRequests()).toEqual([]);
    await p.locator('conectamos-consent').getByRole('button', { name: 'Accept all' }).click();
    await expect
      .poll(() => site.vendorRequests().some((u) => u.includes('/gtag/js?id=G-TEST12345')))
      .toBe(true);
    await p.evaluate(() =>
      (window as { ConectamosConsent?: { track(e: string): void } }).ConectamosConsent!.track(
        'webinar_registered',
      ),
    );
    await expect.poll(() => site.vendorRequests().some((u) => u.includes('conversionId=987654'))).toBe(true);
  });

  test("in Spanish: the dialog describes the container's vendors in Spanish, from the chunk built for it", async () => {
    site = await openSite(browser(), {
      pages: { '/': pageWith(spanish.tag), ...spanish.files },
      vendors: VENDOR_STAND_INS,
    });
    const p = await site.open('/');
    await expect.poll(() => p.locator('conectamos-consent').getByRole('region').isVisible()).toBe(true);
    await p.locator('a[data-consent-open]').click();
    const dialog = p.locator('conectamos-consent').getByRole('dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const text = await dialog.textContent();
    expect(text).toContain('Cuenta las visitas y cómo se usan las páginas'); // Google Analytics, in Spanish
    expect(text).toContain('Remarketing y medición de conversiones'); // LinkedIn's cookie, in Spanish
    expect(site.vendorRequests()).toEqual([]);
  });

  test('returning visit: the vendors start, and no UI code is downloaded', async () => {
    site = await openSite(browser(), {
      pages: { '/': pageWith(english.tag), ...english.files },
      vendors: VENDOR_STAND_INS,
    });
    const p = await site.open('/');
    await dropInStarted(p);
    await p.evaluate(() =>
      (window as { ConectamosConsent?: { acceptAll(): void } }).ConectamosConsent!.acceptAll(),
    );
    const before = site.requests.length;
    await p.reload();
    await dropInStarted(p);
    await expect.poll(() => site.requests.slice(before).some((r) => r.url.includes('/gtag/js'))).toBe(true);
    await p.waitForTimeout(300);
    expect(site.requests.slice(before).filter((r) => r.url.endsWith(english.built.chunks.ui!.file))).toEqual(
      [],
    );
  });

  test('the printed UI preloader, allowed by its hash under a strict CSP: a first visit fetches the banner once, beside the script; a returning visit not at all', async () => {
    const csp = `script-src 'self' ${english.preloaderHash} https://www.googletagmanager.com https://snap.licdn.com; require-trusted-types-for 'script'; trusted-types conectamos-consent`;
    site = await openSite(browser(), {
      pages: { '/': pageWith(`${english.preloader}${english.tag}`), ...english.files },
      vendors: VENDOR_STAND_INS,
      pageHeaders: { 'content-security-policy': csp },
    });
    const ui = () => site.requests.filter((r) => r.url.endsWith(english.built.chunks.ui!.file)).length;
    const p = await site.open('/');
    await expect.poll(() => p.locator('conectamos-consent').getByRole('region').isVisible()).toBe(true);
    // The chunk loader's script used the preloaded response (same URL, integrity and CORS mode).
    expect(ui()).toBe(1);
    expect(site.vendorRequests()).toEqual([]);
    await p.locator('conectamos-consent').getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => site.vendorRequests().some((u) => u.includes('/gtag/js'))).toBe(true);

    const before = site.requests.length;
    await p.reload();
    await dropInStarted(p);
    await expect.poll(() => site.requests.slice(before).some((r) => r.url.includes('/gtag/js'))).toBe(true);
    await p.waitForTimeout(300);
    expect(ui()).toBe(1);
  });

  test("a changed main file is refused by the tag's integrity: nothing of it runs", async () => {
    const main = Object.keys(english.files).find((path) => !path.endsWith(english.built.chunks.ui!.file))!;
    site = await openSite(browser(), {
      pages: {
        '/': pageWith(english.tag),
        ...english.files,
        [main]: { body: 'window.__tampered = true;', type: 'text/javascript' },
      },
      vendors: VENDOR_STAND_INS,
    });
    const p = await site.open('/');
    await p.waitForTimeout(500);
    expect(await p.evaluate(() => (window as { __tampered?: boolean }).__tampered)).toBeUndefined();
    site.problems.splice(0);
  });
});
