import type { Adapter, AdapterContext } from './adapter-types';
import { ADAPTER_ID, isCategory } from './categories';
import type { Consent, ConsentOptions, ConsentUpdate } from './consent-types';
import { createRunner } from './effects';
import { createEvents } from './events';
import { scriptLoader } from './loader';
import { badInput, readOptions } from './options';
import { type DecisionContext, receiptSender } from './receipts';
import { categoryAllowed, mayRun, plan } from './reconcile';
import { type ConsentRecord, iso, newConsentId, parseRecord, serializeRecord } from './record';
import { globalPrivacyControl } from './signals';
import { decisionStorage } from './storage';
import type { Category, ConsentSource, ConsentState } from './types';

const DAY = 864e5;
const NOTHING_GRANTED: Record<Category, boolean> = {
  necessary: true,
  functional: false,
  analytics: false,
  marketing: false,
};

const checkAdapter = (adapter: Adapter, known: readonly Adapter[]): void => {
  const ok =
    ADAPTER_ID.test(adapter?.id) &&
    !known.some((k) => k.id === adapter.id) &&
    isCategory(adapter.category) &&
    typeof adapter.load === 'function' &&
    Array.isArray(adapter.cookies);
  if (!ok) throw badInput('adapter needs a unique kebab-case id, category, load, cookies', adapter?.id);
};

/**
 * Creates the consent store: the single source of truth for what may run. Nothing optional is
 * injected before a decision; necessary adapters start at once. Safe on the server: with no window it
 * reports no decision, loads nothing and starts no plugin.
 */
