import { CATEGORIES, type JsonSchema, type VendorManifest } from '@conectamos/consent';

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

const text = (expected: string, description: string, examples?: unknown[]): SchemaNode => ({
  type: 'string',
  pattern: '\\S',
  description,
  expected,
  ...(examples && { examples }),
});
const flag = (description: string, value: boolean): SchemaNode => ({
  type: 'boolean',
  description,
  default: value,
  expected: 'true or false',
});
const either = (list: readonly string[]): string =>
  list.length < 2 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} or ${list[list.length - 1]}`;
const quoted = (list: readonly string[]): string[] => list.map((item) => JSON.stringify(item));

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

const STORAGES = ['cookie', 'localStorage', 'sessionStorage'];

/** The dates a campaign's `start` and `end` are shown with, in the schema and in the validator's words. */
export const DATE_EXAMPLES = { start: '2026-03-01', end: '2026-04-30' } as const;

// Built when asked, not at import: importing the package does nothing.
const cookie = (): SchemaNode => ({
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
  },
});

const ui = (): SchemaNode => ({
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

const date = (description: string, example: string): SchemaNode => ({
  type: 'string',
  pattern: PATTERNS.date,
  description: `${description} A day "YYYY-MM-DD" (a whole UTC day), or an ISO date-time.`,
  expected: `a date like "${example}"`,
  examples: [example],
});

/** The schema of one campaign; what `send` takes depends on the adapter, from its manifest. */
function campaign(manifests: readonly VendorManifest[]): SchemaNode {
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
          'When it fires: a named event the site sends with consent.track(), or a page view whose path matches (`*` is any characters but `/`, `**` anything).',
        expected: '{ "event": "<event name>" } or { "pageview": "<path pattern>" }',
        properties: {
          event: text('an event name, like "webinar_registered"', 'The event name.', ['webinar_registered']),
          pageview: {
            type: 'string',
            pattern: PATTERNS.pageview,
            description: 'A path pattern.',
            expected: 'a path pattern starting with "/", like "/pricing" or "/blog/*" (no query or #)',
            examples: ['/pricing', '/blog/*'],
          },
        },
      },
      send: {
        type: 'object',
        description: "What the vendor receives: see the vendor's own fields.",
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

/**
 * The container's JSON Schema (2020-12), generated from the vendors' manifests: each adapter's options
 * and each campaign's `send` are the manifests' own schemas. Every field carries `expected`, the words the
 * validator uses when a value does not fit. Editors read the same schema through `$schema`.
 */
export function containerSchema(manifests: readonly VendorManifest[]): SchemaNode {
  const ids = manifests.map((m) => m.id);
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://unpkg.com/@conectamos/consent-container/schema/container.schema.json',
    title: 'Conectamos consent container',
    description:
      "What the consent drop-in runs on a page: the cookie policy version, the vendor adapters and their IDs, the site's own cookies, the banner, and the marketing campaigns. Check it with `consent validate consent.json` before it ships: the validator also checks what a schema cannot (campaign ids used twice, a campaign naming an adapter the container does not run, an end date before the start).",
    type: 'object',
    additionalProperties: false,
    required: ['policyVersion'],
    expected: 'an object (the container)',
    properties: {
      $schema: text(
        'the URL or path of the container schema',
        'Where this schema is, so editors can check the file as you type.',
      ),
      policyVersion: text(
        'the cookie policy version, like "2026-11-01"',
        'The version of the cookie policy the visitor is asked about. Change it when the policy changes: every visitor is asked again.',
        ['2026-11-01'],
      ),
      surface: {
        enum: ['site', 'platform'],
        default: 'site',
        description:
          'Where the pages run: "site" (the public website) or "platform" (the signed-in app, where no marketing vendor runs). A page\'s <script data-surface="platform"> overrides it.',
        expected: '"site" or "platform"',
      },
      cookieDomain: {
        type: 'string',
        pattern: PATTERNS.cookieDomain,
        description:
          "The registrable domain, lower-case, where vendors' cookies are deleted when consent is withdrawn.",
        expected: 'a lower-case domain like "conectamos.org"',
        examples: ['conectamos.org'],
      },
      honorGlobalPrivacyControl: flag(
        'When the browser sends Global Privacy Control, keep marketing off unless the visitor switches it on themselves.',
        true,
      ),
      reloadOnRevoke: flag(
        'A vendor script that has loaded cannot be unloaded: reload the page when consent for it is withdrawn.',
        false,
      ),
      adapters: {
        type: 'object',
        additionalProperties: false,
        description: 'The vendors to run, by adapter id, with their IDs and options.',
        expected: 'an object of adapter id: options',
        unknownKey: `one of the adapters ${ids.join(', ')}`,
        properties: Object.fromEntries(
          manifests.map((m) => [
            m.id,
            { title: `${m.vendor} (${m.category})`, expected: `an object of ${m.id} options`, ...m.options },
          ]),
        ),
      },
      cookies: {
        type: 'array',
        items: cookie(),
        description: "The site's own cookies.",
        expected: "an array of the site's own cookies",
      },
      ui: ui(),
      campaigns: {
        type: 'array',
        items: campaign(manifests),
        description:
          'Marketing campaigns: when something happens on the site, send a conversion to a vendor.',
        expected: 'an array of campaigns',
      },
    },
  };
}
