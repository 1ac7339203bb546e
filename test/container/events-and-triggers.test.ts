// @vitest-environment node
/**
 * The container's list of events, and the click and submit triggers: a misspelt event name or a CSS selector
 * that cannot work is refused before the file ships, with the drop-in's own rules agreeing.
 */
import { campaignFault } from '@conectamos/consent-browser';
import { formatProblem, parseJsonText, validateContainer } from '@conectamos/consent-container';
import { describe, expect, test } from 'vitest';

// biome-ignore lint/suspicious/noExplicitAny: the tests write anything into a container, on purpose.
type Draft = Record<string, any>;

const base = (): Draft => ({
  policyVersion: '2026-11-01',
  adapters: {
    'linkedin-insight': { partnerId: '123456' },
    posthog: { apiKey: 'phc_0123456789abcdefghijKLMN' },
  },
  events: ['webinar_registered', 'webinar_attended', 'purchase'],
  campaigns: [
    {
      id: 'webinar',
      adapter: 'linkedin-insight',
      on: { event: 'webinar_registered' },
      send: { conversionId: 1 },
    },
  ],
});
const problemsAfter = (edit: (c: Draft) => void) => {
  const draft = base();
  edit(draft);
  return validateContainer(draft).problems.map(({ position, ...problem }) => problem);
};
const warningsAfter = (edit: (c: Draft) => void) => {
  const draft = base();
  edit(draft);
  return validateContainer(draft).warnings.map(({ position, ...warning }) => warning);
};

describe('events', () => {
  test('a campaign on an event the list does not have: an error naming the close match', () => {
    expect(problemsAfter((c) => (c.campaigns[0].on.event = 'webinar_registred'))).toEqual([
      {
        path: '$.campaigns[0].on.event',
        campaign: 'webinar',
        expected: 'an event listed in $.events',
        found: '"webinar_registred"',
        hint: 'did you mean "webinar_registered"?',
      },
    ]);
    expect(problemsAfter((c) => (c.campaigns[0].on.event = 'Purchase'))[0]?.hint).toBe(
      'did you mean "purchase"?',
    );
  });

  test('no close match: it says how to make the event known', () => {
    expect(problemsAfter((c) => (c.campaigns[0].on.event = 'signup_completed'))[0]).toMatchObject({
      found: '"signup_completed"',
      hint: 'add it to $.events if the site sends it',
    });
    // Two names it could be cut from: no guess.
    expect(problemsAfter((c) => (c.campaigns[0].on.event = 'webinar'))[0]?.hint).toBe(
      'add it to $.events if the site sends it',
    );
  });

  test('the list itself: an array of names, each once', () => {
    const expected = 'a list of the event names the site sends, like ["webinar_registered", "purchase"]';
    expect(problemsAfter((c) => (c.events = 'webinar_registered'))).toEqual([
      { path: '$.events', expected, found: '"webinar_registered"' },
    ]);
    expect(problemsAfter((c) => c.events.push('purchase'))).toEqual([
      { path: '$.events', expected, found: '"purchase" twice' },
    ]);
    expect(problemsAfter((c) => c.events.push(' '))).toEqual([
      { path: '$.events[3]', expected: 'an event name, like "webinar_registered"', found: '" "' },
    ]);
  });

  test('without the list: valid, with a warning that a misspelt event cannot be caught', () => {
    expect(problemsAfter((c) => delete c.events)).toEqual([]);
    expect(warningsAfter((c) => delete c.events)).toEqual([
      {
        path: '$.events',
        message:
          'the events the site sends are not listed, so a misspelt event name in a campaign cannot be caught: add "events": ["webinar_registered", …] with the names the site tracks',
      },
    ]);
    // No event campaign, nothing to check against the list: no warning.
    expect(
      warningsAfter((c) => {
        delete c.events;
        c.campaigns[0].on = { pageview: '/thanks' };
      }),
    ).toEqual([]);
  });
});

