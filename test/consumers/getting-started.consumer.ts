/**
 * docs/getting-started.md works as written, from the published packages: the commands and code are read
 * from the page itself, run in a project outside the repo, and the result is opened in Chromium. Each way
 * in must end the same: the banner on a first visit, nothing from Google before consent, gtag.js after
 * "Accept all", and the "Cookie settings" link reopening the choices. (Next.js: examples/next has its own.)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type Site, useBrowser, VENDOR_STAND_INS } from '../e2e/harness';
import { codeBlocks } from '../helpers/markdown';
import { type Consumer, createConsumer, ROOT, staticSite } from './harness';

const GUIDE = readFileSync(join(ROOT, 'docs/getting-started.md'), 'utf8');
const GTAG = 'https://www.googletagmanager.com/gtag/js';

/** The code blocks of one section of the guide, by language, in order. */
function section(heading: string) {
  const blocks = codeBlocks(GUIDE, heading);
  const of = (lang: string) => blocks.filter((b) => b.lang === lang).map((b) => b.code);
  return { sh: of('sh'), ts: of('ts'), html: of('html'), json: of('json') };
}

/** The packages an `npm install …` line of the guide names. */
const installed = (sh: string): string[] => {
  const line = sh.split('\n').find((l) => l.startsWith('npm install '));
  if (!line) throw new Error(`no npm install line in:\n${sh}`);
  return line.replace('npm install ', '').trim().split(/\s+/);
};

/** The file a snippet names in its first line (`// src/consent.ts`). */
const fileOf = (code: string): string => {
  const name = /^\/\/ (\S+)/.exec(code)?.[1];
  if (!name) throw new Error(`the snippet does not say which file it is:\n${code}`);
  return name;
};

