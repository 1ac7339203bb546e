/**
 * The comparison as one SVG, readable at a glance: a panel per metric, a horizontal bar per library
 * (the median, ours in blue), a thin line for the min–max range, the value at the bar's end.
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
    const top = Math.max(...panel.bars.map((b) => b.max), 1e-9);
    const x = (v: number) => LABEL + (v / top) * BARS;
    for (const bar of panel.bars) {
      const mid = y + ROW / 2;
      const value = `${bar.median.toFixed(panel.digits)}${panel.unit ? ` ${panel.unit}` : ''}`;
      parts.push(
        `<text x="${LABEL - 8}" y="${mid + 4}" text-anchor="end"${bar.ours ? ' class="ours"' : ''}>${xmlText(bar.label)}</text>`,
        `<rect x="${LABEL}" y="${y + 3}" width="${(x(bar.median) - LABEL).toFixed(1)}" height="${ROW - 6}" fill="${bar.ours ? OURS : PEER}"/>`,
      );
      if (bar.max > bar.min)
        parts.push(
          `<path d="M${x(bar.min).toFixed(1)} ${mid}H${x(bar.max).toFixed(1)}M${x(bar.min).toFixed(1)} ${mid - 4}v8M${x(bar.max).toFixed(1)} ${mid - 4}v8" class="range"/>`,
        );
      parts.push(`<text x="${(x(bar.max) + 6).toFixed(1)}" y="${mid + 4}">${xmlText(value)}</text>`);
      y += ROW;
    }
    y += 22;
  }
  const title = `Side by side, ${mode.label}: median of ${runs} runs, line = min–max. Shorter is better.`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${y}" viewBox="0 0 ${WIDTH} ${y}" font-family="system-ui, sans-serif" font-size="12">
<style>.title{font-weight:600}.ours{font-weight:600;fill:${OURS}}.range{stroke:#24292f;stroke-width:1;fill:none}</style>
<rect width="100%" height="100%" fill="#fff"/>
<text x="0" y="16" font-size="14" font-weight="600">${xmlText(title)}</text>
${parts.join('\n')}
</svg>
`;
}
