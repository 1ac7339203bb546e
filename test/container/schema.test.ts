// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FACTORIES } from '@conectamos/consent-browser';
import { containerSchema, MANIFESTS, validateContainer } from '@conectamos/consent-container';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { readFixture, root } from './run';

// Written by `pnpm schema` (scripts/write-container-schema.mjs).
const schemaFile = join(root, 'packages/container/schema/container.schema.json');
const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));
// Strict: an unknown keyword or a loose type in the schema is an error, not a warning. `expected` and
// `unknownKey` are our annotations (words for people); editors ignore them.
const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
ajv.addVocabulary(['expected', 'unknownKey']);
const check = ajv.compile(schema);
const schemaAccepts = (value: unknown): boolean => check(value) as boolean;

const fixtures = readdirSync(join(root, 'test/container/fixtures')).filter((name) => name.endsWith('.json'));
const good = fixtures.filter((name) => !name.startsWith('bad-'));
const bad = fixtures.filter((name) => name.startsWith('bad-'));

// What only the validator can check: JSON Schema cannot compare two values of a document (start and
// end), see across items (ids used twice), resolve a name against another part ($.adapters, $.events)
// or parse a CSS selector.
const VALIDATOR_ONLY = [
  'bad-date-order.json',
  'bad-duplicate-id.json',
  'bad-campaign-adapter.json',
  'bad-unlisted-event.json',
  'bad-selector.json',
];

test('the published schema file is the one generated from the manifests', () => {
  // If this fails after a manifest changed: pnpm schema
  expect(schema).toEqual(containerSchema(MANIFESTS));
  expect(schema).toEqual(JSON.parse(JSON.stringify(containerSchema(MANIFESTS))));
});

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

describe('the schema is generated from the manifests', () => {
  test("one entry per vendor, with its manifest's options schema, closed", () => {
    const adapters = schema.properties.adapters;
    expect(adapters.additionalProperties).toBe(false);
    expect(Object.keys(adapters.properties)).toEqual(MANIFESTS.map((m) => m.id));
    expect(Object.keys(adapters.properties)).toEqual(Object.keys(FACTORIES));
    for (const manifest of MANIFESTS) {
      const options = adapters.properties[manifest.id];
      expect(options.additionalProperties, manifest.id).toBe(false);
      expect(options.properties, manifest.id).toEqual(
        JSON.parse(JSON.stringify(manifest.options.properties)),
      );
    }
  });

  test("each campaign's send follows its vendor's own schema", () => {
    const rules = schema.properties.campaigns.items.allOf as {
      if: unknown;
      then: { properties: { send: unknown } };
    }[];
    const receivers = MANIFESTS.filter((m) => m.campaigns);
    expect(rules).toHaveLength(receivers.length);
    rules.forEach((rule, i) => {
      expect(rule.if).toMatchObject({ properties: { adapter: { const: receivers[i]!.id } } });
      expect(rule.then.properties.send).toEqual(JSON.parse(JSON.stringify(receivers[i]!.campaigns!.send)));
    });
  });

  test('every field says what it expects, so every problem reads in plain words', () => {
    const missing: string[] = [];
    const walk = (node: Record<string, unknown>, path: string): void => {
      for (const [key, child] of Object.entries(
        (node.properties ?? {}) as Record<string, Record<string, unknown>>,
      )) {
        if (typeof child.expected !== 'string') missing.push(`${path}.${key}`);
        walk(child, `${path}.${key}`);
      }
    };
    walk(schema, '$');
    walk(schema.properties.campaigns.items, '$.campaigns[]');
    walk(schema.properties.cookies.items, '$.cookies[]');
    walk(schema.properties.ui.else, '$.ui');
    expect(missing).toEqual([]);
  });
});

// Each adapter's options, valid and not, judged by the schema, the validator and the factory itself:
// all three must agree with each other and with the verdict written here.
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

test.each(samples)(
  '%s %j: valid is %s, for the schema, the validator and the factory',
  (id, options, valid) => {
    const container = { policyVersion: '2026-11-01', adapters: { [id]: options } };
    expect(validateContainer(container).problems.length === 0, 'validator').toBe(valid);
    expect(schemaAccepts(container), 'schema').toBe(valid);
    let factoryAccepts = true;
    try {
      FACTORIES[id]!(options as never);
    } catch {
      factoryAccepts = false;
    }
    // The factory ignores names it does not know (the schema refuses them): only a known option can differ.
    if (!('region2' in options)) expect(factoryAccepts, 'factory').toBe(valid);
  },
);
