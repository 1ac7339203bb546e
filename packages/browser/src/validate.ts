/**
 * Checks a container before it ships, for the `consent` CLI (and, later, an editor in the browser: no
 * Node API here). Every problem names the JSON path, what was expected and what was found, in words a
 * marketing team can act on. Not bundled into the drop-in, which only skips what it cannot run.
 */
import { type Adapter, CATEGORIES } from '@conectamos/consent';
import { campaignWindow } from './campaigns';
import type { Campaign, Container } from './container';
import { FACTORIES, factoryFor } from './registry';

/** One thing wrong with a container: where (`$.campaigns[1].end`), what was expected, what was found. */
export interface Problem {
  /** JSON path of the value: `$.campaigns[1].on.pageview`, `$.adapters["google-ads"].conversionId`. */
  path: string;
  /** What would be valid there, in plain words: `a date like "2026-04-30"`. */
  expected: string;
  /** What is there: a JSON value (`"April"`, `42`), `nothing` when missing, or a description (`an array`). */
  found: string;
}

/** What `validateContainer` returns: the container when it has no problem, and every problem found. */
export interface Validation {
  /** The value, typed, when `problems` is empty. */
  container?: Container;
  /** Every problem, section by section in the container's order. */
  problems: Problem[];
}

/**
 * The formats the validator enforces that the JSON Schema repeats as `pattern`s; the schema test checks
 * both say the same, so an editor's squiggles and `consent validate` never disagree.
 */
export const PATTERNS = {
  /** Any text that is not blank. */
  text: /\S/,
  /** A registrable domain as cookies take it, lower-case (the core compares it with `location.hostname`). */
  cookieDomain: /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/,
  /** A campaign id: kebab-case, so it is safe in logs, attributes and the demo's inspector. */
  campaignId: /^[a-z0-9]+(-[a-z0-9]+)*$/,
  /** A page-view pattern: a path from `/`; campaigns match the path only, so no query or fragment. */
  pageview: /^\/[^\s?#]*$/,
  /** A calendar day, `YYYY-MM-DD`. */
  date: /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
  /** An ISO 8601 date-time with minutes, optional seconds and milliseconds, and an optional offset. */
  dateTime:
    /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,3})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)?$/,
  /** The UI's policy link: a path, or an http(s) URL (the UI drops any other scheme). */
  policyUrl: /^(https?:\/\/|\/)\S*$/,
} as const;

/** The JSON types an adapter option may have. */
export type OptionType = 'string' | 'integer' | 'boolean' | 'object';

/**
 * The options each adapter accepts, with their JSON types. The factories check formats but ignore names
 * they do not know, so a typo such as `regoin` would silently fall back to the default region: this
 * table catches it. The schema test keeps it equal to the schema's per-adapter properties.
 */
export const ADAPTER_OPTIONS: Readonly<Record<string, Readonly<Record<string, readonly OptionType[]>>>> = {
  'google-analytics': {
    measurementId: ['string'],
    allowGoogleSignals: ['boolean'],
    allowAdPersonalizationSignals: ['boolean'],
  },
  'google-ads': { conversionId: ['string'], conversions: ['object'] },
  posthog: { apiKey: ['string'], region: ['string'] },
  hubspot: { portalId: ['string'], region: ['string'] },
  'linkedin-insight': { partnerId: ['string', 'integer'], conversions: ['object'] },
  stripe: { publishableKey: ['string'], advancedFraudSignals: ['boolean'] },
  intercom: { appId: ['string'], region: ['string'] },
};

