import { attempt } from './attempt';
import { ADAPTER_ID, CATEGORIES, isCategory } from './categories';
import { deleteDeclared } from './cookies';
import { scriptLoader } from './loader';
import { type ConsentRecord, iso, parseRecord, serializeRecord } from './record';
import { globalPrivacyControl } from './signals';
import { decisionStorage } from './storage';
import type {
  Adapter,
  AdapterContext,
  Category,
  Choice,
  Consent,
  ConsentEvents,
  ConsentOptions,
  ConsentSource,
  ConsentState,
} from './types';

const DAY = 864e5;
const NONE: Record<Category, boolean> = {
  necessary: true,
  functional: false,
  analytics: false,
  marketing: false,
};

/** An error a developer can act on: what was expected, and what came instead. */
const bad = (what: string, got: unknown): TypeError =>
  new TypeError(`consent: ${what}, got ${JSON.stringify(got)}`);

const check = (ok: unknown, what: string, got: unknown): void => {
  if (!ok) throw bad(what, got);
};

const checkAdapter = (a: Adapter, known: readonly Adapter[]): void =>
  check(
    ADAPTER_ID.test(a?.id) &&
      !known.some((k) => k.id === a.id) &&
      isCategory(a.category) &&
      a.load instanceof Function &&
      Array.isArray(a.cookies),
    'adapter needs a unique kebab-case id, category, load, cookies',
    a?.id,
  );

/**
 * Creates the consent store: the single source of truth for what may run. Nothing optional is
 * injected before a decision; necessary adapters start at once. Safe on the server (no window).
 */
