import type { Adapter } from './adapter-types';
import type { CookieDeclaration, CookieTexts, CspHosts, Surface } from './types';

/**
 * The part of JSON Schema that manifests use to describe a vendor's options and a campaign's `send`:
 * enough for a validator (ajv), an editor's forms and the options' TypeScript type.
 */
export interface JsonSchema {
  /** The JSON type, or several. */
  type?:
    | 'string'
    | 'integer'
    | 'number'
    | 'boolean'
    | 'object'
    | readonly ('string' | 'integer' | 'number' | 'boolean')[];
  /** The only values allowed. */
  enum?: readonly (string | number | boolean)[];
  /** Valid when any of these is: a campaign's `send` field that may also be `{{property}}` (see `FROM_EVENT`). */
  anyOf?: readonly JsonSchema[];
  /** A regular expression a string must match (its source, as JSON Schema writes it). */
  pattern?: string;
  /** The smallest number allowed. */
  minimum?: number;
  /** The largest number allowed. */
  maximum?: number;
  /** The properties of an object. */
  properties?: Readonly<Record<string, JsonSchema>>;
  /** Properties an object must have. */
  required?: readonly string[];
  /** Whether other properties are allowed (`false` for options: a typo must not pass), or their schema. */
  additionalProperties?: boolean | JsonSchema;
  /** What the field is, for people: shown by editors and in the docs. */
  description?: string;
  /** What a valid value looks like, in words a marketer can act on: `a measurement ID like "G-XXXXXXX"`. */
  expected?: string;
  /** Values to show as examples. */
  examples?: readonly unknown[];
  /** The value used when it is left out. */
  default?: unknown;
}

type Scalar<T> = T extends 'string'
  ? string
  : T extends 'integer' | 'number'
    ? number
    : T extends 'boolean'
      ? boolean
      : never;
type Flat<T> = { [K in keyof T]: T[K] } & {};
type ObjectOf<P, R> = Flat<
  { -readonly [K in Extract<keyof P, R>]: FromSchema<P[K]> } & {
    -readonly [K in Exclude<keyof P, R>]?: FromSchema<P[K]>;
  }
>;

/** The TypeScript type of values a schema accepts: a factory's options type is derived from its manifest. */
export type FromSchema<S> = S extends { enum: readonly (infer E)[] }
  ? E
  : S extends { anyOf: readonly (infer A)[] }
    ? FromSchema<A>
    : S extends { type: 'object'; properties: infer P }
      ? ObjectOf<P, S extends { required: readonly (infer R)[] } ? R : never>
      : S extends { type: 'object'; additionalProperties: infer A }
        ? Record<string, FromSchema<A>>
        : S extends { type: readonly (infer T)[] }
          ? Scalar<T>
          : S extends { type: infer T }
            ? Scalar<T>
            : unknown;

/**
 * `{{property}}`: a campaign's `send` value taken from the event's properties, as the source of a regular
 * expression (unanchored; the name is its first group). `track('purchase', { value: 49.5 })` fills
 * `"{{value}}"` with 49.5. The drop-in fills it; the validator and the manifests check it by this one rule.
 */
export const EVENT_VALUE = '\\{\\{\\s*([A-Za-z_$][\\w$]*)\\s*\\}\\}';

/**
 * A `send` field that is a whole `{{property}}`, as JSON Schema. A manifest writes
 * `anyOf: [<its own schema>, FROM_EVENT]` where a template could not meet its own rule (a number, a
 * format): the validator then accepts either, and the vendor's adapter checks the filled value when the
 * campaign fires. Text without a format takes templates as it is.
 */
export const FROM_EVENT = {
  type: 'string',
  // EVENT_VALUE anchored, written out: a template literal would keep bundlers from dropping an unused
  // import of this module (test/core/event-value.test.ts keeps the two equal).
  pattern: '^\\{\\{\\s*([A-Za-z_$][\\w$]*)\\s*\\}\\}$',
  description: 'A value taken from the event: "{{value}}" is the value of track(event, { value }).',
} as const;

/** A cookie or storage key as data: an exact `name`, or a `pattern` (a regular expression's source) with a `label`. */
export interface CookieFact extends Omit<CookieDeclaration, 'name'> {
  /** The exact name. */
  name?: string;
}

/** A condition on a container's options: true when `option` (or its schema default) equals `equals`. */
export interface OptionCondition {
  /** The option's name: `region`. */
  option: string;
  /** The value that makes it true: `'eu'`. */
  equals: unknown;
}

/**
 * A vendor's visitor-facing texts in one language besides the English of its manifest. `C` is the type of
 * its `cookies`, so a manifest whose translations miss a cookie, or list one too many, does not compile.
 */
export interface VendorTexts<C extends readonly unknown[] = readonly unknown[]> {
  /**
   * Each English purpose the vendor can show (its `purpose`, and each of `purposeWhen`) with its
   * translation, `[english, translated]`: the dialog has only the adapter's English purpose to go by.
   * Pairs rather than an object keyed by the English constant, which bundlers cannot drop when unused.
   */
  purposes: readonly (readonly [english: string, translated: string])[];
  /** Each of its cookies' texts, in the order of its `cookies`. */
  cookies: { readonly [K in keyof C]: CookieTexts };
}

/** A vendor's translations, by language: Spanish (the manifest itself is English). */
export interface VendorI18n<C extends readonly unknown[] = readonly unknown[]> {
  /** Spanish. */
  es: VendorTexts<C>;
}

/** A sentence the cookie policy says about a vendor besides its purpose, in English and Spanish. */
export interface PolicyNote {
  /** Printed only when an option has a value; always when left out. */
  when?: OptionCondition;
  /** The sentence in English. */
  text: string;
  /** The sentence in other languages. */
  i18n: { es: string };
}

/**
 * A vendor as static, JSON-serialisable data, exported by each adapter package as `manifest`. Tools
 * (the validator, the cookie tables, CSP, the editor, the compiler) read it and never run a factory to
 * learn about a vendor. The factory imports only the facts it needs from the same module, never the
 * `manifest` object, so a browser bundle leaves its CSP hosts and schemas out.
 */
export interface VendorManifest
  extends Pick<Adapter, 'vendor' | 'category' | 'privacyPolicyUrl' | 'optOutUrl' | 'onDemand'> {
  /** The adapter id: `posthog`. */
  id: string;
  /** Where it may run: marketing vendors only on the site. */
  surfaces: readonly Surface[];
  /** What the vendor does with the data, shown in the preferences dialog and the policy. */
  purpose: string;
  /** Another purpose when an option has a value (PostHog's EU region says where the data is kept). */
  purposeWhen?: readonly (OptionCondition & { purpose: string })[];
  /**
   * Its texts in Spanish: the purposes and each cookie's purpose and duration. A constant of its own in the
   * manifest module, so the factory leaves it out of the adapter's bundle; the drop-in's dialog chunk carries it.
   */
  i18n: VendorI18n;
  /** What the cookie policy says of the vendor besides its purpose: where data goes, what is switched off. */
  notes?: readonly PolicyNote[];
  /** Every cookie and storage key it may set. */
  cookies: readonly CookieFact[];
  /** The Content-Security-Policy sources it needs. */
  csp: CspHosts;
  /** More sources when an option has a value (Google Signals needs DoubleClick's hosts). */
  cspWhen?: readonly (OptionCondition & { csp: CspHosts })[];
  /** The JSON Schema of the factory's options, as a container writes them. */
  options: JsonSchema;
  /** Present when the vendor takes campaigns: the JSON Schema of a campaign's `send`. */
  campaigns?: { send: JsonSchema };
}
