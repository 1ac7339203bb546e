/**
 * An ID that does not match the vendor's format never reaches a URL. Each of the seven factories gets
 * random strings and values for its ID (and region): it either throws a TypeError naming itself, at once,
 * or the ID matches the vendor's documented format — written here from VENDORS.md, not taken from the
 * adapter — and the only script it injects after consent is the vendor's, with the ID URL-encoded.
 */
import { type Adapter, createConsent } from '@conectamos/consent';
import { googleAds } from '@conectamos/consent-google-ads';
import { googleAnalytics } from '@conectamos/consent-google-analytics';
import { hubspot } from '@conectamos/consent-hubspot';
import { intercom } from '@conectamos/consent-intercom';
import { linkedinInsight } from '@conectamos/consent-linkedin-insight';
import { posthog } from '@conectamos/consent-posthog';
import { stripe } from '@conectamos/consent-stripe';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { holds, oddValue, PROPERTY_TIMEOUT, RUNS } from '../helpers/property';
import { reusableWindow, scriptSrcs, type TestWindow } from '../helpers/window';

interface Vendor {
  /** The factory's name, which its errors start with. */
  name: string;
  factory: (options: never) => Adapter;
  /** The vendor's term for its ID. */
  field: string;
  /** The ID's documented format (VENDORS.md, "IDs"). */
  format: RegExp;
  /** Whether a non-string value is documented as an ID too. */
  number?: boolean;
  /** A real-looking ID. */
  example: string;
  /** The regions the vendor documents, the first being the default; none if it has no region option. */
  regions?: string[];
  /** The one script it may inject after consent, for an ID (already checked) and a region. */
  script(id: string, region: string | undefined): string;
}

const enc = encodeURIComponent;
const GTAG = 'https://www.googletagmanager.com/gtag/js';

const VENDORS: Vendor[] = [
  {
    name: 'googleAnalytics',
    factory: googleAnalytics,
    field: 'measurementId',
    format: /^G-[A-Z0-9]+$/,
    example: 'G-ABC123XYZ9',
    script: (id) => `${GTAG}?id=${enc(id)}`,
  },
  {
    name: 'googleAds',
    factory: googleAds,
    field: 'conversionId',
    format: /^AW-\d+$/,
    example: 'AW-123456789',
    script: (id) => `${GTAG}?id=${enc(id)}`,
  },
  {
    name: 'posthog',
    factory: posthog,
    field: 'apiKey',
    format: /^phc_[A-Za-z0-9]+$/,
    example: 'phc_0123456789abcdefghijKLMN',
    regions: ['eu', 'us'],
    // The key goes to init, not into the URL.
    script: (_, region = 'eu') => `https://${region}-assets.i.posthog.com/static/array.js`,
  },
  {
    name: 'hubspot',
    factory: hubspot,
    field: 'portalId',
    format: /^\d+$/,
    example: '1234567',
    regions: ['na1', 'na2', 'eu1', 'ap1'],
    script: (id, region = 'na1') =>
      `https://${region === 'na1' ? 'js' : `js-${region}`}.hs-scripts.com/${enc(id)}.js`,
  },
  {
    name: 'linkedinInsight',
    factory: linkedinInsight,
    field: 'partnerId',
    format: /^\d+$/,
    // The container schema also takes the partner ID as an integer.
    number: true,
    example: '123456',
    script: () => 'https://snap.licdn.com/li.lms-analytics/insight.min.js',
  },
  {
    name: 'stripe',
    factory: stripe,
    field: 'publishableKey',
    format: /^pk_(live|test)_[A-Za-z0-9]+$/,
    example: 'pk_live_0123456789abcdef',
    script: () => 'https://js.stripe.com/endive/stripe.js',
  },
  {
    name: 'intercom',
    factory: intercom,
    field: 'appId',
    // VENDORS.md: observed as 8, "consider ^[a-z0-9]+$"; Intercom documents none.
    format: /^[a-z0-9]+$/,
    example: 'abc12345',
    regions: ['us', 'eu', 'au', 'ap'],
    script: (id) => `https://widget.intercom.io/widget/${enc(id)}`,
  },
];

/** Whether a value is an ID in the vendor's documented format. */
const documented = (vendor: Vendor, value: unknown): value is string | number =>
  (typeof value === 'string' && vendor.format.test(value)) ||
  (!!vendor.number && Number.isSafeInteger(value) && (value as number) >= 0);

