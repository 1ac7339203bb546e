import type { ConsentPlugin, ErrorEvent } from '@conectamos/consent';

/** A queued call: a method name and its arguments, `['track', 'signup']`. */
export type QueuedCall = [method: string, ...args: unknown[]];

/** The drop-in's global before it boots (an array of calls) and after (the instance, with `push`). */
export type CommandQueueGlobal = { ConectamosConsent?: unknown };

/**
 * The drop-in's command queue, as a plugin: calls queued before the script ran, as
 * `(window.ConectamosConsent = window.ConectamosConsent || []).push(['track', 'signup'])`, are replayed on
 * the instance, which then takes the global's place; `push` keeps working and runs at once. Problems the
 * container had before the instance existed are handed to every `on('error')` listener queued this way.
 */
export function commandQueue(
  win: Window & CommandQueueGlobal,
  earlier: readonly ErrorEvent[],
  onError: (event: ErrorEvent) => void,
): ConsentPlugin {
  return {
    name: 'command-queue',
    setup(consent) {
      const queued = Array.isArray(win.ConectamosConsent) ? (win.ConectamosConsent as QueuedCall[]) : [];
      const run = ([method, ...args]: QueuedCall): void => {
        try {
          const fn = (consent as unknown as Record<string, (...a: unknown[]) => unknown>)[method];
          if (typeof fn !== 'function') throw new TypeError(`ConectamosConsent: no method "${method}"`);
          const result = fn(...args);
          if (result instanceof Promise) result.catch((error) => onError({ error }));
          if (method === 'on' && args[0] === 'error')
            for (const problem of earlier) (args[1] as (event: ErrorEvent) => void)(problem);
        } catch (error) {
          onError({ error });
        }
      };
      win.ConectamosConsent = Object.assign(consent, {
        push: (...calls: QueuedCall[]) => calls.forEach(run),
      });
      for (const call of queued) run(call);
    },
  };
}