const TOP_KEYS = [
  '$schema',
  'policyVersion',
  'surface',
  'cookieDomain',
  'honorGlobalPrivacyControl',
  'reloadOnRevoke',
  'adapters',
  'cookies',
  'ui',
  'campaigns',
];
const UI_KEYS = ['policyUrl', 'company', 'lang'];
const COOKIE_KEYS = ['name', 'label', 'storage', 'category', 'purpose', 'duration', 'provider'];
const CAMPAIGN_KEYS = ['id', 'adapter', 'on', 'send', 'start', 'end'];
const STORAGES = ['cookie', 'localStorage', 'sessionStorage'];

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
// Own keys only: a key such as "constructor" that every object inherits is never a container field.
const own = (object: object, key: string): boolean => Object.hasOwn(object, key);
const get = (object: Json, key: string): unknown => (own(object, key) ? object[key] : undefined);
const isText = (value: unknown): value is string => typeof value === 'string' && PATTERNS.text.test(value);
const quote = (list: readonly string[]): string[] => list.map((item) => JSON.stringify(item));
/** `a, b or c`. */
const either = (list: readonly string[]): string =>
  list.length < 2 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} or ${list[list.length - 1]}`;

/** The path of a member: `.name` for identifiers, `["google-ads"]` for anything else. */
const member = (path: string, key: string): string =>
  /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;

/** A value as a problem shows it: JSON for scalars (long strings cut), a word for the rest. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}…` : value);
  if (Array.isArray(value)) return value.length ? 'an array' : 'an empty array';
  if (isObject(value)) return Object.keys(value).length ? 'an object' : 'an empty object';
  return String(value);
}

/** A problem as one line: `$.campaigns[1].end: expected a date like "2026-04-30", found "April"`. */
export const formatProblem = (p: Problem): string => `${p.path}: expected ${p.expected}, found ${p.found}`;

// Factory messages read `<factory>: <option> must <rule>, got <value>` (see each adapter's README).
const FACTORY_MESSAGE = /^\w+: (\w+)(?:\[("(?:[^"\\]|\\.)*")\])? must (.*?), got (.*)$/s;

/**
 * A factory's TypeError as a problem at the option it names, so a marketer sees the path to fix.
 * `must be X` reads `expected X`; `must look like X` reads `expected a value like X`.
 */
function factoryProblem(id: string, error: unknown): Problem {
  const path = member('$.adapters', id);
  const message = error instanceof Error ? error.message : String(error);
  const parts = FACTORY_MESSAGE.exec(message);
  if (!parts || !own(ADAPTER_OPTIONS[id] ?? {}, parts[1]!))
    return { path, expected: `options ${id} accepts`, found: JSON.stringify(message) };
  const [, option, key, rule, got] = parts as unknown as [string, string, string | undefined, string, string];
  const at = key === undefined ? member(path, option) : member(member(path, option), JSON.parse(key));
  const expected = rule.startsWith('be ')
    ? rule.slice(3)
    : rule.startsWith('look like ')
      ? `a value like ${rule.slice(10)}`
      : `to ${rule}`;
  return { path: at, expected, found: got === 'undefined' ? 'nothing' : got };
}

const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Whether a string is a real calendar day or date-time in the formats campaigns take (no 30 February). */
export function isCampaignDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const parts = PATTERNS.date.exec(value) ?? PATTERNS.dateTime.exec(value);
  return !!parts && Number(parts[3]) <= daysIn(Number(parts[1]), Number(parts[2]));
}

/**
 * Checks a parsed container: its keys and types, each adapter's options (by calling the adapter's own
 * factory, so the rules are the ones that run), the site cookies, the UI and the campaigns. Returns the
 * container only when nothing is wrong, with every problem found (not just the first).
 */
