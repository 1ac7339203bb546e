/// <reference types="node" />
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ChunkRef, Chunks, CompiledContainer, Container } from '@conectamos/consent-browser';
import { build } from 'esbuild';
import { minify } from 'terser';
import { CONSENT_RECORD } from './cookie-tables';

/** One file a build wrote: its name in the output folder, its SRI integrity and its compressed size. */
export interface BuiltFile {
  /** The file name: `consent.3f9a1c2b.js`. */
  file: string;
  /** `sha384-…`, for `<script integrity>`. */
  integrity: string;
  /** Bytes, as written. */
  bytes: number;
}

/** What `compileContainer` wrote. */
export interface CompiledDropIn {
  /** The main script, with the container and its vendors compiled in. */
  main: BuiltFile;
  /**
   * The on-demand chunks beside it: the dialog, built with only the container's vendors' texts, and the
   * banner and the debug view, copied from `@conectamos/consent-browser`.
   */
  chunks: Record<string, BuiltFile>;
}

/** Options of `compileContainer`. */
export interface CompileOptions {
  /** Where to write the files. Created if missing. */
  outDir: string;
}

const integrityOf = (bytes: string | Uint8Array): string =>
  `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const contentHash = (bytes: string | Uint8Array): string =>
  createHash('sha256').update(bytes).digest('hex').slice(0, 8);

/** An adapter's package and factory, named after its id as every built-in one is: `google-ads` → googleAds. */
const factoryOf = (id: string): { from: string; name: string } => ({
  from: `@conectamos/consent-${id}`,
  name: id.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()),
});

/** A valid container in the shape the runtime uses after reading one (`CompiledContainer`): nothing left to check. */
function compiledShape(container: Container): CompiledContainer {
  return {
    policyVersion: container.policyVersion,
    surface: container.surface,
    cookieDomain: container.cookieDomain,
    honorGlobalPrivacyControl: container.honorGlobalPrivacyControl,
    reloadOnRevoke: container.reloadOnRevoke,
    receipts: container.receipts,
    adapters: Object.entries(container.adapters ?? {}),
    cookies: container.cookies ?? [],
    events: container.events,
    ui: container.ui === false ? false : { policyUrl: '/cookies', ...container.ui },
  };
}

/**
 * The drop-in compiled for one container: a `consent.<hash>.js` that needs no fetch (the container is in
 * it) and carries only the container's vendors, plus the on-demand chunks (the banner, the dialog, the debug view) beside
 * it, each file named after the hash of its bytes. The container must be valid (`validateContainer`).
 * Built from the installed packages as npm has them, with esbuild and a last terser pass.
 */
export async function compileContainer(
  container: Container,
  { outDir }: CompileOptions,
): Promise<CompiledDropIn> {
  const require = createRequire(import.meta.url);
  const browserDir = dirname(require.resolve('@conectamos/consent-browser/package.json'));
  const shipped = JSON.parse(readFileSync(join(browserDir, 'dist/chunks.json'), 'utf8')) as Chunks;
  mkdirSync(outDir, { recursive: true });

  const ids = Object.keys(container.adapters ?? {});
  // The package's dialog chunk carries every built-in vendor's Spanish texts; this one only the container's.
  const dialog = await bundle(dialogChunkEntry(ids), browserDir);
  const chunks: Record<string, BuiltFile> = {
    dialog: write(outDir, `consent-dialog.${contentHash(dialog)}.js`, dialog),
  };
  for (const [name, ref] of Object.entries(shipped) as [string, ChunkRef][]) {
    if (name === 'dialog') continue;
    const bytes = readFileSync(join(browserDir, 'dist', ref.file));
    // The chunk is the package's own, byte for byte: its name and hash stay the ones the package built.
    copyFileSync(join(browserDir, 'dist', ref.file), join(outDir, ref.file));
    chunks[name] = { file: ref.file, integrity: integrityOf(bytes), bytes: bytes.length };
  }

  const imports = ids.map((id) => {
    const { from, name } = factoryOf(id);
    return `import { ${name} } from ${JSON.stringify(from)};`;
  });
  const factories = ids.map((id) => `${JSON.stringify(id)}: ${factoryOf(id).name}`).join(', ');
  const chunkRefs = Object.fromEntries(
    Object.entries(chunks).map(([name, { file, integrity }]) => [name, { file, integrity }]),
  );
  // Only what this container uses: its vendors' factories, and the campaigns plugin if it has campaigns.
  const list = container.campaigns ?? [];
  const entry = [
    `import { ${list.length ? 'campaigns, ' : ''}startCompiled } from '@conectamos/consent-browser';`,
    ...imports,
    `startCompiled({`,
    `  factories: { ${factories} },`,
    `  chunks: ${JSON.stringify(chunkRefs)},`,
    `  container: JSON.parse(${JSON.stringify(JSON.stringify(compiledShape(container)))}),`,
    ...(list.length
      ? [`  campaigns: { list: JSON.parse(${JSON.stringify(JSON.stringify(list))}), plugin: campaigns },`]
      : []),
    `});`,
  ].join('\n');

  // V8's explicit compile hint, as the package's own drop-in has (scripts/bundling.ts says why): the script
  // calls most of its functions as soon as it runs, so compiling them with it saves a lazy parse of each.
  const code = `//# allFunctionsCalledOnLoad\n${await bundle(entry, browserDir)}`;
  const main = write(outDir, `consent.${contentHash(code)}.js`, code);
  writeFileSync(join(outDir, 'consent.build.json'), `${JSON.stringify({ main, chunks }, null, 2)}\n`);
  return { main, chunks };
}

