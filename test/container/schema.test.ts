// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { FACTORIES } from '../../packages/browser/src/registry';
import { ADAPTER_OPTIONS, PATTERNS, validateContainer } from '../../packages/browser/src/validate';
import { readFixture, root } from './run';

const schema = JSON.parse(readFileSync(join(root, 'packages/browser/schema/container.schema.json'), 'utf8'));
// Strict: an unknown keyword or a loose type in the schema is an error, not a warning.
const ajv = new Ajv2020({ strict: true, allErrors: true });
const check = ajv.compile(schema);
const schemaAccepts = (value: unknown): boolean => check(value) as boolean;

const fixtures = readdirSync(join(root, 'test/cli/fixtures')).filter((name) => name.endsWith('.json'));
const good = fixtures.filter((name) => !name.startsWith('bad-'));
const bad = fixtures.filter((name) => name.startsWith('bad-'));

// What only the validator can check: JSON Schema cannot compare two values of a document (start and
// end), see across items (ids used twice) or resolve a name against another part ($.adapters).
const VALIDATOR_ONLY = ['bad-date-order.json', 'bad-duplicate-id.json', 'bad-campaign-adapter.json'];

test('the schema is draft 2020-12 with an $id, and compiles under strict Ajv', () => {
  expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  expect(schema.$id).toMatch(/^https:\/\/.+\/container\.schema\.json$/);
  expect(typeof check).toBe('function');
});

test.each(good)('%s: the schema and the validator both accept it', (name) => {
  const value = readFixture(name);
  expect(validateContainer(value).problems).toEqual([]);
  expect(schemaAccepts(value), JSON.stringify(check.errors)).toBe(true);
});

test.each(bad)('%s: the validator refuses it, and so does the schema unless it cannot tell', (name) => {
  const value = readFixture(name);
  expect(validateContainer(value).problems).not.toEqual([]);
  // A schema that learns to catch one of these should move it out of VALIDATOR_ONLY.
  expect(schemaAccepts(value)).toBe(VALIDATOR_ONLY.includes(name));
});

describe('the schema says what the validator says', () => {
  test('the same adapters, with the same option names, and per-adapter options closed', () => {
    const adapters = schema.properties.adapters;
    expect(adapters.additionalProperties).toBe(false);
    expect(Object.keys(adapters.properties)).toEqual(Object.keys(FACTORIES));
    expect(Object.keys(ADAPTER_OPTIONS)).toEqual(Object.keys(FACTORIES));
    for (const [id, { $ref }] of Object.entries(adapters.properties as Record<string, { $ref: string }>)) {
      const options = schema.$defs[$ref.replace('#/$defs/', '')];
      expect(options.additionalProperties, id).toBe(false);
      expect(Object.keys(options.properties), id).toEqual(Object.keys(ADAPTER_OPTIONS[id]!));
    }
  });

  test('the same patterns', () => {
    const defs = schema.$defs;
    const date = defs.date.anyOf.map((p: { pattern: string }) => p.pattern);
    expect(date).toEqual([PATTERNS.date.source, PATTERNS.dateTime.source]);
    expect(schema.properties.cookieDomain.pattern).toBe(PATTERNS.cookieDomain.source);
    expect(schema.properties.policyVersion.pattern).toBe(PATTERNS.text.source);
    expect(defs.text.pattern).toBe(PATTERNS.text.source);
    expect(defs.ui.properties.policyUrl.pattern).toBe(PATTERNS.policyUrl.source);
    expect(defs.campaign.properties.id.pattern).toBe(PATTERNS.campaignId.source);
    expect(defs.campaign.properties.on.oneOf[1].properties.pageview.pattern).toBe(PATTERNS.pageview.source);
  });

  test('a campaign may name exactly the adapters that receive events', () => {
    const conectamos = readFixture('conectamos.json') as { adapters: Record<string, never> };
    const receivers = Object.entries(conectamos.adapters)
      .filter(([id, options]) => typeof FACTORIES[id]!(options).track === 'function')
      .map(([id]) => id);
    expect(schema.$defs.campaign.properties.adapter.enum).toEqual(receivers);
  });
});

