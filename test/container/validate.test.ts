import type { Campaign, Container } from '@conectamos/consent-browser';
import { isActive } from '@conectamos/consent-browser';
import {
  formatProblem,
  MANIFESTS,
  type Problem,
  parseJsonText,
  validateContainer,
} from '@conectamos/consent-container';
import { describe, expect, test } from 'vitest';
import { readFixture } from './run';

// biome-ignore lint/suspicious/noExplicitAny: the tests write anything into a container, on purpose.
type Draft = Record<string, any>;

/** The Conectamos container, changed by `edit`, and the problems the validator finds in it. */
const problemsAfter = (edit: (c: Draft) => void): Problem[] => {
  const draft = structuredClone(readFixture('conectamos.json')) as Draft;
  edit(draft);
  // Where and in which campaign are checked on their own below; here, what and why.
  return validateContainer(draft).problems.map(({ campaign, position, ...problem }) => problem);
};
const one = (path: string, expected: string, found: string, hint?: string): Problem[] => [
  { path, expected, found, ...(hint && { hint }) },
];

const KNOWN =
  'one of the adapters google-analytics, google-ads, posthog, hubspot, linkedin-insight, stripe, intercom';

test('the Conectamos container and a minimal one are valid, and come back typed', () => {
  for (const name of ['conectamos.json', 'good-minimal.json', 'good-campaigns.json']) {
    const value = readFixture(name);
    const { container, problems } = validateContainer(value);
    expect(problems, name).toEqual([]);
    expect(container, name).toBe(value as Container);
  }
});

test('formatProblem reads as one line: path, expected, found', () => {
  expect(
    formatProblem({ path: '$.campaigns[1].end', expected: 'a date like "2026-04-30"', found: '"April"' }),
  ).toBe('$.campaigns[1].end: expected a date like "2026-04-30", found "April"');
});

describe('the container itself', () => {
  test('not an object', () => {
    expect(validateContainer([]).problems).toEqual(one('$', 'an object (the container)', 'an empty array'));
    expect(validateContainer('{}').problems).toEqual(one('$', 'an object (the container)', '"{}"'));
    expect(validateContainer(null).problems).toEqual(one('$', 'an object (the container)', 'null'));
  });

  test('an unknown key', () => {
    expect(problemsAfter((c) => (c.campaing = []))).toEqual(
      one(
        '$.campaing',
        'one of the keys $schema, policyVersion, surface, cookieDomain, honorGlobalPrivacyControl, reloadOnRevoke, receipts, adapters, cookies, ui, events, campaigns',
        'unknown key "campaing"',
        'did you mean "campaigns"?',
      ),
    );
  });

  test('policyVersion missing or blank', () => {
    const expected = 'the cookie policy version, like "2026-11-01"';
    expect(problemsAfter((c) => delete c.policyVersion)).toEqual(one('$.policyVersion', expected, 'nothing'));
    expect(problemsAfter((c) => (c.policyVersion = '  '))).toEqual(one('$.policyVersion', expected, '"  "'));
    expect(problemsAfter((c) => (c.policyVersion = 20261101))).toEqual(
      one('$.policyVersion', expected, '20261101'),
    );
  });

  test('surface', () => {
    expect(problemsAfter((c) => (c.surface = 'web'))).toEqual(
      one('$.surface', '"site" or "platform"', '"web"'),
    );
  });

  test('cookieDomain: a lower-case domain, no scheme, no leading dot', () => {
    for (const bad of ['https://conectamos.org', 'Conectamos.org', '.conectamos.org', 'conectamos.org;x=1'])
      expect(problemsAfter((c) => (c.cookieDomain = bad))).toEqual(
        one('$.cookieDomain', 'a lower-case domain like "conectamos.org"', JSON.stringify(bad)),
      );
    expect(problemsAfter((c) => (c.cookieDomain = 'localhost'))).toEqual([]);
  });

  test('the two switches are booleans', () => {
    expect(
      problemsAfter((c) => {
        c.honorGlobalPrivacyControl = 'yes';
        c.reloadOnRevoke = 1;
      }),
    ).toEqual([
      { path: '$.honorGlobalPrivacyControl', expected: 'true or false', found: '"yes"' },
      { path: '$.reloadOnRevoke', expected: 'true or false', found: '1' },
    ]);
  });
});