/**
 * The dialog chunk's entry for these vendors: the package's own (browser/src/dialog-chunk.ts, the same
 * hand-over to the main script) with only their Spanish texts.
 */
function dialogChunkEntry(ids: string[]): string {
  return [
    `import { preferencesDialog } from '@conectamos/consent-ui';`,
    ...ids.map((id, i) => `import { i18n as vendor${i} } from ${JSON.stringify(factoryOf(id).from)};`),
    `const vendorTranslations = { ${ids.map((id, i) => `${JSON.stringify(id)}: vendor${i}`).join(', ')} };`,
    `(self.ConectamosConsentChunks ??= []).push(['dialog', preferencesDialog({ vendorTranslations })]);`,
  ].join('\n');
}

/** Bundles an entry against the installed packages as published (their dist), minified as the package's files are. */
async function bundle(entry: string, resolveDir: string): Promise<string> {
  const result = await build({
    stdin: { contents: entry, resolveDir, loader: 'js' },
    // The packages' dist, whatever tsconfig the folder has.
    tsconfigRaw: {},
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
  });
  return (await minify(result.outputFiles[0]!.text, { compress: { passes: 3 }, ecma: 2020 })).code!;
}

/** Writes one output file and describes it. */
function write(outDir: string, file: string, code: string): BuiltFile {
  writeFileSync(join(outDir, file), code);
  return { file, integrity: integrityOf(code), bytes: Buffer.byteLength(code) };
}

/** What a page puts in its `<head>` for a compiled drop-in (`scriptTags`). */
export interface ScriptTags {
  /** The `<script src … integrity … async>` tag of the main script: every page. */
  script: string;
  /**
   * An inline `<script>` that starts the UI chunk's download at once when no decision is stored (a first
   * visit), in parallel with the main script, and does nothing for a returning visitor. First in the
   * `<head>`, before any stylesheet (an inline script waits for the stylesheets above it).
   */
  preloadUI?: string;
  /** `'sha256-…'`: what a CSP's `script-src` allows `preloadUI` by, when the page gives it no nonce. */
  preloadUIHash?: string;
}

/**
 * The UI preload, decided in the visitor's browser: a static `<link rel="preload">` would make every
 * returning visitor download the banner for nothing, and compete with the main script for the network. The
 * check is the generic drop-in's (start.ts): a decision in localStorage or in the fallback cookie.
 */
function uiPreloader(href: string, integrity: string): string {
  const link = `var l=d.createElement("link");l.rel="preload";l.as="script";l.href=${JSON.stringify(href)};l.integrity=${JSON.stringify(integrity)};l.crossOrigin="anonymous";d.head.appendChild(l)`;
  return `(function(d,k){try{var s;try{s=localStorage.getItem(k)}catch(e){}if(s==null&&("; "+d.cookie).indexOf("; "+k+"=")<0){${link}}}catch(e){}})(document,${JSON.stringify(CONSENT_RECORD.storageKey)})`;
}

/** The tags a page puts in its `<head>` for a compiled drop-in served from `base` (a URL path or origin). */
export function scriptTags(compiled: CompiledDropIn, base: string): ScriptTags {
  const url = (file: string) => `${base.replace(/\/?$/, '/')}${file}`;
  const { main, chunks } = compiled;
  const script = `<script src="${url(main.file)}" integrity="${main.integrity}" crossorigin="anonymous" async></script>`;
  if (!chunks.ui) return { script };
  const code = uiPreloader(url(chunks.ui.file), chunks.ui.integrity);
  return {
    script,
    preloadUI: `<script>${code}</script>`,
    preloadUIHash: `'sha256-${createHash('sha256').update(code).digest('base64')}'`,
  };
}
