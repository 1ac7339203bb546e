// @vitest-environment node
/**
 * A campaign's `send`, checked against its vendor's manifest, in words a marketer can act on: what the vendor
 * wants (the manifest's fact) and, where it can be worked out from what was typed, the fix.
 */

import { formatProblem, type Problem, parseJsonText, validateContainer } from '@conectamos/consent-container';
import { manifest as googleAds } from '@conectamos/consent-google-ads';
import currencyCodes from 'currency-codes';
import { describe, expect, test } from 'vitest';

const adapters = {
  'google-ads': { conversionId: 'AW-123456789' },
  'linkedin-insight': { partnerId: '123456' },
  'google-analytics': { measurementId: 'G-ABC123XYZ9' },
};
const events = ['webinar_registered', 'purchase'];

/** The problems of a container whose one campaign, on `purchase`, sends `send` to `adapter`. */
const problemsOf = (adapter: string, send: Record<string, unknown>, on: object = { event: 'purchase' }) =>
  validateContainer({
    policyVersion: '2026-11-01',
    adapters,
    events,
    campaigns: [{ id: 'order', adapter, on, send }],
  }).problems.map(({ position, ...problem }) => problem);

const problem = (path: string, expected: string, found: string, hint?: string): Problem => ({
  path: `$.campaigns[0].send${path}`,
  campaign: 'order',
  expected,
  found,
  ...(hint && { hint }),
});

const LABEL = 'a conversion label without the "AW-…/" part, like "AbC-D_efG"';
const CURRENCY = 'a three-letter ISO 4217 code like "EUR"';
const VALUE = 'a number like 49.5 (a dot, no quotes), or "{{value}}" to take it from the event';
const CONVERSION = 'a conversion ID: a whole number without quotes, like 11563522';

describe('Google Ads', () => {
  test('the whole send_to pasted as the label: the label is the part after the slash', () => {
    expect(problemsOf('google-ads', { label: 'AW-123456789/WebinarReg_01' })).toEqual([
      problem(
        '.label',
        LABEL,
        '"AW-123456789/WebinarReg_01"',
        'label is the part after the slash: "WebinarReg_01"',
      ),
    ]);
    expect(problemsOf('google-ads', { label: 'AW-123456789/' })).toEqual([
      problem(
        '.label',
        LABEL,
        '"AW-123456789/"',
        'that is the conversion ID, which belongs in $.adapters["google-ads"]; the label is what follows "/" in send_to',
      ),
    ]);
    expect(problemsOf('google-ads', { label: 'Webinar sign-up' })[0]?.hint).toMatch(
      /letters, digits, _ and - only/,
    );
  });

  test('a currency by its name, its symbol or in lower case: the ISO 4217 code', () => {
    expect(problemsOf('google-ads', { label: 'Pur_1', currency: 'euros' })).toEqual([
      problem('.currency', CURRENCY, '"euros"', 'the code for "euros" is "EUR"'),
    ]);
    expect(problemsOf('google-ads', { label: 'Pur_1', currency: 'eur' })[0]?.hint).toBe(
      'write it in capitals: "EUR"',
    );
    expect(problemsOf('google-ads', { label: 'Pur_1', currency: '£' })[0]?.hint).toBe(
      'the code for "£" is "GBP"',
    );
    expect(problemsOf('google-ads', { label: 'Pur_1', currency: 'US dollars' })[0]?.hint).toBe(
      'the code for "US dollars" is "USD"',
    );
    // Three capital letters that are no currency: refused, with no guess.
    expect(problemsOf('google-ads', { label: 'Pur_1', currency: 'EUX' })).toEqual([
      problem('.currency', CURRENCY, '"EUX"'),
    ]);
    // "dollars" alone could be a dozen currencies: no guess either.
    expect(problemsOf('google-ads', { label: 'Pur_1', currency: 'dollars' })[0]?.hint).toBeUndefined();
    for (const code of ['EUR', 'USD', 'MXN', 'XCG'])
      expect(problemsOf('google-ads', { label: 'P', currency: code })).toEqual([]);
  });

  test("the currencies are ISO 4217's current list, as a well-kept package carries it, plus what ISO added since", () => {
    const list = googleAds.campaigns.send.properties.currency.anyOf[0].enum;
    // The package's data is ISO's List One of 2024-06-25; XCG (amendment 176) came into use on 31 March 2025.
    expect(currencyCodes.publishDate).toBe('2024-06-25');
    expect([...list].sort()).toEqual([...currencyCodes.codes(), 'XCG'].sort());
  });

  test('a value in quotes or with a decimal comma: the number it means', () => {
    expect(problemsOf('google-ads', { label: 'Pur_1', value: '10,50' })).toEqual([
      problem('.value', VALUE, '"10,50"', 'write 10.5 (no quotes)'),
    ]);
    for (const [typed, meant] of [
      ['49.5', 49.5],
      ['€ 1.234,50', 1234.5],
      ['1,234.50 USD', 1234.5],
      ['1,234', 1234],
      ['$20', 20],
    ] as const)
      expect(problemsOf('google-ads', { label: 'Pur_1', value: typed })[0]?.hint, typed).toBe(
        `write ${meant} (no quotes)`,
      );
    expect(problemsOf('google-ads', { label: 'Pur_1', value: 'free' })).toEqual([
      problem('.value', VALUE, '"free"'),
    ]);
  });

  test('a key written the other way round', () => {
    expect(problemsOf('google-ads', { send_to: 'AW-123456789/Pur_1' })).toEqual([
      problem(
        '.send_to',
        'one of the keys label, sendTo, value, currency, transaction_id',
        'unknown key "send_to"',
        'write sendTo (camel case)',
      ),
    ]);
    expect(problemsOf('google-ads', { label: 'P', transactionId: '{{order_id}}' })[0]?.hint).toBe(
      'write transaction_id (snake case)',
    );
  });
});