describe('receipts', () => {
  test('an endpoint: a path on the site or an https URL', () => {
    for (const endpoint of ['/consent/receipts', 'https://receipts.conectamos.org/consent/receipts'])
      expect(problemsAfter((c) => (c.receipts = { endpoint }))).toEqual([]);
    const expected = 'a path like "/consent/receipts" or an https:// URL';
    for (const bad of ['consent/receipts', 'http://conectamos.org/r', '//elsewhere.example/r', '/a b', 5])
      expect(problemsAfter((c) => (c.receipts = { endpoint: bad }))).toEqual(
        one('$.receipts.endpoint', expected, JSON.stringify(bad)),
      );
  });

  test('an object with the endpoint and nothing else', () => {
    expect(problemsAfter((c) => (c.receipts = '/consent/receipts'))).toEqual(
      one('$.receipts', 'an object like { "endpoint": "/consent/receipts" }', '"/consent/receipts"'),
    );
    expect(problemsAfter((c) => (c.receipts = {}))).toEqual(
      one('$.receipts.endpoint', 'a path like "/consent/receipts" or an https:// URL', 'nothing'),
    );
    expect(problemsAfter((c) => (c.receipts = { endpoint: '/r', url: '/r' }))[0]).toMatchObject({
      path: '$.receipts.url',
      found: 'unknown key "url"',
    });
  });
});

describe('ui', () => {
  test('false runs without it; anything else must be an object', () => {
    expect(problemsAfter((c) => (c.ui = false))).toEqual([]);
    expect(problemsAfter((c) => (c.ui = true))).toEqual(
      one('$.ui', 'an object with policyUrl, or false to run without the UI', 'true'),
    );
  });

  test('policyUrl is required, a path or an http(s) URL', () => {
    const expected = 'the cookie policy\'s address, a path like "/cookies" or an https:// URL';
    expect(problemsAfter((c) => delete c.ui.policyUrl)).toEqual(one('$.ui.policyUrl', expected, 'nothing'));
    expect(problemsAfter((c) => (c.ui.policyUrl = 'javascript:alert(1)'))).toEqual(
      one('$.ui.policyUrl', expected, '"javascript:alert(1)"'),
    );
    expect(problemsAfter((c) => (c.ui.policyUrl = 'https://conectamos.org/cookies'))).toEqual([]);
  });

  test('lang, company and unknown keys', () => {
    expect(
      problemsAfter((c) => {
        c.ui.lang = 'fr';
        c.ui.company = '';
        c.ui.theme = 'dark';
      }),
    ).toEqual([
      // In the file's order: theme was added last.
      {
        path: '$.ui.company',
        expected: "the name of the company that sets the site's own cookies",
        found: '""',
      },
      { path: '$.ui.lang', expected: '"es" or "en"', found: '"fr"' },
      {
        path: '$.ui.theme',
        expected: 'one of the keys policyUrl, company, lang, strings',
        found: 'unknown key "theme"',
      },
    ]);
  });
});

describe('site cookies', () => {
  test('a category outside the policy', () => {
    expect(problemsAfter((c) => (c.cookies[4].category = 'preferences'))).toEqual(
      one(
        '$.cookies[4].category',
        'one of "necessary", "functional", "analytics", "marketing"',
        '"preferences"',
      ),
    );
  });

  test('missing texts, a bad storage, a stray key, not an object, not an array', () => {
    expect(
      problemsAfter((c) => {
        delete c.cookies[0].purpose;
        c.cookies[1].storage = 'indexedDB';
        c.cookies[2].expires = '30 days';
        c.cookies.push('lang');
      }),
    ).toEqual([
      { path: '$.cookies[0].purpose', expected: 'what it is for, in plain words', found: 'nothing' },
      {
        path: '$.cookies[1].storage',
        expected: '"cookie", "localStorage" or "sessionStorage"',
        found: '"indexedDB"',
      },
      {
        path: '$.cookies[2].expires',
        expected: 'one of the keys name, label, storage, category, purpose, duration, provider, i18n',
        found: 'unknown key "expires"',
      },
      {
        path: '$.cookies[8]',
        expected: 'an object with name, category, purpose, duration and provider',
        found: '"lang"',
      },
    ]);
    expect(problemsAfter((c) => (c.cookies = {}))).toEqual(
      one('$.cookies', "an array of the site's own cookies", 'an empty object'),
    );
  });

  test('Spanish texts: both purpose and duration, only Spanish, never blank', () => {
    expect(
      problemsAfter((c) => {
        delete c.cookies[0].i18n.es.duration;
        c.cookies[1].i18n.fr = { purpose: 'Jeton', duration: 'Session' };
        c.cookies[2].i18n.es.purpose = ' ';
      }),
    ).toEqual([
      {
        path: '$.cookies[0].i18n.es.duration',
        expected: 'how long it lasts, in Spanish, like "1 año"',
        found: 'nothing',
      },
      {
        path: '$.cookies[1].i18n.fr',
        expected: 'the key es',
        found: 'unknown key "fr"',
        hint: 'did you mean "es"?',
      },
      { path: '$.cookies[2].i18n.es.purpose', expected: 'what it is for, in Spanish', found: '" "' },
    ]);
  });
});

