/**
 * One bad part of a container never stops the rest. A good container (docs/marketing/container.md: all
 * seven vendors, site cookies, the UI, receipts, campaigns of every trigger) gets random edits: any field set to
 * anything, removed, or joined by an unknown key. Booting it never throws; every part the edits did not
 * touch still runs (its adapter is registered and loads on consent, its campaign fires, its cookie is
 * listed, the banner shows, a decision's receipt is posted); every report names, by JSON path, a place that was edited.
 */
import type { Consent } from '@conectamos/consent';
import { bootContainer, type Container } from '@conectamos/consent-browser';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { holds, type JsonPath, jsonPath, oddValue, PROPERTY_TIMEOUT, RUNS } from '../helpers/property';
import { closeWindow, makeWindow, scriptSrcs, settle, type TestWindow } from '../helpers/window';

const cookie = (name: string, category: string) => ({
  name,
  category,
  purpose: 'A purpose',
  duration: '1 year',
  provider: 'Conectamos',
});

const GOOD = {
  policyVersion: '2026-11-01',
  surface: 'site',
  cookieDomain: 'conectamos.org',
  receipts: { endpoint: '/consent/receipts' },
  ui: { policyUrl: '/cookies', company: 'Conectamos', lang: 'en', strings: { acceptAll: 'OK' } },
  adapters: {
    'google-analytics': { measurementId: 'G-ABC123XYZ9' },
    'google-ads': { conversionId: 'AW-123456789' },
    posthog: { apiKey: 'phc_0123456789abcdefghijKLMN' },
    hubspot: { portalId: '1234567', region: 'eu1' },
    'linkedin-insight': { partnerId: '123456' },
    stripe: { publishableKey: 'pk_live_0123456789abcdef' },
    intercom: { appId: 'abc12345', region: 'eu' },
  },
  cookies: [cookie('lang', 'functional'), cookie('_cnct_sess', 'analytics')],
  campaigns: [
    {
      id: 'spring-webinar',
      adapter: 'linkedin-insight',
      on: { event: 'webinar_registered' },
      send: { conversionId: 987654 },
      start: '2026-03-01',
    },
    {
      id: 'pricing-visit',
      adapter: 'google-ads',
      on: { pageview: '/pricing' },
      send: { label: 'AbC-D_efG' },
    },
    { id: 'plan-chosen', adapter: 'google-analytics', on: { event: 'plan_chosen' }, send: { plan: 'pro' } },
    { id: 'chat-started', adapter: 'intercom', on: { event: 'chat_started' }, send: {} },
    {
      id: 'docs-read',
      adapter: 'posthog',
      on: { pageview: '/docs/**' },
      send: { section: 'all' },
      end: '2099-12-31',
    },
  ],
};
type Json = Record<string | number, unknown>;

/** Every path in the good container, to pick edits from. */
const allPaths = (value: unknown, path: JsonPath = []): JsonPath[] =>
  typeof value === 'object' && value !== null
    ? [
        path,
        ...Object.entries(value).flatMap(([k, v]) => allPaths(v, [...path, Array.isArray(value) ? +k : k])),
      ]
    : [path];
const PATHS = allPaths(GOOD).filter((p) => p.length > 0);
const OBJECTS = allPaths(GOOD).filter((p) => {
  const node = p.reduce<unknown>((n, k) => (n as Json)[k], GOOD);
  return typeof node === 'object' && node !== null && !Array.isArray(node);
});

