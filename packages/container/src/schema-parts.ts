import { CATEGORIES, type JsonSchema, RECEIPT_ENDPOINT, type VendorManifest } from '@conectamos/consent';

/** A schema node as the container schema writes it: JSON Schema 2020-12, with `expected` on every field. */
export interface SchemaNode {
  /** Any JSON Schema keyword. */
  [keyword: string]: unknown;
  /** What a valid value looks like, in words a marketer can act on. */
  expected?: string;
  /** What an object's keys may be, in words, when one is unknown (`one of the adapters …`). */
  unknownKey?: string;
  /** An object's properties. */
  properties?: Record<string, SchemaNode | JsonSchema>;
}

/** Formats the tools take as patterns, shared by the schema and the checks a schema cannot express. */
export const PATTERNS = {
  /** A registrable domain as cookies take it, lower-case (the core compares it with `location.hostname`). */
  cookieDomain: '^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$',
  /** A campaign id: kebab-case, so it is safe in logs, attributes and the debug view. */
  campaignId: '^[a-z0-9]+(-[a-z0-9]+)*$',
  /** A page-view pattern: a path from `/`; campaigns match the path only, so no query or fragment. */
  pageview: '^\\/[^\\s?#]*$',
  /** A calendar day `YYYY-MM-DD`, or an ISO 8601 date-time with minutes and an optional offset. */
  date: '^(\\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])(T([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d(\\.\\d{1,3})?)?(Z|[+-]([01]\\d|2[0-3]):[0-5]\\d)?)?$',
  /** The UI's policy link: a path, or an http(s) URL (the UI drops any other scheme). */
  policyUrl: '^(https?:\\/\\/|\\/)\\S*$',
} as const;

/** What a campaign's `on` takes, in words. */
const TRIGGER_EXPECTED =
  'one trigger: { "event": "<event name>" }, { "pageview": "<path pattern>" }, { "click": "<CSS selector>" } or { "submit": "<CSS selector>" }';
/** What a click or submit trigger takes, in words. */
export const SELECTOR_EXPECTED = 'a CSS selector like "#webinar-form" or ".pricing a.signup"';

/** The dates a campaign's `start` and `end` are shown with, in the schema and in the validator's words. */
export const DATE_EXAMPLES = { start: '2026-03-01', end: '2026-04-30' } as const;