describe('LinkedIn', () => {
  test('conversion_id: the key is conversionId', () => {
    expect(problemsOf('linkedin-insight', { conversion_id: 1122334 })).toEqual([
      problem(
        '.conversion_id',
        'the key conversionId',
        'unknown key "conversion_id"',
        'write conversionId (camel case)',
      ),
    ]);
  });

  test('a conversion ID in quotes, or with decimals', () => {
    expect(problemsOf('linkedin-insight', { conversionId: '1122334' })).toEqual([
      problem('.conversionId', CONVERSION, '"1122334"', 'write 1122334 (no quotes)'),
    ]);
    expect(problemsOf('linkedin-insight', { conversionId: 1.5 })[0]?.hint).toBe(
      'a conversion ID has no decimals',
    );
  });
});

describe('values from the event: {{property}}', () => {
  test('a whole "{{property}}" is accepted where the vendor wants a number, a code or a format', () => {
    expect(
      problemsOf('google-ads', {
        label: '{{label}}',
        value: '{{value}}',
        currency: '{{ currency }}',
        transaction_id: '{{order_id}}',
      }),
    ).toEqual([]);
    expect(problemsOf('google-ads', { sendTo: '{{destination}}' })).toEqual([]);
    expect(problemsOf('linkedin-insight', { conversionId: '{{conversion}}' })).toEqual([]);
  });

  test('inside longer text it is text: fine where the vendor takes any text, refused where it wants a number', () => {
    expect(problemsOf('google-ads', { label: 'P', transaction_id: 'web-{{order_id}}' })).toEqual([]);
    expect(problemsOf('google-analytics', { plan: '{{plan}} ({{seats}} seats)' })).toEqual([]);
    expect(problemsOf('google-ads', { label: 'P', value: '{{value}} EUR' })).toEqual([
      problem(
        '.value',
        VALUE,
        '"{{value}} EUR"',
        'here the value from the event must stand alone: "{{value}}"',
      ),
    ]);
  });

  test('a template written wrong is refused, with the fix where one can be seen', () => {
    expect(problemsOf('google-ads', { label: 'P', value: '{{ value }' })).toEqual([
      problem('.value', VALUE, '"{{ value }"', 'write "{{value}}"'),
    ]);
    // Text fields take any text, so the drop-in's own template rule catches these.
    const rule = 'a value, or "{{name}}" for the event\'s property name';
    const how = 'a value from the event is written "{{name}}": two braces, the property\'s name, two braces';
    expect(problemsOf('google-ads', { label: 'P', transaction_id: '{{order id}}' })).toEqual([
      problem('.transaction_id', rule, '"{{order id}}"', how),
    ]);
    expect(problemsOf('google-analytics', { plan: 'pro}}' })).toEqual([
      problem('.plan', rule, '"pro}}"', how),
    ]);
    expect(problemsOf('google-analytics', { plan: '{{}}' })).toEqual([problem('.plan', rule, '"{{}}"', how)]);
    expect(problemsOf('google-analytics', { plan: 'plan {plan}' })).toEqual([]);
  });

  test('a page view has no properties: a template there could never be filled', () => {
    expect(problemsOf('google-ads', { label: 'P', value: '{{value}}' }, { pageview: '/pricing' })).toEqual([
      problem(
        '.value',
        'a fixed value: a page view carries no properties to fill "{{…}}" from',
        '"{{value}}"',
      ),
    ]);
  });
});

test("each message names its line and column, its campaign, the vendor's words and the fix", () => {
  const text = `{
  "policyVersion": "2026-11-01",
  "adapters": { "google-ads": { "conversionId": "AW-123456789" }, "linkedin-insight": { "partnerId": "123456" } },
  "events": ["webinar_registered"],
  "campaigns": [
    { "id": "webinar-linkedin", "adapter": "linkedin-insight", "on": { "event": "webinar_registered" },
      "send": { "conversion_id": 1122334 } },
    { "id": "webinar-q2", "adapter": "google-ads", "on": { "event": "webinar_registered" },
      "send": { "label": "AW-123456789/WebinarReg_01", "currency": "euros", "value": "10,50" } }
  ]
}`;
  const parsed = parseJsonText(text);
  if (!('text' in parsed)) throw new Error('the text parses');
  expect(validateContainer(parsed.text.value, { text: parsed.text }).problems.map(formatProblem)).toEqual([
    'line 7, column 34: $.campaigns[0].send.conversion_id (campaign "webinar-linkedin"): expected the key conversionId, found unknown key "conversion_id" — write conversionId (camel case)',
    `line 9, column 26: $.campaigns[1].send.label (campaign "webinar-q2"): expected ${LABEL}, found "AW-123456789/WebinarReg_01" — label is the part after the slash: "WebinarReg_01"`,
    `line 9, column 68: $.campaigns[1].send.currency (campaign "webinar-q2"): expected ${CURRENCY}, found "euros" — the code for "euros" is "EUR"`,
    `line 9, column 86: $.campaigns[1].send.value (campaign "webinar-q2"): expected ${VALUE}, found "10,50" — write 10.5 (no quotes)`,
  ]);
});
