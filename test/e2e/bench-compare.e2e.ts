/**
 * The side-by-side benchmark (`pnpm bench`), in smoke mode so it cannot rot: one unthrottled run of
 * every contender, ours and the peers, on the bench's own page. Asserts what a visitor would notice —
 * the banner, nothing sent to a vendor before consent, gtag.js after "accept all" — never a timing.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { chartSvg } from '../../bench/compare/chart';
import { type Comparison, compare, UNTHROTTLED } from '../../bench/compare/compare';
import { contenders } from '../../bench/compare/contenders';
import { compareReport } from '../../bench/compare/report';

let comparison: Comparison;
beforeAll(async () => {
  comparison = await compare({ runs: 1, modes: [UNTHROTTLED], contenders, warmUp: false });
});

const sampleOf = (id: string) =>
  comparison.entries.find((e) => e.contender.id === id)!.samples[UNTHROTTLED.id]![0]!;

describe.each(contenders.map((c) => [c.label, c.id]))('bench contender %s', (_label, id) => {
  test('shows its banner on a first visit', () => {
    expect(sampleOf(id).bannerMs).not.toBeNull();
  });

  test('sends nothing to any vendor before "accept all"', () => {
    expect(sampleOf(id).beforeConsent).toEqual([]);
  });

  test('loads gtag.js after "accept all", and on the returning visit with no click', () => {
    const sample = sampleOf(id);
    expect(sample.gtagAfterAccept).toBe(true);
    expect(sample.acceptToVendorMs).not.toBeNull();
    expect(sample.returningGtagMs).not.toBeNull();
  });

  test('asks for no host without a stand-in, no missing file, and throws no page error', () => {
    expect(sampleOf(id).problems).toEqual([]);
  });
});

test('the compiled drop-in fetches its UI chunk on the first visit only, as the printed tags say', () => {
  const { firstVisitPaths, returningPaths } = sampleOf('compiled');
  expect(firstVisitPaths.some((path) => /\/consent-ui\.[0-9a-f]+\.js$/.test(path))).toBe(true);
  expect(returningPaths.some((path) => path.includes('consent-ui'))).toBe(false);
});

test('the report and the chart name every contender', () => {
  const report = compareReport(comparison, 'benchmarks/compare-4x.svg');
  const svg = chartSvg(comparison.entries, UNTHROTTLED, 1);
  for (const { label } of contenders) {
    expect(report).toContain(`| ${label} |`);
    expect(svg).toContain(`>${label}</text>`);
  }
  expect(report).toContain('### Where the time goes');
});
