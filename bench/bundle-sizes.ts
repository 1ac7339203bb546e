/**
 * What each entry costs a visitor in bytes (bundled and minified with esbuild for ES2020, gzip and
 * brotli as the size budgets measure them), and where the drop-in's bytes go, layer by layer.
 * Returns the Markdown sections for docs/benchmarks.md.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type BuildOptions, build } from 'esbuild';
import { browserBuild, finalMinify } from '../scripts/bundling';
import { compressed, kb } from './compress';

const root = join(import.meta.dirname, '..');

/** Bundles an entry written here, minified for ES2020; `options` say how it differs from a plain ESM bundle. */
async function bundle(entry: string, options: BuildOptions = {}): Promise<string> {
  const result = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2020',
    write: false,
    logLevel: 'silent',
    ...options,
  });
  return result.outputFiles![0]!.text; // write: false always gives outputFiles
}

/** The built entry point of a package. */
export const dist = (name: string): string => join(root, 'packages', name, 'dist/index.js');

const entries: [string, string, string[]][] = [
  ['core: createConsent', `export { createConsent } from '${dist('core')}'`, []],
  [
    'ui: mountConsentUI (on top of core)',
    `export { mountConsentUI } from '${dist('ui')}'`,
    ['@conectamos/consent'],
  ],
  ['gtag (on top of core)', `export { useGtag } from '${dist('gtag')}'`, ['@conectamos/consent']],
  ...(
    [
      ['google-analytics', 'googleAnalytics'],
      ['google-ads', 'googleAds'],
      ['posthog', 'posthog'],
      ['hubspot', 'hubspot'],
      ['linkedin-insight', 'linkedinInsight'],
      ['stripe', 'stripe, getStripe'],
      ['intercom', 'intercom'],
    ] as const
  ).map(([dir, names]): [string, string, string[]] => {
    const external = dir.startsWith('google-')
      ? ['@conectamos/consent', '@conectamos/consent-gtag']
      : ['@conectamos/consent'];
    return [
      `${dir} (on top of core${external.length > 1 ? ' and gtag' : ''})`,
      `export { ${names} } from '${dist(dir)}'`,
      external,
    ];
  }),
];

// Where the drop-in's bytes go: its layers bundled from source the way build.ts builds consent.js (one
// IIFE, its build flags, terser's last pass), each row adding one layer to the row above.
// The last layer is consent.js itself, as built.
const layers: [name: string, entry?: string][] = [
  ['the core', `import { createConsent } from '@conectamos/consent'; window.x = [createConsent];`],
  [
    '+ the UI (banner, dialog, styles, Spanish and English)',
    `import { createConsent } from '@conectamos/consent'; import { mountConsentUI } from '@conectamos/consent-ui';
     window.x = [createConsent, mountConsentUI];`,
  ],
  [
    '+ the seven adapters and gtag',
    `import { createConsent } from '@conectamos/consent'; import { mountConsentUI } from '@conectamos/consent-ui';
     import { FACTORIES } from './packages/browser/src/registry'; window.x = [createConsent, mountConsentUI, FACTORIES];`,
  ],
  ['+ the container runtime (boot, campaigns, markup hooks, SPA, queue) = consent.js'],
];

/** The sections "What a visitor downloads" and "Where the drop-in's bytes go". */
export async function bundleSizes(): Promise<string> {
  const rows: string[] = [];
  for (const [name, entry, external] of entries) {
    const s = compressed(await bundle(entry, { external, tsconfigRaw: {} }));
    rows.push(`| ${name} | ${kb(s.raw)} | ${kb(s.gzip)} | ${kb(s.brotli)} |`);
  }
  const dropIn = compressed(readFileSync(join(root, 'packages/browser/dist/consent.js')));
  rows.push(
    `| **drop-in consent.js** (core, UI, seven adapters, campaigns) | ${kb(dropIn.raw)} | ${kb(dropIn.gzip)} | ${kb(dropIn.brotli)} |`,
  );

  const asDropIn: BuildOptions = {
    ...browserBuild,
    format: 'iife',
    tsconfig: join(root, 'tsconfig.json'),
    logLevel: 'silent',
  };
  const cumulative: number[] = [];
  for (const [, entry] of layers)
    cumulative.push(entry ? compressed(await finalMinify(await bundle(entry, asDropIn))).gzip : dropIn.gzip);
  const layerRows = layers.map(
    ([name], i) => `| ${name} | ${kb(cumulative[i]!)} | ${kb(cumulative[i]! - (cumulative[i - 1] ?? 0))} |`,
  );
  const coreAndUi = cumulative[1]!;

  return `## What a visitor downloads

Bundled and minified with esbuild (ES2020). The budgets themselves are enforced by size-limit
(\`.size-limit.json\`), which reads a few bytes lower because it leaves out the import statements of the
packages an entry builds on.

| entry | minified | gzip | brotli |
|---|---:|---:|---:|
${rows.join('\n')}

The peers, measured the same way, are in the side-by-side table above (the files each one ships for
the same page). Measured once by hand, not in the comparison: vanilla-cookieconsent's core without UI
4.56 KB gzip, c15t's headless runtime alone 28.68 KB, tarteaucitron's default runtime 59.88 KB.

The per-package budgets (core 3 KB, UI 5 KB, gtag 0.8 KB, each adapter 1 KB) are met and enforced by the
test suite. The drop-in is built for the browser only: the adapters' CSP host lists, which only a server
needs (\`consent csp\`), are left out of it, and terser makes a last pass over it.

## Where the drop-in's bytes go

Each layer bundled from source as consent.js is built, gzip level 9:

| layer | gzip, cumulative | gzip, this layer |
|---|---:|---:|
${layerRows.join('\n')}

**The 10 KB gzip target for the whole drop-in is not met.** The core and the UI alone take ${kb(coreAndUi)},
which leaves ${kb(10_000 - coreAndUi)} for seven vendors, gtag and the container runtime; they take
${kb(dropIn.gzip - coreAndUi)} for what the adapter and UI issues ask of them (validated options with clear
errors, cookie declarations that feed the tables and the cleanup, both languages). size-limit guards
today's figure against growth; getting to 10 KB is a product decision: a revised budget, or a drop-in
that loads the preferences dialog and the vendor texts on demand.
`;
}
