import type { Adapter, AdapterContext } from './adapter-types';
import { attempt } from './attempt';
import { deleteDeclared } from './cookies';
import type { Events } from './events';
import type { Plan } from './reconcile';
import type { SiteCookie } from './types';

/** Runs adapters: starts them, calls their hooks, and carries out a plan's stops and cleanup. */
export interface Runner {
  /** Ids of the adapters that run. */
  readonly running: Set<string>;
  /** Each running (or loading) adapter's load, by id; kept for on-demand `load(id)` callers. */
  readonly loads: Map<string, Promise<void>>;
  /** Starts one adapter: its `load`, reported on `load` or `error`. */
  start(adapter: Adapter): void;
  /** Calls one hook on every running adapter; one vendor failing never stops the others. */
  each(hook: (adapter: Adapter) => void): void;
  /** Stops what the plan stops: their own opt-out, then their cookies and those of purged categories. */
  stop(plan: Plan): void;
}

/** Where a runner works: the adapters (the instance's live list), the site's cookies, the window if any. */
export interface RunnerSetup {
  ctx: AdapterContext;
  events: Events;
  adapters: readonly Adapter[];
  siteCookies: readonly SiteCookie[];
  /** Undefined on the server, where nothing ever starts. */
  win: Window | undefined;
  cookieDomain: string | undefined;
}

/** Creates the runner of one instance. */
export function createRunner({ ctx, events, adapters, siteCookies, win, cookieDomain }: RunnerSetup): Runner {
  const running = new Set<string>();
  const loads = new Map<string, Promise<void>>();

  const start = (adapter: Adapter): void => {
    running.add(adapter.id);
    const done = new Promise((resolve) => resolve(adapter.load(ctx))).then<void>(
      () => events.emit('load', { id: adapter.id }),
      (error) => {
        // Forgotten, so the next load(id) or change of consent tries again.
        running.delete(adapter.id);
        loads.delete(adapter.id);
        events.report(error, adapter.id);
        throw error;
      },
    );
    done.catch(() => {});
    loads.set(adapter.id, done);
  };

  // In registration order, as the page registered its vendors.
  const each = (hook: (adapter: Adapter) => void, only = adapters.filter((a) => running.has(a.id))): void => {
    for (const adapter of only)
      try {
        hook(adapter);
      } catch (error) {
        events.report(error, adapter.id);
      }
  };

  return {
    running,
    loads,
    start,
    each: (hook) => each(hook),
    stop({ stop, purge }) {
      each((adapter) => adapter.optOut?.(ctx), stop);
      for (const adapter of stop) running.delete(adapter.id);
      // With cookies disabled there is nothing to delete: attempt() keeps that quiet.
      if (win && (purge.length || stop.length))
        attempt(() =>
          deleteDeclared(
            win,
            [
              ...siteCookies.filter((c) => purge.includes(c.category)),
              ...adapters
                .filter((a) => purge.includes(a.category) || stop.includes(a))
                .flatMap((a) => a.cookies),
            ],
            cookieDomain,
          ),
        );
    },
  };
}