interface Edit {
  kind: 'set' | 'delete' | 'add';
  path: JsonPath;
  value?: unknown;
}
// Values that mean something here, besides any JSON.
const meaningful = fc.constantFrom(
  'platform',
  'site',
  'es',
  'tiktok',
  'AW-1',
  'G-1',
  '/pricing',
  '2020-01-01',
);
const edit: fc.Arbitrary<Edit> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('set' as const),
      path: fc.constantFrom(...PATHS),
      value: fc.oneof(oddValue, meaningful),
    }),
  },
  fc.record({ kind: fc.constant('delete' as const), path: fc.constantFrom(...PATHS) }),
  fc
    .tuple(
      fc.constantFrom(...OBJECTS),
      fc.oneof(fc.constantFrom('__proto__', 'constructor', 'tiktok', 'x y', 'toString'), fc.string()),
      oddValue,
    )
    .map(([at, key, value]): Edit => ({ kind: 'add', path: [...at, key], value })),
);

/** Applies the edits to a copy, and returns it as the drop-in gets it: parsed JSON (own `__proto__` keys). */
function edited(edits: Edit[]): Json {
  const copy = structuredClone(GOOD) as unknown as Json;
  for (const { kind, path, value } of edits) {
    const parent = path.slice(0, -1).reduce<unknown>((n, k) => (n as Json | undefined)?.[k], copy);
    if (typeof parent !== 'object' || parent === null) continue;
    const key = path.at(-1)!;
    // Array items are replaced, not removed, so the paths of the others stay what they were.
    if (kind === 'delete' && !Array.isArray(parent)) delete (parent as Json)[key];
    else Object.defineProperty(parent, key, { value, enumerable: true, configurable: true, writable: true });
  }
  return JSON.parse(JSON.stringify(copy));
}

const isPrefix = (a: JsonPath, b: JsonPath): boolean => a.length <= b.length && a.every((k, i) => b[i] === k);
/** Whether no edit reached `path`: none at it, inside it, or above it. */
const untouched = (edits: Edit[], path: JsonPath): boolean =>
  edits.every((e) => !isPrefix(e.path, path) && !isPrefix(path, e.path));
/** Whether a report names an edited place: the edit's path, a part containing it, or a field inside it. */
const namesAnEdit = (message: string, edits: Edit[]): boolean =>
  edits.some(({ path }) => {
    const at = `consent container: ${jsonPath(path)}`;
    if (message.startsWith(`${at}.`) || message.startsWith(`${at}[`)) return true;
    return path.some((_, i) => message.startsWith(`consent container: ${jsonPath(path.slice(0, i + 1))}: `));
  });

// Where each vendor's script comes from, whatever region its options name.
const SCRIPT_HOSTS: Record<string, RegExp> = {
  'google-analytics': /^https:\/\/www\.googletagmanager\.com\/gtag\/js\?/,
  'google-ads': /^https:\/\/www\.googletagmanager\.com\/gtag\/js\?/,
  posthog: /^https:\/\/(eu|us)-assets\.i\.posthog\.com\//,
  hubspot: /^https:\/\/js(-\w+)?\.hs-scripts\.com\//,
  'linkedin-insight': /^https:\/\/snap\.licdn\.com\//,
  stripe: /^https:\/\/js\.stripe\.com\//,
  intercom: /^https:\/\/widget\.intercom\.io\//,
};

const bannerShown = (win: TestWindow): boolean => {
  const banner = win.document.querySelector('conectamos-consent')?.shadowRoot?.querySelector('.banner');
  return !!banner && !(banner as HTMLElement).hidden;
};

let opened: TestWindow[] = [];

