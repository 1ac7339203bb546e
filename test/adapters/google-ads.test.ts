import { cookieLabel, createConsent, type ErrorEvent } from '@conectamos/consent';
import { CONVERSION_ID, googleAds, manifest } from '@conectamos/consent-google-ads';
import { describe, expect, test } from 'vitest';
import { ajv } from '../helpers/schema';
import { makeWindow, networkAttempts, scriptSrcs, type TestWindow } from '../helpers/window';

const ID = 'AW-123456789';
const SCRIPT = `https://www.googletagmanager.com/gtag/js?id=${ID}`;

const layer = (win: TestWindow): unknown[][] =>
  ((win as unknown as { dataLayer?: IArguments[] }).dataLayer ?? []).map((a) => [...a]);
const conversions = (win: TestWindow) =>
  layer(win)
    .filter((e) => e[0] === 'event' && e[1] === 'conversion')
    .map((e) => e[2]);
const lastConsent = (win: TestWindow) =>
  layer(win)
    .filter((e) => e[0] === 'consent')
    .at(-1)?.[2];

const setup = (options: Partial<Parameters<typeof googleAds>[0]> = {}, surface?: 'site' | 'platform') => {
  const win = makeWindow();
  const adapter = googleAds({ conversionId: ID, ...options });
  const consent = createConsent({
    policyVersion: '2026-11-01',
    window: win,
    surface,
    adapters: [adapter],
    cookieDomain: 'conectamos.org',
  });
  const errors: ErrorEvent[] = [];
  consent.on('error', (e) => errors.push(e));
  return { win, consent, adapter, errors };
};

