/**
 * A site that installs one adapter gets what it depends on with it: Google Analytics brings the shared
 * gtag package and the core, resolved from the tarballs installed with it (the registry is unreachable
 * here, so nothing can come from it), one copy each, and it imports and runs under Node.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Consumer, createConsumer } from './harness';

describe('Google Analytics installed alone', () => {
  let site: Consumer;
  beforeAll(async () => {
    site = await createConsumer({ packages: ['@conectamos/consent-google-analytics'], offline: true });
  });
  afterAll(() => site?.remove());

  it('brings the gtag package and the core with it, from their tarballs, once each', () => {
    const lock = JSON.parse(readFileSync(join(site.dir, 'package-lock.json'), 'utf8'));
    const ours = Object.entries(lock.packages as Record<string, { resolved?: string; version?: string }>)
      .filter(([path]) => path.includes('node_modules/@conectamos/'))
      .map(([path, entry]) => [path, entry.resolved]);
    expect(ours.map(([path]) => path).sort()).toEqual([
      'node_modules/@conectamos/consent',
      'node_modules/@conectamos/consent-google-analytics',
      'node_modules/@conectamos/consent-gtag',
    ]);
    for (const [path, resolved] of ours) {
      const name = path!.replace('node_modules/', '');
      // npm records a tarball's path relative to the project.
      expect(resolve(site.dir, resolved!.replace(/^file:/, '')), name).toBe(site.tarballs[name]);
    }
  });

  it('installs real files, not links into the repo', () => {
    const installed = join(site.dir, 'node_modules/@conectamos/consent-gtag');
    expect(existsSync(join(installed, 'dist/index.js'))).toBe(true);
    expect(readFileSync(join(installed, 'package.json'), 'utf8')).not.toContain('workspace:');
  });

  it('imports and builds an adapter under Node, without a DOM', async () => {
    const script = `
      import { createConsent } from '@conectamos/consent';
      import { googleAnalytics } from '@conectamos/consent-google-analytics';
      const consent = createConsent({
        policyVersion: '2026-11-01',
        adapters: [googleAnalytics({ measurementId: 'G-ABC123XYZ9' })],
      });
      console.log(JSON.stringify({ decided: consent.state.decided, window: typeof window }));
      try { googleAnalytics({ measurementId: 'UA-1' }); } catch (error) { console.log(error.message); }
    `;
    const result = await site.run('node', ['--input-type=module', '-e', script]);
    expect(result.stderr).toBe('');
    expect(result.stdout.trim().split('\n')).toEqual([
      '{"decided":false,"window":"undefined"}',
      'googleAnalytics: measurementId must look like "G-XXXXXXX", got "UA-1"',
    ]);
  });
});
