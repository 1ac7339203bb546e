// @vitest-environment node
/**
 * Warnings: what is valid but probably not meant. They come apart from problems, with the same path, line,
 * column and campaign id, and they never make a container invalid.
 */
import { formatWarning, parseJsonText, validateContainer, type Warning } from '@conectamos/consent-container';
import { describe, expect, test } from 'vitest';

// biome-ignore lint/suspicious/noExplicitAny: the tests write anything into a container, on purpose.
type Draft = Record<string, any>;

const NOW = Date.parse('2026-06-15T12:00:00Z');
const webinar = (id: string, more: Draft = {}): Draft => ({
  id,
  adapter: 'linkedin-insight',
  on: { event: 'webinar_registered' },
  send: { conversionId: 987654 },
  ...more,
});
const container = (campaigns: Draft[], more: Draft = {}): Draft => ({
  policyVersion: '2026-11-01',
  adapters: {
    'linkedin-insight': { partnerId: '123456' },
    posthog: { apiKey: 'phc_0123456789abcdefghijKLMN' },
  },
  events: ['webinar_registered'],
  campaigns,
  ...more,
});
/** The warnings, without positions (checked on their own below). */
const warningsOf = (value: Draft): Omit<Warning, 'position'>[] => {
  const { problems, warnings } = validateContainer(value, { now: NOW });
  expect(problems).toEqual([]);
  return warnings.map(({ position, ...warning }) => warning);
};

describe('dates', () => {
  test('a campaign that already ended, with its end date', () => {
    expect(warningsOf(container([webinar('spring', { start: '2026-03-01', end: '2026-04-30' })]))).toEqual([
      {
        path: '$.campaigns[0].end',
        campaign: 'spring',
        message: 'ended on 2026-04-30: it sends nothing any more; delete it at your next edit',
      },
    ]);
  });

  test('a campaign that has not started, with its start date', () => {
    expect(warningsOf(container([webinar('autumn', { start: '2026-09-01T09:00:00+02:00' })]))).toEqual([
      {
        path: '$.campaigns[0].start',
        campaign: 'autumn',
        message: 'starts on 2026-09-01T09:00:00+02:00: it sends nothing until then',
      },
    ]);
  });

  test('active today, or ending today: no warning', () => {
    expect(warningsOf(container([webinar('june', { start: '2026-06-01', end: '2026-06-15' })]))).toEqual([]);
    expect(warningsOf(container([webinar('open')]))).toEqual([]);
  });
});

describe('surface', () => {
  test('a marketing vendor on a platform container never runs: its campaign never fires', () => {
    expect(warningsOf(container([webinar('webinar')], { surface: 'platform' }))).toEqual([
      {
        path: '$.campaigns[0].adapter',
        campaign: 'webinar',
        message:
          'LinkedIn runs on the site only, and this container\'s surface is "platform": this campaign never fires, except on a page whose script tag says data-surface="site"',
      },
    ]);
  });

  test('a vendor that runs everywhere, or the site: no warning', () => {
    const posthog = webinar('docs', { adapter: 'posthog', send: { section: 'docs' } });
    expect(warningsOf(container([posthog], { surface: 'platform' }))).toEqual([]);
    expect(warningsOf(container([webinar('webinar')], { surface: 'site' }))).toEqual([]);
  });
});

describe('the same conversion twice', () => {
  test('same adapter, trigger and send while both are active: the second names the first', () => {
    expect(
      warningsOf(
        container([webinar('webinar'), webinar('webinar-copy', { send: { conversionId: 987654 } })]),
      ),
    ).toEqual([
      {
        path: '$.campaigns[1]',
        campaign: 'webinar-copy',
        message:
          'sends the same conversion as $.campaigns[0] (campaign "webinar"): same adapter, trigger and send while both are active, so each one is counted twice',
      },
    ]);
  });

  test('the order of keys does not make two sends different', () => {
    const a = webinar('a', { adapter: 'posthog', send: { plan: 'pro', seats: 5 } });
    const b = webinar('b', { adapter: 'posthog', send: { seats: 5, plan: 'pro' } });
    expect(warningsOf(container([a, b])).map((w) => w.path)).toEqual(['$.campaigns[1]']);
  });

  test('another conversion, trigger or vendor, or periods that do not overlap: no warning', () => {
    expect(warningsOf(container([webinar('a'), webinar('b', { send: { conversionId: 987655 } })]))).toEqual(
      [],
    );
    expect(warningsOf(container([webinar('a'), webinar('b', { on: { click: '#register' } })]))).toEqual([]);
    expect(
      warningsOf(
        container([
          webinar('march', { start: '2026-03-01', end: '2026-06-30' }),
          webinar('july', { start: '2026-07-01' }),
        ]),
      ),
    ).toEqual([
      { path: '$.campaigns[1].start', campaign: 'july', message: expect.stringMatching(/^starts on/) },
    ]);
  });
});

test('warnings come apart from problems, and do not make the container invalid', () => {
  const value = container([webinar('spring', { end: '2026-04-30' })]);
  const valid = validateContainer(value, { now: NOW });
  expect(valid.container).toBe(value);
  expect(valid.warnings).toHaveLength(1);
  const invalid = validateContainer({ ...value, surface: 'web' }, { now: NOW });
  expect(invalid.container).toBeUndefined();
  expect(invalid.problems.map((p) => p.path)).toEqual(['$.surface']);
  expect(invalid.warnings.map((w) => w.path)).toEqual(['$.campaigns[0].end']);
});

test('in the order of the file, each with its line and column', () => {
  const text = `{
  "policyVersion": "2026-11-01",
  "surface": "platform",
  "adapters": { "linkedin-insight": { "partnerId": "123456" } },
  "campaigns": [
    { "id": "spring", "adapter": "linkedin-insight", "on": { "event": "webinar_registered" },
      "send": { "conversionId": 987654 }, "end": "2026-04-30" }
  ]
}`;
  const parsed = parseJsonText(text);
  if (!('text' in parsed)) throw new Error('the text parses');
  const { warnings } = validateContainer(parsed.text.value, { text: parsed.text, now: NOW });
  expect(warnings.map(formatWarning)).toEqual([
    'line 6, column 34: $.campaigns[0].adapter (campaign "spring"): LinkedIn runs on the site only, and this container\'s surface is "platform": this campaign never fires, except on a page whose script tag says data-surface="site"',
    'line 7, column 50: $.campaigns[0].end (campaign "spring"): ended on 2026-04-30: it sends nothing any more; delete it at your next edit',
    'line 1, column 1: $.events: the events the site sends are not listed, so a misspelt event name in a campaign cannot be caught: add "events": ["webinar_registered", …] with the names the site tracks',
  ]);
});
