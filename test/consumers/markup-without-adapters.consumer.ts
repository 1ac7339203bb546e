/**
 * A bundled site that wants the markup hooks without the drop-in imports the `markup` plugin from
 * `@conectamos/consent-browser`; its bundle must not carry the seven adapters the drop-in registers
 * (nor the UI). Bundled with esbuild from the installed tarballs, as a site's build would; the drop-in's
 * own entry (`bootContainer`) is bundled the same way to show what the adapters look like when they are there.
 */
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Consumer, createConsumer } from './harness';
import { ADAPTER_PACKAGES } from './snippets';

// A string of each adapter's own code (its script URL or its global), which survives minifying.
const FOOTPRINTS = [
  'googletagmanager.com',
  'posthog',
  'hs-scripts.com',
  'licdn.com',
  'js.stripe.com',
  'intercom',
];

describe('the markup plugin, bundled from the published package', () => {
  let site: Consumer;
  const bundle = async (source: string) => {
    const result = await build({
      stdin: { contents: source, resolveDir: site.dir, loader: 'js' },
      absWorkingDir: site.dir,
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      metafile: true,
      write: false,
      logLevel: 'silent',
    });
    // Resolved inside the consumer project (paths are relative to it), never from the repo.
    for (const input of Object.keys(result.metafile.inputs))
      expect(input).toMatch(/^(<stdin>|node_modules\/)/);
    // The modules that put bytes in the bundle (esbuild reads more than it keeps).
    const [output] = Object.values(result.metafile.outputs);
    const packages = new Set(
      Object.entries(output!.inputs)
        .filter(([, { bytesInOutput }]) => bytesInOutput > 0)
        .map(([input]) => /node_modules\/(@conectamos\/[^/]+)\//.exec(input)?.[1])
        .filter(Boolean),
    );
    return { code: result.outputFiles[0]!.text, packages };
  };

  beforeAll(async () => {
    site = await createConsumer({ packages: ['@conectamos/consent', '@conectamos/consent-browser'] });
  });
  afterAll(() => site?.remove());

  it('brings the core and the plugin, and no adapter, no gtag, no UI', async () => {
    const { code, packages } = await bundle(
      `import { createConsent } from '@conectamos/consent';
       import { markup } from '@conectamos/consent-browser';
       export const consent = createConsent({ policyVersion: '2026-11-01', adapters: [], plugins: [markup()] });`,
    );
    expect([...packages].sort()).toEqual(['@conectamos/consent', '@conectamos/consent-browser']);
    for (const footprint of FOOTPRINTS) expect(code, footprint).not.toContain(footprint);
    expect(code).toContain('data-consent-opt-out');
  });

  it('(the drop-in entry, by contrast, brings all seven)', async () => {
    const { code, packages } = await bundle(
      `import { bootContainer } from '@conectamos/consent-browser'; export { bootContainer };`,
    );
    for (const adapter of ADAPTER_PACKAGES) expect(packages, adapter).toContain(adapter);
    expect(ADAPTER_PACKAGES).toHaveLength(7);
    for (const footprint of FOOTPRINTS) expect(code, footprint).toContain(footprint);
  });
});
