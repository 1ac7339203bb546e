import { CATEGORIES, RECEIPT_ENDPOINT, type SiteCookie } from '@conectamos/consent';
import type { Container, ContainerUI } from './container';

/** Reports one bad part of a container by its JSON path; the caller skips that part and goes on. */
export type ContainerReport = (path: string, expected: string) => void;

/** What the drop-in takes from a container: every part checked for shape, bad parts left out. */
export interface ReadContainer {
  policyVersion: string;
  surface?: Container['surface'];
  cookieDomain?: string;
  honorGlobalPrivacyControl?: boolean;
  reloadOnRevoke?: boolean;
  receipts?: Container['receipts'];
  /** Adapter id → options, as objects; each factory still checks its own options. */
  adapters: [id: string, options: Record<string, unknown>][];
  cookies: SiteCookie[];
  /** The events the site sends, when the container lists them. */
  events?: string[];
  /** Checked against the adapters that run, by `campaignFault`, once those are built. */
  campaigns: unknown[];
  /** The UI's options, or false to run without it. */
  ui: ContainerUI | false;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && /\S/.test(value);

/** The path of a member: `.name` for identifiers, `["google-ads"]` for anything else. */
export const member = (path: string, key: string): string =>
  /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;

/**
 * Reads a parsed container the way the drop-in needs it: a part of the wrong shape (`"campaigns": {}`,
 * `"ui": { "lang": 5 }`) is reported by its path and left out, so one bad field never stops the rest,
 * and above all never the banner. Returns undefined only without a policy version, which nothing can
 * run without. (`consent validate` checks far more, before the file ships.)
 */
export function readContainer(value: unknown, report: ContainerReport): ReadContainer | undefined {
  if (!isObject(value) || !isText(value.policyVersion)) {
    report('$.policyVersion', 'the cookie policy version, like "2026-11-01"; nothing was started');
    return undefined;
  }
  const optional = <T>(key: string, ok: (v: unknown) => boolean, expected: string): T | undefined => {
    const v = value[key];
    if (v === undefined || ok(v)) return v as T | undefined;
    report(`$.${key}`, expected);
    return undefined;
  };
  const list = (key: string, expected: string): unknown[] =>
    optional<unknown[]>(key, Array.isArray, expected) ?? [];

  const adapters = optional<Record<string, unknown>>(
    'adapters',
    isObject,
    'an object of adapter id: options',
  );
  const cookies = list('cookies', "an array of the site's own cookies").filter((cookie, i) => {
    const ok =
      isObject(cookie) &&
      isText(cookie.name) &&
      CATEGORIES.includes(cookie.category as never) &&
      ['purpose', 'duration', 'provider'].every((key) => isText(cookie[key]));
    if (!ok) report(`$.cookies[${i}]`, 'an object with name, category, purpose, duration and provider');
    return ok;
  }) as SiteCookie[];

  return {
    policyVersion: value.policyVersion as string,
    surface: optional('surface', (v) => v === 'site' || v === 'platform', '"site" or "platform"'),
    cookieDomain: optional('cookieDomain', (v) => typeof v === 'string' && /^[\w.-]+$/.test(v), 'a domain'),
    honorGlobalPrivacyControl: optional(
      'honorGlobalPrivacyControl',
      (v) => typeof v === 'boolean',
      'true or false',
    ),
    reloadOnRevoke: optional('reloadOnRevoke', (v) => typeof v === 'boolean', 'true or false'),
    receipts: readReceipts(value.receipts, report),
    adapters: Object.entries(adapters ?? {}).filter((entry): entry is [string, Record<string, unknown>] => {
      if (!isObject(entry[1])) report(member('$.adapters', entry[0]), `an object of ${entry[0]} options`);
      return isObject(entry[1]);
    }),
    cookies,
    events: optional('events', (v) => Array.isArray(v) && v.every(isText), 'an array of event names'),
    campaigns: list('campaigns', 'an array of campaigns'),
    ui: readUI(value.ui, report),
  };
}

/**
 * Where receipts go: `{ "endpoint": "/consent/receipts" }`, a path on the site or an https URL (the core's
 * own rule, which would otherwise stop the whole page). Anything else is reported and left out: the page
 * runs without receipts rather than not at all.
 */
function readReceipts(receipts: unknown, report: ContainerReport): ReadContainer['receipts'] {
  if (receipts === undefined) return undefined;
  if (isObject(receipts)) {
    const { endpoint } = receipts;
    if (typeof endpoint === 'string' && RECEIPT_ENDPOINT.test(endpoint)) return { endpoint };
    report('$.receipts.endpoint', 'a path like "/consent/receipts" or an https:// URL');
  } else report('$.receipts', 'an object like { "endpoint": "/consent/receipts" }');
  return undefined;
}

/** The UI's part: `false` turns it off; anything else wrong falls back to the defaults, field by field. */
function readUI(ui: unknown, report: ContainerReport): ReadContainer['ui'] {
  if (ui === false) return false;
  const read: Record<string, unknown> = { policyUrl: '/cookies' };
  if (ui === undefined) return read as unknown as ContainerUI;
  if (!isObject(ui)) {
    report('$.ui', 'an object with policyUrl, or false to run without the UI');
    return read as unknown as ContainerUI;
  }
  const field = (key: 'policyUrl' | 'company' | 'lang' | 'strings', ok: boolean, expected: string): void => {
    if (ui[key] === undefined) return;
    if (ok) read[key] = ui[key];
    else report(`$.ui.${key}`, expected);
  };
  field('policyUrl', isText(ui.policyUrl), 'the address of the cookie policy, like "/cookies"');
  field('company', isText(ui.company), 'the name of the company');
  field('lang', ui.lang === 'es' || ui.lang === 'en', '"es" or "en"');
  field('strings', isObject(ui.strings), 'an object of texts, like { "acceptAll": "OK" }');
  return read as unknown as ContainerUI;
}