// What breaks out of a URL's path or query, or hides in it.
const TRICKY = [
  '/',
  '?',
  '#',
  '&',
  '=',
  '%',
  '%2F',
  '..',
  '\\',
  ' ',
  '\n',
  '"',
  "'",
  '<',
  '@',
  ':',
  'é',
  '\u202e',
];

/** An ID close to a good one: a character replaced or inserted, case flipped, padded, cut. */
const nearly = (example: string): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.nat(),
      fc.oneof(fc.constantFrom(...TRICKY), fc.string({ minLength: 1, maxLength: 3 })),
      fc.nat(4),
    )
    .map(([at, insert, how]) => {
      const i = at % (example.length + 1);
      if (how === 0) return example.slice(0, i) + insert + example.slice(i);
      if (how === 1) return example.slice(0, i) + insert + example.slice(i + 1);
      if (how === 2) return example.toLowerCase() === example ? example.toUpperCase() : example.toLowerCase();
      if (how === 3) return ` ${example}\n`;
      return example.slice(0, i);
    });

/** Values for an ID: the documented format at random, near misses, other strings, other types. */
const idValue = (vendor: Vendor): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.stringMatching(vendor.format),
    { weight: 3, arbitrary: nearly(vendor.example) },
    fc.string(),
    fc.string({ unit: 'grapheme', maxLength: 12 }),
    oddValue,
    fc.constantFrom<unknown>(
      vendor.example,
      [vendor.example],
      Number(vendor.example.replace(/\D/g, '')),
      // A boxed string and an object that prints as the ID: not strings, whatever they print as.
      new String(vendor.example),
      { toString: () => vendor.example },
    ),
  );

const regionValue = (vendor: Vendor): fc.Arbitrary<unknown> =>
  vendor.regions
    ? fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(undefined, ...vendor.regions) },
        fc.constantFrom('EU', 'eu ', 'evil.example/x', 'na1.evil', '../', 'us#'),
        oddValue,
      )
    : fc.constant(undefined);

/** What the options object is: the usual `{ id, region }`, or not an object at all. */
const optionsFor = (vendor: Vendor) =>
  fc.oneof(
    {
      weight: 9,
      arbitrary: fc.tuple(idValue(vendor), regionValue(vendor)).map(([id, region]) => ({ id, region })),
    },
    oddValue.map((whole) => ({ whole })),
  );

let accepted = 0;
let freshPage: () => TestWindow;

/** The property for one vendor. */
function refusedOrEncoded(vendor: Vendor, input: { id?: unknown; region?: unknown; whole?: unknown }) {
  const options =
    'whole' in input
      ? input.whole
      : { [vendor.field]: input.id, ...(input.region === undefined ? {} : { region: input.region }) };
  let adapter: Adapter;
  try {
    adapter = vendor.factory(options as never);
  } catch (error) {
    expect(error).toBeInstanceOf(TypeError);
    // An error a person can act on: it says which factory refused what.
    expect((error as Error).message.startsWith(`${vendor.name}: `), (error as Error).message).toBe(true);
    return;
  }
  accepted++;
  expect('whole' in input, 'options that are not an object were accepted').toBe(false);
  expect(documented(vendor, input.id), `accepted ${vendor.field} ${String(input.id)}`).toBe(true);
  // null may be read as "no region" (Intercom does): the default then, picked from the same fixed table.
  const region = (input.region ?? undefined) as string | undefined;
  if (region !== undefined) expect(vendor.regions).toContain(region);

  const win = freshPage();
  const consent = createConsent({ policyVersion: '2026-11-01', adapters: [adapter], window: win });
  consent.acceptAll();
  if (adapter.onDemand) void consent.load(adapter.id);
  expect(scriptSrcs(win)).toEqual([vendor.script(String(input.id), region)]);
}

describe('adapter IDs, at random', () => {
  test.each(VENDORS.map((v) => [`${v.name}({ ${v.field} })`, v] as const))(
    `%s: ${RUNS} random IDs and regions are refused with a TypeError, or documented and URL-encoded`,
    async (_, vendor) => {
      accepted = 0;
      freshPage = reusableWindow();
      await holds(
        `${vendor.name} options`,
        fc.property(optionsFor(vendor), (input) => refusedOrEncoded(vendor, input)),
      );
      console.info(
        `[fast-check] ${vendor.name}: ${accepted} accepted and loaded, ${RUNS - accepted} refused`,
      );
      // Some IDs were good enough to load, so the URL side was checked too.
      expect(accepted).toBeGreaterThan(RUNS / 20);
    },
    PROPERTY_TIMEOUT,
  );
});
