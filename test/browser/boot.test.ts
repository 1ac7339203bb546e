import { bootContainer, type Container } from '@conectamos/consent-browser';
import { describe, expect, test, vi } from 'vitest';
import { receiptsPosted, stubNetwork } from '../helpers/receipts';
import { makeWindow, scriptSrcs, type TestWindow } from '../helpers/window';

const good = (): Record<string, unknown> => ({
  policyVersion: '2026-11-01',
  ui: { policyUrl: '/cookies', lang: 'en' },
  adapters: {
    'google-analytics': { measurementId: 'G-TEST12345' },
    'linkedin-insight': { partnerId: '123456' },
  },
  campaigns: [
    {
      id: 'webinar',
      adapter: 'linkedin-insight',
      on: { event: 'webinar_registered' },
      send: { conversionId: 987654 },
    },
  ],
});

/** Boots a container in a fresh window, collecting the errors it reports. */
function boot(container: Record<string, unknown>, win = makeWindow()) {
  const errors: string[] = [];
  const hits: string[] = [];
  vi.spyOn(console, 'error').mockImplementation(() => {});
  const consent = bootContainer(container as unknown as Container, {
    window: win,
    onError: ({ error }) => errors.push(String((error as Error).message ?? error)),
    onCampaign: (hit) => hits.push(hit.id),
  });
  return { win, consent, errors, hits };
}
const bannerShown = (win: TestWindow): boolean => {
  const banner = win.document.querySelector('conectamos-consent')?.shadowRoot?.querySelector('.banner');
  return !!banner && !(banner as HTMLElement).hidden;
};

describe('one bad field of a container never stops the rest', () => {
  test.each([
    ['"campaigns": {}', { campaigns: {} }, '$.campaigns'],
    ['"cookies": {}', { cookies: {} }, '$.cookies'],
    ['"surface": "moon"', { surface: 'moon' }, '$.surface'],
    ['"cookieDomain": 5', { cookieDomain: 5 }, '$.cookieDomain'],
    ['"reloadOnRevoke": "yes"', { reloadOnRevoke: 'yes' }, '$.reloadOnRevoke'],
    ['"ui": { "lang": 5 }', { ui: { policyUrl: '/cookies', lang: 5 } }, '$.ui.lang'],
    ['"ui": { "strings": "x" }', { ui: { policyUrl: '/cookies', strings: 'x' } }, '$.ui.strings'],
    ['"ui": "yes"', { ui: 'yes' }, '$.ui'],
    ['"receipts": "/consent/receipts"', { receipts: '/consent/receipts' }, '$.receipts'],
    ['a relative receipts endpoint', { receipts: { endpoint: 'consent/receipts' } }, '$.receipts.endpoint'],
    [
      'an http receipts endpoint',
      { receipts: { endpoint: 'http://www.conectamos.org/consent/receipts' } },
      '$.receipts.endpoint',
    ],
    [
      'a receipts endpoint on "//another.host"',
      { receipts: { endpoint: '//x.example/r' } },
      '$.receipts.endpoint',
    ],
    [
      'a cookie without a category',
      { cookies: [{ name: 'lang', purpose: 'x', duration: '1 year', provider: 'Us' }] },
      '$.cookies[0]',
    ],
  ])('%s: reported by its path, the banner shows, the vendors still run', (_, change, path) => {
    const { win, consent, errors } = boot({ ...good(), ...change });
    expect(consent).toBeDefined();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`${path}:`);
    expect(bannerShown(win)).toBe(true);
    consent!.grant('analytics');
    expect(scriptSrcs(win)).toContain('https://www.googletagmanager.com/gtag/js?id=G-TEST12345');
  });

  test.each([
    ['"on": "signup"', { on: 'signup' }, '.on'],
    ['"on": {}', { on: {} }, '.on'],
    ['"send": "x"', { send: 'x' }, '.send'],
    ['an unknown adapter', { adapter: 'tiktok' }, '.adapter'],
    ['an id that is not kebab-case', { id: 'Spring Webinar' }, '.id'],
    ['"start": "April"', { start: 'April' }, '.start'],
    // The key written as a JSON path would write it, as the validator does: ["a b"], not .a b.
    ['a list in send, under a key with a space', { send: { 'a b': [] } }, '.send["a b"]'],
  ])('a campaign with %s is skipped by its path; the other campaigns fire', (_, change, at) => {
    const container = good();
    const [webinar] = container.campaigns as Record<string, unknown>[];
    container.campaigns = [{ ...webinar, id: 'broken', ...change }, webinar];
    const { consent, errors, hits } = boot(container);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`$.campaigns[0]${at}:`);
    consent!.acceptAll();
    consent!.track('webinar_registered');
    expect(hits).toEqual(['webinar']);
  });

  test('without a policy version nothing starts, and the error says so', () => {
    const { consent, errors, win } = boot({ adapters: {} });
    expect(consent).toBeUndefined();
    expect(errors[0]).toContain('$.policyVersion');
    expect(scriptSrcs(win)).toEqual([]);
  });
});

describe('"receipts" in the container', () => {
  test('sends a receipt of each decision to its endpoint', async () => {
    const win = makeWindow();
    const network = stubNetwork(win);
    const { consent, errors } = boot({ ...good(), receipts: { endpoint: '/consent/receipts' } }, win);
    consent!.acceptAll();
    const [receipt] = await receiptsPosted(network, 1);
    expect(errors).toEqual([]);
    expect(network.beacons[0]!.url).toBe('/consent/receipts');
    expect(receipt!.id).toBe(consent!.id);
  });

  test('a bad one is skipped: the page runs, without receipts', async () => {
    const win = makeWindow();
    const network = stubNetwork(win);
    const { consent, errors } = boot({ ...good(), receipts: { endpoint: 'http://x.example/r' } }, win);
    consent!.acceptAll();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(errors).toEqual([
      'consent container: $.receipts.endpoint: expected a path like "/consent/receipts" or an https:// URL; skipped',
    ]);
    expect(network.beacons).toEqual([]);
    expect(consent!.state.decided).toBe(true);
  });
});
