/**
 * `pnpm bench:profile [--contender compiled] [--rate 4]`: where one contender's time goes, from a Chromium
 * trace (the DevTools timeline) of the same two visits the comparison measures: a first visit up to the
 * banner and its "accept all", then a returning visit up to its gtag.js request. Prints each visit's main
 * thread, task by task (scripts evaluated, functions called, style, layout, timers), and every request,
 * in ms since navigation start, and flags forced synchronous layouts. A tool to read, not a measurement:
 * tracing itself costs time, so the figures come from `pnpm bench`.
 */
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { launchAsVisitor } from './compare';
import { ORIGIN } from './contender';
import { contenders } from './contenders';
import { BLANK, serve } from './serve';
import { type TraceEvent, timeline } from './trace';

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.stack',
  'blink.user_timing',
  'loading',
  'v8.execute',
].join(',');

const { values } = parseArgs({
  options: {
    contender: { type: 'string', default: 'compiled' },
    rate: { type: 'string', default: '4' },
  },
});
const contender = contenders.find((c) => c.id === values.contender);
if (!contender) {
  console.error(
    `bench:profile: no contender "${values.contender}" (${contenders.map((c) => c.id).join(', ')})`,
  );
  process.exit(2);
}
const rate = Number(values.rate);

/** Loads `/` in a page throttled at `rate`, tracing until `done` resolves; returns the trace's events. */
async function traced(browser: Browser, page: Page, done: (page: Page) => Promise<unknown>) {
  await page.goto(`${ORIGIN}${BLANK}`);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await browser.startTracing(page, { categories: CATEGORIES.split(',') });
  const reached = done(page);
  await page.goto(`${ORIGIN}/`, { waitUntil: 'load' });
  await reached;
  // Settle: what the library does after its banner or vendor request counts too.
  await page.waitForTimeout(500 * rate);
  const buffer = await browser.stopTracing();
  return (JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
}

const site = await contender.prepare();
const browser = await launchAsVisitor();
try {
  const context = await browser.newContext({
    serviceWorkers: 'block',
    viewport: { width: 1280, height: 800 },
  });
  await serve(context, site);
  const first = await context.newPage();
  const firstEvents = await traced(browser, first, async (page) => {
    await page.waitForFunction(`!!(${contender.banner})`, undefined, { timeout: 30_000 });
  });
  console.log(`# ${contender.label}, first visit, ${rate}× CPU throttle\n`);
  console.log(timeline(firstEvents, ORIGIN));
  await contender.accept(first).click();
  await first.waitForTimeout(500);
  await first.close();

  const again = await context.newPage();
  const againEvents = await traced(browser, again, (page) =>
    page.waitForRequest((r) => r.url().startsWith('https://www.googletagmanager.com/gtag/js'), {
      timeout: 30_000,
    }),
  );
  console.log(`\n# ${contender.label}, returning visit, ${rate}× CPU throttle\n`);
  console.log(timeline(againEvents, ORIGIN));
  await context.close();
} finally {
  await browser.close();
}
