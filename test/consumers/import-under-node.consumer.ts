/**
 * Every package, installed from its tarball, imports under plain Node 20 (no DOM, no bundler) without
 * throwing and without adding a global, and the server-rendering promise holds on what is published:
 * a store with all seven adapters, the UI and the plugins, made where there is no `window`, throws
 * nothing, decides nothing and touches nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Consumer, createConsumer, packed } from './harness';
import { ADAPTER_IMPORTS, SEVEN_ADAPTERS } from './snippets';

/** Imports one package in a fresh Node process; prints the globals it added, as JSON. */
const importProbe = (name: string) => `
  const before = new Set(Object.getOwnPropertyNames(globalThis));
  const exports = await import(${JSON.stringify(name)});
  const added = Object.getOwnPropertyNames(globalThis).filter((key) => !before.has(key));
  console.log(JSON.stringify({ added, exports: Object.keys(exports).length }));
`;

const SERVER_RENDER = `
  import { createConsent } from '@conectamos/consent';
  ${ADAPTER_IMPORTS}
  import { mountConsentUI } from '@conectamos/consent-ui';
  import { markup, spaPageViews } from '@conectamos/consent-browser';

  const before = new Set(Object.getOwnPropertyNames(globalThis));
  const consent = createConsent({
    policyVersion: '2026-11-01',
    adapters: ${SEVEN_ADAPTERS},
    plugins: [markup(), spaPageViews()],
  });
  const decided = consent.state.decided;
  const ui = mountConsentUI(consent, { policyUrl: '/cookies' });
  ui.open();
  consent.acceptAll();
  consent.track('signup');
  consent.page('/pricing');
  const stripeLoad = await consent.load('stripe').then(() => 'resolved', (error) => 'rejected');
  ui.unmount();
  consent.destroy();
  const added = Object.getOwnPropertyNames(globalThis).filter((key) => !before.has(key));
  console.log(JSON.stringify({ window: typeof window, decided, stripeLoad, added }));
`;

describe('every package under plain Node', () => {
  let app: Consumer;
  let names: string[];
  beforeAll(async () => {
    names = (await packed()).map((p) => p.name).sort();
    // Import only: the server's SQLite driver is never opened here, so it is not compiled (see the option).
    app = await createConsumer({ packages: names, ignoreScripts: true });
  });
  afterAll(() => app?.remove());

  it('imports each package without throwing and without adding a global', async () => {
    const results = await Promise.all(
      names.map(async (name) => {
        const { status, stdout, stderr } = await app.run('node', [
          '--input-type=module',
          '-e',
          importProbe(name),
        ]);
        return { name, status, stderr, ...(status === 0 ? JSON.parse(stdout) : {}) };
      }),
    );
    for (const { name, status, stderr, added, exports } of results) {
      expect(status, `${name}: ${stderr}`).toBe(0);
      expect(stderr, name).toBe('');
      expect(added, name).toEqual([]);
      expect(exports, `${name} exports something`).toBeGreaterThan(0);
    }
  });

  it('makes a store with every adapter, the UI and the plugins where there is no window: nothing happens', async () => {
    const { status, stdout, stderr } = await app.run('node', ['--input-type=module', '-e', SERVER_RENDER]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      window: 'undefined',
      // There is no decision on the server: it lives in the visitor's browser.
      decided: false,
      stripeLoad: 'rejected',
      added: [],
    });
  });
});
