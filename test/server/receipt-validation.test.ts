// @vitest-environment node
import { type ConsentReceipt, validateReceipt } from '@conectamos/consent-server';
import { describe, expect, test } from 'vitest';
import { receipt } from './helpers';

// A fixed server clock, and receipts decided an hour before it.
const NOW = Date.parse('2026-11-30T12:00:00.000Z');
const valid = (overrides: Partial<ConsentReceipt> = {}) =>
  receipt({ decidedAt: '2026-11-30T11:00:00.000Z', ...overrides });
const errorFor = (value: unknown) => {
  const result = validateReceipt(value, NOW);
  return result.ok ? undefined : result.error;
};
const withField = (field: string, value: unknown) => ({ ...valid(), [field]: value });

describe('a valid receipt', () => {
  test('passes, and comes back as the receipt', () => {
    const value = valid();
    expect(validateReceipt(value, NOW)).toEqual({ ok: true, receipt: value });
  });

  test('the nullable fields may be null', () => {
    const value = valid({ previousId: null, lang: null, uiText: null });
    expect(validateReceipt(value, NOW).ok).toBe(true);
  });
});

describe('each field is checked, and the message names it', () => {
  const cases: [string, unknown, string][] = [
    ['id', 'not-a-uuid', 'id: must be a lower-case version 4 UUID'],
    ['id', '3F2504E0-4F89-41D3-9A0C-0305E82C3301', 'id: must be a lower-case version 4 UUID'],
    ['id', '3f2504e0-4f89-11d3-9a0c-0305e82c3301', 'id: must be a lower-case version 4 UUID'], // version 1
    ['previousId', 42, 'previousId: must be a lower-case version 4 UUID'],
    ['decidedAt', '2026-11-30', 'decidedAt: must be an ISO 8601 date-time like 2026-11-30T12:00:00.000Z'],
    [
      'decidedAt',
      '2026-02-30T10:00:00.000Z',
      'decidedAt: must be an ISO 8601 date-time like 2026-11-30T12:00:00.000Z',
    ],
    ['decidedAt', 1764500000000, 'decidedAt: must be an ISO 8601 date-time like 2026-11-30T12:00:00.000Z'],
    ['decidedAt', '2026-12-01T12:00:00.001Z', 'decidedAt: must not be more than a day in the future'],
    ['policyVersion', '', 'policyVersion: must be 1 to 64 printable ASCII characters'],
    ['policyVersion', 'v'.repeat(65), 'policyVersion: must be 1 to 64 printable ASCII characters'],
    ['policyVersion', 'v1\n', 'policyVersion: must be 1 to 64 printable ASCII characters'],
    ['categories', [], 'categories: must be an object'],
    [
      'categories',
      { necessary: false, functional: true, analytics: true, marketing: true },
      'categories.necessary: must be true',
    ],
    [
      'categories',
      { necessary: true, functional: 'yes', analytics: true, marketing: true },
      'categories.functional: must be true or false',
    ],
    [
      'categories',
      { necessary: true, functional: true, analytics: true },
      'categories.marketing: must be true or false',
    ],
    [
      'categories',
      { necessary: true, functional: true, analytics: true, marketing: true, ads: true },
      'categories.ads: is not a category',
    ],
    ['optedOut', 'hubspot', 'optedOut: must be an array of adapter ids'],
    ['optedOut', ['HubSpot'], 'optedOut[0]: must be a kebab-case adapter id'],
    ['optedOut', ['hubspot', 'posthog', 'hubspot'], 'optedOut[2]: "hubspot" is listed twice'],
    [
      'optedOut',
      Array.from({ length: 65 }, (_, i) => `vendor-${i}`),
      'optedOut: must hold at most 64 adapter ids',
    ],
    ['surface', 'app', 'surface: must be one of site, platform'],
    ['source', 'banner', 'source: must be one of default, stored, user, tab, gpc'],
    ['action', 'accept', 'action: must be one of accept-all, reject-all, custom, api, withdraw'],
    ['lang', 'not a tag', 'lang: must be a BCP 47 language tag like "es" or "en-GB"'],
    ['lang', `en-${'abcdefgh-'.repeat(4)}x`, 'lang: must be a BCP 47 language tag like "es" or "en-GB"'],
    ['path', 'pricing', 'path: must be a path starting with "/"'],
    [
      'path',
      '/checkout?email=ana@example.org',
      'path: must not hold a query string or fragment (they may hold personal data)',
    ],
    [
      'path',
      '/account#token',
      'path: must not hold a query string or fragment (they may hold personal data)',
    ],
    ['path', `/${'a'.repeat(2048)}`, 'path: must be at most 2048 characters'],
    ['path', '/a\u0000b', 'path: must not hold control characters'],
    ['uiText', 'A'.repeat(64), 'uiText: must be a lower-case hex SHA-256'],
    ['uiText', 'abc', 'uiText: must be a lower-case hex SHA-256'],
  ];
  test.each(cases)('%s = %j', (field, value, message) => {
    expect(errorFor(withField(field, value))).toBe(message);
  });

  test('every field is required', () => {
    for (const field of Object.keys(valid())) {
      const value: Record<string, unknown> = { ...valid() };
      delete value[field];
      expect(errorFor(value)).toBe(`${field}: is required`);
    }
  });

  test('a decision cannot replace itself', () => {
    const value = valid();
    expect(errorFor({ ...value, previousId: value.id })).toBe('previousId: must differ from id');
  });

  test('a decision at most a day ahead of the server clock passes (browser clocks drift)', () => {
    expect(errorFor(withField('decidedAt', '2026-12-01T12:00:00.000Z'))).toBeUndefined();
  });

  test('BCP 47 tags with region and script pass', () => {
    for (const lang of ['es', 'en-GB', 'zh-Hant-TW', 'es-419'])
      expect(errorFor(withField('lang', lang))).toBeUndefined();
  });
});

describe('nothing but the receipt', () => {
  test('an unknown key is refused, even one that looks harmless', () => {
    expect(errorFor({ ...valid(), ip: '203.0.113.7' })).toBe('ip: is not a receipt field');
    expect(errorFor({ ...valid(), userAgent: 'Mozilla/5.0' })).toBe('userAgent: is not a receipt field');
  });

  test('prototype keys from JSON are refused and pollute nothing', () => {
    const body = JSON.stringify(valid()).replace(/^\{/, '{"__proto__":{"polluted":true},');
    expect(errorFor(JSON.parse(body))).toBe('__proto__: is not a receipt field');
    const nested = JSON.stringify(valid()).replace(
      '"categories":{',
      '"categories":{"__proto__":{"necessary":true},',
    );
    expect(errorFor(JSON.parse(nested))).toBe('categories.__proto__: is not a category');
    expect(errorFor(JSON.parse(`{"constructor":{"prototype":{"polluted":true}}}`))).toBe(
      'constructor: is not a receipt field',
    );
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  test('anything but an object is refused', () => {
    for (const value of [null, [], 'receipt', 42, true])
      expect(errorFor(value)).toBe('the receipt must be a JSON object');
  });
});
