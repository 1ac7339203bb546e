import { type Adapter, createConsent, type ErrorEvent } from '@conectamos/consent';
import { linkedinInsight, manifest } from '@conectamos/consent-linkedin-insight';
import { describe, expect, test } from 'vitest';
import { ajv } from '../helpers/schema';
import { makeWindow, scriptSrcs, settle, type TestWindow } from '../helpers/window';

const SCRIPT = 'https://snap.licdn.com/li.lms-analytics/insight.min.js';

type Lintrk = ((...args: unknown[]) => void) & { q?: unknown[][] };
interface LinkedInWindow {
  _linkedin_partner_id?: string;
  _linkedin_data_partner_ids?: string[];
  _already_called_lintrk?: boolean;
  _wait_for_lintrk?: boolean;
  lintrk?: Lintrk;
}
const li = (win: TestWindow) => win as unknown as LinkedInWindow;

/**
 * What insight.min.js does when it runs: reads the stub's queue, installs its own lintrk, replays
 * the queue through it, and sends a page view of its own unless told one was already sent.
 * Returns every call that reached LinkedIn.
 */
function runInsightScript(win: TestWindow): unknown[][] {
  const w = li(win);
  const sent: unknown[][] = [];
  const queued = w.lintrk?.q ?? [];
  w.lintrk = (...args: unknown[]) => void sent.push(args);
  for (const call of queued) w.lintrk(...call);
  if (!w._wait_for_lintrk && !w._already_called_lintrk) {
    w.lintrk('track');
    w._already_called_lintrk = true;
  }
  return sent;
}

const setup = (adapter: Adapter = linkedinInsight({ partnerId: '1234567' }), win = makeWindow()) => {
  const consent = createConsent({ policyVersion: '2026-11-01', window: win, adapters: [adapter] });
  const errors: ErrorEvent[] = [];
  consent.on('error', (e) => errors.push(e));
  return { win, consent, errors };
};

describe('linkedinInsight on grant', () => {
  test('sets the snippet globals, queues one page view and injects insight.min.js', () => {
    const { win, consent } = setup();
    consent.grant('marketing');
    const w = li(win);
    expect(w._linkedin_partner_id).toBe('1234567');
    expect(w._linkedin_data_partner_ids).toEqual(['1234567']);
    // The page view goes through the queue, so the script must not send one of its own.
    expect(w._already_called_lintrk).toBe(true);
    expect(w.lintrk?.q).toEqual([['track', undefined]]);
    expect(scriptSrcs(win)).toEqual([SCRIPT]);
  });

  test('the script replays the queue in order and sends exactly one page view', () => {
    const { win, consent } = setup(linkedinInsight({ partnerId: '1234567', conversions: { lead: 42 } }));
    consent.grant('marketing');
    consent.track('lead');
    expect(runInsightScript(win)).toEqual([
      ['track', undefined],
      ['track', { conversion_id: 42 }],
    ]);
  });

  test('keeps partner IDs the page already declared, and adds its own once', () => {
    const win = makeWindow();
    li(win)._linkedin_data_partner_ids = ['7654321'];
    const { consent } = setup(undefined, win);
    consent.grant('marketing');
    expect(li(win)._linkedin_data_partner_ids).toEqual(['7654321', '1234567']);
  });

  test('a partner ID given as a number is used as the digits string LinkedIn expects', () => {
    const { win, consent } = setup(linkedinInsight({ partnerId: 1234567 as unknown as string }));
    consent.grant('marketing');
    expect(li(win)._linkedin_partner_id).toBe('1234567');
    expect(li(win)._linkedin_data_partner_ids).toEqual(['1234567']);
  });

  test('does not run on the platform surface, even with marketing granted', () => {
    const win = makeWindow();
    const consent = createConsent({
      policyVersion: '2026-11-01',
      window: win,
      surface: 'platform',
      adapters: [linkedinInsight({ partnerId: '1234567' })],
    });
    consent.acceptAll();
    expect(scriptSrcs(win)).toEqual([]);
    expect(li(win).lintrk).toBeUndefined();
  });

  test('a script that fails to load reaches on("error")', async () => {
    const { consent, errors } = setup(undefined, makeWindow({ scriptsFail: true }));
    consent.grant('marketing');
    await settle();
    expect(errors.map((e) => e.id)).toEqual(['linkedin-insight']);
  });
});

