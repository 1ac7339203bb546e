/**
 * Reading a Chromium trace (the DevTools timeline categories) for `bench:profile`: the page's main thread
 * task by task and its requests, in ms since the navigation to the site's page.
 */

/** One trace event, as Chromium writes them (Trace Event Format). */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: Record<string, unknown>; beginData?: Record<string, unknown>; name?: string };
}

/** What the main thread does that the timeline prints, when it takes at least 0.3 ms. */
const WORK = new Set([
  'RunTask',
  'ParseHTML',
  'EvaluateScript',
  'v8.compile',
  'v8.compileModule',
  'FunctionCall',
  'TimerFire',
  'FireAnimationFrame',
  'RunMicrotasks',
  'EventDispatch',
  'UpdateLayoutTree',
  'Layout',
  'ParseAuthorStyleSheet',
  'PrePaint',
  'Paint',
  'Commit',
  'MajorGC',
  'MinorGC',
  'XHRReadyStateChange',
]);
/** JavaScript running: style or layout inside one of these was forced by a script. */
const SCRIPT = new Set([
  'EvaluateScript',
  'FunctionCall',
  'TimerFire',
  'RunMicrotasks',
  'FireAnimationFrame',
  'EventDispatch',
]);

const ms = (us: number): string => (us / 1000).toFixed(1).padStart(7);
const shortUrl = (url: unknown, origin: string): string =>
  typeof url === 'string' ? url.replace(origin, '').replace(/\?.*/, '').slice(0, 70) : '';

/**
 * The timeline of the last navigation to `${origin}/` in `events`: requests sent and finished, the main
 * thread's work nested by depth (to two levels inside a task), long tasks, forced layouts, and totals.
 */
export function timeline(events: TraceEvent[], origin: string): string {
  const navigation = events
    .filter(
      (e) => e.name === 'navigationStart' && (e.args?.data?.documentLoaderURL as string) === `${origin}/`,
    )
    .at(-1);
  if (!navigation) return '(no navigation to the page in the trace)';
  const t0 = navigation.ts;
  const main = (e: TraceEvent): boolean => e.pid === navigation.pid && e.tid === navigation.tid;
  const lines: [ts: number, text: string][] = [];

  const sent = new Map<string, string>();
  for (const e of events) {
    const data = e.args?.data ?? {};
    if (e.name === 'ResourceSendRequest' && e.ts >= t0 && /^https?:/.test(data.url as string)) {
      sent.set(data.requestId as string, shortUrl(data.url, origin));
      lines.push([e.ts, `→ request ${shortUrl(data.url, origin)} (${data.priority})`]);
    }
    if (e.name === 'ResourceFinish' && sent.has(data.requestId as string))
      lines.push([e.ts, `← finished ${sent.get(data.requestId as string)} (${data.encodedDataLength} B)`]);
  }

  const work = events
    .filter((e) => main(e) && e.ph === 'X' && e.ts >= t0 && WORK.has(e.name))
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const stack: TraceEvent[] = [];
  const totals = new Map<string, number>();
  const forced: string[] = [];
  let longTasks = 0;
  for (const e of work) {
    while (stack.length && stack.at(-1)!.ts + (stack.at(-1)!.dur ?? 0) <= e.ts) stack.pop();
    const depth = stack.length;
    stack.push(e);
    const dur = e.dur ?? 0;
    if (depth === 1) totals.set(e.name, (totals.get(e.name) ?? 0) + dur);
    if (e.name === 'RunTask' && dur > 50_000) longTasks++;
    const inScript = stack.slice(0, -1).find((s) => SCRIPT.has(s.name));
    if ((e.name === 'Layout' || e.name === 'UpdateLayoutTree') && inScript && dur > 0)
      forced.push(
        `${ms(e.ts - t0)} ms  ${e.name} ${ms(dur)} ms, forced inside ${inScript.name} ${describe(inScript, origin)}`,
      );
    if (depth > 2 || dur < 300) continue;
    lines.push([e.ts, `${'  '.repeat(depth)}${e.name} ${describe(e, origin)} ${(dur / 1000).toFixed(1)} ms`]);
  }
  const out = lines.sort((a, b) => a[0] - b[0]).map(([ts, text]) => `${ms(ts - t0)} ms  ${text}`);
  out.push('', 'main thread inside tasks, by kind (ms):');
  for (const [name, us] of [...totals].sort((a, b) => b[1] - a[1]))
    out.push(`  ${name.padEnd(22)} ${(us / 1000).toFixed(1)}`);
  out.push(`long tasks (> 50 ms): ${longTasks}`);
  out.push(forced.length ? `forced style/layout:\n${forced.join('\n')}` : 'forced style/layout: none');
  return out.join('\n');
}

function describe(e: TraceEvent, origin: string): string {
  const data = e.args?.data ?? e.args?.beginData ?? {};
  const url = shortUrl(data.url ?? data.fileName, origin);
  const fn = (data.functionName as string) || '';
  const type = (data.type as string) || '';
  return [type, fn, url].filter(Boolean).join(' ');
}
