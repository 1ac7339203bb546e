/**
 * The side-by-side section of docs/benchmarks.md: how each library is set up, what it ships, the
 * timings at each CPU throttle (median, min–max), the ratio of each of ours to each peer, where the time
 * goes, and the proof that nothing reached a vendor before consent.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { kb } from '../compress';
import type { Comparison, Mode } from './compare';
import { METRICS, type Metric, pairedRatio, type Summary, shippedBy, summarise } from './metrics';

/**
 * Prose read from profiles (`pnpm bench:profile`), not from this run: kept beside the code that measures, and
 * updated by hand when a profile says something new.
 */
const WHERE_THE_TIME_GOES = readFileSync(join(import.meta.dirname, 'where-the-time-goes.md'), 'utf8');

const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
/** A table's header; the first `left` columns are text (left-aligned), the rest figures. */
const header = (cells: string[], left = 1) =>
  `${row(cells)}\n${row(cells.map((_, i) => (i < left ? '---' : '---:')))}`;

const shown = (s: Summary, metric: Metric) => {
  const n = (v: number) => v.toFixed(metric.digits);
  const cell = `${n(s.median)} (${n(s.min)}–${n(s.max)})`;
  return s.missing ? `${cell}, ${s.missing} runs without` : cell;
};

/** The metrics measured at `mode` (CPU time is left out where the throttle makes it meaningless). */
const measuredAt = ({ entries }: Comparison, mode: Mode) =>
  METRICS.filter((metric) => entries.some((e) => summarise(e.samples[mode.id] ?? [], metric)));

function timings(comparison: Comparison, mode: Mode): string {
  const { entries } = comparison;
  const lines = measuredAt(comparison, mode).map((metric) =>
    row([
      `${metric.label}${metric.unit ? ` (${metric.unit})` : ''}`,
      ...entries.map(({ samples }) => {
        const s = summarise(samples[mode.id] ?? [], metric);
        return s ? shown(s, metric) : 'never';
      }),
    ]),
  );
  return `${header([`median (min–max), ${mode.label}`, ...entries.map((e) => e.contender.label)])}\n${lines.join('\n')}`;
}

/** Ours ÷ each peer at `mode`, paired run by run: below 1× ours is smaller or faster. */
function ratios(comparison: Comparison, mode: Mode): string {
  const { entries } = comparison;
  const ours = entries.filter((e) => e.contender.ours);
  const peers = entries.filter((e) => !e.contender.ours);
  const pairs = ours.flatMap((o) => peers.map((p) => [o, p] as const));
  const times = (ratio: number | null) => (ratio === null ? '—' : `${ratio.toFixed(2)}×`);
  const gzip = (entry: (typeof entries)[number]) => shippedBy(entry).first.code.gzip;
  const lines = [
    row(['JS + CSS, gzip', ...pairs.map(([o, p]) => times(gzip(o) / gzip(p)))]),
    ...measuredAt(comparison, mode).map((metric) =>
      row([
        metric.label,
        ...pairs.map(([o, p]) =>
          times(pairedRatio(o.samples[mode.id] ?? [], p.samples[mode.id] ?? [], metric)),
        ),
      ]),
    ),
  ];
  return `${header([`ours ÷ peer, ${mode.label}`, ...pairs.map(([o, p]) => `${o.contender.label} ÷ ${p.contender.label}`)])}\n${lines.join('\n')}`;
}

function bytes({ entries }: Comparison): string {
  const lines = entries.map((entry) => {
    const { first, returning } = shippedBy(entry);
    const extra = first.extra.map((e) => `\`${e.path}\` ${kb(e.gzip)}`).join(', ') || 'none';
    return row([
      entry.contender.label,
      first.code.files.map((f) => `\`${f}\``).join(' '),
      kb(first.code.raw),
      kb(first.code.gzip),
      kb(first.code.brotli),
      extra,
      kb(returning.code.gzip),
    ]);
  });
  return `${header(['first visit', 'JS and CSS requested', 'raw', 'gzip', 'brotli', 'extra requests (gzip)', 'returning visit, gzip'], 2)}\n${lines.join('\n')}`;
}

function privacy({ entries }: Comparison): string {
  const lines = entries.map(({ contender, samples }) => {
    const all = Object.values(samples).flat();
    const count = (test: (s: (typeof all)[number]) => boolean) =>
      `${all.filter(test).length} of ${all.length}`;
    return row([
      contender.label,
      all.reduce((n, s) => n + s.beforeConsent.length, 0),
      count((s) => s.bannerMs !== null),
      count((s) => s.gtagAfterAccept),
      count((s) => s.returningGtagMs !== null),
      all.reduce((n, s) => n + s.problems.length, 0),
    ]);
  });
  const problems = [
    ...new Set(
      entries.flatMap((e) =>
        Object.values(e.samples)
          .flat()
          .flatMap((s) => s.problems),
      ),
    ),
  ];
  return `${header(['all runs', 'vendor requests before consent', 'banner shown', 'gtag.js after accept', 'returning visit loaded gtag.js', 'aborted, 404s, page errors'])}\n${lines.join('\n')}${
    problems.length ? `\n\nProblems seen: ${problems.map((p) => `\`${p}\``).join(', ')}.` : ''
  }`;
}

