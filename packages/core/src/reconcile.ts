import type { Adapter } from './adapter-types';
import { CATEGORIES } from './categories';
import type { Category, ConsentState, Surface } from './types';

/**
 * Whether a category may run on a surface. The policy keeps advertising off the authenticated platform,
 * whatever was decided elsewhere: markup blocks and Google Consent Mode ask this, not the raw choice.
 */
export const categoryAllowed = (state: ConsentState, surface: Surface, category: Category): boolean =>
  state.categories[category] && (category !== 'marketing' || surface === 'site');

/**
 * Whether an adapter may run: its category granted, not opted out (strictly necessary ones cannot be),
 * and the surface allowed. Adapters run on both surfaces unless they say otherwise, except marketing ones.
 */
export const mayRun = (adapter: Adapter, state: ConsentState, surface: Surface): boolean =>
  state.categories[adapter.category] &&
  (adapter.category === 'necessary' || !state.optedOut.includes(adapter.id)) &&
  (adapter.surfaces
    ? adapter.surfaces.includes(surface)
    : adapter.category !== 'marketing' || surface === 'site');

/** What a change of state asks of the adapters: the pure "who may run now", with nothing done yet. */
export interface Plan {
  /** Running adapters that lost consent: their opt-out runs, their cookies go. */
  stop: Adapter[];
  /** Categories whose declared cookies are deleted. */
  purge: Category[];
  /** Categories that were granted and no longer are. */
  withdrawn: Category[];
  /** Adapters that gained consent (on-demand ones only once requested). */
  start: Adapter[];
}

/** Where the adapters stand when a change is planned. */
export interface Running {
  /** Ids of the adapters that run. */
  running: ReadonlySet<string>;
  /** Ids of on-demand adapters whose load was asked for. */
  requested: ReadonlySet<string>;
}

/**
 * Compares two states and says what must change. A first decision also clears leftovers of what it
 * denies (cookies set before the SDK ran), not only later withdrawals.
 */
export function plan(
  prev: ConsentState,
  next: ConsentState,
  adapters: readonly Adapter[],
  surface: Surface,
  { running, requested }: Running,
): Plan {
  const stop = adapters.filter((a) => running.has(a.id) && !mayRun(a, next, surface));
  const purge = CATEGORIES.filter(
    (c) => !next.categories[c] && (prev.categories[c] || (next.decided && !prev.decided)),
  );
  const withdrawn = CATEGORIES.filter((c) => prev.categories[c] && !next.categories[c]);
  const start = adapters.filter(
    (a) => !running.has(a.id) && mayRun(a, next, surface) && (!a.onDemand || requested.has(a.id)),
  );
  return { stop, purge, withdrawn, start };
}