async function onlyEditedPartsFail(edits: Edit[]): Promise<void> {
  const container = edited(edits);
  const win = makeWindow({ url: 'https://www.conectamos.org/pricing' });
  opened.push(win);
  // A thousand windows at once would not fit in memory; closing them in batches is cheaper than one by one.
  if (opened.length >= 50) await Promise.all(opened.splice(0).map(closeWindow));
  const reports: string[] = [];
  const hits: string[] = [];
  // Receipts are recorded, never sent: the beacon takes each one.
  const beacons: string[] = [];
  Object.defineProperty(win.navigator, 'sendBeacon', {
    configurable: true,
    value: (url: string) => beacons.push(url) > 0,
  });
  const consent: Consent | undefined = bootContainer(container as unknown as Container, {
    window: win,
    onError: ({ error }) => reports.push(String((error as Error)?.message ?? error)),
    onCampaign: (hit) => hits.push(hit.id),
  });
  const adapters = consent?.adapters.map((a) => a.id) ?? [];

  // Every report is by path, about an edit, or about a campaign whose vendor an edit took away.
  for (const message of reports) {
    const lostVendor = /^consent container: \$\.campaigns\[(\d+)\]\.adapter: /.exec(message);
    const campaign = lostVendor && (container.campaigns as Json[])[+lostVendor[1]!];
    expect(
      namesAnEdit(message, edits) || (!!campaign && !adapters.includes(campaign.adapter as string)),
      `a report that names no edit: ${message}`,
    ).toBe(true);
  }
  if (!consent) {
    // Only a missing or empty policy version stops everything, and it says so.
    expect(untouched(edits, ['policyVersion'])).toBe(false);
    expect(reports.some((m) => m.startsWith('consent container: $.policyVersion: '))).toBe(true);
    expect(scriptSrcs(win)).toEqual([]);
    return;
  }

  // Each vendor still named runs, or is reported by its path; the untouched ones run.
  const list = container.adapters;
  const isMap = typeof list === 'object' && list !== null && !Array.isArray(list);
  if (list !== undefined && !isMap)
    expect(reports.some((m) => m.startsWith('consent container: $.adapters: '))).toBe(true);
  const named = isMap ? Object.keys(list) : [];
  for (const id of named)
    expect(
      adapters.includes(id) ||
        reports.some((m) => m.startsWith(`consent container: ${jsonPath(['adapters', id])}`)),
      `adapter ${id} neither runs nor is reported`,
    ).toBe(true);
  for (const id of Object.keys(GOOD.adapters))
    if (untouched(edits, ['adapters', id])) expect(adapters).toContain(id);
  GOOD.cookies.forEach((c, i) => {
    if (untouched(edits, ['cookies', i])) expect(consent.cookies.map((k) => k.name)).toContain(c.name);
  });
  expect(bannerShown(win)).toBe(container.ui !== false);

  // On consent, every vendor that runs here loads, and every untouched campaign fires.
  const platform = container.surface === 'platform';
  consent.acceptAll();
  consent.load('stripe').catch(() => {});
  for (const event of ['webinar_registered', 'plan_chosen', 'chat_started']) consent.track(event);
  consent.page('/docs/guide');
  const scripts = scriptSrcs(win);
  for (const a of consent.adapters)
    if (!platform || a.category !== 'marketing')
      expect(
        scripts.some((src) => SCRIPT_HOSTS[a.id]!.test(src)),
        `${a.id} did not load: ${scripts}`,
      ).toBe(true);
  GOOD.campaigns.forEach((c, i) => {
    const vendor = consent.adapters.find((a) => a.id === c.adapter);
    if (untouched(edits, ['campaigns', i]) && vendor && (!platform || vendor.category !== 'marketing'))
      expect(hits, `campaign ${c.id} did not fire`).toContain(c.id);
  });
  // The decision's receipt goes to the endpoint, once the hash (none here: an API call) has settled.
  if (untouched(edits, ['receipts'])) {
    await settle();
    expect(beacons).toEqual([GOOD.receipts.endpoint]);
  }
}

describe('containers, at random', () => {
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    // Campaign windows are judged against the clock: keep it where the good campaigns are active.
    vi.useFakeTimers({ now: Date.parse('2026-12-02T12:00:00.000Z'), toFake: ['Date'] });
    opened = [];
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  test(
    `${RUNS} edited containers: no throw, every untouched part runs, every problem is reported where it is`,
    async () => {
      await holds(
        'edited containers',
        fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 3 }), onlyEditedPartsFail),
      );
    },
    PROPERTY_TIMEOUT,
  );
});
