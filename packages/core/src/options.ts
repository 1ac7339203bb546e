import type { Adapter } from './adapter-types';
import { isCategory } from './categories';
import type { ConsentOptions, ConsentPlugin } from './consent-types';
import { RECEIPT_ENDPOINT, type ReceiptOptions } from './receipts';
import type { SiteCookie, Surface } from './types';

/** `createConsent`'s options, checked, with their defaults. */
export interface Settings {
  policyVersion: string;
  surface: Surface;
  storageKey: string;
  maxAgeDays: number;
  cookieDomain?: string;
  honorGlobalPrivacyControl: boolean;
  nonce?: string;
  reloadOnRevoke: boolean;
  cookies: readonly SiteCookie[];
  plugins: readonly ConsentPlugin[];
  adapters: readonly Adapter[];
  receipts?: ReceiptOptions;
  /** The window, when there is one (never on the server). */
  window?: Window & typeof globalThis;
}

const DEFAULTS = {
  surface: 'site',
  storageKey: 'cookie_consent',
  maxAgeDays: 365,
  honorGlobalPrivacyControl: true,
  reloadOnRevoke: false,
  cookies: [],
  plugins: [],
  adapters: [],
} as const;

/** An error a developer can act on: what was expected, and what came instead. */
export const badInput = (what: string, got: unknown): TypeError =>
  new TypeError(`consent: ${what}, got ${JSON.stringify(got)}`);

const check = (ok: unknown, what: string, got: unknown): void => {
  if (!ok) throw badInput(what, got);
};

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const matches = (value: unknown, pattern: RegExp): boolean =>
  value === undefined || (typeof value === 'string' && pattern.test(value));

/** Checks the options and fills in the defaults; throws a TypeError naming the first bad option. */
export function readOptions(options: ConsentOptions<readonly Adapter[]>): Settings {
  // An option passed as undefined means its default, as if it were left out.
  const given = Object.fromEntries(Object.entries(options ?? {}).filter(([, value]) => value !== undefined));
  const settings = { ...DEFAULTS, ...given } as unknown as Settings;
  const { policyVersion, surface, storageKey, maxAgeDays } = settings;
  check(isText(policyVersion), 'policyVersion must be the policy version, like "2026-11-01"', policyVersion);
  check(surface === 'site' || surface === 'platform', 'surface must be "site" or "platform"', surface);
  // The key names a cookie too, and the domain and nonce end up in a cookie string and an attribute:
  // nothing in them may add attributes.
  check(
    isText(storageKey) && matches(storageKey, /^[\w-]+$/),
    'storageKey must be letters, digits, _ and -',
    storageKey,
  );
  check(
    Number.isInteger(maxAgeDays) && maxAgeDays > 0 && maxAgeDays < 1e4,
    'maxAgeDays must be 1 to 9999 days',
    maxAgeDays,
  );
  check(matches(settings.cookieDomain, /^[\w.-]*$/), 'cookieDomain must be a domain', settings.cookieDomain);
  check(matches(settings.nonce, /^[\w+/=-]*$/), 'nonce must be base64', settings.nonce);
  check(
    !settings.receipts ||
      (isText(settings.receipts.endpoint) && matches(settings.receipts.endpoint, RECEIPT_ENDPOINT)),
    'receipts.endpoint must be a path like "/consent/receipts" or an https:// URL',
    settings.receipts?.endpoint,
  );
  for (const flag of ['honorGlobalPrivacyControl', 'reloadOnRevoke'] as const)
    check(typeof settings[flag] === 'boolean', `${flag} must be true or false`, settings[flag]);
  for (const cookie of settings.cookies)
    check(isCategory(cookie?.category), 'cookies[] need a category', cookie);
  for (const plugin of settings.plugins)
    check(typeof plugin?.setup === 'function', 'plugins[] need a setup function', plugin?.name);
  // Given explicitly (a test window, an iframe), else the page's; none on the server.
  settings.window ??= typeof window === 'undefined' ? undefined : window;
  return settings;
}