describe('click and submit triggers', () => {
  const selectorExpected = 'a CSS selector like "#webinar-form" or ".pricing a.signup"';

  test.each([
    '#demo-button',
    'form.webinar button[type="submit"]',
    'a[href^="/signup"]',
    '.pricing > .plan:nth-child(2) a',
    'button:is(.primary, .cta)',
  ])('%s is a selector that works', (selector) => {
    expect(problemsAfter((c) => (c.campaigns[0].on = { click: selector }))).toEqual([]);
    expect(problemsAfter((c) => (c.campaigns[0].on = { submit: selector }))).toEqual([]);
  });

  test.each([
    ['button:hovr', 'unknown pseudo-class: "hovr"'],
    ['div[', 'expected attribute name'],
    ['#', 'expected ID name'],
    ['a:contains("Sign up")', 'unknown pseudo-class: "contains"'],
    ['.cta >', 'expected rule but end of input reached'],
    ['a.signup::before', 'a pseudo-element like ::before is never what a click lands on'],
  ])('%s is refused, with what the parser found', (selector, hint) => {
    expect(problemsAfter((c) => (c.campaigns[0].on = { click: selector }))).toEqual([
      {
        path: '$.campaigns[0].on.click',
        campaign: 'webinar',
        expected: selectorExpected,
        found: JSON.stringify(selector),
        hint,
      },
    ]);
  });

  test('one trigger only, and not a blank one', () => {
    expect(problemsAfter((c) => (c.campaigns[0].on = { click: '#a', submit: '#b' }))).toEqual([
      {
        path: '$.campaigns[0].on',
        campaign: 'webinar',
        expected:
          'one trigger: { "event": "<event name>" }, { "pageview": "<path pattern>" }, { "click": "<CSS selector>" } or { "submit": "<CSS selector>" }',
        found: 'both "click" and "submit"',
      },
    ]);
    expect(problemsAfter((c) => (c.campaigns[0].on = { submit: ' ' }))).toEqual([
      { path: '$.campaigns[0].on.submit', campaign: 'webinar', expected: selectorExpected, found: '" "' },
    ]);
  });

  test('with its line and column', () => {
    const text = `{
  "policyVersion": "2026-11-01",
  "adapters": { "posthog": { "apiKey": "phc_0123456789abcdefghijKLMN" } },
  "campaigns": [
    { "id": "demo-click", "adapter": "posthog", "on": { "click": "button:hovr" }, "send": {} }
  ]
}`;
    const parsed = parseJsonText(text);
    if (!('text' in parsed)) throw new Error('the text parses');
    expect(validateContainer(parsed.text.value, { text: parsed.text }).problems.map(formatProblem)).toEqual([
      'line 5, column 66: $.campaigns[0].on.click (campaign "demo-click"): expected a CSS selector like "#webinar-form" or ".pricing a.signup", found "button:hovr" — unknown pseudo-class: "hovr"',
    ]);
  });
});

describe('the drop-in and the validator agree', () => {
  // Campaigns the drop-in's own rules (campaignFault) skip: the validator must refuse each of them too.
  const skipped: [string, unknown][] = [
    ['two triggers', { on: { event: 'a', click: '#b' } }],
    ['a blank selector', { on: { submit: '' } }],
    ['a selector that is not text', { on: { click: 5 } }],
    ['a broken template', { send: { conversionId: '{{ id }' } }],
    ['a pageview with a query', { on: { pageview: '/thanks?x=1' } }],
  ];
  test.each(skipped)('%s: skipped by the drop-in, refused by the validator', (_, change) => {
    const draft = base();
    Object.assign(draft.campaigns[0], change);
    expect(campaignFault(draft.campaigns[0], ['linkedin-insight'])).toBeDefined();
    expect(validateContainer(draft).problems).not.toEqual([]);
  });

  test('a template in a page-view campaign: refused by the validator (it could never be filled), reported by the drop-in when it fires', () => {
    const draft = base();
    Object.assign(draft.campaigns[0], { on: { pageview: '/thanks' }, send: { conversionId: '{{id}}' } });
    expect(validateContainer(draft).problems).toEqual([
      {
        path: '$.campaigns[0].send.conversionId',
        campaign: 'webinar',
        expected: 'a fixed value: a page view carries no properties to fill "{{…}}" from',
        found: '"{{id}}"',
      },
    ]);
  });

  test('the new triggers and templates that the validator accepts, the drop-in runs', () => {
    for (const change of [
      { on: { click: '#demo' }, send: { conversionId: '{{conversion}}' } },
      { on: { submit: 'form.webinar' } },
      { on: { event: 'purchase' }, send: { conversionId: '{{ conversion }}' } },
    ]) {
      const draft = base();
      Object.assign(draft.campaigns[0], change);
      expect(validateContainer(draft).problems, JSON.stringify(change)).toEqual([]);
      expect(campaignFault(draft.campaigns[0], ['linkedin-insight']), JSON.stringify(change)).toBeUndefined();
    }
  });
});
