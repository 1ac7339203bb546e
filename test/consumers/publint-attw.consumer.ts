/**
 * The packed tarballs, as npm would publish them, pass publint (package.json fields, exports, files:
 * warnings count as errors, suggestions reported too) and Are the Types Wrong (types resolve under
 * node10, node16 from ESM and from CommonJS, and bundler resolution, for every entry point).
 *
 * One attw rule is off: `cjs-resolves-to-esm`. Our packages are ESM only, on purpose (no dual build: one
 * copy of the store, no dual-package hazard), so a CommonJS `require()` gets ESM: Node 20.19 and later
 * load it, older Node 20 needs `await import()`. Everything else attw checks stays on.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Packed, packed, ROOT, run } from './harness';

const ATTW = join(ROOT, 'node_modules/.bin/attw');
// The CLI's rule name, and the problem kind its JSON report still lists.
const IGNORED = { rule: 'cjs-resolves-to-esm', kind: 'CJSResolvesToESM' };

describe('publint and attw on every tarball', () => {
  let tarballs: Packed[];
  beforeAll(async () => {
    tarballs = await packed();
  });

  it('publint: nothing to report, warnings counted as errors', async () => {
    for (const { name, tarball } of tarballs) {
      const data = readFileSync(tarball);
      const { messages, pkg } = await publint({
        pack: { tarball: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) },
        level: 'suggestion',
        strict: true,
      });
      expect(
        messages.map((message) => `${message.type}: ${formatMessage(message, pkg, { color: false })}`),
        name,
      ).toEqual([]);
    }
  });

  it('attw: every entry point has types under every resolution mode', async () => {
    const results = await Promise.all(
      tarballs.map(async ({ name, tarball }) => {
        const args = [tarball, '--format', 'json', '--no-definitely-typed', '--ignore-rules', IGNORED.rule];
        const { status, stdout, stderr } = await run(ATTW, args, { cwd: ROOT, env: process.env });
        return { name, status, stderr, report: stdout ? JSON.parse(stdout) : undefined };
      }),
    );
    for (const { name, status, stderr, report } of results) {
      const problems = (report?.analysis?.problems ?? []).filter(
        (problem: { kind: string }) => problem.kind !== IGNORED.kind,
      );
      expect(problems, name).toEqual([]);
      expect(status, `${name}: ${stderr}`).toBe(0);
      // The analysis really ran: it resolved the package's own entry point.
      expect(Object.keys(report.analysis.entrypoints), name).toContain('.');
    }
  });
});