describe('adapters', () => {
  test('an unknown adapter lists the known ones', () => {
    expect(problemsAfter((c) => (c.adapters['facebook-pixel'] = { pixelId: '1' }))).toEqual(
      one('$.adapters["facebook-pixel"]', KNOWN, '"facebook-pixel"'),
    );
  });

  test('names inherited by every object are not adapters', () => {
    const value = JSON.parse('{"policyVersion":"1","adapters":{"constructor":{},"__proto__":{}}}');
    expect(validateContainer(value).problems).toEqual([
      { path: '$.adapters.constructor', expected: KNOWN, found: '"constructor"' },
      { path: '$.adapters.__proto__', expected: KNOWN, found: '"__proto__"' },
    ]);
  });

  test('options must be an object', () => {
    expect(problemsAfter((c) => (c.adapters.posthog = 'phc_x'))).toEqual(
      one('$.adapters.posthog', 'an object of posthog options', '"phc_x"'),
    );
  });

  test('an unknown option name, which the factory would silently ignore', () => {
    expect(problemsAfter((c) => (c.adapters.hubspot = { portalId: '1234567', regoin: 'eu1' }))).toEqual(
      one(
        '$.adapters.hubspot.regoin',
        'one of the keys portalId, region',
        'unknown key "regoin"',
        'did you mean "region"?',
      ),
    );
  });

  test('an option of the wrong JSON type', () => {
    const expectedOf = (id: string, option: string) =>
      (MANIFESTS.find((m) => m.id === id)!.options.properties![option] as { expected: string }).expected;
    expect(problemsAfter((c) => (c.adapters.hubspot.portalId = 1234567))).toEqual(
      one('$.adapters.hubspot.portalId', expectedOf('hubspot', 'portalId'), '1234567'),
    );
    expect(problemsAfter((c) => (c.adapters['linkedin-insight'].partnerId = true))).toEqual(
      one('$.adapters["linkedin-insight"].partnerId', expectedOf('linkedin-insight', 'partnerId'), 'true'),
    );
    expect(problemsAfter((c) => (c.adapters['google-ads'].conversions = []))).toEqual(
      one('$.adapters["google-ads"].conversions', expectedOf('google-ads', 'conversions'), 'an empty array'),
    );
  });

  // The manifest is the rule: each option's problem lands on the option, in the words of its `expected`.
  test.each([
    ['google-analytics', { measurementId: 'UA-12345-1' }, 'measurementId', '"UA-12345-1"'],
    ['google-analytics', {}, 'measurementId', 'nothing'],
    [
      'google-analytics',
      { measurementId: 'G-CNCT2026AB', allowGoogleSignals: 'no' },
      'allowGoogleSignals',
      '"no"',
    ],
    ['google-ads', { conversionId: 'AW-12345' }, 'conversionId', '"AW-12345"'],
    ['posthog', { apiKey: 'phc_short' }, 'apiKey', '"phc_short"'],
    ['hubspot', { portalId: '1234' }, 'portalId', '"1234"'],
    ['hubspot', { portalId: '1234567', region: 'eu' }, 'region', '"eu"'],
    ['linkedin-insight', { partnerId: '12' }, 'partnerId', '"12"'],
    [
      'stripe',
      { publishableKey: 'pk_live_Cnct2026CheckoutKey0A1B2', advancedFraudSignals: 'off' },
      'advancedFraudSignals',
      '"off"',
    ],
    ['intercom', { appId: 'CNCT2026' }, 'appId', '"CNCT2026"'],
    ['intercom', { appId: 'cnct2026', region: 'jp' }, 'region', '"jp"'],
  ])('%s %j: reported at the option, with what its manifest expects', (id, options, option, found) => {
    const manifest = MANIFESTS.find((m) => m.id === id)!;
    const expected = (manifest.options.properties![option] as { expected: string }).expected;
    expect(expected).toMatch(/\w/);
    const path = `$.adapters${/-/.test(id) ? `["${id}"]` : `.${id}`}.${option}`;
    expect(problemsAfter((c) => (c.adapters[id] = options))).toEqual(one(path, expected, found));
  });

  test('a map option is checked entry by entry', () => {
    const [problem] = problemsAfter(
      (c) =>
        (c.adapters['google-ads'] = { conversionId: 'AW-123456789', conversions: { 'sign up': 'Sign up!' } }),
    );
    expect(problem).toMatchObject({
      path: '$.adapters["google-ads"].conversions["sign up"]',
      found: '"Sign up!"',
    });
    expect(problem!.expected).toMatch(/label/);
    const [linkedin] = problemsAfter(
      (c) => (c.adapters['linkedin-insight'] = { partnerId: '123456', conversions: { webinar: 'abc' } }),
    );
    expect(linkedin).toMatchObject({
      path: '$.adapters["linkedin-insight"].conversions.webinar',
      found: '"abc"',
    });
  });

  test('a secret key pasted by mistake is refused and never echoed', () => {
    for (const [id, options] of [
      ['posthog', { apiKey: 'phx_Cnct2026EuProductAnalyticsKey7Qx' }],
      ['stripe', { publishableKey: 'sk_live_0123456789abcdef' }],
      ['stripe', { publishableKey: 'rk_live_0123456789abcdef' }],
    ] as const) {
      const problems = problemsAfter((c) => (c.adapters[id] = options));
      expect(problems).toHaveLength(1);
      expect(problems[0]!.found).toMatch(
        /^a secret key "(phx_|sk_live_|rk_live_)…" \(never ship it to browsers/,
      );
      expect(JSON.stringify(problems)).not.toContain('0123456789abcdef');
      expect(JSON.stringify(problems)).not.toContain('Cnct2026Eu');
    }
  });
});

describe('campaigns', () => {
  test('ids are kebab-case', () => {
    expect(problemsAfter((c) => (c.campaigns[0].id = 'Spring Webinar'))).toEqual(
      one('$.campaigns[0].id', 'a kebab-case id like "spring-webinar"', '"Spring Webinar"'),
    );
  });

  test('ids are unique', () => {
    expect(problemsAfter((c) => (c.campaigns[1].id = 'spring-webinar'))).toEqual(
      one('$.campaigns[1].id', 'an id no other campaign uses ($.campaigns[0].id has it)', '"spring-webinar"'),
    );
  });

  test("the adapter must be one of the container's", () => {
    expect(problemsAfter((c) => delete c.adapters['google-ads'])).toEqual(
      one(
        '$.campaigns[1].adapter',
        "one of this container's adapters: google-analytics, posthog, hubspot, linkedin-insight, stripe, intercom",
        '"google-ads"',
      ),
    );
    expect(
      problemsAfter((c) => {
        c.adapters = {};
        c.campaigns.pop();
      }),
    ).toEqual(
      one('$.campaigns[0].adapter', 'an adapter listed in $.adapters (there are none)', '"linkedin-insight"'),
    );
  });

  test('and one that receives events', () => {
    expect(problemsAfter((c) => (c.campaigns[0].adapter = 'hubspot'))).toEqual(
      one(
        '$.campaigns[0].adapter',
        'an adapter that receives events (google-analytics, google-ads, posthog, linkedin-insight, intercom): hubspot has none',
        '"hubspot"',
      ),
    );
  });

  test('on: exactly one trigger', () => {
    const exactly =
      'one trigger: { "event": "<event name>" }, { "pageview": "<path pattern>" }, { "click": "<CSS selector>" } or { "submit": "<CSS selector>" }';
    expect(problemsAfter((c) => (c.campaigns[1].on.event = 'pricing'))).toEqual(
      one('$.campaigns[1].on', exactly, 'both "pageview" and "event"'),
    );
    expect(problemsAfter((c) => (c.campaigns[1].on = {}))).toEqual(
      one('$.campaigns[1].on', exactly, 'an empty object'),
    );
    expect(problemsAfter((c) => (c.campaigns[1].on = { page: '/pricing' }))).toEqual(
      one(
        '$.campaigns[1].on.page',
        'one of the keys event, pageview, click, submit',
        'unknown key "page"',
        'did you mean "pageview"?',
      ),
    );
    expect(problemsAfter((c) => (c.campaigns[1].on = '/pricing'))).toEqual(
      one('$.campaigns[1].on', exactly, '"/pricing"'),
    );
  });

  test('on.event is a name; on.pageview a path pattern from "/", without query', () => {
    const pattern = 'a path pattern starting with "/", like "/pricing" or "/blog/*" (no query or #)';
    expect(problemsAfter((c) => (c.campaigns[0].on.event = ''))).toEqual(
      one('$.campaigns[0].on.event', 'an event name, like "webinar_registered"', '""'),
    );
    expect(problemsAfter((c) => (c.campaigns[1].on.pageview = 'pricing'))).toEqual(
      one('$.campaigns[1].on.pageview', pattern, '"pricing"'),
    );
    expect(problemsAfter((c) => (c.campaigns[1].on.pageview = '/pricing?plan=pro'))).toEqual(
      one('$.campaigns[1].on.pageview', pattern, '"/pricing?plan=pro"'),
    );
    expect(problemsAfter((c) => (c.campaigns[1].on.pageview = '/blog/**'))).toEqual([]);
  });

  test('send: an object of strings, numbers and booleans', () => {
    expect(problemsAfter((c) => delete c.campaigns[0].send)).toEqual(
      one(
        '$.campaigns[0].send',
        'an object of strings, numbers and booleans, like { "label": "AbC-D_efG" }',
        'nothing',
      ),
    );
    expect(problemsAfter((c) => (c.campaigns[0].send.conversionId = [987654]))).toEqual(
      // LinkedIn's own rule for its send, from its manifest.
      one(
        '$.campaigns[0].send.conversionId',
        'a conversion ID: a whole number without quotes, like 11563522',
        'an array',
      ),
    );
  });

  test('dates: YYYY-MM-DD or ISO date-times, real calendar days', () => {
    expect(problemsAfter((c) => (c.campaigns[0].end = 'April'))).toEqual(
      one('$.campaigns[0].end', 'a date like "2026-04-30"', '"April"'),
    );
    for (const bad of [
      '2026-02-29',
      '2026-04-31',
      '2026-13-01',
      '26-03-01',
      '2026-03-01T25:00',
      '2026-03-01 10:00',
    ])
      expect(problemsAfter((c) => (c.campaigns[0].start = bad))).toEqual(
        one('$.campaigns[0].start', 'a date like "2026-03-01"', JSON.stringify(bad)),
      );
    for (const good of [
      '2024-02-29',
      '2026-03-01T09:30',
      '2026-03-01T09:30:00Z',
      '2026-03-01T09:30:00.500+01:00',
    ])
      expect(problemsAfter((c) => (c.campaigns[0].start = good))).toEqual([]);
  });

  test('start on or before end; one day is fine', () => {
    expect(
      problemsAfter((c) => {
        c.campaigns[0].start = '2026-05-01';
        c.campaigns[0].end = '2026-04-30';
      }),
    ).toEqual(one('$.campaigns[0].end', 'a date on or after start ("2026-05-01")', '"2026-04-30"'));
    expect(problemsAfter((c) => (c.campaigns[0].start = c.campaigns[0].end))).toEqual([]);
  });

  test('unknown keys, and campaigns that are not a list', () => {
    expect(problemsAfter((c) => (c.campaigns[0].startDate = '2026-03-01'))).toEqual(
      one(
        '$.campaigns[0].startDate',
        'one of the keys id, adapter, on, send, start, end',
        'unknown key "startDate"',
      ),
    );
    expect(problemsAfter((c) => (c.campaigns = { 'spring-webinar': {} }))).toEqual(
      one('$.campaigns', 'an array of campaigns', 'an object'),
    );
  });
});

test('every problem is reported, in document order', () => {
  const { container, problems } = validateContainer(readFixture('bad-many.json'));
  expect(container).toBeUndefined();
  expect(problems.map((p) => p.path)).toEqual([
    '$.policyVersion',
    '$.surface',
    '$.adapters["google-analytics"].measurementId',
    '$.adapters.stripe.publishableKey',
    '$.campaigns[0].id',
    '$.campaigns[0].adapter',
    '$.campaigns[0].on.pageview',
    '$.campaigns[0].end',
  ]);
});

test('a campaign is active from start (inclusive) to end (a date-only end counts its whole UTC day)', () => {
  const instants = [
    '2026-02-28T23:59:59.999Z',
    '2026-03-01T00:00:00Z',
    '2026-03-01T08:00:00Z',
    '2026-04-30T23:59:59.999Z',
    '2026-05-01T00:00:00Z',
  ].map(Date.parse);
  const table: [Pick<Campaign, 'start' | 'end'>, boolean[]][] = [
    [{ start: '2026-03-01', end: '2026-04-30' }, [false, true, true, true, false]],
    [{ start: '2026-03-01T10:00:00+02:00' }, [false, false, true, true, true]],
    [{ end: '2026-03-01T10:00:00Z' }, [true, true, true, false, false]],
    [{}, [true, true, true, true, true]],
  ];
  for (const [c, expected] of table)
    expect(
      instants.map((at) => isActive(c, at)),
      JSON.stringify(c),
    ).toEqual(expected);
});

describe('parseJsonText', () => {
  test('returns the value, ignoring a byte-order mark', () => {
    const parsed = parseJsonText('\uFEFF{"policyVersion":"1","a":[1,-2.5e3,true,null,"\\u00e9\\n"]}');
    expect('text' in parsed && parsed.text.value).toEqual({
      policyVersion: '1',
      a: [1, -2500, true, null, 'é\n'],
    });
  });

  test.each([
    ['{\n  "a": 1,\n}', 2, 9, 'a comma before } is not allowed in JSON'],
    ['[1,\n 2,\n]', 2, 3, 'a comma before ] is not allowed in JSON'],
    ['{"a": }', 1, 7, 'expected a value, found "}"'],
    ["{'a': 1}", 1, 2, 'expected a property name in double quotes, found "\'"'],
    ['{"a" 1}', 1, 6, 'expected ":" after the property name, found "1"'],
    ['{"a": 1 "b": 2}', 1, 9, 'expected "," or "}", found "\\""'],
    ['{"a": "x\ny"}', 1, 9, 'a string cannot hold a line break or control character (write \\n)'],
    ['{"a": "x', 1, 7, 'a string is not closed with "'],
    ['{"a": "\\x"}', 1, 8, 'invalid escape in a string'],
    ['{"a": 01}', 1, 8, 'expected "," or "}", found "1"'],
    ['{"a": 1,\n "a": 2}', 2, 2, 'duplicate key "a" (only the last one would count)'],
    ['', 1, 1, 'the file ends where a value was expected'],
    ['{"a": [1, 2', 1, 12, 'the file ends where "," or "]" was expected'],
    ['{} {}', 1, 4, 'unexpected text after the end of the JSON'],
  ])('%j: line %i, column %i', (text, line, column, message) => {
    expect(parseJsonText(text)).toEqual({ error: { line, column, message } });
  });
});

test('problems name their campaign by id and give line and column', () => {
  const text = `{
  "policyVersion": "2026-11-01",
  "adapters": { "linkedin-insight": { "partnerId": "123456" } },
  "campaigns": [
    { "id": "spring-webinar", "adapter": "linkedin-insight",
      "on": { "event": "webinar_registered" }, "send": { "conversionId": 987654 },
      "end": "April" }
  ]
}`;
  const parsed = parseJsonText(text);
  if (!('text' in parsed)) throw new Error('the text parses');
  const { problems } = validateContainer(parsed.text.value, { text: parsed.text });
  expect(problems).toEqual([
    {
      path: '$.campaigns[0].end',
      expected: 'a date like "2026-04-30"',
      found: '"April"',
      campaign: 'spring-webinar',
      position: { line: 7, column: 14 },
    },
  ]);
  expect(formatProblem(problems[0]!)).toBe(
    'line 7, column 14: $.campaigns[0].end (campaign "spring-webinar"): expected a date like "2026-04-30", found "April"',
  );
});