const page = (body: string, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>site</title>${head}</head><body><main>Hello</main>${body}</body></html>`;

const browser = useBrowser();

/**
 * What every way in must do for a visitor; `cdn` is where the page's own script comes from, if not the
 * site (its chunks come from beside it, so nothing from that folder counts as a vendor's).
 */
async function firstVisit(site: Site, cdn?: string): Promise<Page> {
  const p = await site.open('/');
  const ui = p.locator('conectamos-consent');
  await expect.poll(() => ui.getByRole('region').isVisible()).toBe(true);
  const ours = cdn && new URL('.', cdn).href;
  const vendors = () => site.vendorRequests().filter((url) => !(ours && url.startsWith(ours)));
  expect(vendors(), 'nothing from a vendor before consent').toEqual([]);
  await ui.getByRole('button', { name: 'Accept all' }).click();
  await expect.poll(() => vendors().filter((url) => url.startsWith(GTAG)).length).toBe(1);
  await p.getByRole('link', { name: 'Cookie settings' }).click();
  await expect.poll(() => ui.getByRole('dialog').isVisible()).toBe(true);
  expect(site.unexpected).toEqual([]);
  expect(site.problems.filter((problem) => !problem.startsWith('console: Failed to load resource'))).toEqual(
    [],
  );
  return p;
}

describe('docs/getting-started.md, as written', () => {
  const npm = section('npm, with any bundler');
  const vite = section('Vite');
  const html = section('Plain HTML: one script tag');
  const consentModule = npm.ts[0]!;
  const projects: Consumer[] = [];
  let site: Site | undefined;
  afterAll(async () => {
    await site?.close();
    for (const project of projects) project.remove();
  });
  const open = async (options: Parameters<typeof openSite>[1]) => {
    await site?.close();
    site = await openSite(browser(), { ...options, vendors: { ...VENDOR_STAND_INS, ...options?.vendors } });
    return site;
  };

  it('npm, with any bundler: the install line, the module and the link, bundled by esbuild', async () => {
    const project = await createConsumer({
      packages: installed(npm.sh[0]!),
      files: { [fileOf(consentModule)]: consentModule },
    });
    projects.push(project);
    const { build } = await import('esbuild');
    const bundled = await build({
      entryPoints: [join(project.dir, fileOf(consentModule))],
      absWorkingDir: project.dir,
      bundle: true,
      format: 'esm',
      minify: true,
      write: false,
      logLevel: 'silent',
    });
    await firstVisit(
      await open({
        pages: {
          '/': page(npm.html[0]!, '<script type="module" src="/bundle.js"></script>'),
          '/bundle.js': { body: bundled.outputFiles[0]!.text, type: 'text/javascript' },
        },
      }),
    );
  });

  describe('Vite', () => {
    let project: Consumer;
    beforeAll(async () => {
      // What `npm create vite@latest` makes, reduced to what the guide touches: index.html and src/main.ts.
      project = await createConsumer({
        packages: installed(vite.sh[0]!),
        packageJson: { scripts: { build: 'vite build' }, devDependencies: { vite: '^8.0.0' } },
        files: {
          'index.html': page(
            `<div id="app"></div>${npm.html[0]}`,
            '<script type="module" src="/src/main.ts"></script>',
          ),
          [fileOf(consentModule)]: consentModule,
          [fileOf(vite.ts[0]!)]: vite.ts[0]!,
        },
      });
      projects.push(project);
    });

    it('npm run build bundles it, and the built site asks first and loads after', async () => {
      const built = await project.run('npm', ['run', 'build']);
      expect(built.status, built.stderr).toBe(0);
      await firstVisit(await open({ pages: staticSite(join(project.dir, 'dist'), ['/']) }));
    });
  });

  describe('plain HTML', () => {
    let project: Consumer;
    const [selfHosted] = html.sh;
    beforeAll(async () => {
      project = await createConsumer({ packages: installed(selfHosted!), files: { 'public/.keep': '' } });
      projects.push(project);
      // The guide's copy step, run as written.
      const copy = selfHosted!.split('\n').find((line) => line.startsWith('cp '))!;
      const copied = await project.run('sh', ['-c', copy]);
      expect(copied.status, copied.stderr).toBe(0);
    });
    const container = { body: html.json[0]!, type: 'application/json' };

    it('from a CDN: the URL pattern is the package file, and the page works', async () => {
      const cdn = /src="(https:\/\/cdn\.jsdelivr\.net\/npm\/[^"]+)"/.exec(html.html[0]!)![1]!;
      const path =
        /^https:\/\/cdn\.jsdelivr\.net\/npm\/@conectamos\/consent-browser@\d+\.\d+\.\d+\/(.+)$/.exec(
          cdn,
        )?.[1];
      expect(path, cdn).toBe('dist/consent.js');
      // The CDN serves the whole package: the script, and the chunks it fetches from beside itself.
      const dist = join(project.dir, 'node_modules/@conectamos/consent-browser/dist');
      const files = Object.fromEntries(
        Object.entries(staticSite(dist, [])).map(([file, served]) => [new URL(`.${file}`, cdn).href, served]),
      );
      expect(Object.keys(files)).toContain(cdn);
      await firstVisit(
        await open({
          pages: { '/': page(html.html[0]!), '/consent.json': container },
          vendors: files,
        }),
        cdn,
      );
    });

    it('self-hosted: the copied file, served next to the pages', async () => {
      const served = staticSite(join(project.dir, 'public'), []);
      expect(Object.keys(served)).toContain('/consent.js');
      await firstVisit(
        await open({
          pages: { ...served, '/': page(`${html.html[1]}${npm.html[0]}`), '/consent.json': container },
        }),
      );
    });

    it('tools resolve @conectamos/consent-browser/consent.js to that file', async () => {
      const file = join(project.dir, 'node_modules/@conectamos/consent-browser/dist/consent.js');
      const esm = await project.run('node', [
        '--input-type=module',
        '-e',
        `console.log(new URL(import.meta.resolve('@conectamos/consent-browser/consent.js')).pathname)`,
      ]);
      const cjs = await project.run('node', [
        '-e',
        `console.log(require.resolve('@conectamos/consent-browser/consent.js'))`,
      ]);
      expect([esm.stdout.trim(), cjs.stdout.trim()]).toEqual([file, file]);
      expect(existsSync(file)).toBe(true);
      expect(readFileSync(join(project.dir, 'public/consent.js'))).toEqual(readFileSync(file));
    });
  });
});
