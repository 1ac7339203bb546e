/**
 * The side-by-side comparison: every contender's page, in system Chromium, unthrottled and at 4× CPU
 * throttle. Runs are interleaved (each round visits every mode and every contender, starting each
 * round with the next contender) so that a slow spell of a shared machine falls on everyone alike.
 */
import { availableParallelism, loadavg } from 'node:os';
import type { Browser } from 'playwright-core';
import { launch } from '../../scripts/chromium';
import type { Contender, Site } from './contender';
import { measure, type Sample } from './measure';

/** A CPU throttle the comparison runs at. */
export interface Mode {
  id: string;
  label: string;
  /** CDP `Emulation.setCPUThrottlingRate`: 1 is none. */
  rate: number;
}

export const THROTTLED: Mode = { id: '4x', label: '4× CPU throttle', rate: 4 };
export const UNTHROTTLED: Mode = { id: 'unthrottled', label: 'unthrottled', rate: 1 };

/** One contender's site and samples, by mode id. */
export interface Entry {
  contender: Contender;
  site: Site;
  samples: Record<string, Sample[]>;
}

/**
 * A browser as a visitor has one. Chromium under automation reports `navigator.webdriver`, and
 * vanilla-cookieconsent hides its banner from such browsers (its `hideFromBots`); no visitor's browser
 * reports it, so it is switched off here rather than configuring a library otherwise than its users do.
 */
export const launchAsVisitor = (): Promise<Browser> =>
  launch(['--disable-blink-features=AutomationControlled']);

export interface CompareOptions {
  runs: number;
  modes: Mode[];
  contenders: Contender[];
  /** One discarded visit of each contender first, so no one pays for a cold browser. Default true. */
  warmUp?: boolean;
  /** Told after every run, for progress output. */
  onSample?: (entry: Entry, mode: Mode, run: number) => void;
}

/** What a comparison measured, and how. */
export interface Comparison {
  entries: Entry[];
  modes: Mode[];
  runs: number;
  browserVersion: string;
  /** The machine: its cores, and its 1-minute load average after each run (other work shares the CPU). */
  cores: number;
  load: number[];
}

/** Prepares every contender, then runs `runs` interleaved rounds; returns the samples. */
export async function compare({
  runs,
  modes,
  contenders,
  warmUp = true,
  onSample,
}: CompareOptions): Promise<Comparison> {
  const entries: Entry[] = [];
  for (const contender of contenders)
    entries.push({
      contender,
      site: await contender.prepare(),
      samples: Object.fromEntries(modes.map((mode) => [mode.id, []])),
    });
  const browser = await launchAsVisitor();
  const browserVersion = browser.version();
  const load: number[] = [];
  try {
    if (warmUp) for (const entry of entries) await measure(browser, entry.contender, entry.site, 1);
    for (let run = 0; run < runs; run++)
      for (const mode of modes)
        for (let i = 0; i < entries.length; i++) {
          const entry = entries[(i + run) % entries.length]!;
          entry.samples[mode.id]!.push(await measure(browser, entry.contender, entry.site, mode.rate));
          load.push(loadavg()[0]!);
          onSample?.(entry, mode, run);
        }
  } finally {
    await browser.close();
  }
  return { entries, modes, runs, browserVersion, cores: availableParallelism(), load };
}

/** A comparison as JSON: its samples by contender id, so the report can be written again without a run. */
export const toJson = (comparison: Comparison): string =>
  JSON.stringify({
    ...comparison,
    entries: comparison.entries.map((e) => ({ id: e.contender.id, samples: e.samples })),
  });

/** A comparison read back from `toJson`, with today's contenders (their files prepared again). */
export async function fromJson(json: string, contenders: Contender[]): Promise<Comparison> {
  const saved = JSON.parse(json) as Omit<Comparison, 'entries'> & {
    entries: { id: string; samples: Entry['samples'] }[];
  };
  const entries: Entry[] = [];
  for (const { id, samples } of saved.entries) {
    const contender = contenders.find((c) => c.id === id);
    if (!contender) throw new Error(`bench: "${id}" in the saved samples is no contender any more`);
    entries.push({ contender, site: await contender.prepare(), samples });
  }
  return { ...saved, entries };
}
