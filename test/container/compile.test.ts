// @vitest-environment node
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scriptTags } from '@conectamos/consent-container';
import { afterAll, describe, expect, test } from 'vitest';
import { consent, root } from './run';

/** The built CLI writes into a scratch folder per build. */
const scratch = mkdtempSync(join(tmpdir(), 'consent-build-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const out = (name: string) => join(scratch, name);
const sri = (file: string) => `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
const gaAndPosthog = join(root, 'test/container/fixtures/good-minimal.json');

/** Builds a container file and returns the files and what the CLI printed. */
function build(fixture: string, dir: string, ...more: string[]) {
  const run = consent('build', fixture, '--out', dir, ...more);
  const built = JSON.parse(readFileSync(join(dir, 'consent.build.json'), 'utf8'));
  return {
    run,
    built,
    main: join(dir, built.main.file),
    ui: join(dir, built.chunks.ui.file),
    dialog: join(dir, built.chunks.dialog.file),
  };
}

// Each build bundles and minifies the drop-in (a few seconds on a busy 2-core machine).
describe('consent build', { timeout: 60_000 }, () => {
  test('writes consent.<hash>.js, the banner and dialog chunks, and prints the script tag with the SRI of the file written', () => {
    const { run, built, main, ui, dialog } = build(
      join(root, 'test/container/fixtures/conectamos.json'),
      out('conectamos'),
      '--base',
      '/consent/',
    );
    expect(run.status).toBe(0);
    expect(built.main.file).toMatch(/^consent\.[0-9a-f]{8}\.js$/);
    expect(built.chunks.ui.file).toMatch(/^consent-ui\.[0-9a-f]{8}\.js$/);
    expect(built.chunks.dialog.file).toMatch(/^consent-dialog\.[0-9a-f]{8}\.js$/);
    expect(existsSync(main) && existsSync(ui) && existsSync(dialog)).toBe(true);
    expect(built.main.integrity).toBe(sri(main));
    expect(built.chunks.ui.integrity).toBe(sri(ui));
    expect(built.chunks.dialog.integrity).toBe(sri(dialog));
    // Seven vendors: the dialog chunk has each one's Spanish texts (HubSpot's purpose, say); the banner's
    // chunk has none, since only the dialog shows them.
    expect(readFileSync(dialog, 'utf8')).toContain(
      'Relaciona las visitas y los registros con nuestras campa',
    );
    expect(readFileSync(ui, 'utf8')).not.toContain('Relaciona las visitas');
    expect(run.stdout).toContain(
      `<script src="/consent/${built.main.file}" integrity="${built.main.integrity}" crossorigin="anonymous" async></script>`,
    );
    // The UI preloader: an inline script, and the CSP hash of exactly what it runs.
    const preloader = /<script>(.+)<\/script>/.exec(run.stdout)![1]!;
    expect(preloader).toContain(`l.href="/consent/${built.chunks.ui.file}"`);
    expect(preloader).toContain(`l.integrity="${built.chunks.ui.integrity}"`);
    const hash = createHash('sha256').update(preloader).digest('base64');
    expect(run.stdout).toContain(`'sha256-${hash}'`);
    // The compiled container keeps what the runtime needs of it, proof of consent included.
    expect(readFileSync(main, 'utf8')).toContain('"receipts":{"endpoint":"/consent/receipts"}');
  });

  test("carries only the container's vendors, and no container fetch", () => {
    const container = join(scratch, 'ga-posthog.json');
    writeFileSync(
      container,
      JSON.stringify({
        policyVersion: '2026-11-01',
        adapters: {
          'google-analytics': { measurementId: 'G-TEST12345' },
          posthog: { apiKey: 'phc_TestKeyForTheBrowserSuite0123456789' },
        },
      }),
    );
    const { main, ui, dialog } = build(container, out('two'));
    const code = readFileSync(main, 'utf8');
    // The dialog chunk too: their Spanish texts, and no other vendor's (smaller than the package's chunk).
    const texts = readFileSync(dialog, 'utf8');
    expect(texts).toContain('Cuenta las visitas y c'); // Google Analytics' purpose
    expect(texts).not.toContain('Relaciona las visitas y los registros'); // HubSpot's
    const shipped = JSON.parse(readFileSync(join(root, 'packages/browser/dist/chunks.json'), 'utf8'));
    expect(texts.length).toBeLessThan(
      readFileSync(join(root, 'packages/browser/dist', shipped.dialog.file)).length,
    );
    // The banner's chunk is the package's own, byte for byte: the same for every container.
    expect(readFileSync(ui)).toEqual(readFileSync(join(root, 'packages/browser/dist', shipped.ui.file)));
    // V8's compile hint opens the file, where Chromium looks for it (docs/benchmarks.md: "Where the time goes").
    expect(code.startsWith('//# allFunctionsCalledOnLoad\n')).toBe(true);
    expect(code).toContain('googletagmanager.com/gtag/js');
    expect(code).toContain('i.posthog.com');
    for (const other of ['hs-scripts.com', 'widget.intercom.io', 'snap.licdn.com', 'js.stripe.com'])
      expect(code, other).not.toContain(other);
    // No container is fetched, and the part-by-part checks of a fetched one are not carried.
    expect(code).not.toContain('data-container');
    expect(code).not.toContain('consent container:');
    const generic = readFileSync(join(root, 'packages/browser/dist/consent.js'), 'utf8');
    expect(generic).toContain('consent container:');
  });

  test('the same container builds the same file, and a changed one another name', () => {
    const a = build(gaAndPosthog, out('a')).built.main.file;
    const b = build(gaAndPosthog, out('b')).built.main.file;
    expect(a).toBe(b);
    const c = build(join(root, 'test/container/fixtures/good-campaigns.json'), out('c')).built.main.file;
    expect(c).not.toBe(a);
  });

  test('an invalid container is not built; --out is required', () => {
    const bad = consent('build', join(root, 'test/container/fixtures/bad-date.json'), '--out', out('bad'));
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/is not a valid container/);
    expect(existsSync(out('bad'))).toBe(false);
    const usage = consent('build', gaAndPosthog);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/build needs --out <dir>/);
  });
});

describe('the UI preloader', () => {
  const compiled = {
    main: { file: 'consent.aaaa.js', integrity: 'sha384-main', bytes: 1 },
    chunks: { ui: { file: 'consent-ui.bbbb.js', integrity: 'sha384-ui', bytes: 1 } },
  };
  /** Runs the printed inline script against a page with these cookies and this stored value. */
  const preloads = (cookie: string, stored: string | null = null): string[] => {
    const code = /<script>(.+)<\/script>/.exec(scriptTags(compiled, '/c/').preloadUI!)![1]!;
    const added: { href?: string }[] = [];
    const document = {
      cookie,
      createElement: () => ({}),
      head: { appendChild: (l: object) => added.push(l) },
    };
    const localStorage = { getItem: () => stored };
    new Function('document', 'localStorage', code)(document, localStorage);
    return added.map((l) => l.href!);
  };

  test('a first visit preloads the banner; a stored decision, in localStorage or the cookie, does not', () => {
    expect(preloads('')).toEqual(['/c/consent-ui.bbbb.js']);
    expect(preloads('', '{"schema":2}')).toEqual([]);
    expect(preloads('theme=dark; cookie_consent=%7B%7D')).toEqual([]);
    expect(preloads('cookie_consent=%7B%7D')).toEqual([]);
  });

  test('a cookie whose name only ends like the record is not the record', () => {
    expect(preloads('old_cookie_consent=1; xcookie_consent=2')).toEqual(['/c/consent-ui.bbbb.js']);
  });
});