export function createConsent(options: ConsentOptions): Consent {
  const {
    policyVersion,
    surface = 'site',
    storageKey = 'cookie_consent',
    maxAgeDays = 365,
    cookieDomain,
    honorGlobalPrivacyControl = true,
    nonce,
    reloadOnRevoke,
    cookies: siteCookies = [],
  } = options;
  // What each option must look like; the pattern itself is the expected format in the error.
  // cookieDomain and nonce end up in a cookie string and an attribute: nothing there may add attributes.
  const rules: Record<string, [unknown, RegExp]> = {
    policyVersion: [policyVersion, /./],
    surface: [surface, /^(site|platform)$/],
    storageKey: [storageKey, /^[\w-]+$/],
    maxAgeDays: [maxAgeDays, /^[1-9]\d{0,3}$/],
    cookieDomain: [cookieDomain, /^[\w.-]*$/],
    nonce: [nonce, /^[\w+/=-]*$/],
  };
  for (const [name, [value, rule]] of Object.entries(rules))
    check(rule.test(String(value ?? '')), `${name} must match ${rule}`, value);
  for (const c of siteCookies) check(isCategory(c.category), 'cookies[] need a category', c);

  const win = options.window ?? (typeof window === 'undefined' ? undefined : window);
  const doc = win?.document;
  const storage = decisionStorage(win, storageKey, cookieDomain);
  const loadScript = win && scriptLoader(win, nonce);
  const gpc = honorGlobalPrivacyControl && globalPrivacyControl(win);
  const adapters: Adapter[] = [];
  const running = new Set<string>();
  const loads = new Map<string, Promise<void>>();
  const listeners: { [K in keyof ConsentEvents]?: Set<(payload: never) => void> } = {};

  const emit = (event: keyof ConsentEvents, payload: unknown): void => {
    for (const fn of listeners[event] ?? [])
      try {
        (fn as (p: unknown) => void)(payload);
      } catch (error) {
        console.error(error);
      }
  };
  const on = (event: keyof ConsentEvents, fn: (payload: never) => void): (() => void) => {
    const set = listeners[event] ?? new Set();
    listeners[event] = set.add(fn);
    return () => set.delete(fn);
  };
  // Failures are contained and reported, never thrown into the host page.
  const report = (error: unknown, id?: string): void => {
    if (listeners.error?.size) emit('error', { id, error });
    else console.error('consent', id, error);
  };

  const toState = (record: ConsentRecord | null, source: ConsentSource): ConsentState => {
    const r = record ?? { decidedAt: null, expiresAt: null, categories: NONE, optedOut: [] };
    return {
      ...r,
      decided: !!r.decidedAt,
      policyVersion,
      source: gpc && !r.categories.marketing ? 'gpc' : record ? source : 'default',
    };
  };

  const stored = (): ConsentRecord | null =>
    parseRecord(storage.read(), { policyVersion, maxAgeDays, now: Date.now() });
  let state = toState(stored(), 'stored');

  // The policy keeps advertising off the authenticated platform, whatever was decided elsewhere:
  // markup blocks and Google Consent Mode ask this, not the raw choice.
  const categoryAllowed = (category: Category): boolean =>
    state.categories[category] && (category !== 'marketing' || surface === 'site');
  const allowed = (a: Adapter): boolean =>
    state.categories[a.category] &&
    (a.category === 'necessary' || !state.optedOut.includes(a.id)) &&
    // Adapters run on both surfaces unless they say otherwise, except marketing: the policy keeps
    // advertising off the authenticated platform.
    (a.surfaces ? a.surfaces.includes(surface) : a.category !== 'marketing' || surface === 'site');
  const byId = (id: string): Adapter | undefined => adapters.find((a) => a.id === id);
  const shouldRun = (a: Adapter): boolean => !!doc && allowed(a) && (!a.onDemand || loads.has(a.id));

  // A failed script reaches 'error' through the promise load() returns, with the adapter's id.
  const ctx = { window: win, document: doc, nonce, loadScript } as AdapterContext;

  const start = (a: Adapter): void => {
    running.add(a.id);
    const done = new Promise((resolve) => resolve(a.load(ctx))).then<void>(
      () => emit('load', { id: a.id }),
      (error) => {
        // Forgotten, so the next load(id) or change of consent tries again.
        running.delete(a.id);
        loads.delete(a.id);
        report(error, a.id);
        throw error;
      },
    );
    done.catch(() => {});
    loads.set(a.id, done);
  };

  // Calls one hook on every running adapter; one vendor failing never stops the others.
  const each = (hook: (a: Adapter) => void): void => {
    for (const a of adapters)
      if (running.has(a.id))
        try {
          hook(a);
        } catch (error) {
          report(error, a.id);
        }
  };

  // Brings the running set in line with the state: stop what lost consent, clean up, start what gained it.
  const reconcile = (prev: ConsentState): void => {
    const stopped = adapters.filter((a) => running.has(a.id) && !allowed(a));
    // A first decision also clears leftovers of what it denies, not only later withdrawals.
    const purge = CATEGORIES.filter(
      (c) => !state.categories[c] && (prev.categories[c] || (state.decided && !prev.decided)),
    );
    each((a) => stopped.includes(a) && a.optOut?.(ctx));
    for (const a of stopped) running.delete(a.id);
    // With cookies disabled there is nothing to delete: attempt() keeps that quiet.
    if (win && (purge.length || stopped.length))
      attempt(() =>
        deleteDeclared(
          win,
          [
            ...siteCookies.filter((c) => purge.includes(c.category)),
            ...adapters
              .filter((a) => purge.includes(a.category) || stopped.includes(a))
              .flatMap((a) => a.cookies),
          ],
          cookieDomain,
        ),
      );
    const categories = CATEGORIES.filter((c) => prev.categories[c] && !state.categories[c]);
    if (stopped.length || categories.length)
      emit('revoke', { adapters: stopped.map((a) => a.id), categories });
    for (const a of adapters) if (!running.has(a.id) && shouldRun(a)) start(a);
    if (reloadOnRevoke && stopped.length) win!.location.reload();
  };

  const commit = (record: ConsentRecord | null, source: ConsentSource, persist?: boolean): void => {
    const prev = state;
    state = toState(record, source);
    if (persist)
      if (record)
        storage.write(
          serializeRecord(record, policyVersion),
          (Date.parse(record.expiresAt) - Date.now()) / 1e3,
        );
      else storage.clear();
    reconcile(prev);
    emit('change', state);
  };

  // Every change goes through here: a decision stamps decidedAt and a new expiry, a vendor choice keeps them.
  const update = (choice: Choice | null, optedOut = [...state.optedOut]) => {
    const categories = { ...state.categories };
    for (const [key, value] of Object.entries(choice ?? {})) {
      if (!isCategory(key) || typeof value !== 'boolean')
        return report(bad('choices are category: boolean', choice));
      // Strictly necessary cannot be switched off.
      if (key !== 'necessary') categories[key] = value;
    }
    const now = Date.now();
    const decidedAt = choice ? iso(now) : state.decidedAt;
    const expiresAt = choice || !state.expiresAt ? iso(now + maxAgeDays * DAY) : state.expiresAt;
    commit({ decidedAt, expiresAt, categories, optedOut }, 'user', true);
  };
  const decide = (choice: Choice): void => update(choice ?? {});

  const vendorChoice = (id: string, out: boolean): void =>
    ADAPTER_ID.test(id)
      ? update(null, [...state.optedOut.filter((o) => o !== id), ...(out ? [id] : [])])
      : report(bad('expected an adapter id', id));

  const api: Consent = {
    get state() {
      return state;
    },
    surface,
    adapters,
    cookies: siteCookies,
    // Under GPC, "accept all" is not an explicit grant of advertising: marketing keeps its value.
    acceptAll: () =>
      decide({ functional: true, analytics: true, marketing: !gpc || state.categories.marketing }),
    rejectAll: () => decide({ functional: false, analytics: false, marketing: false }),
    set: decide,
    grant: (category) => decide({ [category]: true }),
    deny: (category) => decide({ [category]: false }),
    optOut: (id) => vendorChoice(id, true),
    optIn: (id) => vendorChoice(id, false),
    isGranted(name) {
      const a = byId(name);
      return isCategory(name) ? categoryAllowed(name) : !!a && allowed(a);
    },
    subscribe(listener) {
      // Called by the host, so a throwing listener throws to its own caller, not into the SDK.
      listener(state);
      return on('change', listener);
    },
    on,
    track(event, props) {
      each((a) => a.track?.(event, props));
    },
    page(path) {
      path = path || win?.location.pathname || '/';
      each((a) => a.page?.(path!));
    },
    load(id) {
      const a = byId(id);
      if (!a || !doc || !allowed(a))
        return Promise.reject(bad('load needs a registered adapter that may run here', id));
      if (!running.has(id)) start(a);
      return loads.get(id) as Promise<void>;
    },
    register(adapter) {
      checkAdapter(adapter, adapters);
      adapters.push(adapter);
      if (shouldRun(adapter)) start(adapter);
    },
    reset: () => commit(null, 'default', true),
  };

  (ctx as { consent: Consent }).consent = api;

  // Another tab decided: apply it here at once, loading what it granted and cleaning what it withdrew.
  // The event only fires in the other tabs, so it always carries a change made elsewhere.
  win?.addEventListener('storage', (event) => {
    if (event.key === null || event.key === storageKey) commit(stored(), 'tab');
  });
  for (const a of options.adapters ?? []) api.register(a);
  return api;
}