export function createConsent<const A extends readonly Adapter[] = Adapter[]>(
  options: ConsentOptions<A>,
): Consent<A[number]['id']> {
  const settings = readOptions(options);
  const {
    policyVersion,
    surface,
    maxAgeDays,
    cookieDomain,
    nonce,
    reloadOnRevoke,
    cookies: siteCookies,
    window: win,
  } = settings;
  const events = createEvents();
  const storage = decisionStorage(win, settings.storageKey, cookieDomain);
  const gpc = settings.honorGlobalPrivacyControl && globalPrivacyControl(win);
  const adapters: Adapter[] = [];
  // On-demand adapters whose load was asked for: they run whenever consent allows, from then on.
  const requested = new Set<string>();
  // A failed script reaches 'error' through the promise load() returns, with the adapter's id.
  const ctx = {
    window: win,
    document: win?.document,
    nonce,
    loadScript: win && scriptLoader(win, nonce),
  } as AdapterContext;
  const runner = createRunner({ ctx, events, adapters, siteCookies, win, cookieDomain });
  // Receipts are sent from a browser only, and only when the site asked for them.
  const sendReceipt = win && settings.receipts && receiptSender(win, settings);
  const teardowns: (() => void)[] = [];

  const toState = (record: ConsentRecord | null, source: ConsentSource): ConsentState => {
    const r = record ?? {
      id: null,
      decidedAt: null,
      expiresAt: null,
      categories: NOTHING_GRANTED,
      optedOut: [],
    };
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

  const ids = (): string => adapters.map((a) => a.id).join(', ') || 'none';
  const known = (id: string): Adapter => {
    const adapter = adapters.find((a) => a.id === id);
    if (!adapter)
      throw new TypeError(`consent: no adapter has the id ${JSON.stringify(id)} (known: ${ids()})`);
    return adapter;
  };

  // Brings the running adapters in line with a new state, then tells the listeners. Returns that state,
  // which a listener may already have replaced with another by the time this returns.
  const commit = (record: ConsentRecord | null, source: ConsentSource, persist?: boolean): ConsentState => {
    const prev = state;
    const next = toState(record, source);
    state = next;
    if (persist)
      if (record)
        storage.write(
          serializeRecord(record, policyVersion),
          (Date.parse(record.expiresAt) - Date.now()) / 1e3,
        );
      else storage.clear();
    const steps = plan(prev, state, adapters, surface, { running: runner.running, requested });
    runner.stop(steps);
    if (steps.stop.length || steps.withdrawn.length)
      events.emit('revoke', { adapters: steps.stop.map((a) => a.id), categories: steps.withdrawn });
    if (win) for (const adapter of steps.start) runner.start(adapter);
    if (reloadOnRevoke && steps.stop.length) win?.location.reload();
    events.emit('change', state);
    return next;
  };

  // Every change goes through here. Categories make it a decision (decidedAt and a new expiry); vendors
  // alone are a vendor choice that keeps them. Each stored change of a decision gets a new consent ID.
  const change = ({ categories: choice, vendors }: ConsentUpdate, context?: DecisionContext): void => {
    const categories = { ...state.categories };
    for (const [key, value] of Object.entries(choice ?? {})) {
      if (!isCategory(key) || typeof value !== 'boolean') {
        events.report(badInput('choices are category: boolean', choice));
        return;
      }
      // Strictly necessary cannot be switched off.
      if (key !== 'necessary') categories[key] = value;
    }
    let optedOut = [...state.optedOut];
    for (const [id, on] of Object.entries(vendors ?? {})) {
      if (typeof on !== 'boolean') {
        events.report(badInput('vendors are id: boolean', vendors));
        return;
      }
      known(id);
      optedOut = optedOut.filter((out) => out !== id);
      if (!on) optedOut.push(id);
    }
    const now = Date.now();
    const decidedAt = choice ? iso(now) : state.decidedAt;
    const expiresAt = choice || !state.expiresAt ? iso(now + maxAgeDays * DAY) : state.expiresAt;
    const previousId = state.id;
    const id = decidedAt && newConsentId();
    const committed = commit({ id, decidedAt, expiresAt, categories, optedOut }, 'user', true);
    if (id) sendReceipt?.(committed, previousId, iso(now), context);
  };
  const decide = (categories: ConsentUpdate['categories']): void => change({ categories: categories ?? {} });

  const api: Consent = {
    get state() {
      return state;
    },
    get id() {
      return state.id;
    },
    surface,
    adapters,
    cookies: siteCookies,
    storageKey: settings.storageKey,
    maxAgeDays,
    receipts: settings.receipts,
    // Under GPC, "accept all" is not an explicit grant of advertising: marketing keeps its value.
    acceptAll: () =>
      decide({ functional: true, analytics: true, marketing: !gpc || state.categories.marketing }),
    rejectAll: () => decide({ functional: false, analytics: false, marketing: false }),
    set: decide,
    grant: (category) => decide({ [category]: true }),
    deny: (category) => decide({ [category]: false }),
    update: change,
    allow(id) {
      const { category } = known(id);
      const vendors: Record<string, boolean> = { [id]: true };
      // Granting the category for this vendor must not start the others in it.
      if (!state.categories[category])
        for (const other of adapters)
          if (other.category === category && other.id !== id && !state.optedOut.includes(other.id))
            vendors[other.id] = false;
      change({ categories: state.categories[category] ? undefined : { [category]: true }, vendors });
    },
    optOut: (id) => change({ vendors: { [id]: false } }),
    optIn: (id) => change({ vendors: { [id]: true } }),
    isGranted: (name) =>
      isCategory(name) ? categoryAllowed(state, surface, name) : mayRun(known(name), state, surface),
    subscribe(listener) {
      // Called by the host, so a throwing listener throws to its own caller, not into the SDK.
      listener(state);
      return events.on('change', listener);
    },
    on: events.on,
    track(event, props) {
      runner.each((a) => a.track?.(event, props));
      events.emit('track', { event, props });
    },
    page(path) {
      path = path || win?.location.pathname || '/';
      runner.each((a) => a.page?.(path!));
      events.emit('page', { path });
    },
    load(id) {
      const adapter = adapters.find((a) => a.id === id);
      if (!adapter || !win || !mayRun(adapter, state, surface))
        return Promise.reject(
          new TypeError(
            `consent: load needs a registered adapter that may run here, got ${JSON.stringify(id)} (known: ${ids()})`,
          ),
        );
      requested.add(id);
      if (!runner.running.has(id)) runner.start(adapter);
      return runner.loads.get(id)!;
    },
    register(adapter) {
      checkAdapter(adapter, adapters);
      adapters.push(adapter);
      if (win && mayRun(adapter, state, surface) && !adapter.onDemand) runner.start(adapter);
    },
    reset() {
      const { decided, id } = state;
      const cleared = commit(null, 'default', true);
      // Nothing stays in the browser, so the withdrawal's own ID is only in its receipt.
      if (decided)
        sendReceipt?.({ ...cleared, id: newConsentId() }, id, iso(Date.now()), { action: 'withdraw' });
    },
    destroy() {
      for (const teardown of teardowns.splice(0).reverse()) teardown();
      win?.removeEventListener('storage', onStorage);
      events.clear();
    },
  };
  (ctx as { consent: Consent }).consent = api;

  // Another tab decided: apply it here at once, loading what it granted and cleaning what it withdrew.
  // The event only fires in the other tabs, so it always carries a change made elsewhere.
  const onStorage = (event: StorageEvent): void => {
    if (event.key === null || event.key === settings.storageKey) commit(stored(), 'tab');
  };
  win?.addEventListener('storage', onStorage);
  for (const adapter of settings.adapters) api.register(adapter);
  if (win)
    for (const plugin of settings.plugins)
      try {
        const teardown = plugin.setup(api);
        if (typeof teardown === 'function') teardowns.push(teardown);
      } catch (error) {
        events.report(error, plugin.name);
      }
  return api;
}
