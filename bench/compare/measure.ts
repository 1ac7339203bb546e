/**
 * One run of one contender at one CPU throttle, in a fresh browser context: a first visit (banner
 * visible, main-thread time to settle, long tasks, heap, vendor requests before consent, then "accept
 * all" → first vendor request), then a returning visit with the decision it just stored (navigation →
 * first gtag.js request).
 */
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { type Contender, ORIGIN, type Site } from './contender';
import { BANNER_SIGNAL, firstRequestAt, PROBE_STATE, probe } from './probe';
import { BLANK, isGtag, isVendor, serve, type Traffic } from './serve';

/** What one run measured. Times are ms; null when the thing never happened. */
export interface Sample {
  /** Navigation start → the banner is visible on screen. */
  bannerMs: number | null;
  /** Main-thread task time from navigation until the page is idle (CDP TaskDuration)… */
  taskMs: number;
  /**
   * …of which style and layout (RecalcStyle + Layout). Chromium's ScriptDuration is not used: it leaves
   * out JavaScript run from promise callbacks, where much of a modern library's work happens.
   */
  styleLayoutMs: number;
  /**
   * Main-thread CPU time over the same span (ThreadTime), unthrottled runs only: it is not stretched by
   * other processes taking the CPU, but Chromium's throttle itself spends it, so at 4× it is null.
   */
  cpuMs: number | null;
  longTasks: number;
  longTaskMs: number;
  /** JS heap in use once idle, after a garbage collection. */
  heapBytes: number;
  /** Vendor requests made before the click on "accept all": must be none. */
  beforeConsent: string[];
  /** The click on "accept all" → the first vendor request. */
  acceptToVendorMs: number | null;
  /** Whether gtag.js was requested after the click. */
  gtagAfterAccept: boolean;
  /** Returning visit: navigation start → the gtag.js request. */
  returningGtagMs: number | null;
  /** Site paths each visit requested (the page itself left out). */
  firstVisitPaths: string[];
  returningPaths: string[];
  /** Aborted requests (hosts with no stand-in), 404s on the site, page errors. */
  problems: string[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Null after `ms`, without keeping the process alive for it. */
const giveUp = (ms: number) => new Promise<null>((resolve) => setTimeout(() => resolve(null), ms).unref());

/** Polls `check` every 20 ms until it gives something other than null/false, or `ms` pass. */
async function until<T>(check: () => T | Promise<T>, ms: number): Promise<T | null> {
  for (const end = Date.now() + ms; Date.now() < end; await sleep(20)) {
    const value = await check();
    if (value !== null && value !== false) return value;
  }
  return null;
}

const metrics = async (cdp: CDPSession): Promise<Record<string, number>> =>
  Object.fromEntries(
    (await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value] as const),
  );

/** Opens a page on the blank page with throttling, metrics and the probe in place, before `/` loads. */
async function openPage(context: BrowserContext, contender: Contender, rate: number, problems: string[]) {
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  await page.addInitScript(probe(contender.banner));
  await page.goto(`${ORIGIN}${BLANK}`);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await cdp.send('Performance.enable');
  return { page, cdp };
}

/**
 * Waits until the page is idle: loaded, and then 250 ms in which the main thread worked less than
 * 5 ms. Returns the metrics read at the start of that quiet spell.
 */
async function settle(page: Page, cdp: CDPSession, timeoutMs: number) {
  await page.waitForLoadState('load');
  let last = await metrics(cdp);
  for (const end = Date.now() + timeoutMs; Date.now() < end; ) {
    await sleep(250);
    const now = await metrics(cdp);
    if (now.TaskDuration! - last.TaskDuration! < 0.005) return last;
    last = now;
  }
  return last;
}

const sitePaths = (traffic: Traffic, from: number) =>
  traffic.requests
    .slice(from)
    .filter((url) => !isVendor(url))
    .map((url) => new URL(url).pathname)
    .filter((path) => path !== '/' && path !== BLANK);

/** Runs a first and a returning visit of `contender` at CPU throttle `rate` (1 = none). */
export async function measure(
  browser: Browser,
  contender: Contender,
  site: Site,
  rate: number,
): Promise<Sample> {
  const context = await browser.newContext({
    serviceWorkers: 'block',
    viewport: { width: 1280, height: 800 },
  });
  const problems: string[] = [];
  const patience = 15_000 * rate;
  try {
    const traffic = await serve(context, site);
    // First visit.
    const first = await openPage(context, contender, rate, problems);
    const bannerShown = new Promise<number>((resolve) =>
      first.cdp.on('Runtime.bindingCalled', (e) => e.name === BANNER_SIGNAL && resolve(Number(e.payload))),
    );
    // Bindings reach the page only with the Runtime domain on (Playwright has it on in its own session).
    await first.cdp.send('Runtime.enable');
    await first.cdp.send('Runtime.addBinding', { name: BANNER_SIGNAL });
    const before = await metrics(first.cdp);
    const start = traffic.requests.length;
    await first.page.goto(`${ORIGIN}/`, { waitUntil: 'commit' });
    const bannerMs = await Promise.race([bannerShown, giveUp(patience)]);
    const idle = await settle(first.page, first.cdp, patience);
    const state = (await first.page.evaluate(PROBE_STATE)) as { longTasks: number; longTaskMs: number };
    await first.cdp.send('HeapProfiler.collectGarbage');
    const heapBytes = (await metrics(first.cdp)).JSHeapUsedSize!;
    const beforeConsent = traffic.requests.slice(start).filter(isVendor);

    let acceptToVendorMs: number | null = null;
    const clickedAt = traffic.requests.length;
    if (bannerMs !== null) {
      await contender.accept(first.page).click({ timeout: patience });
      await until(() => traffic.requests.slice(clickedAt).some(isGtag), patience);
      acceptToVendorMs = await until(async () => {
        const [click, vendor] = (await first.page.evaluate(
          `[${PROBE_STATE}.click, ${firstRequestAt()}]`,
        )) as [number | null, number | null];
        return click !== null && vendor !== null ? vendor - click : null;
      }, patience);
    }
    const gtagAfterAccept = traffic.requests.slice(clickedAt).some(isGtag);
    const firstVisitPaths = sitePaths(traffic, start);
    await first.page.close();

    // Returning visit, with the decision the first visit stored.
    const again = await openPage(context, contender, rate, problems);
    const returnStart = traffic.requests.length;
    await again.page.goto(`${ORIGIN}/`, { waitUntil: 'commit' });
    await until(() => traffic.requests.slice(returnStart).some(isGtag), patience);
    const gtag = 'https://www.googletagmanager.com/gtag/js';
    const returningGtagMs = gtagAfterAccept
      ? await until(() => again.page.evaluate(firstRequestAt(gtag)) as Promise<number | null>, patience)
      : null;
    const returningPaths = sitePaths(traffic, returnStart);

    // Seconds of main-thread work between `before` and `idle`, in ms.
    const spent = (names: string[]) =>
      names.reduce((ms, name) => ms + (idle[name]! - before[name]!) * 1000, 0);
    problems.push(...traffic.aborted.map((url) => `aborted: ${url}`));
    problems.push(...traffic.missing.map((path) => `404: ${path}`));
    return {
      bannerMs,
      taskMs: spent(['TaskDuration']),
      styleLayoutMs: spent(['RecalcStyleDuration', 'LayoutDuration']),
      cpuMs: rate === 1 ? spent(['ThreadTime']) : null,
      longTasks: state.longTasks,
      longTaskMs: state.longTaskMs,
      heapBytes,
      beforeConsent,
      acceptToVendorMs,
      gtagAfterAccept,
      returningGtagMs,
      firstVisitPaths,
      returningPaths,
      problems,
    };
  } finally {
    await context.close();
  }
}
