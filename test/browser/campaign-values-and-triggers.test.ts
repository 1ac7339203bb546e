/**
 * The campaigns plugin's values from the event ({{property}}), its click and submit triggers, and the
 * events a container lists: what reaches a vendor, what does not, and what is reported instead.
 */
import { createConsent } from '@conectamos/consent';
import {
  bootContainer,
  bootWith,
  type Campaign,
  type CampaignHit,
  type Container,
  campaigns,
  FACTORIES,
  fillSend,
} from '@conectamos/consent-browser';
import { googleAds } from '@conectamos/consent-google-ads';
import { linkedinInsight } from '@conectamos/consent-linkedin-insight';
import { describe, expect, test, vi } from 'vitest';
import { testAdapter } from '../helpers/adapter';
import { makeWindow, type TestWindow } from '../helpers/window';

const policyVersion = '2026-11-01';

/** An instance with one marketing vendor, running `list` as a plugin, consent given. */
function setup(list: Campaign[]) {
  const win = makeWindow({ url: 'https://www.conectamos.org/' });
  const ads = testAdapter({ id: 'ads', category: 'marketing' });
  const hits: CampaignHit[] = [];
  const errors: string[] = [];
  const plugin = campaigns(list, {
    window: win,
    onHit: (hit) => hits.push(hit),
    onError: (error) => errors.push((error as Error).message),
  });
  const consent = createConsent({ policyVersion, window: win, adapters: [ads], plugins: [plugin] });
  consent.acceptAll();
  return { win, consent, ads, hits, errors };
}
const sent = (ads: { track: { mock: { calls: unknown[][] } } }) => ads.track.mock.calls;

const purchase: Campaign = {
  id: 'purchase',
  adapter: 'ads',
  on: { event: 'purchase' },
  send: {
    label: 'Pur_1',
    value: '{{value}}',
    transaction_id: '{{order_id}}',
    note: 'order {{order_id}} of {{value}}',
  },
};