describe('linkedinInsight conversions and page views', () => {
  test('track sends conversion_id from props, as a number or a digit string', async () => {
    const { win, consent } = setup();
    consent.grant('marketing');
    await settle();
    const sent = runInsightScript(win);
    consent.track('webinar_registered', { conversionId: 987654 });
    consent.track('webinar_registered', { conversionId: '987655' });
    expect(sent.slice(1)).toEqual([
      ['track', { conversion_id: 987654 }],
      ['track', { conversion_id: '987655' }],
    ]);
  });

  test('the conversions option maps event names; props take precedence', async () => {
    const { win, consent } = setup(
      linkedinInsight({ partnerId: '1234567', conversions: { signup_completed: 111, demo: '222' } }),
    );
    consent.grant('marketing');
    await settle();
    const sent = runInsightScript(win);
    consent.track('signup_completed', { plan: 'pro' });
    consent.track('demo');
    consent.track('signup_completed', { conversionId: 333 });
    expect(sent.slice(1)).toEqual([
      ['track', { conversion_id: 111 }],
      ['track', { conversion_id: '222' }],
      ['track', { conversion_id: 333 }],
    ]);
  });

  test('events with no conversion ID send nothing (the Insight Tag has no custom events)', async () => {
    const { win, consent } = setup(linkedinInsight({ partnerId: '1234567', conversions: { lead: 1 } }));
    consent.grant('marketing');
    await settle();
    const sent = runInsightScript(win);
    consent.track('plan_viewed', { plan: 'pro' });
    consent.track('toString');
    consent.track('constructor', {});
    expect(sent).toEqual([['track', undefined]]);
  });

  test('a bad conversionId in props is refused and reported, not sent', async () => {
    const { win, consent, errors } = setup();
    consent.grant('marketing');
    await settle();
    const sent = runInsightScript(win);
    for (const conversionId of ['98x', -1, 1.5, true, '', ' 1', [1]]) {
      consent.track('webinar_registered', { conversionId });
      // A campaign cannot send it either.
      expect(ajv.validate(manifest.campaigns.send, { conversionId })).toBe(false);
    }
    expect(sent).toEqual([['track', undefined]]);
    expect(errors).toHaveLength(7);
    expect(errors[0]?.id).toBe('linkedin-insight');
    expect(String(errors[0]?.error)).toBe(
      'TypeError: linkedinInsight: conversionId must be digits like 1234567, got "98x"',
    );
  });

  test('page() sends a page view with no conversion, queued until the script runs', async () => {
    const { win, consent } = setup();
    consent.grant('marketing');
    consent.page('/pricing');
    expect(li(win).lintrk?.q).toEqual([
      ['track', undefined],
      ['track', undefined],
    ]);
    await settle();
    const sent = runInsightScript(win);
    win.history.pushState({}, '', '/about');
    consent.page('/about');
    expect(sent).toEqual([['track', undefined], ['track', undefined], ['track']]);
  });
});

describe('linkedinInsight on revoke and re-grant', () => {
  test('revoking after the script ran silences lintrk, for the page’s own calls too', async () => {
    const { win, consent } = setup();
    consent.grant('marketing');
    await settle();
    const sent = runInsightScript(win);
    consent.deny('marketing');
    li(win).lintrk?.('track', { conversion_id: 5 });
    consent.track('webinar_registered', { conversionId: 987654 });
    consent.page('/later');
    expect(sent).toEqual([['track', undefined]]);
    expect(li(win).lintrk?.q).toBeUndefined();
  });

  test('re-granting restores LinkedIn’s lintrk, with no second script, page view or partner ID', async () => {
    const { win, consent } = setup();
    consent.grant('marketing');
    await settle();
    const sent = runInsightScript(win);
    const vendor = li(win).lintrk;
    consent.deny('marketing');
    consent.grant('marketing');
    await settle();
    expect(li(win).lintrk).toBe(vendor);
    expect(li(win)._linkedin_data_partner_ids).toEqual(['1234567']);
    expect(scriptSrcs(win)).toEqual([SCRIPT]);
    consent.track('webinar_registered', { conversionId: 987654 });
    expect(sent).toEqual([
      ['track', undefined],
      ['track', { conversion_id: 987654 }],
    ]);
  });

  test('a per-vendor opt-out silences it the same way, and opt-in restores it', async () => {
    const { win, consent } = setup();
    consent.grant('marketing');
    await settle();
    const sent = runInsightScript(win);
    consent.optOut('linkedin-insight');
    li(win).lintrk?.('track');
    consent.optIn('linkedin-insight');
    li(win).lintrk?.('track', { conversion_id: 7 });
    expect(sent).toEqual([
      ['track', undefined],
      ['track', { conversion_id: 7 }],
    ]);
  });

  test('revoking before the script ran drops what was queued; the late script sends nothing', async () => {
    const { win, consent } = setup();
    consent.grant('marketing');
    consent.track('webinar_registered', { conversionId: 987654 });
    consent.deny('marketing');
    // The script was already requested: it still arrives and runs, now under a revoke.
    const sent = runInsightScript(win);
    await settle();
    expect(sent).toEqual([]);
    li(win).lintrk?.('track');
    expect(sent).toEqual([]);
    // On re-grant the page view that never went out is sent once, through LinkedIn's own function.
    consent.grant('marketing');
    await settle();
    expect(sent).toEqual([['track']]);
    expect(scriptSrcs(win)).toEqual([SCRIPT]);
  });

  test('revoke and re-grant before the script ran queue a single page view', async () => {
    const { win, consent } = setup();
    consent.grant('marketing');
    consent.deny('marketing');
    consent.grant('marketing');
    expect(li(win).lintrk?.q).toEqual([['track', undefined]]);
    const sent = runInsightScript(win);
    await settle();
    expect(sent).toEqual([['track', undefined]]);
    expect(li(win)._linkedin_data_partner_ids).toEqual(['1234567']);
  });

  test('the first-party li_fat_id cookie is deleted on revoke; the site’s own cookies stay', () => {
    const win = makeWindow();
    const consent = createConsent({
      policyVersion: '2026-11-01',
      window: win,
      cookieDomain: 'conectamos.org',
      adapters: [linkedinInsight({ partnerId: '1234567' })],
    });
    consent.grant('marketing');
    win.document.cookie = 'li_fat_id=a1b2; path=/; domain=conectamos.org';
    win.document.cookie = 'lang=es; path=/';
    consent.deny('marketing');
    expect(win.document.cookie).toBe('lang=es');
  });
});