/** The section "Side by side", with the chart at `chart` (relative to docs/). */
export function compareReport(comparison: Comparison, chart: string): string {
  const { entries, modes, runs, browserVersion, cores } = comparison;
  const load = [...comparison.load].sort((a, b) => a - b);
  const setups = entries.map((e) => row([e.contender.label, e.contender.setup])).join('\n');
  return `## Side by side: vanilla-cookieconsent, Klaro and c15t on the same page

The same page for every library: four categories (necessary, functional, analytics, marketing), Google
Analytics and PostHog loading only after analytics consent, each library set up as its documentation
says (bench/compare/contenders/). Chromium ${browserVersion} headless, ${runs} interleaved runs per library
and CPU throttle (CDP \`Emulation.setCPUThrottlingRate\`), each in a fresh browser context. Every host is
served locally through page routing: the page, the libraries' files, and the stand-ins for gtag.js and
PostHog the browser tests use; anything else would be aborted and counted below. So the network costs
nothing here (and routing turns the HTTP cache off): bytes show up only as parse and run time. The
machine has ${cores} cores; its 1-minute load average during the runs was ${load[load.length >> 1]?.toFixed(1)}
(${load[0]?.toFixed(1)}–${load.at(-1)?.toFixed(1)}): other work shared the CPU, which widens the ranges.

![Side by side at 4× CPU throttle](${chart})

${header(['library', 'set up as'], 2)}
${setups}

What differs between the setups, and where each one's time goes:

- c15t 2.2 has no UI outside React: its banner here is the few unstyled DOM lines of its "Building UI"
  page, with no styles and no preferences dialog. CC, Klaro and ours ship a styled banner and dialog.
  Its gtag helper loads gtag.js at page start by default (Consent Mode); \`alwaysLoad: false\` keeps
  it back until consent, as the privacy table below shows.
- The drop-in fetches its container once consent.js has run: one more request in series before the
  banner, and before gtag.js on a returning visit. The npm build and the compiled drop-in carry their
  configuration in the script.
- Klaro's time is mostly compiling and running its single 237 KB script (UI, styles and translations
  for every language), which shows as its long task; CC's is mostly style and layout for its stylesheet.

### What each ships for the page

What the page actually requested, each file compressed on its own (gzip level 9, brotli quality 11):

${bytes(comparison)}

### Timings

- **banner visible**: navigation start → the first frame in which the banner is on screen (connected,
  not empty, in the viewport, not hidden, opacity above 0), checked on every animation frame.
- **main-thread time to settle**: CDP \`Performance.getMetrics\` TaskDuration from navigation until the
  page is idle (loaded, then 250 ms with less than 5 ms of main-thread work).
  Of it, style and layout (RecalcStyle + Layout), and the rest: JavaScript, HTML parsing, paint.
  (Chromium's ScriptDuration is not used: it leaves out JavaScript run from promise callbacks.)
- **main-thread CPU time**: CDP ThreadTime over the same span, unthrottled runs only. Unlike the wall-clock
  figures it does not grow when other processes take the CPU; Chromium's throttle spends CPU itself.
- **long tasks**: PerformanceObserver \`longtask\` until then, count and total duration.
- **JS heap used**: \`JSHeapUsedSize\` once idle, after a garbage collection.
- **returning visit**: with the decision the first visit stored, navigation start → the gtag.js request.
- **accept click → first vendor request**: the click's event time → the first request to a vendor host
  (Resource Timing \`startTime\`).

${modes.map((mode) => timings(comparison, mode)).join('\n\n')}

### Ours against each peer

Ours ÷ peer, below 1× ours ships less or is faster. Each timing is the median of the run-by-run ratios:
run _i_ of ours against run _i_ of the peer, measured moments apart in the same round, so a slow spell of
the machine weighs on both sides of a ratio. (A ratio of two medians from the table above can differ.)

${modes.map((mode) => ratios(comparison, mode)).join('\n\n')}

${WHERE_THE_TIME_GOES}
### Nothing before consent

Counted in every run of both throttles: requests to any vendor host between navigation and the click on
"accept all" (must be 0), and whether gtag.js was requested after it.

${privacy(comparison)}
`;
}