describe('googleAds', () => {
  test('configures the AW- tag after marketing consent, and nothing before', () => {
    const { win, consent } = setup();
    consent.grant('analytics');
    expect(scriptSrcs(win)).toEqual([]);
    expect(layer(win)).toEqual([]);
    consent.acceptAll();
    expect(layer(win).filter((e) => e[0] === 'config')).toEqual([['config', ID]]);
    expect(scriptSrcs(win)).toEqual([SCRIPT]);
    expect(lastConsent(win)).toMatchObject({ ad_storage: 'granted', ad_user_data: 'granted' });
    expect(networkAttempts).toEqual([]);
  });

  test('never runs on the platform, even with marketing granted', () => {
    const { win, consent } = setup({}, 'platform');
    consent.acceptAll();
    expect(scriptSrcs(win)).toEqual([]);
    expect(consent.isGranted('google-ads')).toBe(false);
  });

  test('a campaign’s { label } sends a conversion to AW-…/label, with value, currency and transaction id', () => {
    const { win, consent, adapter } = setup();
    consent.grant('marketing');
    // The drop-in's campaigns call the adapter with their `send` data.
    adapter.track?.('webinar_registered', { label: 'AbC-D_efG' });
    consent.track('purchase', {
      label: 'Pur_chase-1',
      value: 49.5,
      currency: 'EUR',
      transaction_id: 'T-1001',
      email: 'ana@example.com',
    });
    expect(conversions(win)).toEqual([
      { send_to: `${ID}/AbC-D_efG` },
      { send_to: `${ID}/Pur_chase-1`, value: 49.5, currency: 'EUR', transaction_id: 'T-1001' },
    ]);
  });

  test('a full sendTo is used as given', () => {
    const { win, consent } = setup();
    consent.grant('marketing');
    consent.track('lead', { sendTo: 'AW-987654321/Xy_z', transaction_id: 77 });
    expect(conversions(win)).toEqual([{ send_to: 'AW-987654321/Xy_z', transaction_id: 77 }]);
  });

  test('the conversions option maps our events to labels; a label in the call wins', () => {
    const { win, consent } = setup({ conversions: { signup_completed: 'SignUp_1', demo_booked: 'Demo-2' } });
    consent.grant('marketing');
    consent.track('signup_completed', { plan: 'pro' });
    consent.track('demo_booked', { label: 'Override_3' });
    consent.track('page_scrolled');
    consent.track('constructor');
    expect(conversions(win)).toEqual([{ send_to: `${ID}/SignUp_1` }, { send_to: `${ID}/Override_3` }]);
  });

  test('events without a label send nothing to Google Ads', () => {
    const { win, consent, errors } = setup();
    consent.grant('marketing');
    const before = layer(win).length;
    consent.track('signup_completed', { plan: 'pro', value: 10 });
    expect(layer(win)).toHaveLength(before);
    expect(errors).toEqual([]);
  });

  test.each([
    [{ label: 'bad label' }, /googleAds: label must be a conversion label like "AbC-D_efG", got "bad label"/],
    [{ label: 42 }, /label must be a conversion label .* got 42/],
    [{ label: 'a/b' }, /label must be a conversion label .* got "a\/b"/],
    [{ sendTo: 'AbC-D_efG' }, /googleAds: sendTo must look like "AW-123456789\/AbC-D_efG", got "AbC-D_efG"/],
    [{ sendTo: 'AW-1/x"y' }, /sendTo must look like/],
    [{ label: 'Ok', value: '10' }, /googleAds: value must be a number, got "10"/],
    [{ label: 'Ok', value: Number.NaN }, /value must be a number/],
    [{ label: 'Ok', currency: 'euro' }, /googleAds: currency must look like "EUR", got "euro"/],
    [{ label: 'Ok', currency: ['EUR', 'USD'] }, /currency must look like "EUR", got \["EUR","USD"\]/],
  ])(
    'a bad conversion %o is reported as an error and not sent, and no campaign may send it',
    (props, message) => {
      expect(ajv.validate(manifest.campaigns.send, props)).toBe(false);
      const { win, consent, errors } = setup();
      consent.grant('marketing');
      consent.track('purchase', props);
      expect(conversions(win)).toEqual([]);
      expect(errors.map((e) => [e.id, String(e.error)])).toEqual([
        ['google-ads', expect.stringMatching(message)],
      ]);
    },
  );

  test('revoking denies the ad types in Consent Mode and deletes the _gcl_* cookies; tracking stops', () => {
    const { win, consent } = setup();
    consent.grant('marketing');
    win.document.cookie = '_gcl_au=1.1.1; path=/; domain=conectamos.org';
    win.document.cookie = '_gcl_aw=GCL.1.x; path=/';
    win.document.cookie = '_gcl_gs=2.1.k1; path=/; domain=conectamos.org';
    win.document.cookie = '_ga=GA1.1.1; path=/';
    consent.deny('marketing');
    expect(lastConsent(win)).toMatchObject({
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
    });
    expect(win.document.cookie).toBe('_ga=GA1.1.1');
    consent.track('purchase', { label: 'AbC' });
    expect(conversions(win)).toEqual([]);
  });

  test('granting again re-grants the ad types and configures again, without a second script', () => {
    const { win, consent } = setup();
    consent.grant('marketing');
    consent.deny('marketing');
    consent.grant('marketing');
    expect(scriptSrcs(win)).toEqual([SCRIPT]);
    expect(lastConsent(win)).toMatchObject({ ad_storage: 'granted' });
    expect(layer(win).filter((e) => e[0] === 'config')).toHaveLength(2);
    consent.track('purchase', { label: 'AbC' });
    expect(conversions(win)).toEqual([{ send_to: `${ID}/AbC` }]);
  });

  test('declares the _gcl_* cookies for 90 days, as the policy says', () => {
    const { cookies } = googleAds({ conversionId: ID });
    expect(cookies).toEqual(manifest.cookies);
    expect(cookies.map((c) => [cookieLabel(c), c.duration])).toEqual([
      ['_gcl_au', '90 days'],
      ['_gcl_*', '90 days'],
    ]);
  });

  test('a destination is the conversion ID and a label: one format, in the options and in campaigns', () => {
    const { options, campaigns } = manifest;
    const { conversionId, conversions } = options.properties;
    // In a campaign each may also be "{{property}}" of the event: the first branch is the vendor's format.
    expect(campaigns.send.properties.sendTo.anyOf[0].pattern).toBe(
      `${conversionId.pattern.slice(0, -1)}\\/${conversions.additionalProperties.pattern.slice(1)}`,
    );
    expect(campaigns.send.properties.label.anyOf[0]).toBe(conversions.additionalProperties);
  });

  test('the error message names the factory, the option, the format and the value', () => {
    expect(() => googleAds({ conversionId: 'AW-12' })).toThrow(
      new TypeError('googleAds: conversionId must look like "AW-123456789", got "AW-12"'),
    );
    expect(() => googleAds(undefined as never)).toThrow(/conversionId/);
    expect(() => googleAds({ conversionId: ID, conversions: null as never })).toThrow(/conversions must map/);
    expect(() => googleAds({ conversionId: ID, conversions: { a: 'x y' } })).toThrow(
      /conversions\["a"\] must be a conversion label .* got "x y"/,
    );
  });
});

test("the deprecated CONVERSION_ID export is the manifest's pattern", () => {
  expect(CONVERSION_ID.source).toBe(manifest.options.properties.conversionId.pattern);
});