describe('linkedinInsight declaration', () => {
  test('declares li_fat_id as the policy states it, the CSP hosts and the site-only surface', () => {
    const adapter = linkedinInsight({ partnerId: '1234567' });
    expect(adapter).toMatchObject({ id: 'linkedin-insight', category: 'marketing', surfaces: ['site'] });
    expect(adapter.cookies).toEqual([
      {
        name: 'li_fat_id',
        purpose: 'Retargeting and conversion tracking for LinkedIn ad campaigns',
        duration: '30 days',
        provider: 'LinkedIn Insight Tag',
      },
    ]);
    expect(manifest.csp).toEqual({
      scriptSrc: ['https://snap.licdn.com'],
      connectSrc: ['https://*.ads.linkedin.com', 'https://www.linkedin.com'],
      imgSrc: ['https://*.ads.linkedin.com', 'https://www.linkedin.com'],
    });
  });

  test('building the adapter touches no global', () => {
    const win = makeWindow();
    linkedinInsight({ partnerId: '1234567', conversions: { lead: 1 } });
    const { consent } = setup(undefined, win);
    expect(consent.state.decided).toBe(false);
    expect(li(win).lintrk).toBeUndefined();
    expect(li(win)._linkedin_partner_id).toBeUndefined();
    expect(scriptSrcs(win)).toEqual([]);
  });
});

describe('linkedinInsight validation', () => {
  const bad = (options: unknown) => () => linkedinInsight(options as Parameters<typeof linkedinInsight>[0]);
  test.each([
    [undefined, 'partnerId must be 3 to 10 digits like "1234567", got undefined'],
    [{}, 'partnerId must be 3 to 10 digits like "1234567", got undefined'],
    [{ partnerId: '' }, 'partnerId must be 3 to 10 digits like "1234567", got ""'],
    [{ partnerId: '12' }, 'partnerId must be 3 to 10 digits like "1234567", got "12"'],
    [{ partnerId: '12345678901' }, 'partnerId must be 3 to 10 digits like "1234567", got "12345678901"'],
    [{ partnerId: '1234567,7654321' }, 'got "1234567,7654321"'],
    [{ partnerId: '1234567"; alert(1)' }, 'got "1234567\\"; alert(1)"'],
    [{ partnerId: ' 1234567' }, 'got " 1234567"'],
    [{ partnerId: ['1234567'] }, 'got ["1234567"]'],
    [
      { partnerId: '1234567', conversions: '12' },
      'conversions must be an object of event: conversion id, got "12"',
    ],
    [
      { partnerId: '1234567', conversions: [1] },
      'conversions must be an object of event: conversion id, got [1]',
    ],
    [
      { partnerId: '1234567', conversions: { lead: 'abc' } },
      'conversions["lead"] must be digits like 1234567, got "abc"',
    ],
    [
      { partnerId: '1234567', conversions: { lead: -5 } },
      'conversions["lead"] must be digits like 1234567, got -5',
    ],
    [{ partnerId: '1234567', conversions: { lead: 1.5 } }, 'got 1.5'],
    [{ partnerId: '1234567', conversions: { lead: true } }, 'got true'],
    [{ partnerId: '1234567', conversions: { lead: null } }, 'got null'],
  ])('refuses %j, as the options schema does', (options, message) => {
    expect(ajv.validate(manifest.options, options)).toBe(false);
    expect(bad(options)).toThrow(TypeError);
    expect(bad(options)).toThrow(/^linkedinInsight: /);
    expect(bad(options)).toThrow(message);
  });

  test('accepts a partner ID of 3 to 10 digits and digit conversion IDs, as the options schema does', () => {
    for (const partnerId of ['123', '1234567', '1234567890', 123, 1234567890]) {
      const options = { partnerId, conversions: { a: 0, b: '00123' } };
      expect(linkedinInsight(options).id).toBe('linkedin-insight');
      expect(ajv.validate(manifest.options, options), JSON.stringify(ajv.errors)).toBe(true);
    }
  });
});
