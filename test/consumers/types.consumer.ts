/**
 * A TypeScript user's build type-checks against the published declarations: strict, with `skipLibCheck`
 * off (so an error inside our .d.ts files counts), under each module resolution a project may use —
 * bundler (Vite, Next.js), node16 and nodenext (ESM on Node), and node10 (older setups). The code
 * expects a type error where a user's mistake is (`@ts-expect-error`), so declarations that resolved to
 * `any` would fail the check too.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Consumer, createConsumer, packed, ROOT } from './harness';
import { ADAPTER_IMPORTS, SEVEN_ADAPTERS } from './snippets';

const SITE = `
import { type Consent, createConsent } from '@conectamos/consent';
${ADAPTER_IMPORTS}
import { type ConsentUI, mountConsentUI } from '@conectamos/consent-ui';
import { type Container, markup, spaPageViews } from '@conectamos/consent-browser';
import type {} from '@conectamos/consent-browser/consent.js';

export const consent: Consent = createConsent({
  policyVersion: '2026-11-01',
  adapters: ${SEVEN_ADAPTERS},
  plugins: [markup({ reloadOnRevoke: true }), spaPageViews()],
});
export const ui: ConsentUI = mountConsentUI(consent, { policyUrl: '/cookies' });
export const stripeJs: Promise<unknown> = getStripe(consent);
export const container: Container = { policyVersion: '2026-11-01', adapters: {} };
consent.update({ categories: { analytics: true } });

// @ts-expect-error measurementId is required
googleAnalytics({});
// @ts-expect-error a category that does not exist
consent.grant('advertising');
`;

const TOOLS = `
import { containerCsp, parseJsonText, validateContainer } from '@conectamos/consent-container';
import { createReceiptHandler, type ReceiptStore, sqliteStore } from '@conectamos/consent-server';

const parsed = parseJsonText('{}');
if (!('error' in parsed)) {
  const { container } = validateContainer(parsed.text.value, { text: parsed.text });
  if (container) console.log(containerCsp(container, { nonce: 'abc' }));
}
const store: ReceiptStore = sqliteStore({ file: 'receipts.sqlite' });
export const handler = createReceiptHandler({ store });
// @ts-expect-error the store is required
createReceiptHandler({});
`;

const RESOLUTIONS = {
  bundler: { module: 'esnext', moduleResolution: 'bundler' },
  node16: { module: 'node16', moduleResolution: 'node16' },
  nodenext: { module: 'nodenext', moduleResolution: 'nodenext' },
  node10: { module: 'esnext', moduleResolution: 'node10' },
};

const tsconfig = (options: object) =>
  JSON.stringify({
    compilerOptions: {
      ...options,
      target: 'es2022',
      lib: ['es2022', 'dom', 'dom.iterable'],
      types: ['node'],
      strict: true,
      // Our .d.ts files and those they reach are checked; TypeScript's own lib files are not (they are
      // TypeScript's business, and checking lib.dom.d.ts four times is most of the time this takes).
      skipLibCheck: false,
      skipDefaultLibCheck: true,
      noEmit: true,
    },
    include: ['src'],
  });

describe('type-checking a site and its tools against the published declarations', () => {
  let project: Consumer;
  let every: string[];
  beforeAll(async () => {
    const all = await packed();
    every = all.map((p) => p.name);
    // A package for React has react as a peer; a React user's project has its types too.
    const peers = all.flatMap(({ dir }) =>
      Object.keys(
        JSON.parse(readFileSync(join(ROOT, 'packages', dir, 'package.json'), 'utf8')).peerDependencies ?? {},
      ),
    );
    const react = peers.includes('react') ? { '@types/react': '^19.0.0', '@types/react-dom': '^19.0.0' } : {};
    project = await createConsumer({
      packages: every,
      packageJson: { devDependencies: { typescript: '5.9.3', '@types/node': '^20.19.0', ...react } },
      files: {
        'src/site.ts': SITE,
        'src/tools.ts': TOOLS,
        // Every package resolves, whatever it exports.
        'src/every.ts': `export type Every = [${every.map((n) => `typeof import('${n}')`).join(', ')}];\n`,
        ...Object.fromEntries(
          Object.entries(RESOLUTIONS).map(([name, options]) => [`tsconfig.${name}.json`, tsconfig(options)]),
        ),
      },
      // The server's SQLite driver is typed, never opened here: no need to compile it.
      ignoreScripts: true,
    });
  });
  afterAll(() => project?.remove());

  it.each(Object.keys(RESOLUTIONS))('moduleResolution %s: no errors', async (name) => {
    const { status, stdout } = await project.run('npx', [
      '--no-install',
      'tsc',
      '-p',
      `tsconfig.${name}.json`,
    ]);
    expect(stdout).toBe('');
    expect(status).toBe(0);
  });
});
