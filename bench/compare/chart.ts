/**
 * The comparison as one SVG, readable at a glance: a panel per metric, a horizontal bar per library
 * (the median, ours in blue), a thin line for the min–max range, the median's value in a column.
 * Shorter is better everywhere. Written by hand: no chart library for a few rectangles.
 */
import type { Entry, Mode } from './compare';
import { METRICS, shippedBy, summarise } from './metrics';

const WIDTH = 760;
const LABEL = 120;
const BARS = 520;
const ROW = 18;
const OURS = '#1f6feb';
const PEER = '#8b949e';

const xmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

interface Bar {
  label: string;
  ours: boolean;
  median: number;
  min: number;
  max: number;
}

interface Panel {
  title: string;
  unit: string;
  digits: number;
  bars: Bar[];
}

function panels(entries: Entry[], mode: Mode): Panel[] {
  const bytes: Panel = {
    title: 'JS + CSS shipped for the page, gzip',
    unit: 'KB',
    digits: 1,
    bars: entries.map((entry) => {
      const kb = shippedBy(entry).first.code.gzip / 1000;
      return { label: entry.contender.label, ours: entry.contender.ours, median: kb, min: kb, max: kb };
    }),
  };
  const measured = METRICS.filter((m) => !m.detail).map(
    (metric): Panel => ({
      title: metric.label,
      unit: metric.unit,
      digits: metric.digits,
      bars: entries.flatMap(({ contender, samples }) => {
        const s = summarise(samples[mode.id] ?? [], metric);
        return s ? [{ label: contender.label, ours: contender.ours, ...s }] : [];
      }),
    }),
  );
  return [bytes, ...measured.filter((panel) => panel.bars.length > 0)];
}

/** The chart of every metric at `mode`, as SVG source. */
export function chartSvg(entries: Entry[], mode: Mode, runs: number): string {
  const parts: string[] = [];
  let y = 44;
  for (const panel of panels(entries, mode)) {
    parts.push(`<text x="0" y="${y}" class="title">${xmlText(panel.title)}</text>`);
    y += 8;
    // The longest median fills 80% of the width; a range reaching past the edge is cut there (no cap).
    const top = Math.max(...panel.bars.map((b) => b.median), 1e-9) / 0.8;
    const x = (v: number) => (LABEL + (Math.min(v, top) / top) * BARS).toFixed(1);
    for (const bar of panel.bars) {
      const mid = y + ROW / 2;
      const value = `${bar.median.toFixed(panel.digits)}${panel.unit ? ` ${panel.unit}` : ''}`;
      const caps = `M${x(bar.min)} ${mid - 4}v8${bar.max <= top ? `M${x(bar.max)} ${mid - 4}v8` : ''}`;
      parts.push(
        `<text x="${LABEL - 8}" y="${mid + 4}" text-anchor="end"${bar.ours ? ' class="ours"' : ''}>${xmlText(bar.label)}</text>`,
        `<rect x="${LABEL}" y="${y + 3}" width="${(Number(x(bar.median)) - LABEL).toFixed(1)}" height="${ROW - 6}" fill="${bar.ours ? OURS : PEER}"/>`,
        bar.max > bar.min ? `<path d="M${x(bar.min)} ${mid}H${x(bar.max)}${caps}" class="range"/>` : '',
        `<text x="${LABEL + BARS + 10}" y="${mid + 4}">${xmlText(value)}</text>`,
      );
      y += ROW;
    }
    y += 22;
  }
  const title = `${mode.label}, median of ${runs} runs (line: min–max). Shorter is better.`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${y}" viewBox="0 0 ${WIDTH} ${y}" font-family="system-ui, sans-serif" font-size="12">
<title>Consent libraries side by side: ${xmlText(title)}</title>
<style>.title{font-weight:600}.ours{font-weight:600;fill:${OURS}}.range{stroke:#24292f;stroke-width:1;fill:none}</style>
<rect width="100%" height="100%" fill="#fff"/>
<text x="0" y="16" font-size="14" font-weight="600">${xmlText(title)}</text>
${parts.filter(Boolean).join('\n')}
</svg>
`;
}