describe('values from the event', () => {
  test('a whole {{property}} keeps its type; inside text it is written in', () => {
    const { consent, ads, hits } = setup([purchase]);
    consent.track('purchase', { value: 49.5, order_id: 'A1', email: 'a@b.c' });
    expect(sent(ads)).toContainEqual([
      'purchase',
      { label: 'Pur_1', value: 49.5, transaction_id: 'A1', note: 'order A1 of 49.5' },
    ]);
    expect(hits.map((h) => h.id)).toEqual(['purchase']);
    // Each occurrence gets its own values.
    consent.track('purchase', { value: 10, order_id: 7 });
    expect(sent(ads).at(-1)).toEqual([
      'purchase',
      { label: 'Pur_1', value: 10, transaction_id: 7, note: 'order 7 of 10' },
    ]);
  });

  test('a property the event does not carry: that campaign is not sent, and says why; the others are', () => {
    const other: Campaign = {
      id: 'fixed',
      adapter: 'ads',
      on: { event: 'purchase' },
      send: { label: 'Fixed_1' },
    };
    const { consent, ads, hits, errors } = setup([purchase, other]);
    consent.track('purchase', { order_id: 'A1' });
    expect(sent(ads).filter(([, props]) => (props as { label?: string })?.label === 'Pur_1')).toEqual([]);
    expect(sent(ads)).toContainEqual(['purchase', { label: 'Fixed_1' }]);
    expect(hits.map((h) => h.id)).toEqual(['fixed']);
    expect(errors).toEqual([
      'campaign "purchase" not sent: send.value: the event has no "value" of text, a number or true/false',
    ]);
  });

  test('a property that is an object, null, or inherited is no value', () => {
    const { consent, ads, errors } = setup([purchase]);
    consent.track('purchase', { value: { amount: 49.5 }, order_id: 'A1' });
    consent.track('purchase', { value: null, order_id: 'A1' });
    consent.track('purchase', { value: 1, order_id: 'A1', note: undefined });
    // The vendor also gets every tracked event itself; the campaign's calls are the ones with its label.
    expect(sent(ads).filter(([, props]) => (props as { label?: string })?.label === 'Pur_1')).toHaveLength(1);
    expect(errors).toEqual([
      'campaign "purchase" not sent: send.value: the event has no "value" of text, a number or true/false',
      'campaign "purchase" not sent: send.value: the event has no "value" of text, a number or true/false',
    ]);
    expect(() => fillSend({ x: '{{constructor}}' }, {})).toThrow(
      'send.x: the event has no "constructor" of text, a number or true/false',
    );
  });

  function withVendor(
    adapter: ReturnType<typeof googleAds> | ReturnType<typeof linkedinInsight>,
    send: Campaign['send'],
  ) {
    const win = makeWindow({ url: 'https://www.conectamos.org/' });
    const errors: string[] = [];
    const consent = createConsent({
      policyVersion,
      window: win,
      adapters: [adapter],
      plugins: [
        campaigns([{ id: 'purchase', adapter: adapter.id, on: { event: 'purchase' }, send }], {
          window: win,
          onError: (error) => errors.push((error as Error).message),
        }),
      ],
    });
    consent.acceptAll();
    return { win, consent, errors };
  }
  const conversions = (win: TestWindow) =>
    ((win as unknown as { dataLayer?: IArguments[] }).dataLayer ?? [])
      .map((a) => [...a])
      .filter((e) => e[0] === 'event' && e[1] === 'conversion')
      .map((e) => e[2]);

  test('Google Ads refuses a value that is not a number before gtag hears of it; a number goes through', () => {
    const { win, consent, errors } = withVendor(googleAds({ conversionId: 'AW-123456789' }), {
      label: 'Pur_1',
      value: '{{value}}',
      currency: '{{currency}}',
    });
    consent.track('purchase', { value: '49,50', currency: 'EUR' });
    consent.track('purchase', { value: 49.5, currency: 'euros' });
    expect(conversions(win)).toEqual([]);
    expect(errors).toEqual([
      'campaign "purchase" not sent: googleAds: value must be a number, got "49,50"',
      'campaign "purchase" not sent: googleAds: currency must look like "EUR", got "euros"',
    ]);
    consent.track('purchase', { value: 49.5, currency: 'EUR' });
    expect(conversions(win)).toEqual([{ send_to: 'AW-123456789/Pur_1', value: 49.5, currency: 'EUR' }]);
  });

  test('LinkedIn refuses a conversion ID that is not digits before lintrk hears of it', () => {
    const { win, consent, errors } = withVendor(linkedinInsight({ partnerId: '123456' }), {
      conversionId: '{{conversion}}',
    });
    const queued = () =>
      ((win as unknown as { lintrk?: { q?: unknown[][] } }).lintrk?.q ?? []).filter(
        ([, p]) => p !== undefined,
      );
    consent.track('purchase', { conversion: 'abc' });
    expect(queued()).toEqual([]);
    expect(errors).toEqual([
      'campaign "purchase" not sent: linkedinInsight: conversionId must be digits like 1234567, got "abc"',
    ]);
    consent.track('purchase', { conversion: 1122334 });
    expect(queued()).toEqual([['track', { conversion_id: 1122334 }]]);
  });
});

