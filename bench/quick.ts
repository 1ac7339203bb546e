/**
 * `pnpm bench:quick [--only compiled,vanilla-cookieconsent] [--runs 5] [--rate 4]`: a short side-by-side
 * run of a few contenders at one CPU throttle, printed and not written to docs/benchmarks.md. For trying a
 * change against a peer while working; the figures the docs give come from `pnpm bench`. Prints the
 * machine's load average too: on a busy machine, compare ratios (paired run by run), not milliseconds.
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { compare } from './compare/compare';
import { contenders } from './compare/contenders';
import { METRICS, pairedRatio, shippedBy, summarise } from './compare/metrics';
import { kb } from './compress';

const { values } = parseArgs({
  options: {
    only: { type: 'string', default: 'compiled,vanilla-cookieconsent' },
    runs: { type: 'string', default: '5' },
    rate: { type: 'string', default: '4' },
  },
});
const ids = values.only.split(',');
const chosen = ids.map((id) => {
  const found = contenders.find((c) => c.id === id);
  if (!found)
    throw new Error(`bench:quick: no contender "${id}" (${contenders.map((c) => c.id).join(', ')})`);
  return found;
});
const rate = Number(values.rate);
const mode = { id: 'quick', label: `${rate}× CPU throttle`, rate };
const comparison = await compare({ runs: Number(values.runs), modes: [mode], contenders: chosen });

const load = comparison.load;
console.log(
  `${comparison.runs} runs at ${mode.label}; load average ${Math.min(...load).toFixed(1)}–${Math.max(...load).toFixed(1)} (now ${loadavg()[0]!.toFixed(1)})\n`,
);
const peer = comparison.entries.find((e) => !e.contender.ours);
const width = Math.max(...METRICS.map((m) => m.label.length)) + 2;
const cell = (text: string) => text.padStart(22);
console.log(''.padEnd(width) + comparison.entries.map((e) => cell(e.contender.label)).join(''));
const bytes = (which: 'first' | 'returning') =>
  comparison.entries.map((e) => cell(kb(shippedBy(e)[which].code.gzip))).join('');
console.log('first visit, JS+CSS gzip'.padEnd(width) + bytes('first'));
console.log('returning visit, JS+CSS gzip'.padEnd(width) + bytes('returning'));
for (const metric of METRICS) {
  const cells = comparison.entries.map((e) => {
    const s = summarise(e.samples[mode.id]!, metric);
    if (!s) return cell('—');
    const ratio =
      peer && e !== peer ? pairedRatio(e.samples[mode.id]!, peer.samples[mode.id]!, metric) : null;
    return cell(`${s.median.toFixed(metric.digits)}${ratio === null ? '' : ` (${ratio.toFixed(2)}×)`}`);
  });
  if (cells.some((c) => c.trim() !== '—')) console.log(metric.label.padEnd(width) + cells.join(''));
}
const problems = comparison.entries.flatMap((e) =>
  e.samples[mode.id]!.flatMap((s) => [
    ...s.problems,
    ...s.beforeConsent.map((url) => `before consent: ${url}`),
  ]).map((p) => `${e.contender.id}: ${p}`),
);
if (problems.length) console.log(`\nproblems:\n${[...new Set(problems)].join('\n')}`);
