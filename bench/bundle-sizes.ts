/**
 * What each entry costs a visitor in bytes (bundled and minified with esbuild for ES2020, gzip and
 * brotli as the size budgets measure them), and where the drop-in's bytes go, layer by layer.
 * Returns the Markdown sections for docs/benchmarks.md.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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
// The last layer is consent.js itself, as built; the UI is not in it, but in the chunks after it.
const layers: [name: string, entry?: string][] = [
  ['the core', `import { createConsent } from '@conectamos/consent'; window.x = [createConsent];`],
  [
    '+ the seven adapters and gtag',
    `import { createConsent } from '@conectamos/consent';
     import { FACTORIES } from './packages/browser/src/registry'; window.x = [createConsent, FACTORIES];`,
  ],
  ['+ the container runtime (boot, campaigns, markup hooks, SPA, queue, chunk loader) = consent.js'],
];

/** What each on-demand chunk of the drop-in is, and when a visitor downloads it. */
const CHUNKS: Record<string, string> = {
  ui: 'the banner, Spanish and English: first visits, and a "Cookie settings" click',
  dialog: "the preferences dialog, its styles and texts, the vendors' Spanish: the first time it opens",
  debug: 'the debug view: only with `?consent_debug=1`',
};

/** The gzip budgets the packages set themselves (package.json "sizeLimit"), read as .size-limit.js reads them. */
function budgets(): string {
  const lines: string[] = [];
  for (const dir of readdirSync(join(root, 'packages')).sort()) {
    const file = join(root, 'packages', dir, 'package.json');
    if (!existsSync(file)) continue;
    for (const budget of JSON.parse(readFileSync(file, 'utf8')).sizeLimit ?? [])
      lines.push(`\`${budget.path ? `${dir} ${budget.path.replace('dist/', '')}` : dir}\` ${budget.gzip}`);
  }
  return lines.join(', ');
}

/** The sections "What a visitor downloads" and "Where the drop-in's bytes go". */
export async function bundleSizes(): Promise<string> {
  const rows: string[] = [];
  for (const [name, entry, external] of entries) {
    const s = compressed(await bundle(entry, { external, tsconfigRaw: {} }));
    rows.push(`| ${name} | ${kb(s.raw)} | ${kb(s.gzip)} | ${kb(s.brotli)} |`);
  }
  const browserDist = join(root, 'packages/browser/dist');
  const dropIn = compressed(readFileSync(join(browserDist, 'consent.js')));
  rows.push(
    `| **drop-in consent.js** (core, seven adapters, campaigns; the UI in on-demand chunks) | ${kb(dropIn.raw)} | ${kb(dropIn.gzip)} | ${kb(dropIn.brotli)} |`,
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
  const chunks = JSON.parse(readFileSync(join(browserDist, 'chunks.json'), 'utf8')) as Record<
    string,
    { file: string }
  >;
  const chunkSizes = Object.fromEntries(
    Object.entries(chunks).map(([name, { file }]) => [
      name,
      compressed(readFileSync(join(browserDist, file))),
    ]),
  );
  const chunkRows = Object.entries(chunkSizes).map(
    ([name, size]) =>
      `| \`${chunks[name]!.file.replace(/\.[0-9a-f]{8}\.js$/, '.<hash>.js')}\` | ${CHUNKS[name] ?? name} | ${kb(size.gzip)} | ${kb(size.brotli)} |`,
  );
  const withBanner = dropIn.gzip + (chunkSizes.ui?.gzip ?? 0);

  return `## What a visitor downloads

Bundled and minified with esbuild (ES2020). The budgets themselves are enforced by size-limit
(\`.size-limit.js\`), which reads a few bytes lower because it leaves out the import statements of the
packages an entry builds on.

| entry | minified | gzip | brotli |
|---|---:|---:|---:|
${rows.join('\n')}

The peers, measured the same way, are in the side-by-side table above (the files each one ships for
the same page). Measured once by hand, not in the comparison: vanilla-cookieconsent's core without UI
4.56 KB gzip, c15t's headless runtime alone 28.68 KB, tarteaucitron's default runtime 59.88 KB.

The budgets, gzip, enforced by the test suite: ${budgets()}. The drop-in is built for the browser only: the
adapters' CSP host lists, which only a server needs (\`consent csp\`), are left out of it, and terser makes
a last pass over it.

## Where the drop-in's bytes go

Each layer bundled from source as consent.js is built, gzip level 9:

| layer | gzip, cumulative | gzip, this layer |
|---|---:|---:|
${layerRows.join('\n')}

The UI is not in consent.js: it comes in chunks beside it, each fetched with its SRI hash only when needed.

| chunk | what it is, and who downloads it | gzip | brotli |
|---|---|---:|---:|
${chunkRows.join('\n')}

A returning visitor downloads consent.js alone (${kb(dropIn.gzip)}); a first visit adds the banner
(${kb(withBanner)} in all); the dialog comes only to those who open it. \`consent build\` makes a smaller main
script for one container (its vendors only, its container compiled in) and a dialog chunk with only its
vendors' texts: the compiled drop-in in the side-by-side tables above.
`;
}