export function validateContainer(value: unknown): Validation {
  const problems: Problem[] = [];
  const problem = (path: string, expected: string, found: string): void => {
    problems.push({ path, expected, found });
  };
  /** Reports every key of `object` outside `known`: a typo would otherwise be silently ignored. */
  const keys = (object: Json, path: string, known: readonly string[]): void => {
    for (const key of Object.keys(object))
      if (!known.includes(key))
        problem(
          member(path, key),
          `one of the keys ${known.join(', ')}`,
          `unknown key ${JSON.stringify(key)}`,
        );
  };
  /** Checks one member; missing is fine unless `required`. Returns whether it is present and valid. */
  const field = (
    object: Json,
    path: string,
    key: string,
    ok: (v: unknown) => boolean,
    expected: string,
    required = false,
  ): boolean => {
    const v = get(object, key);
    if (v === undefined ? !required : ok(v)) return v !== undefined;
    problem(member(path, key), expected, describeValue(v));
    return false;
  };

  if (!isObject(value)) {
    problem('$', 'an object (the container)', describeValue(value));
    return { problems };
  }
  /** The items of the array at `$.<key>`, after reporting anything else found there; none when it is missing. */
  const items = (key: string, expected: string): unknown[] => {
    const list = get(value, key);
    if (list !== undefined && !Array.isArray(list)) problem(`$.${key}`, expected, describeValue(list));
    return Array.isArray(list) ? list : [];
  };
  keys(value, '$', TOP_KEYS);
  field(value, '$', '$schema', isText, 'the URL or path of the container schema');
  field(value, '$', 'policyVersion', isText, 'the cookie policy version, like "2026-11-01"', true);
  field(value, '$', 'surface', (v) => v === 'site' || v === 'platform', '"site" or "platform"');
  field(
    value,
    '$',
    'cookieDomain',
    (v) => typeof v === 'string' && PATTERNS.cookieDomain.test(v),
    'a lower-case domain like "conectamos.org"',
  );
  for (const flag of ['honorGlobalPrivacyControl', 'reloadOnRevoke'])
    field(value, '$', flag, (v) => typeof v === 'boolean', 'true or false');

  const ui = get(value, 'ui');
  if (ui !== undefined && ui !== false)
    if (!isObject(ui))
      problem('$.ui', 'an object with policyUrl, or false to run without the UI', describeValue(ui));
    else {
      keys(ui, '$.ui', UI_KEYS);
      field(
        ui,
        '$.ui',
        'policyUrl',
        (v) => typeof v === 'string' && PATTERNS.policyUrl.test(v),
        'the cookie policy\'s address, a path like "/cookies" or an https:// URL',
        true,
      );
      field(ui, '$.ui', 'company', isText, "the name of the company that sets the site's own cookies");
      field(ui, '$.ui', 'lang', (v) => v === 'es' || v === 'en', '"es" or "en"');
    }

  for (const [i, cookie] of items('cookies', "an array of the site's own cookies").entries()) {
    const path = `$.cookies[${i}]`;
    if (!isObject(cookie)) {
      problem(path, 'an object with name, category, purpose, duration and provider', describeValue(cookie));
      continue;
    }
    keys(cookie, path, COOKIE_KEYS);
    field(cookie, path, 'name', isText, 'the cookie\'s name, like "session_id"', true);
    field(cookie, path, 'label', isText, 'how the name is shown in tables, like "_ga_*"');
    field(cookie, path, 'storage', (v) => STORAGES.includes(v as string), either(quote(STORAGES)));
    field(
      cookie,
      path,
      'category',
      (v) => CATEGORIES.includes(v as never),
      `one of ${quote(CATEGORIES).join(', ')}`,
      true,
    );
    field(cookie, path, 'purpose', isText, 'what it is for, in plain words', true);
    field(cookie, path, 'duration', isText, 'how long it lasts, like "1 year" or "Session"', true);
    field(cookie, path, 'provider', isText, 'who sets it, like "Conectamos"', true);
  }

  const built = new Map<string, Adapter | undefined>();
  const adapters = get(value, 'adapters');
  if (adapters !== undefined && !isObject(adapters))
    problem('$.adapters', 'an object of adapter id: options', describeValue(adapters));
  for (const [id, options] of Object.entries(isObject(adapters) ? adapters : {})) {
    const path = member('$.adapters', id);
    const factory = factoryFor(id);
    if (!factory) {
      problem(path, `one of the adapters ${Object.keys(FACTORIES).join(', ')}`, JSON.stringify(id));
      continue;
    }
    built.set(id, undefined);
    if (!isObject(options)) {
      problem(path, `an object of ${id} options`, describeValue(options));
      continue;
    }
    const before = problems.length;
    // An adapter added to FACTORIES before this table still gets its factory's checks.
    const known = own(ADAPTER_OPTIONS, id) ? ADAPTER_OPTIONS[id] : undefined;
    if (known) keys(options, path, Object.keys(known));
    for (const [option, types] of Object.entries(known ?? {})) {
      const v = get(options, option);
      const fits = (type: OptionType): boolean =>
        type === 'integer' ? Number.isInteger(v) : type === 'object' ? isObject(v) : typeof v === type;
      if (v !== undefined && !types.some(fits))
        problem(
          member(path, option),
          either(types.map((t) => (/^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`))),
          describeValue(v),
        );
    }
    // Names and types first: a factory given a wrong type would only repeat it less precisely.
    if (problems.length > before) continue;
    try {
      built.set(id, factory(options as never));
    } catch (error) {
      problems.push(factoryProblem(id, error));
    }
  }

  const ids = new Map<string, string>();
  const listed = [...built.keys()];
  for (const [i, campaign] of items('campaigns', 'an array of campaigns').entries()) {
    const path = `$.campaigns[${i}]`;
    if (!isObject(campaign)) {
      problem(path, 'an object with id, adapter, on and send', describeValue(campaign));
      continue;
    }
    keys(campaign, path, CAMPAIGN_KEYS);
    const id = get(campaign, 'id');
    const kebab = (v: unknown) => typeof v === 'string' && PATTERNS.campaignId.test(v);
    if (field(campaign, path, 'id', kebab, 'a kebab-case id like "spring-webinar"', true)) {
      const first = ids.get(id as string);
      if (first)
        problem(`${path}.id`, `an id no other campaign uses (${first}.id has it)`, describeValue(id));
      else ids.set(id as string, path);
    }

    const adapter = get(campaign, 'adapter');
    const inContainer = listed.length
      ? `one of this container's adapters: ${listed.join(', ')}`
      : 'an adapter listed in $.adapters (there are none)';
    if (field(campaign, path, 'adapter', (v) => typeof v === 'string' && built.has(v), inContainer, true)) {
      const target = built.get(adapter as string);
      // Only a built adapter can be asked; a broken one is already reported under $.adapters.
      if (target && typeof target.track !== 'function') {
        const receivers = listed.filter((a) => typeof built.get(a)?.track === 'function');
        problem(
          `${path}.adapter`,
          `an adapter that receives events${receivers.length ? ` (${receivers.join(', ')})` : ''}: ${adapter} has none`,
          describeValue(adapter),
        );
      }
    }

    const on = get(campaign, 'on');
    const trigger = '{ "event": "<event name>" } or { "pageview": "<path pattern>" }';
    if (on === undefined || !isObject(on)) problem(`${path}.on`, trigger, describeValue(on));
    else {
      const kinds = Object.keys(on).filter((k) => k === 'event' || k === 'pageview');
      keys(on, `${path}.on`, ['event', 'pageview']);
      // `{ "page": "/" }` is already reported as an unknown key; saying "exactly one" too would be noise.
      if (kinds.length !== 1 && (kinds.length || !Object.keys(on).length))
        problem(
          `${path}.on`,
          'exactly one of "event" or "pageview"',
          kinds.length ? 'both "event" and "pageview"' : describeValue(on),
        );
      field(on, `${path}.on`, 'event', isText, 'an event name, like "webinar_registered"');
      field(
        on,
        `${path}.on`,
        'pageview',
        (v) => typeof v === 'string' && PATTERNS.pageview.test(v),
        'a path pattern starting with "/", like "/pricing" or "/blog/*" (no query or #)',
      );
    }

    const send = get(campaign, 'send');
    const values = 'an object of strings, numbers and booleans, like { "label": "AbC-D_efG" }';
    if (send === undefined || !isObject(send)) problem(`${path}.send`, values, describeValue(send));
    else
      for (const [key, v] of Object.entries(send))
        if (!['string', 'number', 'boolean'].includes(typeof v))
          problem(member(`${path}.send`, key), 'a string, number or boolean', describeValue(v));

    const start = field(campaign, path, 'start', isCampaignDate, 'a date like "2026-03-01"');
    const end = field(campaign, path, 'end', isCampaignDate, 'a date like "2026-04-30"');
    if (start && end) {
      const { from, until } = campaignWindow(campaign as Pick<Campaign, 'start' | 'end'>);
      if (from >= until)
        problem(
          `${path}.end`,
          `a date on or after start (${describeValue(campaign.start)})`,
          describeValue(campaign.end),
        );
    }
  }

  return problems.length ? { problems } : { container: value as unknown as Container, problems };
}

/** Where a JSON text stops being valid: a 1-based line and column, and why. */
export interface JsonError {
  /** 1-based line. */
  line: number;
  /** 1-based column (UTF-16 units, as editors count them). */
  column: number;
  /** What is wrong there. */
  message: string;
}

/** How deep objects and arrays may nest in a container file. */
const MAX_DEPTH = 64;

class Stop {
  constructor(
    readonly at: number,
    readonly message: string,
  ) {}
}

/**
 * Finds the first error in a JSON text, with the wording a person editing it needs; also refuses a key
 * repeated in one object, which `JSON.parse` would silently resolve in favour of the last one. Node 20's
 * own messages sometimes give no position at all, hence this scanner.
 */
function scan(text: string): Stop | undefined {
  let i = 0;
  const stop = (message: string, at = i): never => {
    throw new Stop(at, message);
  };
  const want = (what: string): never =>
    text[i] === undefined
      ? stop(`the file ends where ${what} was expected`)
      : stop(`expected ${what}, found ${JSON.stringify(text[i])}`);
  const space = (): void => {
    while (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r') i++;
  };
  const string = (): string => {
    const start = i++;
    for (;;) {
      const c = text[i];
      if (c === undefined) stop('a string is not closed with "', start);
      else if (c === '"') return JSON.parse(text.slice(start, ++i));
      else if (c < ' ') stop('a string cannot hold a line break or control character (write \\n)');
      else if (c !== '\\') i++;
      else if (text[i + 1] === 'u' && /^[\da-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
      else if ('"\\/bfnrt'.includes(text[i + 1] || 'x')) i += 2;
      else stop('invalid escape in a string');
    }
  };
  const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
  let depth = 0;
  /** An object's or array's members, from after its opening bracket to after its closing one. */
  const members = (close: '}' | ']'): void => {
    const seen = new Set<string>();
    let comma = i;
    space();
    if (text[i] === close) {
      i++;
      return;
    }
    for (;;) {
      space();
      if (text[i] === close) stop(`a comma before ${close} is not allowed in JSON`, comma);
      if (close === '}') {
        if (text[i] !== '"') want('a property name in double quotes');
        const at = i;
        const key = string();
        if (seen.has(key)) stop(`duplicate key ${JSON.stringify(key)} (only the last one would count)`, at);
        seen.add(key);
        space();
        if (text[i] !== ':') want('":" after the property name');
        i++;
      }
      value();
      space();
      if (text[i] === close) {
        i++;
        return;
      }
      if (text[i] !== ',') want(`"," or "${close}"`);
      comma = i++;
    }
  };
  const value = (): void => {
    space();
    const c = text[i];
    NUMBER.lastIndex = i;
    const word = ['true', 'false', 'null'].find((w) => text.startsWith(w, i));
    if (c === '{' || c === '[') {
      // A container nests four levels; a file nesting hundreds is not one (and would exhaust the stack).
      if (++depth > MAX_DEPTH) stop(`nested more than ${MAX_DEPTH} levels deep`);
      i++;
      members(c === '{' ? '}' : ']');
      depth--;
    } else if (c === '"') string();
    else if (word) i += word.length;
    else if (NUMBER.exec(text)) i = NUMBER.lastIndex;
    else want('a value');
  };
  try {
    value();
    space();
    if (i < text.length) stop('unexpected text after the end of the JSON');
  } catch (error) {
    if (error instanceof Stop) return error;
    throw error;
  }
  return undefined;
}

/**
 * Parses a container file's text. A leading byte-order mark is ignored (some editors write one); an
 * error comes with the line and column where the text stops being valid JSON.
 */
export function parseJson(text: string): { value: unknown } | { error: JsonError } {
  const source = text.replace(/^\uFEFF/, '');
  const stopped = scan(source);
  if (!stopped) return { value: JSON.parse(source) };
  const before = source.slice(0, stopped.at);
  const line = before.split('\n').length;
  const column = stopped.at - before.lastIndexOf('\n');
  return { error: { line, column, message: stopped.message } };
}