/** A field of text that is not blank. */
export const text = (expected: string, description: string, examples?: unknown[]): SchemaNode => ({
  type: 'string',
  pattern: '\\S',
  description,
  expected,
  ...(examples && { examples }),
});
/** A true/false switch with its default. */
export const flag = (description: string, value: boolean): SchemaNode => ({
  type: 'boolean',
  description,
  default: value,
  expected: 'true or false',
});
const either = (list: readonly string[]): string =>
  list.length < 2 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} or ${list[list.length - 1]}`;
const quoted = (list: readonly string[]): string[] => list.map((item) => JSON.stringify(item));

const STORAGES = ['cookie', 'localStorage', 'sessionStorage'];

// Built when asked, not at import: importing the package does nothing.
/** One of the site's own cookies. */
export const cookie = (): SchemaNode => ({
  title: 'A cookie of the site',
  type: 'object',
  additionalProperties: false,
  required: ['name', 'category', 'purpose', 'duration', 'provider'],
  expected: 'an object with name, category, purpose, duration and provider',
  properties: {
    name: text('the cookie\'s name, like "session_id"', "The cookie's exact name.", ['session_id']),
    label: text(
      'how the name is shown in tables, like "_ga_*"',
      'How the name is shown in tables, when it differs.',
    ),
    storage: {
      enum: STORAGES,
      description: 'Where it is kept. Default "cookie".',
      expected: either(quoted(STORAGES)),
    },
    category: {
      enum: CATEGORIES,
      description: 'The category whose withdrawal deletes it.',
      expected: `one of ${quoted(CATEGORIES).join(', ')}`,
    },
    purpose: text('what it is for, in plain words', 'What it is for, in plain words.'),
    duration: text(
      'how long it lasts, like "1 year" or "Session"',
      'How long it lasts, as the policy says it.',
      ['1 year'],
    ),
    provider: text('who sets it, like "Conectamos"', 'Who sets it.', ['Conectamos']),
    i18n: {
      type: 'object',
      additionalProperties: false,
      description:
        'Its purpose and duration in Spanish (the fields above are English): shown by the dialog on Spanish pages and printed by `consent policy --lang es`.',
      expected: 'an object like { "es": { "purpose": "Recuerda tu idioma", "duration": "1 año" } }',
      properties: {
        es: {
          type: 'object',
          additionalProperties: false,
          required: ['purpose', 'duration'],
          expected: 'an object with purpose and duration, in Spanish',
          properties: {
            purpose: text('what it is for, in Spanish', 'What it is for, in Spanish.'),
            duration: text('how long it lasts, in Spanish, like "1 año"', 'How long it lasts, in Spanish.', [
              '1 año',
            ]),
          },
        },
      },
    },
  },
});

/** The banner's settings, or false to run without it. */
export const ui = (): SchemaNode => ({
  title: 'Banner and preferences',
  description: 'The consent banner and preferences dialog, or false to run without them.',
  expected: 'an object with policyUrl, or false to run without the UI',
  // if/then/else rather than oneOf: an object with a mistake in it is reported field by field.
  if: { type: 'boolean' },
  // biome-ignore lint/suspicious/noThenProperty: JSON Schema's own keyword, not a thenable.
  then: { const: false, expected: 'an object with policyUrl, or false to run without the UI' },
  else: {
    type: 'object',
    additionalProperties: false,
    required: ['policyUrl'],
    expected: 'an object with policyUrl, or false to run without the UI',
    properties: {
      policyUrl: {
        type: 'string',
        pattern: PATTERNS.policyUrl,
        description: 'Where the cookie policy is: a path on the site or an https:// URL.',
        expected: 'the cookie policy\'s address, a path like "/cookies" or an https:// URL',
        examples: ['/cookies'],
      },
      company: text(
        "the name of the company that sets the site's own cookies",
        "Who sets the site's own cookies.",
        ['Conectamos'],
      ),
      lang: {
        enum: ['es', 'en'],
        description: "Force the banner's language. Default: the page's <html lang>, then the browser's.",
        expected: '"es" or "en"',
      },
      strings: {
        type: 'object',
        description: 'Text overrides, flat ({ "acceptAll": "OK" }) or per language ({ "es": { … } }).',
        expected: 'an object of texts, like { "acceptAll": "OK" } or { "es": { "acceptAll": "Vale" } }',
      },
    },
  },
});

/** Where the proof of each decision is sent: the core's own rule for the endpoint. */
export const receipts = (): SchemaNode => ({
  title: 'Proof of consent',
  type: 'object',
  additionalProperties: false,
  required: ['endpoint'],
  description:
    "Send a receipt of each decision (consent ID, choices, page path, a hash of the texts shown) to the site's receipt service (@conectamos/consent-server), so the decision can be demonstrated later. Left out, none are sent.",
  expected: 'an object like { "endpoint": "/consent/receipts" }',
  properties: {
    endpoint: {
      type: 'string',
      pattern: RECEIPT_ENDPOINT.source,
      description: 'Where receipts are posted: a path on the site, or an https:// URL.',
      expected: 'a path like "/consent/receipts" or an https:// URL',
      examples: ['/consent/receipts'],
    },
  },
});

const date = (description: string, example: string): SchemaNode => ({
  type: 'string',
  pattern: PATTERNS.date,
  description: `${description} A day "YYYY-MM-DD" (a whole UTC day), or an ISO date-time.`,
  expected: `a date like "${example}"`,
  examples: [example],
});

/** The schema of one campaign; what `send` takes depends on the adapter, from its manifest. */
export function campaign(manifests: readonly VendorManifest[]): SchemaNode {
  const receivers = manifests.filter((m) => m.campaigns);
  return {
    title: 'A campaign',
    type: 'object',
    additionalProperties: false,
    required: ['id', 'adapter', 'on', 'send'],
    expected: 'an object with id, adapter, on and send',
    properties: {
      id: {
        type: 'string',
        pattern: PATTERNS.campaignId,
        description: 'A unique name, lower-case words joined by hyphens.',
        expected: 'a kebab-case id like "spring-webinar"',
        examples: ['spring-webinar'],
      },
      adapter: {
        type: 'string',
        description: `The vendor that receives it: one of this container's adapters that takes campaigns (${receivers.map((m) => m.id).join(', ')}).`,
        expected: `an adapter that takes campaigns: ${receivers.map((m) => m.id).join(', ')}`,
      },
      on: {
        type: 'object',
        additionalProperties: false,
        minProperties: 1,
        maxProperties: 1,
        description:
          'When it fires: a named event the site sends with consent.track(), a page view whose path matches (`*` is any characters but `/`, `**` anything), or a click on (a submit of) an element a CSS selector matches.',
        expected: TRIGGER_EXPECTED,
        properties: {
          event: text('an event name, like "webinar_registered"', 'The event name.', ['webinar_registered']),
          pageview: {
            type: 'string',
            pattern: PATTERNS.pageview,
            description: 'A path pattern.',
            expected: 'a path pattern starting with "/", like "/pricing" or "/blog/*" (no query or #)',
            examples: ['/pricing', '/blog/*'],
          },
          click: text(
            SELECTOR_EXPECTED,
            'A CSS selector: a click on a matching element, or inside one, fires the campaign. "{{name}}" in send takes the element\'s data-name attribute.',
            ['#demo-button', 'a[href^="/signup"]'],
          ),
          submit: text(
            SELECTOR_EXPECTED,
            'A CSS selector of a form: submitting it fires the campaign. "{{name}}" in send takes the form\'s data-name attribute, never what the visitor typed.',
            ['#webinar-form'],
          ),
        },
      },
      send: {
        type: 'object',
        description:
          'What the vendor receives: see the vendor\'s own fields. "{{value}}" takes the property value of the event (track("purchase", { value: 49.5 })): a whole "{{value}}" keeps its type, inside longer text it is written in.',
        expected: 'an object of strings, numbers and booleans, like { "label": "AbC-D_efG" }',
        additionalProperties: {
          type: ['string', 'number', 'boolean'],
          expected: 'a string, number or boolean',
        },
      },
      start: date('The first day it is active.', DATE_EXAMPLES.start),
      end: date('The last day it is active, included; on or after start.', DATE_EXAMPLES.end),
    },
    // Each vendor's own rules for send, from its manifest.
    allOf: receivers.map((m) => ({
      if: { properties: { adapter: { const: m.id } }, required: ['adapter'] },
      // biome-ignore lint/suspicious/noThenProperty: JSON Schema's own keyword, not a thenable.
      then: { properties: { send: m.campaigns!.send } },
    })),
  };
}