describe('click and submit triggers', () => {
  const demo: Campaign = {
    id: 'demo-click',
    adapter: 'ads',
    on: { click: '.demo' },
    send: { label: 'Demo_1', plan: '{{plan}}' },
  };
  const webinar: Campaign = {
    id: 'webinar-form',
    adapter: 'ads',
    on: { submit: 'form#webinar' },
    send: { label: 'Webinar_1', value: '{{value}}' },
  };
  const click = (win: TestWindow, element: Element) =>
    element.dispatchEvent(new win.MouseEvent('click', { bubbles: true, cancelable: true }));
  const submit = (win: TestWindow, form: Element) =>
    form.dispatchEvent(new win.Event('submit', { bubbles: true, cancelable: true }));

  test('a click on a matching element added later, or inside one, fires with its data-* attributes', () => {
    const { win, ads, hits } = setup([demo]);
    win.document.body.innerHTML = '<p class="other">no</p>';
    const button = win.document.createElement('button');
    button.className = 'demo';
    button.dataset.plan = 'team';
    button.innerHTML = '<span>Book a demo</span>';
    win.document.body.append(button);
    click(win, button.querySelector('span')!);
    click(win, win.document.querySelector('.other')!);
    expect(sent(ads)).toEqual([['demo_click', { label: 'Demo_1', plan: 'team' }]]);
    expect(hits).toEqual([{ id: 'demo-click', adapter: 'ads', event: 'demo_click', path: '/' }]);
  });

  test('a page handler that stops the click does not hide it; a route change does not stop it', () => {
    const { win, consent, ads } = setup([demo]);
    win.document.body.innerHTML = '<div id="app"><a class="demo" data-plan="pro" href="#">Demo</a></div>';
    win.document.querySelector('#app')!.addEventListener('click', (e) => e.stopPropagation());
    click(win, win.document.querySelector('.demo')!);
    win.history.pushState({}, '', '/pricing');
    consent.page('/pricing');
    win.document.body.innerHTML = '<a class="demo" data-plan="enterprise">Demo</a>';
    click(win, win.document.querySelector('.demo')!);
    expect(sent(ads).map(([, props]) => (props as { plan: string }).plan)).toEqual(['pro', 'enterprise']);
  });

  test('a submit of a form added later fires; its fields are never read, only its data-* attributes', () => {
    const { win, ads, errors } = setup([webinar]);
    win.document.body.innerHTML =
      '<form id="webinar" data-value="0"><input name="value" value="999"><input name="email" value="a@b.c"></form>';
    submit(win, win.document.querySelector('form')!);
    // data-value is text; this vendor stand-in takes it as it comes.
    expect(sent(ads)).toEqual([['webinar_form', { label: 'Webinar_1', value: '0' }]]);
    win.document.body.innerHTML = '<form id="webinar"><input name="value" value="999"></form>';
    submit(win, win.document.querySelector('form')!);
    expect(sent(ads)).toHaveLength(1);
    expect(errors).toEqual([
      'campaign "webinar-form" not sent: send.value: the event has no "value" of text, a number or true/false',
    ]);
  });

  test('nothing before consent, and nothing after destroy()', () => {
    const win = makeWindow();
    const ads = testAdapter({ id: 'ads', category: 'marketing' });
    const consent = createConsent({
      policyVersion,
      window: win,
      adapters: [ads],
      plugins: [campaigns([demo], { window: win })],
    });
    win.document.body.innerHTML = '<button class="demo" data-plan="x">Demo</button>';
    click(win, win.document.querySelector('.demo')!);
    consent.acceptAll();
    consent.destroy();
    click(win, win.document.querySelector('.demo')!);
    expect(ads.track).not.toHaveBeenCalled();
  });

  test('a selector the browser cannot parse is reported, never thrown into the page', () => {
    const { win, ads, errors } = setup([{ ...demo, on: { click: 'div[' } }]);
    win.document.body.innerHTML = '<div>x</div>';
    expect(() => click(win, win.document.querySelector('div')!)).not.toThrow();
    expect(ads.track).not.toHaveBeenCalled();
    expect(errors).toHaveLength(1);
  });
});

describe('the drop-in boots the new campaigns', () => {
  const container = (campaign: Record<string, unknown>, more: Record<string, unknown> = {}) =>
    ({
      policyVersion,
      ui: false,
      adapters: { 'linkedin-insight': { partnerId: '123456' } },
      campaigns: [
        {
          id: 'demo-click',
          adapter: 'linkedin-insight',
          send: { conversionId: '{{conversion}}' },
          ...campaign,
        },
      ],
      ...more,
    }) as unknown as Container;

  test('a selector the browser refuses is skipped by its path; the events list goes to the debug view', () => {
    const win = makeWindow();
    const errors: string[] = [];
    const heard: [string[], readonly string[] | undefined][] = [];
    vi.spyOn(console, 'error').mockImplementation(() => {});
    // happy-dom parses less strictly than a browser (":hovr" passes here, not in Chromium: see the e2e test).
    bootWith(container({ on: { click: 'div[' } }, { events: ['purchase'] }), FACTORIES, {
      window: win,
      onError: ({ error }) => errors.push((error as Error).message),
      // What the debug view hears: the campaigns that run, and the events the site sends.
      onCampaigns: (list, events) => heard.push([list.map((c) => c.id), events]),
    });
    expect(errors).toEqual([
      'consent container: $.campaigns[0].on.click: expected a CSS selector like "#webinar-form"; skipped',
    ]);
    expect(heard).toEqual([[[], ['purchase']]]);
  });

  test('a container whose events are not a list of names: reported, and the rest runs', () => {
    const win = makeWindow();
    const errors: string[] = [];
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const hits: string[] = [];
    const consent = bootContainer(container({ on: { click: '.demo' } }, { events: 'purchase' }), {
      window: win,
      onError: ({ error }) => errors.push((error as Error).message),
      onCampaign: (hit) => hits.push(`${hit.id}:${hit.event}`),
    })!;
    expect(errors).toEqual(['consent container: $.events: expected an array of event names; skipped']);
    consent.acceptAll();
    win.document.body.innerHTML = '<button class="demo" data-conversion="1122334">Demo</button>';
    win.document.querySelector('button')!.dispatchEvent(new win.MouseEvent('click', { bubbles: true }));
    expect(hits).toEqual(['demo-click:demo_click']);
  });
});
