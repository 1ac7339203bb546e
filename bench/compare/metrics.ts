/**
 * What the comparison reports per contender: the metrics read from its samples, summarised as median
 * with min–max, and the bytes it shipped (what the page actually requested, compressed as the rest of
 * docs/benchmarks.md compresses).
 */
import { compressed } from '../compress';
import type { Entry } from './compare';
import { isCode, type SiteFile } from './contender';
import type { Sample } from './measure';

/** A timing or count read from each sample; lower is better for all of them. */
export interface Metric {
  id: string;
  label: string;
  unit: string;
  /** Decimals shown. */
  digits: number;
  /** Left out of the chart (a detail of another metric). */
  detail?: true;
  value(sample: Sample): number | null;
}

export const METRICS: Metric[] = [
  { id: 'banner', label: 'banner visible', unit: 'ms', digits: 0, value: (s) => s.bannerMs },
  { id: 'task', label: 'main-thread time to settle', unit: 'ms', digits: 0, value: (s) => s.taskMs },
  {
    id: 'style-layout',
    label: '… of which style and layout',
    unit: 'ms',
    digits: 0,
    detail: true,
    value: (s) => s.styleLayoutMs,
  },
  {
    id: 'rest',
    label: '… of which the rest (JavaScript, HTML, paint)',
    unit: 'ms',
    digits: 0,
    detail: true,
    value: (s) => s.taskMs - s.styleLayoutMs,
  },
  {
    id: 'cpu',
    label: 'main-thread CPU time (unthrottled only)',
    unit: 'ms',
    digits: 0,
    value: (s) => s.cpuMs,
  },
  { id: 'long-tasks', label: 'long tasks', unit: '', digits: 0, detail: true, value: (s) => s.longTasks },
  { id: 'long-task-ms', label: 'long tasks, total', unit: 'ms', digits: 0, value: (s) => s.longTaskMs },
  { id: 'heap', label: 'JS heap used', unit: 'MB', digits: 2, value: (s) => s.heapBytes / 1e6 },
  {
    id: 'returning',
    label: 'returning visit: navigation → gtag.js request',
    unit: 'ms',
    digits: 0,
    value: (s) => s.returningGtagMs,
  },
  {
    id: 'accept',
    label: 'first visit: accept click → first vendor request',
    unit: 'ms',
    digits: 0,
    value: (s) => s.acceptToVendorMs,
  },
];

/** Median and range of the runs that produced a value; `missing` counts the runs that did not. */
export interface Summary {
  median: number;
  min: number;
  max: number;
  missing: number;
}

const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
const medianOf = (values: number[]) => {
  const mid = values.length >> 1;
  return values.length % 2 ? values[mid]! : (values[mid - 1]! + values[mid]!) / 2;
};

export function summarise(samples: Sample[], metric: Metric): Summary | null {
  const values = sorted(samples.map((s) => metric.value(s)).filter((v): v is number => v !== null));
  if (values.length === 0) return null;
  return {
    median: medianOf(values),
    min: values[0]!,
    max: values.at(-1)!,
    missing: samples.length - values.length,
  };
}

/**
 * `ours` ÷ `peer` run by run (run i of one against run i of the other, measured moments apart), then
 * the median: a slow spell of the machine falls on both sides of each ratio and cancels out.
 */
export function pairedRatio(ours: Sample[], peer: Sample[], metric: Metric): number | null {
  const ratios = ours.flatMap((sample, i) => {
    const a = metric.value(sample);
    const b = peer[i] ? metric.value(peer[i]) : null;
    return a !== null && b ? [a / b] : [];
  });
  return ratios.length ? medianOf(sorted(ratios)) : null;
}

/** Bytes of the files one visit requested: JS and CSS as code, anything else as extra requests. */
export interface Shipped {
  /** JS and CSS, summed over the files requested. */
  code: { files: string[]; raw: number; gzip: number; brotli: number };
  /** Other files (a JSON container), each with its gzip size. */
  extra: { path: string; gzip: number }[];
}

// Brotli at quality 11 takes a while on Klaro's 236 KB: each file is compressed once.
const sizes = new WeakMap<SiteFile, ReturnType<typeof compressed>>();
const sizeOf = (file: SiteFile) => sizes.get(file) ?? sizes.set(file, compressed(file.body)).get(file)!;

function shipped(entry: Entry, paths: string[]): Shipped {
  const result: Shipped = { code: { files: [], raw: 0, gzip: 0, brotli: 0 }, extra: [] };
  for (const path of new Set(paths)) {
    const file = entry.site.files[path];
    if (!file) continue;
    const size = sizeOf(file);
    if (isCode(file)) {
      result.code.files.push(path);
      result.code.raw += size.raw;
      result.code.gzip += size.gzip;
      result.code.brotli += size.brotli;
    } else result.extra.push({ path, gzip: size.gzip });
  }
  return result;
}

/** What the first and the returning visit requested (from the first sample: every run requests the same). */
export function shippedBy(entry: Entry): { first: Shipped; returning: Shipped } {
  const sample = Object.values(entry.samples)[0]![0]!;
  return { first: shipped(entry, sample.firstVisitPaths), returning: shipped(entry, sample.returningPaths) };
}