// Each adapter's options, valid and not, judged by the schema and by the validator (which asks the
// factory itself): both must agree with each other and with the verdict written here.
const samples: [string, Record<string, unknown>, boolean][] = [
  ['google-analytics', { measurementId: 'G-ABCD' }, true],
  ['google-analytics', { measurementId: 'G-CNCT2026AB', allowGoogleSignals: true }, true],
  ['google-analytics', { measurementId: 'G-ABC' }, false],
  ['google-analytics', { measurementId: 'G-abcd1234' }, false],
  ['google-analytics', { measurementId: 'UA-12345-1' }, false],
  ['google-analytics', { measurementId: 'G-CNCT2026AB', allowAdPersonalizationSignals: 'no' }, false],
  ['google-analytics', {}, false],
  ['google-ads', { conversionId: 'AW-123456' }, true],
  ['google-ads', { conversionId: 'AW-123456789012' }, true],
  ['google-ads', { conversionId: 'AW-123456789', conversions: { signup_completed: 'AbC-D_efG' } }, true],
  ['google-ads', { conversionId: 'AW-12345' }, false],
  ['google-ads', { conversionId: 'AW-1234567890123' }, false],
  ['google-ads', { conversionId: 'AW-123456789', conversions: { signup: 'Sign up' } }, false],
  ['google-ads', { conversionId: 'AW-123456789', conversions: { signup: 5 } }, false],
  ['google-ads', { conversionId: 'AW-123456789', conversions: ['AbC'] }, false],
  ['posthog', { apiKey: `phc_${'a'.repeat(20)}` }, true],
  ['posthog', { apiKey: `phc_${'a'.repeat(20)}`, region: 'us' }, true],
  ['posthog', { apiKey: `phc_${'a'.repeat(19)}` }, false],
  ['posthog', { apiKey: `phx_${'a'.repeat(32)}` }, false],
  ['posthog', { apiKey: `phc_${'a'.repeat(19)}-` }, false],
  ['posthog', { apiKey: `phc_${'a'.repeat(20)}`, region: 'EU' }, false],
  ['hubspot', { portalId: '12345' }, true],
  ['hubspot', { portalId: '1234567890', region: 'ap1' }, true],
  ['hubspot', { portalId: '1234' }, false],
  ['hubspot', { portalId: '12345678901' }, false],
  ['hubspot', { portalId: 1234567 }, false],
  ['hubspot', { portalId: '1234567', region: 'eu' }, false],
  ['linkedin-insight', { partnerId: '123' }, true],
  ['linkedin-insight', { partnerId: 123456 }, true],
  ['linkedin-insight', { partnerId: '123456', conversions: { a: 987654, b: '987655' } }, true],
  ['linkedin-insight', { partnerId: '12' }, false],
  ['linkedin-insight', { partnerId: 99 }, false],
  ['linkedin-insight', { partnerId: '12345678901' }, false],
  ['linkedin-insight', { partnerId: '123456', conversions: { a: 'abc' } }, false],
  ['linkedin-insight', { partnerId: '123456', conversions: { a: 1.5 } }, false],
  ['linkedin-insight', { partnerId: '123456', conversions: null }, false],
  ['stripe', { publishableKey: 'pk_test_0123456789' }, true],
  ['stripe', { publishableKey: 'pk_live_Cnct2026CheckoutKey0A1B2', advancedFraudSignals: false }, true],
  ['stripe', { publishableKey: 'pk_test_012345678' }, false],
  ['stripe', { publishableKey: 'sk_live_0123456789abcdef' }, false],
  ['stripe', { publishableKey: 'rk_live_0123456789abcdef' }, false],
  ['stripe', { publishableKey: 'pk_live_Cnct2026CheckoutKey0A1B2', advancedFraudSignals: 'no' }, false],
  ['intercom', { appId: 'abc123' }, true],
  ['intercom', { appId: 'cnct2026', region: 'ap' }, true],
  ['intercom', { appId: 'abc12' }, false],
  ['intercom', { appId: 'abcdefghij123' }, false],
  ['intercom', { appId: 'CNCT2026' }, false],
  ['intercom', { appId: 'cnct2026', region: 'jp' }, false],
  ['intercom', { appId: 'cnct2026', region: null }, false],
  ...Object.keys(FACTORIES).map((id): [string, Record<string, unknown>, boolean] => [
    id,
    { region2: 'x' },
    false,
  ]),
];

test.each(samples)('%s %j: valid is %s, for the schema and the validator', (id, options, valid) => {
  const container = { policyVersion: '2026-11-01', adapters: { [id]: options } };
  expect(validateContainer(container).problems.length === 0, 'validator').toBe(valid);
  expect(schemaAccepts(container), 'schema').toBe(valid);
});
