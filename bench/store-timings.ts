/**
 * How long the store's hot paths take, in happy-dom: median and 95th percentile of repeated runs.
 * Returns the Markdown section for docs/benchmarks.md. Measured here, never asserted in tests.
 */
import { Window } from 'happy-dom';
import { dist } from './bundle-sizes';

const time = (label: string, runs: number, fn: () => void): string => {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return `| ${label} | ${(samples[samples.length >> 1]! * 1000).toFixed(0)} µs | ${(samples[Math.floor(samples.length * 0.95)]! * 1000).toFixed(0)} µs |`;
};

const adapters = Array.from({ length: 7 }, (_, i) => ({
  id: `vendor-${i}`,
  vendor: `Vendor ${i}`,
  category: (['functional', 'analytics', 'marketing'] as const)[i % 3],
  cookies: [{ name: new RegExp(`^_v${i}_`), purpose: 'p', duration: '1 year', provider: 'V' }],
  load: (ctx: { loadScript(src: string): Promise<unknown> }) =>
    ctx.loadScript(`https://cdn.vendor${i}.example/t.js`),
}));

const fresh = () => {
  const win = new Window({
    url: 'https://www.conectamos.org/pricing',
    settings: { disableJavaScriptFileLoading: true, handleDisabledFileLoadingAsSuccess: true },
  });
  return win as unknown as Window & typeof globalThis;
};

/** The section "How long the store takes". */
export async function storeTimings(): Promise<string> {
  const { createConsent } = await import(dist('core'));
  const rows = [
    time('createConsent with 7 adapters, nothing stored', 200, () => {
      createConsent({ policyVersion: 'v1', adapters, window: fresh() });
    }),
    time('acceptAll: decide, store, inject 7 scripts', 200, () => {
      createConsent({ policyVersion: 'v1', adapters, window: fresh() }).acceptAll();
    }),
    time('rejectAll after acceptAll: 7 opt-outs and cookie cleanup', 200, () => {
      const c = createConsent({ policyVersion: 'v1', adapters, window: fresh() });
      c.acceptAll();
      c.rejectAll();
    }),
  ];
  return `## How long the store takes (happy-dom, median and 95th percentile)

| operation | median | p95 |
|---|---:|---:|
${rows.join('\n')}

Timings depend on the machine and include creating a happy-dom window; they are for comparing changes
on one machine, never asserted in tests.
`;
}
